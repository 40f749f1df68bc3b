// Form parts after GOV.UK and Designsystemet: an error summary that takes focus and links to each field,
// labels always visible, hints and errors tied to their input with aria-describedby.
import { useEffect, useRef, type InputHTMLAttributes, type MouseEvent, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "~/lib/forms";

export const fieldId = (name: string) => `field-${name.replace(/[^A-Za-z0-9_-]/g, "-")}`;
const errorId = (name: string) => `${fieldId(name)}-error`;
const hintId = (name: string) => `${fieldId(name)}-hint`;

/** Lists every error with a link to its field; receives focus so screen readers announce it at once. */
export function ErrorSummary({ errors, order }: { errors: FieldErrors | undefined; order?: readonly string[] }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors ?? {});
  const sorted = order ? [...entries].sort(([a], [b]) => rank(order, a) - rank(order, b)) : entries;
  useEffect(() => {
    if (sorted.length) ref.current?.focus();
  }, [errors]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!sorted.length) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t("forms.errorSummary")}
      </h2>
      <ul>
        {sorted.map(([name, key]) => (
          <li key={name}>
            {name === "form" ? (
              t(key)
            ) : (
              <a href={`#${fieldId(name)}`} onClick={focusFirstControl}>
                {t(key)}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Moves focus to the first control of the linked field (the first radio of a group, not its fieldset) without
 * changing the URL: a hash change would make the router navigate and drop the errors the action returned.
 * Without JavaScript the plain link still scrolls to the field.
 */
function focusFirstControl(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  const target = document.getElementById(decodeURIComponent(event.currentTarget.hash.slice(1)));
  if (!target) return;
  const control = target.matches(FOCUSABLE_CONTROL) ? target : target.querySelector<HTMLElement>(FOCUSABLE_CONTROL);
  (target.closest(".field") ?? target).scrollIntoView({ block: "start" });
  control?.focus({ preventScroll: true });
}
const FOCUSABLE_CONTROL = "input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])";

function rank(order: readonly string[], name: string) {
  const index = order.indexOf(name);
  return index === -1 ? order.length : index;
}

interface FieldFrameProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  children: ReactNode;
}

function FieldFrame({ name, label, hint, error, optional, children }: FieldFrameProps) {
  const { t } = useTranslation();
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={fieldId(name)}>
        {label}
        {optional ? <span className="field__optional"> {t("forms.optional")}</span> : null}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId(name)}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId(name)}>
          <span className="visually-hidden">{t("forms.errorPrefix")} </span>
          {t(error)}
        </p>
      ) : null}
      {children}
    </div>
  );
}

function describedBy(name: string, hint: unknown, error: unknown) {
  return [hint ? hintId(name) : null, error ? errorId(name) : null].filter(Boolean).join(" ") || undefined;
}

type TextFieldProps = Omit<FieldFrameProps, "children"> & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

export function TextField({ name, label, hint, error, optional, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optional={optional}>
      <input
        {...input}
        id={fieldId(name)}
        name={name}
        className={`input${className ? ` ${className}` : ""}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </FieldFrame>
  );
}

type TextAreaProps = Omit<FieldFrameProps, "children"> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

export function TextArea({ name, label, hint, error, optional, ...textarea }: TextAreaProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        rows={5}
        {...textarea}
        id={fieldId(name)}
        name={name}
        className="input textarea"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
      />
    </FieldFrame>
  );
}

type SelectProps = Omit<FieldFrameProps, "children"> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> & { options: { value: string; label: string }[]; placeholder?: string };

export function SelectField({ name, label, hint, error, optional, options, placeholder, ...select }: SelectProps) {
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} optional={optional}>
      <select
        {...select}
        id={fieldId(name)}
        name={name}
        className="input select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** A group of checkboxes or radios under one legend, with one error for the group. */
export function ChoiceGroup({
  name,
  legend,
  hint,
  error,
  type,
  options,
  selected,
  groupId,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  type: "checkbox" | "radio";
  /** The fieldset's id when one field is split over several groups (the error summary links to the field's own id). */
  groupId?: string;
  options: { value: string; label: string }[];
  selected: readonly string[];
}) {
  const { t } = useTranslation();
  return (
    // The field's own group takes focus (tabIndex -1) so that an error-summary link followed without JavaScript lands
    // on it, announcing its legend and error, and Tab goes on to its first option; with JavaScript the link focuses
    // that option directly.
    <fieldset
      className={`field fieldset${error ? " field--error" : ""}`}
      id={groupId ?? fieldId(name)}
      tabIndex={groupId ? undefined : -1}
      aria-describedby={describedBy(name, hint, error)}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId(name)}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId(name)}>
          <span className="visually-hidden">{t("forms.errorPrefix")} </span>
          {t(error)}
        </p>
      ) : null}
      <div className="choices">
        {options.map((option) => {
          const id = `${fieldId(name)}-${option.value}`;
          return (
            <div className="choice" key={option.value}>
              <input type={type} id={id} name={name} value={option.value} defaultChecked={selected.includes(option.value)} />
              <label htmlFor={id}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
