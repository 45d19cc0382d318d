/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-about-window.h"
#include "lc-convention-view.h"
#include "lc-journey-text.h"
#include "lc-journey.h"
#include "lc-preferences-window.h"

/*
 * The interface in the user's language and digits: the windows libadwaita
 * would have written in English (Preferences, About), and every number on
 * every area following the digits setting.
 */

typedef struct
{
  GString  *offenders;
  guint     n_texts;
} LatinCheck;

static void
check_latin_cb (GtkWidget  *widget,
                const char *text,
                gpointer    user_data)
{
  LatinCheck *check = user_data;

  check->n_texts++;
  if (lc_journey_has_latin_word (text))
    {
      g_autofree char *where = lc_journey_describe (widget);

      g_string_append_printf (check->offenders, "\n  %s: “%s”", where, text);
    }
}

/* In Arabic, no English word in what @root shows; in English, @expected is
 * shown (so the walk does see the window); @expected may hold a mnemonic. */
static void
assert_in_language (GtkWidget  *root,
                    const char *expected)
{
  LatinCheck check = { g_string_new (NULL), 0 };

  g_assert_nonnull (lc_test_find_text (root, expected));
  if (!lc_test_ui_is_arabic ())
    {
      g_string_free (check.offenders, TRUE);
      return;
    }

  lc_journey_foreach_text (root, check_latin_cb, &check);
  g_assert_cmpuint (check.n_texts, >, 2);
  if (check.offenders->len > 0)
    g_error ("English words in an Arabic %s:%s", G_OBJECT_TYPE_NAME (root), check.offenders->str);
  g_string_free (check.offenders, TRUE);
}

static void
test_preferences (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autoptr(GtkWindow) preferences = NULL;

  lc_test_press ("<Control>comma");
  /* Held: Escape destroys it before lc_test_wait_window_gone() looks. */
  preferences = g_object_ref (lc_test_wait_for_window (LC_TYPE_PREFERENCES_WINDOW, NULL));
  g_assert_cmpstr (gtk_window_get_title (preferences), ==, _("Preferences"));
  assert_in_language (GTK_WIDGET (preferences), _("Digits"));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (preferences), "preferences"));

  lc_test_press ("Escape");
  lc_test_wait_window_gone (preferences);
  /* Let it go while its parent lives: it unhooks itself from it. */
  g_clear_object (&preferences);
  lc_journey_close_window (window);
}

#define LEGAL_TEXT _("Learning Cities is free software: you may use it, share it and change it under the licence below. It comes with absolutely no warranty.")

static void
test_about (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autoptr(GtkWindow) about = NULL;

  lc_journey_choose_menu_item (GTK_WIDGET (window), _("Main Menu"), _("_About Learning Cities"));
  about = g_object_ref (lc_test_wait_for_window (LC_TYPE_ABOUT_WINDOW, NULL));
  assert_in_language (GTK_WIDGET (about), _("_Report an Issue"));
  g_assert_nonnull (lc_test_find_text (GTK_WIDGET (about), _("_Website")));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (about), "about"));

  lc_journey_press_button (GTK_WIDGET (about), _("_Credits"));
  lc_test_wait_for_text (GTK_WIDGET (about), _("Code by"));
  assert_in_language (GTK_WIDGET (about), _("Code by"));
  g_assert_null (lc_test_find_text (GTK_WIDGET (about), _("_Website")));

  lc_journey_press_button (GTK_WIDGET (about), _("Back"));
  lc_journey_press_button (GTK_WIDGET (about), _("_Legal"));
  lc_test_wait_for_text (GTK_WIDGET (about), LEGAL_TEXT);
  assert_in_language (GTK_WIDGET (about), LEGAL_TEXT);

  /* Escape goes back a page, then closes. */
  lc_test_press ("Escape");
  lc_test_wait_for_text (GTK_WIDGET (about), _("_Website"));
  lc_test_press ("Escape");
  lc_test_wait_window_gone (about);
  g_clear_object (&about);
  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/l10n/preferences", test_preferences);
  g_test_add_func ("/journey/l10n/about", test_about);
  return lc_journey_run ();
}
