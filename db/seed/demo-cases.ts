// Demo enterprises and cases. The 2017–18 cases of `no-lt` reproduce the published outcome exactly:
// 4 joint inspections, 10 information exchanges and, with the one joint-meeting violation in
// demo-activities.ts, 10 violations (5 from joint inspections, 4 from exchanges, 1 from a joint meeting).
// The pilot 2016–17 has 1 inspection and 2 exchanges without violations; 2026 has open cases for the inbox.
// All enterprises are fictional; their numbers are computed to pass the checksum (demo-identifiers.ts).
import { exchangeDueDate } from "../../app/domain/exchange-workflow";
import { lithuanianCompanyCodeFrom, norwegianOrganisationNumberFrom } from "./demo-identifiers";
import type { DemoEnterprise, DemoExchange, DemoInspection } from "./demo-types";

/** Countries of the authorities that demo exchanges are sent to: the reply is due in their working days. */
const REQUESTED_COUNTRY: Record<string, string> = { nlia: "NO", vdi: "LT", pip: "PL" };

// ---------------------------------------------------------------------------------------------------------
// Enterprises

export const demoEnterprises: DemoEnterprise[] = [
  {
    key: "demo-bygg",
    country: "NO",
    registrationNumber: norwegianOrganisationNumberFrom(91_234_560),
    name: "Demo Bygg AS",
    address: "Eksempelveien 1, 0150 Oslo",
  },
  {
    key: "fiktiv-renhold",
    country: "NO",
    registrationNumber: norwegianOrganisationNumberFrom(91_234_570),
    name: "Fiktiv Renhold AS",
    address: "Prøvegata 12, 5003 Bergen",
  },
  {
    key: "eksempel-fisk",
    country: "NO",
    registrationNumber: norwegianOrganisationNumberFrom(91_234_580),
    name: "Eksempel Fisk AS",
    address: "Kaiveien 4, 6002 Ålesund",
  },
  {
    key: "prove-elektro",
    country: "NO",
    registrationNumber: norwegianOrganisationNumberFrom(91_234_590),
    name: "Prøve Elektro AS",
    address: "Testveien 8, 4006 Stavanger",
  },
  {
    key: "demo-entreprenor",
    country: "NO",
    registrationNumber: norwegianOrganisationNumberFrom(91_234_600),
    name: "Demo Entreprenør AS",
    address: "Modellgata 3, 7010 Trondheim",
  },
  {
    key: "demo-statyba",
    country: "LT",
    registrationNumber: lithuanianCompanyCodeFrom(30_412_001),
    name: "UAB „Demo statyba“",
    address: "Pavyzdžio g. 1, LT-44280 Kaunas",
  },
  {
    key: "pavyzdine-apdaila",
    country: "LT",
    registrationNumber: lithuanianCompanyCodeFrom(30_412_002),
    name: "UAB „Pavyzdinė apdaila“",
    address: "Bandomoji g. 5, LT-01100 Vilnius",
  },
  {
    key: "fiktyvus-personalas",
    country: "LT",
    registrationNumber: lithuanianCompanyCodeFrom(30_412_003),
    name: "UAB „Fiktyvus personalas“",
    address: "Pavyzdžio g. 14, LT-91100 Klaipėda",
  },
  {
    key: "bandomasis-transportas",
    country: "LT",
    registrationNumber: lithuanianCompanyCodeFrom(30_412_004),
    name: "UAB „Bandomasis transportas“",
    address: "Demonstracinė g. 2, LT-76100 Šiauliai",
  },
  {
    key: "demo-valymas",
    country: "LT",
    registrationNumber: lithuanianCompanyCodeFrom(30_412_005),
    name: "UAB „Demo valymas“",
    address: "Pavyzdžio g. 20, LT-35100 Panevėžys",
  },
];

// ---------------------------------------------------------------------------------------------------------
// Information exchanges

type ExchangeInput = Omit<DemoExchange, "dueOn" | "urgency" | "violations"> &
  Partial<Pick<DemoExchange, "urgency" | "violations">>;

/** An exchange (standard urgency unless given) whose reply is due by the portal's one rule (25 working days). */
function exchange(input: ExchangeInput): DemoExchange {
  const urgency = input.urgency ?? "standard";
  const requestedCountry = REQUESTED_COUNTRY[input.requested];
  if (!requestedCountry) throw new Error(`demo exchange ${input.ref}: no country for "${input.requested}"`);
  const due = exchangeDueDate({ type: input.type, requestedCountry, sentOn: input.sentOn, urgency });
  if (!due) throw new Error(`demo exchange ${input.ref}: an alert has no due date`);
  return {
    violations: [],
    ...input,
    urgency,
    dueOn: due.due,
  };
}

const pilotExchanges: DemoExchange[] = [
  exchange({
    ref: "EX-NO-LT-2016-0001",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "closed",
    subject: "Registration of UAB „Demo statyba“ and of its workers posted to Oslo",
    enterprise: "demo-statyba",
    postedWorkersCount: 8,
    sentOn: "2016-10-20",
    acceptedOn: "2016-10-24",
    answeredOn: "2016-11-15",
    closedOn: "2016-11-17",
  }),
  exchange({
    ref: "EX-NO-LT-2016-0002",
    agreement: "no-lt",
    requesting: "vdi",
    requested: "nlia",
    type: "information_request",
    status: "closed",
    subject: "Contracts between Demo Bygg AS and its Lithuanian subcontractor",
    enterprise: "demo-bygg",
    postedWorkersCount: null,
    sentOn: "2016-12-05",
    acceptedOn: "2016-12-08",
    answeredOn: "2017-01-05",
    closedOn: "2017-01-09",
  }),
];

const programmeExchanges: DemoExchange[] = [
  exchange({
    ref: "EX-NO-LT-2017-0001",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "closed",
    subject: "Registration and social insurance of workers posted by UAB „Demo statyba“",
    enterprise: "demo-statyba",
    postedWorkersCount: 14,
    sentOn: "2017-06-19",
    acceptedOn: "2017-06-21",
    answeredOn: "2017-07-10",
    closedOn: "2017-07-12",
    violations: [
      {
        enterprise: "demo-statyba",
        recordedBy: "vdi",
        category: "social_security",
        legalReference: "Lietuvos Respublikos valstybinio socialinio draudimo įstatymas",
        description:
          "Four of the workers posted to Norway had not been declared for state social insurance in Lithuania.",
        foundOn: "2017-07-06",
        sanction: "fine",
        fine: { amountCents: 45_000, currency: "EUR" },
        status: "closed",
      },
    ],
  }),
  exchange({
    ref: "EX-NO-LT-2017-0002",
    agreement: "no-lt",
    requesting: "vdi",
    requested: "nlia",
    type: "information_request",
    status: "closed",
    subject: "Contracts between Demo Bygg AS and Lithuanian subcontractors",
    enterprise: "demo-bygg",
    postedWorkersCount: null,
    sentOn: "2017-08-07",
    acceptedOn: "2017-08-09",
    answeredOn: "2017-08-30",
    closedOn: "2017-09-01",
  }),
  exchange({
    ref: "EX-NO-LT-2017-0003",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "inspection_request",
    status: "closed",
    subject: "Check of pay and allowances at a staffing agency hiring out workers to Norway",
    enterprise: "fiktyvus-personalas",
    postedWorkersCount: 21,
    sentOn: "2017-09-18",
    acceptedOn: "2017-09-20",
    answeredOn: "2017-10-19",
    closedOn: "2017-10-24",
    violations: [
      {
        enterprise: "fiktyvus-personalas",
        recordedBy: "vdi",
        category: "pay",
        legalReference: "Lietuvos Respublikos darbo kodeksas (darbo užmokestis)",
        description:
          "Daily allowances and overtime pay for work in Norway had not been paid in full; the agency was ordered " +
          "to pay the difference.",
        foundOn: "2017-10-12",
        sanction: "order",
        fine: null,
        status: "remedied",
      },
    ],
  }),
  exchange({
    ref: "EX-NO-LT-2017-0004",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "closed",
    subject: "Is UAB „Pavyzdinė apdaila“ genuinely active in Lithuania?",
    enterprise: "pavyzdine-apdaila",
    postedWorkersCount: 9,
    sentOn: "2017-10-30",
    acceptedOn: "2017-11-03",
    // Answered after the due date (2017-12-04): one of the late replies.
    answeredOn: "2017-12-12",
    closedOn: "2017-12-14",
  }),
  exchange({
    ref: "EX-NO-LT-2017-0005",
    agreement: "no-lt",
    requesting: "vdi",
    requested: "nlia",
    type: "information_request",
    status: "closed",
    subject: "Working conditions reported by Lithuanian workers at a fish-processing plant",
    enterprise: "eksempel-fisk",
    postedWorkersCount: null,
    sentOn: "2017-11-28",
    acceptedOn: "2017-11-30",
    answeredOn: "2017-12-20",
    closedOn: "2018-01-03",
  }),
  exchange({
    ref: "EX-NO-LT-2018-0001",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "closed",
    subject: "Employment status of drivers of UAB „Bandomasis transportas“",
    enterprise: "bandomasis-transportas",
    postedWorkersCount: 6,
    sentOn: "2018-02-05",
    acceptedOn: "2018-02-07",
    answeredOn: "2018-03-01",
    closedOn: "2018-03-05",
    violations: [
      {
        enterprise: "bandomasis-transportas",
        recordedBy: "vdi",
        category: "undeclared_work",
        legalReference: "Lietuvos Respublikos užimtumo įstatymas (nelegalus darbas)",
        description:
          "Two drivers worked without written employment contracts (illegal work under Lithuanian law).",
        foundOn: "2018-02-27",
        sanction: "fine",
        fine: { amountCents: 150_000, currency: "EUR" },
        status: "closed",
      },
    ],
  }),
  exchange({
    ref: "EX-NO-LT-2018-0002",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "closed",
    subject: "Registration of cleaners posted by UAB „Demo valymas“",
    enterprise: "demo-valymas",
    postedWorkersCount: 7,
    sentOn: "2018-04-09",
    acceptedOn: "2018-04-11",
    answeredOn: "2018-05-08",
    closedOn: "2018-05-09",
  }),
  exchange({
    ref: "EX-NO-LT-2018-0003",
    agreement: "no-lt",
    requesting: "vdi",
    requested: "nlia",
    type: "inspection_request",
    status: "closed",
    subject: "Check of safety on an electrical installation site with Lithuanian workers",
    enterprise: "prove-elektro",
    postedWorkersCount: null,
    sentOn: "2018-06-11",
    acceptedOn: "2018-06-13",
    // Answered after the due date (2018-07-16), over the summer holidays: the other late reply.
    answeredOn: "2018-07-25",
    closedOn: "2018-07-27",
    violations: [
      {
        enterprise: "prove-elektro",
        recordedBy: "nlia",
        category: "health_and_safety",
        legalReference: "Arbeidsmiljøloven § 4-4",
        description:
          "Work at height without fall protection; the work was stopped until the scaffolding had been secured.",
        foundOn: "2018-07-10",
        sanction: "suspension",
        fine: null,
        status: "remedied",
      },
    ],
  }),
  exchange({
    ref: "EX-NO-LT-2018-0004",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "closed",
    subject: "Follow-up: payment of wages by UAB „Demo statyba“ after the order of September 2017",
    enterprise: "demo-statyba",
    postedWorkersCount: 10,
    sentOn: "2018-09-03",
    acceptedOn: "2018-09-05",
    answeredOn: "2018-09-27",
    closedOn: "2018-10-01",
  }),
  exchange({
    ref: "EX-NO-LT-2018-0005",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "closed",
    subject: "A1 certificates of workers hired out to fish processing",
    enterprise: "fiktyvus-personalas",
    postedWorkersCount: 18,
    sentOn: "2018-10-22",
    acceptedOn: "2018-10-24",
    answeredOn: "2018-11-20",
    closedOn: "2018-11-23",
  }),
];

/**
 * A request closed in 2025, more than six months ago: its personal data is hidden from contact points under the
 * retention rule (README, "Retention of personal data"), so the demo shows the notice. Outside every project period.
 */
const recentlyClosedExchanges: DemoExchange[] = [
  exchange({
    ref: "EX-NO-LT-2025-0001",
    agreement: "no-lt",
    requesting: "vdi",
    requested: "nlia",
    type: "information_request",
    status: "closed",
    subject: "Workers of UAB „Demo statyba“ at a building site in Bergen: A1 certificates and pay",
    enterprise: "demo-statyba",
    postedWorkersCount: 6,
    sentOn: "2025-03-03",
    acceptedOn: "2025-03-05",
    answeredOn: "2025-03-27",
    closedOn: "2025-03-31",
  }),
];

/** Open cases in 2026 so the contact points' inboxes are not empty. */
const currentExchanges: DemoExchange[] = [
  exchange({
    ref: "EX-NO-LT-2026-0001",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "accepted",
    subject: "Posting of workers by UAB „Demo statyba“ to a building site in Trondheim",
    enterprise: "demo-statyba",
    postedWorkersCount: 12,
    sentOn: "2026-10-26",
    acceptedOn: "2026-10-28",
    answeredOn: null,
    closedOn: null,
  }),
  exchange({
    ref: "EX-NO-LT-2026-0002",
    agreement: "no-lt",
    requesting: "nlia",
    requested: "vdi",
    type: "information_request",
    status: "sent",
    subject: "A1 certificates and employment contracts of workers hired out to fish processing",
    enterprise: "fiktyvus-personalas",
    postedWorkersCount: 15,
    sentOn: "2026-11-16",
    acceptedOn: null,
    answeredOn: null,
    closedOn: null,
  }),
  exchange({
    ref: "EX-NO-LT-2026-0003",
    agreement: "no-lt",
    requesting: "vdi",
    requested: "nlia",
    type: "information_request",
    status: "sent",
    subject: "Contracts between Prøve Elektro AS and a Lithuanian subcontractor",
    enterprise: "prove-elektro",
    postedWorkersCount: null,
    sentOn: "2026-11-18",
    acceptedOn: null,
    answeredOn: null,
    closedOn: null,
  }),
  // The one case of another agreement, so tests can check that NO–LT users do not see it.
  exchange({
    ref: "EX-NO-PL-2026-0001",
    agreement: "no-pl",
    requesting: "nlia",
    requested: "pip",
    type: "information_request",
    status: "sent",
    subject: "Posting documents of a Polish construction company (Demo Budowa Sp. z o.o.)",
    enterprise: null,
    postedWorkersCount: 5,
    sentOn: "2026-11-10",
    acceptedOn: null,
    answeredOn: null,
    closedOn: null,
  }),
];

export const demoExchanges: DemoExchange[] = [...pilotExchanges, ...programmeExchanges, ...recentlyClosedExchanges, ...currentExchanges];

// ---------------------------------------------------------------------------------------------------------
// Joint inspections

const STANDARD_DOCUMENTS =
  "Employment contracts, time records, payslips, A1 certificates, HSE cards, posting and tax reporting";

const STANDARD_PLAN = {
  meetingPoint: "Site office at the main entrance, 07:30",
  visitingOfficialsRole: "Observers under the host inspectorate's lead; may put questions to workers in their language",
  documentsToRequest: STANDARD_DOCUMENTS,
};

const pilotInspections: DemoInspection[] = [
  {
    ref: "JI-NO-LT-2016-0001",
    agreement: "no-lt",
    requesting: "nlia",
    partner: "vdi",
    hostCountry: "NO",
    status: "closed",
    sector: "construction",
    siteAddress: "Eksempelveien 40 (residential building site)",
    municipality: "Oslo",
    reasons: "Pilot joint inspection: Norwegian main contractor with a Lithuanian subcontractor on site.",
    riskIndicators: ["chain_of_subcontractors"],
    proposedFrom: "2016-10-31",
    proposedTo: "2016-11-11",
    languageNeeds: "Lithuanian–Norwegian",
    interpreterNeeded: true,
    enterprises: [
      { enterprise: "demo-bygg", relation: "main_contractor" },
      { enterprise: "demo-statyba", relation: "subcontractor" },
    ],
    agencies: [
      { country: "NO", agencyKind: "labour_inspection" },
      { country: "LT", agencyKind: "labour_inspection" },
    ],
    requestedOn: "2016-10-03",
    responseDueOn: "2016-10-17",
    acceptedOn: "2016-10-10",
    scheduledOn: "2016-11-08",
    conductedOn: "2016-11-08",
    reportDueOn: "2016-11-22",
    reportedOn: "2016-11-18",
    closedOn: "2016-11-25",
    plan: STANDARD_PLAN,
    report: {
      findings: [
        {
          enterprise: "demo-bygg",
          authority: "nlia",
          findings: "Site induction and subcontractor list in order. No breaches found.",
          documentsInspected: "Subcontractor list, HSE cards",
        },
        {
          enterprise: "demo-statyba",
          authority: "nlia",
          findings: "Contracts and time records present in English. No breaches found.",
          documentsInspected: STANDARD_DOCUMENTS,
        },
      ],
      workerCounts: [
        { enterprise: "demo-bygg", originCountry: "NO", count: 3 },
        { enterprise: "demo-statyba", originCountry: "LT", count: 8 },
      ],
    },
    violations: [],
  },
];

const programmeInspections: DemoInspection[] = [
  {
    ref: "JI-NO-LT-2017-0001",
    agreement: "no-lt",
    requesting: "nlia",
    partner: "vdi",
    hostCountry: "NO",
    status: "closed",
    sector: "construction",
    siteAddress: "Prøvegata 22 (residential building site)",
    municipality: "Oslo",
    reasons:
      "Lithuanian subcontractor with many posted carpenters; a tip about low pay and long working days.",
    riskIndicators: ["chain_of_subcontractors", "low_pay_suspected", "excessive_working_hours", "tip_from_public"],
    proposedFrom: "2017-09-18",
    proposedTo: "2017-09-29",
    languageNeeds: "Lithuanian–Norwegian",
    interpreterNeeded: true,
    enterprises: [
      { enterprise: "demo-bygg", relation: "main_contractor" },
      { enterprise: "demo-statyba", relation: "subcontractor" },
    ],
    agencies: [
      { country: "NO", agencyKind: "labour_inspection" },
      { country: "NO", agencyKind: "police" },
      { country: "NO", agencyKind: "tax" },
      { country: "LT", agencyKind: "labour_inspection" },
    ],
    requestedOn: "2017-08-21",
    responseDueOn: "2017-09-04",
    acceptedOn: "2017-08-29",
    scheduledOn: "2017-09-26",
    conductedOn: "2017-09-26",
    reportDueOn: "2017-10-10",
    reportedOn: "2017-10-06",
    closedOn: "2017-10-13",
    plan: STANDARD_PLAN,
    report: {
      findings: [
        {
          enterprise: "demo-bygg",
          authority: "nlia",
          findings: "Main contractor's subcontractor list and HSE cards in order.",
          documentsInspected: "Subcontractor list, HSE cards, contracts with the subcontractor",
        },
        {
          enterprise: "demo-statyba",
          authority: "nlia",
          findings: "Pay below the generally applicable minimum; time records show weeks of around 60 hours.",
          documentsInspected: STANDARD_DOCUMENTS,
        },
        {
          enterprise: "demo-statyba",
          authority: "vdi",
          findings: "Employment contracts compared with the company's records in Lithuania; pay terms differ.",
          documentsInspected: "Employment contracts, payroll extracts from Lithuania",
        },
      ],
      workerCounts: [
        { enterprise: "demo-bygg", originCountry: "NO", count: 6 },
        { enterprise: "demo-statyba", originCountry: "LT", count: 14 },
        { enterprise: "demo-statyba", originCountry: "LV", count: 2 },
      ],
    },
    violations: [
      {
        enterprise: "demo-statyba",
        recordedBy: "nlia",
        category: "pay",
        legalReference: "Forskrift om allmenngjøring av tariffavtale for byggeplasser",
        description:
          "Hourly pay of posted carpenters below the generally applicable minimum for skilled workers; no cover " +
          "of travel, board and lodging.",
        foundOn: "2017-09-26",
        sanction: "order",
        fine: null,
        status: "remedied",
      },
      {
        enterprise: "demo-statyba",
        recordedBy: "nlia",
        category: "working_time",
        legalReference: "Arbeidsmiljøloven §§ 10-4 og 10-6",
        description: "Time records showed 60-hour weeks over several months, beyond the overtime limits.",
        foundOn: "2017-09-26",
        sanction: "fine",
        fine: { amountCents: 3_000_000, currency: "NOK" },
        status: "closed",
      },
    ],
  },
  {
    ref: "JI-NO-LT-2017-0002",
    agreement: "no-lt",
    requesting: "vdi",
    partner: "nlia",
    hostCountry: "LT",
    status: "closed",
    sector: "construction",
    siteAddress: "Bandomoji g. 5 (office and warehouse)",
    municipality: "Vilnius",
    reasons: "Company posts finishing workers to Norway; the Norwegian side found workers without A1 certificates.",
    riskIndicators: ["missing_a1", "letterbox_company"],
    proposedFrom: "2017-11-27",
    proposedTo: "2017-12-08",
    languageNeeds: "Lithuanian–English",
    interpreterNeeded: false,
    enterprises: [{ enterprise: "pavyzdine-apdaila", relation: "other" }],
    agencies: [
      { country: "LT", agencyKind: "labour_inspection" },
      { country: "LT", agencyKind: "tax" },
      { country: "LT", agencyKind: "social_insurance" },
      { country: "NO", agencyKind: "labour_inspection" },
    ],
    requestedOn: "2017-11-06",
    responseDueOn: "2017-11-20",
    acceptedOn: "2017-11-13",
    scheduledOn: "2017-12-05",
    conductedOn: "2017-12-05",
    reportDueOn: "2017-12-19",
    reportedOn: "2017-12-15",
    closedOn: "2017-12-20",
    plan: {
      meetingPoint: "Company office, 09:00",
      visitingOfficialsRole: "Observers; explain the Norwegian findings",
      documentsToRequest: "Employment contracts, payroll, social insurance declarations, A1 applications",
    },
    report: {
      findings: [
        {
          enterprise: "pavyzdine-apdaila",
          authority: "vdi",
          findings: "Social insurance not paid for workers in Norway; no A1 applications made.",
          documentsInspected: "Employment contracts, payroll, Sodra declarations",
        },
      ],
      workerCounts: [{ enterprise: "pavyzdine-apdaila", originCountry: "LT", count: 9 }],
    },
    violations: [
      {
        enterprise: "pavyzdine-apdaila",
        recordedBy: "vdi",
        category: "social_security",
        legalReference: "Lietuvos Respublikos valstybinio socialinio draudimo įstatymas",
        description:
          "Social insurance contributions for workers posted to Norway had not been paid and no A1 certificates " +
          "had been applied for.",
        foundOn: "2017-12-05",
        sanction: "fine",
        fine: { amountCents: 60_000, currency: "EUR" },
        status: "closed",
      },
    ],
  },
  {
    ref: "JI-NO-LT-2018-0001",
    agreement: "no-lt",
    requesting: "nlia",
    partner: "vdi",
    hostCountry: "NO",
    status: "closed",
    sector: "fish_processing",
    siteAddress: "Kaiveien 4 (processing plant)",
    municipality: "Ålesund",
    reasons: "Hired Lithuanian workers in a fish-processing plant; reports of long shifts and no safety training.",
    riskIndicators: ["excessive_working_hours", "safety_hazards"],
    proposedFrom: "2018-04-09",
    proposedTo: "2018-04-20",
    languageNeeds: "Lithuanian–Norwegian",
    interpreterNeeded: true,
    enterprises: [
      { enterprise: "eksempel-fisk", relation: "main_contractor" },
      { enterprise: "fiktyvus-personalas", relation: "subcontractor" },
    ],
    agencies: [
      { country: "NO", agencyKind: "labour_inspection" },
      { country: "NO", agencyKind: "police" },
      { country: "NO", agencyKind: "immigration" },
      { country: "LT", agencyKind: "labour_inspection" },
    ],
    requestedOn: "2018-03-12",
    responseDueOn: "2018-03-26",
    acceptedOn: "2018-03-20",
    scheduledOn: "2018-04-17",
    conductedOn: "2018-04-17",
    reportDueOn: "2018-05-01",
    reportedOn: "2018-04-27",
    closedOn: "2018-05-04",
    plan: STANDARD_PLAN,
    report: {
      findings: [
        {
          enterprise: "eksempel-fisk",
          authority: "nlia",
          findings: "No risk assessment for work in cold rooms and with knives; hired workers had no safety training.",
          documentsInspected: "Risk assessments, training records, time records",
        },
        {
          enterprise: "fiktyvus-personalas",
          authority: "nlia",
          findings: "Contracts and time records present; shifts within the limits in the period checked.",
          documentsInspected: STANDARD_DOCUMENTS,
        },
      ],
      workerCounts: [
        { enterprise: "eksempel-fisk", originCountry: "NO", count: 12 },
        { enterprise: "fiktyvus-personalas", originCountry: "LT", count: 21 },
        { enterprise: "fiktyvus-personalas", originCountry: "PL", count: 4 },
      ],
    },
    violations: [
      {
        enterprise: "eksempel-fisk",
        recordedBy: "nlia",
        category: "health_and_safety",
        legalReference: "Arbeidsmiljøloven § 3-1",
        description:
          "No risk assessment for work in cold rooms and with knives, and no safety training for hired workers.",
        foundOn: "2018-04-17",
        sanction: "order",
        fine: null,
        status: "remedied",
      },
    ],
  },
  {
    ref: "JI-NO-LT-2018-0002",
    agreement: "no-lt",
    requesting: "nlia",
    partner: "vdi",
    hostCountry: "NO",
    status: "closed",
    sector: "cleaning",
    siteAddress: "Prøvegata 12 (office building)",
    municipality: "Bergen",
    reasons: "Cleaning company using cleaners from a Lithuanian agency; earlier information on working hours.",
    riskIndicators: ["missing_registration", "low_pay_suspected", "earlier_violations"],
    proposedFrom: "2018-09-17",
    proposedTo: "2018-09-28",
    languageNeeds: "Lithuanian–Norwegian",
    interpreterNeeded: true,
    enterprises: [
      { enterprise: "fiktiv-renhold", relation: "main_contractor" },
      { enterprise: "demo-valymas", relation: "subcontractor" },
    ],
    agencies: [
      { country: "NO", agencyKind: "labour_inspection" },
      { country: "NO", agencyKind: "tax" },
      { country: "LT", agencyKind: "labour_inspection" },
    ],
    requestedOn: "2018-08-20",
    responseDueOn: "2018-09-03",
    acceptedOn: "2018-08-28",
    scheduledOn: "2018-09-25",
    conductedOn: "2018-09-25",
    reportDueOn: "2018-10-09",
    reportedOn: "2018-10-05",
    closedOn: "2018-10-12",
    plan: STANDARD_PLAN,
    report: {
      findings: [
        {
          enterprise: "fiktiv-renhold",
          authority: "nlia",
          findings: "Three cleaners working without HSE cards.",
          documentsInspected: "HSE cards, contracts, time records",
        },
        {
          enterprise: "demo-valymas",
          authority: "nlia",
          findings: "Working-time records corrected since the order in May 2018.",
          documentsInspected: STANDARD_DOCUMENTS,
        },
      ],
      workerCounts: [
        { enterprise: "fiktiv-renhold", originCountry: "NO", count: 4 },
        { enterprise: "fiktiv-renhold", originCountry: "LT", count: 3 },
        { enterprise: "demo-valymas", originCountry: "LT", count: 7 },
      ],
    },
    violations: [
      {
        enterprise: "fiktiv-renhold",
        recordedBy: "nlia",
        category: "work_permit_id",
        legalReference: "Forskrift om offentlig godkjenning av renholdsvirksomheter (HMS-kort)",
        description: "Three cleaners worked without HSE cards.",
        foundOn: "2018-09-25",
        sanction: "fine",
        fine: { amountCents: 2_500_000, currency: "NOK" },
        status: "closed",
      },
    ],
  },
];

const currentInspections: DemoInspection[] = [
  {
    ref: "JI-NO-LT-2026-0001",
    agreement: "no-lt",
    requesting: "nlia",
    partner: "vdi",
    hostCountry: "NO",
    status: "requested",
    sector: "construction",
    siteAddress: "Modellgata 3 (office building site)",
    municipality: "Trondheim",
    reasons: "Long chain of subcontractors with Lithuanian workers; A1 certificates missing for some of them.",
    riskIndicators: ["chain_of_subcontractors", "missing_a1"],
    proposedFrom: "2027-01-11",
    proposedTo: "2027-01-22",
    languageNeeds: "Lithuanian–Norwegian",
    interpreterNeeded: true,
    enterprises: [
      { enterprise: "demo-entreprenor", relation: "main_contractor" },
      { enterprise: "demo-statyba", relation: "subcontractor" },
    ],
    agencies: [
      { country: "NO", agencyKind: "labour_inspection" },
      { country: "NO", agencyKind: "police" },
      { country: "LT", agencyKind: "labour_inspection" },
    ],
    requestedOn: "2026-11-17",
    // 10 working days in Lithuania after 17 November 2026 (no public holidays in between).
    responseDueOn: "2026-12-01",
    acceptedOn: null,
    scheduledOn: null,
    conductedOn: null,
    reportDueOn: null,
    reportedOn: null,
    closedOn: null,
    plan: null,
    report: null,
    violations: [],
  },
];

export const demoInspections: DemoInspection[] = [
  ...pilotInspections,
  ...programmeInspections,
  ...currentInspections,
];
