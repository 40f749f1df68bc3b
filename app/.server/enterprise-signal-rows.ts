// The signals list (/enterprises/signals) read from stored rows (migration 0016): one row per audience and
// enterprise it knows, holding that enterprise's signals as its page computes them (./enterprises
// `enterpriseSignalsFor`, the rules of app/domain/enterprise-signals). An audience is an authority and whether the
// viewer may read its tips from the public: tips are a signal only for those who may open them. Computing every enterprise per request
// cannot be both complete and fast at scale; docs/decisions/0082-stored-enterprise-signals.md.
//
// Fresh on every read, without recomputing on every write: triggers mark each enterprise a write may have changed
// (enterprise_signal_stale), and every read first recomputes the marked ones with the enterprises linked to them
// (a related enterprise's violations are a signal too), then the rows whose signals change by time alone
// (`signalsChangeOn`: a request becomes overdue, a tip stops being recent), then answers from the indexes. An audience's rows are computed
// in full on its first read (seconds at bench scale, once).
import { enterprises } from "../../db/schema";
import { enterpriseKey } from "~/domain/enterprise-access";
import type { Signal, SignalSort } from "~/domain/enterprise-signals";
import { recordAudit } from "./audit";
import { today } from "./clock";
import { db, sqlite } from "./db";
import { enterpriseKnownBy } from "./enterprise-access";
import { enterpriseSignalsFor, type EnterpriseViewer } from "./enterprises";

// Each row carries its signals' reasons and evidence links: 25 rows keep a page light enough to render fast.
export const SIGNALS_PAGE_SIZE = 25;

interface StoredRow {
  name: string;
  country: string;
  registrationNumber: string;
  signals: string;
  latestViolation: string | null;
}

const columns = `name, country, registration_number as registrationNumber, signals, latest_violation as latestViolation`;
// Each order is an index of migration 0016, so a page reads its rows in order instead of sorting them all.
const ORDER: Record<SignalSort, string> = {
  signals: "signal_count desc, name, enterprise_id",
  name: "name, enterprise_id",
  latest: "latest_violation desc, name, enterprise_id",
};

const statements = {
  anyStale: sqlite.prepare("select exists (select 1 from enterprise_signal_stale where enterprise_id > 0) as any").pluck(),
  stale: sqlite.prepare("select enterprise_id from enterprise_signal_stale").pluck(),
  clearStale: sqlite.prepare("delete from enterprise_signal_stale"),
  // Everything that may make two enterprises related (./enterprises `relatedEnterprises`), by their indexes.
  linked: sqlite
    .prepare(
      `select p2.enterprise_id from enterprise_people p1 join enterprise_people p2 on p2.person_key = p1.person_key where p1.enterprise_id = @id
       union select c2.enterprise_id from enterprise_contacts c1
         join enterprise_contacts c2 on c2.kind = c1.kind and c2.match_value = c1.match_value where c1.enterprise_id = @id
       union select successor_id from enterprise_successions where predecessor_id = @id
       union select predecessor_id from enterprise_successions where successor_id = @id`,
    )
    .pluck(),
  // Every audience with rows, complete or still being computed: a mark must reach the rows it already has.
  audiencesWithRows: sqlite.prepare("select authority_id as authorityId, with_tips as withTips from enterprise_signal_authorities"),
  isComplete: sqlite
    .prepare("select exists (select 1 from enterprise_signal_authorities where authority_id = @authority and with_tips = @withTips and complete = 1) as complete")
    .pluck(),
  begin: sqlite.prepare("insert or ignore into enterprise_signal_authorities (authority_id, with_tips) values (@authority, @withTips)"),
  complete: sqlite.prepare(
    "update enterprise_signal_authorities set complete = 1, computed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') where authority_id = @authority and with_tips = @withTips",
  ),
  anyDue: sqlite
    .prepare("select exists (select 1 from enterprise_signal_rows where authority_id = @authority and with_tips = @withTips and recompute_on <= @today) as any")
    .pluck(),
  due: sqlite.prepare("select enterprise_id from enterprise_signal_rows where authority_id = @authority and with_tips = @withTips and recompute_on <= @today").pluck(),
  upsert: sqlite.prepare(
    `insert into enterprise_signal_rows (authority_id, with_tips, enterprise_id, name, country, registration_number, signal_count, latest_violation, signals, recompute_on)
     values (@authority, @withTips, @enterprise, @name, @country, @registrationNumber, @signalCount, @latestViolation, @signals, @recomputeOn)
     on conflict (authority_id, with_tips, enterprise_id) do update set name = excluded.name, country = excluded.country,
       registration_number = excluded.registration_number, signal_count = excluded.signal_count,
       latest_violation = excluded.latest_violation, signals = excluded.signals, recompute_on = excluded.recompute_on`,
  ),
  remove: sqlite.prepare("delete from enterprise_signal_rows where authority_id = @authority and with_tips = @withTips and enterprise_id = @enterprise"),
  page: Object.fromEntries(
    Object.entries(ORDER).map(([sort, order]) => [
      sort,
      sqlite.prepare(
        `select ${columns} from enterprise_signal_rows where authority_id = @authority and with_tips = @withTips and signal_count > 0 order by ${order} limit @limit offset @offset`,
      ),
    ]),
  ) as Record<SignalSort, ReturnType<typeof sqlite.prepare>>,
};

/** Who a row is for: an authority, and whether the viewer may read its tips (stored as 0/1). */
export interface SignalAudience {
  authorityId: number;
  withTips: boolean;
}

function audienceParams(audience: SignalAudience) {
  return { authority: audience.authorityId, withTips: audience.withTips ? 1 : 0 };
}

/** Stores (or removes) one enterprise's row for one audience. */
function recompute(enterpriseId: number, audience: SignalAudience, todayIso: string): void {
  const found = enterpriseSignalsFor(enterpriseId, audience.authorityId, audience.withTips, todayIso);
  // A row is kept while it lists signals or will list some by time alone; otherwise there is nothing to store.
  if (!found || (found.signals.length === 0 && !found.recomputeOn)) {
    statements.remove.run({ ...audienceParams(audience), enterprise: enterpriseId });
    return;
  }
  statements.upsert.run({
    ...audienceParams(audience),
    enterprise: enterpriseId,
    name: found.enterprise.name,
    country: found.enterprise.country,
    registrationNumber: found.enterprise.registrationNumber,
    signalCount: found.signals.length,
    latestViolation: found.latestViolation,
    signals: JSON.stringify(found.signals),
    recomputeOn: found.recomputeOn,
  });
}

/** Enterprises recomputed per transaction while an audience's rows are first computed. */
const FIRST_COMPUTE_CHUNK = 250;

/**
 * Brings the audience's rows up to date: the marked enterprises and those linked to them (for every audience
 * with rows), the audience's rows due by date, and — on its first read — all enterprises its authority knows.
 * Nothing is written when nothing is due, so an ordinary read stays a read.
 */
export function refreshSignalRows(audience: SignalAudience, todayIso = today()): void {
  const params = audienceParams(audience);
  const complete = statements.isComplete.get(params) === 1;
  if (complete && statements.anyStale.get() !== 1 && statements.anyDue.get({ ...params, today: todayIso }) !== 1) return;
  // Immediate: two processes never recompute the same marks at once, and the marks read are the marks cleared.
  sqlite
    .transaction(() => {
      const marked = statements.stale.all() as number[];
      if (marked.length > 0) {
        const audiences = (statements.audiencesWithRows.all() as { authorityId: number; withTips: number }[]).map((a) => ({ authorityId: a.authorityId, withTips: a.withTips === 1 }));
        if (audiences.length > 0) {
          const changed = new Set<number>();
          for (const id of marked) {
            changed.add(id);
            for (const other of statements.linked.all({ id }) as number[]) changed.add(other);
          }
          for (const each of audiences) for (const id of changed) recompute(id, each, todayIso);
        }
        statements.clearStale.run();
      }
      for (const id of statements.due.all({ ...params, today: todayIso }) as number[]) recompute(id, audience, todayIso);
    })
    .immediate();
  if (!complete) computeAll(audience, todayIso);
}

/**
 * The first computation of an audience's rows, in short transactions so that writers are not held up for its
 * whole length (it takes seconds at scale). The audience is registered first: a write during the computation
 * marks its enterprises, and the next read recomputes them for this audience too.
 */
function computeAll(audience: SignalAudience, todayIso: string): void {
  const params = audienceParams(audience);
  statements.begin.run(params);
  const known = db.select({ id: enterprises.id }).from(enterprises).where(enterpriseKnownBy(audience.authorityId)).all();
  for (let start = 0; start < known.length; start += FIRST_COMPUTE_CHUNK) {
    sqlite
      .transaction(() => {
        for (const { id } of known.slice(start, start + FIRST_COMPUTE_CHUNK)) recompute(id, audience, todayIso);
      })
      .immediate();
  }
  statements.complete.run(params);
}

export interface SignalListRow {
  key: string;
  name: string;
  country: string;
  signals: Signal[];
  latestViolation: string | null;
}

/**
 * One page of the enterprises the viewer knows that have at least one signal, in the chosen order, and whether
 * another page follows (one row more is read; counting them all would read the authority's every row). Audited
 * as one list view.
 */
export function listEnterpriseSignals(viewer: EnterpriseViewer, options: { sort?: SignalSort; page?: number; pageSize?: number } = {}, todayIso = today()) {
  const sort = options.sort ?? "signals";
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? SIGNALS_PAGE_SIZE));
  const audience = { authorityId: viewer.authorityId, withTips: viewer.mayReadTips === true };
  refreshSignalRows(audience, todayIso);
  const stored = statements.page[sort].all({ ...audienceParams(audience), limit: pageSize + 1, offset: (page - 1) * pageSize }) as StoredRow[];
  const rows: SignalListRow[] = stored.slice(0, pageSize).map((r) => ({
    key: enterpriseKey(r),
    name: r.name,
    country: r.country,
    signals: JSON.parse(r.signals) as Signal[],
    latestViolation: r.latestViolation,
  }));
  recordAudit({ userId: viewer.userId, authorityId: viewer.authorityId, action: "enterprise_signals.viewed", entity: "enterprise", entityId: null, ipAddress: viewer.ipAddress, detail: { count: rows.length, page, sort } });
  return { rows, page, hasNext: stored.length > pageSize };
}
