import type { LocalizedList, LocalizedText, SessionKind } from "../schema";

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
  speakers: LocalizedList;
  startsAt: Date;
  endsAt: Date;
  blocksB2b: boolean;
}

type Loc = { fr: string; ar: string; ru: string; en: string };
const languages = ["fr", "ar", "ru", "en"] as const;

function session(
  kind: SessionKind,
  day: string,
  from: string,
  to: string,
  title: Loc,
  extra: { room?: RoomKey; sector?: SectorCode; speakers?: Loc[]; blocks?: boolean } = {},
): DemoSession {
  return {
    kind,
    title,
    roomKey: extra.room ?? null,
    sectorCode: extra.sector ?? null,
    speakers: extra.speakers ? Object.fromEntries(languages.map((l) => [l, extra.speakers!.map((speaker) => speaker[l])])) : {},
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
      { fr: "Mourad Benslimane — président, Conseil d'affaires algéro-russe", ar: "مراد بن سليمان — رئيس مجلس الأعمال الجزائري الروسي", ru: "Мурад Бенслиман — председатель, Алжирско-российский деловой совет", en: "Mourad Benslimane — chair, Algerian–Russian Business Council" },
      { fr: "Sergueï Volkov — coprésident, Conseil d'affaires russo-algérien", ar: "سيرغي فولكوف — الرئيس المشارك لمجلس الأعمال الروسي الجزائري", ru: "Сергей Волков — сопредседатель, Российско-алжирский деловой совет", en: "Sergei Volkov — co-chair, Russian–Algerian Business Council" },
      { fr: "Leïla Hamdani — directrice générale, agence de promotion des exportations", ar: "ليلى حمداني — المديرة العامة لوكالة ترقية الصادرات", ru: "Лейла Хамдани — генеральный директор, агентство по продвижению экспорта", en: "Leïla Hamdani — director general, export promotion agency" },
    ],
  }),
  session("break", DAY1, "10:30", "11:00", coffee),
  session("panel", DAY1, "11:00", "12:15", { fr: "Énergies renouvelables : solaire, hydrogène vert et réseaux", ar: "الطاقات المتجددة: الطاقة الشمسية والهيدروجين الأخضر والشبكات", ru: "Возобновляемая энергетика: солнце, зелёный водород и сети", en: "Renewable energy: solar, green hydrogen and grids" }, {
    room: "tassili",
    sector: "renewable_energy",
    speakers: [{ fr: "Nassim Ferhat — directeur des projets solaires, Atlas Solaire Ingénierie", ar: "نسيم فرحات — مدير المشاريع الشمسية، Atlas Solaire Ingénierie", ru: "Нассим Ферхат — директор солнечных проектов, Atlas Solaire Ingénierie", en: "Nassim Ferhat — head of solar projects, Atlas Solaire Ingénierie" }, { fr: "Olga Lebedeva — directrice du développement international, EcoEnergoStroy", ar: "أولغا ليبيديفا — مديرة التطوير الدولي، EcoEnergoStroy", ru: "Ольга Лебедева — директор по международному развитию, «ЭкоЭнергоСтрой»", en: "Olga Lebedeva — director of international development, EcoEnergoStroy" }, { fr: "Djamel Ouali — modérateur, Cluster Énergie Solaire", ar: "جمال والي — مدير الجلسة، تجمع الطاقة الشمسية", ru: "Джамель Уали — модератор, кластер солнечной энергетики", en: "Djamel Ouali — moderator, Solar Energy Cluster" }],
  }),
  session("panel", DAY1, "11:00", "12:15", { fr: "Pharmacie et santé : produire, enregistrer et distribuer", ar: "الصيدلة والصحة: الإنتاج والتسجيل والتوزيع", ru: "Фармацевтика и здравоохранение: производство, регистрация, дистрибуция", en: "Pharma and health: making, registering and distributing medicines" }, {
    room: "hoggar",
    sector: "pharma_health",
    speakers: [{ fr: "Samia Khelifi — présidente, Union nationale des opérateurs de la pharmacie", ar: "سامية خليفي — رئيسة الاتحاد الوطني لمتعاملي الصيدلة", ru: "Самия Хелифи — президент, Национальный союз фармацевтических операторов", en: "Samia Khelifi — president, National Union of Pharmaceutical Operators" }, { fr: "Andreï Sokolov — directeur export, PharmSintez-Volga", ar: "أندريه سوكولوف — مدير التصدير، PharmSintez-Volga", ru: "Андрей Соколов — директор по экспорту, «ФармСинтез-Волга»", en: "Andrei Sokolov — export director, PharmSintez-Volga" }, { fr: "Karima Bouzid — experte en enregistrement des médicaments", ar: "كريمة بوزيد — خبيرة في تسجيل الأدوية", ru: "Карима Бузид — эксперт по регистрации лекарственных средств", en: "Karima Bouzid — expert in medicine registration" }],
  }),
  session("workshop", DAY1, "11:00", "12:30", { fr: "Atelier : exporter vers la Russie — certification, douanes et paiements", ar: "ورشة: التصدير إلى روسيا — الاعتماد والجمارك والدفع", ru: "Мастер-класс: экспорт в Россию — сертификация, таможня и платежи", en: "Workshop: exporting to Russia — certification, customs and payments" }, {
    room: "djurdjura",
    speakers: [{ fr: "Ekaterina Morozova — experte de l'Union économique eurasiatique", ar: "إيكاتيرينا موروزوفا — خبيرة في الاتحاد الاقتصادي الأوراسي", ru: "Екатерина Морозова — эксперт по Евразийскому экономическому союзу", en: "Ekaterina Morozova — Eurasian Economic Union expert" }, { fr: "Riad Cherif — transitaire agréé, Port d'Alger", ar: "رياض شريف — وكيل عبور معتمد، ميناء الجزائر", ru: "Риад Шериф — лицензированный экспедитор, порт Алжира", en: "Riad Cherif — licensed freight forwarder, Port of Algiers" }],
  }),
  session("plenary", DAY1, "12:30", "13:15", { fr: "Plénière ministérielle : objectif 10 milliards de dollars d'échanges en 2030", ar: "الجلسة الوزارية: هدف 10 مليارات دولار من المبادلات في 2030", ru: "Министерская сессия: цель — 10 млрд долларов товарооборота к 2030 году", en: "Ministerial plenary: towards 10 billion dollars of trade by 2030" }, {
    room: "plenary",
    blocks: true,
    speakers: [{ fr: "Ministre du Commerce extérieur et de la Promotion des exportations", ar: "وزير التجارة الخارجية وترقية الصادرات", ru: "Министр внешней торговли и продвижения экспорта", en: "Minister of Foreign Trade and Export Promotion" }, { fr: "Vice-ministre du Développement économique de la Fédération de Russie", ar: "نائب وزير التنمية الاقتصادية لروسيا الاتحادية", ru: "Заместитель министра экономического развития Российской Федерации", en: "Deputy Minister of Economic Development of the Russian Federation" }, { fr: "Ambassadeur de la Fédération de Russie en Algérie", ar: "سفير روسيا الاتحادية لدى الجزائر", ru: "Посол Российской Федерации в Алжире", en: "Ambassador of the Russian Federation to Algeria" }],
  }),
  session("break", DAY1, "13:15", "14:30", lunch, { blocks: true }),
  session("panel", DAY1, "14:30", "15:45", { fr: "Agriculture intelligente et sécurité alimentaire", ar: "الفلاحة الذكية والأمن الغذائي", ru: "Умное сельское хозяйство и продовольственная безопасность", en: "Smart agriculture and food security" }, {
    room: "tassili",
    sector: "smart_agriculture",
    speakers: [{ fr: "Yacine Rahmani — agronome, coopérative céréalière de Sétif", ar: "ياسين رحماني — مهندس زراعي، تعاونية الحبوب بسطيف", ru: "Ясин Рахмани — агроном, зерновой кооператив Сетифа", en: "Yacine Rahmani — agronomist, Sétif grain cooperative" }, { fr: "Natalia Kuznetsova — PDG, AgroDron Kuban", ar: "ناتاليا كوزنيتسوفا — الرئيسة المديرة العامة، AgroDron Kuban", ru: "Наталья Кузнецова — генеральный директор, «АгроДрон Кубань»", en: "Natalia Kuznetsova — CEO, AgroDron Kuban" }, { fr: "Hichem Belaid — agriculteur, périmètre irrigué d'El Ménéa", ar: "هشام بلعيد — فلاح، المحيط المسقي بالمنيعة", ru: "Хишем Белаид — фермер, орошаемый массив Эль-Менеа", en: "Hichem Belaid — farmer, El Ménéa irrigated area" }],
  }),
  session("panel", DAY1, "14:30", "15:45", { fr: "Technologies numériques : cloud, fintech et cybersécurité", ar: "التكنولوجيات الرقمية: الحوسبة السحابية والتكنولوجيا المالية والأمن السيبراني", ru: "Цифровые технологии: облака, финтех и кибербезопасность", en: "Digital technology: cloud, fintech and cybersecurity" }, {
    room: "hoggar",
    sector: "digital_tech",
    speakers: [{ fr: "Lynda Amrani — fondatrice, Algiers Digital Hub", ar: "ليندة عمراني — مؤسِّسة Algiers Digital Hub", ru: "Линда Амрани — основатель, Algiers Digital Hub", en: "Lynda Amrani — founder, Algiers Digital Hub" }, { fr: "Maxim Orlov — directeur des partenariats, TsifraSoft", ar: "مكسيم أورلوف — مدير الشراكات، TsifraSoft", ru: "Максим Орлов — директор по партнёрствам, «ЦифраСофт»", en: "Maxim Orlov — head of partnerships, TsifraSoft" }, { fr: "Walid Saadi — expert en cybersécurité", ar: "وليد سعدي — خبير في الأمن السيبراني", ru: "Валид Саади — эксперт по кибербезопасности", en: "Walid Saadi — cybersecurity expert" }],
  }),
  session("break", DAY1, "15:45", "16:15", coffee),
  session("panel", DAY1, "16:15", "17:30", { fr: "Énergie : hydrocarbures, électricité et services", ar: "الطاقة: المحروقات والكهرباء والخدمات", ru: "Энергетика: углеводороды, электроэнергия и сервис", en: "Energy: oil, gas, power and services" }, {
    room: "tassili",
    sector: "energy",
    speakers: [{ fr: "Abdelkader Meziane — directeur des partenariats, Sahara Petroservices", ar: "عبد القادر مزيان — مدير الشراكات، Sahara Petroservices", ru: "Абделькадер Мезиан — директор по партнёрствам, Sahara Petroservices", en: "Abdelkader Meziane — head of partnerships, Sahara Petroservices" }, { fr: "Dmitri Pavlov — directeur régional Afrique du Nord, NeftegazServis", ar: "دميتري بافلوف — المدير الإقليمي لشمال إفريقيا، NeftegazServis", ru: "Дмитрий Павлов — региональный директор по Северной Африке, «НефтегазСервис»", en: "Dmitry Pavlov — regional director for North Africa, NeftegazServis" }, { fr: "Farid Djebbar — modérateur, économiste de l'énergie", ar: "فريد جبار — مدير الجلسة، خبير في اقتصاد الطاقة", ru: "Фарид Джеббар — модератор, экономист-энергетик", en: "Farid Djebbar — moderator, energy economist" }],
  }),
  session("break", DAY2, "08:45", "09:30", welcome),
  session("panel", DAY2, "09:30", "10:45", { fr: "L'intelligence artificielle au service de l'industrie et des services publics", ar: "الذكاء الاصطناعي في خدمة الصناعة والخدمات العمومية", ru: "Искусственный интеллект для промышленности и госуслуг", en: "Artificial intelligence for industry and public services" }, {
    room: "tassili",
    sector: "artificial_intelligence",
    speakers: [{ fr: "Meriem Zitouni — professeure en intelligence artificielle, université d'Alger", ar: "مريم زيتوني — أستاذة الذكاء الاصطناعي، جامعة الجزائر", ru: "Мерьем Зитуни — профессор искусственного интеллекта, Алжирский университет", en: "Meriem Zitouni — professor of artificial intelligence, University of Algiers" }, { fr: "Elena Vinogradova — directrice produit, NeuroData Kazan", ar: "إيلينا فينوغرادوفا — مديرة المنتجات، NeuroData Kazan", ru: "Елена Виноградова — директор по продукту, «НейроДата Казань»", en: "Elena Vinogradova — product director, NeuroData Kazan" }, { fr: "Sofiane Touati — fondateur, start-up Dzair Vision", ar: "سفيان تواتي — مؤسس الشركة الناشئة Dzair Vision", ru: "Софиан Туати — основатель стартапа Dzair Vision", en: "Sofiane Touati — founder, Dzair Vision start-up" }],
  }),
  session("panel", DAY2, "09:30", "10:45", { fr: "Agroalimentaire : de la transformation à l'export", ar: "الصناعات الغذائية: من التحويل إلى التصدير", ru: "Агропищевая промышленность: от переработки до экспорта", en: "Agri-food: from processing to export" }, {
    room: "hoggar",
    sector: "agri_food",
    speakers: [{ fr: "Nabil Brahimi — directeur général, conserverie de la Mitidja", ar: "نبيل براهيمي — المدير العام، مصبرة متيجة", ru: "Набиль Брахими — генеральный директор, консервный завод Митиджи", en: "Nabil Brahimi — managing director, Mitidja cannery" }, { fr: "Igor Semenov — directeur commercial, ZernoExport Don", ar: "إيغور سيميونوف — المدير التجاري، ZernoExport Don", ru: "Игорь Семёнов — коммерческий директор, «ЗерноЭкспорт Дон»", en: "Igor Semenov — sales director, ZernoExport Don" }, { fr: "Houda Mebarki — conseillère export, chambre de commerce de Blida", ar: "هدى مباركي — مستشارة التصدير، غرفة التجارة بالبليدة", ru: "Худа Мебарки — советник по экспорту, торговая палата Блиды", en: "Houda Mebarki — export adviser, Blida chamber of commerce" }],
  }),
  session("workshop", DAY2, "10:00", "11:30", { fr: "Atelier : investir en Algérie — loi sur l'investissement et guichet unique", ar: "ورشة: الاستثمار في الجزائر — قانون الاستثمار والشباك الوحيد", ru: "Мастер-класс: инвестиции в Алжир — закон об инвестициях и «единое окно»", en: "Workshop: investing in Algeria — the investment law and the one-stop shop" }, {
    room: "djurdjura",
    speakers: [{ fr: "Salim Hamidi — conseiller en investissement, guichet unique d'Alger", ar: "سليم حميدي — مستشار الاستثمار، الشباك الوحيد بالجزائر", ru: "Салим Хамиди — консультант по инвестициям, «единое окно» Алжира", en: "Salim Hamidi — investment adviser, Algiers one-stop shop" }, { fr: "Tatiana Ivanova — avocate d'affaires, Moscou", ar: "تاتيانا إيفانوفا — محامية أعمال، موسكو", ru: "Татьяна Иванова — юрист по корпоративному праву, Москва", en: "Tatiana Ivanova — business lawyer, Moscow" }],
  }),
  session("break", DAY2, "11:00", "11:30", coffee),
  session("panel", DAY2, "11:30", "12:30", { fr: "Transport et logistique : lignes maritimes et chaîne du froid", ar: "النقل واللوجستيك: الخطوط البحرية وسلسلة التبريد", ru: "Транспорт и логистика: морские линии и холодовая цепь", en: "Transport and logistics: shipping lines and the cold chain" }, {
    room: "tassili",
    sector: "logistics",
    speakers: [{ fr: "Khaled Bensalem — directeur commercial, Méditerranée Lignes Maritimes", ar: "خالد بن سالم — المدير التجاري، Méditerranée Lignes Maritimes", ru: "Халед Бенсалем — коммерческий директор, Méditerranée Lignes Maritimes", en: "Khaled Bensalem — sales director, Méditerranée Lignes Maritimes" }, { fr: "Pavel Zakharov — directeur général, NovorosLogistik", ar: "بافل زاخاروف — المدير العام، NovorosLogistik", ru: "Павел Захаров — генеральный директор, «НоворосЛогистик»", en: "Pavel Zakharov — managing director, NovorosLogistik" }, { fr: "Asma Yahiaoui — modératrice, Association des transitaires", ar: "أسماء يحياوي — مديرة الجلسة، جمعية وكلاء العبور", ru: "Асма Яхиауи — модератор, Ассоциация экспедиторов", en: "Asma Yahiaoui — moderator, Freight Forwarders' Association" }],
  }),
  session("break", DAY2, "12:30", "13:30", lunch, { blocks: true }),
  session("plenary", DAY2, "16:15", "17:30", { fr: "Plénière de clôture et signature d'accords", ar: "الجلسة الختامية وتوقيع الاتفاقيات", ru: "Закрытие форума и подписание соглашений", en: "Closing plenary and signing of agreements" }, {
    room: "plenary",
    blocks: true,
    speakers: [{ fr: "Mourad Benslimane — président, Conseil d'affaires algéro-russe", ar: "مراد بن سليمان — رئيس مجلس الأعمال الجزائري الروسي", ru: "Мурад Бенслиман — председатель, Алжирско-российский деловой совет", en: "Mourad Benslimane — chair, Algerian–Russian Business Council" }, { fr: "Sergueï Volkov — coprésident, Conseil d'affaires russo-algérien", ar: "سيرغي فولكوف — الرئيس المشارك لمجلس الأعمال الروسي الجزائري", ru: "Сергей Волков — сопредседатель, Российско-алжирский деловой совет", en: "Sergei Volkov — co-chair, Russian–Algerian Business Council" }],
  }),
];
