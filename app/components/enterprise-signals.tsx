// The signals of one enterprise, each with its reason and links to its evidence (shared by the enterprise page
// and the signals list).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { EvidenceCase, Signal } from "~/domain/enterprise-signals";
import { countryName, formatDate } from "~/lib/format";
import type { Locale } from "~/lib/i18n";

/** A signal's values as the reader reads them: dates in the locale's format, country codes as country names. */
export function signalForDisplay(signal: Signal, locale: Locale): Signal {
  const values = Object.fromEntries(
    Object.entries(signal.values).map(([name, value]) => {
      if (typeof value !== "string") return [name, value];
      if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [name, formatDate(value, locale, "numeric")];
      if (name === "countries") return [name, value.split(", ").map((code) => countryName(code, locale)).join(", ")];
      return [name, value];
    }),
  );
  return { ...signal, values };
}

const CASE_FOLDER: Record<EvidenceCase["kind"], string> = { exchange: "exchanges", inspection: "inspections", tip: "tips" };

export function casePathOf(locale: Locale, evidence: EvidenceCase): string {
  return `/${locale}/cases/${CASE_FOLDER[evidence.kind]}/${evidence.ref}`;
}

export function EnterpriseSignalList({ signals, locale }: { signals: Signal[]; locale: Locale }) {
  const { t } = useTranslation("enterprises");
  if (signals.length === 0) return <p>{t("signals.none")}</p>;
  return (
    <ul className="signal-list">
      {signals.map((signal) => (
        <li key={signal.kind}>
          <strong>{t(`signals.kind.${signal.kind}`)}</strong>: {t(`signals.reason.${signal.kind}`, signal.values)}
          {signal.evidence.length > 0 || signal.related?.length ? (
            <>
              {" "}
              {t("signals.evidence")}:{" "}
              {signal.evidence.map((evidence, index) => (
                <span key={evidence.ref}>
                  {index > 0 ? ", " : ""}
                  <Link to={casePathOf(locale, evidence)}>{evidence.ref}</Link>
                </span>
              ))}
              {(signal.related ?? []).map((related, index) => (
                <span key={related.key}>
                  {index > 0 || signal.evidence.length > 0 ? ", " : ""}
                  <Link to={`/${locale}/enterprises/${related.key}`}>{related.name}</Link>
                </span>
              ))}
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
