import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { safeRedirect } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { getSessionUser } from "~/.server/session";
import { signIn } from "~/.server/sign-in";
import { ErrorSummary, TextField } from "~/components/forms";
import { landingArea } from "~/domain/permissions";
import { parseForm, valueOf } from "~/lib/forms";
import type { Locale } from "~/lib/i18n";
import { signInSchema } from "~/lib/schemas/accounts";

export function landingPath(locale: Locale, area: ReturnType<typeof landingArea>): string {
  return area === "home" ? `/${locale}` : `/${locale}/${area}`;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const user = getSessionUser(request);
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  if (user) throw redirect(safeRedirect(redirectTo, landingPath(locale, landingArea(user.roles))));
  const t = getFixedT(locale);
  return { title: `${t("signin.title")} – ${t("app.name")}`, description: getFixedT(locale, ["meta"])("meta:description.signin"), redirectTo: redirectTo ?? "" };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "description", content: data?.description }, { name: "robots", content: "noindex" }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const form = parseForm(signInSchema, await readFormData(request), { secrets: ["password"] });
  if (!form.ok) return data({ errors: form.errors, values: form.values }, { status: 400 });

  const result = await signIn({
    email: form.data.email,
    password: form.data.password,
    ipAddress: context.clientAddress,
    userAgent: request.headers.get("user-agent"),
  });
  const values = { email: form.data.email, redirectTo: form.data.redirectTo ?? "" };
  if (!result.ok) {
    const rateLimited = result.reason === "rate_limited";
    return data(
      { errors: { form: rateLimited ? "signin.errors.rateLimited" : "signin.errors.invalid" }, values },
      { status: rateLimited ? 429 : 400 },
    );
  }
  throw redirect(safeRedirect(form.data.redirectTo, landingPath(locale, result.landing)), {
    headers: { "Set-Cookie": result.setCookie },
  });
}

export default function SignIn() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { t } = useTranslation();
  const submitting = useNavigation().state === "submitting";
  const errors = actionData?.errors;
  return (
    <div className="narrow">
      <h1>{t("signin.title")}</h1>
      <p className="lead">{t("signin.lead")}</p>
      <ErrorSummary errors={errors} order={["form", "email", "password"]} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="redirectTo" value={valueOf(actionData?.values, "redirectTo", redirectTo)} />
        <TextField
          name="email"
          type="email"
          label={t("signin.email")}
          autoComplete="username"
          spellCheck={false}
          defaultValue={valueOf(actionData?.values, "email")}
          error={errors && "email" in errors ? errors.email : undefined}
        />
        <TextField
          name="password"
          type="password"
          label={t("signin.password")}
          autoComplete="current-password"
          error={errors && "password" in errors ? errors.password : undefined}
        />
        <button type="submit" className="button" disabled={submitting}>
          {t("signin.submit")}
        </button>
      </Form>
      <p className="muted">{t("signin.help")}</p>
    </div>
  );
}
