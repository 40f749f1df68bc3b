import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { actorOf } from "~/.server/actor";
import { requireUserWithPermission } from "~/.server/auth";
import { readFormData } from "~/.server/form-data";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { agreementOptions, authorityOptions, getUserForAdmin, issueSetPasswordLink, setPasswordPath, setUserStatus, updateUserRoles } from "~/.server/users";
import { ErrorSummary } from "~/components/forms";
import { UserRolesFields } from "~/components/user-roles-fields";
import { formatDate } from "~/lib/format";
import { formValues, parseForm, valueOf, valuesOf, type FormValues } from "~/lib/forms";
import { updateRolesSchema } from "~/lib/schemas/accounts";

function requireUserId(params: { userId?: string }): number {
  const id = Number(params.userId);
  if (!/^\d{1,9}$/.test(params.userId ?? "") || !Number.isSafeInteger(id)) throw data(null, { status: 404 });
  return id;
}

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:user:any");
  const user = getUserForAdmin(requireUserId(params));
  if (!user) throw data(null, { status: 404 });
  const t = getFixedT(locale);
  return {
    locale,
    title: `${user.displayName} – ${t("admin.users.title")}`,
    user: { ...user, lastSignIn: user.lastSignInAt ? formatDate(user.lastSignInAt, locale) : null },
    authorities: authorityOptions(locale),
    agreements: agreementOptions(locale),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const locale = requireLocale(params);
  const admin = requireUserWithPermission(request, "write:user:any");
  const userId = requireUserId(params);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  const actor = actorOf(admin, context);

  if (intent === "roles") {
    const form = parseForm(updateRolesSchema, formData);
    if (!form.ok) return data({ intent, errors: form.errors, values: form.values }, { status: 400 });
    const result = updateUserRoles(userId, form.data, actor);
    if (!result.ok) return data({ intent, errors: result.errors, values: formValues(formData) }, { status: 400 });
    return { intent, saved: true };
  }
  if (intent === "disable" || intent === "enable") {
    const result = setUserStatus(userId, intent === "disable" ? "disabled" : "active", actor);
    if (!result.ok) return data({ intent, errors: result.errors }, { status: 400 });
    return { intent, saved: true };
  }
  if (intent === "link") {
    const result = issueSetPasswordLink(userId, actor, locale);
    if (!result.ok) return data({ intent, errors: result.errors }, { status: 400 });
    return { intent, saved: true, link: new URL(setPasswordPath(locale, result.token), request.url).toString() };
  }
  return data({ intent: "unknown", errors: { form: "forms.invalid" } }, { status: 400 });
}

export default function EditUser() {
  const { locale, user, authorities, agreements } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const errors = result && "errors" in result ? result.errors : undefined;
  const values = result && "values" in result ? (result.values as FormValues) : undefined;
  const link = result && "link" in result ? result.link : undefined;
  return (
    <>
      <p>
        <Link to={`/${locale}/admin/users`}>{t("admin.users.backToList")}</Link>
      </p>
      <h1>{user.displayName}</h1>
      <dl className="contact-details">
        <dt>{t("admin.users.email")}</dt>
        <dd>{user.email}</dd>
        <dt>{t("admin.users.status")}</dt>
        <dd>{t(`admin.users.statusValue.${user.status}`)}</dd>
        <dt>{t("admin.users.password")}</dt>
        <dd>{user.hasPassword ? t("admin.users.passwordSet") : t("admin.users.passwordNotSet")}</dd>
        <dt>{t("admin.users.lastSignIn")}</dt>
        <dd>{user.lastSignIn ?? t("admin.users.never")}</dd>
      </dl>

      {result && "saved" in result && result.saved ? (
        <div className="notice notice--success" role="status">
          <p>{t("admin.users.saved")}</p>
          {link ? (
            <>
              <p>{t("admin.users.linkIntro", { email: user.email })}</p>
              <p className="secret">{link}</p>
              <p>{t("admin.users.linkOnce")}</p>
            </>
          ) : null}
        </div>
      ) : null}
      <ErrorSummary errors={errors} order={["form", "authorityId", "roles", "agreementIds"]} />

      <h2>{t("admin.users.rolesHeading")}</h2>
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value="roles" />
        <UserRolesFields
          authorities={authorities}
          agreements={agreements}
          authorityId={values ? valueOf(values, "authorityId") : user.authorityId === null ? "" : String(user.authorityId)}
          roles={values ? valuesOf(values, "roles") : user.roles}
          agreementIds={values ? valuesOf(values, "agreementIds") : user.agreementIds.map(String)}
          errors={errors}
        />
        <button type="submit" className="button">
          {t("forms.save")}
        </button>
      </Form>

      <h2>{t("admin.users.accessHeading")}</h2>
      <div className="button-row">
        <Form method="post">
          <input type="hidden" name="intent" value="link" />
          <button type="submit" className="button button--secondary">
            {t("admin.users.newLink")}
          </button>
        </Form>
        <Form method="post">
          <input type="hidden" name="intent" value={user.status === "active" ? "disable" : "enable"} />
          <button type="submit" className={`button ${user.status === "active" ? "button--warning" : "button--secondary"}`}>
            {user.status === "active" ? t("admin.users.disable") : t("admin.users.enable")}
          </button>
        </Form>
      </div>
      <p className="muted">{t("admin.users.disableHelp")}</p>
    </>
  );
}
