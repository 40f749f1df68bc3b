// The posting checker: a GET form (works without JavaScript; the result URL can be shared, bookmarked and
// printed) whose answers give a personal checklist from app/domain/posting-checker.ts.
import { data, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { publicOrigin } from "~/.server/env";
import { Form, useLoaderData, useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { today } from "~/.server/clock";
import { getFixedT } from "~/.server/i18n";
import { legalFigures } from "~/.server/legal-figures";
import { requireLocale } from "~/.server/route-params";
import { ChecklistResult, type ChecklistView } from "~/components/checklist";
import { ChoiceGroup, ErrorSummary, SelectField, TextField } from "~/components/forms";
import { formatFigureValue } from "~/domain/legal-figures";
import { buildChecklist, CHECKER_ROLES, CHECKLIST_RULES_REVIEWED, EXPECTED_LENGTHS } from "~/domain/posting-checker";
import { RIGHTS_DIRECTIONS, SECTORS } from "~/domain/vocabulary";
import { isIsoDate } from "~/domain/working-days";
import { formatDate } from "~/lib/format";
import { formValues, parseForm, valueOf, valuesOf, type FieldErrors } from "~/lib/forms";
import { checkerQuery, checkerSchemaFor, CHECKER_FIELDS, CONSTRUCTION_ANSWERS, isCheckerSubmission } from "~/lib/schemas/checker";

/** Error keys from the schema live in the `checker` namespace; the shared form parts translate with `common`. */
function inCheckerNamespace(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).map(([field, key]) => [field, key.startsWith("errors.") ? `checker:${key}` : key]),
  );
}

/**
 * A date field while the value is a real date (or empty); a text field otherwise, because a browser's date field
 * would silently drop what the reader typed (e.g. "2026-02-30" from a browser without a date picker).
 */
function startFieldType(value: string): "date" | "text" {
  return value === "" || isIsoDate(value) ? "date" : "text";
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale, ["checker", "common"]);
  const url = new URL(request.url);
  const pageTitle = `${t("checker:title")} – ${t("common:app.name")}`;
  const reviewed = formatDate(CHECKLIST_RULES_REVIEWED, locale);
  const empty = { locale, reviewed, description: getFixedT(locale, ["meta"])("meta:description.checker"), errors: undefined, values: undefined, checklist: null, pageUrl: "", otherRoleHref: "" };

  if (!isCheckerSubmission(url.searchParams)) return { ...empty, title: pageTitle };

  const formData = new FormData();
  for (const [name, value] of url.searchParams) formData.append(name, value);
  const form = parseForm(checkerSchemaFor(locale), formData);
  if (!form.ok) {
    return data(
      { ...empty, title: `${t("common:forms.errorPrefix")} ${pageTitle}`, errors: inCheckerNamespace(form.errors), values: form.values },
      { status: 400 },
    );
  }

  const result = buildChecklist(form.data, legalFigures(), today());
  const checklist: ChecklistView = {
    input: result.input,
    items: result.items.map((item) => ({
      ...item,
      // `{{name}}` is the value, `{{nameSince}}` the date it applies from.
      figureTexts: Object.fromEntries(
        Object.entries(item.figures).flatMap(([name, figure]) => [
          [name, formatFigureValue(figure, locale)],
          [`${name}Since`, formatDate(figure.validFrom, locale)],
        ]),
      ),
      ...(item.deadline ? { deadlineText: formatDate(item.deadline, locale) } : {}),
    })),
    ...(result.input.startDate ? { startText: formatDate(result.input.startDate, locale) } : {}),
  };
  const origin = publicOrigin();
  const otherRole = CHECKER_ROLES.find((role) => role !== result.input.role) ?? "worker";
  return {
    ...empty,
    title: `${t("checker:result.heading")} – ${pageTitle}`,
    values: formValues(formData),
    checklist,
    pageUrl: `${origin}${url.pathname}${url.search}`,
    otherRoleHref: `${url.pathname}?${checkerQuery({ ...result.input, role: otherRole })}#checklist`,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data?.title },
  { name: "description", content: data?.description },
  // Every combination of answers is a URL: keep them out of search engines, the bare form is enough.
  ...(data?.checklist || data?.errors ? [{ name: "robots", content: "noindex" }] : []),
];

export default function Checker() {
  const { locale, errors, values, checklist, pageUrl, otherRoleHref, reviewed } = useLoaderData<typeof loader>();
  const { t } = useTranslation("checker");
  const { search } = useLocation();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // The sector chosen since the page loaded (null: the one in the URL). "Construction" makes the construction question moot.
  const [chosenSector, setChosenSector] = useState<string | null>(null);
  const sector = chosenSector ?? valueOf(values, "sector");

  // After a client-side submission, take the reader to the result (without JavaScript, #checklist does it).
  useEffect(() => {
    setChosenSector(null);
    if (checklist) resultHeading.current?.focus();
  }, [search]); // eslint-disable-line react-hooks/exhaustive-deps

  const error = (field: string) => errors?.[field];
  return (
    <div className="checker">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <ErrorSummary errors={errors} order={CHECKER_FIELDS} />
      {/* Keyed by the query so that the fields show the answers of the URL after a client-side navigation. */}
      <Form key={search} method="get" action={`/${locale}/checker#checklist`} noValidate className="form checker-form">
        <ChoiceGroup
          name="direction"
          type="radio"
          legend={t("form.direction.legend")}
          error={error("direction")}
          options={RIGHTS_DIRECTIONS.map((value) => ({ value, label: t(`form.direction.${value}`) }))}
          selected={valuesOf(values, "direction")}
        />
        <ChoiceGroup
          name="role"
          type="radio"
          legend={t("form.role.legend")}
          error={error("role")}
          options={CHECKER_ROLES.map((value) => ({ value, label: t(`form.role.${value}`) }))}
          selected={valuesOf(values, "role")}
        />
        <SelectField
          name="sector"
          label={t("form.sector.label")}
          hint={t("form.sector.hint")}
          error={error("sector")}
          placeholder={t("form.sector.placeholder")}
          options={SECTORS.map((value) => ({ value, label: t(`sector.${value}`) }))}
          defaultValue={valueOf(values, "sector")}
          onChange={(event) => setChosenSector(event.currentTarget.value)}
        />
        <ChoiceGroup
          name="length"
          type="radio"
          legend={t("form.length.legend")}
          error={error("length")}
          options={EXPECTED_LENGTHS.map((value) => ({ value, label: t(`form.length.${value}`) }))}
          selected={valuesOf(values, "length")}
        />
        {sector === "construction" ? null : (
          <ChoiceGroup
            name="construction"
            type="radio"
            legend={t("form.construction.legend")}
            hint={t("form.construction.hint")}
            error={error("construction")}
            options={CONSTRUCTION_ANSWERS.map((value) => ({ value, label: t(`form.construction.${value}`) }))}
            selected={valuesOf(values, "construction")}
          />
        )}
        <TextField
          name="start"
          type={startFieldType(valueOf(values, "start"))}
          label={t("form.start.label")}
          hint={t("form.start.hint")}
          optional
          error={error("start")}
          defaultValue={valueOf(values, "start")}
          className="input--date"
        />
        <button type="submit" className="button">
          {t("form.submit")}
        </button>
      </Form>

      {checklist ? (
        <ChecklistResult
          ref={resultHeading}
          locale={locale}
          checklist={checklist}
          pageUrl={pageUrl}
          otherRoleHref={otherRoleHref}
          reviewed={reviewed}
        />
      ) : null}
    </div>
  );
}
