// The contact point's inbox: information exchanges and joint inspections of the user's authority, incoming and
// outgoing, in one list. One due-date logic (app/domain/due-status) for both kinds.
// Speed at scale: each branch reads its own page through an index in the list's order (open exchanges walk a
// partial index in due-date order) and the branches are merged, so no request sorts an authority's history.
import { dueStatus, type DueStatus } from "~/domain/due-status";
import { exchangeAwaitsReply } from "~/domain/exchange-workflow";
import { inspectionDeadline } from "~/domain/inspection-workflow";
import type { ExchangeStatus, ExchangeType, InboxView, InspectionStatus } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { sqlite } from "./db";

export const INBOX_PAGE_SIZE = 25;

export interface InboxFilter {
  view: InboxView;
  /** An exchange or inspection status. */
  status?: string;
  /** An exchange type, or `inspection`. */
  kind?: string;
  direction?: "incoming" | "outgoing";
  partnerId?: number;
  due?: "overdue" | "week";
}

// Must match the partial indexes' WHERE clause (migration 0004) term for term, or SQLite will not use them.
const OPEN_EXCHANGE = "('draft', 'sent', 'accepted', 'clarification_requested', 'answered', 'partially_answered')";
const FINAL_EXCHANGE = "('closed', 'declined', 'withdrawn', 'forwarded')";
const AWAITING_EXCHANGE = "('sent', 'accepted', 'clarification_requested')";
const FINAL_INSPECTION = "('closed', 'declined', 'withdrawn')";
// The inspection date that can be missed, for sorting in SQL: the same rule as inspectionDeadline() in the domain
// (the partner's response while requested, the report once conducted); tests/integration/inbox checks they agree.
const INSPECTION_DUE_SQL = "(case i.status when 'requested' then i.response_due_on when 'conducted' then i.report_due_on else null end)";
const partnerName = (alias: string) => `case :locale when 'nb' then ${alias}.name_nb when 'lt' then ${alias}.name_lt else ${alias}.name_en end`;

/** The WHERE terms of an exchange branch: the list and the count share them, so they always agree. */
function exchangeWhere(direction: "incoming" | "outgoing", filter: InboxFilter): string[] {
  const mine = direction === "incoming" ? "e.requested_authority_id" : "e.requesting_authority_id";
  const theirs = direction === "incoming" ? "e.requesting_authority_id" : "e.requested_authority_id";
  const where = [`${mine} = :authority`];
  if (direction === "incoming") where.push("e.status <> 'draft'");
  if (filter.view === "open") where.push(`e.status in ${OPEN_EXCHANGE}`);
  if (filter.view === "closed") where.push(`e.status in ${FINAL_EXCHANGE}`);
  if (filter.status) where.push("e.status = :status");
  if (filter.kind) where.push("e.type = :kind");
  if (filter.partnerId) where.push(`${theirs} = :partner`);
  if (filter.due === "overdue") where.push(`e.status in ${AWAITING_EXCHANGE} and e.type <> 'alert' and e.due_on < :today`);
  if (filter.due === "week") where.push(`e.status in ${AWAITING_EXCHANGE} and e.type <> 'alert' and e.due_on between :today and :weekEnd`);
  return where;
}

function exchangeBranch(direction: "incoming" | "outgoing", filter: InboxFilter): string {
  const theirs = direction === "incoming" ? "e.requesting_authority_id" : "e.requested_authority_id";
  const order = filter.view === "open" ? "e.due_on" : "e.sent_on desc, e.id desc";
  return `select * from (
    select 'exchange' as kind, e.ref, e.type as subtype, e.status, e.urgency, e.due_on as dueOn, '${direction}' as direction,
           ${partnerName("pa")} as partner, e.sent_on as since
      from exchanges e join authorities pa on pa.id = ${theirs}
     where ${exchangeWhere(direction, filter).join(" and ")}
     order by ${order} limit :take)`;
}

function inspectionWhere(direction: "incoming" | "outgoing", filter: InboxFilter): string[] {
  const mine = direction === "incoming" ? "i.partner_authority_id" : "i.requesting_authority_id";
  const theirs = direction === "incoming" ? "i.requesting_authority_id" : "i.partner_authority_id";
  const where = [`${mine} = :authority`];
  if (direction === "incoming") where.push("i.status <> 'draft'");
  if (filter.view === "open") where.push(`i.status not in ${FINAL_INSPECTION}`);
  if (filter.view === "closed") where.push(`i.status in ${FINAL_INSPECTION}`);
  if (filter.status) where.push("i.status = :status");
  if (filter.partnerId) where.push(`${theirs} = :partner`);
  if (filter.due === "overdue") where.push(`${INSPECTION_DUE_SQL} < :today`);
  if (filter.due === "week") where.push(`${INSPECTION_DUE_SQL} between :today and :weekEnd`);
  return where;
}

function inspectionBranch(direction: "incoming" | "outgoing", filter: InboxFilter): string {
  const theirs = direction === "incoming" ? "i.requesting_authority_id" : "i.partner_authority_id";
  const order = filter.view === "open" ? INSPECTION_DUE_SQL : "i.requested_on desc, i.id desc";
  return `select * from (
    select 'inspection' as kind, i.ref, i.mode as subtype, i.status, null as urgency, ${INSPECTION_DUE_SQL} as dueOn,
           '${direction}' as direction, ${partnerName("pa")} as partner, i.requested_on as since
      from inspections i join authorities pa on pa.id = ${theirs}
     where ${inspectionWhere(direction, filter).join(" and ")}
     order by ${order} limit :take)`;
}

/** The directions and kinds of case a filter lists: one branch each. */
function branchesOf(filter: InboxFilter) {
  const directions = filter.direction ? [filter.direction] : (["incoming", "outgoing"] as const);
  const wantsExchanges = !filter.kind || filter.kind !== "inspection";
  const wantsInspections = !filter.kind || filter.kind === "inspection";
  const exchangeFilter = { ...filter, kind: filter.kind === "inspection" ? undefined : filter.kind };
  return directions.flatMap((direction) => [
    ...(wantsExchanges ? [{ kind: "exchange" as const, direction, filter: exchangeFilter }] : []),
    ...(wantsInspections ? [{ kind: "inspection" as const, direction, filter }] : []),
  ]);
}

/** The SQL of one inbox page for a filter (exported for the query-plan test). */
export function inboxSql(filter: InboxFilter): string {
  const branches = branchesOf(filter).map((b) => (b.kind === "exchange" ? exchangeBranch(b.direction, b.filter) : inspectionBranch(b.direction, b.filter)));
  const order = filter.view === "open" ? "dueOn is null, dueOn, since desc, ref" : "since desc, ref desc";
  return `select * from (${branches.join(" union all ")}) order by ${order} limit :limit offset :offset`;
}

/**
 * The SQL counting what a filter lists, all pages together (exported for the query-plan test): the branches' own
 * WHERE terms, counted where they are, without the list's joins and sorting.
 */
export function inboxCountSql(filter: InboxFilter): string {
  const counts = branchesOf(filter).map((b) => {
    if (b.kind === "inspection") return `(select count(*) from inspections i where ${inspectionWhere(b.direction, b.filter).join(" and ")})`;
    // The cases whose reply clock runs have a partial index (migration 0005) that answers the count without
    // reading a row; SQLite rates it no better than the full index with the same columns, so it is named here
    // (INDEXED BY also fails the statement loudly should that index ever go).
    const awaiting = b.direction === "incoming" && b.filter.due !== undefined;
    // A due filter keeps only cases awaiting a reply (a subset of the open, sent ones), so the broader status
    // terms the list needs for its own index say nothing more here; left in, they make SQLite test every entry
    // several times (6x slower on 200,000 exchanges).
    const where = exchangeWhere(b.direction, b.filter).filter((term) => !awaiting || (term !== "e.status <> 'draft'" && term !== `e.status in ${OPEN_EXCHANGE}`));
    return `(select count(*) from exchanges e${awaiting ? " indexed by exchanges_awaiting_reply_idx" : ""} where ${where.join(" and ")})`;
  });
  return `select ${counts.join(" + ")} as n`;
}

const statements = new Map<string, ReturnType<typeof sqlite.prepare>>();
function statementFor(filter: InboxFilter) {
  // One prepared statement per filter shape (which clauses are present), not per value.
  const shape = JSON.stringify([filter.view, !!filter.status, filter.kind === "inspection" ? "i" : filter.kind ? "e" : "", filter.direction ?? "", !!filter.partnerId, filter.due ?? ""]);
  let statement = statements.get(shape);
  if (!statement) {
    statement = sqlite.prepare(inboxSql(filter));
    statements.set(shape, statement);
  }
  return statement;
}

interface InboxRow {
  kind: "exchange" | "inspection";
  ref: string;
  subtype: string;
  status: string;
  urgency: string | null;
  dueOn: string | null;
  direction: "incoming" | "outgoing";
  partner: string;
  since: string | null;
}

export interface InboxItem extends InboxRow {
  due: DueStatus;
}

/** Whether the case's clock is running for someone (a due date that can be missed). */
function clockRunning(row: InboxRow): boolean {
  if (row.kind === "exchange") return exchangeAwaitsReply({ status: row.status as ExchangeStatus, type: row.subtype as ExchangeType });
  return inspectionDeadline(row.status as InspectionStatus) !== null;
}

function endOfWeek(today: string): string {
  const date = new Date(`${today}T00:00:00Z`);
  const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  date.setUTCDate(date.getUTCDate() + (7 - weekday));
  return date.toISOString().slice(0, 10);
}

export function listInbox(authorityId: number, locale: Locale, options: InboxFilter & { page: number; today: string }) {
  const offset = (options.page - 1) * INBOX_PAGE_SIZE;
  const rows = statementFor(options).all({
    authority: authorityId,
    locale,
    status: options.status ?? null,
    kind: options.kind && options.kind !== "inspection" ? options.kind : null,
    partner: options.partnerId ?? null,
    today: options.today,
    weekEnd: endOfWeek(options.today),
    take: offset + INBOX_PAGE_SIZE + 1,
    limit: INBOX_PAGE_SIZE + 1,
    offset,
  }) as InboxRow[];
  return {
    items: rows.slice(0, INBOX_PAGE_SIZE).map((row) => ({ ...row, due: dueStatus(row.dueOn, options.today, clockRunning(row)) })),
    hasMore: rows.length > INBOX_PAGE_SIZE,
  };
}

// The same partial index as the overdue count (see inboxCountSql).
const awaitingCount = sqlite.prepare(`
  select (select count(*) from exchanges indexed by exchanges_awaiting_reply_idx where requested_authority_id = :authority and status in ${AWAITING_EXCHANGE} and type <> 'alert')
       + (select count(*) from inspections where partner_authority_id = :authority and status = 'requested') as awaiting`);

/**
 * What the overdue badge counts and what its link lists: one filter for both, so they can never disagree. The
 * cases sent to the authority whose deadline has passed while the clock still runs.
 */
export const OVERDUE_INBOX_FILTER = { view: "open", direction: "incoming", due: "overdue" } as const satisfies InboxFilter;

/** How many cases a filter lists, all pages together: the same WHERE terms as the list itself. */
export function countInbox(authorityId: number, filter: InboxFilter, today: string): number {
  const shape = `count:${JSON.stringify(filter)}`;
  let statement = statements.get(shape);
  if (!statement) {
    statement = sqlite.prepare(inboxCountSql(filter));
    statements.set(shape, statement);
  }
  const parameters: Record<string, unknown> = { authority: authorityId };
  if (filter.status) parameters.status = filter.status;
  if (filter.kind && filter.kind !== "inspection") parameters.kind = filter.kind;
  if (filter.partnerId) parameters.partner = filter.partnerId;
  if (filter.due) parameters.today = today;
  if (filter.due === "week") parameters.weekEnd = endOfWeek(today);
  const row = statement.get(parameters) as { n: number };
  return row.n;
}

/** For the navigation: cases waiting for the authority's reply, and how many cases the overdue link lists. */
export function inboxCounts(authorityId: number, today: string): { awaiting: number; overdue: number } {
  const { awaiting } = awaitingCount.get({ authority: authorityId }) as { awaiting: number };
  return { awaiting, overdue: countInbox(authorityId, OVERDUE_INBOX_FILTER, today) };
}
