import type { CompanySize, LookingFor } from "../schema";
import type { SectorCode } from "./demo-forum";

/** The language a company writes its profile in (also a delegate's locale). */
export type ProfileLanguage = "fr" | "ar" | "ru" | "en";

export interface SectorWords {
  /** Phrases that finish "specialised in …" in the company introduction. */
  activity: readonly string[];
  /** Stand-alone sentences about the work. */
  sentences: readonly string[];
  offers: readonly string[];
  needs: readonly string[];
}

/** What the generator needs to write profiles in one language. */
export interface LanguageVocabulary {
  sectors: Record<SectorCode, SectorWords>;
  intro: Record<CompanySize, (name: string, city: string, activity: string) => string>;
  lookingFor: Record<LookingFor, string>;
  lookingForSentence: (list: string) => string;
  joinList: (items: readonly string[]) => string;
}

export function joinWith(and: string, glue = " ") {
  return (items: readonly string[]): string => {
    if (items.length <= 1) return items.join("");
    return `${items.slice(0, -1).join(", ")}${glue}${and}${items[items.length - 1]}`;
  };
}

/** A name in Latin script and in the country's own script. */
export type Pair = readonly [latin: string, native: string];

export const algerianCities: readonly (readonly [fr: string, ar: string, weight: number])[] = [
  ["Alger", "الجزائر العاصمة", 30], ["Oran", "وهران", 12], ["Constantine", "قسنطينة", 8],
  ["Sétif", "سطيف", 7], ["Annaba", "عنابة", 5], ["Blida", "البليدة", 6],
  ["Ouargla", "ورقلة", 3], ["Béjaïa", "بجاية", 5], ["Tlemcen", "تلمسان", 4],
  ["Batna", "باتنة", 3], ["Biskra", "بسكرة", 3], ["Tizi Ouzou", "تيزي وزو", 3],
  ["Hassi Messaoud", "حاسي مسعود", 2], ["Mostaganem", "مستغانم", 2], ["Skikda", "سكيكدة", 2],
  ["Bordj Bou Arréridj", "برج بوعريريج", 3], ["Ghardaïa", "غرداية", 2],
];

export const russianCities: readonly (readonly [en: string, ru: string, weight: number])[] = [
  ["Moscow", "Москва", 30], ["Saint Petersburg", "Санкт-Петербург", 14], ["Kazan", "Казань", 7],
  ["Novosibirsk", "Новосибирск", 5], ["Yekaterinburg", "Екатеринбург", 6], ["Krasnodar", "Краснодар", 6],
  ["Rostov-on-Don", "Ростов-на-Дону", 5], ["Samara", "Самара", 4], ["Nizhny Novgorod", "Нижний Новгород", 4],
  ["Ufa", "Уфа", 3], ["Voronezh", "Воронеж", 3], ["Perm", "Пермь", 2], ["Tomsk", "Томск", 2],
  ["Novorossiysk", "Новороссийск", 3], ["Chelyabinsk", "Челябинск", 2], ["Stavropol", "Ставрополь", 2],
];

// Company names. Algerian: a legal form, a place or landmark, a word for the trade.
export const algerianLegalForms: readonly (readonly [string, number])[] = [
  ["SARL", 40], ["EURL", 18], ["SPA", 14], ["Groupe", 10], ["Entreprise", 5], ["", 13],
];

export const algerianPlaces: readonly Pair[] = [
  ["Atlas", "الأطلس"], ["Mitidja", "متيجة"], ["Tassili", "الطاسيلي"], ["Hoggar", "الهقار"],
  ["Sahel", "الساحل"], ["Djurdjura", "جرجرة"], ["Numidia", "نوميديا"], ["Aurès", "الأوراس"],
  ["Zibans", "الزيبان"], ["Cirta", "سيرتا"], ["Hippone", "هيبون"], ["Saldae", "صلداي"],
  ["Tafna", "تافنة"], ["El Bahia", "الباهية"], ["Casbah", "القصبة"], ["Medjerda", "مجردة"],
  ["Chelif", "الشلف"], ["Seybouse", "سيبوس"], ["Titteri", "التيطري"], ["Ennour", "النور"],
  ["El Feth", "الفتح"], ["El Amel", "الأمل"], ["Tell", "التل"], ["Oasis", "الواحة"],
  ["Nedjma", "النجمة"], ["Rym", "الريم"],
];

/** `{p}` is the place. */
export const algerianNameTemplates: Record<SectorCode, { fr: readonly string[]; ar: readonly string[] }> = {
  renewable_energy: {
    fr: ["{p} Solaire", "{p} Énergie Verte", "Solar {p}", "{p} Photovoltaïque", "{p} Sun Power"],
    ar: ["{p} للطاقة الشمسية", "{p} للطاقات المتجددة"],
  },
  smart_agriculture: {
    fr: ["Agritech {p}", "{p} Agritech", "{p} Agro Innov", "{p} Agri Solutions", "{p} Smart Farm"],
    ar: ["{p} للفلاحة الذكية", "{p} للتقنيات الفلاحية"],
  },
  pharma_health: {
    fr: ["{p} Pharma", "Laboratoires {p}", "{p} Médical", "{p} Santé", "{p} Biotech"],
    ar: ["مخابر {p}", "{p} للأدوية", "{p} للمستلزمات الطبية"],
  },
  digital_tech: {
    fr: ["{p} Digital", "{p} Informatique", "{p} Systèmes", "{p} Télécom", "{p} Soft"],
    ar: ["{p} للحلول الرقمية", "{p} للإعلام الآلي"],
  },
  artificial_intelligence: {
    fr: ["{p} AI Lab", "{p} Data", "{p} Intelligence", "{p} Analytics"],
    ar: ["{p} للذكاء الاصطناعي", "{p} لتحليل البيانات"],
  },
  energy: {
    fr: ["{p} Énergie", "{p} Énergie Services", "{p} Power", "{p} Industries", "{p} Energy"],
    ar: ["{p} لخدمات الطاقة", "{p} للطاقة"],
  },
  agri_food: {
    fr: ["Agro {p}", "{p} Agro", "{p} Food", "{p} Agroalimentaire", "{p} Agro Industrie"],
    ar: ["{p} للصناعات الغذائية", "{p} للمنتجات الغذائية"],
  },
  logistics: {
    fr: ["{p} Logistique", "{p} Transport", "{p} Transit", "{p} Cargo", "{p} Shipping"],
    ar: ["{p} للنقل واللوجستيك", "{p} للعبور"],
  },
};

/** Put before an Arabic name that does not start with its own noun (مخابر). */
export const arabicCompanyPrefixes = ["شركة", "مؤسسة", "مجمع"] as const;

// Russian: a legal form and a compound «Stem+Trade», as Russian firms name themselves.
export const russianLegalForms: readonly (readonly [string, number])[] = [
  ["ООО", 55], ["АО", 20], ["ГК", 10], ["НПО", 7], ["ТД", 5], ["ПАО", 3],
];

export const russianStems: readonly Pair[] = [
  ["Sib", "Сиб"], ["Volga", "Волга"], ["Ural", "Урал"], ["Kuban", "Кубань"], ["Don", "Дон"],
  ["Balt", "Балт"], ["Neva", "Нева"], ["Kama", "Кама"], ["Enisey", "Енисей"], ["Baikal", "Байкал"],
  ["Sever", "Север"], ["Altai", "Алтай"], ["Oka", "Ока"], ["Vyatka", "Вятка"], ["Ladoga", "Ладога"],
  ["Arktik", "Арктик"], ["Rus", "Русь"], ["Vektor", "Вектор"], ["Spektr", "Спектр"], ["Orion", "Орион"],
  ["Sigma", "Сигма"], ["Granit", "Гранит"], ["Progress", "Прогресс"], ["Tsifra", "Цифра"],
  ["Zenit", "Зенит"], ["Meridian", "Меридиан"], ["Etalon", "Эталон"], ["Magistral", "Магистраль"],
];

export const russianTradeWords: Record<SectorCode, readonly Pair[]> = {
  renewable_energy: [["Solar", "Солар"], ["GelioEnergo", "ГелиоЭнерго"], ["VetroTekh", "ВетроТех"], ["EkoEnergo", "ЭкоЭнерго"], ["SunPower", "СанПауэр"]],
  smart_agriculture: [["AgroTekh", "АгроТех"], ["AgroDron", "АгроДрон"], ["Teplitsy", "Теплицы"], ["GidroAgro", "ГидроАгро"], ["Semena", "Семена"]],
  pharma_health: [["Farm", "Фарм"], ["MedTekh", "МедТех"], ["Bio", "Био"], ["FarmSnab", "ФармСнаб"], ["BioFarm", "БиоФарм"]],
  digital_tech: [["Soft", "Софт"], ["Telekom", "Телеком"], ["IT", "ИТ"], ["Systems", "Системс"], ["Cloud", "Клауд"]],
  artificial_intelligence: [["Neuro", "Нейро"], ["NeuroTekh", "НейроТех"], ["DataLab", "ДатаЛаб"], ["Intellekt", "Интеллект"], ["Vision", "Вижн"]],
  energy: [["Energo", "Энерго"], ["NefteServis", "НефтеСервис"], ["GazTekh", "ГазТех"], ["EnergoMash", "ЭнергоМаш"], ["Elektro", "Электро"]],
  agri_food: [["Agro", "Агро"], ["Produkt", "Продукт"], ["AgroProm", "АгроПром"], ["Food", "Фуд"], ["AgroExport", "АгроЭкспорт"], ["AgroKholding", "АгроХолдинг"]],
  logistics: [["Logistik", "Логистик"], ["Trans", "Транс"], ["TransServis", "ТрансСервис"], ["Cargo", "Карго"], ["Flot", "Флот"]],
};

// People.
export const algerianMaleNames: readonly Pair[] = [
  ["Karim", "كريم"], ["Yacine", "ياسين"], ["Mohamed", "محمد"], ["Amine", "أمين"], ["Sofiane", "سفيان"],
  ["Rachid", "رشيد"], ["Mourad", "مراد"], ["Nabil", "نبيل"], ["Samir", "سمير"], ["Walid", "وليد"],
  ["Hichem", "هشام"], ["Farid", "فريد"], ["Djamel", "جمال"], ["Khaled", "خالد"], ["Redouane", "رضوان"],
  ["Bilal", "بلال"], ["Mehdi", "مهدي"], ["Youcef", "يوسف"], ["Abdelkader", "عبد القادر"], ["Lotfi", "لطفي"],
  ["Nassim", "نسيم"], ["Riad", "رياض"], ["Fayçal", "فيصل"], ["Salim", "سليم"],
];

export const algerianFemaleNames: readonly Pair[] = [
  ["Amina", "أمينة"], ["Nadia", "نادية"], ["Sarah", "سارة"], ["Lynda", "ليندة"], ["Meriem", "مريم"],
  ["Imane", "إيمان"], ["Yasmina", "ياسمينة"], ["Samia", "سامية"], ["Fatima Zohra", "فاطمة الزهراء"],
  ["Souad", "سعاد"], ["Nesrine", "نسرين"], ["Karima", "كريمة"], ["Houda", "هدى"], ["Asma", "أسماء"],
  ["Leila", "ليلى"], ["Wafa", "وفاء"], ["Kenza", "كنزة"], ["Lamia", "لمياء"], ["Rym", "ريم"], ["Dalila", "دليلة"],
];

export const algerianSurnames: readonly Pair[] = [
  ["Benali", "بن علي"], ["Haddad", "حداد"], ["Mansouri", "منصوري"], ["Belkacem", "بلقاسم"], ["Cherif", "شريف"],
  ["Khelifi", "خليفي"], ["Bouzid", "بوزيد"], ["Meziane", "مزيان"], ["Saadi", "سعدي"], ["Hamidi", "حميدي"],
  ["Brahimi", "براهيمي"], ["Rahmani", "رحماني"], ["Benamara", "بن عمارة"], ["Ouali", "والي"], ["Zerrouki", "زروقي"],
  ["Belaid", "بلعيد"], ["Amrani", "عمراني"], ["Kaci", "قاسي"], ["Boukhari", "بوخاري"], ["Djebbar", "جبار"],
  ["Ferhat", "فرحات"], ["Mebarki", "مباركي"], ["Slimani", "سليماني"], ["Touati", "تواتي"], ["Yahiaoui", "يحياوي"],
  ["Zitouni", "زيتوني"], ["Bensalem", "بن سالم"], ["Hadjadj", "حجاج"], ["Lounici", "لونيسي"], ["Ait Ahmed", "آيت أحمد"],
];

export const russianMaleNames: readonly Pair[] = [
  ["Ivan", "Иван"], ["Alexei", "Алексей"], ["Dmitry", "Дмитрий"], ["Sergei", "Сергей"], ["Andrei", "Андрей"],
  ["Mikhail", "Михаил"], ["Nikolai", "Николай"], ["Pavel", "Павел"], ["Artem", "Артём"], ["Maxim", "Максим"],
  ["Vladimir", "Владимир"], ["Evgeny", "Евгений"], ["Oleg", "Олег"], ["Roman", "Роман"], ["Igor", "Игорь"],
  ["Konstantin", "Константин"], ["Rustam", "Рустам"], ["Timur", "Тимур"],
];

export const russianFemaleNames: readonly Pair[] = [
  ["Anna", "Анна"], ["Elena", "Елена"], ["Maria", "Мария"], ["Olga", "Ольга"], ["Natalia", "Наталья"],
  ["Tatiana", "Татьяна"], ["Ekaterina", "Екатерина"], ["Irina", "Ирина"], ["Svetlana", "Светлана"],
  ["Yulia", "Юлия"], ["Daria", "Дарья"], ["Ksenia", "Ксения"], ["Alina", "Алина"], ["Marina", "Марина"],
  ["Victoria", "Виктория"], ["Aigul", "Айгуль"],
];

/** Masculine forms; each ends in -ov/-ev/-in, so the feminine adds -a. */
export const russianSurnames: readonly Pair[] = [
  ["Petrov", "Петров"], ["Smirnov", "Смирнов"], ["Ivanov", "Иванов"], ["Kuznetsov", "Кузнецов"], ["Sokolov", "Соколов"],
  ["Popov", "Попов"], ["Lebedev", "Лебедев"], ["Kozlov", "Козлов"], ["Novikov", "Новиков"], ["Morozov", "Морозов"],
  ["Volkov", "Волков"], ["Solovyov", "Соловьёв"], ["Vasiliev", "Васильев"], ["Zaitsev", "Зайцев"], ["Pavlov", "Павлов"],
  ["Semenov", "Семёнов"], ["Golubev", "Голубев"], ["Vinogradov", "Виноградов"], ["Bogdanov", "Богданов"],
  ["Fedorov", "Фёдоров"], ["Mikhailov", "Михайлов"], ["Belyaev", "Беляев"], ["Tarasov", "Тарасов"], ["Belov", "Белов"],
  ["Komarov", "Комаров"], ["Orlov", "Орлов"], ["Makarov", "Макаров"], ["Andreev", "Андреев"], ["Ilyin", "Ильин"],
  ["Gusev", "Гусев"], ["Titov", "Титов"], ["Kuzmin", "Кузьмин"], ["Zakharov", "Захаров"], ["Borisov", "Борисов"],
  ["Gerasimov", "Герасимов"], ["Safin", "Сафин"], ["Khabibullin", "Хабибуллин"], ["Garipov", "Гарипов"],
];

/** [masculine, feminine] where the language marks it. The first entries are senior roles. */
export const jobTitles: Record<ProfileLanguage, readonly (readonly [string, string])[]> = {
  fr: [
    ["Directeur général", "Directrice générale"], ["Gérant", "Gérante"], ["Directeur commercial", "Directrice commerciale"],
    ["Responsable export", "Responsable export"], ["Directeur du développement", "Directrice du développement"],
    ["Chargé des affaires internationales", "Chargée des affaires internationales"], ["Directeur technique", "Directrice technique"],
  ],
  ar: [
    ["المدير العام", "المديرة العامة"], ["مسير الشركة", "مسيرة الشركة"], ["المدير التجاري", "المديرة التجارية"],
    ["مسؤول التصدير", "مسؤولة التصدير"], ["مدير التطوير", "مديرة التطوير"],
    ["مكلف بالعلاقات الدولية", "مكلفة بالعلاقات الدولية"], ["المدير التقني", "المديرة التقنية"],
  ],
  ru: [
    ["Генеральный директор", "Генеральный директор"], ["Коммерческий директор", "Коммерческий директор"],
    ["Директор по развитию", "Директор по развитию"], ["Руководитель отдела ВЭД", "Руководитель отдела ВЭД"],
    ["Менеджер по экспорту", "Менеджер по экспорту"], ["Директор по международным проектам", "Директор по международным проектам"],
    ["Технический директор", "Технический директор"],
  ],
  en: [
    ["Chief Executive Officer", "Chief Executive Officer"], ["Commercial Director", "Commercial Director"],
    ["Business Development Director", "Business Development Director"], ["Head of Export", "Head of Export"],
    ["Export Manager", "Export Manager"], ["International Projects Director", "International Projects Director"],
    ["Chief Technology Officer", "Chief Technology Officer"],
  ],
};
