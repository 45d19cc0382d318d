/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-models.h"
#include "lc-search.h"

static void
assert_normalises (const char *text,
                   const char *expected)
{
  g_autofree char *normalised = lc_search_normalise (text);

  g_assert_cmpstr (normalised, ==, expected);
}

static void
assert_same (const char *a,
             const char *b)
{
  g_autofree char *na = lc_search_normalise (a);
  g_autofree char *nb = lc_search_normalise (b);

  g_assert_cmpstr (na, ==, nb);
}

static gboolean
finds (const char *haystack,
       const char *needle)
{
  g_autofree char *h = lc_search_normalise (haystack);
  g_autofree char *n = lc_search_normalise (needle);

  return lc_search_matches (h, n);
}

static void
test_arabic (void)
{
  /* Diacritics: fatha, damma, kasra, shadda, sukun, tanween, superscript alef. */
  assert_same ("مُحَمَّد", "محمد");
  assert_same ("عَبْدُالرَّحْمٰن", "عبدالرحمن");
  assert_same ("كتابٌ", "كتاب");
  assert_same ("هٰذا", "هذا");
  /* Tatweel. */
  assert_same ("محـــمد", "محمد");
  /* Alef with hamza, madda, wasla. */
  assert_same ("أحمد", "احمد");
  assert_same ("إبراهيم", "ابراهيم");
  assert_same ("آمنة", "امنه");
  assert_same ("ٱلله", "الله");
  /* Hamza on waw and yaa. */
  assert_same ("مؤمن", "مومن");
  assert_same ("هيئة", "هييه");
  /* Taa marbuta and haa, alef maqsura and yaa (and the Persian yeh). */
  assert_same ("مدينة", "مدينه");
  assert_same ("مصطفى", "مصطفي");
  assert_same ("مصطفی", "مصطفي");
  /* A standalone hamza is a letter and stays. */
  assert_normalises ("سماء", "سماء");
  g_assert_false (finds ("سماء", "سمااء"));
  /* Presentation forms, as some PDFs and old systems write them. */
  assert_same ("ﻷ", "لا");
  assert_same ("ﻣﺤﻤﺪ", "محمد");
  /* Arabic-Indic digits; direction marks vanish. */
  assert_normalises ("٢٠٢٣", "2023");
  assert_normalises ("\u200fأحمد\u200f", "احمد");

  assert_normalises ("أحمد", "احمد");
  assert_normalises ("مدينة", "مدينه");
  assert_normalises ("مصطفى", "مصطفي");
  assert_normalises ("مؤتمر", "موتمر");
}

static void
test_latin (void)
{
  assert_normalises ("Raúl", "raul");
  assert_normalises ("raúl", "raul");
  assert_normalises ("GONZÁLEZ", "gonzalez");
  assert_normalises ("Jürgen Forkel", "jurgen forkel");
  assert_normalises ("Straße", "strasse");
  assert_normalises ("Ça ÇA", "ca ca");
  assert_normalises ("ﬁle", "file");
  assert_normalises ("  Samah \t Shalaby\n ", "samah shalaby");
  assert_normalises ("Al-Salem", "al salem");
  assert_normalises ("Dr. Abdulsalam, Al-Joufi", "dr abdulsalam al joufi");
  assert_normalises ("O’Brien", "obrien");
  assert_normalises ("O'Brien", "obrien");
  assert_normalises ("", "");
  assert_normalises (NULL, "");
  assert_normalises ("---", "");
  /* Invalid UTF-8 is repaired, not passed on. */
  {
    g_autofree char *repaired = lc_search_normalise ("Ra\xfful");

    g_assert_true (g_utf8_validate (repaired, -1, NULL));
  }
}

static void
test_matches (void)
{
  g_assert_true (finds ("Raúl Valdés", "raul"));
  g_assert_true (finds ("Luis GONZÁLEZ", "gonzalez"));
  g_assert_true (finds ("Luis González", "GONZÁLEZ luis"));
  g_assert_true (finds ("Raúl Valdés", "VALD"));
  g_assert_true (finds ("Raúl Valdés", "aul"));
  g_assert_false (finds ("Raúl Valdés", "raul x"));
  g_assert_false (finds ("Raúl Valdés", "rauld"));
  g_assert_true (finds ("Raúl Valdés", ""));
  g_assert_true (finds ("Raúl Valdés", "   "));
  g_assert_true (finds ("Khalid Al-Salem", "al salem"));
  g_assert_true (finds ("Khalid Al-Salem", "salem"));

  /* Arabic, with and without marks on either side. */
  g_assert_true (finds ("د. عبدالرحمن العاصمي", "الرحمن"));
  g_assert_true (finds ("عبدُ الرَّحمن", "عبد الرحمن"));
  g_assert_true (finds ("عبد الرحمن", "عبدُ الرَّحمن"));
  g_assert_true (finds ("أحمد الخزاعلي", "احمد"));
  g_assert_true (finds ("احمد الخزاعلي", "أحمد"));
  g_assert_true (finds ("مدينة ينبع الصناعية", "مدينه الصناعيه"));
  g_assert_true (finds ("مصطفى", "مصطفي"));
  g_assert_true (finds ("سالم", "سالم"));
  g_assert_true (finds ("خالد السالم", "سالم"));
  g_assert_false (finds ("خالد السالم", "سالمة"));

  /* A long word needs no special case. */
  g_assert_true (finds ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
                      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"));
  g_assert_false (finds ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
                       "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"));
}

/* Compound names, joined or spaced, in the needle or in the name. */
static void
test_compounds (void)
{
  const char *pairs[][2] = {
    { "عبدالرحمن", "عبد الرحمن" },
    { "عبدالله", "عبد الله" },
    { "عبدالسلام", "عبد السلام" },
    { "أبوبكر", "أبو بكر" },
    { "نورالدين", "نور الدين" },
    { "Abdulrahman", "Abdul Rahman" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autofree char *joined_name = g_strdup_printf ("د. %s العاصمي", pairs[i][0]);
      g_autofree char *spaced_name = g_strdup_printf ("د. %s العاصمي", pairs[i][1]);

      g_assert_true (finds (spaced_name, pairs[i][0]));
      g_assert_true (finds (joined_name, pairs[i][1]));
      g_assert_true (finds (spaced_name, pairs[i][1]));
      g_assert_true (finds (joined_name, pairs[i][0]));
    }

  /* With marks and hamza, and with the rest of the name typed too. */
  g_assert_true (finds ("عبدُ الرَّحمن الجوفي", "عبدالرحمن الجوفي"));
  g_assert_true (finds ("أبو بكر", "ابوبكر"));
  g_assert_true (finds ("Abdul Rahman Al-Joufi", "abdulrahman al joufi"));
  /* A joined word is typed from the start of a word of the name: not from
   * inside one, across the space, nor from one name into the other. */
  g_assert_false (finds ("محمد عبد الرحمن", "دعبد"));
  g_assert_false (finds ("عبد الرحمن", "عبدالرحمنن"));
  g_assert_false (finds ("عبد الرحمن", "عبدالرحيم"));
  g_assert_false (finds ("Abdul Rahman", "abdulrahmann"));
  {
    g_autoptr(LcSearchIndex) index = lc_search_index_new ();
    g_autoptr(GArray) joined = NULL;
    g_autoptr(GArray) english = NULL;

    lc_search_index_add (index, 1, "عبد الرحمن العاصمي", "Abdulrahman Al-Asimi");
    lc_search_index_add (index, 2, "عبدالله بوحرشي", "Abdullah Bouharrachi");
    joined = lc_search_index_query (index, "عبدالرحمن");
    english = lc_search_index_query (index, "rahmanal");
    g_assert_cmpuint (joined->len, ==, 1);
    g_assert_cmpint (lc_search_index_get_id (index, g_array_index (joined, guint, 0)), ==, 1);
    /* Not from inside a word. */
    g_assert_cmpuint (english->len, ==, 0);
  }
}

static LcRecord *
person (gint64      id,
        const char *arabic,
        const char *english)
{
  LcRecord *p = g_object_new (LC_TYPE_PERSON, NULL);

  lc_record_set_id (p, id);
  lc_record_set_text (p, "name", arabic, english);
  return p;
}

static void
test_record (void)
{
  g_autoptr(LcRecord) p = person (1, "أحمد الخزاعلي", "Ahmed Al-Khazaali");
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autofree char *khazaali = lc_search_normalise ("Khazaali");
  g_autofree char *ahmad = lc_search_normalise ("احمد");
  g_autofree char *mixed = lc_search_normalise ("ahmed الخزاعلي");
  g_autofree char *raul = lc_search_normalise ("raul");
  g_autofree char *session = lc_search_normalise ("الجلسة");

  g_assert_true (lc_search_record_matches (p, khazaali));
  g_assert_true (lc_search_record_matches (p, ahmad));
  /* Words may be found one in each language. */
  g_assert_true (lc_search_record_matches (p, mixed));
  g_assert_false (lc_search_record_matches (p, raul));

  /* The kept normalised name follows edits of either name. */
  lc_record_set_string (p, "name-en", "Raúl Valdés");
  g_assert_true (lc_search_record_matches (p, raul));
  g_assert_false (lc_search_record_matches (p, khazaali));
  lc_record_set_string (p, "name-ar", "راؤول");
  g_assert_false (lc_search_record_matches (p, ahmad));

  /* Items are matched by title. */
  lc_record_set_text (item, "title", "الجلسة الأولى", "Session 1");
  g_assert_true (lc_search_record_matches (item, session));
  lc_record_set_string (item, "title-ar", "");
  g_assert_false (lc_search_record_matches (item, session));
}

static const char *first_ar[] = { "محمد", "أحمد", "عبدالرحمن", "فاطمة", "مصطفى", "خديجة", "إبراهيم", "سماح", "عبدالسلام", "منال" };
static const char *first_en[] = { "Mohammed", "Ahmed", "Abdulrahman", "Fatima", "Mustafa", "Khadija", "Ibrahim", "Samah", "Abdulsalam", "Manal" };
static const char *last_ar[] = { "الجوفي", "العاصمي", "شلبي", "الخزاعلي", "بوحرشي", "يارك", "السمان", "المديرس", "عواد", "الحسين", "جبر", "زيدان" };
static const char *last_en[] = { "Al-Joufi", "Al-Asimi", "Shalaby", "Al-Khazaali", "Bouharrachi", "Yarak", "Al-Samman", "Al-Mudairis", "Awad", "Al-Hussein", "Jaber", "Zaidan" };

static void
test_index (void)
{
  g_autoptr(LcSearchIndex) index = lc_search_index_new ();
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (g_object_unref);
  const char *typed = "عبدالرحمن الجوفي";
  const char *typed_en = "abdulrahman al-joufi";
  gint64 total = 0, worst = 0;
  guint keystrokes = 0;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *ar = g_strdup_printf ("%s %s %u", first_ar[i % G_N_ELEMENTS (first_ar)],
                                             last_ar[(i / 7) % G_N_ELEMENTS (last_ar)], i);
      g_autofree char *en = g_strdup_printf ("%s %s %u", first_en[i % G_N_ELEMENTS (first_en)],
                                             last_en[(i / 7) % G_N_ELEMENTS (last_en)], i);
      LcRecord *p = person (10000 + i, ar, en);

      g_assert_cmpuint (lc_search_index_add_record (index, p, "name"), ==, i);
      g_ptr_array_add (records, p);
    }
  g_assert_cmpuint (lc_search_index_get_n_entries (index), ==, 5000);
  g_assert_cmpint (lc_search_index_get_id (index, 42), ==, 10042);

  /* Type both names a key at a time; each result must be what matching
   * every record one by one gives. */
  for (int pass = 0; pass < 2; pass++)
    {
      const char *text = pass == 0 ? typed : typed_en;

      for (const char *end = g_utf8_next_char (text); ; end = g_utf8_next_char (end))
        {
          g_autofree char *prefix = g_strndup (text, end - text);
          g_autofree char *needle = lc_search_normalise (prefix);
          gint64 start = g_get_monotonic_time ();
          g_autoptr(GArray) found = lc_search_index_query (index, prefix);
          gint64 spent = g_get_monotonic_time () - start;
          guint next = 0;

          total += spent;
          worst = MAX (worst, spent);
          keystrokes++;

          for (guint i = 0; i < records->len; i++)
            {
              gboolean expected = lc_search_record_matches (g_ptr_array_index (records, i), needle);
              gboolean listed = next < found->len && g_array_index (found, guint, next) == i;

              g_assert_cmpint (expected, ==, listed);
              if (listed)
                next++;
            }
          g_assert_cmpuint (next, ==, found->len);
          g_assert_cmpuint (found->len, >, 0);

          if (*end == '\0')
            break;
        }
    }

  {
    g_autoptr(GArray) nobody = lc_search_index_query (index, "zzz");
    g_autoptr(GArray) everyone = lc_search_index_query (index, NULL);
    g_autoptr(GArray) one = lc_search_index_query (index, "أحمد الخزاعلي 1");
    g_autoptr(GArray) full = lc_search_index_query (index, typed);

    g_assert_cmpuint (nobody->len, ==, 0);
    g_assert_cmpuint (everyone->len, ==, 5000);
    /* "Ahmed" is every tenth person; "Al-Khazaali" for i/7 ≡ 3 (mod 12). */
    for (guint i = 0; i < one->len; i++)
      {
        guint position = g_array_index (one, guint, i);

        g_assert_cmpuint (position % 10, ==, 1);
        g_assert_cmpuint ((position / 7) % 12, ==, 3);
      }
    g_assert_cmpuint (one->len, >, 0);
    g_assert_cmpuint (full->len, >, 0);
  }

  g_test_message ("search over 5000 people: %u keystrokes, %.3f ms on average, %.3f ms at worst",
                  keystrokes, total / 1000.0 / keystrokes, worst / 1000.0);
  g_printerr ("# search: 5000 people, %u keystrokes, mean %.3f ms, worst %.3f ms per keystroke\n",
              keystrokes, total / 1000.0 / keystrokes, worst / 1000.0);
}

/* Text already lower case, or ASCII, skips steps of normalising: for every
 * character, alone and inside a word, the result is that of the text fully
 * decomposed and folded first (lc_search_normalise() of that text takes
 * every step, since folding and decomposing it again change nothing). */
static void
test_every_character (void)
{
  for (gunichar c = 0x20; c < 0x30000; c++)
    {
      char utf8[8] = { 0 };
      g_autofree char *word = NULL, *decomposed = NULL, *folded = NULL, *full = NULL;
      g_autofree char *got = NULL, *expected = NULL;

      if (!g_unichar_validate (c) || (c >= 0x7f && c < 0xa0))
        continue;
      g_unichar_to_utf8 (c, utf8);
      word = g_strconcat ("ab", utf8, "c ", utf8, NULL);
      decomposed = g_utf8_normalize (word, -1, G_NORMALIZE_NFKD);
      folded = g_utf8_casefold (decomposed, -1);
      full = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
      /* Cherokee folds back and forth between its two cases: no fixed
       * point to compare with, and never a step skipped. */
      {
        g_autofree char *again = g_utf8_casefold (full, -1);

        if (strcmp (again, full) != 0)
          continue;
      }
      got = lc_search_normalise (word);
      expected = lc_search_normalise (full);
      if (g_strcmp0 (got, expected) != 0)
        g_error ("U+%04X: “%s” normalises to “%s”, expected “%s”", c, word, got, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/arabic", test_arabic);
  g_test_add_func ("/search/latin", test_latin);
  g_test_add_func ("/search/every-character", test_every_character);
  g_test_add_func ("/search/matches", test_matches);
  g_test_add_func ("/search/compounds", test_compounds);
  g_test_add_func ("/search/record", test_record);
  g_test_add_func ("/search/index", test_index);

  return g_test_run ();
}
