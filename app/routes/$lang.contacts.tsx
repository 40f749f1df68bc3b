import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listInspectorateContacts } from "~/.server/contacts";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";

export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale);
  return { title: `${t("contacts.title")} – ${t("app.name")}`, contacts: listInspectorateContacts(locale) };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function Contacts() {
  const { contacts } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="prose">
      <h1>{t("contacts.title")}</h1>
      <p className="lead">{t("contacts.lead")}</p>
      <div className="audience-grid">
        {contacts.map((contact) => (
          <section key={contact.slug} className="card" aria-labelledby={`contact-${contact.slug}`}>
            <h2 id={`contact-${contact.slug}`}>{contact.name}</h2>
            <dl className="contact-details">
              <dt>{t("contacts.country")}</dt>
              <dd>{contact.country}</dd>
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
                      {contact.website.replace(/^https?:\/\//, "")}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
        ))}
      </div>
      <p>{t("contacts.anonymousNote")}</p>
    </div>
  );
}
