// Outgoing e-mail over SMTP (nodemailer), only when the SMTP settings are present. Without them nothing is sent
// and nothing fails. Sending never throws: a failure is logged (without the address) and reported as `false`.
// Tests replace the SMTP connection with setMailTransport(); the settings still decide whether anything is sent.
import nodemailer from "nodemailer";
import { logger } from "./logger";

export interface MailMessage {
  to: string;
  subject: string;
  /** Plain text only: no HTML, so nothing in a message can be rendered as markup. */
  text: string;
}

export interface OutgoingMail extends MailMessage {
  from: string;
  headers: Record<string, string>;
}

/** What actually delivers a message: SMTP in production, a fake in tests. */
export interface MailTransport {
  send(message: OutgoingMail): Promise<void>;
}

export interface MailSettings {
  host: string;
  port: number;
  /** Implicit TLS (port 465); other ports upgrade with STARTTLS when the server offers it. */
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
  /** Absolute base of the links in messages, without a trailing slash. */
  publicUrl: string;
}

const warned = new Set<string>();
function warnOnce(message: string, fields?: Record<string, unknown>) {
  if (warned.has(message)) return;
  warned.add(message);
  logger.warn(message, fields);
}

/**
 * The SMTP settings from the environment (read on every call, so tests and operators can change them), or null
 * when e-mail is off: `SMTP_HOST` unset. `SMTP_FROM` and `PUBLIC_URL` (for the links) are needed too;
 * `SMTP_USER`/`SMTP_PASSWORD` only for a server that wants a login.
 */
export function mailSettings(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const host = env.SMTP_HOST?.trim();
  if (!host) return null;
  const from = env.SMTP_FROM?.trim();
  const publicUrl = env.PUBLIC_URL?.trim().replace(/\/+$/, "");
  if (!from || !publicUrl || !/^https?:\/\//.test(publicUrl)) {
    warnOnce("e-mail is off: SMTP_HOST is set, but SMTP_FROM or PUBLIC_URL (an absolute http(s) address) is missing");
    return null;
  }
  const port = env.SMTP_PORT?.trim() ? Number(env.SMTP_PORT) : 587;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    warnOnce("e-mail is off: SMTP_PORT is not a port number");
    return null;
  }
  return {
    host,
    port,
    secure: port === 465,
    user: env.SMTP_USER?.trim() || null,
    password: env.SMTP_PASSWORD ?? null,
    from,
    publicUrl,
  };
}

let injected: MailTransport | null = null;
let smtp: { key: string; transport: MailTransport } | null = null;

/** Test seam: deliver through `transport` instead of SMTP (null restores SMTP). */
export function setMailTransport(transport: MailTransport | null): void {
  injected = transport;
}

function transportFor(settings: MailSettings): MailTransport {
  if (injected) return injected;
  const key = JSON.stringify([settings.host, settings.port, settings.user, settings.password]);
  if (smtp?.key !== key) {
    // One connection per message (no pool): volumes are small, and no idle socket outlives a send.
    const connection = nodemailer.createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.user ? { user: settings.user, pass: settings.password ?? "" } : undefined,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    smtp = {
      key,
      transport: {
        async send(message) {
          await connection.sendMail(message);
        },
      },
    };
  }
  return smtp.transport;
}

/** What a failure may say in the log: codes, never the message text (it can quote the recipient's address). */
function describeFailure(error: unknown): Record<string, unknown> {
  if (!error || typeof error !== "object") return { error: String(error).slice(0, 100) };
  const e = error as { name?: unknown; code?: unknown; responseCode?: unknown; command?: unknown };
  return { errorName: e.name, code: e.code, responseCode: e.responseCode, command: e.command };
}

/** Sends one message when e-mail is on; true when it was handed to the mail server. Never throws. */
export async function sendMail(message: MailMessage, context: Record<string, unknown> = {}): Promise<boolean> {
  const settings = mailSettings();
  if (!settings) return false;
  try {
    await transportFor(settings).send({
      ...message,
      from: settings.from,
      headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
    });
    return true;
  } catch (error) {
    logger.warn("e-mail could not be sent", { ...context, ...describeFailure(error) });
    return false;
  }
}
