// What follows an action: a check-your-answers step before an irreversible one, and a success message after it.
// Both take focus so that keyboard and screen-reader users land on them; both work without JavaScript.
import { Form, useSearchParams } from "@remix-run/react";
import { useEffect, useRef, type ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** The query parameter a redirect after a successful action carries, e.g. `?done=decline#done`. */
export const DONE_PARAM = "done";
export const DONE_KEYS = [
  "decline",
  "withdraw",
  "answer",
  "violation",
  "created",
  "activity",
  "contact",
  // Joint inspections: each step and each record added says what happened.
  "inspection_request",
  "inspection_accept",
  "inspection_counter_propose",
  "inspection_accept_proposal",
  "inspection_mark_conducted",
  "inspection_report",
  "inspection_close",
  "plan",
  "finding",
  "follow_up",
  "follow_up_done",
  "message",
] as const;
export type DoneKey = (typeof DONE_KEYS)[number];

/** Where to go after `done` succeeded: the page, with the success message to show and focus on it. */
export function withDoneMessage(path: string, done: DoneKey): string {
  const [withoutHash = path] = path.split("#");
  return `${withoutHash}${withoutHash.includes("?") ? "&" : "?"}${DONE_PARAM}=${done}#done`;
}

/** The success message named by `?done=…` (unknown values show nothing). */
export function DoneMessage() {
  const [params] = useSearchParams();
  const { t } = useTranslation("feedback");
  const ref = useRef<HTMLDivElement>(null);
  const done = params.get(DONE_PARAM);
  const known = (DONE_KEYS as readonly string[]).includes(done ?? "");
  useEffect(() => {
    if (known) ref.current?.focus();
  }, [known, done]);
  if (!known) return null;
  return (
    <div id="done" className="notice notice--success" role="status" tabIndex={-1} ref={ref}>
      <p>{t(`done.${done}`)}</p>
    </div>
  );
}

/**
 * The check-your-answers step: what is about to happen, what was entered, and a form that repeats it with
 * `confirmed=yes`. "Go back" returns to the page, where the form below still holds what was typed.
 */
export function ConfirmStep({
  intro,
  children,
  fields,
  confirmLabel,
  backHref,
  warning = false,
}: {
  intro: string;
  children?: ReactNode;
  fields: [name: string, value: string][];
  confirmLabel: string;
  backHref: string;
  warning?: boolean;
}) {
  const { t } = useTranslation("feedback");
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section id="confirm" className="confirm-step" aria-labelledby="confirm-title" tabIndex={-1} ref={ref}>
      <h2 id="confirm-title">{t("confirm.title")}</h2>
      <p>{intro}</p>
      {children}
      <Form method="post" className="button-row">
        {fields.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        <input type="hidden" name="confirmed" value="yes" />
        <button type="submit" className={`button${warning ? " button--warning" : ""}`}>
          {confirmLabel}
        </button>
        <a href={backHref} className="button button--secondary">
          {t("confirm.back")}
        </a>
      </Form>
    </section>
  );
}
