// A user's calendar feed of their authority's joint inspections with an agreed date (`/calendar/<token>.ics`).
// Calendar programs cannot sign in, so the URL carries an unguessable per-user token instead of a session (see
// calendarFeed in app/.server/inspections.ts). No personal data: reference, mode, host country and date only.
import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { publicOrigin } from "~/.server/env";
import { getFixedT } from "~/.server/i18n";
import { calendarFeed, renderCalendar } from "~/.server/inspections";
import { countryName } from "~/lib/format";
import { FALLBACK_LOCALE, isLocale } from "~/lib/i18n";

export function loader({ request, params, context }: LoaderFunctionArgs) {
  const feed = calendarFeed(params.token ?? "", context.clientAddress);
  if (!feed) throw data(null, { status: 404 });
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang");
  const locale = isLocale(lang) ? lang : (feed.preferredLocale ?? FALLBACK_LOCALE);
  const t = getFixedT(locale, ["inspections", "common"]);
  const host = new URL(publicOrigin()).hostname || "portal";
  const body = renderCalendar(feed.entries, {
    name: t("ics.name"),
    host,
    summary: (entry) => t("ics.summary", { ref: entry.ref, mode: t(`common:enum.inspectionMode.${entry.mode}`), country: countryName(entry.hostCountry, locale) }),
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="joint-inspections.ics"',
      "Cache-Control": "private, no-store",
    },
  });
}
