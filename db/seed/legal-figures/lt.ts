// Lithuania: minimum wage, posting notifications, long postings and working time. The Labour Code (Darbo
// kodeksas) has no per-article deep links on e-tar.lt, so its records name the article in the note.
import type { LegalFigure } from "~/domain/legal-figures";

const LABOUR_CODE = "https://www.e-tar.lt/portal/lt/legalAct/f6d686707e7011e6b969d7ae07280e89/asr";
const VDI_POSTING_NOTIFICATION = "https://www.vdi.lt/Forms/Tekstas1.aspx?Tekstai_ID=2921";
const VDI_LDU_NOTICE = "https://www.vdi.lt/Forms/Tema.aspx?Tema_ID=54";
const SODRA_INSURED_INCOME = "https://www.sodra.lt/lt/situacijos/informacija-draudejams/draudziamuju-pajamu-dydziai";

const checked = { checkedOn: "2026-12-02", checkedBy: "portal content team" } as const;
const since = "2026-01-01";

function labourCode(key: string, topic: string, value: number, unit: LegalFigure["unit"], note: string): LegalFigure {
  return { key, country: "LT", topic, value, unit, validFrom: since, source: LABOUR_CODE, ...checked, note };
}

export const LITHUANIA_FIGURES: LegalFigure[] = [
  {
    key: "lt.minimum-monthly-wage",
    country: "LT",
    topic: "pay",
    value: 115_300,
    unit: "money",
    currency: "EUR",
    validFrom: "2026-01-01",
    source: SODRA_INSURED_INCOME,
    ...checked,
    note: "Minimum monthly wage (MMA), gross, for full-time work; it may be paid only for unskilled work (Labour Code Art. 141).",
  },
  {
    key: "lt.minimum-monthly-wage",
    country: "LT",
    topic: "pay",
    value: 103_800,
    unit: "money",
    currency: "EUR",
    validFrom: "2025-01-01",
    validTo: "2025-12-31",
    source: SODRA_INSURED_INCOME,
    ...checked,
    note: "Minimum monthly wage (MMA), gross, for full-time work; it may be paid only for unskilled work (Labour Code Art. 141).",
  },
  {
    key: "lt.minimum-hourly-wage",
    country: "LT",
    topic: "pay",
    value: 705,
    unit: "money-per-hour",
    currency: "EUR",
    validFrom: "2026-01-01",
    source: SODRA_INSURED_INCOME,
    ...checked,
    note: "Minimum hourly pay (MVA), gross; for unskilled work only.",
  },
  {
    key: "lt.minimum-hourly-wage",
    country: "LT",
    topic: "pay",
    value: 635,
    unit: "money-per-hour",
    currency: "EUR",
    validFrom: "2025-01-01",
    validTo: "2025-12-31",
    source: SODRA_INSURED_INCOME,
    ...checked,
    note: "Minimum hourly pay (MVA), gross; for unskilled work only.",
  },
  {
    key: "lt.vdi-notification.posting-days",
    country: "LT",
    topic: "posting-notification",
    value: 30,
    unit: "days",
    validFrom: "2020-07-30",
    source: VDI_POSTING_NOTIFICATION,
    ...checked,
    note: "A foreign employer notifies VDI before work starts of a posting longer than this, and of any construction work whatever its length.",
  },
  {
    key: "lt.vdi-notification.change-working-days",
    country: "LT",
    topic: "posting-notification",
    value: 1,
    unit: "working-days",
    validFrom: "2020-07-30",
    source: VDI_POSTING_NOTIFICATION,
    ...checked,
    note: "An amended notification is sent to VDI within this many working days of a change in the posting's conditions.",
  },
  {
    key: "lt.ldu.working-days-before",
    country: "LT",
    topic: "posting-notification",
    value: 1,
    unit: "working-days",
    validFrom: since,
    source: VDI_LDU_NOTICE,
    ...checked,
    note: "The receiving company in Lithuania files the LDU notice through Sodra's EDAS at least this many working days before the posted worker starts.",
  },
  labourCode("lt.long-posting.months", "long-postings", 12, "months", "After a posting has lasted this long, all Lithuanian labour law applies with a few exceptions (Labour Code Art. 108)."),
  labourCode("lt.long-posting.extended-months", "long-postings", 18, "months", "The limit above moves to this length on the employer's reasoned notification to VDI (Labour Code Art. 108)."),
  labourCode("lt.working-time.weekly-hours", "working-time-and-rest", 40, "hours-per-week", "Normal working time per week (Labour Code Art. 112)."),
  labourCode("lt.working-time.max-average-weekly-hours", "working-time-and-rest", 48, "hours", "Average working time per 7 days including overtime may not exceed this (Labour Code Art. 114)."),
  labourCode("lt.working-time.max-daily-hours", "working-time-and-rest", 12, "hours", "Maximum working time in a working day or shift, overtime included (Labour Code Art. 114)."),
  labourCode("lt.working-time.max-hours-per-7-days", "working-time-and-rest", 60, "hours", "Maximum working time in any 7 days, overtime included (Labour Code Art. 114)."),
  labourCode("lt.working-time.week-period-days", "working-time-and-rest", 7, "days", "The period over which the Labour Code counts its weekly limits: maximum and average working time (Art. 114) and overtime (Art. 119) apply per this many days."),
  labourCode("lt.rest.daily-hours", "working-time-and-rest", 11, "hours", "Uninterrupted daily rest between working days (Labour Code Art. 122)."),
  labourCode("lt.rest.weekly-hours", "working-time-and-rest", 35, "hours", "Uninterrupted weekly rest (Labour Code Art. 122)."),
  labourCode("lt.overtime.max-hours-per-7-days", "overtime", 8, "hours", "Overtime may not exceed this in 7 days unless the worker agrees to more (Labour Code Art. 119)."),
  labourCode("lt.overtime.max-hours-per-7-days-with-consent", "overtime", 12, "hours", "Overtime in 7 days with the worker's consent (Labour Code Art. 119)."),
  labourCode("lt.overtime.max-hours-per-year", "overtime", 180, "hours", "Overtime in a year, unless a collective agreement sets otherwise (Labour Code Art. 119)."),
  labourCode("lt.overtime.pay-percent", "overtime", 150, "percent", "Overtime and night work are paid at least this share of the worker's pay (Labour Code Art. 144)."),
  labourCode("lt.rest-day-work.pay-percent", "overtime", 200, "percent", "Work on a rest day or a public holiday not in the schedule is paid at least this share of the pay (Labour Code Art. 144)."),
];
