import { joinWith, type LanguageVocabulary } from "./vocabulary";

/** How Russian companies write their profiles: in Russian, some in English. */
export const russian: LanguageVocabulary = {
  // The activity stays in the nominative: "основное направление — X".
  intro: {
    micro: (n, c, a) => `${n} (г. ${c}) — небольшая компания; основное направление — ${a}.`,
    small: (n, c, a) => `${n} (г. ${c}) — малое предприятие; основное направление — ${a}.`,
    medium: (n, c, a) => `${n} (г. ${c}) — среднее предприятие; основное направление — ${a}.`,
    large: (n, c, a) => `${n} (г. ${c}) — крупная группа компаний; основное направление — ${a}.`,
  },
  lookingFor: {
    export: "экспорт нашей продукции",
    import: "импорт алжирской продукции",
    distribution: "поиск дистрибьюторов",
    investment: "инвестиционные проекты",
    joint_venture: "создание совместного предприятия",
    technology_transfer: "трансфер технологий",
  },
  lookingForSentence: (list) => `В Алжире нас интересуют ${list}.`,
  joinList: joinWith("и "),
  sectors: {
    renewable_energy: {
      activity: ["производство солнечных модулей", "строительство солнечных и ветровых электростанций", "системы накопления энергии"],
      sentences: ["Компания поставляет оборудование для солнечных электростанций под ключ.", "Наши инверторы рассчитаны на работу в условиях жары и пыли.", "Мы реализовали проекты в России, Казахстане и Узбекистане.", "Собственный инженерный центр ведёт проектирование и шеф-монтаж."],
      offers: ["солнечные модули российского производства", "проектирование солнечных электростанций", "системы накопления энергии", "ветрогенераторы малой мощности"],
      needs: ["партнёр по монтажу солнечных станций в Алжире", "дистрибьютор солнечного оборудования", "площадка для локализации сборки модулей", "участие в тендерах на ВИЭ-генерацию"],
    },
    smart_agriculture: {
      activity: ["агродроны и точное земледелие", "системы орошения и тепличные комплексы", "селекция и семеноводство зерновых культур"],
      sentences: ["Наши решения работают в хозяйствах Краснодарского края и Поволжья.", "Платформа мониторинга посевов работает на спутниковых данных.", "Компания строит тепличные комплексы с капельным поливом и досвечиванием.", "Мы поставляем семена пшеницы, устойчивые к засухе."],
      offers: ["агродроны для внесения удобрений", "спутниковый мониторинг посевов", "семена засухоустойчивой пшеницы", "тепличные комплексы под ключ"],
      needs: ["дистрибьютор сельхозтехники в Алжире", "опытные поля для испытаний семян", "партнёр по сервису агродронов", "импортёр зерна и семян"],
    },
    pharma_health: {
      activity: ["производство дженериков и субстанций", "дистрибуция лекарственных средств", "медицинское оборудование и изделия"],
      sentences: ["Производство соответствует стандартам GMP.", "В портфеле компании более ста регистрационных удостоверений.", "Мы поставляем оборудование в клиники России и стран СНГ.", "Собственная логистика обеспечивает доставку с соблюдением холодовой цепи."],
      offers: ["активные фармацевтические субстанции", "вакцины и биопрепараты", "диагностическое оборудование", "дистрибуция лекарств в России"],
      needs: ["производитель дженериков для контрактного выпуска", "партнёр по регистрации препаратов в Алжире", "дистрибьютор медицинского оборудования", "поставщик лекарственного растительного сырья"],
    },
    digital_tech: {
      activity: ["разработка корпоративного программного обеспечения", "облачные сервисы и центры обработки данных", "кибербезопасность"],
      sentences: ["Нашими решениями пользуются банки, ритейл и государственные заказчики.", "Продукты компании входят в реестр российского ПО.", "Мы локализуем интерфейсы на арабский и французский языки.", "Собственные ЦОДы позволяют хранить данные в стране заказчика."],
      offers: ["ERP-система с арабским интерфейсом", "облачная инфраструктура", "средства защиты информации", "разработка мобильных приложений"],
      needs: ["интегратор в Алжире", "партнёр по технической поддержке", "разработчики со знанием французского", "дистрибьютор программного обеспечения"],
    },
    artificial_intelligence: {
      activity: ["компьютерное зрение", "обработка естественного языка", "предиктивная аналитика для промышленности"],
      sentences: ["Наши нейросети контролируют качество продукции на производственных линиях.", "Мы обучаем языковые модели на русском, арабском и французском языках.", "Решения компании работают на предприятиях нефтегазовой и горнодобывающей отрасли.", "Мы разворачиваем модели в облаке и на оборудовании заказчика."],
      offers: ["видеоаналитика для промышленности", "голосовые ассистенты на арабском языке", "предиктивное обслуживание оборудования", "обучение специалистов по данным"],
      needs: ["пилотные проекты с алжирскими предприятиями", "партнёр по разметке данных на арабском", "интегратор решений ИИ", "университеты для совместных исследований"],
    },
    energy: {
      activity: ["нефтесервис и бурение", "энергетическое машиностроение", "строительство электросетевых объектов"],
      sentences: ["Компания выполняет капитальный ремонт скважин и гидроразрыв пласта.", "Мы производим газовые турбины и насосное оборудование.", "Наши специалисты работали на проектах в Северной Африке и на Ближнем Востоке.", "Мы строим подстанции и линии электропередачи под ключ."],
      offers: ["бурение и ремонт скважин", "газотурбинные электростанции", "насосы и компрессоры", "строительство подстанций"],
      needs: ["местный партнёр для нефтесервисных контрактов", "склад и база в Хасси-Месауде", "субподрядчик по электромонтажу", "сертификация оборудования в Алжире"],
    },
    agri_food: {
      activity: ["экспорт зерна и масличных культур", "производство подсолнечного масла", "переработка мяса птицы", "производство кондитерских изделий"],
      sentences: ["Компания отгружает продукцию на экспорт через порты Новороссийска и Ростова-на-Дону.", "Продукция сертифицирована по стандарту халяль.", "Мы поставляем продукцию в страны Ближнего Востока и Северной Африки.", "Собственные склады и логистика позволяют выполнять крупные контракты."],
      offers: ["мягкая пшеница и ячмень", "подсолнечное масло", "мясо птицы халяль", "кондитерские изделия"],
      needs: ["импортёр зерна в Алжире", "поставщик фиников", "оливковое масло для российского рынка", "цитрусовые и овощи"],
    },
    logistics: {
      activity: ["морские контейнерные перевозки", "экспедирование и таможенное оформление", "мультимодальная логистика"],
      sentences: ["Мы организуем отправки из Новороссийска и Санкт-Петербурга в порты Средиземноморья.", "Компания оформляет экспортные грузы и сертификаты происхождения.", "Собственный парк рефконтейнеров позволяет перевозить скоропортящиеся грузы.", "Мы доставляем грузы «от двери до двери» с онлайн-отслеживанием."],
      offers: ["контейнерная линия Новороссийск — Алжир", "рефрижераторные перевозки", "таможенное оформление в России", "перевозка негабаритных грузов"],
      needs: ["агент в алжирских портах", "склад в Алжире", "партнёр по автоперевозкам внутри Алжира", "обратная загрузка из Алжира в Россию"],
    },
  },
};

export const english: LanguageVocabulary = {
  intro: {
    micro: (n, c, a) => `${n} is a young company based in ${c}, specialising in ${a}.`,
    small: (n, c, a) => `${n} is a small company based in ${c}, specialising in ${a}.`,
    medium: (n, c, a) => `${n} is a mid-sized company based in ${c}, working in ${a}.`,
    large: (n, c, a) => `${n} is a large group based in ${c} and a national leader in ${a}.`,
  },
  lookingFor: {
    export: "buyers for our products",
    import: "Algerian products to import",
    distribution: "distributors",
    investment: "investment opportunities",
    joint_venture: "joint venture partners",
    technology_transfer: "technology transfer partners",
  },
  lookingForSentence: (list) => `In Algeria we are looking for ${list}.`,
  joinList: joinWith("and "),
  sectors: {
    renewable_energy: {
      activity: ["solar module manufacturing", "building solar and wind power plants", "battery energy storage"],
      sentences: ["We supply turnkey equipment for utility-scale solar plants.", "Our inverters are built for desert heat and dust.", "We have delivered projects in Russia, Kazakhstan and Uzbekistan.", "Our engineering centre handles design and site supervision."],
      offers: ["solar modules made in Russia", "design of solar power plants", "battery energy storage systems", "small wind turbines"],
      needs: ["an installation partner for solar plants in Algeria", "a distributor of solar equipment", "a site to localise module assembly", "partners for renewable energy tenders"],
    },
    smart_agriculture: {
      activity: ["agricultural drones and precision farming", "irrigation and greenhouse complexes", "breeding cereal seed"],
      sentences: ["Our solutions are used on farms in the Krasnodar region and along the Volga.", "Our crop-monitoring platform runs on satellite data.", "We build greenhouse complexes with drip irrigation and supplementary lighting.", "We supply drought-tolerant wheat seed."],
      offers: ["drones for fertiliser spraying", "satellite crop monitoring", "drought-tolerant wheat seed", "turnkey greenhouse complexes"],
      needs: ["a farm machinery distributor in Algeria", "trial fields to test seed varieties", "a service partner for agricultural drones", "an importer of grain and seed"],
    },
    pharma_health: {
      activity: ["generic drugs and active substances", "pharmaceutical distribution", "medical equipment and devices"],
      sentences: ["Our plant is GMP certified.", "We hold more than a hundred marketing authorisations.", "We equip clinics across Russia and the CIS.", "Our own cold-chain logistics keep products within temperature limits."],
      offers: ["active pharmaceutical ingredients", "vaccines and biologics", "diagnostic equipment", "drug distribution in Russia"],
      needs: ["a generic drug maker for contract manufacturing", "a partner to register drugs in Algeria", "a medical equipment distributor", "a supplier of medicinal plants"],
    },
    digital_tech: {
      activity: ["enterprise software", "cloud services and data centres", "cybersecurity"],
      sentences: ["Banks, retailers and public agencies use our solutions.", "Our products are listed in the Russian software register.", "We localise our interfaces into Arabic and French.", "Our own data centres keep data in the customer's country."],
      offers: ["an ERP system with an Arabic interface", "cloud infrastructure", "information security tools", "mobile app development"],
      needs: ["a system integrator in Algeria", "a technical support partner", "French-speaking developers", "a software distributor"],
    },
    artificial_intelligence: {
      activity: ["computer vision", "natural language processing", "predictive analytics for industry"],
      sentences: ["Our neural networks check product quality on production lines.", "We train language models in Russian, Arabic and French.", "Our solutions run at oil, gas and mining companies.", "We deploy models in the cloud or on the customer's own hardware."],
      offers: ["video analytics for industry", "Arabic voice assistants", "predictive maintenance of equipment", "training for data scientists"],
      needs: ["pilot projects with Algerian companies", "an Arabic data annotation partner", "an AI solutions integrator", "universities for joint research"],
    },
    energy: {
      activity: ["oilfield services and drilling", "power engineering equipment", "building power grid facilities"],
      sentences: ["We carry out well workovers and hydraulic fracturing.", "We manufacture gas turbines and pumping equipment.", "Our specialists have worked on projects in North Africa and the Middle East.", "We build substations and power lines on a turnkey basis."],
      offers: ["drilling and well services", "gas turbine power plants", "pumps and compressors", "substation construction"],
      needs: ["a local partner for oilfield contracts", "a yard and base in Hassi Messaoud", "an electrical installation subcontractor", "equipment certification in Algeria"],
    },
    agri_food: {
      activity: ["grain and oilseed exports", "sunflower oil production", "poultry processing", "confectionery"],
      sentences: ["We ship our exports through the ports of Novorossiysk and Rostov-on-Don.", "Our products are halal certified.", "We supply markets in the Middle East and North Africa.", "Our own warehouses and logistics handle large contracts."],
      offers: ["milling wheat and barley", "sunflower oil", "halal poultry", "confectionery"],
      needs: ["a grain importer in Algeria", "a supplier of dates", "olive oil for the Russian market", "citrus fruit and vegetables"],
    },
    logistics: {
      activity: ["container shipping", "freight forwarding and customs clearance", "multimodal logistics"],
      sentences: ["We ship from Novorossiysk and Saint Petersburg to Mediterranean ports.", "We handle export clearance and certificates of origin.", "Our own reefer containers carry perishable cargo.", "We offer door-to-door delivery with online tracking."],
      offers: ["a Novorossiysk–Algiers container line", "refrigerated transport", "customs clearance in Russia", "project and oversized cargo"],
      needs: ["an agent in Algerian ports", "a warehouse in Algeria", "a road haulage partner inside Algeria", "return cargo from Algeria to Russia"],
    },
  },
};
