import { data } from "@remix-run/node";

/** Any other path under a locale: a translated 404 (the root error boundary renders it). */
export function loader() {
  throw data(null, { status: 404 });
}

export default function NotFound() {
  return null;
}
