// "Names" on the enterprise page: the current name and the earlier ones, each with the dates cases named it
// between and links to those cases (only cases the viewer may open; app/.server/enterprises `viewEnterprise`).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { NameOverTime } from "~/domain/enterprise-names";
import { formatDate } from "~/lib/format";
import type { Locale } from "~/lib/i18n";
import { casePathOf } from "./enterprise-signals";

export function EnterpriseNames({
  names,
  locale,
}: {
  names: { current: NameOverTime; earlier: NameOverTime[] };
  locale: Locale;
}) {
  const { t } = useTranslation("enterprises");
  const date = (iso: string) => formatDate(iso, locale, "numeric");
  const seen = (name: NameOverTime, current: boolean) => {
    if (!name.firstSeenOn || !name.lastSeenOn) return t("names.noDates");
    if (current) return t("names.since", { from: date(name.firstSeenOn) });
    return t("names.between", {
      from: date(name.firstSeenOn),
      to: date(name.lastSeenOn),
    });
  };
  const rows = [
    { name: names.current, current: true },
    ...names.earlier.map((name) => ({ name, current: false })),
  ];
  return (
    <section aria-labelledby="enterprise-names">
      <h2 id="enterprise-names">{t("names.title")}</h2>
      <p>{t("names.lead")}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t("names.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("names.name")}</th>
              <th scope="col">{t("names.status")}</th>
              <th scope="col">{t("names.seen")}</th>
              <th scope="col">{t("names.cases")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ name, current }) => (
              <tr key={`${current ? "current" : "earlier"}-${name.name}`}>
                <td>{name.name}</td>
                <td>{current ? t("names.current") : t("names.earlier")}</td>
                <td>{seen(name, current)}</td>
                <td>
                  {name.cases.length === 0
                    ? t("page.noCase")
                    : name.cases.map((evidence, index) => (
                        <span key={`${evidence.kind}-${evidence.ref}`}>
                          {index > 0 ? ", " : ""}
                          <Link to={casePathOf(locale, evidence)}>
                            {evidence.ref}
                          </Link>
                        </span>
                      ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {names.earlier.length === 0 ? <p>{t("names.noEarlier")}</p> : null}
    </section>
  );
}
