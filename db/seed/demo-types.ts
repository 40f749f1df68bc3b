// Shapes of the demo data. Rows refer to each other by natural key (authority slug, agreement slug,
// enterprise key, case ref), never by database id, so the data reads on its own and seeding can upsert.
import type {
  ACTIVITY_STATUSES,
  ActivityKind,
  AGREEMENT_STATUSES,
  AuthorityKind,
  CURRENCIES,
  ENTERPRISE_RELATIONS,
  ExchangeStatus,
  ExchangeType,
  FUNDING_SOURCES,
  InspectionStatus,
  Locale,
  RISK_INDICATORS,
  Role,
  Sanction,
  Sector,
  URGENCIES,
  VIOLATION_STATUSES,
  ViolationCategory,
} from "../../app/domain/vocabulary";

/** ISO `YYYY-MM-DD`. */
export type IsoDate = string;

export interface TextInThreeLanguages {
  nb: string;
  lt: string;
  en: string;
}

export interface DemoAuthority {
  slug: string;
  country: string;
  kind: AuthorityKind;
  name: TextInThreeLanguages;
  shortName: string;
  /** Function mailbox, switchboard and site; null where no public address is known for certain. */
  email: string | null;
  phone: string | null;
  website: string | null;
}

export interface DemoAgreement {
  slug: string;
  partyA: string;
  partyB: string;
  signedOn: IsoDate | null;
  supersedes: string | null;
  status: (typeof AGREEMENT_STATUSES)[number];
  title: TextInThreeLanguages;
  scope: TextInThreeLanguages;
  inspectionResponseDays: number;
}

export interface DemoFundingSource {
  source: (typeof FUNDING_SOURCES)[number];
  shareBasisPoints: number;
  amountCents: number | null;
}

export interface DemoPeriod {
  agreement: string;
  slug: string;
  name: TextInThreeLanguages;
  startsOn: IsoDate;
  endsOn: IsoDate;
  budgetCents: number | null;
  objectives: TextInThreeLanguages;
  funding: DemoFundingSource[];
  /** Metric key → target value. */
  targets: Record<string, number>;
}

export interface DemoUser {
  email: string;
  displayName: string;
  authority: string | null;
  preferredLocale: Locale;
  roles: { role: Role; agreement: string | null }[];
}

export interface DemoEnterprise {
  key: string;
  country: "NO" | "LT";
  registrationNumber: string;
  name: string;
  address: string;
}

export interface DemoFine {
  amountCents: number;
  currency: (typeof CURRENCIES)[number];
}

/** A violation; its source and source link come from where it is nested (inspection, exchange, meeting). */
export interface DemoViolation {
  enterprise: string;
  recordedBy: string;
  category: ViolationCategory;
  legalReference: string;
  description: string;
  foundOn: IsoDate;
  sanction: Sanction;
  fine: DemoFine | null;
  status: (typeof VIOLATION_STATUSES)[number];
}

export interface DemoParticipant {
  /** An authority slug, or an organisation that is not in the register (social partners). */
  authority?: string;
  organisation?: string;
  count: number;
}

export interface DemoActivity {
  agreement: string;
  kind: ActivityKind;
  status: (typeof ACTIVITY_STATUSES)[number];
  title: string;
  startsOn: IsoDate;
  endsOn: IsoDate | null;
  place: string;
  country: string | null;
  summary: string;
  participants: DemoParticipant[];
  violations: DemoViolation[];
}

export interface DemoExchange {
  ref: string;
  agreement: string;
  requesting: string;
  requested: string;
  type: ExchangeType;
  urgency: (typeof URGENCIES)[number];
  status: ExchangeStatus;
  subject: string;
  enterprise: string | null;
  postedWorkersCount: number | null;
  sentOn: IsoDate;
  dueOn: IsoDate;
  /** Dates of the later steps; each one present means that transition happened. */
  acceptedOn: IsoDate | null;
  answeredOn: IsoDate | null;
  closedOn: IsoDate | null;
  violations: DemoViolation[];
}

export interface DemoInspectionEnterprise {
  enterprise: string;
  relation: (typeof ENTERPRISE_RELATIONS)[number];
}

export interface DemoInspectionReport {
  /** Findings per enterprise, written by the inspectorate of the side that checked it. */
  findings: { enterprise: string; authority: string; findings: string; documentsInspected: string }[];
  workerCounts: { enterprise: string; originCountry: string; count: number }[];
}

export interface DemoInspection {
  ref: string;
  agreement: string;
  requesting: string;
  partner: string;
  hostCountry: "NO" | "LT";
  status: InspectionStatus;
  sector: Sector;
  siteAddress: string;
  municipality: string;
  reasons: string;
  riskIndicators: (typeof RISK_INDICATORS)[number][];
  proposedFrom: IsoDate;
  proposedTo: IsoDate;
  languageNeeds: string;
  interpreterNeeded: boolean;
  enterprises: DemoInspectionEnterprise[];
  /** Agencies taking part, by country and authority kind. */
  agencies: { country: string; agencyKind: AuthorityKind }[];
  requestedOn: IsoDate;
  responseDueOn: IsoDate;
  /** Dates of the later steps; each one present means that transition happened. */
  acceptedOn: IsoDate | null;
  scheduledOn: IsoDate | null;
  conductedOn: IsoDate | null;
  reportDueOn: IsoDate | null;
  reportedOn: IsoDate | null;
  closedOn: IsoDate | null;
  /** The agreed plan, once scheduled. */
  plan: { meetingPoint: string; visitingOfficialsRole: string; documentsToRequest: string } | null;
  report: DemoInspectionReport | null;
  violations: DemoViolation[];
}
