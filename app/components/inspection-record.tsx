// Parts of an inspection's record shown both on its case page and on its printable version, so the two always
// say the same thing the same way.
import { useTranslation } from "react-i18next";
import type { Locale } from "~/lib/i18n";

export interface InspectionPlanView {
  date: string;
  meetingPoint: string;
  team: { role: string; authority: string; name: string | null }[];
  visitingOfficialsRole: string | null;
  documentsToRequest: string | null;
}

/** The agreed plan: date, meeting point, team, the visiting officials' role and the documents to request. */
export function InspectionPlanDetails({ plan }: { plan: InspectionPlanView }) {
  const { t } = useTranslation("inspections");
  return (
    <dl className="summary-list">
      <dt>{t("plan.date")}</dt>
      <dd>
        <strong>{plan.date}</strong>
      </dd>
      <dt>{t("plan.meetingPoint")}</dt>
      <dd className="prewrap">{plan.meetingPoint}</dd>
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
      <dd className="prewrap">{plan.visitingOfficialsRole || "–"}</dd>
      <dt>{t("plan.documentsToRequest")}</dt>
      <dd className="prewrap">{plan.documentsToRequest || "–"}</dd>
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
  interpreterNeeded,
}: {
  agencies: { country: string; kinds: string[] }[];
  languageNeeds: string | null;
  interpreterNeeded: boolean;
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
        {languageNeeds || "–"}
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
        <span lang={finding.language}>{finding.text}</span>
        {finding.language !== locale ? <span className="lang-note"> ({t(`common:language.${finding.language}`)})</span> : null}
      </p>
      {finding.documents ? (
        <p>
          <strong>{t("report.documentsInspected")}:</strong> {finding.documents}
        </p>
      ) : null}
    </>
  );
}
