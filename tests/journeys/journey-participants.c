/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-participant.h"
#include "lc-person-editor.h"
#include "lc-person-row.h"
#include "lc-speakers-page.h"
#include "lc-util.h"

/*
 * Participants in the People area (issue 14): in the sample, click the
 * first person of the list and ctrl-click the third, Set Status of Selected People → Confirmed
 * from the More menu; the rows say so and the library has both confirmed
 * with their changes kept. Filter by status with the keyboard: only the
 * two are shown; Ctrl+A chooses both, Set Status → Attended in person, and
 * they leave the filtered list. Ctrl+Z gives both back their status in one
 * step, Ctrl+Shift+Z does it again.
 */

/* How many of the sample's people have @status in the library, and the
 * changes kept for all of them. */
static guint
count_status (LcParticipantStatus  status,
              guint               *n_changes)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, &error);
  g_autoptr(LcRecord) convention = NULL;
  g_autoptr(GListStore) people = NULL;
  guint n = 0;

  g_assert_no_error (error);
  convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", lc_record_get_id (convention), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (lc_person_get_status (person) == status)
        n++;
    }
  if (n_changes != NULL)
    *n_changes = lc_store_count (store, LC_TYPE_STATUS_CHANGE, "convention_id", lc_record_get_id (convention),
                                 NULL);
  return n;
}

static gboolean
has_statuses (guint confirmed,
              guint in_person)
{
  return count_status (LC_PARTICIPANT_STATUS_CONFIRMED, NULL) == confirmed
         && count_status (LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON, NULL) == in_person;
}

/* The row of the list that shows @name. */
static GtkWidget *
person_row (GtkWidget  *page,
            const char *name)
{
  GtkWidget *text = lc_test_wait_for_text (page, name);
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

/* Whether the row's line under the name starts with the sample's people's
 * category and @status, as a person reads it. */
static gboolean
row_says (GtkWidget  *row,
          const char *status)
{
  g_autofree char *words = g_strconcat (lc_participant_category_label (LC_PARTICIPANT_CATEGORY_PROGRAMME,
                                                                       lc_ui_language ()),
                                        C_("separator", " · "), status, NULL);

  return lc_test_find_starting (row, words) != NULL;
}

/* More Actions for People → Set Status of Selected People → @status. */
static void
set_status (GtkWidget  *page,
            const char *status)
{
  GtkWidget *menu_button = lc_test_find_activatable (lc_test_wait_for_text (page, _("More Actions for People")));
  GtkWidget *popover;

  lc_test_click (menu_button);
  LC_TEST_WAIT ((popover = lc_test_find_type (menu_button, GTK_TYPE_POPOVER)) != NULL, "the menu to open");
  lc_test_click (lc_test_wait_for_text (popover, _("Set _Status of Selected People")));
  lc_test_click (lc_test_wait_for_text (popover, status));
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the menu to close");
}

/* The name the list shows at @position, in the interface's language. */
static char *
name_at (GtkWidget *page,
         guint      position)
{
  g_autoptr(LcRecord) person = g_list_model_get_item (lc_speakers_page_get_shown (LC_SPEAKERS_PAGE (page)),
                                                      position);

  return g_strdup (lc_ui_text (person, "name", NULL));
}

static void
test_set_status (void)
{
  g_autofree char *first_name = NULL, *third_name = NULL;
  const char *confirmed = C_("participant status", "Confirmed");
  LcWindow *window = lc_journey_open_window (1200, 900);
  LcConventionView *view;
  GtkWidget *page, *first, *second, *filter;
  guint n_people, n_changes;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), "speakers") == 0, "People");
  page = lc_test_find_type (GTK_WIDGET (view), LC_TYPE_SPEAKERS_PAGE);
  n_people = g_list_model_get_n_items (lc_speakers_page_get_shown (LC_SPEAKERS_PAGE (page)));
  g_assert_cmpuint (count_status (LC_PARTICIPANT_STATUS_INVITED, NULL), ==, n_people);
  /* Two people on screen, one between them. */
  first_name = name_at (page, 0);
  third_name = name_at (page, 2);

  /* One click, one ctrl-click: two people chosen. */
  first = person_row (page, first_name);
  lc_test_click (first);
  LC_TEST_WAIT (n_selected (page) == 1, "one person chosen");
  second = person_row (page, third_name);
  lc_test_click_holding (second, "Control_L");
  LC_TEST_WAIT (n_selected (page) == 2, "two people chosen");

  set_status (page, confirmed);
  LC_TEST_WAIT (has_statuses (2, 0), "both confirmed in the library");
  g_assert_cmpuint (count_status (LC_PARTICIPANT_STATUS_INVITED, &n_changes), ==, n_people - 2);
  g_assert_cmpuint (n_changes, ==, 2);
  LC_TEST_WAIT (row_says (person_row (page, first_name), confirmed) && row_says (person_row (page, third_name), confirmed),
                "the rows to say Confirmed");
  /* The first one's details say since when, in the interface's words. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
    g_autofree char *shown = lc_format_date (today);
    g_autofree char *since = g_strdup_printf (_("%1$s since %2$s"), confirmed, shown);

    LC_TEST_WAIT (lc_test_shows_text (page, since), "the detail pane to say since when");
  }
  g_free (lc_test_ui_screenshot (GTK_WIDGET (window), "journey-participants-confirmed"));

  /* The status filter, with the keyboard: only those two. */
  filter = lc_test_wait_for_text (page, _("Show only people with this status: invited, confirmed, declined, "
                                          "attended or no-show"));
  lc_journey_choose (filter, confirmed);
  LC_TEST_WAIT (g_list_model_get_n_items (lc_speakers_page_get_shown (LC_SPEAKERS_PAGE (page))) == 2,
                "the filter to show the two confirmed");

  /* Ctrl+A in the list chooses both; a new status for both at once. */
  lc_test_click (person_row (page, first_name));
  lc_test_press ("<Control>a");
  LC_TEST_WAIT (n_selected (page) == 2, "Ctrl+A to choose both shown");
  set_status (page, C_("participant status", "Attended in person"));
  LC_TEST_WAIT (has_statuses (0, 2), "both attended in person");
  LC_TEST_WAIT (g_list_model_get_n_items (lc_speakers_page_get_shown (LC_SPEAKERS_PAGE (page))) == 0,
                "no one confirmed left in the list");

  /* One step back for both, and again. */
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (has_statuses (2, 0), "Ctrl+Z to give both back Confirmed");
  LC_TEST_WAIT (g_list_model_get_n_items (lc_speakers_page_get_shown (LC_SPEAKERS_PAGE (page))) == 2,
                "the two back in the list");
  count_status (LC_PARTICIPANT_STATUS_INVITED, &n_changes);
  g_assert_cmpuint (n_changes, ==, 2);
  lc_test_press ("<Control><Shift>z");
  LC_TEST_WAIT (has_statuses (0, 2), "Ctrl+Shift+Z to do it again");
  count_status (LC_PARTICIPANT_STATUS_INVITED, &n_changes);
  g_assert_cmpuint (n_changes, ==, 4);

  lc_journey_close_window (window);
}

/* The first person of the list as the library has them. */
static LcPerson *
stored_first (GtkWidget *page)
{
  g_autoptr(LcRecord) shown = g_list_model_get_item (lc_speakers_page_get_shown (LC_SPEAKERS_PAGE (page)), 0);
  g_autoptr(LcStore) store = lc_journey_open_library ();

  return lc_store_get (store, LC_TYPE_PERSON, lc_record_get_id (shown), NULL);
}

static gboolean
is_delegate_of (GtkWidget  *page,
                const char *words)
{
  g_autoptr(LcPerson) person = stored_first (page);

  return lc_person_get_category (person) == LC_PARTICIPANT_CATEGORY_DELEGATE
         && lc_person_get_represents (person) == LC_REPRESENTS_OTHER
         && g_strcmp0 (lc_person_get_represents_text (person, LC_LANGUAGE_ENGLISH), words) == 0;
}

/* In the editor: Category → Delegate, Represents → Someone else, the
 * words typed; Save; Ctrl+Z takes the edit back. */
static void
test_editor (void)
{
  const char *delegate = C_("participant category", "Delegate");
  LcWindow *window = lc_journey_open_window (1200, 900);
  LcConventionView *view;
  GtkWidget *page;
  GtkWindow *editor;
  GtkWidget *entry;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), "speakers") == 0, "People");
  page = lc_test_find_type (GTK_WIDGET (view), LC_TYPE_SPEAKERS_PAGE);
  {
    g_autofree char *first_name = name_at (page, 0);

    lc_test_click (person_row (page, first_name));
  }
  lc_journey_press_button (GTK_WIDGET (view), _("_Edit"));
  editor = lc_test_wait_for_window (LC_TYPE_PERSON_EDITOR, _("Edit Person"));
  lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (editor), _("Category")), delegate);
  lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (editor), _("Represents")), _("Someone else, in words"));
  entry = lc_journey_row_titled (GTK_WIDGET (editor), _("Represents, in English"));
  LC_TEST_WAIT (gtk_widget_get_mapped (entry), "the words' rows to show");
  lc_test_click (entry);
  lc_test_type ("Ministry of Education");
  g_object_ref (editor);
  lc_journey_press_button (GTK_WIDGET (editor), _("_Save"));
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);
  LC_TEST_WAIT (is_delegate_of (page, "Ministry of Education"), "the person a delegate of the ministry");

  lc_test_press ("<Control>z");
  LC_TEST_WAIT (!is_delegate_of (page, "Ministry of Education"), "Ctrl+Z to take the edit back");
  {
    g_autoptr(LcPerson) person = stored_first (page);

    g_assert_cmpint (lc_person_get_category (person), ==, LC_PARTICIPANT_CATEGORY_PROGRAMME);
    g_assert_cmpint (lc_person_get_represents (person), ==, LC_REPRESENTS_UNSET);
  }
  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/participants/set-status", test_set_status);
  g_test_add_func ("/journey/participants/editor", test_editor);
  return lc_journey_run ();
}
