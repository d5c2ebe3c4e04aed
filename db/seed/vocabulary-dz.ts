import { joinWith, type LanguageVocabulary } from "./vocabulary";

/** How Algerian companies write their profiles: in French or in Arabic. */
export const french: LanguageVocabulary = {
  intro: {
    micro: (n, c, a) => `${n} est une jeune entreprise basée à ${c}, spécialisée dans ${a}.`,
    small: (n, c, a) => `${n} est une PME basée à ${c}, spécialisée dans ${a}.`,
    medium: (n, c, a) => `${n} est une entreprise de taille moyenne basée à ${c}, active dans ${a}.`,
    large: (n, c, a) => `${n} est un groupe basé à ${c}, parmi les leaders nationaux dans ${a}.`,
  },
  lookingFor: {
    export: "l'export de nos produits",
    import: "l'importation d'équipements et d'intrants",
    distribution: "la distribution de produits russes en Algérie",
    investment: "des projets d'investissement",
    joint_venture: "la création d'une coentreprise",
    technology_transfer: "le transfert de technologie",
  },
  lookingForSentence: (list) => `Nous recherchons des partenaires russes pour ${list}.`,
  joinList: joinWith("et "),
  sectors: {
    renewable_energy: {
      activity: ["l'installation de centrales solaires photovoltaïques", "l'ingénierie et la maintenance de parcs solaires", "le pompage solaire et l'électrification hors réseau"],
      sentences: ["Nous réalisons les études, l'installation et la maintenance de centrales solaires dans le Nord comme dans le Sud.", "Notre équipe compte des ingénieurs spécialisés en énergies renouvelables.", "Nous préparons une ligne locale d'assemblage de panneaux photovoltaïques.", "Nous accompagnons les exploitations agricoles dans le passage au pompage solaire."],
      offers: ["installation clé en main de centrales photovoltaïques", "maintenance de parcs solaires dans le Sud", "kits de pompage solaire pour l'agriculture", "études de raccordement au réseau"],
      needs: ["fournisseur d'onduleurs et de panneaux solaires", "partenaire pour une usine de panneaux photovoltaïques", "technologie de stockage par batteries", "financement de projets solaires"],
    },
    smart_agriculture: {
      activity: ["l'irrigation goutte-à-goutte et la fertigation", "les serres modernes et la culture hors-sol", "l'agriculture de précision et les capteurs connectés"],
      sentences: ["Nous équipons des exploitations céréalières et maraîchères des Hauts Plateaux et du Sud.", "Nos solutions aident les agriculteurs à économiser l'eau.", "Nous formons les agriculteurs aux outils numériques de suivi des cultures.", "Nous développons des semences adaptées au climat semi-aride."],
      offers: ["installation de systèmes d'irrigation goutte-à-goutte", "serres multichapelles clés en main", "conseil agronomique pour les grandes cultures", "semences maraîchères adaptées au climat aride"],
      needs: ["drones et capteurs pour l'agriculture de précision", "semences de blé à haut rendement", "technologie de stockage des céréales", "partenaire pour des pivots d'irrigation"],
    },
    pharma_health: {
      activity: ["la fabrication de médicaments génériques", "la distribution de produits pharmaceutiques", "les dispositifs médicaux et les consommables hospitaliers"],
      sentences: ["Notre usine est certifiée aux bonnes pratiques de fabrication.", "Notre gamme couvre l'oncologie, le diabète et les antibiotiques.", "Nous approvisionnons hôpitaux et officines sur tout le territoire national.", "Nous investissons dans la production locale pour réduire les importations de médicaments."],
      offers: ["médicaments génériques sous forme sèche", "fabrication pharmaceutique à façon", "distribution aux officines et aux hôpitaux", "consommables médicaux stériles"],
      needs: ["transfert de technologie pour les injectables", "fournisseur de principes actifs", "partenaire pour enregistrer nos produits en Russie", "équipements de laboratoire de contrôle qualité"],
    },
    digital_tech: {
      activity: ["le développement de logiciels de gestion", "l'intégration de systèmes et de réseaux", "les solutions de paiement électronique"],
      sentences: ["Nous développons des ERP et des applications mobiles pour les entreprises algériennes.", "Nos équipes gèrent des centres de données et des réseaux pour de grands comptes.", "Nous accompagnons la numérisation des administrations et des banques.", "Notre plateforme de paiement en ligne est reliée aux banques algériennes."],
      offers: ["développement d'applications web et mobiles", "intégration de réseaux et de centres de données", "plateforme de paiement en ligne", "support informatique en arabe et en français"],
      needs: ["solutions de cybersécurité", "hébergement cloud souverain", "licences de logiciels de gestion", "partenaire pour former des développeurs"],
    },
    artificial_intelligence: {
      activity: ["la vision par ordinateur et l'analyse d'images", "le traitement automatique de l'arabe et du français", "l'analyse de données et l'IA pour l'industrie"],
      sentences: ["Nos modèles comprennent la darija algérienne et le français.", "Nous appliquons la vision par ordinateur au contrôle qualité en usine.", "Notre équipe de data scientists est issue des grandes écoles algériennes.", "Nous aidons les entreprises à tirer parti de leurs données."],
      offers: ["reconnaissance vocale en darija et en français", "vision par ordinateur pour le contrôle qualité", "tableaux de bord et analyse de données", "annotation de données en arabe"],
      needs: ["puissance de calcul GPU", "partenaire pour des modèles de langue multilingues", "clients industriels pour des projets pilotes", "caméras et capteurs industriels"],
    },
    energy: {
      activity: ["les services aux champs pétroliers et gaziers", "les travaux électriques et les postes de transformation", "la fabrication d'équipements pour l'industrie pétrolière"],
      sentences: ["Nous intervenons sur les sites de Hassi Messaoud et de Hassi R'Mel.", "Nos équipes réalisent des lignes et des postes à haute tension.", "Nous fabriquons des pièces de rechange pour pompes et compresseurs.", "Notre atelier de maintenance est certifié ISO 9001."],
      offers: ["maintenance d'équipements pétroliers", "travaux de lignes et de postes électriques", "chaudronnerie et tuyauterie industrielles", "transport de matériel vers le Sud"],
      needs: ["turbines et groupes électrogènes", "technologie de récupération du gaz torché", "pièces de rechange pour équipements de forage", "formation d'ingénieurs en forage"],
    },
    agri_food: {
      activity: ["la production de dattes et de produits du terroir", "la transformation de fruits et légumes", "la production laitière et fromagère", "la minoterie et les pâtes alimentaires"],
      sentences: ["Nos produits sont référencés dans les grandes surfaces de tout le pays.", "Notre unité de conditionnement est certifiée ISO 22000.", "Nous exportons déjà vers l'Europe et l'Afrique de l'Ouest.", "Nous travaillons avec un réseau de producteurs locaux."],
      offers: ["dattes Deglet Nour conditionnées", "huile d'olive vierge extra", "conserves de tomate et de légumes", "pâtes alimentaires et couscous"],
      needs: ["blé tendre et orge", "lignes de conditionnement alimentaire", "importateur de produits algériens en Russie", "poudre de lait et intrants laitiers"],
    },
    logistics: {
      activity: ["le transit et le dédouanement", "le transport routier de marchandises", "la logistique sous température dirigée"],
      sentences: ["Nous opérons depuis les ports d'Alger, d'Oran et de Béjaïa.", "Notre flotte de camions frigorifiques dessert tout le territoire.", "Nous gérons des entrepôts sous douane près des ports.", "Nous proposons du porte-à-porte aux importateurs et aux exportateurs."],
      offers: ["transit et dédouanement dans les ports algériens", "logistique de la chaîne du froid", "transport routier vers le Sud et le Sahel", "entreposage sous douane"],
      needs: ["ligne maritime régulière vers Novorossiysk", "conteneurs frigorifiques", "partenaire transitaire en Russie", "logiciel de gestion d'entrepôt"],
    },
  },
};

export const arabic: LanguageVocabulary = {
  intro: {
    micro: (n, c, a) => `${n} مؤسسة ناشئة مقرها ${c}، متخصصة في ${a}.`,
    small: (n, c, a) => `${n} مؤسسة صغيرة مقرها ${c}، متخصصة في ${a}.`,
    medium: (n, c, a) => `${n} مؤسسة متوسطة مقرها ${c}، تنشط في مجال ${a}.`,
    large: (n, c, a) => `${n} مجمع مقره ${c}، من الرواد الوطنيين في ${a}.`,
  },
  lookingFor: {
    export: "تصدير منتجاتنا",
    import: "استيراد التجهيزات والمدخلات",
    distribution: "توزيع المنتجات الروسية في الجزائر",
    investment: "مشاريع الاستثمار",
    joint_venture: "إنشاء مشروع مشترك",
    technology_transfer: "نقل التكنولوجيا",
  },
  lookingForSentence: (list) => `نبحث عن شركاء روس من أجل ${list}.`,
  // Arabic joins "and" to the next word and lists with the Arabic comma.
  joinList: (items) =>
    items.length <= 1 ? items.join("") : `${items.slice(0, -1).join("، ")} و${items[items.length - 1]}`,
  sectors: {
    renewable_energy: {
      activity: ["إنجاز محطات الطاقة الشمسية الكهروضوئية", "هندسة وصيانة الحقول الشمسية", "الضخ الشمسي وكهربة المناطق المعزولة"],
      sentences: ["ننجز دراسات وتركيب وصيانة المحطات الشمسية في الشمال والجنوب.", "يضم فريقنا مهندسين متخصصين في الطاقات المتجددة.", "نعمل على إنشاء خط محلي لتركيب الألواح الشمسية.", "نرافق المستثمرات الفلاحية في التحول إلى الضخ بالطاقة الشمسية."],
      offers: ["تركيب محطات شمسية جاهزة للتشغيل", "صيانة الحقول الشمسية في الجنوب", "أنظمة الضخ الشمسي للفلاحة", "دراسات الربط بالشبكة الكهربائية"],
      needs: ["مورد للألواح الشمسية والمحولات", "شريك لإنشاء مصنع ألواح شمسية", "تكنولوجيا تخزين الطاقة بالبطاريات", "تمويل مشاريع الطاقة الشمسية"],
    },
    smart_agriculture: {
      activity: ["أنظمة الري بالتقطير والتسميد", "البيوت البلاستيكية الحديثة والزراعة دون تربة", "الفلاحة الدقيقة وأجهزة الاستشعار المتصلة"],
      sentences: ["نجهز مستثمرات الحبوب والخضروات في الهضاب العليا والجنوب.", "تساعد حلولنا الفلاحين على ترشيد استهلاك المياه.", "نكوّن الفلاحين على استعمال الأدوات الرقمية لمتابعة المحاصيل.", "نطور بذوراً ملائمة للمناخ شبه الجاف."],
      offers: ["تركيب أنظمة الري بالتقطير", "بيوت بلاستيكية متعددة الأقبية", "استشارات فلاحية للزراعات الكبرى", "بذور خضروات ملائمة للمناخ الجاف"],
      needs: ["طائرات مسيّرة وأجهزة استشعار للفلاحة الدقيقة", "بذور قمح عالية المردود", "تكنولوجيا تخزين الحبوب", "شريك لتوريد محاور الري"],
    },
    pharma_health: {
      activity: ["صناعة الأدوية الجنيسة", "توزيع المواد الصيدلانية", "المستلزمات الطبية ولوازم المستشفيات"],
      sentences: ["مصنعنا حاصل على شهادة الممارسات الجيدة للتصنيع.", "تشمل تشكيلتنا أدوية الأورام والسكري والمضادات الحيوية.", "نموّن المستشفيات والصيدليات عبر كامل التراب الوطني.", "نستثمر في الإنتاج المحلي لتقليص استيراد الأدوية."],
      offers: ["أدوية جنيسة في أشكال صلبة", "التصنيع الصيدلاني لحساب الغير", "التوزيع على الصيدليات والمستشفيات", "مستلزمات طبية معقمة"],
      needs: ["نقل التكنولوجيا لإنتاج الأدوية القابلة للحقن", "مورد للمواد الفعالة", "شريك لتسجيل منتجاتنا في روسيا", "تجهيزات مخابر مراقبة الجودة"],
    },
    digital_tech: {
      activity: ["تطوير برمجيات التسيير", "إدماج الأنظمة والشبكات", "حلول الدفع الإلكتروني"],
      sentences: ["نطور أنظمة تخطيط الموارد وتطبيقات الهاتف للمؤسسات الجزائرية.", "تسير فرقنا مراكز البيانات والشبكات لكبار الزبائن.", "نرافق رقمنة الإدارات والبنوك.", "منصتنا للدفع الإلكتروني مرتبطة بالبنوك الجزائرية."],
      offers: ["تطوير تطبيقات الويب والهاتف", "إدماج الشبكات ومراكز البيانات", "منصة الدفع الإلكتروني", "دعم تقني بالعربية والفرنسية"],
      needs: ["حلول الأمن السيبراني", "استضافة سحابية سيادية", "تراخيص برمجيات التسيير", "شريك لتكوين المبرمجين"],
    },
    artificial_intelligence: {
      activity: ["الرؤية الحاسوبية وتحليل الصور", "المعالجة الآلية للغتين العربية والفرنسية", "تحليل البيانات والذكاء الاصطناعي للصناعة"],
      sentences: ["تفهم نماذجنا الدارجة الجزائرية والفرنسية.", "نطبق الرؤية الحاسوبية على مراقبة الجودة في المصانع.", "يتكون فريقنا من علماء بيانات متخرجين من المدارس العليا الجزائرية.", "نساعد المؤسسات على تثمين بياناتها."],
      offers: ["التعرف على الكلام بالدارجة والفرنسية", "رؤية حاسوبية لمراقبة الجودة", "لوحات قيادة وتحليل البيانات", "توسيم البيانات باللغة العربية"],
      needs: ["قدرات حوسبة بالمعالجات الرسومية", "شريك لتطوير نماذج لغوية متعددة اللغات", "زبائن صناعيون لمشاريع تجريبية", "كاميرات وأجهزة استشعار صناعية"],
    },
    energy: {
      activity: ["خدمات الحقول النفطية والغازية", "الأشغال الكهربائية ومحطات التحويل", "صناعة التجهيزات للصناعة البترولية"],
      sentences: ["نتدخل في مواقع حاسي مسعود وحاسي الرمل.", "تنجز فرقنا خطوط ومحطات الضغط العالي.", "نصنع قطع الغيار للمضخات والضواغط.", "ورشة الصيانة لدينا حاصلة على شهادة إيزو 9001."],
      offers: ["صيانة التجهيزات البترولية", "أشغال الخطوط والمحطات الكهربائية", "أشغال التلحيم والأنابيب الصناعية", "نقل العتاد نحو الجنوب"],
      needs: ["توربينات ومولدات كهربائية", "تكنولوجيا استرجاع الغاز المحروق", "قطع غيار لتجهيزات الحفر", "تكوين مهندسين في الحفر"],
    },
    agri_food: {
      activity: ["إنتاج التمور ومنتجات الأرض", "تحويل الفواكه والخضروات", "إنتاج الحليب ومشتقاته", "المطاحن والعجائن الغذائية"],
      sentences: ["منتجاتنا متوفرة في المساحات التجارية الكبرى عبر كامل الوطن.", "وحدة التوضيب لدينا حاصلة على شهادة إيزو 22000.", "نصدّر حالياً نحو أوروبا وإفريقيا الغربية.", "نعمل مع شبكة من المنتجين المحليين."],
      offers: ["تمور دقلة نور موضبة", "زيت زيتون بكر ممتاز", "مصبرات الطماطم والخضر", "العجائن الغذائية والكسكس"],
      needs: ["القمح اللين والشعير", "خطوط التوضيب الغذائي", "مستورد للمنتجات الجزائرية في روسيا", "مسحوق الحليب ومدخلات الألبان"],
    },
    logistics: {
      activity: ["العبور والتخليص الجمركي", "النقل البري للبضائع", "اللوجستيك تحت درجة حرارة مراقبة"],
      sentences: ["نعمل انطلاقاً من موانئ الجزائر ووهران وبجاية.", "يغطي أسطولنا من الشاحنات المبردة كامل التراب الوطني.", "نسير مخازن تحت الرقابة الجمركية بالقرب من الموانئ.", "نقدم حلولاً من الباب إلى الباب للمستوردين والمصدرين."],
      offers: ["العبور والتخليص الجمركي في الموانئ الجزائرية", "لوجستيك سلسلة التبريد", "النقل البري نحو الجنوب والساحل", "التخزين تحت الرقابة الجمركية"],
      needs: ["خط بحري منتظم نحو نوفوروسيسك", "حاويات مبردة", "شريك عبور في روسيا", "برنامج لتسيير المخازن"],
    },
  },
};
