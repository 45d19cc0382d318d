/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-participant.h"
#include "lc-test-badges.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/**
 * lc_test_badges_programme:
 * @store: a library
 * @n: how many people
 * @name_ar: (nullable): the first person's Arabic name, else a made-up one
 * @name_en: (nullable): the same in English
 *
 * A convention of one item with @n people on it: the first moderates, the
 * others speak. Person i is called "Person i" and "مشارك i" (Arabic
 * digits are not used, so that a reader finds them as typed).
 *
 * Returns: the convention's id
 */
gint64
lc_test_badges_programme (LcStore    *store,
                          guint       n,
                          const char *name_ar,
                          const char *name_en)
{
  gint64 convention = lc_test_add_convention (store, "Badge Convention", "2023-05-10",
                                              "2023-05-11");
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (item, "convention-id", convention);
  lc_record_set_string (item, "title-en", "Opening");
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", 9 * 60);
  lc_record_set_int (item, "end-minute", 10 * 60);
  g_assert_true (lc_store_begin (store, &error));
  g_assert_true (lc_store_insert (store, item, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
      g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);
      g_autofree char *ar = g_strdup_printf ("مشارك %04u", i);
      g_autofree char *en = g_strdup_printf ("Person %04u", i);

      lc_record_set_int (person, "convention-id", convention);
      lc_record_set_string (person, "name-ar", i == 0 && name_ar != NULL ? name_ar : ar);
      lc_record_set_string (person, "name-en", i == 0 && name_en != NULL ? name_en : en);
      lc_record_set_string (person, "position-en", "Director of Learning");
      lc_record_set_string (person, "organisation-en", "City of Learning");
      g_assert_true (lc_store_insert (store, person, &error));
      lc_record_set_int (part, "item-id", lc_record_get_id (item));
      lc_record_set_int (part, "person-id", lc_record_get_id (person));
      lc_record_set_int (part, "role", i == 0 ? LC_ROLE_MODERATOR : LC_ROLE_SPEAKER);
      lc_record_set_int (part, "position", i);
      g_assert_true (lc_store_insert (store, part, &error));
    }
  g_assert_true (lc_store_commit (store, &error));
  g_assert_no_error (error);
  return convention;
}

/**
 * lc_test_badges_text:
 *
 * The text pdftotext reads in a box of a page (in points, from the top
 * left), in the order it reads it.
 *
 * Returns: (transfer full): the text
 */
char *
lc_test_badges_text (const char *pdf,
                     guint       page,
                     double      x,
                     double      y,
                     double      width,
                     double      height)
{
  g_autofree char *p = g_strdup_printf ("%u", page);
  g_autofree char *sx = g_strdup_printf ("%d", (int) x), *sy = g_strdup_printf ("%d", (int) y);
  g_autofree char *sw = g_strdup_printf ("%d", (int) width);
  g_autofree char *sh = g_strdup_printf ("%d", (int) height);

  return lc_test_tool_output ("pdftotext", "-f", p, "-l", p, "-x", sx, "-y", sy, "-W", sw, "-H",
                              sh, pdf, "-", NULL);
}

/**
 * lc_test_badges_squeeze:
 * @text: a text as pdftotext gives it, or as typed
 * @typed: %TRUE for a text as typed
 *
 * The same text without white space, hyphens or direction marks, and, for a typed
 * text, with the lam-alef ligatures' letters in the order pdftotext gives
 * them (it writes the alef first): two texts compare equal when they read
 * the same.
 *
 * Returns: (transfer full): the text
 */
char *
lc_test_badges_squeeze (const char *text,
                        gboolean    typed)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = p[0] != '\0' ? g_utf8_get_char (g_utf8_next_char (p)) : 0;

      /* pdftotext joins a word hyphenated at a line's end, dropping the
       * hyphen: hyphens are left out on both sides. */
      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_FORMAT || c == '-')
        continue;
      /* Lam (U+0644) then an alef (U+0622, U+0623, U+0625, U+0627). */
      if (typed && c == 0x0644
          && (next == 0x0622 || next == 0x0623 || next == 0x0625 || next == 0x0627))
        {
          g_string_append_unichar (out, next);
          g_string_append_unichar (out, c);
          p = g_utf8_next_char (p);
          continue;
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/**
 * lc_test_badges_save_png:
 * @pdf: a PDF
 * @name: the PNG's name, without page number
 *
 * Leaves the first page as PNG in <build>/artefacts/pdf/ for people to look
 * at, and says where.
 */
void
lc_test_badges_save_png (const char *pdf,
                         const char *name)
{
  const char *build = g_getenv ("LC_BUILD_DIR");

  lc_test_pdf_save_pngs (pdf, name, 1);
  /* pdftoppm numbers pages with as many digits as the last page needs. */
  for (guint digits = 1; digits <= 3; digits++)
    {
      g_autofree char *file = g_strdup_printf ("%s-%0*d.png", name, (int) digits, 1);
      g_autofree char *path = g_build_filename (build ? build : g_get_tmp_dir (), "artefacts",
                                                "pdf", file, NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          g_test_message ("%s", path);
          return;
        }
    }
}

/**
 * lc_test_badges_library:
 * @n: how many people on the programme
 * @dir: (out): the library's folder, for lc_test_remove_tree()
 * @id: (out): the convention's id, as the command line takes it
 *
 * A closed library with a programme of @n (lc_test_badges_programme()),
 * for the command line to open.
 *
 * Returns: (transfer full): the library's path
 */
char *
lc_test_badges_library (guint   n,
                        char  **dir,
                        char  **id)
{
  g_autoptr(LcStore) store = lc_test_open_store (dir);
  gint64 convention = lc_test_badges_programme (store, n, NULL, NULL);

  *id = g_strdup_printf ("%" G_GINT64_FORMAT, convention);
  return g_strdup (lc_store_get_path (store));
}

/**
 * lc_test_badges_participant:
 * @store: a library
 * @convention: the convention
 * @name_en: the English name (the Arabic one is made from it)
 * @category: the participant category
 * @status: the status, as an import would have stored it
 * @represents_en: (nullable): whom they represent, in words
 *
 * A participant who is on no item of the programme.
 *
 * Returns: the person's id
 */
gint64
lc_test_badges_participant (LcStore               *store,
                            gint64                 convention,
                            const char            *name_en,
                            LcParticipantCategory  category,
                            LcParticipantStatus    status,
                            const char            *represents_en)
{
  g_autoptr(LcPerson) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *name_ar = g_strdup_printf ("ضيف %s", name_en);

  lc_person_set_convention_id (person, convention);
  lc_person_set_name (person, name_ar, name_en);
  lc_person_set_category (person, category);
  if (represents_en != NULL)
    {
      lc_person_set_represents (person, LC_REPRESENTS_OTHER);
      lc_person_set_represents_text (person, NULL, represents_en);
    }
  lc_record_set_int (LC_RECORD (person), "status", status);
  g_assert_true (lc_store_insert (store, LC_RECORD (person), &error));
  g_assert_no_error (error);
  return lc_record_get_id (LC_RECORD (person));
}
