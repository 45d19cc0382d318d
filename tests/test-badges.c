/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <stdlib.h>
#include <string.h>

#include "lc-badge.h"
#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-organisation.h"
#include "lc-test-badges.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * Badges and table tents (issue 14), read from outside as a person checks
 * them: pdftotext finds each name in both scripts on its own badge, zbarimg
 * (a real QR decoder) reads each badge's code back, hostile names stay
 * literal inside their badge, and sheets hold as many badges as they say.
 * The first sheets in Arabic and English are left as PNG in
 * <build>/artefacts/pdf/.
 */

static const LcBadgeEntry *
entry_at (LcBadgeSet *set,
          guint       i)
{
  return g_ptr_array_index (set->entries, i);
}

/* The box of the @slot-th badge of a page, in points. */
static void
badge_box (LcBadgeLayout layout,
           guint         slot,
           double        box[4])
{
  double pw, ph, bw, bh, gutter = 5 * 72 / 25.4;
  guint columns, rows;

  lc_badge_layout_get_geometry (layout, &pw, &ph, &columns, &rows, &bw, &bh);
  box[0] = (pw - columns * bw - (columns - 1) * gutter) / 2 + (slot % columns) * (bw + gutter);
  box[1] = (ph - rows * bh - (rows - 1) * gutter) / 2 + (slot / columns) * (bh + gutter);
  box[2] = bw;
  box[3] = bh;
}

static void
test_code (void)
{
  g_autofree char *dir_a = NULL, *dir_b = NULL, *file = NULL;
  gint64 id_a, id_b;
  g_autoptr(LcStore) a = lc_test_pdf_sample_store (&dir_a, &id_a);
  g_autoptr(LcStore) b = lc_test_open_store (&dir_b);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set_a = NULL, set_b = NULL;
  g_autoptr(GHashTable) codes = g_hash_table_new (g_str_hash, g_str_equal);

  /* The convention handed to another library as a file. */
  file = g_build_filename (dir_a, "handed.json", NULL);
  g_assert_true (lc_convention_export_file (a, id_a, file, &error));
  g_assert_no_error (error);
  id_b = lc_convention_import_file (b, file, &error);
  g_assert_no_error (error);
  set_a = lc_badge_set_load (a, id_a, &error);
  g_assert_no_error (error);
  set_b = lc_badge_set_load (b, id_b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (set_a->entries->len, >, 10);
  g_assert_cmpuint (set_a->entries->len, ==, set_b->entries->len);
  for (guint i = 0; i < set_a->entries->len; i++)
    {
      const LcBadgeEntry *x = entry_at (set_a, i), *y = entry_at (set_b, i);
      g_autofree char *again = lc_participant_code (x->person_uid);

      /* The same person in another library: the same code. */
      g_assert_cmpstr (x->person_uid, ==, y->person_uid);
      g_assert_cmpstr (x->code, ==, y->code);
      g_assert_cmpstr (x->code, ==, again);
      /* Ten characters a person cannot misread: no I, L, O or U. */
      g_assert_cmpuint (strlen (x->code), ==, 10);
      g_assert_cmpuint (strspn (x->code, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), ==, 10);
      /* Everyone their own. */
      g_assert_false (g_hash_table_contains (codes, x->code));
      g_hash_table_add (codes, x->code);
    }

  lc_test_remove_tree (dir_a);
  lc_test_remove_tree (dir_b);
}

/* Whether @text has a lam-alef ligature, whose letters pdftotext gives in
 * pieces, sometimes on two lines (platform.md): such an Arabic name is
 * checked by the rendered page, not by pdftotext. */
static gboolean
has_lam_alef (const char *text)
{
  static const char *const pairs[] = { "لا", "لأ", "لإ", "لآ" };

  for (guint i = 0; i < G_N_ELEMENTS (pairs); i++)
    if (strstr (text, pairs[i]) != NULL)
      return TRUE;
  return FALSE;
}

/* Every name of the first sheet, in both scripts, on its own badge, and
 * its code under its QR code. */
static void
check_names (const char    *pdf,
             LcBadgeSet    *set,
             LcBadgeLayout  layout)
{
  double pw, ph;
  guint columns, rows, arabic = 0;

  lc_badge_layout_get_geometry (layout, &pw, &ph, &columns, &rows, NULL, NULL);
  for (guint i = 0; i < MIN (set->entries->len, columns * rows); i++)
    {
      const LcBadgeEntry *entry = entry_at (set, i);
      double box[4];
      g_autofree char *text = NULL, *read = NULL;

      badge_box (layout, i, box);
      text = lc_test_badges_text (pdf, 1, box[0], box[1], box[2], box[3]);
      read = lc_test_badges_squeeze (text, FALSE);
      for (guint l = 0; l < 2; l++)
        {
          g_autofree char *name = lc_test_badges_squeeze (entry->name[l], TRUE);

          if (*name == '\0' || (l == 0 && has_lam_alef (entry->name[l])))
            continue;
          if (strstr (read, name) == NULL)
            g_error ("badge %u: “%s” not found in “%s”", i, entry->name[l], text);
          arabic += l == 0;
        }
      g_assert_nonnull (strstr (read, entry->code));
    }
  /* Most names have no lam-alef: most were read. */
  g_assert_cmpuint (arabic, >=, MIN (set->entries->len, columns * rows) / 2);
}

static void
test_names (void)
{
  static const struct { LcAgendaLanguage language; const char *png; } cases[] = {
    { LC_AGENDA_LANGUAGE_ARABIC, "badges-ar" },
    { LC_AGENDA_LANGUAGE_ENGLISH, "badges-en" },
    { LC_AGENDA_LANGUAGE_BILINGUAL, "badges-bilingual" },
  };
  g_autofree char *dir = NULL;
  gint64 id;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &id);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, id, &error);

  g_assert_no_error (error);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *pdf = g_build_filename (dir, "badges.pdf", NULL);
      g_assert_true (lc_badges_write_pdf (set, pdf, LC_BADGE_LAYOUT_A4_2X4, cases[c].language,
                                          &error));
      g_assert_no_error (error);
      check_names (pdf, set, LC_BADGE_LAYOUT_A4_2X4);
      lc_test_badges_save_png (pdf, cases[c].png);
    }

  lc_test_remove_tree (dir);
}

/* zbarimg's reading of the QR codes of one badge, rendered alone at
 * 300 dpi (a whole sheet at once, zbar now and then misses one of ten). */
static char **
decode_badge (const char *pdf,
              const char *dir,
              const double box[4])
{
  g_autofree char *prefix = g_build_filename (dir, "badge", NULL);
  g_autofree char *png = g_build_filename (dir, "badge.png", NULL);
  g_autofree char *x = NULL, *y = NULL, *w = NULL, *h = NULL, *out = NULL;
  const double scale = 300 / 72.0;

  x = g_strdup_printf ("%d", (int) (box[0] * scale));
  y = g_strdup_printf ("%d", (int) (box[1] * scale));
  w = g_strdup_printf ("%d", (int) (box[2] * scale));
  h = g_strdup_printf ("%d", (int) (box[3] * scale));
  g_free (lc_test_tool_output ("pdftoppm", "-png", "-r", "300", "-singlefile", "-f", "1", "-l",
                               "1", "-x", x, "-y", y, "-W", w, "-H", h, pdf, prefix, NULL));
  out = lc_test_tool_output ("zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png,
                             NULL);
  return g_strsplit (g_strstrip (out), "\n", -1);
}

static void
test_qr_codes (gconstpointer data)
{
  LcBadgeLayout layout = GPOINTER_TO_INT (data);
  g_autofree char *zbarimg = g_find_program_in_path ("zbarimg");
  g_autofree char *dir = NULL, *pdf = NULL;
  gint64 id;
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = NULL;
  guint columns, rows;

  if (zbarimg == NULL)
    {
      g_test_skip ("zbarimg is missing (zbar-tools, see build-aux/install-deps.sh)");
      return;
    }

  store = lc_test_pdf_sample_store (&dir, &id);
  set = lc_badge_set_load (store, id, &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "badges.pdf", NULL);
  g_assert_true (lc_badges_write_pdf (set, pdf, layout, LC_AGENDA_LANGUAGE_BILINGUAL, &error));
  g_assert_no_error (error);

  /* Each badge of the first page carries its own person's code, once. */
  lc_badge_layout_get_geometry (layout, NULL, NULL, &columns, &rows, NULL, NULL);
  for (guint i = 0; i < MIN (columns * rows, set->entries->len); i++)
    {
      double box[4];
      g_auto(GStrv) read = NULL;

      badge_box (layout, i, box);
      read = decode_badge (pdf, dir, box);
      g_assert_cmpuint (g_strv_length (read), ==, 1);
      g_assert_cmpstr (read[0], ==, entry_at (set, i)->code);
    }

  lc_test_remove_tree (dir);
}

static void
test_page_counts (void)
{
  static const struct { LcBadgeLayout layout; guint pages; double width, height; } cases[] = {
    { LC_BADGE_LAYOUT_A4_2X4, 3, 595.28, 841.89 },   /* 8 + 8 + 1 */
    { LC_BADGE_LAYOUT_A4_2X5, 2, 595.28, 841.89 },   /* 10 + 7 */
    { LC_BADGE_LAYOUT_SINGLE, 17, 283.46, 198.43 },  /* 100 × 70 mm */
  };
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_test_badges_programme (store, 17, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (set->entries->len, ==, 17);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *pdf = g_build_filename (dir, "badges.pdf", NULL);
      g_autofree char *info = NULL, *size = NULL;
      double w, h;

      g_assert_true (lc_badges_write_pdf (set, pdf, cases[c].layout, LC_AGENDA_LANGUAGE_ENGLISH,
                                          &error));
      g_assert_no_error (error);
      g_assert_cmpuint (lc_test_pdf_pages (pdf), ==, cases[c].pages);
      info = lc_test_tool_output ("pdfinfo", pdf, NULL);
      size = lc_test_pdf_info_field (info, "Page size");
      g_assert_cmpint (sscanf (size, "%lf x %lf", &w, &h), ==, 2);
      g_assert_cmpfloat_with_epsilon (w, cases[c].width, 0.1);
      g_assert_cmpfloat_with_epsilon (h, cases[c].height, 0.1);
    }

  lc_test_remove_tree (dir);
}

/* A name that is markup, direction overrides and 10,000 letters long. */
static void
test_hostile (void)
{
  g_autoptr(GString) long_name = g_string_new ("<b>Bold</b> &amp; \342\200\256evil\342\200\254 ");
  g_autofree char *dir = NULL, *pdf = NULL, *text = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = NULL;
  g_autoptr(GArray) words = NULL;
  gint64 id;
  guint hostile = 0;

  for (guint i = 0; long_name->len < 10000; i++)
    g_string_append_printf (long_name, "Longname%u ", i);
  id = lc_test_badges_programme (store, 8, "<i>اسم</i> \342\200\256مائل", long_name->str);
  set = lc_badge_set_load (store, id, &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "hostile.pdf", NULL);
  g_assert_true (lc_badges_write_pdf (set, pdf, LC_BADGE_LAYOUT_A4_2X5, LC_AGENDA_LANGUAGE_ENGLISH,
                                      &error));
  g_assert_no_error (error);
  lc_test_badges_save_png (pdf, "badges-hostile");

  /* Literal: the markup is printed as typed, not obeyed. */
  text = lc_test_tool_output ("pdftotext", "-f", "1", "-l", "1", pdf, "-", NULL);
  g_assert_nonnull (strstr (text, "<b>Bold</b>"));
  g_assert_nonnull (strstr (text, "&amp;"));

  /* Every word on the page lies inside one badge: nothing ran over. */
  words = lc_test_pdf_words (pdf, 1);
  for (guint w = 0; w < words->len; w++)
    {
      const LcTestWord *word = &g_array_index (words, LcTestWord, w);
      gboolean inside = FALSE;

      for (guint slot = 0; slot < 8 && !inside; slot++)
        {
          double box[4];

          badge_box (LC_BADGE_LAYOUT_A4_2X5, slot, box);
          inside = word->x_min >= box[0] - 0.5 && word->x_max <= box[0] + box[2] + 0.5
                   && word->y_min >= box[1] - 0.5 && word->y_max <= box[1] + box[3] + 0.5;
        }
      if (!inside)
        g_error ("“%s” at %.1f,%.1f–%.1f,%.1f is outside every badge", word->text, word->x_min,
                 word->y_min, word->x_max, word->y_max);
      hostile += g_str_has_prefix (word->text, "Longname");
    }
  /* The long name was set, shortened: some of it, far from all. (Its
   * ellipsized line carries the elided words as the PDF's actual text,
   * which pdftotext reads, at the ellipsis' place inside the badge.) */
  g_assert_cmpuint (hostile, >, 0);
  g_assert_cmpuint (hostile, <, 40);
  g_assert_null (strstr (text, "Longname100 "));

  lc_test_remove_tree (dir);
}

static void
test_table_tents (void)
{
  g_autofree char *dir = NULL, *pdf = NULL, *front = NULL, *back = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_test_badges_programme (store, 3, NULL, "Amina Haddad");
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, id, &error);
  const double w = 841.89, h = 595.28;
  g_autoptr(GArray) words = NULL;
  gboolean upright = FALSE, turned = FALSE;

  g_assert_no_error (error);
  pdf = g_build_filename (dir, "tents.pdf", NULL);
  g_assert_true (lc_table_tents_write_pdf (set, pdf, LC_AGENDA_LANGUAGE_ENGLISH, &error));
  g_assert_no_error (error);
  /* A page a person, A4 landscape. */
  g_assert_cmpuint (lc_test_pdf_pages (pdf), ==, 3);

  /* The front, the lower half, reads the name; the back, turned half a
   * turn, has it too, which pdftotext gives reversed word order or not at
   * all in reading order, so look at where the words are instead. */
  front = lc_test_badges_text (pdf, 1, 0, h / 2, w, h / 2);
  g_assert_nonnull (strstr (front, "Amina Haddad"));
  words = lc_test_pdf_words (pdf, 1);
  for (guint i = 0; i < words->len; i++)
    {
      const LcTestWord *word = &g_array_index (words, LcTestWord, i);

      if (g_str_equal (word->text, "Amina"))
        {
          upright |= word->y_min > h / 2;
          turned |= word->y_max < h / 2;
        }
    }
  g_assert_true (upright);
  g_assert_true (turned);
  lc_test_badges_save_png (pdf, "table-tent-en");
  (void) back;

  lc_test_remove_tree (dir);
}

/* A logo as the Organisations dialog stores it, from an image file. */
static char *
logo_of_size (const char *dir,
              int         width,
              int         height)
{
  g_autofree char *name = g_strdup_printf ("logo-%dx%d.png", width, height);
  g_autofree char *path = lc_test_write_photo (dir, name, FALSE, width, height, 0x1f6f8bff);
  g_autoptr(GError) error = NULL;
  char *logo = lc_organisation_logo_from_file (path, &error);

  g_assert_no_error (error);
  return logo;
}

/* The host's logo on every badge, not a partner's listed before it. */
static void
test_logo (void)
{
  g_autofree char *dir = NULL, *pdf = NULL, *images = NULL, *wide = NULL, *square = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_test_badges_programme (store, 3, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = NULL;
  g_auto(GStrv) lines = NULL;
  guint n_images = 0;

  wide = logo_of_size (dir, 600, 200);
  square = logo_of_size (dir, 64, 64);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LcOrganisation) o = g_object_new (LC_TYPE_ORGANISATION, NULL);

      lc_organisation_set_convention_id (o, id);
      lc_organisation_set_name (o, "", i == 0 ? "Partner" : "Host");
      lc_organisation_set_role (o, i == 0 ? LC_ORGANISATION_ROLE_PARTNER
                                          : LC_ORGANISATION_ROLE_HOST);
      lc_organisation_set_logo (o, i == 0 ? square : wide);
      lc_organisation_set_position (o, i);
      lc_test_pdf_insert (store, LC_RECORD (o));
    }
  set = lc_badge_set_load (store, id, &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "logo.pdf", NULL);
  g_assert_true (lc_badges_write_pdf (set, pdf, LC_BADGE_LAYOUT_A4_2X4, LC_AGENDA_LANGUAGE_ENGLISH,
                                      &error));
  g_assert_no_error (error);
  lc_test_badges_save_png (pdf, "badges-logo");

  /* pdfimages -list: two lines of heading, then an image a line, its
   * width the fourth column: the host's, stored 256 wide. */
  images = lc_test_tool_output ("pdfimages", "-list", pdf, NULL);
  lines = g_strsplit (images, "\n", -1);
  for (guint i = 2; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = g_strsplit_set (g_strstrip (lines[i]), " ", -1);
      guint k = 0, width = 0;

      for (guint c = 0; columns[c] != NULL; c++)
        if (*columns[c] != '\0' && ++k == 4)
          width = (guint) atoi (columns[c]);
      if (k == 0)
        continue;
      g_assert_cmpuint (width, ==, 256);
      n_images++;
    }
  g_assert_cmpuint (n_images, >=, 1);

  lc_test_remove_tree (dir);
}

static void
test_cli (void)
{
  g_autofree char *dir = NULL, *db = NULL, *pdf = NULL, *id = NULL;
  g_auto(LcTestRun) run = { 0 };

  db = lc_test_badges_library (12, &dir, &id);
  pdf = g_build_filename (dir, "cli.pdf", NULL);

  /* A layout it does not know: refused in words, nothing written. */
  lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id,
                                            "--export-badges", pdf, "--badge-layout=a3", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "not a badge layout"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  lc_test_run_clear (&run);

  lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id,
                                            "--export-badges", pdf, "--badge-layout=a4-2x5",
                                            "--language=en", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (lc_test_pdf_pages (pdf), ==, 2);
  lc_test_run_clear (&run);

  /* A table tent a person, by the command line too. */
  lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id,
                                            "--export-table-tents", pdf, "--language=ar", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (lc_test_pdf_pages (pdf), ==, 12);
  lc_test_run_clear (&run);

  /* A convention with nobody on its programme: said, nothing written. */
  {
    g_autoptr(LcStore) store = lc_store_open (db, NULL);
    g_autoptr(GError) error = NULL;
    gint64 empty = lc_test_add_convention (store, "Empty", "2023-05-10", "2023-05-11");
    g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, empty, &error);
    g_autofree char *nothing = g_build_filename (dir, "nothing.pdf", NULL);

    g_assert_no_error (error);
    g_assert_false (lc_badges_write_pdf (set, nothing, LC_BADGE_LAYOUT_A4_2X4,
                                         LC_AGENDA_LANGUAGE_ENGLISH, &error));
    g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
    g_assert_false (g_file_test (nothing, G_FILE_TEST_EXISTS));
  }

  /* One category's badges: the programme's, or a participant category's. */
  {
    g_autoptr(LcStore) store = lc_store_open (db, NULL);
    g_autofree char *text = NULL;

    lc_test_badges_participant (store, g_ascii_strtoll (id, NULL, 10), "Dina Delegate",
                                LC_PARTICIPANT_CATEGORY_DELEGATE, LC_PARTICIPANT_STATUS_CONFIRMED, NULL);
    lc_test_badges_participant (store, g_ascii_strtoll (id, NULL, 10), "Otto Observer",
                                LC_PARTICIPANT_CATEGORY_OBSERVER, LC_PARTICIPANT_STATUS_INVITED, NULL);
    g_clear_object (&store);
    lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id, "--export-badges", pdf,
                                              "--badge-category=delegate", "--language=en", NULL });
    g_assert_cmpint (run.status, ==, 0);
    text = lc_test_tool_output ("pdftotext", pdf, "-", NULL);
    g_assert_nonnull (strstr (text, "Dina Delegate"));
    g_assert_null (strstr (text, "Otto"));
    g_assert_null (strstr (text, "Person 0001"));
    lc_test_run_clear (&run);
    g_clear_pointer (&text, g_free);

    lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id, "--export-badges", pdf,
                                              "--badge-category=programme", "--language=en", NULL });
    g_assert_cmpint (run.status, ==, 0);
    text = lc_test_tool_output ("pdftotext", pdf, "-", NULL);
    g_assert_nonnull (strstr (text, "Person 0001"));
    g_assert_null (strstr (text, "Dina"));
    lc_test_run_clear (&run);

    lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id, "--export-badges", pdf,
                                              "--badge-category=vip", NULL });
    g_assert_cmpint (run.status, ==, 1);
    g_assert_nonnull (strstr (run.err, "“vip” is not a badge category"));
    lc_test_run_clear (&run);
  }

  lc_test_run_cli (&run, (const char *[]) { "--help", NULL });
  g_assert_nonnull (strstr (run.out, "--export-badges"));
  g_assert_nonnull (strstr (run.out, "--export-table-tents"));
  g_assert_nonnull (strstr (run.out, "--export-certificates"));

  lc_test_remove_tree (dir);
}

/* Participants who are on no item: a badge for everyone who has not
 * declined, with their category's word and colour, and whom they represent
 * where the organisation goes. */
static const LcBadgeEntry *
find_entry (LcBadgeSet *set,
            const char *name_en)
{
  for (guint i = 0; i < set->entries->len; i++)
    if (g_strcmp0 (entry_at (set, i)->name[1], name_en) == 0)
      return entry_at (set, i);
  return NULL;
}

static void
test_participants (void)
{
  g_autofree char *dir = NULL, *pdf = NULL, *text = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 convention = lc_test_badges_programme (store, 3, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = NULL;
  const LcBadgeEntry *delegate, *observer, *press, *speaker;

#define P(x) LC_PARTICIPANT_CATEGORY_##x
#define S(x) LC_PARTICIPANT_STATUS_##x
  lc_test_badges_participant (store, convention, "Dana Declined", P (DELEGATE), S (DECLINED), NULL);
  lc_test_badges_participant (store, convention, "Colin Confirmed", P (DELEGATE), S (CONFIRMED), NULL);
  lc_test_badges_participant (store, convention, "Olga Observer", P (OBSERVER), S (ATTENDED_IN_PERSON), NULL);
  lc_test_badges_participant (store, convention, "Pete Press", P (PRESS), S (INVITED), "<b>Daily</b> & Gazette");
#undef P
#undef S

  set = lc_badge_set_load (store, convention, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (set->entries->len, ==, 3 + 3);
  /* Markup in whom they represent stays literal (checked on paper too). */
  g_assert_null (find_entry (set, "Dana Declined"));
  delegate = find_entry (set, "Colin Confirmed");
  observer = find_entry (set, "Olga Observer");
  press = find_entry (set, "Pete Press");
  speaker = find_entry (set, "Person 0001");
  g_assert_nonnull (delegate);
  g_assert_nonnull (observer);
  g_assert_nonnull (press);
  g_assert_cmpstr (delegate->category[1], ==, "Delegate");
  g_assert_cmpstr (observer->category[1], ==, "Observer");
  g_assert_cmpstr (press->category[1], ==, "Press");
  g_assert_cmpstr (speaker->category[1], ==, "Speaker");
  g_assert_false (delegate->on_programme);
  g_assert_true (speaker->on_programme);
  /* Each category its own colour, and none a programme role's. */
  g_assert_cmpuint (delegate->colour, !=, observer->colour);
  g_assert_cmpuint (delegate->colour, !=, press->colour);
  g_assert_cmpuint (observer->colour, !=, press->colour);
  g_assert_cmpuint (delegate->colour, !=, speaker->colour);
  g_assert_cmpstr (press->organisation[1], ==, "<b>Daily</b> & Gazette");

  /* On paper: the words a person reads on the badges, the declined
   * delegate nowhere. */
  pdf = g_build_filename (dir, "participants.pdf", NULL);
  g_assert_true (lc_badges_write_pdf (set, pdf, LC_BADGE_LAYOUT_A4_2X4, LC_AGENDA_LANGUAGE_ENGLISH, &error));
  g_assert_no_error (error);
  text = lc_test_badges_text (pdf, 1, 0, 0, 595, 842);
  g_assert_nonnull (strstr (text, "Colin Confirmed"));
  g_assert_nonnull (strstr (text, "Delegate"));
  g_assert_nonnull (strstr (text, "Observer"));
  g_assert_nonnull (strstr (text, "<b>Daily</b> & Gazette"));
  g_assert_null (strstr (text, "Dana"));

  /* Table tents stay the programme's. */
  g_assert_true (lc_table_tents_write_pdf (set, pdf, LC_AGENDA_LANGUAGE_ENGLISH, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lc_test_pdf_pages (pdf), ==, 3);

  lc_test_remove_tree (dir);
}

/* Whether the pixel at @x, @y of @pixbuf is inked (not white paper). */
static gboolean
inked (GdkPixbuf *pixbuf,
       int        x,
       int        y)
{
  const guchar *p = gdk_pixbuf_read_pixels (pixbuf) + y * gdk_pixbuf_get_rowstride (pixbuf)
                    + x * gdk_pixbuf_get_n_channels (pixbuf);

  return p[0] + p[1] + p[2] < 600;
}

/* A label sheet has cut marks at each badge's corners, outside the badge,
 * in the gutter: on the first page rendered, ink is found left of the
 * first badge's edge (the left end of its category band, the widest run
 * of ink on a row), where nothing else is drawn. */
static void
test_cut_marks (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_test_badges_programme (store, 3, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, id, &error);
  g_autofree char *pdf = g_build_filename (dir, "badges.pdf", NULL);
  g_autofree char *prefix = g_build_filename (dir, "page", NULL);
  g_autofree char *png = g_build_filename (dir, "page.png", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GdkPixbuf) page = NULL;
  int band_left = G_MAXINT, band_run = 0, leftmost = G_MAXINT;

  g_assert_no_error (error);
  g_assert_true (lc_badges_write_pdf (set, pdf, LC_BADGE_LAYOUT_A4_2X4, LC_AGENDA_LANGUAGE_ENGLISH, &error));
  g_assert_no_error (error);
  out = lc_test_tool_output ("pdftoppm", "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf, prefix,
                             NULL);
  page = gdk_pixbuf_new_from_file (png, &error);
  g_assert_no_error (error);

  for (int y = 0; y < gdk_pixbuf_get_height (page); y++)
    {
      int run = 0;

      for (int x = 0; x < gdk_pixbuf_get_width (page); x++)
        {
          if (!inked (page, x, y))
            {
              run = 0;
              continue;
            }
          leftmost = MIN (leftmost, x);
          if (++run > band_run)
            {
              band_run = run;
              band_left = x - run + 1;
            }
        }
    }
  g_test_message ("band from x = %d (%d px long); leftmost ink at x = %d", band_left, band_run, leftmost);
  /* The band spans a badge (90 mm, some 255 px at 72 dpi)... */
  g_assert_cmpint (band_run, >, 200);
  /* ...and the marks reach 2.5 mm (7 px) beyond its corners. */
  g_assert_cmpint (leftmost, <=, band_left - 4);

  lc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_func ("/badges/code", test_code);
  g_test_add_func ("/badges/names", test_names);
  g_test_add_data_func ("/badges/qr/a4-2x4", GINT_TO_POINTER (LC_BADGE_LAYOUT_A4_2X4),
                        test_qr_codes);
  g_test_add_data_func ("/badges/qr/a4-2x5", GINT_TO_POINTER (LC_BADGE_LAYOUT_A4_2X5),
                        test_qr_codes);
  g_test_add_data_func ("/badges/qr/single", GINT_TO_POINTER (LC_BADGE_LAYOUT_SINGLE),
                        test_qr_codes);
  g_test_add_func ("/badges/page-counts", test_page_counts);
  g_test_add_func ("/badges/cut-marks", test_cut_marks);
  g_test_add_func ("/badges/hostile", test_hostile);
  g_test_add_func ("/badges/table-tents", test_table_tents);
  g_test_add_func ("/badges/cli", test_cli);
  g_test_add_func ("/badges/logo", test_logo);
  g_test_add_func ("/badges/participants", test_participants);

  return g_test_run ();
}
