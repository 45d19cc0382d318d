/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-diff.h"

/* Segments written as one string: "=equal|-deleted|+inserted", so an
 * expected comparison reads at a glance. */
static char *
describe (GPtrArray *segments)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      LcDiffSegment *segment = g_ptr_array_index (segments, i);
      char mark = segment->kind == LC_DIFF_EQUAL ? '=' : segment->kind == LC_DIFF_INSERTED ? '+' : '-';

      g_string_append_printf (out, "%s%c%s", i ? "|" : "", mark, segment->text);
    }

  return g_string_free (out, FALSE);
}

/* Every comparison must give both texts back. */
static GPtrArray *
diff_checked (const char  *old_text,
              const char  *new_text,
              LcDiffFlags  flags)
{
  GPtrArray *segments = lc_diff_words (old_text, new_text, flags);
  g_autofree char *new_again = lc_diff_segments_text (segments, LC_DIFF_DELETED);

  g_assert_cmpstr (new_again, ==, new_text);
  if (!(flags & LC_DIFF_FLAGS_IGNORE_DIACRITICS))
    {
      g_autofree char *old_again = lc_diff_segments_text (segments, LC_DIFF_INSERTED);

      g_assert_cmpstr (old_again, ==, old_text);
    }

  return segments;
}

static void
assert_diff (const char  *old_text,
             const char  *new_text,
             LcDiffFlags  flags,
             const char  *expected)
{
  g_autoptr(GPtrArray) segments = diff_checked (old_text, new_text, flags);
  g_autofree char *got = describe (segments);

  g_assert_cmpstr (got, ==, expected);
}

static char *
join_tokens (const char *text)
{
  g_autoptr(GPtrArray) tokens = lc_diff_tokenize (text);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    g_string_append_printf (out, "[%s]", (char *) g_ptr_array_index (tokens, i));

  return g_string_free (out, FALSE);
}

static void
test_tokenize_english (void)
{
  g_autofree char *a = join_tokens ("Hello, world! Don't stop: 1,000.5 e-mail_box  (GNLC).");
  g_autofree char *b = join_tokens ("'quoted' 3. end, 4,x");

  g_assert_cmpstr (a, ==, "[Hello][,][ ][world][!][ ][Don't][ ][stop][:][ ][1,000.5][ ][e][-][mail_box][  ][(][GNLC][)][.]");
  /* Separators stay in a word only between two letters or two digits. */
  g_assert_cmpstr (b, ==, "['][quoted]['][ ][3][.][ ][end][,][ ][4][,][x]");
}

static void
test_tokenize_arabic (void)
{
  /* Tashkeel (fatha, sukun, kasra, tanween, shadda) and tatweel stay in
   * their word; Arabic punctuation is a token of its own; Arabic-Indic
   * digits with the Arabic decimal separator are one number. */
  g_autofree char *a = join_tokens ("تَعْلِيمًا وتعلّمًا، مدـــن؛ ٣٫٥ (مدن التعلم)؟");
  g_autofree char *b = join_tokens ("شبكة GNLC لليونسكو‌ها");

  g_assert_cmpstr (a, ==, "[تَعْلِيمًا][ ][وتعلّمًا][،][ ][مدـــن][؛][ ][٣٫٥][ ][(][مدن][ ][التعلم][)][؟]");
  /* Latin letters make words too; a zero-width non-joiner stays inside. */
  g_assert_cmpstr (b, ==, "[شبكة][ ][GNLC][ ][لليونسكو‌ها]");
}

static void
test_tokenize_round_trip (void)
{
  const char *texts[] = {
    "", " ", "ً leading mark", "a\n\tb", "\u200Fبيت لحم\u200F (Bethlehem)",
    "日本語のテキスト", "x..y,,z '' -- ", "نحن - رؤساء الأمانات والبلديات،",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) tokens = lc_diff_tokenize (texts[i]);
      GString *joined = g_string_new (NULL);

      for (guint j = 0; j < tokens->len; j++)
        {
          g_assert_cmpstr (g_ptr_array_index (tokens, j), !=, "");
          g_string_append (joined, g_ptr_array_index (tokens, j));
        }
      g_assert_cmpstr (joined->str, ==, texts[i]);
      g_string_free (joined, TRUE);
    }
}

static void
test_english (void)
{
  assert_diff ("the cat sat on the mat", "the dog sat on the mat", 0,
               "=the |-cat|+dog|= sat on the mat");
  /* A lone space between two replaced words joins the replacement. */
  assert_diff ("the cat sat", "a dog sat", 0, "-the cat|+a dog|= sat");
  assert_diff ("Putting in efforts to join the UNESCO GNLC.",
               "Putting in efforts to join the UNESCO GNLC and better provide support.", 0,
               "=Putting in efforts to join the UNESCO GNLC|+ and better provide support|=.");
  assert_diff ("economic and health-related challenges", "economic, social and health-related challenges", 0,
               "=economic|+, social|= and health-related challenges");
  assert_diff ("", "new text", 0, "+new text");
  assert_diff ("old text", "", 0, "-old text");
  assert_diff ("same", "same", 0, "=same");
  assert_diff ("", "", 0, "");
  /* Case matters: a capital is a change. */
  assert_diff ("Arabic language", "Arabic Language", 0, "=Arabic |-language|+Language");
}

static void
test_arabic (void)
{
  /* Preamble paragraph 2 of the Yanbu declaration, draft and final. */
  assert_diff ("وتساعد في مواجهة التحديات الاقتصادية والصحية على سبيل المثال لا الحصر.",
               "وتساعد في مواجهة التحديات الاقتصادية والاجتماعية والصحية على سبيل المثال لا الحصر.", 0,
               "=وتساعد في مواجهة التحديات الاقتصادية |+والاجتماعية |=والصحية على سبيل المثال لا الحصر.");
  assert_diff ("العمل معاً لتشجيع المدن الأخرى على الانضمام.",
               "العمل معاً لتشجيع المدن الأخرى على الانضمام وتقديم الدعم والمساعدة لهم.", 0,
               "=العمل معاً لتشجيع المدن الأخرى على الانضمام|+ وتقديم الدعم والمساعدة لهم|=.");
  /* A word is replaced whole, never in part. */
  assert_diff ("مدن التعلم العربية", "مدن التعليم العربية", 0, "=مدن |-التعلم|+التعليم|= العربية");
  /* Punctuation is compared on its own. */
  assert_diff ("المهارات، وتعزيز القدرات", "المهارات؛ وتعزيز القدرات", 0, "=المهارات|-،|+؛|= وتعزيز القدرات");
}

static void
test_arabic_diacritics (void)
{
  const char *bare = "الاهتمام باللغة العربية تعليما وتعلما";
  const char *marked = "الاهتمام باللغة العربية تعليمًا وتعلّمًا";

  /* Exactly: the diacritics are a change, of whole words. */
  assert_diff (bare, marked, 0, "=الاهتمام باللغة العربية |-تعليما وتعلما|+تعليمًا وتعلّمًا");
  assert_diff ("كَتَبَ الدرس", "كتب الدرس", 0, "-كَتَبَ|+كتب|= الدرس");
  /* Ignoring them: no change, shown in the new spelling. */
  assert_diff (bare, marked, LC_DIFF_FLAGS_IGNORE_DIACRITICS, "=الاهتمام باللغة العربية تعليمًا وتعلّمًا");
  assert_diff ("كَتَبَ الدرس", "كتب الدرس", LC_DIFF_FLAGS_IGNORE_DIACRITICS, "=كتب الدرس");
  assert_diff ("مـدن", "مدن", LC_DIFF_FLAGS_IGNORE_DIACRITICS, "=مدن");
  /* …but a real change is still one, next to a diacritics-only one. */
  assert_diff ("تعليمًا جيدًا", "تعليما ممتازا", LC_DIFF_FLAGS_IGNORE_DIACRITICS, "=تعليما |-جيدًا|+ممتازا");
  /* Letters are never ignored: hamza forms and ta marbuta differ. */
  assert_diff ("إنشاء شبكة", "انشاء شبكه", LC_DIFF_FLAGS_IGNORE_DIACRITICS, "-إنشاء شبكة|+انشاء شبكه");

  {
    g_autofree char *stripped = lc_diff_strip_diacritics ("تَعْلِيمًا وتعلّمًا مـدن");

    g_assert_cmpstr (stripped, ==, "تعليما وتعلما مدن");
  }
}

static void
test_mixed (void)
{
  assert_diff ("شبكة GNLC لليونسكو", "شبكة UNESCO GNLC لليونسكو", 0, "=شبكة |+UNESCO |=GNLC لليونسكو");
  assert_diff ("Arabic cities (المدن العربية) join.", "Arab cities (مدن التعلم العربية) join.", 0,
               "-Arabic|+Arab|= cities (|-المدن|+مدن التعلم|= العربية) join.");
  assert_diff ("خلال 3 أشهر (3 months)", "خلال ٣ أشهر (three months)", 0,
               "=خلال |-3|+٣|= أشهر (|-3|+three|= months)");
  assert_diff ("Yanbu ينبع", "Yanbu ينبُع", LC_DIFF_FLAGS_IGNORE_DIACRITICS, "=Yanbu ينبُع");
}

/* Longest common subsequence by dynamic programming, to check that the
 * Myers comparison is minimal. */
static guint
lcs_length (const char *a,
            const char *b)
{
  gsize n = strlen (a), m = strlen (b);
  g_autofree guint *row = g_new0 (guint, (n + 1) * (m + 1));

  for (gsize i = 1; i <= n; i++)
    for (gsize j = 1; j <= m; j++)
      row[i * (m + 1) + j] = a[i - 1] == b[j - 1]
                             ? row[(i - 1) * (m + 1) + j - 1] + 1
                             : MAX (row[(i - 1) * (m + 1) + j], row[i * (m + 1) + j - 1]);

  return row[n * (m + 1) + m];
}

static void
test_minimal (void)
{
  /* Punctuation characters are one token each and no token is blank, so
   * the equal segments hold exactly the common subsequence found. */
  const char alphabet[] = ".,;:!?()";
  GRand *rand = g_rand_new_with_seed (20230510);

  for (int round = 0; round < 400; round++)
    {
      int n = g_rand_int_range (rand, 0, 40), m = g_rand_int_range (rand, 0, 40);
      int letters = g_rand_int_range (rand, 2, sizeof alphabet);
      g_autofree char *a = g_new0 (char, n + 1);
      g_autofree char *b = g_new0 (char, m + 1);
      g_autoptr(GPtrArray) segments = NULL;
      guint equal = 0;

      for (int i = 0; i < n; i++)
        a[i] = alphabet[g_rand_int_range (rand, 0, letters - 1)];
      for (int i = 0; i < m; i++)
        b[i] = alphabet[g_rand_int_range (rand, 0, letters - 1)];

      segments = diff_checked (a, b, 0);
      for (guint i = 0; i < segments->len; i++)
        {
          LcDiffSegment *segment = g_ptr_array_index (segments, i);

          if (segment->kind == LC_DIFF_EQUAL)
            equal += strlen (segment->text);
          /* Segments alternate: never two of one kind in a row. */
          if (i > 0)
            g_assert_cmpint (segment->kind, !=, ((LcDiffSegment *) g_ptr_array_index (segments, i - 1))->kind);
        }
      g_assert_cmpuint (equal, ==, lcs_length (a, b));
    }

  g_rand_free (rand);
}

static void
test_random_words (void)
{
  /* Words of both scripts with spaces: both texts always come back. */
  const char *words[] = { "مدن", "التعلم", "تَعَلُّم", "GNLC", "cities", "،", ".", " ", "  ", "learning" };
  GRand *rand = g_rand_new_with_seed (11);

  for (int round = 0; round < 300; round++)
    {
      GString *a = g_string_new (NULL), *b = g_string_new (NULL);
      int n = g_rand_int_range (rand, 0, 30), m = g_rand_int_range (rand, 0, 30);

      for (int i = 0; i < n; i++)
        g_string_append (a, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      for (int i = 0; i < m; i++)
        g_string_append (b, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);

      g_ptr_array_unref (diff_checked (a->str, b->str, 0));
      g_ptr_array_unref (diff_checked (a->str, b->str, LC_DIFF_FLAGS_IGNORE_DIACRITICS));
      g_string_free (a, TRUE);
      g_string_free (b, TRUE);
    }

  g_rand_free (rand);
}

static void
test_long_text (void)
{
  /* A paragraph of 5 000 words, one in seven rewritten: linear space, quick. */
  GString *a = g_string_new (NULL), *b = g_string_new (NULL);
  g_autoptr(GPtrArray) segments = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  for (int i = 0; i < 5000; i++)
    {
      g_string_append_printf (a, "w%d ", i);
      g_string_append_printf (b, (i % 7 == 0) ? "x%d " : "w%d ", i);
    }

  segments = diff_checked (a->str, b->str, 0);
  g_assert_cmpuint (segments->len, >, 2 * (5000 / 7));
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 10.0);
  g_string_free (a, TRUE);
  g_string_free (b, TRUE);
}

/* Declaration texts, built by hand: keys are what matches clauses. */

static LcDeclarationText *
make_text (int          version,
           const char  *spec)
{
  /* spec: "S1:Title;c1=text;c2=text|S2:Title;c3=text" with numeric keys */
  LcDeclarationText *text = lc_declaration_text_new (1, version);
  g_auto(GStrv) sections = g_strsplit (spec, "|", -1);

  for (guint i = 0; sections[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (sections[i], ";", -1);
      g_auto(GStrv) head = g_strsplit (parts[0], ":", 2);
      LcTextSection *section = lc_declaration_text_add_section (text, g_ascii_strtoll (head[0] + 1, NULL, 10),
                                                                "", head[1]);

      for (guint j = 1; parts[j] != NULL; j++)
        {
          g_auto(GStrv) clause = g_strsplit (parts[j], "=", 2);
          g_auto(GStrv) texts = g_strsplit (clause[1], "/", 2);

          lc_text_section_add_clause (section, g_ascii_strtoll (clause[0] + 1, NULL, 10),
                                      texts[1] ? texts[1] : "", texts[0]);
        }
    }

  return text;
}

static char *
describe_text_diff (LcTextDiff *diff)
{
  static const char changes[] = { '=', '~', '+', '-' };
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < diff->sections->len; i++)
    {
      LcSectionDiff *section = g_ptr_array_index (diff->sections, i);

      g_string_append_printf (out, "%sS%" G_GINT64_FORMAT "%c:", i ? " " : "", section->key,
                              changes[section->change]);
      for (guint j = 0; j < section->clauses->len; j++)
        {
          LcClauseDiff *clause = g_ptr_array_index (section->clauses, j);

          g_string_append_printf (out, "%sc%" G_GINT64_FORMAT "%c", j ? "," : "", clause->key,
                                  changes[clause->change]);
        }
    }

  return g_string_free (out, FALSE);
}

static void
test_texts (void)
{
  g_autoptr(LcDeclarationText) old_text =
    make_text (1, "S1:Objectives;c1=one;c2=two;c3=three|S2:Legal;c4=none|S3:Gone;c7=old");
  g_autoptr(LcDeclarationText) new_text =
    make_text (2, "S1:Objectives;c1=one;c2=two and more;c5=five;c6=six|S2:Legal nature;c4=none|S4:New;c8=eight;c7=old moved");
  g_autoptr(LcTextDiff) diff = lc_diff_texts (old_text, new_text, 0);
  g_autofree char *got = describe_text_diff (diff);
  LcSectionDiff *s1 = g_ptr_array_index (diff->sections, 0);
  LcClauseDiff *c2 = g_ptr_array_index (s1->clauses, 1);
  LcClauseDiff *c3 = g_ptr_array_index (s1->clauses, 2);
  LcClauseDiff *c5 = g_ptr_array_index (s1->clauses, 3);
  g_autofree char *c2_en = describe (c2->en);
  g_autofree char *c3_en = describe (c3->en);
  g_autofree char *c5_en = describe (c5->en);
  g_autofree char *s2_title = describe (((LcSectionDiff *) g_ptr_array_index (diff->sections, 1))->title_en);

  /* Deleted clauses come where they were, before what replaced them; a
   * clause that moved to another section is compared there; a section only
   * in the old text comes where it was, with its remaining clauses. */
  g_assert_cmpstr (got, ==, "S1~:c1=,c2~,c3-,c5+,c6+ S2~:c4= S3-: S4+:c8+,c7~");
  g_assert_cmpstr (c2_en, ==, "=two|+ and more");
  g_assert_cmpstr (c3_en, ==, "-three");
  g_assert_cmpstr (c5_en, ==, "+five");
  g_assert_cmpuint (c5->ar->len, ==, 0);
  g_assert_cmpstr (s2_title, ==, "=Legal|+ nature");
  g_assert_cmpuint (diff->n_changed, ==, 6);
}

static void
test_texts_diacritics (void)
{
  g_autoptr(LcDeclarationText) old_text = make_text (1, "S1:T;c1=same/تعليما وتعلما;c2=x/نص");
  g_autoptr(LcDeclarationText) new_text = make_text (2, "S1:T;c1=same/تعليمًا وتعلّمًا;c2=x/نصوص");
  g_autoptr(LcTextDiff) exact = lc_diff_texts (old_text, new_text, 0);
  g_autoptr(LcTextDiff) loose = lc_diff_texts (old_text, new_text, LC_DIFF_FLAGS_IGNORE_DIACRITICS);
  g_autofree char *exact_text = describe_text_diff (exact);
  g_autofree char *loose_text = describe_text_diff (loose);

  g_assert_cmpstr (exact_text, ==, "S1~:c1~,c2~");
  g_assert_cmpstr (loose_text, ==, "S1~:c1=,c2~");
  g_assert_cmpuint (exact->n_changed, ==, 2);
  g_assert_cmpuint (loose->n_changed, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/tokenize/english", test_tokenize_english);
  g_test_add_func ("/diff/tokenize/arabic", test_tokenize_arabic);
  g_test_add_func ("/diff/tokenize/round-trip", test_tokenize_round_trip);
  g_test_add_func ("/diff/words/english", test_english);
  g_test_add_func ("/diff/words/arabic", test_arabic);
  g_test_add_func ("/diff/words/arabic-diacritics", test_arabic_diacritics);
  g_test_add_func ("/diff/words/mixed", test_mixed);
  g_test_add_func ("/diff/words/minimal", test_minimal);
  g_test_add_func ("/diff/words/random", test_random_words);
  g_test_add_func ("/diff/words/long", test_long_text);
  g_test_add_func ("/diff/texts/clauses", test_texts);
  g_test_add_func ("/diff/texts/diacritics", test_texts_diacritics);

  return g_test_run ();
}
