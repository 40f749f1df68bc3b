import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { checkSetPasswordToken, setPasswordWithToken } from "~/.server/users";
import { ErrorSummary, TextField } from "~/components/forms";
import { parseForm, type FieldErrors } from "~/lib/forms";
import { MIN_PASSWORD_LENGTH, setPasswordSchema } from "~/lib/schemas/accounts";

/** The one-time link an administrator hands a new user (or one who forgot their password). */
export function loader({ params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  const t = getFixedT(locale);
  const valid = checkSetPasswordToken(params.token ?? "") !== null;
  return data(
    { locale, valid, title: `${t("account.setPassword.title")} – ${t("app.name")}` },
    { headers: { "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" } },
  );
}

// The page's own headers (no Referrer-Policy leak of the token) replace the server's defaults.
export const headers: HeadersFunction = ({ loaderHeaders }) => loaderHeaders;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }, { name: "robots", content: "noindex" }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  requireLocale(params);
  const form = parseForm(setPasswordSchema, await readFormData(request), { secrets: ["password", "confirm"] });
  if (!form.ok) return data({ done: false, errors: form.errors }, { status: 400 });
  const done = await setPasswordWithToken(params.token ?? "", form.data.password, context.clientAddress);
  if (!done) return data({ done: false, errors: { form: "account.setPassword.invalidLink" } as FieldErrors }, { status: 400 });
  return { done: true, errors: undefined };
}

export default function SetPassword() {
  const { locale, valid } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = result?.errors as FieldErrors | undefined;
  const { t } = useTranslation();
  if (result?.done) {
    return (
      <div className="narrow">
        <h1>{t("account.setPassword.title")}</h1>
        <div className="notice notice--success" role="status">
          <p>{t("account.setPassword.done")}</p>
        </div>
        <p>
          <Link to={`/${locale}/signin`} className="button">
            {t("signin.submit")}
          </Link>
        </p>
      </div>
    );
  }
  if (!valid) {
    return (
      <div className="narrow">
        <h1>{t("account.setPassword.title")}</h1>
        <p>{t("account.setPassword.invalidLink")}</p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("account.setPassword.title")}</h1>
      <p>{t("account.setPassword.lead")}</p>
      <ErrorSummary errors={errors} order={["form", "password", "confirm"]} />
      <Form method="post" noValidate className="form">
        <TextField name="password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} label={t("account.setPassword.password")} error={errors?.password} />
        <TextField name="confirm" type="password" autoComplete="new-password" label={t("account.setPassword.confirm")} error={errors?.confirm} />
        <button type="submit" className="button">
          {t("account.setPassword.submit")}
        </button>
      </Form>
    </div>
  );
}
