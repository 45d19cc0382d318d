/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-generator.h"

/*
 * The text is put together from lists of real Arabic names (with their
 * usual English spellings), real cities of learning, and the words
 * conventions of learning cities use, so that searching, sorting, shaping
 * and line-breaking see what they see in real libraries. Nothing here is
 * shown as interface text: it is data, and so it is not translated.
 */

typedef struct
{
  const char *ar;
  const char *en;
} Pair;

typedef struct
{
  const char *ar;
  const char *en;
  const char *country;
  gboolean    arab_region;
} CityName;

static const Pair male_names[] = {
  { "محمد", "Mohammed" }, { "أحمد", "Ahmed" }, { "عبد الله", "Abdullah" }, { "خالد", "Khalid" },
  { "عمر", "Omar" }, { "علي", "Ali" }, { "يوسف", "Yousef" }, { "إبراهيم", "Ibrahim" },
  { "حسن", "Hassan" }, { "حسين", "Hussein" }, { "سعيد", "Saeed" }, { "فيصل", "Faisal" },
  { "ناصر", "Nasser" }, { "سلطان", "Sultan" }, { "طارق", "Tariq" }, { "ماجد", "Majed" },
  { "عادل", "Adel" }, { "كريم", "Karim" }, { "سامي", "Sami" }, { "هشام", "Hisham" },
  { "وليد", "Walid" }, { "زياد", "Ziad" }, { "منصور", "Mansour" }, { "رامي", "Rami" },
  { "باسل", "Basel" }, { "مازن", "Mazen" }, { "جمال", "Jamal" }, { "مصطفى", "Mustafa" },
  { "عبد الرحمن", "Abdulrahman" }, { "فهد", "Fahad" },
};

static const Pair female_names[] = {
  { "فاطمة", "Fatima" }, { "عائشة", "Aisha" }, { "مريم", "Maryam" }, { "نورة", "Noura" },
  { "سارة", "Sara" }, { "ليلى", "Layla" }, { "هدى", "Huda" }, { "رانيا", "Rania" },
  { "سلمى", "Salma" }, { "دينا", "Dina" }, { "أمل", "Amal" }, { "هند", "Hind" },
  { "ريم", "Reem" }, { "لينا", "Lina" }, { "منى", "Mona" }, { "نادية", "Nadia" },
  { "سعاد", "Suad" }, { "هالة", "Hala" }, { "رشا", "Rasha" }, { "جميلة", "Jamila" },
  { "خديجة", "Khadija" }, { "زينب", "Zainab" }, { "أسماء", "Asmaa" }, { "نجلاء", "Najla" },
  { "عبير", "Abeer" }, { "شيماء", "Shaimaa" }, { "لمياء", "Lamia" }, { "وفاء", "Wafaa" },
  { "ياسمين", "Yasmin" }, { "غادة", "Ghada" },
};

static const Pair family_names[] = {
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

static const Pair honorifics[] = {
  { "د.", "Dr" }, { "أ.د.", "Prof." }, { "م.", "Eng." },
};

static const CityName city_names[] = {
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

static const Pair city_traits[] = {
  { "مدينة ساحلية صناعية", "An industrial coastal city" },
  { "مركز تاريخي للتجارة", "A historic centre of trade" },
  { "مدينة جامعية شابة", "A young university city" },
  { "بوابة سياحية وتراثية", "A gateway of tourism and heritage" },
  { "عاصمة إدارية متنامية", "A growing administrative capital" },
  { "مدينة زراعية في واحة", "A farming city in an oasis" },
  { "ميناء على البحر", "A sea port" },
  { "مدينة للفنون والحرف", "A city of arts and crafts" },
};

static const Pair positions[] = {
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
static const Pair organisations[] = {
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

static const Pair room_names[] = {
  { "القاعة الكبرى", "Main Hall" }, { "قاعة الملك فهد", "King Fahd Hall" },
  { "قاعة البحر الأحمر", "Red Sea Hall" }, { "قاعة النخيل", "Palm Hall" },
  { "قاعة المعرفة", "Knowledge Hall" }, { "قاعة الابتكار", "Innovation Hall" },
  { "قاعة الشراكة", "Partnership Hall" }, { "قاعة الاستدامة", "Sustainability Hall" },
  { "قاعة الشباب", "Youth Hall" }, { "قاعة الاجتماعات أ", "Meeting Room A" },
  { "قاعة الاجتماعات ب", "Meeting Room B" }, { "المسرح الخارجي", "Open-Air Stage" },
  { "قاعة المكتبة", "Library Hall" }, { "قاعة الورش", "Workshop Room" },
};

/* English themes start in lower case: they are also used mid-sentence. */
static const Pair themes[] = {
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
static const Pair angles[] = {
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

static const Pair session_formats[] = {
  { "جلسة حوارية", "A panel discussion" }, { "جلسة عامة", "A plenary session" },
  { "طاولة مستديرة", "A round table" }, { "عروض تقديمية", "Presentations" },
};

static const Pair visit_places[] = {
  { "مركز التعلم المجتمعي", "the community learning centre" },
  { "المكتبة العامة", "the public library" },
  { "الكلية التقنية", "the technical college" },
  { "الواجهة البحرية", "the waterfront" },
  { "مركز الحرف التراثية", "the heritage crafts centre" },
  { "حديقة العلوم", "the science park" },
};

/* One room on one day: items follow each other, never overlapping. */
typedef struct
{
  guint day;
  int   start;
  int   end;
  guint room;
} Slot;

typedef struct
{
  LcStore               *store;
  GRand                 *rand;
  const LcGeneratorSize *size;
  guint                  per_item;
  gint64                 convention;
  GDate                  first_day;
  GArray                *rooms;       /* gint64 ids */
  GArray                *cities;      /* gint64 ids */
  GPtrArray             *city_ar;     /* names, by position in @cities */
  GPtrArray             *city_en;
  GArray                *people;      /* gint64 ids */
  GArray                *busy_until;  /* gint64 per person: absolute minute */
} Generator;

static void
generator_clear (Generator *gen)
{
  g_clear_pointer (&gen->rand, g_rand_free);
  g_clear_pointer (&gen->rooms, g_array_unref);
  g_clear_pointer (&gen->cities, g_array_unref);
  g_clear_pointer (&gen->city_ar, g_ptr_array_unref);
  g_clear_pointer (&gen->city_en, g_ptr_array_unref);
  g_clear_pointer (&gen->people, g_array_unref);
  g_clear_pointer (&gen->busy_until, g_array_unref);
}

static guint
pick (Generator *gen,
      guint      n)
{
  return (guint) g_rand_int_range (gen->rand, 0, (gint32) n);
}

/* TRUE with a probability of @percent in a hundred. */
static gboolean
chance (Generator *gen,
        guint      percent)
{
  return pick (gen, 100) < percent;
}

#define PICK(gen, table) (&(table)[pick ((gen), G_N_ELEMENTS (table))])

static char *
fill_city (const char *pattern,
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

static gboolean
insert (Generator  *gen,
        LcRecord   *record,
        gint64     *id,
        GError    **error)
{
  if (!lc_store_insert (gen->store, record, error))
    return FALSE;

  if (id != NULL)
    *id = lc_record_get_id (record);
  return TRUE;
}

static char *
day_string (Generator *gen,
            guint      day)
{
  GDate date = gen->first_day;
  char text[16];

  g_date_add_days (&date, day);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &date);
  return g_strdup (text);
}

static gboolean
add_convention (Generator  *gen,
                guint32     seed,
                GError    **error)
{
  g_autoptr(LcRecord) convention = g_object_new (LC_TYPE_CONVENTION, NULL);
  g_autofree char *title_ar = NULL;
  g_autofree char *title_en = NULL;
  g_autofree char *last = day_string (gen, gen->size->n_days - 1);

  /* Numbers in ASCII digits in both titles, so the convention is easy to
   * find by size in either language. */
  title_ar = g_strdup_printf ("ملتقى مدن التعلم المولَّد: %u بندًا، البذرة %u",
                              gen->size->n_items, (guint) seed);
  title_en = g_strdup_printf ("Generated Convention of Learning Cities: %u items, seed %u",
                              gen->size->n_items, (guint) seed);
  lc_record_set_text (LC_RECORD (convention), "title", title_ar, title_en);
  lc_record_set_text (LC_RECORD (convention), "slogan",
                      "مدن تتعلم من أجل مستقبل مستدام", "Cities that learn for a sustainable future");
  lc_record_set_text (LC_RECORD (convention), "venue",
                      "مركز المؤتمرات، ينبع الصناعية", "Conference Centre, Yanbu Industrial City");
  lc_record_set_text (LC_RECORD (convention), "host",
                      "الهيئة الملكية في ينبع", "Royal Commission in Yanbu");
  lc_record_set_text (LC_RECORD (convention), "organisers",
                      "معهد اليونسكو للتعلم مدى الحياة", "UNESCO Institute for Lifelong Learning");
  lc_record_set_string (LC_RECORD (convention), "start-date", "2025-10-05");
  lc_record_set_string (LC_RECORD (convention), "end-date", last);
  lc_record_set_string (LC_RECORD (convention), "time-zone", "Asia/Riyadh");

  return insert (gen, LC_RECORD (convention), &gen->convention, error);
}

static gboolean
add_rooms (Generator  *gen,
           GError    **error)
{
  for (guint r = 0; r < gen->size->n_rooms; r++)
    {
      g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
      g_autofree char *ar = NULL;
      g_autofree char *en = NULL;
      gint64 id;

      if (r < G_N_ELEMENTS (room_names))
        {
          ar = g_strdup (room_names[r].ar);
          en = g_strdup (room_names[r].en);
        }
      else
        {
          ar = g_strdup_printf ("القاعة %u", r + 1);
          en = g_strdup_printf ("Room %u", r + 1);
        }

      lc_record_set_int (room, "convention-id", gen->convention);
      lc_record_set_text (room, "name", ar, en);
      lc_record_set_int (room, "position", r);
      if (!insert (gen, room, &id, error))
        return FALSE;
      g_array_append_val (gen->rooms, id);
    }

  return TRUE;
}

/* A full name, "given father family", in both languages. */
static void
make_name (Generator  *gen,
           guint       given,
           guint       father,
           guint       family,
           char      **ar,
           char      **en)
{
  guint n_male = G_N_ELEMENTS (male_names);
  const Pair *g = given < n_male ? &male_names[given] : &female_names[given - n_male];

  *ar = g_strdup_printf ("%s %s %s", g->ar, male_names[father].ar, family_names[family].ar);
  *en = g_strdup_printf ("%s %s %s", g->en, male_names[father].en, family_names[family].en);
}

static void
random_name (Generator  *gen,
             char      **ar,
             char      **en)
{
  make_name (gen,
             pick (gen, G_N_ELEMENTS (male_names) + G_N_ELEMENTS (female_names)),
             pick (gen, G_N_ELEMENTS (male_names)),
             pick (gen, G_N_ELEMENTS (family_names)),
             ar, en);
}

static gboolean
add_cities (Generator  *gen,
            GError    **error)
{
  for (guint k = 0; k < gen->size->n_cities; k++)
    {
      g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
      const CityName *name = &city_names[k % G_N_ELEMENTS (city_names)];
      const Pair *trait = PICK (gen, city_traits);
      guint round = k / G_N_ELEMENTS (city_names);
      g_autofree char *rep_ar = NULL;
      g_autofree char *rep_en = NULL;
      char *ar, *en;
      gint64 id;
      guint attendance = pick (gen, 100);

      /* Past the list, a second "Amman" is "Amman 2": names stay distinct. */
      if (round == 0)
        {
          ar = g_strdup (name->ar);
          en = g_strdup (name->en);
        }
      else
        {
          ar = g_strdup_printf ("%s %u", name->ar, round + 1);
          en = g_strdup_printf ("%s %u", name->en, round + 1);
        }
      g_ptr_array_add (gen->city_ar, ar);
      g_ptr_array_add (gen->city_en, en);

      random_name (gen, &rep_ar, &rep_en);
      lc_record_set_int (city, "convention-id", gen->convention);
      lc_record_set_text (city, "name", ar, en);
      lc_record_set_string (city, "country", name->country);
      lc_record_set_int (city, "arab-region", name->arab_region);
      lc_record_set_int (city, "year-joined", 2013 + pick (gen, 12));
      lc_record_set_int (city, "candidate", chance (gen, 10));
      lc_record_set_text (city, "trait", trait->ar, trait->en);
      for (guint s = 0; s < 3; s++)
        lc_city_set_sdg (LC_CITY (city), 1 + pick (gen, LC_SDG_COUNT), TRUE);
      lc_record_set_int (city, "attendance",
                         attendance < 70 ? LC_ATTENDANCE_IN_PERSON
                         : attendance < 85 ? LC_ATTENDANCE_ONLINE
                         : attendance < 95 ? LC_ATTENDANCE_UNSET : LC_ATTENDANCE_ABSENT);
      lc_record_set_text (city, "representative", rep_ar, rep_en);
      if (!insert (gen, city, &id, error))
        return FALSE;
      g_array_append_val (gen->cities, id);
    }

  return TRUE;
}

static gboolean
add_people (Generator  *gen,
            GError    **error)
{
  guint n_given = G_N_ELEMENTS (male_names) + G_N_ELEMENTS (female_names);
  guint n_names = n_given * G_N_ELEMENTS (male_names) * G_N_ELEMENTS (family_names);
  g_autoptr(GHashTable) used = g_hash_table_new (g_direct_hash, g_direct_equal);
  gint64 free_from = 0;

  for (guint p = 0; p < gen->size->n_people; p++)
    {
      g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
      const Pair *position = PICK (gen, positions);
      const Pair *organisation = PICK (gen, organisations);
      guint city = pick (gen, gen->cities->len);
      g_autofree char *ar = NULL;
      g_autofree char *en = NULL;
      g_autofree char *org_ar = NULL;
      g_autofree char *org_en = NULL;
      guint name, honorific = pick (gen, 100);
      gint64 id;

      /* Distinct names while there are any left, as in a real list. */
      do
        name = pick (gen, n_names);
      while (g_hash_table_size (used) < n_names / 2
             && !g_hash_table_add (used, GUINT_TO_POINTER (name + 1)));
      make_name (gen, name % n_given, (name / n_given) % G_N_ELEMENTS (male_names),
                 name / n_given / G_N_ELEMENTS (male_names), &ar, &en);

      org_ar = fill_city (organisation->ar, g_ptr_array_index (gen->city_ar, city));
      org_en = fill_city (organisation->en, g_ptr_array_index (gen->city_en, city));

      lc_record_set_int (person, "convention-id", gen->convention);
      lc_record_set_text (person, "name", ar, en);
      if (honorific < 60)
        lc_record_set_text (person, "honorific", honorifics[honorific % G_N_ELEMENTS (honorifics)].ar,
                            honorifics[honorific % G_N_ELEMENTS (honorifics)].en);
      lc_record_set_text (person, "position", position->ar, position->en);
      lc_record_set_text (person, "organisation", org_ar, org_en);
      lc_record_set_int (person, "city-id", g_array_index (gen->cities, gint64, city));
      /* A few speak from home. */
      lc_record_set_int (person, "attendance", chance (gen, 4) ? LC_ATTENDANCE_ONLINE : LC_ATTENDANCE_IN_PERSON);
      if (!insert (gen, person, &id, error))
        return FALSE;
      g_array_append_val (gen->people, id);
      g_array_append_val (gen->busy_until, free_from);
    }

  return TRUE;
}

static int
compare_slots (gconstpointer a,
               gconstpointer b)
{
  const Slot *x = a, *y = b;

  if (x->day != y->day)
    return x->day < y->day ? -1 : 1;
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->room > y->room) - (x->room < y->room);
}

/* Spreads the items evenly over every room and day. In one room's day the
 * k items last 30–120 minutes each (shortened at random until they fit in
 * 08:00–20:00), and what time is left falls between them as gaps. */
static GArray *
make_schedule (Generator *gen)
{
  const LcGeneratorSize *size = gen->size;
  guint n_tracks = size->n_days * size->n_rooms;
  GArray *slots = g_array_sized_new (FALSE, FALSE, sizeof (Slot), size->n_items);

  for (guint t = 0; t < n_tracks; t++)
    {
      guint k = size->n_items / n_tracks + (t < size->n_items % n_tracks ? 1 : 0);
      int duration[LC_GENERATOR_MAX_PER_TRACK], gap[LC_GENERATOR_MAX_PER_TRACK + 1] = { 0, };
      int total = 0, cursor = 8 * 60;

      /* check_size() made sure k × 30 minutes fit in the 720. */
      for (guint j = 0; j < k; j++)
        {
          duration[j] = 30 + 15 * (int) pick (gen, 7);
          total += duration[j];
        }
      while (total > 12 * 60)
        {
          guint j = pick (gen, k);

          if (duration[j] > 30)
            {
              duration[j] -= 15;
              total -= 15;
            }
        }
      for (int left = 12 * 60 - total; left > 0; left -= 5)
        gap[pick (gen, k + 1)] += 5;

      for (guint j = 0; j < k; j++)
        {
          Slot slot = {
            .day = t % size->n_days,
            .room = t / size->n_days,
            .start = cursor + gap[j],
          };

          slot.end = slot.start + duration[j];
          cursor = slot.end;
          g_array_append_val (slots, slot);
        }
    }

  g_array_sort (slots, compare_slots);
  return slots;
}

static gint64
absolute (const Slot *slot,
          int         minute)
{
  return (gint64) slot->day * 24 * 60 + minute;
}

/* Someone free when @slot starts; after a few random tries, the next free
 * person in turn; when nobody is free, anyone (a conflict, but only when
 * the size asks for more people at once than there are). */
static guint
free_person (Generator  *gen,
             const Slot *slot)
{
  gint64 start = absolute (slot, slot->start);
  guint n = gen->people->len, first;

  for (int tries = 0; tries < 16; tries++)
    {
      guint p = pick (gen, n);

      if (g_array_index (gen->busy_until, gint64, p) <= start)
        return p;
    }

  first = pick (gen, n);
  for (guint i = 0; i < n; i++)
    {
      guint p = (first + i) % n;

      if (g_array_index (gen->busy_until, gint64, p) <= start)
        return p;
    }

  return first;
}

typedef struct
{
  LcItemKind  kind;
  char       *title_ar;
  char       *title_en;
  char       *description_ar;
  char       *description_en;
} ItemText;

static void
item_text_clear (ItemText *text)
{
  g_free (text->title_ar);
  g_free (text->title_en);
  g_free (text->description_ar);
  g_free (text->description_en);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ItemText, item_text_clear)

static void
make_item_text (Generator *gen,
                guint      index,
                ItemText  *text)
{
  guint n = gen->size->n_items;
  guint c1 = pick (gen, gen->city_ar->len), c2 = pick (gen, gen->city_ar->len);
  const char *city1_ar = g_ptr_array_index (gen->city_ar, c1);
  const char *city1_en = g_ptr_array_index (gen->city_en, c1);
  const char *city2_ar = g_ptr_array_index (gen->city_ar, c2);
  const char *city2_en = g_ptr_array_index (gen->city_en, c2);
  const Pair *theme = PICK (gen, themes);
  const Pair *angle = PICK (gen, angles);
  g_autofree char *angle_ar = fill_city (angle->ar, city1_ar);
  g_autofree char *angle_en = fill_city (angle->en, city1_en);
  g_autofree char *theme_en = capitalise (theme->en);
  guint roll = pick (gen, 100);

  /* The first item opens the convention and the last two close it. */
  if (index == 0 && n >= 3)
    {
      text->kind = LC_ITEM_KIND_OPENING;
      text->title_ar = g_strdup ("حفل الافتتاح وكلمات الترحيب");
      text->title_en = g_strdup ("Opening ceremony and words of welcome");
      text->description_ar = g_strdup_printf ("كلمات رؤساء الوفود وعرض عن مدينة %s.", city1_ar);
      text->description_en = g_strdup_printf ("Heads of delegations speak, and %s presents itself.", city1_en);
    }
  else if (index == n - 1 && n >= 3)
    {
      text->kind = LC_ITEM_KIND_CLOSING;
      text->title_ar = g_strdup ("الجلسة الختامية");
      text->title_en = g_strdup ("Closing session");
      text->description_ar = g_strdup ("التوصيات والإعلان عن المدينة المضيفة للملتقى القادم.");
      text->description_en = g_strdup ("Recommendations, and the host of the next convention.");
    }
  else if (index == n - 2 && n >= 3)
    {
      text->kind = LC_ITEM_KIND_DECLARATION_READING;
      text->title_ar = g_strdup ("قراءة مسودة إعلان ينبع");
      text->title_en = g_strdup ("Reading of the draft Yanbu Declaration");
      text->description_ar = g_strdup ("تقرأ لجنة الصياغة المسودة وتستقبل التعديلات.");
      text->description_en = g_strdup ("The drafting committee reads the draft and takes amendments.");
    }
  else if (roll < 10)
    {
      const Pair *place = PICK (gen, visit_places);

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
      const Pair *format = PICK (gen, session_formats);

      text->kind = LC_ITEM_KIND_SESSION;
      text->title_ar = g_strdup_printf ("%s: %s", theme->ar, angle_ar);
      text->title_en = g_strdup_printf ("%s: %s", theme_en, angle_en);
      text->description_ar = g_strdup_printf ("%s حول %s، يشارك فيها خبراء من %s و%s.",
                                              format->ar, theme->ar, city1_ar, city2_ar);
      text->description_en = g_strdup_printf ("%s on %s, with experts from %s and %s.",
                                              format->en, theme->en, city1_en, city2_en);
    }
}

static gboolean
add_participation (Generator  *gen,
                   gint64      item,
                   guint       person,
                   guint       position,
                   GError    **error)
{
  g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);

  lc_record_set_int (part, "item-id", item);
  lc_record_set_int (part, "person-id", g_array_index (gen->people, gint64, person));
  lc_record_set_int (part, "role", position == 0 ? LC_ROLE_MODERATOR
                                   : chance (gen, 20) ? LC_ROLE_PRESENTER : LC_ROLE_SPEAKER);
  lc_record_set_int (part, "position", position);
  /* A few join this one item online, whatever they do elsewhere. */
  if (chance (gen, 2))
    lc_record_set_int (part, "attendance", LC_ATTENDANCE_ONLINE);

  return insert (gen, part, NULL, error);
}

static gboolean
add_items (Generator  *gen,
           GError    **error)
{
  g_autoptr(GArray) slots = make_schedule (gen);
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (guint));
  guint n = slots->len, number = 0;
  guint every = gen->size->double_bookings ? MAX (1, n / gen->size->double_bookings) : 0;
  guint doubled = 0;
  GPtrArray *previous = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < n; i++)
    {
      const Slot *slot = &g_array_index (slots, Slot, i);
      g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
      g_autofree char *day = day_string (gen, slot->day);
      g_auto(ItemText) text = { 0, };
      gboolean double_book = FALSE;
      gint64 id;

      make_item_text (gen, i, &text);
      lc_record_set_int (item, "convention-id", gen->convention);
      lc_record_set_int (item, "kind", text.kind);
      if (text.kind == LC_ITEM_KIND_SESSION)
        lc_record_set_int (item, "number", ++number);
      lc_record_set_text (item, "title", text.title_ar, text.title_en);
      lc_record_set_text (item, "description", text.description_ar, text.description_en);
      lc_record_set_string (item, "day", day);
      lc_record_set_int (item, "start-minute", slot->start);
      lc_record_set_int (item, "end-minute", slot->end);
      lc_record_set_int (item, "room-id", g_array_index (gen->rooms, gint64, slot->room));
      if (!insert (gen, item, &id, error))
        goto failed;

      /* Double-book on purpose: one person of an earlier item still running.
       * An item with no such item before it passes its turn to the next. */
      g_array_set_size (people, 0);
      if (every > 0 && doubled < MIN (gen->size->double_bookings, (i + 1) / every))
        for (guint back = previous->len; back > 0 && !double_book; back--)
          {
            GArray *other = g_ptr_array_index (previous, back - 1);
            const Slot *o = &g_array_index (slots, Slot, i - (previous->len - back) - 1);

            if (o->day == slot->day && o->end > slot->start)
              {
                g_array_append_val (people, g_array_index (other, guint, 0));
                double_book = TRUE;
                doubled++;
              }
          }

      while (people->len < gen->per_item)
        {
          guint p = free_person (gen, slot);

          /* Busy from now on, so free_person() does not give them again. */
          g_array_index (gen->busy_until, gint64, p) = absolute (slot, slot->end);
          g_array_append_val (people, p);
        }
      if (double_book)
        {
          gint64 *until = &g_array_index (gen->busy_until, gint64, g_array_index (people, guint, 0));

          *until = MAX (*until, absolute (slot, slot->end));
        }

      for (guint k = 0; k < people->len; k++)
        if (!add_participation (gen, id, g_array_index (people, guint, k), k, error))
          goto failed;

      /* The people of the last few items, to double-book from. */
      g_ptr_array_add (previous, g_array_copy (people));
      if (previous->len > 8)
        g_ptr_array_remove_index (previous, 0);
    }

  g_ptr_array_unref (previous);
  return TRUE;

failed:
  g_ptr_array_unref (previous);
  return FALSE;
}

static gboolean
check_size (const LcGeneratorSize  *size,
            guint                   per_item,
            GError                **error)
{
  guint n_tracks = size->n_days * size->n_rooms;

  if (size->n_days < 1 || size->n_days > 60)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("A generated convention lasts from 1 to 60 days, not %u."), size->n_days);
      return FALSE;
    }
  if (size->n_rooms < 1 || size->n_cities < 1)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("A generated convention needs at least one room and one city."));
      return FALSE;
    }
  if (size->n_items > 0 && size->n_people < per_item)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("%u people cannot fill items of %u people each."), size->n_people, per_item);
      return FALSE;
    }
  if ((size->n_items + n_tracks - 1) / n_tracks > LC_GENERATOR_MAX_PER_TRACK)
    {
      /* Translators: the first %u is a number of items, then rooms, then days */
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("%u items do not fit in %u rooms over %u days between 08:00 and 20:00."),
                   size->n_items, size->n_rooms, size->n_days);
      return FALSE;
    }

  return TRUE;
}


/**
 * lc_generator_size_init:
 * @size: the size to fill in
 * @n_items: how many agenda items
 *
 * Fills @size in for @n_items items in the proportions of a real
 * convention: five people per item and half as many people as items (at
 * least 10, at most 5,000), two to five days, about ten items per room and
 * day, a city for every twenty people (5 to 48: the built-in list of real
 * cities), and one item in a hundred double-booking someone.
 */
void
lc_generator_size_init (LcGeneratorSize *size,
                        guint            n_items)
{
  g_return_if_fail (size != NULL);

  memset (size, 0, sizeof *size);
  size->n_items = n_items;
  size->people_per_item = LC_GENERATOR_PEOPLE_PER_ITEM;
  size->n_people = CLAMP (n_items / 2, 10, 5000);
  size->n_days = n_items <= 200 ? 2 : n_items <= 2000 ? 3 : 5;
  size->n_rooms = MAX (1, (n_items + size->n_days * 10 - 1) / (size->n_days * 10));
  size->n_cities = CLAMP (size->n_people / 20, 5, G_N_ELEMENTS (city_names));
  size->double_bookings = n_items / 100;
}

/**
 * lc_generator_create:
 * @store: the library
 * @size: how much to make
 * @seed: the seed of the random choices
 * @error: return location for a #GError
 *
 * Adds a synthetic convention to @store, in one transaction: its rooms,
 * cities, people, and @size->n_items agenda items from 08:00 to 20:00,
 * each lasting 30 to 120 minutes in a room where nothing else happens
 * meanwhile, each with @size->people_per_item people (a moderator, then
 * speakers and presenters) who are elsewhere at the time only in the
 * @size->double_bookings items made to double-book someone. All text is
 * in Arabic and English. About 4 % of the people take part online, and 2 %
 * of the participations are online for that one item.
 *
 * The same @size and @seed give the same convention.
 *
 * Returns: the new convention's id, or 0 with @error set (and nothing
 *   written) when @size cannot be met, such as more items than the rooms
 *   and days can hold (%LC_GENERATOR_MAX_PER_TRACK per room and day)
 */
gint64
lc_generator_create (LcStore                *store,
                     const LcGeneratorSize  *size,
                     guint32                 seed,
                     GError                **error)
{
  Generator gen = { 0, };
  gint64 id = 0;

  g_return_val_if_fail (LC_IS_STORE (store), 0);
  g_return_val_if_fail (size != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  gen.per_item = size->people_per_item ? size->people_per_item : LC_GENERATOR_PEOPLE_PER_ITEM;
  if (!check_size (size, gen.per_item, error))
    return 0;

  gen.store = store;
  gen.size = size;
  gen.rand = g_rand_new_with_seed (seed);
  g_date_clear (&gen.first_day, 1);
  g_date_set_dmy (&gen.first_day, 5, G_DATE_OCTOBER, 2025);
  gen.rooms = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.cities = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.city_ar = g_ptr_array_new_with_free_func (g_free);
  gen.city_en = g_ptr_array_new_with_free_func (g_free);
  gen.people = g_array_new (FALSE, FALSE, sizeof (gint64));
  gen.busy_until = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (!lc_store_begin (store, error))
    goto out;

  if (!add_convention (&gen, seed, error)
      || !add_rooms (&gen, error)
      || !add_cities (&gen, error)
      || !add_people (&gen, error)
      || !add_items (&gen, error))
    {
      lc_store_rollback (store);
      goto out;
    }

  if (lc_store_commit (store, error))
    id = gen.convention;

out:
  generator_clear (&gen);
  return id;
}
