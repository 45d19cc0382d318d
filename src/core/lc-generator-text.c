/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-generator-private.h"

/*
 * The text of generated conventions is put together from lists of real
 * Arabic names (with their usual English spellings), real cities of
 * learning, and the words conventions of learning cities use, so that
 * searching, sorting, shaping and line-breaking meet what they meet in
 * real libraries. None of it is interface text: it is data, and so it is
 * not translated.
 */

static const LcGeneratorPair male_names[] = {
  { "محمد", "Mohammed" }, { "أحمد", "Ahmed" }, { "عبد الله", "Abdullah" }, { "خالد", "Khalid" },
  { "عمر", "Omar" }, { "علي", "Ali" }, { "يوسف", "Yousef" }, { "إبراهيم", "Ibrahim" },
  { "حسن", "Hassan" }, { "حسين", "Hussein" }, { "سعيد", "Saeed" }, { "فيصل", "Faisal" },
  { "ناصر", "Nasser" }, { "سلطان", "Sultan" }, { "طارق", "Tariq" }, { "ماجد", "Majed" },
  { "عادل", "Adel" }, { "كريم", "Karim" }, { "سامي", "Sami" }, { "هشام", "Hisham" },
  { "وليد", "Walid" }, { "زياد", "Ziad" }, { "منصور", "Mansour" }, { "رامي", "Rami" },
  { "باسل", "Basel" }, { "مازن", "Mazen" }, { "جمال", "Jamal" }, { "مصطفى", "Mustafa" },
  { "عبد الرحمن", "Abdulrahman" }, { "فهد", "Fahad" },
};

static const LcGeneratorPair female_names[] = {
  { "فاطمة", "Fatima" }, { "عائشة", "Aisha" }, { "مريم", "Maryam" }, { "نورة", "Noura" },
  { "سارة", "Sara" }, { "ليلى", "Layla" }, { "هدى", "Huda" }, { "رانيا", "Rania" },
  { "سلمى", "Salma" }, { "دينا", "Dina" }, { "أمل", "Amal" }, { "هند", "Hind" },
  { "ريم", "Reem" }, { "لينا", "Lina" }, { "منى", "Mona" }, { "نادية", "Nadia" },
  { "سعاد", "Suad" }, { "هالة", "Hala" }, { "رشا", "Rasha" }, { "جميلة", "Jamila" },
  { "خديجة", "Khadija" }, { "زينب", "Zainab" }, { "أسماء", "Asmaa" }, { "نجلاء", "Najla" },
  { "عبير", "Abeer" }, { "شيماء", "Shaimaa" }, { "لمياء", "Lamia" }, { "وفاء", "Wafaa" },
  { "ياسمين", "Yasmin" }, { "غادة", "Ghada" },
};

static const LcGeneratorPair family_names[] = {
  { "الزهراني", "Al-Zahrani" }, { "العتيبي", "Al-Otaibi" }, { "القحطاني", "Al-Qahtani" },
  { "الشمري", "Al-Shammari" }, { "الحربي", "Al-Harbi" }, { "الغامدي", "Al-Ghamdi" },
  { "الدوسري", "Al-Dosari" }, { "المطيري", "Al-Mutairi" }, { "السالم", "Al-Salem" },
  { "الخطيب", "Al-Khatib" }, { "الحسيني", "Al-Husseini" }, { "النجار", "Al-Najjar" },
  { "حداد", "Haddad" }, { "منصور", "Mansour" }, { "عيسى", "Issa" },
  { "الهاشمي", "Al-Hashimi" }, { "البنا", "Al-Banna" }, { "الشريف", "Al-Sharif" },
  { "العلي", "Al-Ali" }, { "المصري", "Al-Masri" }, { "التونسي", "Al-Tounsi" },
  { "بن علي", "Ben Ali" }, { "بوزيد", "Bouzid" }, { "العمراني", "El Amrani" },
  { "بنسعيد", "Bensaid" }, { "الفاسي", "El Fassi" }, { "السعدي", "Al-Saadi" },
  { "الكبيسي", "Al-Kubaisi" }, { "الجبوري", "Al-Jubouri" }, { "العبيدي", "Al-Obaidi" },
  { "الرفاعي", "Al-Rifai" }, { "الخوري", "Khoury" }, { "الأنصاري", "Al-Ansari" },
  { "الكعبي", "Al-Kaabi" }, { "المهيري", "Al-Muhairi" }, { "النعيمي", "Al-Nuaimi" },
  { "البلوشي", "Al-Balushi" }, { "الرواحي", "Al-Rawahi" }, { "الحارثي", "Al-Harthi" },
  { "القاسمي", "Al-Qasimi" }, { "يعقوب", "Yacoub" }, { "سليمان", "Suleiman" },
  { "الطيب", "El Tayeb" }, { "عثمان", "Osman" }, { "إدريس", "Idris" },
  { "الصديق", "El Siddig" }, { "ولد أحمد", "Ould Ahmed" }, { "الشيخ", "El Cheikh" },
  { "الزين", "El Zein" }, { "فرحات", "Farhat" },
};

const LcGeneratorPair lc_generator_honorifics[] = {
  { "د.", "Dr" }, { "أ.د.", "Prof." }, { "م.", "Eng." },
};

const LcGeneratorCity lc_generator_cities[] = {
  { "ينبع", "Yanbu", "SA", TRUE }, { "الجبيل", "Jubail", "SA", TRUE },
  { "المدينة المنورة", "Madinah", "SA", TRUE }, { "الأحساء", "Al-Ahsa", "SA", TRUE },
  { "عمّان", "Amman", "JO", TRUE }, { "الزرقاء", "Zarqa", "JO", TRUE },
  { "إربد", "Irbid", "JO", TRUE }, { "العقبة", "Aqaba", "JO", TRUE },
  { "الجيزة", "Giza", "EG", TRUE }, { "أسوان", "Aswan", "EG", TRUE },
  { "دمياط", "Damietta", "EG", TRUE }, { "المنصورة", "Mansoura", "EG", TRUE },
  { "الإسكندرية", "Alexandria", "EG", TRUE }, { "الشارقة", "Sharjah", "AE", TRUE },
  { "العين", "Al Ain", "AE", TRUE }, { "الدوحة", "Doha", "QA", TRUE },
  { "صلالة", "Salalah", "OM", TRUE }, { "مسقط", "Muscat", "OM", TRUE },
  { "المنامة", "Manama", "BH", TRUE }, { "مدينة الكويت", "Kuwait City", "KW", TRUE },
  { "بغداد", "Baghdad", "IQ", TRUE }, { "البصرة", "Basra", "IQ", TRUE },
  { "أربيل", "Erbil", "IQ", TRUE }, { "طرابلس", "Tripoli", "LB", TRUE },
  { "بيروت", "Beirut", "LB", TRUE }, { "الخليل", "Hebron", "PS", TRUE },
  { "رام الله", "Ramallah", "PS", TRUE }, { "شفشاون", "Chefchaouen", "MA", TRUE },
  { "مراكش", "Marrakesh", "MA", TRUE }, { "ابن جرير", "Benguerir", "MA", TRUE },
  { "الرباط", "Rabat", "MA", TRUE }, { "تونس", "Tunis", "TN", TRUE },
  { "صفاقس", "Sfax", "TN", TRUE }, { "الجزائر", "Algiers", "DZ", TRUE },
  { "وهران", "Oran", "DZ", TRUE }, { "نواكشوط", "Nouakchott", "MR", TRUE },
  { "الخرطوم", "Khartoum", "SD", TRUE }, { "هامبورغ", "Hamburg", "DE", FALSE },
  { "كورك", "Cork", "IE", FALSE }, { "إسبو", "Espoo", "FI", FALSE },
  { "برشلونة", "Barcelona", "ES", FALSE }, { "شنغهاي", "Shanghai", "CN", FALSE },
  { "سوون", "Suwon", "KR", FALSE }, { "أوكاياما", "Okayama", "JP", FALSE },
  { "ميديين", "Medellín", "CO", FALSE }, { "سورابايا", "Surabaya", "ID", FALSE },
  { "بيلو هوريزونتي", "Belo Horizonte", "BR", FALSE }, { "ملبورن", "Melbourne", "AU", FALSE },
};

const LcGeneratorPair lc_generator_city_traits[] = {
  { "مدينة ساحلية صناعية", "An industrial coastal city" },
  { "مركز تاريخي للتجارة", "A historic centre of trade" },
  { "مدينة جامعية شابة", "A young university city" },
  { "بوابة سياحية وتراثية", "A gateway of tourism and heritage" },
  { "عاصمة إدارية متنامية", "A growing administrative capital" },
  { "مدينة زراعية في واحة", "A farming city in an oasis" },
  { "ميناء على البحر", "A sea port" },
  { "مدينة للفنون والحرف", "A city of arts and crafts" },
};

const LcGeneratorPair lc_generator_positions[] = {
  { "مدير إدارة التعلم مدى الحياة", "Director of Lifelong Learning" },
  { "رئيس البلدية", "Mayor" },
  { "نائب رئيس البلدية", "Deputy Mayor" },
  { "منسق مدينة التعلم", "Learning City Coordinator" },
  { "مستشار السياسات التعليمية", "Education Policy Adviser" },
  { "أستاذ التربية المقارنة", "Professor of Comparative Education" },
  { "باحث في تعليم الكبار", "Adult Education Researcher" },
  { "مدير البرامج", "Programme Director" },
  { "مسؤول الشراكات", "Partnerships Officer" },
  { "أخصائي محو الأمية", "Literacy Specialist" },
  { "مدير مركز المجتمع", "Community Centre Manager" },
  { "رئيس قسم التخطيط الحضري", "Head of Urban Planning" },
  { "خبير التعليم الرقمي", "Digital Learning Expert" },
  { "ممثل المجتمع المدني", "Civil Society Representative" },
  { "منسق برامج الشباب", "Youth Programme Coordinator" },
  { "مدير المكتبة العامة", "Public Library Director" },
  { "عميد كلية التربية", "Dean of the Faculty of Education" },
  { "مستشار التنمية المستدامة", "Sustainable Development Adviser" },
  { "مسؤول الاتصال", "Communications Officer" },
  { "الأمين العام", "Secretary-General" },
};

/* "{city}" stands for the person's city. */
const LcGeneratorPair lc_generator_organisations[] = {
  { "معهد اليونسكو للتعلم مدى الحياة", "UNESCO Institute for Lifelong Learning" },
  { "وزارة التعليم", "Ministry of Education" },
  { "وزارة الشؤون البلدية والقروية", "Ministry of Municipal and Rural Affairs" },
  { "المنظمة العربية للتربية والثقافة والعلوم (ألكسو)",
    "Arab League Educational, Cultural and Scientific Organization (ALECSO)" },
  { "منظمة العالم الإسلامي للتربية والعلوم والثقافة (إيسيسكو)",
    "Islamic World Educational, Scientific and Cultural Organization (ICESCO)" },
  { "الشبكة العربية لمحو الأمية وتعليم الكبار", "Arab Network for Literacy and Adult Education" },
  { "منظمة الأمم المتحدة للطفولة (يونيسف)", "UNICEF" },
  { "برنامج الأمم المتحدة الإنمائي", "United Nations Development Programme" },
  { "الهيئة الملكية للجبيل وينبع", "Royal Commission for Jubail and Yanbu" },
  { "المجلس الثقافي البريطاني", "British Council" },
  { "بلدية {city}", "{city} Municipality" },
  { "بلدية {city}", "{city} Municipality" },
  { "جامعة {city}", "University of {city}" },
  { "مكتبة {city} العامة", "{city} Public Library" },
  { "غرفة تجارة {city}", "{city} Chamber of Commerce" },
};

const LcGeneratorPair lc_generator_rooms[] = {
  { "القاعة الكبرى", "Main Hall" }, { "قاعة الملك فهد", "King Fahd Hall" },
  { "قاعة البحر الأحمر", "Red Sea Hall" }, { "قاعة النخيل", "Palm Hall" },
  { "قاعة المعرفة", "Knowledge Hall" }, { "قاعة الابتكار", "Innovation Hall" },
  { "قاعة الشراكة", "Partnership Hall" }, { "قاعة الاستدامة", "Sustainability Hall" },
  { "قاعة الشباب", "Youth Hall" }, { "قاعة الاجتماعات أ", "Meeting Room A" },
  { "قاعة الاجتماعات ب", "Meeting Room B" }, { "المسرح الخارجي", "Open-Air Stage" },
  { "قاعة المكتبة", "Library Hall" }, { "قاعة الورش", "Workshop Room" },
};

/* English themes start in lower case: they are also used mid-sentence. */
static const LcGeneratorPair themes[] = {
  { "المدن المتعلمة والتحول الرقمي", "learning cities and digital transformation" },
  { "التعلم مدى الحياة للجميع", "lifelong learning for all" },
  { "محو الأمية وتعليم الكبار", "literacy and adult education" },
  { "التعلم من أجل المواطنة العالمية", "learning for global citizenship" },
  { "التعليم من أجل التنمية المستدامة", "education for sustainable development" },
  { "المدن الخضراء والتعلم من أجل المناخ", "green cities and learning for climate action" },
  { "الصحة والرفاه في المدن المتعلمة", "health and well-being in learning cities" },
  { "إدماج اللاجئين والمهاجرين", "the inclusion of refugees and migrants" },
  { "تمكين المرأة من خلال التعلم", "empowering women through learning" },
  { "الشباب وسوق العمل", "young people and the labour market" },
  { "المكتبات العامة فضاءات للتعلم", "public libraries as places of learning" },
  { "التعلم في الأسرة وبين الأجيال", "family and intergenerational learning" },
  { "المهارات الرقمية لكبار السن", "digital skills for older people" },
  { "قياس التقدم في مدن التعلم", "measuring progress in learning cities" },
  { "الشراكات بين البلديات والجامعات", "partnerships between municipalities and universities" },
  { "تمويل التعلم مدى الحياة", "financing lifelong learning" },
  { "التراث الثقافي والتعلم", "cultural heritage and learning" },
  { "التعلم في مكان العمل", "learning in the workplace" },
  { "المدن الذكية والبيانات المفتوحة", "smart cities and open data" },
  { "الاقتصاد الأخضر والوظائف الجديدة", "the green economy and new jobs" },
  { "التعليم في حالات الطوارئ والأزمات", "education in emergencies and crises" },
  { "الرياضة والتعلم والصحة العامة", "sport, learning and public health" },
  { "الفنون والإبداع في المدينة", "arts and creativity in the city" },
};

/* "{city}" stands for a city of the convention. */
static const LcGeneratorPair angles[] = {
  { "السياسات والممارسات", "policies and practices" },
  { "تجارب من المنطقة العربية", "experiences from the Arab region" },
  { "دروس من الشبكة العالمية لمدن التعلم", "lessons from the Global Network of Learning Cities" },
  { "من الخطة إلى التنفيذ", "from plan to implementation" },
  { "دور الحكومات المحلية", "the role of local government" },
  { "أدوات ومؤشرات", "tools and indicators" },
  { "شراكات مع القطاع الخاص", "partnerships with the private sector" },
  { "صوت المجتمع المدني", "the voice of civil society" },
  { "تجربة مدينة {city}", "the experience of {city}" },
  { "رؤية {city} 2030", "the {city} vision for 2030" },
  { "الابتكار في الأحياء", "innovation in neighbourhoods" },
  { "التحديات والفرص", "challenges and opportunities" },
  { "ما بعد الجائحة", "after the pandemic" },
  { "التمويل والاستدامة", "funding and sustainability" },
  { "البحث والأدلة", "research and evidence" },
};

static const LcGeneratorPair session_formats[] = {
  { "جلسة حوارية", "A panel discussion" }, { "جلسة عامة", "A plenary session" },
  { "طاولة مستديرة", "A round table" }, { "عروض تقديمية", "Presentations" },
};

static const LcGeneratorPair visit_places[] = {
  { "مركز التعلم المجتمعي", "the community learning centre" },
  { "المكتبة العامة", "the public library" },
  { "الكلية التقنية", "the technical college" },
  { "الواجهة البحرية", "the waterfront" },
  { "مركز الحرف التراثية", "the heritage crafts centre" },
  { "حديقة العلوم", "the science park" },
};

const guint lc_generator_n_cities = G_N_ELEMENTS (lc_generator_cities);
const guint lc_generator_n_rooms = G_N_ELEMENTS (lc_generator_rooms);
const guint lc_generator_n_honorifics = G_N_ELEMENTS (lc_generator_honorifics);
const guint lc_generator_n_city_traits = G_N_ELEMENTS (lc_generator_city_traits);
const guint lc_generator_n_positions = G_N_ELEMENTS (lc_generator_positions);
const guint lc_generator_n_organisations = G_N_ELEMENTS (lc_generator_organisations);

#define PICK(rand, table) (&(table)[lc_generator_pick ((rand), G_N_ELEMENTS (table))])

/* A number below @n. */
guint
lc_generator_pick (GRand *rand,
                   guint  n)
{
  return (guint) g_rand_int_range (rand, 0, (gint32) n);
}

/* "{city}" in @pattern becomes @city. */
char *
lc_generator_fill_city (const char *pattern,
                        const char *city)
{
  GString *s = g_string_new (pattern);

  g_string_replace (s, "{city}", city, 0);
  return g_string_free (s, FALSE);
}

static char *
capitalise (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8];
  int len = g_unichar_to_utf8 (g_unichar_toupper (first), buffer);

  return g_strdup_printf ("%.*s%s", len, buffer, g_utf8_next_char (text));
}

guint
lc_generator_n_names (void)
{
  return (G_N_ELEMENTS (male_names) + G_N_ELEMENTS (female_names))
         * G_N_ELEMENTS (male_names) * G_N_ELEMENTS (family_names);
}

/* Name @index of lc_generator_n_names(): "given father family", as Arab
 * names are written, in both languages. */
void
lc_generator_name (guint   index,
                   char  **ar,
                   char  **en)
{
  guint n_given = G_N_ELEMENTS (male_names) + G_N_ELEMENTS (female_names);
  guint given = index % n_given;
  guint father = (index / n_given) % G_N_ELEMENTS (male_names);
  guint family = (index / n_given / G_N_ELEMENTS (male_names)) % G_N_ELEMENTS (family_names);
  guint n_male = G_N_ELEMENTS (male_names);
  const LcGeneratorPair *g = given < n_male ? &male_names[given] : &female_names[given - n_male];

  *ar = g_strdup_printf ("%s %s %s", g->ar, male_names[father].ar, family_names[family].ar);
  *en = g_strdup_printf ("%s %s %s", g->en, male_names[father].en, family_names[family].en);
}

void
lc_generator_random_name (GRand  *rand,
                          char  **ar,
                          char  **en)
{
  lc_generator_name (lc_generator_pick (rand, lc_generator_n_names ()), ar, en);
}

void
lc_generator_item_text_clear (LcGeneratorItemText *text)
{
  g_free (text->title_ar);
  g_free (text->title_en);
  g_free (text->description_ar);
  g_free (text->description_en);
}

/* The kind, title and description of item @index of @n_items (in time order),
 * naming cities of the convention (@city_ar and @city_en, in step). */
void
lc_generator_item_text (GRand               *rand,
                        guint                index,
                        guint                n_items,
                        GPtrArray           *city_ar,
                        GPtrArray           *city_en,
                        LcGeneratorItemText *text)
{
  guint c1 = lc_generator_pick (rand, city_ar->len), c2 = lc_generator_pick (rand, city_ar->len);
  const char *city1_ar = g_ptr_array_index (city_ar, c1);
  const char *city1_en = g_ptr_array_index (city_en, c1);
  const char *city2_ar = g_ptr_array_index (city_ar, c2);
  const char *city2_en = g_ptr_array_index (city_en, c2);
  const LcGeneratorPair *theme = PICK (rand, themes);
  const LcGeneratorPair *angle = PICK (rand, angles);
  g_autofree char *angle_ar = lc_generator_fill_city (angle->ar, city1_ar);
  g_autofree char *angle_en = lc_generator_fill_city (angle->en, city1_en);
  g_autofree char *theme_en = capitalise (theme->en);
  guint roll = lc_generator_pick (rand, 100);

  /* The first item opens the convention and the last two close it. */
  if (index == 0 && n_items >= 3)
    {
      text->kind = LC_ITEM_KIND_OPENING;
      text->title_ar = g_strdup ("حفل الافتتاح وكلمات الترحيب");
      text->title_en = g_strdup ("Opening ceremony and words of welcome");
      text->description_ar = g_strdup_printf ("كلمات رؤساء الوفود وعرض عن مدينة %s.", city1_ar);
      text->description_en = g_strdup_printf ("Heads of delegations speak, and %s presents itself.", city1_en);
    }
  else if (index == n_items - 1 && n_items >= 3)
    {
      text->kind = LC_ITEM_KIND_CLOSING;
      text->title_ar = g_strdup ("الجلسة الختامية");
      text->title_en = g_strdup ("Closing session");
      text->description_ar = g_strdup ("التوصيات والإعلان عن المدينة المضيفة للملتقى القادم.");
      text->description_en = g_strdup ("Recommendations, and the host of the next convention.");
    }
  else if (index == n_items - 2 && n_items >= 3)
    {
      text->kind = LC_ITEM_KIND_DECLARATION_READING;
      text->title_ar = g_strdup ("قراءة مسودة إعلان ينبع");
      text->title_en = g_strdup ("Reading of the draft Yanbu Declaration");
      text->description_ar = g_strdup ("تقرأ لجنة الصياغة المسودة وتستقبل التعديلات.");
      text->description_en = g_strdup ("The drafting committee reads the draft and takes amendments.");
    }
  else if (roll < 10)
    {
      const LcGeneratorPair *place = PICK (rand, visit_places);

      text->kind = LC_ITEM_KIND_FIELD_VISIT;
      text->title_ar = g_strdup_printf ("زيارة ميدانية: %s", place->ar);
      text->title_en = g_strdup_printf ("Field visit: %s", place->en);
      text->description_ar = g_strdup_printf ("جولة يقودها فريق من %s حول %s.", city1_ar, theme->ar);
      text->description_en = g_strdup_printf ("A tour led by a team from %s, on %s.", city1_en, theme->en);
    }
  else if (roll < 25)
    {
      text->kind = LC_ITEM_KIND_EXERCISE;
      text->title_ar = g_strdup_printf ("ورشة عمل: %s", theme->ar);
      text->title_en = g_strdup_printf ("Workshop: %s", theme->en);
      text->description_ar = g_strdup_printf ("يعمل المشاركون في مجموعات على %s، بمثال من %s.",
                                              angle_ar, city2_ar);
      text->description_en = g_strdup_printf ("Participants work in groups on %s, with an example from %s.",
                                              angle_en, city2_en);
    }
  else
    {
      const LcGeneratorPair *format = PICK (rand, session_formats);

      text->kind = LC_ITEM_KIND_SESSION;
      text->title_ar = g_strdup_printf ("%s: %s", theme->ar, angle_ar);
      text->title_en = g_strdup_printf ("%s: %s", theme_en, angle_en);
      text->description_ar = g_strdup_printf ("%s حول %s، يشارك فيها خبراء من %s و%s.",
                                              format->ar, theme->ar, city1_ar, city2_ar);
      text->description_en = g_strdup_printf ("%s on %s, with experts from %s and %s.",
                                              format->en, theme->en, city1_en, city2_en);
    }
}
