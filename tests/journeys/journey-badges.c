/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-badges-dialog.h"
#include "lc-journey.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-window.h"

/*
 * Export Badges as PDF… (issue 14) as a person does it, in English and in
 * Arabic: the convention's main menu, the sheet chosen with the keyboard
 * (2 × 5), Export…, a path typed into the file chooser, and the toast
 * once written. The file is the sample's badges, ten to an A4 page.
 */

static void
test_export_badges (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autofree char *path = g_build_filename (lc_journey_tmpdir (), "badges-journey.pdf", NULL);
  g_autofree char *info = NULL, *text = NULL;
  GtkWidget *view;
  GtkWindow *options, *chooser;
  g_autoptr(GRegex) codes = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  guint n_codes = 0;

  lc_journey_open_sample (window);
  view = GTK_WIDGET (lc_window_get_convention_view (window));
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (view), "the convention to be shown");

  lc_journey_choose_menu_item (view, _("Main Menu"), _("Export _Badges as PDF…"));
  options = lc_test_wait_for_window (LC_TYPE_BADGES_DIALOG, _("Export Badges as PDF"));
  /* Everyone, unless told otherwise; the sheet chosen with the arrows. */
  LC_TEST_WAIT (lc_test_shows_text (lc_journey_row_titled (GTK_WIDGET (options), _("_People")),
                                    C_("badges for", "Everyone")),
                "everyone offered");
  lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (options), _("_Sheet")), _("A4, 2 × 5 badges"));
  g_object_ref (options);
  lc_journey_press_button (GTK_WIDGET (options), _("_Export…"));
  lc_test_wait_window_gone (options);
  g_object_unref (options);

  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Export Badges as PDF"));
  lc_test_press ("<Control>a");
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Badges exported as PDF"));

  /* The sample's 32 people on the programme, ten to a page: ten
   * participant codes on the first. */
  info = lc_test_tool_output ("pdfinfo", path, NULL);
  g_assert_nonnull (strstr (info, "Pages:           4"));
  text = lc_test_tool_output ("pdftotext", "-f", "1", "-l", "1", path, "-", NULL);
  g_assert_nonnull (strstr (text, "Abdulhadi Al-Juhani"));
  codes = g_regex_new ("\\b[0-9A-HJKMNP-TV-Z]{10}\\b", 0, 0, NULL);
  g_regex_match (codes, text, 0, &match);
  while (g_match_info_matches (match))
    {
      n_codes++;
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (n_codes, ==, 10);

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/badges/export", test_export_badges);
  return lc_journey_run ();
}
