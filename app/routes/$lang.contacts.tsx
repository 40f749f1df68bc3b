import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listInspectorateContacts } from "~/.server/contacts";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";

/** Help services beside the inspectorates; their names and descriptions are in the locale files. */
const HELP_SERVICES = [
  { key: "sua", url: "https://www.workinnorway.no/" },
  { key: "skatteetaten", url: "https://www.skatteetaten.no/" },
  { key: "nav", url: "https://www.nav.no/" },
  { key: "sodra", url: "https://www.sodra.lt/" },
  { key: "unionsNorway", url: "https://www.lo.no/" },
  { key: "unionsLithuania", url: "https://www.lpsk.lt/" },
] as const;

export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale);
  return { locale, title: `${t("contacts.title")} – ${t("app.name")}`, description: getFixedT(locale, ["meta"])("meta:description.contacts"), contacts: listInspectorateContacts(locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.description }];

export default function Contacts() {
  const { locale, contacts } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <h1>{t("contacts.title")}</h1>
      <p className="lead">{t("contacts.lead")}</p>
      <div className="notice notice--warning">
        <p>{t("contacts.emergency")}</p>
      </div>
      <h2>{t("contacts.inspectorates")}</h2>
      <div className="audience-grid">
        {contacts.map((contact) => (
          <section key={contact.slug} className="card" aria-labelledby={`contact-${contact.slug}`}>
            <h3 id={`contact-${contact.slug}`}>{contact.name}</h3>
            <dl className="contact-details">
              <dt>{t("contacts.country")}</dt>
              <dd>{contact.country}</dd>
              <dt>{t("contacts.contactPoint")}</dt>
              <dd>{t("contacts.contactPointRole")}</dd>
              {contact.email ? (
                <>
                  <dt>{t("contacts.email")}</dt>
                  <dd>
                    <a href={`mailto:${contact.email}`}>{contact.email}</a>
                  </dd>
                </>
              ) : null}
              {contact.phone ? (
                <>
                  <dt>{t("contacts.phone")}</dt>
                  <dd>
                    <a href={`tel:${contact.phone.replace(/\s+/g, "")}`}>{contact.phone}</a>
                  </dd>
                </>
              ) : null}
              {contact.website ? (
                <>
                  <dt>{t("contacts.website")}</dt>
                  <dd>
                    <a href={contact.website} rel="noopener noreferrer">
                      {contact.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
        ))}
      </div>
      <p>{t("contacts.functionNote")}</p>

      <h2>{t("contacts.helpServices")}</h2>
      <ul className="topic-list">
        {HELP_SERVICES.map((service) => (
          <li key={service.key}>
            <a href={service.url} rel="noopener noreferrer">
              {t(`contacts.help.${service.key}.name`)}
            </a>
            <p className="topic-list__summary">{t(`contacts.help.${service.key}.description`)}</p>
          </li>
        ))}
      </ul>
      <h2>{t("contacts.reportHeading")}</h2>
      <p>
        {t("contacts.anonymousNote")} <Link to={`/${locale}/report`}>{t("nav.report")}</Link>
      </p>
    </>
  );
}
