/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-agenda-page.h"
#include "lc-cities-page.h"
#include "lc-convention-view.h"
#include "lc-declaration-page.h"
#include "lc-journey.h"
#include "lc-speakers-page.h"

/*
 * What a start builds (issue 17: every page's template was built at start).
 * The library page is all a start on the library builds. A convention opens with the area a person sees, the Agenda, and nothing
 * else: each other area is built the first time its key is pressed, and is
 * then whole (its list filled from the library). The shortcuts window is
 * built when Ctrl+? asks for it, and then lists the shortcuts.
 */

/* Every widget of @type in the tree under @root, shown or not: a page
 * built but hidden in the view stack counts. */
static guint
count_type (GtkWidget *root,
            GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (root, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += count_type (child, type);

  return n;
}

typedef struct
{
  const char *key;
  const char *name;
  GType     (*get_type) (void);
  const char *english;    /* a name the area shows from the sample, at its top */
  const char *arabic;
} Area;

static const Area areas[] = {
  { "<Alt>1", "agenda", lc_agenda_page_get_type, "Opening session", "الجلسة الافتتاحية" },
  { "<Alt>2", "speakers", lc_speakers_page_get_type, "Abdulhadi Al-Juhani", "خالد السالم" },
  { "<Alt>3", "cities", lc_cities_page_get_type, "Yanbu Industrial City", "مدينة ينبع الصناعية" },
  { "<Alt>4", "declaration", lc_declaration_page_get_type, "Introduction", "مقدمة" },
};

/* How many of each area's page the window holds, as "agenda=1 speakers=0…". */
static char *
built_areas (LcWindow *window)
{
  GString *built = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    g_string_append_printf (built, "%s%s=%u", i > 0 ? " " : "", areas[i].name,
                            count_type (GTK_WIDGET (window), areas[i].get_type ()));

  return g_string_free (built, FALSE);
}

static void
test_areas_built_when_shown (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  LcConventionView *view;
  g_autofree char *at_start = built_areas (window);
  g_autofree char *opened = NULL;
  g_autofree char *all = NULL;
  g_autofree char *again = NULL;

  /* The library page needs no convention view, and so no area at all. */
  g_assert_cmpuint (count_type (GTK_WIDGET (window), LC_TYPE_CONVENTION_VIEW), ==, 0);
  g_assert_cmpstr (at_start, ==, "agenda=0 speakers=0 cities=0 declaration=0");

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  g_assert_cmpuint (count_type (GTK_WIDGET (window), LC_TYPE_CONVENTION_VIEW), ==, 1);
  lc_test_wait_for_text (GTK_WIDGET (view), lc_journey_pick (areas[0].english, areas[0].arabic));
  opened = built_areas (window);
  g_assert_cmpstr (opened, ==, "agenda=1 speakers=0 cities=0 declaration=0");

  /* Each key shows its area, filled, the first time it is pressed. */
  for (guint i = 1; i < G_N_ELEMENTS (areas); i++)
    {
      GtkWidget *page;

      lc_test_press (areas[i].key);
      LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), areas[i].name) == 0, areas[i].name);
      LC_TEST_WAIT ((page = lc_test_find_type (GTK_WIDGET (view), areas[i].get_type ())) != NULL, "the area shown");
      lc_test_wait_for_text (page, lc_journey_pick (areas[i].english, areas[i].arabic));
      /* The areas not pressed yet are still not built. */
      for (guint j = i + 1; j < G_N_ELEMENTS (areas); j++)
        g_assert_cmpuint (count_type (GTK_WIDGET (window), areas[j].get_type ()), ==, 0);
    }
  all = built_areas (window);
  g_assert_cmpstr (all, ==, "agenda=1 speakers=1 cities=1 declaration=1");

  /* Back to the library and the convention again: the areas are kept, not
   * built twice, and the one shown shows the convention at once. */
  lc_test_press ("<Alt>Left");
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (window), "library") == 0, "the library");
  lc_test_press ("<Control><Shift>o");
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (window), "convention") == 0, "the sample to open again");
  lc_test_wait_for_text (lc_test_find_type (GTK_WIDGET (view), LC_TYPE_DECLARATION_PAGE),
                         lc_journey_pick (areas[3].english, areas[3].arabic));
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (lc_test_find_type (GTK_WIDGET (view), LC_TYPE_SPEAKERS_PAGE) != NULL, "the speakers");
  lc_test_wait_for_text (lc_test_find_type (GTK_WIDGET (view), LC_TYPE_SPEAKERS_PAGE),
                         lc_journey_pick (areas[1].english, areas[1].arabic));
  again = built_areas (window);
  g_assert_cmpstr (again, ==, "agenda=1 speakers=1 cities=1 declaration=1");

  lc_journey_close_window (window);
}

static guint
count_shortcuts_windows (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = toplevels; l != NULL; l = l->next)
    n += GTK_IS_SHORTCUTS_WINDOW (l->data) ? 1 : 0;

  return n;
}

static void
test_shortcuts_window_built_when_asked (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  GtkWindow *help;

  g_assert_cmpuint (count_shortcuts_windows (), ==, 0);

  lc_test_press ("<Control>question");
  help = lc_test_wait_for_window (GTK_TYPE_SHORTCUTS_WINDOW, NULL);
  g_assert_true (gtk_window_get_transient_for (help) == GTK_WINDOW (window));
  lc_test_wait_for_text (GTK_WIDGET (help), C_("shortcut window", "Open the sample convention"));
  lc_test_press ("Escape");
  lc_test_wait_window_gone (help);

  /* Asked again, the same window shows again. */
  lc_test_press ("<Control>question");
  g_assert_true (lc_test_wait_for_window (GTK_TYPE_SHORTCUTS_WINDOW, NULL) == help);
  g_assert_cmpuint (count_shortcuts_windows (), ==, 1);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (help);

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);

  g_test_add_func ("/journey/start/areas-built-when-shown", test_areas_built_when_shown);
  g_test_add_func ("/journey/start/shortcuts-window-built-when-asked", test_shortcuts_window_built_when_asked);

  return lc_journey_run ();
}
