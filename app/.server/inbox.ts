// The contact point's inbox: information exchanges and joint inspections of the user's authority, incoming and
// outgoing, in one list sorted by due date. One due-date logic (app/domain/due-status) for both kinds.
import { dueStatus, type DueStatus } from "~/domain/due-status";
import { exchangeAwaitsReply } from "~/domain/exchange-workflow";
import { inspectionDeadline } from "~/domain/inspection-workflow";
import type { ExchangeStatus, ExchangeType, InboxView, InspectionStatus } from "~/domain/vocabulary";
import type { Locale } from "~/lib/i18n";
import { sqlite } from "./db";

export const INBOX_PAGE_SIZE = 25;

const FINAL_EXCHANGE = "('closed','declined','withdrawn','forwarded')";
const FINAL_INSPECTION = "('closed','declined','withdrawn')";

// The inspection date that can be missed, for sorting in SQL: the same rule as inspectionDeadline() in the domain
// (the partner's response while requested, the report once conducted); tests/integration/inbox checks they agree.
const INSPECTION_DUE_SQL = `case i.status when 'requested' then i.response_due_on when 'conducted' then i.report_due_on else null end`;

// Each branch reads one authority's cases through the (authority, status, due) indexes; drafts are the
// author's own and never shown to the partner.
const casesSql = (view: InboxView) => {
  const exchangeFilter = view === "open" ? `e.status not in ${FINAL_EXCHANGE}` : view === "closed" ? `e.status in ${FINAL_EXCHANGE}` : "1";
  const inspectionFilter = view === "open" ? `i.status not in ${FINAL_INSPECTION}` : view === "closed" ? `i.status in ${FINAL_INSPECTION}` : "1";
  const partnerName = (alias: string) => `case :locale when 'nb' then ${alias}.name_nb when 'lt' then ${alias}.name_lt else ${alias}.name_en end`;
  return `
    select * from (
      select 'exchange' as kind, e.ref, e.type as subtype, e.status, e.urgency, e.due_on as dueOn,
             'incoming' as direction, ${partnerName("pa")} as partner, e.sent_on as since
        from exchanges e join authorities pa on pa.id = e.requesting_authority_id
       where e.requested_authority_id = :authority and e.status <> 'draft' and ${exchangeFilter}
      union all
      select 'exchange', e.ref, e.type, e.status, e.urgency, e.due_on,
             'outgoing', ${partnerName("pa")}, e.sent_on
        from exchanges e join authorities pa on pa.id = e.requested_authority_id
       where e.requesting_authority_id = :authority and ${exchangeFilter}
      union all
      select 'inspection', i.ref, i.mode, i.status, null,
             ${INSPECTION_DUE_SQL},
             'incoming', ${partnerName("pa")}, i.requested_on
        from inspections i join authorities pa on pa.id = i.requesting_authority_id
       where i.partner_authority_id = :authority and i.status <> 'draft' and ${inspectionFilter}
      union all
      select 'inspection', i.ref, i.mode, i.status, null,
             ${INSPECTION_DUE_SQL},
             'outgoing', ${partnerName("pa")}, i.requested_on
        from inspections i join authorities pa on pa.id = i.partner_authority_id
       where i.requesting_authority_id = :authority and ${inspectionFilter}
    )
    order by dueOn is null, dueOn, since desc, ref
    limit :limit offset :offset`;
};

const statements = new Map<InboxView, ReturnType<typeof sqlite.prepare>>();
function statementFor(view: InboxView) {
  let statement = statements.get(view);
  if (!statement) {
    statement = sqlite.prepare(casesSql(view));
    statements.set(view, statement);
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

export function listInbox(authorityId: number, locale: Locale, options: { view: InboxView; page: number; today: string }) {
  const rows = statementFor(options.view).all({
    authority: authorityId,
    locale,
    limit: INBOX_PAGE_SIZE + 1,
    offset: (options.page - 1) * INBOX_PAGE_SIZE,
  }) as InboxRow[];
  return {
    items: rows.slice(0, INBOX_PAGE_SIZE).map((row) => ({ ...row, due: dueStatus(row.dueOn, options.today, clockRunning(row)) })),
    hasMore: rows.length > INBOX_PAGE_SIZE,
  };
}
