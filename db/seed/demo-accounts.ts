import type { Role } from "../schema";
import type { HandwrittenCompany } from "./demo-companies";

export const DEMO_EMAIL_DOMAIN = "demo.passerelle.test";

const DELEGATE_PASSWORD = "demo-delegate-2026";

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  description: string;
}

/** Accounts that can sign in to the demo; every other seeded delegate has no password. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    email: `organiser@${DEMO_EMAIL_DOMAIN}`,
    password: "forum-organiser-2026",
    role: "organiser",
    description: "Organiser: approves companies, writes the agenda, runs the scheduler.",
  },
  {
    email: `amina.benali@${DEMO_EMAIL_DOMAIN}`,
    password: DELEGATE_PASSWORD,
    role: "participant",
    description: "Algerian pharma company Saidal Atlas Pharma (approved), Arabic interface.",
  },
  {
    email: `karim.haddad@${DEMO_EMAIL_DOMAIN}`,
    password: DELEGATE_PASSWORD,
    role: "participant",
    description: "Algerian solar installer SARL Atlas Solaire (approved), French interface.",
  },
  {
    email: `ivan.petrov@${DEMO_EMAIL_DOMAIN}`,
    password: DELEGATE_PASSWORD,
    role: "participant",
    description: "Russian pharma distributor АО «ВолгаФарм» (approved), Russian interface.",
  },
  {
    email: `elena.smirnova@${DEMO_EMAIL_DOMAIN}`,
    password: DELEGATE_PASSWORD,
    role: "participant",
    description: "Russian AI and software company ООО «НейроЦифра» (approved), English interface.",
  },
  {
    email: `nadia.mansouri@${DEMO_EMAIL_DOMAIN}`,
    password: DELEGATE_PASSWORD,
    role: "participant",
    description: "Algerian agri-food company SARL Agro Mitidja, still pending approval.",
  },
  // Two generated delegates, each with an accepted request waiting for a slot (demo-meetings.ts).
  {
    email: `delegate.0255.1@${DEMO_EMAIL_DOMAIN}`,
    password: DELEGATE_PASSWORD,
    role: "participant",
    description: "Russian agri-food holding НПО «ЭталонАгроХолдинг» (approved), Russian interface: an accepted request to book.",
  },
  {
    email: `delegate.0260.1@${DEMO_EMAIL_DOMAIN}`,
    password: DELEGATE_PASSWORD,
    role: "participant",
    description: "Russian logistics company ООО «КубаньЛогистик» (approved), Russian interface: an accepted request to book.",
  },
];

export const demoOrganiser = {
  email: `organiser@${DEMO_EMAIL_DOMAIN}`,
  fullName: "Yasmine Hadjadj",
  jobTitle: "Coordinatrice du forum",
  languages: ["ar", "fr", "en"],
  locale: "fr",
} as const;

/**
 * The companies behind the demo accounts, written by hand so each demo journey has
 * something to find: Amina's needs meet Ivan's offers, Karim's needs meet Russian solar
 * makers, Elena looks for Algerian integrators. `number` fixes their place among the 500.
 */
export const handwrittenCompanies: readonly HandwrittenCompany[] = [
  {
    number: 1,
    name: "Saidal Atlas Pharma",
    country: "DZ",
    city: "الجزائر العاصمة",
    language: "ar",
    size: "medium",
    sectors: ["pharma_health"],
    lookingFor: ["export", "technology_transfer", "joint_venture"],
    status: "approved",
    website: "https://www.saidal-atlas-pharma.dz",
    description:
      "Saidal Atlas Pharma مؤسسة متوسطة مقرها الجزائر العاصمة، متخصصة في صناعة الأدوية الجنيسة. مصنعنا في الرويبة حاصل على شهادة الممارسات الجيدة للتصنيع، وتشمل تشكيلتنا أدوية الأورام والسكري. نبحث عن شركاء روس من أجل تصدير منتجاتنا ونقل تكنولوجيا الأدوية القابلة للحقن.",
    offers: [
      ["أدوية جنيسة لعلاج الأورام والسكري", "pharma_health"],
      ["التصنيع الصيدلاني لحساب الغير", "pharma_health"],
    ],
    needs: [
      ["نقل التكنولوجيا لإنتاج الأدوية القابلة للحقن", "pharma_health"],
      ["موزع للأدوية الجنيسة في روسيا", "pharma_health"],
      ["لوجستيك سلسلة التبريد نحو روسيا", "logistics"],
    ],
    delegates: [
      { email: `amina.benali@${DEMO_EMAIL_DOMAIN}`, fullName: "Amina Benali", jobTitle: "المديرة العامة", languages: ["ar", "fr", "en"], locale: "ar" },
      { fullName: "Riad Hamidi", jobTitle: "Directeur commercial", languages: ["ar", "fr"], locale: "fr" },
    ],
    registeredHoursAgo: 1450,
  },
  {
    number: 2,
    name: "SARL Atlas Solaire",
    country: "DZ",
    city: "Oran",
    language: "fr",
    size: "small",
    sectors: ["renewable_energy", "energy"],
    lookingFor: ["import", "joint_venture", "technology_transfer"],
    status: "approved",
    website: "https://www.atlas-solaire.dz",
    description:
      "SARL Atlas Solaire est une PME basée à Oran, spécialisée dans l'installation de centrales solaires photovoltaïques. Nous réalisons les études, l'installation et la maintenance de centrales pour l'industrie et l'agriculture, du littoral jusqu'au Sud. Nous recherchons des partenaires russes pour l'importation de panneaux et d'onduleurs et la création d'une coentreprise d'assemblage.",
    offers: [
      ["installation clé en main de centrales photovoltaïques", "renewable_energy"],
      ["maintenance de parcs solaires dans le Sud", "renewable_energy"],
    ],
    needs: [
      ["fournisseur d'onduleurs et de panneaux solaires", "renewable_energy"],
      ["technologie de stockage par batteries", "renewable_energy"],
      ["partenaire pour une usine de panneaux photovoltaïques", "renewable_energy"],
    ],
    delegates: [
      { email: `karim.haddad@${DEMO_EMAIL_DOMAIN}`, fullName: "Karim Haddad", jobTitle: "Gérant", languages: ["ar", "fr"], locale: "fr" },
    ],
    registeredHoursAgo: 1100,
  },
  {
    number: 3,
    name: "SARL Agro Mitidja",
    country: "DZ",
    city: "Blida",
    language: "fr",
    size: "small",
    sectors: ["agri_food", "smart_agriculture"],
    lookingFor: ["export", "import"],
    status: "pending",
    website: "https://www.agro-mitidja.dz",
    description:
      "SARL Agro Mitidja est une PME basée à Blida, spécialisée dans la transformation de fruits et légumes. Nous travaillons avec les agrumiculteurs et les maraîchers de la Mitidja. Nous recherchons des partenaires russes pour l'export de nos conserves et l'importation de lignes de conditionnement.",
    offers: [
      ["conserves de tomate et de légumes", "agri_food"],
      ["confitures d'agrumes de la Mitidja", "agri_food"],
    ],
    needs: [
      ["importateur de produits algériens en Russie", "agri_food"],
      ["lignes de conditionnement alimentaire", "agri_food"],
    ],
    delegates: [
      { email: `nadia.mansouri@${DEMO_EMAIL_DOMAIN}`, fullName: "Nadia Mansouri", jobTitle: "Directrice générale", languages: ["fr", "ar"], locale: "fr" },
    ],
    registeredHoursAgo: 30,
  },
  {
    number: 251,
    name: "АО «ВолгаФарм»",
    country: "RU",
    city: "Самара",
    language: "ru",
    size: "medium",
    sectors: ["pharma_health", "logistics"],
    lookingFor: ["import", "distribution", "investment"],
    status: "approved",
    website: "https://volgafarm.ru",
    description:
      "АО «ВолгаФарм» (г. Самара) — среднее предприятие; основное направление — дистрибуция лекарственных средств. Мы обслуживаем более трёх тысяч аптек Поволжья и Урала, собственные склады работают с соблюдением холодовой цепи. В Алжире нас интересуют поставщики дженериков и инвестиции в совместное производство.",
    offers: [
      ["дистрибуция лекарств в России", "pharma_health"],
      ["складская логистика с холодовой цепью", "logistics"],
    ],
    needs: [
      ["производитель дженериков для контрактного выпуска", "pharma_health"],
      ["поставщик онкологических дженериков", "pharma_health"],
    ],
    delegates: [
      { email: `ivan.petrov@${DEMO_EMAIL_DOMAIN}`, fullName: "Ivan Petrov", jobTitle: "Коммерческий директор", languages: ["ru", "en"], locale: "ru" },
      { fullName: "Мария Соколова", jobTitle: "Менеджер по экспорту", languages: ["ru"], locale: "ru" },
    ],
    registeredHoursAgo: 1300,
  },
  {
    number: 252,
    name: "ООО «НейроЦифра»",
    country: "RU",
    city: "Moscow",
    language: "en",
    size: "medium",
    sectors: ["artificial_intelligence", "digital_tech"],
    lookingFor: ["export", "distribution", "joint_venture"],
    status: "approved",
    website: "https://neurotsifra.com",
    description:
      "ООО «НейроЦифра» is a mid-sized company based in Moscow, working in natural language processing and computer vision. Our speech recognition understands Arabic dialects, French and Russian, and our vision systems check quality on production lines. In Algeria we are looking for system integrators, distributors and joint venture partners.",
    offers: [
      ["Arabic and French speech recognition", "artificial_intelligence"],
      ["computer vision for quality control", "artificial_intelligence"],
      ["an ERP system with an Arabic interface", "digital_tech"],
    ],
    needs: [
      ["a system integrator in Algeria", "digital_tech"],
      ["pilot projects with Algerian companies", "artificial_intelligence"],
    ],
    delegates: [
      { email: `elena.smirnova@${DEMO_EMAIL_DOMAIN}`, fullName: "Elena Smirnova", jobTitle: "Head of International Business", languages: ["ru", "en", "fr"], locale: "en" },
    ],
    registeredHoursAgo: 980,
  },
];
