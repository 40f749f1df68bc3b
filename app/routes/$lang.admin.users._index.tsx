import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { requireUserWithPermission } from "~/.server/auth";
import { getFixedT } from "~/.server/i18n";
import { requireLocale } from "~/.server/route-params";
import { listUsers } from "~/.server/users";
import { SelectField, TextField } from "~/components/forms";
import { DataTable } from "~/components/data-table";
import { FilterForm } from "~/components/filter-form";
import { ROLES } from "~/domain/vocabulary";
import { formatDate } from "~/lib/format";

const filterSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(["active", "disabled"]).optional().catch(undefined),
});

export function loader({ request, params }: LoaderFunctionArgs) {
  const locale = requireLocale(params);
  requireUserWithPermission(request, "read:user:any");
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const filter = filterSchema.parse(search);
  const t = getFixedT(locale);
  const users = listUsers(locale, filter).map((u) => ({
    ...u,
    lastSignIn: u.lastSignInAt ? formatDate(u.lastSignInAt, locale, "numeric") : null,
  }));
  return { locale, filter, users, title: `${t("admin.users.title")} – ${t("app.name")}` };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: data?.title }];

export default function UserList() {
  const { locale, filter, users } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <>
      <p>
        <Link to={`/${locale}/admin`}>{t("admin.title")}</Link>
      </p>
      <h1>{t("admin.users.title")}</h1>
      <p>
        <Link to={`/${locale}/admin/users/new`} className="button">
          {t("admin.users.create")}
        </Link>
      </p>
      <FilterForm label={t("admin.users.filter")}>
        <TextField name="q" type="search" label={t("admin.users.search")} defaultValue={filter.q ?? ""} />
        <SelectField
          name="role"
          label={t("admin.users.role")}
          defaultValue={filter.role ?? ""}
          placeholder={t("admin.users.allRoles")}
          options={ROLES.map((role) => ({ value: role, label: t(`account.role.${role}`) }))}
        />
        <SelectField
          name="status"
          label={t("admin.users.status")}
          defaultValue={filter.status ?? ""}
          placeholder={t("admin.users.allStatuses")}
          options={(["active", "disabled"] as const).map((s) => ({ value: s, label: t(`admin.users.statusValue.${s}`) }))}
        />
      </FilterForm>
      <DataTable
        caption={t("admin.users.count", { count: users.length })}
        rows={users}
        rowKey={(user) => user.id}
        columns={[
          { id: "name", header: t("admin.users.name"), lead: true, cardLabelHidden: true, cell: (user) => <Link to={`/${locale}/admin/users/${user.id}`}>{user.displayName}</Link> },
          { id: "email", header: t("admin.users.email"), cell: (user) => user.email },
          { id: "authority", header: t("admin.users.authority"), cell: (user) => user.authorityName ?? "–" },
          { id: "roles", header: t("admin.users.roles"), cell: (user) => user.roles.map((role) => t(`account.role.${role}`)).join(", ") },
          { id: "status", header: t("admin.users.status"), cell: (user) => t(`admin.users.statusValue.${user.status}`) },
          { id: "lastSignIn", header: t("admin.users.lastSignIn"), cell: (user) => user.lastSignIn ?? t("admin.users.never") },
        ]}
      />
    </>
  );
}
