import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { actorOf } from "~/.server/actor";
import { requireUserWithPermission } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { agreementOptions, authorityOptions, createUser, setPasswordPath } from "~/.server/users";
import { ErrorSummary, TextField } from "~/components/forms";
import { UserRolesFields } from "~/components/user-roles-fields";
import { formValues, parseForm, valueOf, valuesOf, type FormValues } from "~/lib/forms";
import { createUserSchema } from "~/lib/schemas/accounts";

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "write:user:any");
  const t = getFixedT(locale);
  return {
    locale,
    title: `${t("admin.users.create")} – ${t("app.name")}`,
    authorities: authorityOptions(locale),
    agreements: agreementOptions(locale),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const admin = requireUserWithPermission(request, "write:user:any");
  const formData = await readFormData(request);
  const form = parseForm(createUserSchema, formData);
  if (!form.ok) return data({ ok: false as const, errors: form.errors, values: form.values }, { status: 400 });
  const result = createUser(form.data, actorOf(admin, context), locale);
  if (!result.ok) return data({ ok: false as const, errors: result.errors, values: formValues(formData) }, { status: 400 });
  const link = new URL(setPasswordPath(locale, result.token), request.url).toString();
  return { ok: true as const, userId: result.userId, email: form.data.email, link };
}

export default function NewUser() {
  const { locale, authorities, agreements } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();

  if (result?.ok) {
    return (
      <div className="prose">
        <h1>{t("admin.users.created")}</h1>
        <div className="notice notice--success" role="status">
          <p>{t("admin.users.linkIntro", { email: result.email })}</p>
          <p className="secret">{result.link}</p>
          <p>{t("admin.users.linkOnce")}</p>
        </div>
        <p className="button-row">
          <Link to={`/${locale}/admin/users/${result.userId}`}>{t("admin.users.openUser")}</Link>
          <Link to={`/${locale}/admin/users`}>{t("admin.users.backToList")}</Link>
        </p>
      </div>
    );
  }

  const values = result?.values as FormValues | undefined;
  const errors = result?.errors;
  return (
    <>
      <p>
        <Link to={`/${locale}/admin/users`}>{t("admin.users.backToList")}</Link>
      </p>
      <h1>{t("admin.users.create")}</h1>
      <ErrorSummary errors={errors} order={["form", "email", "displayName", "authorityId", "roles", "agreementIds"]} />
      <Form method="post" noValidate className="form">
        <TextField name="email" type="email" label={t("admin.users.email")} autoComplete="off" spellCheck={false} defaultValue={valueOf(values, "email")} error={errors?.email} />
        <TextField name="displayName" label={t("admin.users.name")} autoComplete="off" defaultValue={valueOf(values, "displayName")} error={errors?.displayName} />
        <UserRolesFields
          authorities={authorities}
          agreements={agreements}
          authorityId={valueOf(values, "authorityId")}
          roles={valuesOf(values, "roles")}
          agreementIds={valuesOf(values, "agreementIds")}
          errors={errors}
        />
        <button type="submit" className="button">
          {t("admin.users.createSubmit")}
        </button>
      </Form>
    </>
  );
}
