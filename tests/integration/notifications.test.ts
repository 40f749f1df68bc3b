// Notifications over the demo data: one in-app row per contact point of the other side for every exchange event,
// e-mails after the commit (never inside the transaction) with no personal data, nothing sent without SMTP
// settings, and the daily digest of cases that are overdue or fall due within 2 working days.
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { OutgoingMail } from "~/.server/mailer";
import { useAppDatabase } from "../support/app-database";

let database: Awaited<ReturnType<typeof useAppDatabase>>;
let notifications: typeof import("~/.server/notifications");
let exchanges: typeof import("~/.server/exchanges");
let mailer: typeof import("~/.server/mailer");
let sqlite: typeof import("~/.server/db").sqlite;
let db: typeof import("~/.server/db").db;

const SMTP_ENV = ["SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_FROM", "PUBLIC_URL"] as const;
const saved = Object.fromEntries(SMTP_ENV.map((name) => [name, process.env[name]]));
const PUBLIC_URL = "https://portal.test";

function smtpOn(extra: Record<string, string> = {}) {
  Object.assign(process.env, { SMTP_HOST: "smtp.invalid", SMTP_PORT: "587", SMTP_FROM: "no-reply@portal.test", PUBLIC_URL, ...extra });
}
function smtpOff() {
  for (const name of SMTP_ENV) delete process.env[name];
}

/** A fake transport that records what it is given. */
function fakeTransport(fail = false) {
  const sent: OutgoingMail[] = [];
  return {
    sent,
    transport: {
      async send(message: OutgoingMail) {
        if (fail) throw Object.assign(new Error("550 5.1.1 <kontaktas@vdi.demo>: Recipient address rejected"), { code: "EENVELOPE", responseCode: 550 });
        sent.push(message);
      },
    },
  };
}

const idOf = (table: string, column: string, value: string) => (sqlite.prepare(`select id from ${table} where ${column} = ?`).get(value) as { id: number }).id;
const userId = (email: string) => idOf("users", "email", email);
const authorityId = (slug: string) => idOf("authorities", "slug", slug);

let norway: { userId: number; authorityId: number; ipAddress: string };
let lithuania: { userId: number; authorityId: number; ipAddress: string };

/** Words of the case that must never leave the portal in a notification or an e-mail. */
const PERSONAL = ["Hemmelig Stillas AS", "974761211", "Ola Nordmann", "Byggeplass Sentrum", "Per Hansen", "Storgata", "Kari", "Rūta", "Kontakt"];

function newExchange(overrides: Partial<Parameters<typeof exchanges.createExchange>[0]> = {}) {
  const result = exchanges.createExchange(
    {
      agreementId: idOf("agreements", "slug", "no-lt"),
      type: "information_request",
      urgency: "standard",
      urgencyReason: null,
      subject: "Ola Nordmann på Byggeplass Sentrum",
      enterprise: { country: "NO", registrationNumber: "974761211", name: "Hemmelig Stillas AS", address: "Storgata 1, Oslo" },
      postedWorkersCount: 4,
      questionCodes: ["Q001"],
      freeQuestions: [],
      supplementaryText: "Ring Per Hansen.",
      language: "nb",
      instrument: null,
      send: true,
      ...overrides,
    },
    norway,
  );
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.ref;
}

interface Row {
  id: number;
  user_id: number;
  kind: string;
  case_kind: string | null;
  case_ref: string | null;
  created_at: string;
  read_at: string | null;
  emailed_at: string | null;
}
const rowsFor = (ref: string) => sqlite.prepare("select * from notifications where case_ref = ? order by id").all(ref) as Row[];
const version = (ref: string) => (sqlite.prepare("select version from exchanges where ref = ?").get(ref) as { version: number }).version;

beforeAll(async () => {
  database = await useAppDatabase({ seed: true });
  notifications = await import("~/.server/notifications");
  exchanges = await import("~/.server/exchanges");
  mailer = await import("~/.server/mailer");
  ({ sqlite, db } = await import("~/.server/db"));
  norway = { userId: userId("kontakt@arbeidstilsynet.demo"), authorityId: authorityId("nlia"), ipAddress: "127.0.0.1" };
  lithuania = { userId: userId("kontaktas@vdi.demo"), authorityId: authorityId("vdi"), ipAddress: "127.0.0.1" };
});
afterEach(async () => {
  await notifications.flushNotificationEmails();
  mailer.setMailTransport(null);
  smtpOff();
});
afterAll(async () => {
  Object.assign(process.env, Object.fromEntries(Object.entries(saved).filter(([, v]) => v !== undefined)));
  await database.cleanup();
});

describe("in-app notifications from exchange events", () => {
  it("tells the other authority's contact points when a request is sent, and no one else", () => {
    const ref = newExchange();
    const rows = rowsFor(ref);
    expect(rows.map((r) => [r.user_id, r.kind, r.case_kind, r.case_ref, r.read_at, r.emailed_at])).toEqual([
      [lithuania.userId, "exchange_received", "exchange", ref, null, null],
    ]);
    // The row is the whole notification: a code, the kind of case and its reference.
    expect(Object.keys(rows[0]!).sort()).toEqual(["case_kind", "case_ref", "created_at", "emailed_at", "id", "kind", "read_at", "user_id"]);
    for (const word of PERSONAL) expect(JSON.stringify(rows)).not.toContain(word);
  });

  it("tells the requester when the request is accepted, and the requested side about a message", () => {
    const ref = newExchange();
    const accepted = exchanges.transitionExchange(ref, "accept", { expectedVersion: version(ref), language: "lt" }, lithuania);
    expect(accepted).toMatchObject({ ok: true, status: "accepted" });
    expect(exchanges.addExchangeMessage(ref, "Ring Per Hansen.", "nb", norway)).toBe(true);
    expect(rowsFor(ref).map((r) => [r.user_id, r.kind])).toEqual([
      [lithuania.userId, "exchange_received"],
      [norway.userId, "exchange_accept"],
      [lithuania.userId, "exchange_message"],
    ]);
  });

  it("treats a draft sent later as a new request, and says nothing about the draft itself", () => {
    const ref = newExchange({ send: false });
    expect(rowsFor(ref)).toEqual([]);
    expect(exchanges.transitionExchange(ref, "send", { expectedVersion: version(ref), language: "nb" }, norway)).toMatchObject({ ok: true });
    expect(rowsFor(ref).map((r) => [r.user_id, r.kind])).toEqual([[lithuania.userId, "exchange_received"]]);
  });

  it("on a forward, tells the requester and the contact points of the authority that now has the case", () => {
    const sodra = authorityId("sodra");
    const created = sqlite
      .prepare("insert into users (email, display_name, authority_id) values ('kontaktas@sodra.test', 'Sodra Kontaktas', ?) returning id")
      .get(sodra) as { id: number };
    sqlite.prepare("insert into user_roles (user_id, role) values (?, 'contact_point')").run(created.id);
    const ref = newExchange();
    const forwarded = exchanges.transitionExchange(
      ref,
      "forward",
      { expectedVersion: version(ref), language: "lt", input: { forwardTo: { authorityId: String(sodra), country: "LT" } } },
      lithuania,
    );
    expect(forwarded).toMatchObject({ ok: true });
    expect(rowsFor(ref).map((r) => [r.user_id, r.kind])).toEqual([
      [lithuania.userId, "exchange_received"],
      [norway.userId, "exchange_forward"],
      [created.id, "exchange_received"],
    ]);
  });

  it("lists a user's own notifications newest first, counts the unread and marks read only on request", () => {
    const reader = userId("kontaktas@vdi.demo");
    const before = notifications.unreadNotificationCount(reader);
    expect(before).toBeGreaterThan(0);
    const { items } = notifications.listNotifications(reader, 1);
    const stamps = items.map((i) => `${i.createdAt}#${String(i.id).padStart(9, "0")}`);
    expect(stamps).toEqual([...stamps].sort().reverse());
    // Someone else cannot mark it; the owner can, once.
    expect(notifications.markNotificationRead(norway.userId, items[0]!.id)).toBe(false);
    expect(notifications.markNotificationRead(reader, items[0]!.id)).toBe(true);
    expect(notifications.markNotificationRead(reader, items[0]!.id)).toBe(false);
    expect(notifications.unreadNotificationCount(reader)).toBe(before - 1);
    // "Mark all" stops at the newest one the reader was shown: one that arrives later stays unread.
    const shown = notifications.newestNotificationId(reader);
    const later = newExchange();
    notifications.markAllNotificationsRead(reader, shown);
    expect(notifications.unreadNotificationCount(reader)).toBe(1);
    expect(rowsFor(later)[0]?.read_at).toBeNull();
  });

  it("pages through the list", () => {
    const reader = userId("kontaktas@vdi.demo");
    for (let i = 0; i < notifications.NOTIFICATIONS_PAGE_SIZE; i++) newExchange();
    const first = notifications.listNotifications(reader, 1);
    const second = notifications.listNotifications(reader, 2);
    expect(first.items).toHaveLength(notifications.NOTIFICATIONS_PAGE_SIZE);
    expect(first.hasMore).toBe(true);
    expect(second.items.length).toBeGreaterThan(0);
    expect(second.items.some((b) => first.items.some((a) => a.id === b.id))).toBe(false);
  });
});

describe("notification e-mails", () => {
  it("are sent after the commit, in the reader's language, with a link and no personal data", async () => {
    smtpOn();
    const fake = fakeTransport();
    mailer.setMailTransport(fake.transport);
    const ref = newExchange();
    // The request has returned, and nothing was sent during it.
    expect(fake.sent).toHaveLength(0);
    await notifications.flushNotificationEmails();
    expect(fake.sent).toHaveLength(1);
    const mail = fake.sent[0]!;
    expect(mail.to).toBe("kontaktas@vdi.demo");
    expect(mail.from).toBe("no-reply@portal.test");
    expect(mail.headers["Auto-Submitted"]).toBe("auto-generated");
    // Rūta prefers Lithuanian.
    expect(mail.subject).toBe(`Naujas prašymas ${ref}`);
    expect(mail.text).toContain(`Gavote naują prašymą ${ref} – atverkite jį čia: ${PUBLIC_URL}/lt/cases/exchanges/${ref}`);
    for (const word of PERSONAL) {
      expect(mail.subject).not.toContain(word);
      expect(mail.text).not.toContain(word);
    }
    expect(rowsFor(ref)[0]?.emailed_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    // The requester's contact point prefers Norwegian.
    exchanges.transitionExchange(ref, "accept", { expectedVersion: version(ref), language: "lt" }, lithuania);
    await notifications.flushNotificationEmails();
    expect(fake.sent).toHaveLength(2);
    expect(fake.sent[1]).toMatchObject({ to: "kontakt@arbeidstilsynet.demo", subject: `Anmodningen din ble godtatt: ${ref}` });
    expect(fake.sent[1]!.text).toContain(`${PUBLIC_URL}/nb/cases/exchanges/${ref}`);
    for (const word of PERSONAL) expect(fake.sent[1]!.text).not.toContain(word);
  });

  it("are flushed by themselves once the transaction is done", async () => {
    smtpOn();
    const fake = fakeTransport();
    mailer.setMailTransport(fake.transport);
    const ref = newExchange();
    for (let i = 0; i < 50 && fake.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(fake.sent.map((m) => m.subject)).toEqual([`Naujas prašymas ${ref}`]);
  });

  it("are not sent for a transaction that rolled back", async () => {
    smtpOn();
    const fake = fakeTransport();
    mailer.setMailTransport(fake.transport);
    expect(() =>
      db.transaction((tx) => {
        notifications.recordExchangeEvent(tx, [lithuania.userId], "exchange_message", "EX-NO-LT-2026-9999");
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    await notifications.flushNotificationEmails();
    expect(fake.sent).toEqual([]);
    expect(rowsFor("EX-NO-LT-2026-9999")).toEqual([]);
  });

  it("fail quietly: the request succeeds, the failure is logged, emailed_at stays empty", async () => {
    smtpOn();
    const fake = fakeTransport(true);
    mailer.setMailTransport(fake.transport);
    const ref = newExchange();
    await expect(notifications.flushNotificationEmails()).resolves.toBe(0);
    expect(rowsFor(ref)[0]?.emailed_at).toBeNull();
  });

  it("are not sent at all without the SMTP settings (and nothing fails)", async () => {
    const fake = fakeTransport();
    mailer.setMailTransport(fake.transport);
    const ref = newExchange();
    await notifications.flushNotificationEmails();
    expect(fake.sent).toEqual([]);
    expect(rowsFor(ref).map((r) => r.emailed_at)).toEqual([null]);
    // Half the settings are no settings either.
    Object.assign(process.env, { SMTP_HOST: "smtp.invalid" });
    expect(mailer.mailSettings()).toBeNull();
    newExchange();
    await notifications.flushNotificationEmails();
    expect(fake.sent).toEqual([]);
  });

  it("go out over SMTP through nodemailer", async () => {
    const sink = await smtpSink();
    try {
      smtpOn({ SMTP_HOST: "127.0.0.1", SMTP_PORT: String(sink.port) });
      const ref = newExchange();
      await expect(notifications.flushNotificationEmails()).resolves.toBe(1);
      expect(sink.messages).toHaveLength(1);
      const message = sink.messages[0]!;
      expect(message.from).toBe("no-reply@portal.test");
      expect(message.to).toEqual(["kontaktas@vdi.demo"]);
      expect(message.data).toContain(ref);
      expect(message.data).toMatch(/^Auto-Submitted: auto-generated\r$/m);
      for (const word of PERSONAL) expect(message.data).not.toContain(word);
    } finally {
      await sink.close();
    }
  });
});

describe("the daily digest", () => {
  const refsOf = (cases: { ref: string }[]) => cases.map((c) => c.ref).filter((ref) => /^(EX-NO-LT-2026-000[123]|JI-NO-LT-2026-0001)$/.test(ref));

  it("picks the authority's cases that are overdue or fall due today or within 2 working days", () => {
    const vdi = authorityId("vdi");
    const nlia = authorityId("nlia");
    // EX-NO-LT-2026-0001 (accepted, waiting for VDI; sent 26 October, 25 Lithuanian working days with 2 November
    // a holiday) and JI-NO-LT-2026-0001 are both due Tuesday 1 December.
    expect(refsOf(notifications.casesFallingDue(vdi, "LT", "2026-11-25").cases)).toEqual([]);
    const thursday = notifications.casesFallingDue(vdi, "LT", "2026-11-26");
    expect(thursday.until).toBe("2026-11-30");
    expect(refsOf(thursday.cases)).toEqual([]);
    // From Friday the window reaches Tuesday of the next week.
    const friday = notifications.casesFallingDue(vdi, "LT", "2026-11-27");
    expect(friday.cases.filter((c) => refsOf([c]).length)[0]).toEqual({ ref: "EX-NO-LT-2026-0001", kind: "exchange", dueOn: "2026-12-01", overdue: false, direction: "incoming" });
    expect(refsOf(friday.cases)).toEqual(["EX-NO-LT-2026-0001", "JI-NO-LT-2026-0001"]);
    const december = notifications.casesFallingDue(nlia, "NO", "2026-12-02").cases.filter((c) => refsOf([c]).length);
    expect(december.map((c) => [c.ref, c.overdue, c.direction])).toEqual([
      ["EX-NO-LT-2026-0001", true, "outgoing"],
      ["JI-NO-LT-2026-0001", true, "outgoing"],
    ]);
    expect(notifications.casesFallingDue(nlia, "NO", "2026-12-01").cases.filter((c) => refsOf([c]).length).map((c) => c.overdue)).toEqual([false, false]);
    // Cases that wait for no one (closed, answered) never appear, however old their due date.
    const statuses = sqlite.prepare("select ref, status from exchanges").all() as { ref: string; status: string }[];
    const late = notifications.casesFallingDue(vdi, "LT", "2030-01-01").cases.filter((c) => c.kind === "exchange");
    for (const c of late) expect(["sent", "accepted", "clarification_requested"]).toContain(statuses.find((s) => s.ref === c.ref)?.status);
  });

  it("notifies each contact point once a day and e-mails them in their language, without personal data", async () => {
    smtpOn();
    const fake = fakeTransport();
    mailer.setMailTransport(fake.transport);
    const now = new Date("2026-11-27T05:00:00Z");
    const summary = await notifications.runDailyDigest({ now });
    expect(summary).toMatchObject({ date: "2026-11-27", notified: 2, emailed: 2 });
    expect(fake.sent.map((m) => m.to).sort()).toEqual(["kontakt@arbeidstilsynet.demo", "kontaktas@vdi.demo"]);
    const lithuanian = fake.sent.find((m) => m.to === "kontaktas@vdi.demo")!;
    expect(lithuanian.subject).toBe("Kasdienė terminų apžvalga – 2026-11-27");
    expect(lithuanian.text).toContain("EX-NO-LT-2026-0001 – terminas 2026-12-01 – gauta");
    expect(lithuanian.text).toContain(`${PUBLIC_URL}/lt/cases/exchanges/EX-NO-LT-2026-0001`);
    expect(lithuanian.text).toContain(`${PUBLIC_URL}/lt/cases`);
    for (const mail of fake.sent) {
      for (const word of [...PERSONAL, "Demo statyba", "Trondheim", "Modellgata"]) expect(mail.text).not.toContain(word);
    }
    const rows = sqlite.prepare("select user_id, case_kind, emailed_at from notifications where kind = 'daily_digest' and case_ref = '2026-11-27'").all() as {
      user_id: number;
      case_kind: string;
      emailed_at: string | null;
    }[];
    expect(rows.map((r) => r.user_id).sort()).toEqual([norway.userId, lithuania.userId].sort());
    expect(rows.every((r) => r.case_kind === "digest" && r.emailed_at !== null)).toBe(true);

    // A second run the same day adds nothing.
    await expect(notifications.runDailyDigest({ now })).resolves.toMatchObject({ notified: 0, emailed: 0 });
    expect(fake.sent).toHaveLength(2);
  });

  it("still notifies in the app without SMTP settings, and sends nothing", async () => {
    const fake = fakeTransport();
    mailer.setMailTransport(fake.transport);
    const summary = await notifications.runDailyDigest({ now: new Date("2026-11-30T05:00:00Z") });
    expect(summary).toMatchObject({ date: "2026-11-30", notified: 2, emailed: 0 });
    expect(fake.sent).toEqual([]);
  });
});

/** A minimal SMTP server on the loopback address that accepts every message (no TLS, no login). */
async function smtpSink() {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    let buffer = "";
    let inData = false;
    let current = { from: "", to: [] as string[], data: "" };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 sink ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          messages.push(current);
          current = { from: "", to: [], data: "" };
          reply("250 queued");
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol === -1) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") reply("250 sink");
        else if (verb === "MAIL") {
          current.from = /<([^>]*)>/.exec(line)?.[1] ?? "";
          reply("250 ok");
        } else if (verb === "RCPT") {
          current.to.push(/<([^>]*)>/.exec(line)?.[1] ?? "");
          reply("250 ok");
        } else if (verb === "DATA") {
          inData = true;
          reply("354 go on");
        } else if (verb === "QUIT") {
          reply("221 bye");
          socket.end();
        } else reply("250 ok");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    port: typeof address === "object" && address ? address.port : 0,
    messages,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
