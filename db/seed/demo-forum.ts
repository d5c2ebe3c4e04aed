import type { LocalizedText, SessionKind } from "../schema";

/** The demo forum: the Algerian–Russian Business Forum, Algiers, December 2026. */
export const DEMO_FORUM_SLUG = "algiers-2026";

export function getDemoForumSlug(): string {
  return DEMO_FORUM_SLUG;
}

export const demoForum = {
  slug: DEMO_FORUM_SLUG,
  name: {
    fr: "Forum d'affaires algéro-russe",
    ar: "منتدى الأعمال الجزائري الروسي",
    ru: "Алжирско-российский бизнес-форум",
    en: "Algerian–Russian Business Forum",
  },
  city: { fr: "Alger", ar: "الجزائر العاصمة", ru: "Алжир", en: "Algiers" },
  venue: {
    fr: "Centre International de Conférences Abdelatif Rahal, Alger",
    ar: "المركز الدولي للمؤتمرات عبد اللطيف رحال، الجزائر العاصمة",
    ru: "Международный конференц-центр имени Абдельлатифа Рахаля, Алжир",
    en: "Abdelatif Rahal International Conference Centre, Algiers",
  },
  timeZone: "Africa/Algiers",
  startsOn: "2026-12-08",
  endsOn: "2026-12-09",
  countryA: "DZ",
  countryB: "RU",
  slotMinutes: 30,
  meetingCap: 20,
} as const;

/** A wall-clock time in Algiers as a UTC instant. Algiers is UTC+1 all year (no DST). */
export function algiersTime(day: string, hhmm: string): Date {
  return new Date(`${day}T${hhmm}:00+01:00`);
}

const DAY1 = "2026-12-08";
const DAY2 = "2026-12-09";

export const demoForumDays = [
  { day: DAY1, b2bStartsAt: algiersTime(DAY1, "10:00"), b2bEndsAt: algiersTime(DAY1, "17:30") },
  { day: DAY2, b2bStartsAt: algiersTime(DAY2, "09:30"), b2bEndsAt: algiersTime(DAY2, "16:00") },
];

export const demoSectors = [
  {
    code: "renewable_energy",
    name: { fr: "Énergies renouvelables", ar: "الطاقات المتجددة", ru: "Возобновляемая энергетика", en: "Renewable energy" },
  },
  {
    code: "smart_agriculture",
    name: {
      fr: "Agriculture intelligente et sécurité alimentaire",
      ar: "الفلاحة الذكية والأمن الغذائي",
      ru: "Умное сельское хозяйство и продовольственная безопасность",
      en: "Smart agriculture and food security",
    },
  },
  {
    code: "pharma_health",
    name: { fr: "Industrie pharmaceutique et santé", ar: "الصناعة الصيدلانية والصحة", ru: "Фармацевтика и здравоохранение", en: "Pharma and health" },
  },
  {
    code: "digital_tech",
    name: { fr: "Technologies numériques", ar: "التكنولوجيات الرقمية", ru: "Цифровые технологии", en: "Digital technology" },
  },
  {
    code: "artificial_intelligence",
    name: { fr: "Intelligence artificielle", ar: "الذكاء الاصطناعي", ru: "Искусственный интеллект", en: "Artificial intelligence" },
  },
  {
    code: "energy",
    name: {
      fr: "Énergie : hydrocarbures et électricité",
      ar: "الطاقة: المحروقات والكهرباء",
      ru: "Энергетика: углеводороды и электроэнергия",
      en: "Energy: oil, gas and power",
    },
  },
  {
    code: "agri_food",
    name: { fr: "Agroalimentaire", ar: "الصناعات الغذائية", ru: "Агропищевая промышленность", en: "Agri-food" },
  },
  {
    code: "logistics",
    name: { fr: "Transport et logistique", ar: "النقل واللوجستيك", ru: "Транспорт и логистика", en: "Transport and logistics" },
  },
] as const satisfies readonly { code: string; name: LocalizedText }[];

export type SectorCode = (typeof demoSectors)[number]["code"];
export const sectorCodes: readonly SectorCode[] = demoSectors.map((s) => s.code);

export const demoRooms = [
  {
    key: "plenary",
    capacity: 1200,
    name: { fr: "Salle plénière", ar: "القاعة العامة", ru: "Пленарный зал", en: "Plenary hall" },
  },
  {
    key: "tassili",
    capacity: 180,
    name: { fr: "Salle de panels Tassili", ar: "قاعة الطاسيلي للنقاشات", ru: "Зал панельных сессий «Тассилин»", en: "Tassili panel room" },
  },
  {
    key: "hoggar",
    capacity: 180,
    name: { fr: "Salle de panels Hoggar", ar: "قاعة الهقار للنقاشات", ru: "Зал панельных сессий «Ахаггар»", en: "Hoggar panel room" },
  },
  {
    key: "djurdjura",
    capacity: 60,
    name: { fr: "Salle d'ateliers Djurdjura", ar: "قاعة جرجرة للورشات", ru: "Зал мастер-классов «Джурджура»", en: "Djurdjura workshop room" },
  },
  {
    key: "b2b",
    capacity: 300,
    name: { fr: "Hall des rendez-vous B2B", ar: "قاعة لقاءات الأعمال B2B", ru: "Зал B2B-встреч", en: "B2B meeting hall" },
  },
] as const satisfies readonly { key: string; capacity: number; name: LocalizedText }[];

export type RoomKey = (typeof demoRooms)[number]["key"];

/** 60 tables in the B2B hall: zone A holds 1–20, B 21–40, C 41–60. */
export const demoTables = Array.from({ length: 60 }, (_, i) => ({
  number: i + 1,
  zone: i < 20 ? "A" : i < 40 ? "B" : "C",
  roomKey: "b2b" as RoomKey,
}));

export interface DemoSession {
  kind: SessionKind;
  title: LocalizedText;
  roomKey: RoomKey | null;
  sectorCode: SectorCode | null;
  speakers: string[];
  startsAt: Date;
  endsAt: Date;
  blocksB2b: boolean;
}

type Loc = { fr: string; ar: string; ru: string; en: string };

function session(
  kind: SessionKind,
  day: string,
  from: string,
  to: string,
  title: Loc,
  extra: { room?: RoomKey; sector?: SectorCode; speakers?: string[]; blocks?: boolean } = {},
): DemoSession {
  return {
    kind,
    title,
    roomKey: extra.room ?? null,
    sectorCode: extra.sector ?? null,
    speakers: extra.speakers ?? [],
    startsAt: algiersTime(day, from),
    endsAt: algiersTime(day, to),
    blocksB2b: extra.blocks ?? false,
  };
}

const welcome: Loc = { fr: "Accueil et café de bienvenue", ar: "الاستقبال وقهوة الترحيب", ru: "Регистрация и приветственный кофе", en: "Registration and welcome coffee" };
const coffee: Loc = { fr: "Pause café", ar: "استراحة قهوة", ru: "Кофе-брейк", en: "Coffee break" };
const lunch: Loc = { fr: "Déjeuner", ar: "غداء", ru: "Обед", en: "Lunch" };

// Plenaries and lunch block B2B meetings; panels and workshops run beside them. Blocking
// sessions start and end on the 30-minute slot grid so no slot is lost to a half overlap.
export const demoAgenda: DemoSession[] = [
  session("break", DAY1, "08:30", "09:15", welcome),
  session("plenary", DAY1, "09:15", "10:00", { fr: "Séance plénière d'ouverture", ar: "الجلسة العامة الافتتاحية", ru: "Пленарное заседание: открытие форума", en: "Opening plenary" }, {
    room: "plenary",
    blocks: true,
    speakers: [
      "Mourad Benslimane — président, Conseil d'affaires algéro-russe",
      "Sergueï Volkov — coprésident, Conseil d'affaires russo-algérien",
      "Leïla Hamdani — directrice générale, agence de promotion des exportations",
    ],
  }),
  session("break", DAY1, "10:30", "11:00", coffee),
  session("panel", DAY1, "11:00", "12:15", { fr: "Énergies renouvelables : solaire, hydrogène vert et réseaux", ar: "الطاقات المتجددة: الطاقة الشمسية والهيدروجين الأخضر والشبكات", ru: "Возобновляемая энергетика: солнце, зелёный водород и сети", en: "Renewable energy: solar, green hydrogen and grids" }, {
    room: "tassili",
    sector: "renewable_energy",
    speakers: ["Nassim Ferhat — directeur des projets solaires, Atlas Solaire Ingénierie", "Olga Lebedeva — directrice du développement international, EcoEnergoStroy", "Djamel Ouali — modérateur, Cluster Énergie Solaire"],
  }),
  session("panel", DAY1, "11:00", "12:15", { fr: "Pharmacie et santé : produire, enregistrer et distribuer", ar: "الصيدلة والصحة: الإنتاج والتسجيل والتوزيع", ru: "Фармацевтика и здравоохранение: производство, регистрация, дистрибуция", en: "Pharma and health: making, registering and distributing medicines" }, {
    room: "hoggar",
    sector: "pharma_health",
    speakers: ["Samia Khelifi — présidente, Union nationale des opérateurs de la pharmacie", "Andreï Sokolov — directeur export, PharmSintez-Volga", "Karima Bouzid — experte en enregistrement des médicaments"],
  }),
  session("workshop", DAY1, "11:00", "12:30", { fr: "Atelier : exporter vers la Russie — certification, douanes et paiements", ar: "ورشة: التصدير إلى روسيا — الاعتماد والجمارك والدفع", ru: "Мастер-класс: экспорт в Россию — сертификация, таможня и платежи", en: "Workshop: exporting to Russia — certification, customs and payments" }, {
    room: "djurdjura",
    speakers: ["Ekaterina Morozova — experte de l'Union économique eurasiatique", "Riad Cherif — transitaire agréé, Port d'Alger"],
  }),
  session("plenary", DAY1, "12:30", "13:15", { fr: "Plénière ministérielle : objectif 10 milliards de dollars d'échanges en 2030", ar: "الجلسة الوزارية: هدف 10 مليارات دولار من المبادلات في 2030", ru: "Министерская сессия: цель — 10 млрд долларов товарооборота к 2030 году", en: "Ministerial plenary: towards 10 billion dollars of trade by 2030" }, {
    room: "plenary",
    blocks: true,
    speakers: ["Ministre du Commerce extérieur et de la Promotion des exportations", "Vice-ministre du Développement économique de la Fédération de Russie", "Ambassadeur de la Fédération de Russie en Algérie"],
  }),
  session("break", DAY1, "13:15", "14:30", lunch, { blocks: true }),
  session("panel", DAY1, "14:30", "15:45", { fr: "Agriculture intelligente et sécurité alimentaire", ar: "الفلاحة الذكية والأمن الغذائي", ru: "Умное сельское хозяйство и продовольственная безопасность", en: "Smart agriculture and food security" }, {
    room: "tassili",
    sector: "smart_agriculture",
    speakers: ["Yacine Rahmani — agronome, coopérative céréalière de Sétif", "Natalia Kuznetsova — PDG, AgroDron Kuban", "Hichem Belaid — agriculteur, périmètre irrigué d'El Ménéa"],
  }),
  session("panel", DAY1, "14:30", "15:45", { fr: "Technologies numériques : cloud, fintech et cybersécurité", ar: "التكنولوجيات الرقمية: الحوسبة السحابية والتكنولوجيا المالية والأمن السيبراني", ru: "Цифровые технологии: облака, финтех и кибербезопасность", en: "Digital technology: cloud, fintech and cybersecurity" }, {
    room: "hoggar",
    sector: "digital_tech",
    speakers: ["Lynda Amrani — fondatrice, Algiers Digital Hub", "Maxim Orlov — directeur des partenariats, TsifraSoft", "Walid Saadi — expert en cybersécurité"],
  }),
  session("break", DAY1, "15:45", "16:15", coffee),
  session("panel", DAY1, "16:15", "17:30", { fr: "Énergie : hydrocarbures, électricité et services", ar: "الطاقة: المحروقات والكهرباء والخدمات", ru: "Энергетика: углеводороды, электроэнергия и сервис", en: "Energy: oil, gas, power and services" }, {
    room: "tassili",
    sector: "energy",
    speakers: ["Abdelkader Meziane — directeur des partenariats, Sahara Petroservices", "Dmitri Pavlov — directeur régional Afrique du Nord, NeftegazServis", "Farid Djebbar — modérateur, économiste de l'énergie"],
  }),
  session("break", DAY2, "08:45", "09:30", welcome),
  session("panel", DAY2, "09:30", "10:45", { fr: "L'intelligence artificielle au service de l'industrie et des services publics", ar: "الذكاء الاصطناعي في خدمة الصناعة والخدمات العمومية", ru: "Искусственный интеллект для промышленности и госуслуг", en: "Artificial intelligence for industry and public services" }, {
    room: "tassili",
    sector: "artificial_intelligence",
    speakers: ["Meriem Zitouni — professeure en intelligence artificielle, université d'Alger", "Elena Vinogradova — directrice produit, NeuroData Kazan", "Sofiane Touati — fondateur, start-up Dzair Vision"],
  }),
  session("panel", DAY2, "09:30", "10:45", { fr: "Agroalimentaire : de la transformation à l'export", ar: "الصناعات الغذائية: من التحويل إلى التصدير", ru: "Агропищевая промышленность: от переработки до экспорта", en: "Agri-food: from processing to export" }, {
    room: "hoggar",
    sector: "agri_food",
    speakers: ["Nabil Brahimi — directeur général, conserverie de la Mitidja", "Igor Semenov — directeur commercial, ZernoExport Don", "Houda Mebarki — conseillère export, chambre de commerce de Blida"],
  }),
  session("workshop", DAY2, "10:00", "11:30", { fr: "Atelier : investir en Algérie — loi sur l'investissement et guichet unique", ar: "ورشة: الاستثمار في الجزائر — قانون الاستثمار والشباك الوحيد", ru: "Мастер-класс: инвестиции в Алжир — закон об инвестициях и «единое окно»", en: "Workshop: investing in Algeria — the investment law and the one-stop shop" }, {
    room: "djurdjura",
    speakers: ["Salim Hamidi — conseiller en investissement, guichet unique d'Alger", "Tatiana Ivanova — avocate d'affaires, Moscou"],
  }),
  session("break", DAY2, "11:00", "11:30", coffee),
  session("panel", DAY2, "11:30", "12:30", { fr: "Transport et logistique : lignes maritimes et chaîne du froid", ar: "النقل واللوجستيك: الخطوط البحرية وسلسلة التبريد", ru: "Транспорт и логистика: морские линии и холодовая цепь", en: "Transport and logistics: shipping lines and the cold chain" }, {
    room: "tassili",
    sector: "logistics",
    speakers: ["Khaled Bensalem — directeur commercial, Méditerranée Lignes Maritimes", "Pavel Zakharov — directeur général, NovorosLogistik", "Asma Yahiaoui — modératrice, Association des transitaires"],
  }),
  session("break", DAY2, "12:30", "13:30", lunch, { blocks: true }),
  session("plenary", DAY2, "16:15", "17:30", { fr: "Plénière de clôture et signature d'accords", ar: "الجلسة الختامية وتوقيع الاتفاقيات", ru: "Закрытие форума и подписание соглашений", en: "Closing plenary and signing of agreements" }, {
    room: "plenary",
    blocks: true,
    speakers: ["Mourad Benslimane — président, Conseil d'affaires algéro-russe", "Sergueï Volkov — coprésident, Conseil d'affaires russo-algérien"],
  }),
];
