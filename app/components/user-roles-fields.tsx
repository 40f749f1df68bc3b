import { useTranslation } from "react-i18next";
import { ChoiceGroup, SelectField } from "~/components/forms";
import { ROLES } from "~/domain/vocabulary";
import type { FieldErrors } from "~/lib/forms";

/** The authority, roles and coordinated agreements of an account (create and edit share it). */
export function UserRolesFields({
  authorities,
  agreements,
  authorityId,
  roles,
  agreementIds,
  errors,
}: {
  authorities: { id: number; name: string; country: string }[];
  agreements: { id: number; slug: string; title: string }[];
  authorityId: string;
  roles: readonly string[];
  agreementIds: readonly string[];
  errors?: FieldErrors;
}) {
  const { t } = useTranslation();
  return (
    <>
      <SelectField
        name="authorityId"
        label={t("admin.users.authority")}
        hint={t("admin.users.authorityHint")}
        defaultValue={authorityId}
        placeholder={t("admin.users.noAuthority")}
        options={authorities.map((a) => ({ value: String(a.id), label: `${a.name} (${a.country})` }))}
        error={errors?.authorityId}
      />
      <ChoiceGroup
        name="roles"
        type="checkbox"
        legend={t("admin.users.roles")}
        hint={t("admin.users.rolesHint")}
        options={ROLES.map((role) => ({ value: role, label: `${t(`account.role.${role}`)} – ${t(`admin.users.roleHelp.${role}`)}` }))}
        selected={roles}
        error={errors?.roles}
      />
      <ChoiceGroup
        name="agreementIds"
        type="checkbox"
        legend={t("admin.users.agreements")}
        hint={t("admin.users.agreementsHint")}
        options={agreements.map((a) => ({ value: String(a.id), label: a.title }))}
        selected={agreementIds}
        error={errors?.agreementIds}
      />
    </>
  );
}
