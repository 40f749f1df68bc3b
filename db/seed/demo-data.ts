// Demo data: the authorities, the agreements between them, the NO–LT project periods and the demo users.
// Activities and cases live in demo-activities.ts and demo-cases.ts; this module re-exports them so the
// seed has one place to import from. Sources: docs/domain-facts.md §5.
import type { DemoAgreement, DemoAuthority, DemoPeriod, DemoUser, TextInThreeLanguages } from "./demo-types";

export { demoActivities } from "./demo-activities";
export { demoEnterprises, demoExchanges, demoInspections } from "./demo-cases";

export const DEMO_PASSWORD = "demo-password";

// ---------------------------------------------------------------------------------------------------------
// Authorities
// Phone numbers are left null: none could be confirmed for certain. Only the two inspectorates' well-known
// function mailboxes are filled in.

const norwegianAuthorities: DemoAuthority[] = [
  {
    slug: "nlia",
    country: "NO",
    kind: "labour_inspection",
    name: {
      nb: "Arbeidstilsynet",
      lt: "Norvegijos darbo inspekcija",
      en: "Norwegian Labour Inspection Authority",
    },
    shortName: "Arbeidstilsynet",
    email: "postmottak@arbeidstilsynet.no",
    phone: null,
    website: "https://www.arbeidstilsynet.no",
  },
  {
    slug: "politiet",
    country: "NO",
    kind: "police",
    name: { nb: "Politiet", lt: "Norvegijos policija", en: "Norwegian Police Service" },
    shortName: "Politiet",
    email: null,
    phone: null,
    website: "https://www.politiet.no",
  },
  {
    slug: "skatteetaten",
    country: "NO",
    kind: "tax",
    name: {
      nb: "Skatteetaten",
      lt: "Norvegijos mokesčių tarnyba (Skatteetaten)",
      en: "Norwegian Tax Administration",
    },
    shortName: "Skatteetaten",
    email: null,
    phone: null,
    website: "https://www.skatteetaten.no",
  },
  {
    slug: "udi",
    country: "NO",
    kind: "immigration",
    name: {
      nb: "Utlendingsdirektoratet (UDI)",
      lt: "Norvegijos imigracijos direktoratas (UDI)",
      en: "Norwegian Directorate of Immigration",
    },
    shortName: "UDI",
    email: null,
    phone: null,
    website: "https://www.udi.no",
  },
  {
    slug: "nav",
    country: "NO",
    kind: "welfare",
    name: {
      nb: "Arbeids- og velferdsetaten (Nav)",
      lt: "Norvegijos darbo ir gerovės administracija (NAV)",
      en: "Norwegian Labour and Welfare Administration",
    },
    shortName: "Nav",
    email: null,
    phone: null,
    website: "https://www.nav.no",
  },
  {
    slug: "tolletaten",
    country: "NO",
    kind: "customs",
    name: { nb: "Tolletaten", lt: "Norvegijos muitinė", en: "Norwegian Customs" },
    shortName: "Tolletaten",
    email: null,
    phone: null,
    website: "https://www.toll.no",
  },
  {
    slug: "statens-vegvesen",
    country: "NO",
    kind: "road_authority",
    name: {
      nb: "Statens vegvesen",
      lt: "Norvegijos viešųjų kelių administracija (Statens vegvesen)",
      en: "Norwegian Public Roads Administration",
    },
    shortName: "Statens vegvesen",
    email: null,
    phone: null,
    website: "https://www.vegvesen.no",
  },
];

const lithuanianAuthorities: DemoAuthority[] = [
  {
    slug: "vdi",
    country: "LT",
    kind: "labour_inspection",
    name: {
      nb: "Det litauiske arbeidstilsynet (Valstybinė darbo inspekcija, VDI)",
      lt: "Valstybinė darbo inspekcija prie Socialinės apsaugos ir darbo ministerijos",
      en: "State Labour Inspectorate of the Republic of Lithuania",
    },
    shortName: "VDI",
    email: "vdi@vdi.lt",
    phone: null,
    website: "https://www.vdi.lt",
  },
  {
    slug: "lietuvos-policija",
    country: "LT",
    kind: "police",
    name: { nb: "Litauens politi", lt: "Lietuvos policija", en: "Lithuanian Police" },
    shortName: "Lietuvos policija",
    email: null,
    phone: null,
    website: "https://policija.lrv.lt",
  },
  {
    slug: "vmi",
    country: "LT",
    kind: "tax",
    name: {
      nb: "Litauens skatteetat (Valstybinė mokesčių inspekcija, VMI)",
      lt: "Valstybinė mokesčių inspekcija prie Lietuvos Respublikos finansų ministerijos",
      en: "State Tax Inspectorate of the Republic of Lithuania",
    },
    shortName: "VMI",
    email: null,
    phone: null,
    website: "https://www.vmi.lt",
  },
  {
    slug: "migracijos-departamentas",
    country: "LT",
    kind: "immigration",
    name: {
      nb: "Litauens migrasjonsdirektorat (Migracijos departamentas)",
      lt: "Migracijos departamentas prie Lietuvos Respublikos vidaus reikalų ministerijos",
      en: "Migration Department under the Ministry of the Interior of the Republic of Lithuania",
    },
    shortName: "Migracijos departamentas",
    email: null,
    phone: null,
    website: "https://migracija.lrv.lt",
  },
  {
    slug: "sodra",
    country: "LT",
    kind: "social_insurance",
    name: {
      nb: "Litauens trygdeetat (Sodra)",
      lt: "Valstybinio socialinio draudimo fondo valdyba („Sodra“)",
      en: "State Social Insurance Fund Board (Sodra)",
    },
    shortName: "Sodra",
    email: null,
    phone: null,
    website: "https://www.sodra.lt",
  },
];

/** The other inspectorates Norway has agreements with; `genitiveLt` and `withArticleEn` build the titles. */
interface OtherInspectorate extends DemoAuthority {
  agreementSlug: string;
  genitiveLt: string;
  withArticleEn: string;
}

const otherInspectorates: OtherInspectorate[] = [
  {
    slug: "gli-bg",
    agreementSlug: "no-bg",
    country: "BG",
    kind: "labour_inspection",
    name: {
      nb: "Bulgarias arbeidstilsyn (Glavna inspektsia po truda)",
      lt: "Bulgarijos generalinė darbo inspekcija",
      en: "General Labour Inspectorate Executive Agency (Bulgaria)",
    },
    genitiveLt: "Bulgarijos generalinės darbo inspekcijos",
    withArticleEn: "the General Labour Inspectorate Executive Agency of Bulgaria",
    shortName: "GLI",
    email: null,
    phone: null,
    website: "https://www.gli.government.bg",
  },
  {
    slug: "ti-ee",
    agreementSlug: "no-ee",
    country: "EE",
    kind: "labour_inspection",
    name: {
      nb: "Estlands arbeidstilsyn (Tööinspektsioon)",
      lt: "Estijos darbo inspekcija (Tööinspektsioon)",
      en: "Labour Inspectorate of Estonia (Tööinspektsioon)",
    },
    genitiveLt: "Estijos darbo inspekcijos",
    withArticleEn: "the Labour Inspectorate of Estonia",
    shortName: "Tööinspektsioon",
    email: null,
    phone: null,
    website: "https://www.ti.ee",
  },
  {
    slug: "vdi-lv",
    agreementSlug: "no-lv",
    country: "LV",
    kind: "labour_inspection",
    name: {
      nb: "Latvias arbeidstilsyn (Valsts darba inspekcija)",
      lt: "Latvijos valstybinė darbo inspekcija (Valsts darba inspekcija)",
      en: "State Labour Inspectorate of Latvia (Valsts darba inspekcija)",
    },
    genitiveLt: "Latvijos valstybinės darbo inspekcijos",
    withArticleEn: "the State Labour Inspectorate of Latvia",
    shortName: "VDI (LV)",
    email: null,
    phone: null,
    website: "https://www.vdi.gov.lv",
  },
  {
    slug: "pip",
    agreementSlug: "no-pl",
    country: "PL",
    kind: "labour_inspection",
    name: {
      nb: "Polens arbeidstilsyn (Państwowa Inspekcja Pracy)",
      lt: "Lenkijos valstybinė darbo inspekcija (Państwowa Inspekcja Pracy)",
      en: "National Labour Inspectorate of Poland (Państwowa Inspekcja Pracy)",
    },
    genitiveLt: "Lenkijos valstybinės darbo inspekcijos",
    withArticleEn: "the National Labour Inspectorate of Poland",
    shortName: "PIP",
    email: null,
    phone: null,
    website: "https://www.pip.gov.pl",
  },
  {
    slug: "im-ro",
    agreementSlug: "no-ro",
    country: "RO",
    kind: "labour_inspection",
    name: {
      nb: "Romanias arbeidstilsyn (Inspecția Muncii)",
      lt: "Rumunijos darbo inspekcija (Inspecția Muncii)",
      en: "Labour Inspection of Romania (Inspecția Muncii)",
    },
    genitiveLt: "Rumunijos darbo inspekcijos",
    withArticleEn: "the Labour Inspection of Romania",
    shortName: "Inspecția Muncii",
    email: null,
    phone: null,
    website: "https://www.inspectiamuncii.ro",
  },
];

export const demoAuthorities: DemoAuthority[] = [
  ...norwegianAuthorities,
  ...lithuanianAuthorities,
  ...otherInspectorates.map(
    ({ agreementSlug: _agreementSlug, genitiveLt: _genitiveLt, withArticleEn: _withArticleEn, ...authority }) =>
      authority,
  ),
];

// ---------------------------------------------------------------------------------------------------------
// Agreements

const noLtScope: TextInThreeLanguages = {
  en:
    "Cooperation between the two labour inspectorates against undeclared work and social dumping: labour " +
    "conditions (occupational safety and health, pay, working time) and the rights of workers, including checks " +
    "that workers from the other country have the necessary permits and registrations. Activities: joint " +
    "inspections in both countries (some with police, tax and migration officers); exchange of information on " +
    "posted workers and irregularities found in inspections, also through IMI; joint meetings and meetings of the " +
    "directors general; information campaigns and information days with the social partners; an internet portal " +
    "in Lithuanian, Norwegian and English; and a contact point in each inspectorate.",
  nb:
    "Samarbeid mellom de to arbeidstilsynene mot svart arbeid og sosial dumping: arbeidsvilkår (helse, miljø og " +
    "sikkerhet, lønn, arbeidstid) og arbeidstakernes rettigheter, også kontroll av at arbeidstakere fra det andre " +
    "landet har nødvendige tillatelser og registreringer. Aktiviteter: felles tilsyn i begge land (noen sammen med " +
    "politi, skattemyndigheter og utlendingsmyndigheter); informasjonsutveksling om utsendte arbeidstakere og " +
    "uregelmessigheter avdekket ved tilsyn, også gjennom IMI; felles møter og møter mellom direktørene; " +
    "informasjonskampanjer og informasjonsdager med partene i arbeidslivet; en nettportal på litauisk, norsk og " +
    "engelsk; og et kontaktpunkt i hvert tilsyn.",
  lt:
    "Abiejų darbo inspekcijų bendradarbiavimas kovojant su nedeklaruojamu darbu ir socialiniu dempingu: darbo " +
    "sąlygos (darbuotojų sauga ir sveikata, darbo užmokestis, darbo laikas) ir darbuotojų teisės, taip pat " +
    "patikrinimas, ar darbuotojai iš kitos šalies turi reikiamus leidimus ir yra įregistruoti. Veikla: bendri " +
    "patikrinimai abiejose šalyse (kai kurie – kartu su policijos, mokesčių ir migracijos pareigūnais); keitimasis " +
    "informacija apie komandiruotus darbuotojus ir patikrinimų metu nustatytus pažeidimus, taip pat per IMI; " +
    "bendri susitikimai ir generalinių direktorių susitikimai; informacinės kampanijos ir informacinės dienos su " +
    "socialiniais partneriais; interneto portalas lietuvių, norvegų ir anglų kalbomis; kontaktinis punktas " +
    "kiekvienoje inspekcijoje.",
};

const noLtAgreements: DemoAgreement[] = [
  {
    slug: "no-lt-2007",
    partyA: "nlia",
    partyB: "vdi",
    // The fiche names only the year of the earlier agreement.
    signedOn: null,
    supersedes: null,
    status: "superseded",
    title: {
      nb: "Samarbeidsavtale mellom Arbeidstilsynet og det litauiske arbeidstilsynet (VDI), 2007",
      lt: "Norvegijos darbo inspekcijos ir Valstybinės darbo inspekcijos 2007 m. bendradarbiavimo susitarimas",
      en:
        "Cooperation agreement between the Norwegian Labour Inspection Authority and the State Labour Inspectorate " +
        "of the Republic of Lithuania, 2007",
    },
    scope: { nb: "", lt: "", en: "" },
    inspectionResponseDays: 10,
  },
  {
    slug: "no-lt",
    partyA: "nlia",
    partyB: "vdi",
    signedOn: "2017-05-30",
    supersedes: "no-lt-2007",
    status: "active",
    title: {
      nb: "Bilateral samarbeidsavtale mellom Arbeidstilsynet og det litauiske arbeidstilsynet (VDI)",
      lt: "Norvegijos darbo inspekcijos ir Valstybinės darbo inspekcijos dvišalis bendradarbiavimo susitarimas",
      en:
        "Bilateral cooperation agreement between the Norwegian Labour Inspection Authority and the State Labour " +
        "Inspectorate of the Republic of Lithuania",
    },
    scope: noLtScope,
    inspectionResponseDays: 10,
  },
];

/** Norway's agreements with the other inspectorates: signing dates are not in our sources, so null. */
const otherAgreements: DemoAgreement[] = otherInspectorates.map((inspectorate) => ({
  slug: inspectorate.agreementSlug,
  partyA: "nlia",
  partyB: inspectorate.slug,
  signedOn: null,
  supersedes: null,
  status: "active",
  title: {
    nb: `Samarbeidsavtale mellom Arbeidstilsynet og ${inspectorate.name.nb}`,
    lt: `Norvegijos darbo inspekcijos ir ${inspectorate.genitiveLt} bendradarbiavimo susitarimas`,
    en: `Cooperation agreement between the Norwegian Labour Inspection Authority and ${inspectorate.withArticleEn}`,
  },
  scope: { nb: "", lt: "", en: "" },
  inspectionResponseDays: 10,
}));

/** Ordered so that a superseded agreement comes before the one that supersedes it. */
export const demoAgreements: DemoAgreement[] = [...noLtAgreements, ...otherAgreements];

// ---------------------------------------------------------------------------------------------------------
// Project periods of the NO–LT agreement

export const demoPeriods: DemoPeriod[] = [
  {
    agreement: "no-lt",
    slug: "2016-17",
    name: {
      nb: "Pilotprosjekt 2016–17",
      lt: "2016–2017 m. bandomasis projektas",
      en: "Pilot project 2016–17",
    },
    startsOn: "2016-09-01",
    endsOn: "2017-05-29",
    budgetCents: null,
    objectives: {
      nb:
        "Prøve ut samarbeidet før den nye avtalen: et første felles tilsyn og informasjonsutveksling mellom " +
        "kontaktpunktene. (Illustrerende demodata: prosjektbeskrivelsen oppgir verken datoene eller målene for " +
        "pilotprosjektet.)",
      lt:
        "Išbandyti bendradarbiavimą iki naujo susitarimo: pirmasis bendras patikrinimas ir keitimasis informacija " +
        "tarp kontaktinių punktų. (Iliustraciniai demonstraciniai duomenys: projekto apraše nenurodytos nei " +
        "bandomojo projekto datos, nei tikslai.)",
      en:
        "Try out the cooperation before the new agreement: a first joint inspection and information exchange " +
        "between the contact points. (Illustrative demo data: the fiche gives neither the pilot's dates nor its " +
        "objectives.)",
    },
    funding: [],
    targets: {},
  },
  {
    agreement: "no-lt",
    slug: "2017-18",
    name: {
      nb: "Aktivitetsprogram 2017–18",
      lt: "2017–2018 m. veiklos programa",
      en: "Programme of activities 2017–18",
    },
    startsOn: "2017-05-30",
    endsOn: "2018-12-31",
    // EUR 20,000: half EEA and Norway Grants, half the Norwegian Labour Inspection Authority.
    budgetCents: 2_000_000,
    objectives: {
      nb:
        "Styrke det bilaterale samarbeidet mot svart arbeid: felles tilsyn, informasjonsutveksling om utsendte " +
        "arbeidstakere og uregelmessigheter, deling av god praksis, informasjonskampanjer og informasjonsdager med " +
        "partene i arbeidslivet, direktørmøter, nettportalen på tre språk, kontaktpunkter og mer bruk av IMI.",
      lt:
        "Stiprinti dvišalį bendradarbiavimą kovojant su nedeklaruojamu darbu: bendri patikrinimai, keitimasis " +
        "informacija apie komandiruotus darbuotojus ir pažeidimus, gerosios praktikos sklaida, informacinės " +
        "kampanijos ir informacinės dienos su socialiniais partneriais, generalinių direktorių susitikimai, " +
        "portalas trimis kalbomis, kontaktiniai punktai ir platesnis IMI naudojimas.",
      en:
        "Strengthen bilateral cooperation against undeclared work: joint inspections, exchange of information on " +
        "posted workers and irregularities, sharing of good practice, information campaigns and information days " +
        "with the social partners, directors-general meetings, the trilingual portal, contact points and more use " +
        "of IMI.",
    },
    funding: [
      { source: "eea_norway_grants", shareBasisPoints: 5000, amountCents: 1_000_000 },
      { source: "nlia_budget", shareBasisPoints: 5000, amountCents: 1_000_000 },
    ],
    // The fiche gives this period's results (4 joint inspections, 10 exchanges, 4 meetings), not its targets:
    // none are stored, so the dashboard shows the results without an invented plan to compare them with.
    targets: {},
  },
  {
    agreement: "no-lt",
    slug: "2019-22",
    name: {
      nb: "Samarbeid for anstendig arbeid",
      lt: "Bendradarbiavimas dėl deramo darbo",
      en: "Cooperation for Decent Work",
    },
    startsOn: "2019-01-01",
    endsOn: "2022-12-31",
    budgetCents: null,
    objectives: {
      nb:
        "Prosjekt finansiert av EØS-midlene (prosjekteier VDI, partner Arbeidstilsynet): en felles " +
        "informasjonskampanje («Kjenn dine rettigheter»), årlige læringsseminarer, et trepartsseminar, " +
        "personalutveksling for læring og personalutveksling for bistand (samtidige eller felles tilsyn). Målene " +
        "som vises for denne perioden, er illustrerende demotall: prosjektbeskrivelsen nevner aktivitetene, ikke " +
        "hvor mange.",
      lt:
        "EEE ir Norvegijos finansinių mechanizmų projektas (vykdytoja – VDI, partnerė – Norvegijos darbo " +
        "inspekcija): bendra informacinė kampanija „Žinok savo teises“, kasmetiniai mokymosi seminarai, trišalis " +
        "seminaras, darbuotojų mainai mokymosi tikslais ir darbuotojų mainai pagalbos tikslais (vienu metu " +
        "vykdomi arba bendri patikrinimai). Šio laikotarpio tikslai yra iliustraciniai demonstraciniai skaičiai: " +
        "projekto apraše nurodytos veiklos, bet ne jų skaičius.",
      en:
        "EEA and Norway Grants project (promoter VDI, partner the Norwegian Labour Inspection Authority): a joint " +
        "information campaign (“Know Your Rights”), annual learning seminars, a tripartite seminar, staff " +
        "exchange for learning and staff exchange for assistance (simultaneous or joint inspections). The targets " +
        "shown for this period are illustrative demo figures: the fiche names the activities, not how many.",
    },
    funding: [{ source: "eea_norway_grants", shareBasisPoints: 10000, amountCents: null }],
    targets: {
      learning_seminars: 4,
      tripartite_seminars: 1,
      staff_exchanges_learning: 2,
      information_campaigns: 1,
    },
  },
];

// ---------------------------------------------------------------------------------------------------------
// Demo users (all with the password DEMO_PASSWORD)

export const demoUsers: DemoUser[] = [
  {
    email: "kontakt@arbeidstilsynet.demo",
    displayName: "Kari Kontakt",
    authority: "nlia",
    preferredLocale: "nb",
    roles: [{ role: "contact_point", agreement: null }],
  },
  {
    email: "kontaktas@vdi.demo",
    displayName: "Rūta Kontaktė",
    authority: "vdi",
    preferredLocale: "lt",
    roles: [{ role: "contact_point", agreement: null }],
  },
  {
    email: "koordinator@arbeidstilsynet.demo",
    displayName: "Ola Koordinator",
    authority: "nlia",
    preferredLocale: "nb",
    roles: [{ role: "coordinator", agreement: "no-lt" }],
  },
  {
    email: "redaktor@arbeidstilsynet.demo",
    displayName: "Rita Redaktør",
    authority: "nlia",
    preferredLocale: "nb",
    roles: [{ role: "editor", agreement: null }],
  },
  {
    email: "admin@portal.demo",
    displayName: "Ada Administrator",
    authority: null,
    preferredLocale: "en",
    roles: [{ role: "admin", agreement: null }],
  },
  {
    email: "kontakt@pip.demo",
    displayName: "Paweł Kontakt",
    authority: "pip",
    preferredLocale: "en",
    roles: [{ role: "contact_point", agreement: null }],
  },
];
