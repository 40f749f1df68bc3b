// The closed vocabularies of the product. The database stores these codes; the UI translates them
// (locale key `enum.<vocabulary>.<code>`). Keep codes stable: URLs, CSV exports and audit entries use them.

export const LOCALES = ["nb", "lt", "en"] as const;
export type Locale = (typeof LOCALES)[number];

/** Countries we know of: the agreement parties. Names come from Intl.DisplayNames, never from a table. */
export const PARTNER_COUNTRIES = ["NO", "LT", "BG", "EE", "LV", "PL", "RO"] as const;

export const AUTHORITY_KINDS = [
  "labour_inspection",
  "police",
  "tax",
  "immigration",
  "welfare",
  "customs",
  "road_authority",
  "social_insurance",
  "other",
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export const AGREEMENT_STATUSES = ["draft", "active", "superseded", "ended"] as const;

export const FUNDING_SOURCES = ["eea_norway_grants", "nlia_budget", "vdi_budget", "other"] as const;

export const ACTIVITY_KINDS = [
  "joint_meeting",
  "directors_general_meeting",
  "learning_seminar",
  "tripartite_seminar",
  "information_campaign",
  "information_day",
  "staff_exchange_learning",
  "staff_exchange_assistance",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_STATUSES = ["planned", "held", "cancelled"] as const;

export const EXCHANGE_TYPES = [
  "information_request",
  "inspection_request",
  "notification_request",
  "recovery_request",
  "alert",
] as const;
export type ExchangeType = (typeof EXCHANGE_TYPES)[number];

export const EXCHANGE_STATUSES = [
  "draft",
  "sent",
  "accepted",
  "clarification_requested",
  "answered",
  "partially_answered",
  "closed",
  "declined",
  "withdrawn",
  "forwarded",
] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

export const URGENCIES = ["standard", "urgent"] as const;

export const INSPECTION_STATUSES = [
  "draft",
  "requested",
  "accepted",
  "declined",
  "counter_proposed",
  "scheduled",
  "conducted",
  "reported",
  "closed",
  "withdrawn",
] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_MODES = ["joint", "concerted"] as const;

export const ENTERPRISE_RELATIONS = ["main_contractor", "subcontractor", "other"] as const;

export const SECTORS = [
  "construction",
  "cleaning",
  "electrical",
  "freight_transport",
  "shipbuilding",
  "agriculture",
  "fish_processing",
  "hospitality",
  "tour_buses",
  "automotive",
  "manufacturing",
  "other",
] as const;
export type Sector = (typeof SECTORS)[number];

export const RISK_INDICATORS = [
  "letterbox_company",
  "chain_of_subcontractors",
  "low_pay_suspected",
  "excessive_working_hours",
  "poor_housing",
  "missing_registration",
  "missing_a1",
  "safety_hazards",
  "earlier_violations",
  "tip_from_public",
  "other",
] as const;

export const VIOLATION_SOURCES = ["joint_inspection", "information_exchange", "joint_meeting", "other"] as const;
export type ViolationSource = (typeof VIOLATION_SOURCES)[number];

export const VIOLATION_CATEGORIES = [
  "pay",
  "working_time",
  "health_and_safety",
  "housing",
  "posting_registration",
  "work_permit_id",
  "undeclared_work",
  "social_security",
  "other",
] as const;
export type ViolationCategory = (typeof VIOLATION_CATEGORIES)[number];

export const SANCTIONS = ["order", "fine", "suspension", "police_report", "none"] as const;
export type Sanction = (typeof SANCTIONS)[number];

export const VIOLATION_STATUSES = ["open", "remedied", "appealed", "closed"] as const;

export const RIGHTS_DIRECTIONS = ["to-norway", "to-lithuania"] as const;
export type RightsDirection = (typeof RIGHTS_DIRECTIONS)[number];

export const RIGHTS_AUDIENCES = ["worker", "employer", "both"] as const;
export const RIGHTS_TOPIC_KINDS = ["topic", "sector"] as const;
export const CONTENT_STATUSES = ["draft", "published", "archived"] as const;

export const TIP_STATUSES = ["new", "triaged", "forwarded", "closed"] as const;

export const ROLES = ["contact_point", "coordinator", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const USER_STATUSES = ["active", "disabled"] as const;

export const CASE_KINDS = ["exchange", "inspection", "tip"] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CURRENCIES = ["EUR", "NOK"] as const;

/** Inbox views: cases still running, finished ones, or both. */
export const INBOX_VIEWS = ["open", "closed", "all"] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
