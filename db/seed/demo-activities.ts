// Recorded activities of the NO–LT agreement. 2017–18 has exactly four joint meetings (the published
// outcome counts them); the other kinds of that period are not joint meetings. 2019–22 follows the
// "Cooperation for Decent Work" project plan. Summaries are free text in English.
import type { DemoActivity, DemoParticipant } from "./demo-types";

const SOCIAL_PARTNERS = "Social partners (trade unions and employers' organisations)";

/** The two inspectorates, as participant counts. */
function inspectorates(nliaCount: number, vdiCount: number): DemoParticipant[] {
  return [
    { authority: "nlia", count: nliaCount },
    { authority: "vdi", count: vdiCount },
  ];
}

const programme2017To2018: DemoActivity[] = [
  {
    agreement: "no-lt",
    kind: "joint_meeting",
    status: "held",
    title: "Joint meeting of the contact points: work plan 2017–18",
    startsOn: "2017-06-20",
    endsOn: null,
    place: "Vilnius",
    country: "LT",
    summary:
      "First meeting under the new agreement. Agreed the work plan for 2017–18, the contact points on each side " +
      "and how requests are sent (e-mail between contact points, IMI for formal requests).",
    participants: inspectorates(3, 4),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "directors_general_meeting",
    status: "held",
    title: "Meeting of the directors general",
    startsOn: "2017-09-12",
    endsOn: null,
    place: "Oslo",
    country: "NO",
    summary:
      "The directors general reviewed the cooperation, agreed to give priority to construction and staffing " +
      "agencies, and to share good practice on control methods.",
    participants: inspectorates(2, 2),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "information_day",
    status: "held",
    title: "Information day with social partners: working in Norway",
    startsOn: "2017-10-25",
    endsOn: null,
    place: "Vilnius",
    country: "LT",
    summary:
      "Presentation of pay, working-time and registration rules for workers posted to Norway, for trade unions " +
      "and employers' organisations, with questions from the audience.",
    participants: [...inspectorates(2, 3), { organisation: SOCIAL_PARTNERS, count: 38 }],
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "joint_meeting",
    status: "held",
    title: "Joint meeting: results of the first joint inspections",
    startsOn: "2017-11-14",
    endsOn: null,
    place: "Oslo",
    country: "NO",
    summary:
      "Review of the joint inspections in Norway and Lithuania in autumn 2017 and of the open information " +
      "requests; agreed a shared checklist for documents to request from posting companies.",
    participants: inspectorates(4, 3),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "information_campaign",
    status: "held",
    title: "Information campaign: work legally in Norway",
    startsOn: "2018-03-01",
    endsOn: "2018-03-31",
    place: "Lithuania (regional media and social media)",
    country: "LT",
    summary:
      "Campaign in Lithuanian on registration, the HSE card, pay and working time in Norway, aimed at workers " +
      "recruited by staffing agencies.",
    participants: inspectorates(1, 4),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "joint_meeting",
    status: "held",
    title: "Joint meeting: information exchange and enterprises at risk",
    startsOn: "2018-04-24",
    endsOn: null,
    place: "Vilnius",
    country: "LT",
    summary:
      "Exchange of information on staffing agencies sending cleaners to Norway. Information shared by the " +
      "Norwegian side led VDI to check one agency's working-time records.",
    participants: inspectorates(3, 4),
    violations: [
      {
        enterprise: "demo-valymas",
        recordedBy: "vdi",
        category: "working_time",
        legalReference: "Lietuvos Respublikos darbo kodeksas (darbo laikas ir jo apskaita)",
        description:
          "Working-time records of cleaners posted to Norway showed weekly hours above the maximum and were " +
          "incomplete; the employer was ordered to correct the records and the schedules.",
        foundOn: "2018-05-15",
        sanction: "order",
        fine: null,
        status: "remedied",
      },
    ],
  },
  {
    agreement: "no-lt",
    kind: "information_day",
    status: "held",
    title: "Information day with social partners: rights of posted workers",
    startsOn: "2018-05-22",
    endsOn: null,
    place: "Klaipėda",
    country: "LT",
    summary:
      "Information day for employers and trade unions in the Klaipėda region on the duties of companies that " +
      "post workers to Norway and on the rights of the workers.",
    participants: [...inspectorates(2, 3), { organisation: SOCIAL_PARTNERS, count: 31 }],
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "joint_meeting",
    status: "held",
    title: "Joint meeting: evaluation of the 2017–18 programme",
    startsOn: "2018-10-16",
    endsOn: null,
    place: "Oslo",
    country: "NO",
    summary:
      "Evaluation of the programme: four joint inspections, ten information exchanges, ten violations found. " +
      "Agreed to prepare a follow-up project for 2019–22.",
    participants: inspectorates(4, 3),
    violations: [],
  },
];

const cooperationForDecentWork: DemoActivity[] = [
  {
    agreement: "no-lt",
    kind: "learning_seminar",
    status: "held",
    title: "Learning seminar 2019: posting of workers and control methods",
    startsOn: "2019-10-08",
    endsOn: "2019-10-09",
    place: "Vilnius",
    country: "LT",
    summary: "Inspectors from both sides compared control methods for posting companies and staffing agencies.",
    participants: inspectorates(6, 12),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "learning_seminar",
    status: "held",
    title: "Learning seminar 2020: remote cooperation and IMI",
    startsOn: "2020-11-17",
    endsOn: null,
    place: "Online",
    country: null,
    summary: "Held online because of travel restrictions; practical use of IMI requests and reply deadlines.",
    participants: inspectorates(8, 15),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "information_campaign",
    status: "held",
    title: "Know Your Rights",
    startsOn: "2020-09-01",
    endsOn: "2020-11-30",
    place: "Lithuania (online, radio and regional media)",
    country: "LT",
    summary:
      "Joint information campaign in Lithuanian on the rights of workers who go to work in Norway: contracts, " +
      "pay, working time, housing and where to get help.",
    participants: inspectorates(2, 5),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "learning_seminar",
    status: "held",
    title: "Learning seminar 2021: housing and working conditions",
    startsOn: "2021-05-18",
    endsOn: null,
    place: "Online",
    country: null,
    summary: "Rules on housing provided by the employer and how each inspectorate checks it.",
    participants: inspectorates(7, 14),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "staff_exchange_learning",
    status: "held",
    title: "Staff exchange for learning: visit to Norway",
    startsOn: "2021-10-18",
    endsOn: "2021-10-22",
    place: "Oslo",
    country: "NO",
    summary:
      "Lithuanian inspectors visited the Norwegian Labour Inspection Authority and a work-related crime centre " +
      "and took part in inspections as observers.",
    participants: inspectorates(4, 6),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "tripartite_seminar",
    status: "held",
    title: "Tripartite seminar on decent work for posted workers",
    startsOn: "2021-11-23",
    endsOn: null,
    place: "Vilnius",
    country: "LT",
    summary:
      "Inspectorates, trade unions and employers' organisations from both countries discussed fair competition " +
      "and the rights of posted workers.",
    participants: [...inspectorates(3, 5), { organisation: SOCIAL_PARTNERS, count: 24 }],
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "learning_seminar",
    status: "held",
    title: "Learning seminar 2022: results of the project",
    startsOn: "2022-05-24",
    endsOn: "2022-05-25",
    place: "Trondheim",
    country: "NO",
    summary: "Review of the project's results and of what to keep after the project ends.",
    participants: inspectorates(9, 8),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "staff_exchange_assistance",
    status: "held",
    title: "Staff exchange for assistance: simultaneous inspections",
    startsOn: "2022-06-13",
    endsOn: "2022-06-16",
    place: "Stavanger",
    country: "NO",
    summary:
      "Lithuanian inspectors assisted in simultaneous inspections of Lithuanian companies on construction sites " +
      "in Rogaland while VDI checked their head offices in Lithuania.",
    participants: inspectorates(5, 3),
    violations: [],
  },
  {
    agreement: "no-lt",
    kind: "staff_exchange_learning",
    status: "held",
    title: "Staff exchange for learning: visit to Lithuania",
    startsOn: "2022-10-17",
    endsOn: "2022-10-21",
    place: "Vilnius",
    country: "LT",
    summary:
      "Norwegian inspectors visited VDI, Sodra and the State Tax Inspectorate to learn how postings from " +
      "Lithuania are registered and checked.",
    participants: inspectorates(6, 4),
    violations: [],
  },
];

export const demoActivities: DemoActivity[] = [...programme2017To2018, ...cooperationForDecentWork];
