/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fribidi.h>
#include <string.h>

#include "lc-agenda-pdf-private.h"
#include "lc-text.h"

/* The agenda PDF leaves out the bidi isolates that change nothing
 * (src/core/lc-pdf-fields.c): a person's line, a room, a title must read
 * the same as with every field isolated. The oracle is FriBidi, the bidi
 * algorithm Pango lays the lines out with: each text is put in a
 * paragraph of its page's direction between words of that language,
 * reordered for display, and its directional controls (which draw
 * nothing) dropped; what is left is the order a reader sees. */

typedef struct
{
  LcLanguage  language;     /* the paragraph's */
  gboolean    name;         /* an honorific and a name, else details */
  const char *fields[3];
  gboolean    plain;        /* expected without any isolate of a field */
} Case;

static const char *const spaces[] = { " ", " " };
static const char *const commas[] = { "، ", ", " };

static const Case cases[] = {
  { LC_LANGUAGE_ENGLISH, TRUE, { "Dr.", "Jane Smith", "" }, TRUE },
  { LC_LANGUAGE_ARABIC, TRUE, { "أ.د.", "هشام حسن العبيدي", "" }, TRUE },
  /* Arabic fields standing in on an English page, and the reverse. */
  { LC_LANGUAGE_ENGLISH, FALSE, { "مستشار التنمية", "بلدية الدوحة", "الدوحة" }, TRUE },
  { LC_LANGUAGE_ARABIC, FALSE, { "Youth Coordinator", "British Council", "Basra" }, TRUE },
  /* Brackets are mirrored in a right-to-left line either way. */
  { LC_LANGUAGE_ARABIC, FALSE, { "مدير (سابقاً)", "جامعة بغداد", "" }, TRUE },
  { LC_LANGUAGE_ENGLISH, FALSE, { "Head (acting)", "مجلس الشباب", "" }, FALSE },
  /* Digits take their direction from the letters before them, in the
   * field before when a field starts with them: kept apart. */
  { LC_LANGUAGE_ARABIC, FALSE, { "مستشار", "50% حضور", "" }, FALSE },
  { LC_LANGUAGE_ARABIC, FALSE, { "مستشار", "2023-2024 دورة", "" }, FALSE },
  { LC_LANGUAGE_ENGLISH, FALSE, { "مستشار", "12-4 مكتب", "" }, FALSE },
  { LC_LANGUAGE_ARABIC, FALSE, { "رئيس دورة 2023-2024", "جامعة 6 أكتوبر", "" }, FALSE },
  /* A directional control left open in a field must stop at its end. */
  { LC_LANGUAGE_ENGLISH, FALSE, { "\342\200\256abc", "Council", "" }, FALSE },
  { LC_LANGUAGE_ENGLISH, FALSE, { "", "", "" }, TRUE },
};

/* @text as a reader sees it in a paragraph of @language's direction
 * between two words of that language, without the directional controls. */
static char *
visual (const char *text,
        LcLanguage  language)
{
  gboolean rtl = language == LC_LANGUAGE_ARABIC;
  g_autofree char *paragraph = g_strconcat (rtl ? "قبل " : "before ", text,
                                            rtl ? " بعد" : " after", NULL);
  glong n = 0;
  g_autofree gunichar *logical = g_utf8_to_ucs4_fast (paragraph, -1, &n);
  g_autofree FriBidiCharType *types = g_new (FriBidiCharType, n);
  g_autofree FriBidiBracketType *brackets = g_new (FriBidiBracketType, n);
  g_autofree FriBidiLevel *levels = g_new (FriBidiLevel, n);
  FriBidiParType direction = rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_LTR;
  GString *out = g_string_new (NULL);

  fribidi_get_bidi_types (logical, (FriBidiStrIndex) n, types);
  fribidi_get_bracket_types (logical, (FriBidiStrIndex) n, types, brackets);
  g_assert_cmpint (fribidi_get_par_embedding_levels_ex (types, brackets, (FriBidiStrIndex) n,
                                                        &direction, levels), >, 0);
  fribidi_shape_mirroring (levels, (FriBidiStrIndex) n, logical);
  g_assert_cmpint (fribidi_reorder_line (FRIBIDI_FLAGS_DEFAULT, types, (FriBidiStrIndex) n, 0,
                                         direction, levels, logical, NULL), >, 0);
  for (glong i = 0; i < n; i++)
    if (!(logical[i] >= 0x2066 && logical[i] <= 0x2069)
        && !(logical[i] >= 0x202A && logical[i] <= 0x202E))
      g_string_append_unichar (out, logical[i]);

  return g_string_free (out, FALSE);
}

static void
test_fields_read_the_same (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const Case *k = &cases[c];
      const char *const *separators = k->name ? spaces : commas;
      g_autofree char *isolated = lc_text_join_fields (k->fields, 3, separators, k->language);
      g_autofree char *joined = lc_pdf_join_fields (k->fields, 3, separators, k->language);
      g_autofree char *seen_isolated = visual (isolated, k->language);
      g_autofree char *seen = visual (joined, k->language);

      g_test_message ("case %u: %s", c, seen);
      g_assert_cmpstr (seen, ==, seen_isolated);
      /* The point of it: no isolate of a field's own when it changes
       * nothing. */
      g_assert_cmpint (strstr (joined, "\342\201\250") == NULL, ==, k->plain);
    }
}

static void
test_isolate_in (void)
{
  static const struct { LcLanguage language; const char *text; gboolean bare; } texts[] = {
    { LC_LANGUAGE_ENGLISH, "Opening of the Forum", TRUE },
    { LC_LANGUAGE_ARABIC, "افتتاح المنتدى", TRUE },
    { LC_LANGUAGE_ENGLISH, "افتتاح المنتدى", FALSE },
    { LC_LANGUAGE_ARABIC, "Opening (plenary)", FALSE },
    { LC_LANGUAGE_ARABIC, "جلسة 3-4", FALSE },
    { LC_LANGUAGE_ARABIC, "Cities 2030 جلسة", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *shown = lc_pdf_isolate_in (texts[i].text, texts[i].language);
      g_autofree char *isolated = lc_pdf_isolate (texts[i].text);
      g_autofree char *seen = visual (shown, texts[i].language);
      g_autofree char *seen_isolated = visual (isolated, texts[i].language);

      g_assert_cmpstr (seen, ==, seen_isolated);
      g_assert_cmpint (g_str_equal (shown, texts[i].text), ==, texts[i].bare);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-fields/read-the-same", test_fields_read_the_same);
  g_test_add_func ("/pdf-fields/isolate-in", test_isolate_in);

  return g_test_run ();
}
