// Parts of an inspection's record shown both on its case page and on its printable version, so the two always
// say the same thing the same way.
import { useTranslation } from "react-i18next";
import type { Locale } from "~/lib/i18n";
import { TextIn } from "./written-in";

export interface InspectionPlanView {
  date: string;
  /** Language of the meeting point, role and documents; null when not known. */
  language: string | null;
  meetingPoint: string;
  team: { role: string; authority: string; name: string | null }[];
  visitingOfficialsRole: string | null;
  documentsToRequest: string | null;
}

/** The agreed plan: date, meeting point, team, the visiting officials' role and the documents to request. */
export function InspectionPlanDetails({ plan, locale }: { plan: InspectionPlanView; locale: Locale }) {
  const { t } = useTranslation("inspections");
  return (
    <dl className="summary-list">
      <dt>{t("plan.date")}</dt>
      <dd>
        <strong>{plan.date}</strong>
      </dd>
      <dt>{t("plan.meetingPoint")}</dt>
      <dd className="prewrap">
        <TextIn text={plan.meetingPoint} language={plan.language} locale={locale} />
      </dd>
      <dt>{t("plan.team")}</dt>
      <dd>
        {plan.team.length === 0 ? "–" : null}
        <ul className="plain-list">
          {plan.team.map((m, n) => (
            <li key={n}>
              {t(`team.roles.${m.role}`, { defaultValue: m.role })} – {m.authority}
              {m.name ? ` (${m.name})` : ""}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t("plan.visitingOfficialsRole")}</dt>
      <dd className="prewrap">{plan.visitingOfficialsRole ? <TextIn text={plan.visitingOfficialsRole} language={plan.language} locale={locale} /> : "–"}</dd>
      <dt>{t("plan.documentsToRequest")}</dt>
      <dd className="prewrap">{plan.documentsToRequest ? <TextIn text={plan.documentsToRequest} language={plan.language} locale={locale} /> : "–"}</dd>
    </dl>
  );
}

/** The agencies taking part, per country. */
function AgencyList({ agencies }: { agencies: { country: string; kinds: string[] }[] }) {
  const { t } = useTranslation("inspections");
  return (
    <ul className="plain-list">
      {agencies.map((group) => (
        <li key={group.country}>
          <strong>{group.country}:</strong> {group.kinds.map((k) => t(`agency.${k}`, { defaultValue: k })).join(", ")}
        </li>
      ))}
    </ul>
  );
}

/** The agencies taking part and the language needs, as rows of the inspection's summary list. */
export function AgenciesAndLanguageRows({
  agencies,
  languageNeeds,
  textLanguage,
  interpreterNeeded,
  locale,
}: {
  agencies: { country: string; kinds: string[] }[];
  languageNeeds: string | null;
  /** The language the request's free text was written in. */
  textLanguage: string | null;
  interpreterNeeded: boolean;
  locale: Locale;
}) {
  const { t } = useTranslation("inspections");
  return (
    <>
      <dt>{t("fields.agencies")}</dt>
      <dd>
        <AgencyList agencies={agencies} />
      </dd>
      <dt>{t("fields.languageNeeds")}</dt>
      <dd>
        {languageNeeds ? <TextIn text={languageNeeds} language={textLanguage} locale={locale} /> : "–"}
        {interpreterNeeded ? ` · ${t("fields.interpreterNeeded")}` : ""}
      </dd>
    </>
  );
}

/** One finding of the report: who recorded it, its text in the language it was written in, documents inspected. */
export function FindingText({ finding, locale }: { finding: { authority: string; text: string; language: string; documents: string | null }; locale: Locale }) {
  const { t } = useTranslation("inspections");
  return (
    <>
      <p className="timeline__meta">{finding.authority}</p>
      <p className="prewrap">
        <TextIn text={finding.text} language={finding.language} locale={locale} />
      </p>
      {finding.documents ? (
        <p>
          <strong>{t("report.documentsInspected")}:</strong> {finding.documents}
        </p>
      ) : null}
    </>
  );
}
