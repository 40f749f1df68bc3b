// Account forms: the same schemas validate on the server and may run in the browser.
import { z } from "zod";
import { ROLES } from "~/domain/vocabulary";

const email = (required: string, invalid: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(254, invalid)
    .pipe(z.email({ error: invalid }));

export const signInSchema = z.object({
  email: email("signin.errors.emailRequired", "signin.errors.emailInvalid"),
  password: z.string({ error: "signin.errors.passwordRequired" }).min(1, "signin.errors.passwordRequired").max(1000, "signin.errors.passwordRequired"),
  redirectTo: z.string().max(2000).optional(),
});

export const MIN_PASSWORD_LENGTH = 12;

export const setPasswordSchema = z
  .object({
    password: z
      .string({ error: "account.errors.passwordTooShort" })
      .min(MIN_PASSWORD_LENGTH, "account.errors.passwordTooShort")
      .max(200, "account.errors.passwordTooLong"),
    confirm: z.string({ error: "account.errors.passwordsDiffer" }),
  })
  .refine((v) => v.password === v.confirm, { message: "account.errors.passwordsDiffer", path: ["confirm"] });

const roleList = z
  .union([z.enum(ROLES), z.array(z.enum(ROLES))], { error: "admin.users.errors.roleRequired" })
  .transform((v) => (Array.isArray(v) ? v : [v]));

const optionalId = z
  .string()
  .trim()
  .regex(/^\d{0,9}$/, "admin.users.errors.invalidChoice")
  .transform((v) => (v === "" ? null : Number(v)))
  .optional()
  .transform((v) => v ?? null);

const agreementIds = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().regex(/^\d{1,9}$/, "admin.users.errors.invalidChoice").transform(Number)));

export const createUserSchema = z.object({
  email: email("admin.users.errors.emailRequired", "admin.users.errors.emailInvalid"),
  displayName: z
    .string({ error: "admin.users.errors.nameRequired" })
    .trim()
    .min(1, "admin.users.errors.nameRequired")
    .max(120, "admin.users.errors.nameTooLong"),
  authorityId: optionalId,
  roles: roleList,
  agreementIds,
});

export const updateRolesSchema = z.object({
  intent: z.literal("roles"),
  authorityId: optionalId,
  roles: roleList,
  agreementIds,
});
