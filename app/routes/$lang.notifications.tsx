// The signed-in user's own notifications, newest first. Nothing is marked read by looking: the reader marks one
// ("Mark as read") or all of them ("Mark all as read", up to the newest one the page showed) with a POST.
import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUser } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  newestNotificationId,
  unreadNotificationCount,
} from "~/.server/notifications";
import { requireLocale } from "~/.server/route-params";
import { formatDateTime } from "~/lib/format";

const querySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const id = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read"), id }),
  z.object({ intent: z.literal("read-all"), upTo: id }),
]);

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUser(request);
  const query = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const t = getFixedT(locale, ["notifications", "common"]);
  const { items, hasMore } = listNotifications(user.id, query.page);
  const pageLink = (page: number) => (page === 1 ? `/${locale}/notifications` : `?page=${page}`);
  return {
    locale,
    title: `${t("title")} – ${t("common:app.name")}`,
    unread: unreadNotificationCount(user.id),
    newestId: newestNotificationId(user.id),
    items: items.map((item) => ({
      id: item.id,
      kind: item.kind,
      caseKind: item.caseKind,
      caseRef: item.caseRef,
      at: item.createdAt,
      when: formatDateTime(item.createdAt, locale),
      unread: item.readAt === null,
    })),
    previous: query.page > 1 ? pageLink(query.page - 1) : null,
    next: hasMore ? pageLink(query.page + 1) : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const user = requireUser(request);
  const form = actionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!form.success) throw data(null, { status: 400 });
  if (form.data.intent === "read") markNotificationRead(user.id, form.data.id);
  else markAllNotificationsRead(user.id, form.data.upTo);
  const page = querySchema.parse(Object.fromEntries(new URL(request.url).searchParams)).page;
  return redirect(`/${locale}/notifications${page > 1 ? `?page=${page}` : ""}`, 303);
}

export default function Notifications() {
  const { locale, unread, newestId, items, previous, next } = useLoaderData<typeof loader>();
  const { t } = useTranslation("notifications");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <div className="notifications-toolbar">
        <p>{t("unreadSummary", { count: unread })}</p>
        {unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="read-all" />
            <input type="hidden" name="upTo" value={newestId} />
            <button type="submit" className="button button--secondary">
              {t("markAllRead")}
            </button>
          </Form>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="table notifications">
          <caption className="visually-hidden">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("what")}</th>
              <th scope="col">{t("case")}</th>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {items.length === 0 ? (
              <tr>
                <td colSpan={4}>{t("empty")}</td>
              </tr>
            ) : (
              items.map((item) => {
                const what = t(`kind.${item.kind}`, { defaultValue: t("kind.unknown") });
                return (
                  <tr key={item.id} className={item.unread ? "notifications__unread" : undefined}>
                    <td>{item.unread ? <strong>{what}</strong> : what}</td>
                    <td>
                      {(item.caseKind === "exchange" || item.caseKind === "inspection" || item.caseKind === "tip") && item.caseRef ? (
                        <Link to={`/${locale}/cases/${item.caseKind === "inspection" ? "inspections" : item.caseKind === "tip" ? "tips" : "exchanges"}/${item.caseRef}`}>{item.caseRef}</Link>
                      ) : item.caseKind === "digest" ? (
                        <Link to={`/${locale}/cases`}>{t("openInbox")}</Link>
                      ) : (
                        (item.caseRef ?? "–")
                      )}
                    </td>
                    <td>
                      <time dateTime={item.at}>{item.when}</time>
                    </td>
                    <td>
                      {item.unread ? (
                        <div className="notifications__status">
                          <span className="tag tag--new">{t("unread")}</span>
                          <Form method="post">
                            <input type="hidden" name="intent" value="read" />
                            <input type="hidden" name="id" value={item.id} />
                            <button type="submit" className="button button--link">
                              {t("markRead")}
                              <span className="visually-hidden"> – {item.caseKind === "exchange" && item.caseRef ? item.caseRef : what}</span>
                            </button>
                          </Form>
                        </div>
                      ) : (
                        t("read")
                      )}
                    </td>
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      {previous || next ? (
        <nav className="pagination" aria-label={t("pages")}>
          {previous ? <Link to={previous}>{t("newer")}</Link> : null}
          {next ? <Link to={next}>{t("older")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
