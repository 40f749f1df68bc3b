import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";
import { isLocale } from "~/lib/i18n";
import { localeCookieHeader } from "~/lib/locale-cookie";

// The target is a page of the chosen language on this site: a path under /<lang>, never another host.
const targetSchema = z.string().regex(/^\/(nb|lt|en)(?:[/?][^\\]*)?$/).refine((to) => !to.startsWith("//"));

/**
 * `/language/<lang>?to=<path>`: the language switcher's links. The reader chose a language, so it is remembered
 * (for `/`) here and only here: pages themselves set no cookie, so shared caches can keep them.
 */
export function loader({ request, params }: LoaderFunctionArgs) {
  const lang = params.lang ?? "";
  if (!isLocale(lang)) throw new Response(null, { status: 404 });
  const given = targetSchema.safeParse(new URL(request.url).searchParams.get("to") ?? "");
  const target = given.success && given.data.startsWith(`/${lang}`) ? given.data : `/${lang}`;
  return redirect(target, { status: 303, headers: { "Set-Cookie": localeCookieHeader(lang), "Cache-Control": "no-store" } });
}
