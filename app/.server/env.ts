// The server's environment variables, read and checked in one place (README, "Environment variables"). The
// e-mail (SMTP_*) and retention (RETENTION_*_AFTER_*) settings are parsed by their own modules, which report
// their own errors, because the CLI scripts read them too.
import { availableParallelism } from "node:os";
import { z } from "zod";
import { dailyHour } from "~/domain/daily-schedule";

const absoluteHttpUrl = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && (url.pathname === "/" || url.pathname === "");
    } catch {
      return false;
    }
  }, "an absolute http(s) origin without a path, e.g. https://portal.example")
  .transform((value) => new URL(value).origin);

const dailyHourSetting = (fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, context) => {
      const parsed = dailyHour(value, fallback);
      if (parsed.invalid) context.addIssue({ code: "custom", message: "an hour from 0 to 23, or off" });
      return parsed.hour;
    });

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().trim().min(1).optional(),
  PUBLIC_URL: absoluteHttpUrl.optional(),
  TRUST_PROXY: z.string().trim().min(1).optional(),
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn"]).default("info"),
  DIGEST_HOUR: dailyHourSetting(6),
  RETENTION_HOUR: dailyHourSetting(3),
  // Tests pin "today" to make working-day deadlines reproducible; never set it in production.
  PORTAL_TODAY: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date YYYY-MM-DD").optional(),
  // Plain-http production test servers need session cookies without Secure.
  INSECURE_COOKIES: z.enum(["0", "1"]).optional(),
});

export type ServerEnv = Omit<z.infer<typeof schema>, "PUBLIC_URL" | "HOST"> & {
  PUBLIC_URL: string;
  HOST: string;
  workers: number;
  demoData: boolean;
  /** The origins whose form posts are the portal's own (the same-origin check of unsafe requests). */
  writeOrigins: readonly string[];
};

export class EnvError extends Error {}

/** The validated settings; throws EnvError naming every bad variable. `demoData` comes from `--demo-data`. */
export function readServerEnv(env: Record<string, string | undefined> = process.env, argv: readonly string[] = process.argv): ServerEnv {
  const blankToUndefined = Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v?.trim() === "" ? undefined : v]));
  const parsed = schema.safeParse(blankToUndefined);
  if (!parsed.success) {
    throw new EnvError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
  }
  const settings = parsed.data;
  const demoData = isDemoDataMode(argv);
  // Absolute links (hreflang, e-mails, calendar) never come from the request's Host header. The demo (on this
  // machine only) and development default to localhost; a production server must be told its address.
  if (!settings.PUBLIC_URL && settings.NODE_ENV === "production" && !demoData) {
    throw new EnvError("PUBLIC_URL: required in production (the portal's address, e.g. https://portal.example)");
  }
  return {
    ...settings,
    PUBLIC_URL: settings.PUBLIC_URL ?? `http://localhost:${settings.PORT}`,
    // Without PUBLIC_URL (the demo and development) the portal is reached on this machine by either loopback name,
    // and the log prints 127.0.0.1: a form posted from either is the portal's own. A given PUBLIC_URL is the only one.
    writeOrigins: settings.PUBLIC_URL ? [settings.PUBLIC_URL] : [`http://localhost:${settings.PORT}`, `http://127.0.0.1:${settings.PORT}`],
    // Demo data (known passwords) is served only on this machine unless HOST says otherwise.
    HOST: settings.HOST ?? (demoData || settings.NODE_ENV !== "production" ? "127.0.0.1" : "0.0.0.0"),
    workers: settings.WEB_CONCURRENCY ?? availableParallelism(),
    demoData,
  };
}

let lastGiven: string | undefined;
let lastOrigin = "";

/** The portal's own origin for absolute links: PUBLIC_URL, or this machine's address in development. */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  const given = env.PUBLIC_URL?.trim();
  if (given) {
    // Every page asks; the answer is parsed again only when the setting changes.
    if (given !== lastGiven) {
      lastGiven = given;
      lastOrigin = absoluteHttpUrl.safeParse(given).data ?? given.replace(/\/+$/, "");
    }
    return lastOrigin;
  }
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

/** Whether the server was started with demo data (`npm start`): every page then says so. */
export function isDemoDataMode(argv: readonly string[] = process.argv): boolean {
  return argv.includes("--demo-data");
}
