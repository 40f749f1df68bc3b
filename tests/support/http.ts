// Plain HTTP helpers for tests against a running server: sign in as a demo user, fetch with a session.
export const DEMO_PASSWORD = "demo-password";

export const DEMO_USERS = {
  contactPointNorway: "kontakt@arbeidstilsynet.demo",
  contactPointLithuania: "kontaktas@vdi.demo",
  contactPointPoland: "kontakt@pip.demo",
  coordinator: "koordinator@arbeidstilsynet.demo",
  editor: "redaktor@arbeidstilsynet.demo",
  admin: "admin@portal.demo",
} as const;
export type DemoUser = keyof typeof DEMO_USERS;

/** Signs in through the real form post; returns the `name=value` of the session cookie. */
export async function signInAs(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/en/signin`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl },
    body: new URLSearchParams({ email, password }),
    redirect: "manual",
  });
  const cookie = res.headers.get("set-cookie")?.split(";")[0];
  if (res.status !== 302 || !cookie) throw new Error(`sign-in as ${email} failed with ${res.status}`);
  return cookie;
}

export function get(baseUrl: string, path: string, cookie?: string) {
  return fetch(`${baseUrl}${path}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
}

export function postForm(baseUrl: string, path: string, fields: Record<string, string | string[]>, cookie?: string) {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  return fetch(`${baseUrl}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: baseUrl, ...(cookie ? { Cookie: cookie } : {}) },
    body,
    redirect: "manual",
  });
}
