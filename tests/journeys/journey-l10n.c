/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-about-window.h"
#include "lc-convention-view.h"
#include "lc-journey-text.h"
#include "lc-journey.h"
#include "lc-person-row.h"
#include "lc-preferences-window.h"
#include "lc-speakers-page.h"

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
    lc_journey_list_text (check->offenders, widget, text);
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

/* The digits setting, chosen in Preferences as a person does. */
static void
choose_digits (const char *choice,
               const char *stored)
{
  g_autoptr(GtkWindow) preferences = NULL;
  GSettings *settings = lc_application_get_settings (LC_APPLICATION (g_application_get_default ()));
  GtkWidget *row;
  GtkWidget *popover;

  lc_test_press ("<Control>comma");
  preferences = g_object_ref (lc_test_wait_for_window (LC_TYPE_PREFERENCES_WINDOW, NULL));
  row = lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (preferences), _("Digits")));
  lc_test_click (row);
  LC_TEST_WAIT ((popover = lc_test_find_type (row, GTK_TYPE_POPOVER)) != NULL, "the choices to open");
  lc_test_click (lc_test_wait_for_text (popover, choice));
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the choices to close");
  /* The test display has no window manager to give the keyboard back to
   * the window once its popover is gone. */
  lc_test_focus_window (preferences);
  {
    g_autofree char *now = g_settings_get_string (settings, "digits");

    g_assert_cmpstr (now, ==, stored);
  }

  lc_test_press ("Escape");
  lc_test_wait_window_gone (preferences);
  g_clear_object (&preferences);
}

typedef struct
{
  GPtrArray *data;          /* the library's texts that hold digits */
  gboolean   arabic_indic;  /* the digits chosen */
  GString   *offenders;
  guint      n_numbers;     /* texts with the chosen digits */
} DigitCheck;

static void
check_digits_cb (GtkWidget  *widget,
                 const char *text,
                 gpointer    user_data)
{
  DigitCheck *check = user_data;
  g_autoptr(GString) written = g_string_new (text);

  /* Names and titles keep the digits they were typed with: only what the
   * app writes follows the setting. */
  for (guint i = 0; i < check->data->len; i++)
    g_string_replace (written, g_ptr_array_index (check->data, i), "", 0);

  if (lc_journey_has_digit (written->str, check->arabic_indic))
    check->n_numbers++;
  if (lc_journey_has_digit (written->str, !check->arabic_indic))
    lc_journey_list_text (check->offenders, widget, text);
}

/* How many texts of @window show the chosen digits, and which the others. */
static guint
read_shown_digits (LcWindow   *window,
                   DigitCheck *check)
{
  check->n_numbers = 0;
  g_string_truncate (check->offenders, 0);
  lc_journey_foreach_text (GTK_WIDGET (window), check_digits_cb, check);
  return check->n_numbers;
}

/* Fails naming every text of @window that shows the other digits. */
static void
check_shown_digits (LcWindow   *window,
                    GPtrArray  *data,
                    gboolean    arabic_indic,
                    const char *where)
{
  DigitCheck check = { data, arabic_indic, g_string_new (NULL), 0 };

  /* Each place shows numbers (dates, times, counts) once it is filled,
   * which a page is after it is first shown: on a busy machine, after the
   * main loop has been idle once. */
  lc_test_wait_for_idle ();
  LC_TEST_WAIT (read_shown_digits (window, &check) > 0, where);
  /* And all of it, once what showed the first numbers is done. */
  lc_test_wait_for_idle ();
  g_assert_cmpuint (read_shown_digits (window, &check), >, 0);
  if (check.offenders->len > 0)
    g_error ("%s digits where %s were chosen, in %s:%s",
             arabic_indic ? "Western" : "Arabic-Indic", arabic_indic ? "Arabic-Indic" : "Western",
             where, check.offenders->str);
  g_string_free (check.offenders, TRUE);
}

static void
click_first_speaker (LcWindow *window)
{
  GtkWidget *row;

  LC_TEST_WAIT ((row = lc_test_find_type (GTK_WIDGET (window), LC_TYPE_PERSON_ROW)) != NULL, "a speaker");
  lc_test_click (row);
  LC_TEST_WAIT (lc_speakers_page_get_person_id (LC_SPEAKERS_PAGE (lc_test_find_type (GTK_WIDGET (window),
                                                                                     LC_TYPE_SPEAKERS_PAGE))) > 0,
                "the speaker's page");
}

static void
click_amendments (LcWindow *window)
{
  lc_journey_press_button (GTK_WIDGET (window), _("_Amendments"));
}

static void
click_versions (LcWindow *window)
{
  lc_journey_press_button (GTK_WIDGET (window), _("_Versions"));
}

/* Every area of the sample, as Alt+1…4 show it, and what a click there
 * shows next: a speaker's page, the declaration's amendments and versions. */
static void
check_areas_digits (LcWindow *window,
                    gboolean  arabic_indic)
{
  static const struct
  {
    const char *area;
    const char *then;
    void      (*click) (LcWindow *window);
  } steps[] = {
    { "agenda", NULL, NULL },
    { "speakers", NULL, NULL },
    { "speakers", "a click on a speaker", click_first_speaker },
    { "cities", NULL, NULL },
    { "declaration", NULL, NULL },
    { "declaration", "a click on Amendments", click_amendments },
    { "declaration", "a click on Versions", click_versions },
  };
  static const char *areas[] = { "agenda", "speakers", "cities", "declaration" };
  LcConventionView *view = lc_window_get_convention_view (window);
  g_autoptr(GPtrArray) strings = lc_journey_sample_strings ();
  g_autoptr(GPtrArray) data = g_ptr_array_new ();

  for (guint i = 0; i < strings->len; i++)
    if (lc_journey_has_digit (g_ptr_array_index (strings, i), FALSE)
        || lc_journey_has_digit (g_ptr_array_index (strings, i), TRUE))
      g_ptr_array_add (data, g_ptr_array_index (strings, i));

  lc_journey_open_sample (window);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *where = NULL;

      if (g_strcmp0 (lc_convention_view_get_area (view), steps[i].area) != 0)
        for (guint a = 0; a < G_N_ELEMENTS (areas); a++)
          if (g_str_equal (areas[a], steps[i].area))
            {
              g_autofree char *key = g_strdup_printf ("<Alt>%u", a + 1);

              lc_test_press (key);
              LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), steps[i].area) == 0, steps[i].area);
            }

      if (steps[i].click != NULL)
        steps[i].click (window);

      where = g_strdup_printf ("the %s area%s%s", steps[i].area, steps[i].then ? " after " : "",
                               steps[i].then ? steps[i].then : "");
      check_shown_digits (window, data, arabic_indic, where);
    }
}

static void
test_digits_arabic_indic (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);

  choose_digits (_("Arabic-Indic (٠–٩)"), "arabic-indic");
  check_areas_digits (window, TRUE);
  lc_journey_close_window (window);
}

static void
test_digits_western (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);

  choose_digits (_("Western (0–9)"), "western");
  check_areas_digits (window, FALSE);
  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/l10n/preferences", test_preferences);
  g_test_add_func ("/journey/l10n/about", test_about);
  g_test_add_func ("/journey/l10n/digits/arabic-indic", test_digits_arabic_indic);
  g_test_add_func ("/journey/l10n/digits/western", test_digits_western);
  return lc_journey_run ();
}
