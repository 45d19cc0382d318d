/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lc-badges-dialog.h"
#include "lc-certificates-dialog.h"
#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-person-row.h"
#include "lc-speakers-page.h"
#include "lc-test-util.h"
#include "lc-util.h"

/*
 * Badges for a selection and certificates from the window (issue 14), as a
 * person does it, in English and in Arabic. In the People area, a click on
 * the first person and a Ctrl+click on the third, More Actions → Print
 * Badges for Selected People…, the 2 × 5 sheet chosen with clicks,
 * Export…, a path typed: the PDF holds those two people's badges and
 * nobody else's, on the first row of an A4 sheet of 2 × 5. Then Export
 * Certificates…, a PDF for each person in a folder, a signatory typed in:
 * one file for each person on the programme, each with the signatory.
 */

static LcRecord *
person_at (GtkWidget *page,
           guint      position)
{
  return g_list_model_get_item (lc_speakers_page_get_shown (LC_SPEAKERS_PAGE (page)), position);
}

/* The row of the list that shows @person's name. */
static GtkWidget *
person_row (GtkWidget *page,
            LcRecord  *person)
{
  GtkWidget *text = lc_test_wait_for_text (page, lc_ui_text (person, "name", NULL));
  GtkWidget *row = gtk_widget_get_ancestor (text, LC_TYPE_PERSON_ROW);

  g_assert_nonnull (row);
  return row;
}

static guint
n_selected (GtkWidget *page)
{
  GtkListView *list = GTK_LIST_VIEW (lc_test_find_type (page, GTK_TYPE_LIST_VIEW));
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (gtk_list_view_get_model (list));

  return gtk_bitset_get_size (selected);
}

/* More Actions for People → @item. */
static void
choose_more (GtkWidget  *page,
             const char *item)
{
  GtkWidget *menu_button = lc_test_find_activatable (lc_test_wait_for_text (page, _("More Actions for People")));
  GtkWidget *popover;

  lc_test_click (menu_button);
  LC_TEST_WAIT ((popover = lc_test_find_type (menu_button, GTK_TYPE_POPOVER)) != NULL, "the menu to open");
  lc_test_click (lc_test_wait_for_text (popover, item));
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the menu to close");
}

/* Opens the combo row's list with a click and clicks @choice in it. (With
 * the keyboard, the list follows the pointer wherever the last click left
 * it: a click is what a person with a mouse does anyway.) */
static void
click_choice (GtkWidget  *row,
              const char *choice)
{
  GtkWidget *popover;

  lc_test_click (row);
  LC_TEST_WAIT ((popover = lc_test_find_type (row, GTK_TYPE_POPOVER)) != NULL && gtk_widget_get_mapped (popover),
                "the row's list");
  lc_test_click (lc_test_wait_for_text (popover, choice));
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the list to close");
  LC_TEST_WAIT (lc_test_shows_text (row, choice), "the row to show the choice");
}

static GtkWidget *
open_people (LcWindow *window)
{
  LcConventionView *view;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (view)), "the convention to be shown");
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), "speakers") == 0, "People");
  return lc_test_find_type (GTK_WIDGET (view), LC_TYPE_SPEAKERS_PAGE);
}

/* Types @path into the file chooser titled @title and accepts it. */
static void
type_into_chooser (const char *title,
                   const char *keys,
                   const char *path)
{
  GtkWindow *chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, title);

  lc_test_press (keys);
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
}

/* How many times @pattern matches @text. */
static guint
count_matches (const char *pattern,
               const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      n++;
      g_match_info_next (match, NULL);
    }
  return n;
}

/* The PDF's text with every run of white space one space: a long name
 * takes two lines on a badge. */
static char *
squeezed_text (const char *pdf)
{
  g_autofree char *text = lc_test_tool_output ("pdftotext", pdf, "-", NULL);
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

/* The lowest edge of the words on the first page, in points from the top
 * (pdftotext -bbox). */
static double
lowest_word (const char *pdf)
{
  g_autofree char *html = lc_test_tool_output ("pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-", NULL);
  g_autoptr(GRegex) regex = g_regex_new ("yMax=\"([0-9.]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  double lowest = 0;

  g_regex_match (regex, html, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);

      lowest = MAX (lowest, g_ascii_strtod (y, NULL));
      g_match_info_next (match, NULL);
    }
  return lowest;
}

static void
test_badges_for_selection (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autofree char *path = g_build_filename (lc_journey_tmpdir (), "selected-badges.pdf", NULL);
  g_autofree char *info = NULL, *text = NULL, *selection = NULL;
  g_autoptr(LcRecord) first = NULL, third = NULL, second = NULL;
  GtkWidget *page;
  GtkWindow *dialog;
  double mm = 72 / 25.4;

  page = open_people (window);
  first = person_at (page, 0);
  second = person_at (page, 1);
  third = person_at (page, 2);

  lc_test_click (person_row (page, first));
  LC_TEST_WAIT (n_selected (page) == 1, "one person chosen");
  lc_test_click_holding (person_row (page, third), "Control_L");
  LC_TEST_WAIT (n_selected (page) == 2, "two people chosen");

  choose_more (page, _("Print _Badges for Selected People…"));
  dialog = lc_test_wait_for_window (LC_TYPE_BADGES_DIALOG, _("Export Badges as PDF"));
  /* The selection is what it prints unless told otherwise. */
  {
    g_autofree char *ascii = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %u selected person",
                                                           "The %u selected people", 2), 2);

    selection = lc_journey_digits (ascii);
  }
  LC_TEST_WAIT (lc_test_shows_text (lc_journey_row_titled (GTK_WIDGET (dialog), _("_People")), selection),
                "the selection offered");
  click_choice (lc_journey_row_titled (GTK_WIDGET (dialog), _("_Sheet")), _("A4, 2 × 5 badges"));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (dialog), "journey-print-people-badges"));
  g_object_ref (dialog);
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Export…"));
  lc_test_wait_window_gone (dialog);
  g_object_unref (dialog);

  type_into_chooser (_("Export Badges as PDF"), "<Control>a", path);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Badges exported as PDF"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* One A4 page, two badges: the two names, two participant codes, and
   * not the person between them. */
  info = lc_test_tool_output ("pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, "Pages:           1"));
  g_assert_nonnull (strstr (info, "595.276 x 841.89 pts (A4)"));
  text = squeezed_text (path);
  g_assert_nonnull (strstr (text, lc_record_get_string (first, "name-en")));
  g_assert_nonnull (strstr (text, lc_record_get_string (third, "name-en")));
  g_assert_null (strstr (text, lc_record_get_string (second, "name-en")));
  g_assert_cmpuint (count_matches ("\\b[0-9A-HJKMNP-TV-Z]{10}\\b", text), ==, 2);
  /* Both on the first row of 2 × 5: badges 52 mm tall, the five rows
   * centred with 5 mm between them, so the first ends 60.5 mm down and
   * the second starts at 65.5 mm (a glyph's box may pass the badge's
   * edge a little). A 2 × 4 badge (65 mm) would reach 76 mm. Its code, at
   * the bottom, is near the end. */
  g_assert_cmpfloat (lowest_word (path), <, 65.5 * mm);
  g_assert_cmpfloat (lowest_word (path), >=, 45 * mm);

  lc_journey_close_window (window);
}

static guint count_programme_people (void);

/* More Actions → Export Table Tents…, Export…, a path typed: A4 turned
 * on its side, a page for each programme person with a part, the name
 * on both halves (the back turned upside down, to read across the
 * table). */
static void
test_table_tents (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autofree char *path = g_build_filename (lc_journey_tmpdir (), "tents.pdf", NULL);
  g_autofree char *info = NULL, *text = NULL, *pages = NULL;
  GtkWidget *page;
  GtkWindow *dialog;

  page = open_people (window);
  choose_more (page, _("Export Table _Tents…"));
  dialog = lc_test_wait_for_window (LC_TYPE_BADGES_DIALOG, _("Export Table Tents"));
  LC_TEST_WAIT (lc_test_shows_text (lc_journey_row_titled (GTK_WIDGET (dialog), _("_People")),
                                    _("Everyone on the programme")),
                "the programme offered");
  g_object_ref (dialog);
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Export…"));
  lc_test_wait_window_gone (dialog);
  g_object_unref (dialog);

  type_into_chooser (_("Export Table Tents"), "<Control>a", path);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Table tents exported as PDF"));

  info = lc_test_tool_output ("pdfinfo", path, NULL);
  pages = g_strdup_printf ("Pages:           %u\n", count_programme_people ());
  g_assert_nonnull (strstr (info, pages));
  g_assert_nonnull (strstr (info, "841.89 x 595.276 pts (A4)"));
  text = squeezed_text (path);
  g_assert_nonnull (strstr (text, "Khalid Al-Salem"));

  lc_journey_close_window (window);
}

/* The people the sample's programme names: each gets a certificate. */
static guint
count_programme_people (void)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, &error);
  g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  g_autoptr(GListStore) links = lc_store_list_for_convention (store, LC_TYPE_PARTICIPATION,
                                                              lc_record_get_id (convention), &error);
  g_autoptr(GHashTable) people = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (links)); i++)
    {
      g_autoptr(LcParticipation) link = g_list_model_get_item (G_LIST_MODEL (links), i);

      g_hash_table_add (people, g_memdup2 (&(gint64) { lc_participation_get_person_id (link) }, sizeof (gint64)));
    }
  return g_hash_table_size (people);
}

static void
test_certificates_folder (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autofree char *folder = g_build_filename (lc_journey_tmpdir (), "certificates", NULL);
  g_autofree char *earlier = g_build_filename (folder, "earlier.txt", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;
  guint n_pdfs = 0;
  GtkWidget *page, *row;
  GtkWindow *dialog;

  /* A folder that already holds a file of its own, left alone. */
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (earlier, "kept", -1, &error));

  page = open_people (window);
  choose_more (page, _("Export Certi_ficates…"));
  dialog = lc_test_wait_for_window (LC_TYPE_CERTIFICATES_DIALOG, _("Export Certificates"));
  click_choice (lc_journey_row_titled (GTK_WIDGET (dialog), _("_Files")), _("One PDF per person"));
  row = lc_journey_row_titled (GTK_WIDGET (dialog), _("_Name"));
  lc_test_click (row);
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && gtk_widget_is_ancestor (lc_test_focus_widget (), row),
                "the name's field to take the keys");
  lc_test_type ("Jane Signatory");
  row = lc_journey_row_titled (GTK_WIDGET (dialog), _("_Title"));
  lc_test_click (row);
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && gtk_widget_is_ancestor (lc_test_focus_widget (), row),
                "the title's field to take the keys");
  lc_test_type ("Director of Programmes");
  LC_TEST_WAIT (lc_test_shows_text (row, "Director of Programmes"), "the title typed");
  g_free (lc_test_ui_screenshot (GTK_WIDGET (dialog), "journey-print-people-certificates"));
  g_object_ref (dialog);
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Export…"));
  lc_test_wait_window_gone (dialog);
  g_object_unref (dialog);

  type_into_chooser (_("Choose a Folder for the Certificates"), "<Control>l", folder);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Certificates exported, a PDF for each person"));

  /* One file a person, each with the signatory typed in. */
  dir = g_dir_open (folder, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = NULL;

      if (!g_str_has_suffix (name, ".pdf"))
        continue;
      n_pdfs++;
      text = lc_test_tool_output ("pdftotext", path, "-", NULL);
      g_assert_nonnull (strstr (text, "Jane Signatory"));
      g_assert_nonnull (strstr (text, "Director of Programmes"));
    }
  g_assert_cmpuint (n_pdfs, ==, count_programme_people ());
  g_assert_true (g_file_test (earlier, G_FILE_TEST_IS_REGULAR));

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/print-people/badges-for-selection", test_badges_for_selection);
  g_test_add_func ("/journey/print-people/certificates-folder", test_certificates_folder);
  g_test_add_func ("/journey/print-people/table-tents", test_table_tents);
  return lc_journey_run ();
}
