import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { detectLocale } from "~/.server/i18n";

/** `/` sends the reader to their language: cookie, then Accept-Language, then English. */
export async function loader({ request }: LoaderFunctionArgs) {
  const locale = await detectLocale(request);
  return redirect(`/${locale}`, { headers: { Vary: "Accept-Language, Cookie", "Cache-Control": "no-store" } });
}
