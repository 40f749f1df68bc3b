// The register of legal figures as open data: every value with validity, source and last check (see
// docs/legal-figures-register.md). Public and cacheable like the public pages; an ETag lets clients revalidate cheaply.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { figuresOpenDataDocument } from "~/.server/legal-figures";

export function loader({ request }: LoaderFunctionArgs) {
  const { body, etag } = figuresOpenDataDocument();
  const headers = {
    "Content-Type": "application/json; charset=utf-8",
    "Cache-Control": "public, max-age=60, stale-while-revalidate=300",
    "Access-Control-Allow-Origin": "*",
    ETag: etag,
  };
  if (request.headers.get("If-None-Match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
