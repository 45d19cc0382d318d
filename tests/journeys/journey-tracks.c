/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-agenda-row.h"
#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-rooms-group.h"
#include "lc-tracks.h"

/*
 * A convention's tracks and its items' kinds, as a person sets them: in the
 * sample convention, open its details and add a track by typing its name;
 * open an item of the agenda, put it in that track and make it a workshop
 * with the keyboard; then show only that track in the agenda's list. The
 * rows the list shows, the item's row and the library must all agree.
 */

#define SESSION_EN "Regional trends in learning cities"
#define SESSION_AR "الاتجاهات الإقليمية في مدن التعلم"

static GtkWidget *
agenda_page (LcWindow *window)
{
  return lc_test_find_type (GTK_WIDGET (window), LC_TYPE_AGENDA_PAGE);
}

/* The ids of the items among the list's rows, as "id|id|…". */
static char *
listed_items (LcWindow *window)
{
  GListModel *rows = lc_agenda_page_get_rows (LC_AGENDA_PAGE (agenda_page (window)));
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (LC_IS_ITEM (row))
        g_string_append_printf (ids, "%s%" G_GINT64_FORMAT, ids->len ? "|" : "", lc_record_get_id (LC_RECORD (row)));
    }
  return g_string_free (ids, FALSE);
}

static gboolean
lists_only (LcWindow *window,
            gint64    item_id)
{
  g_autofree char *listed = listed_items (window);
  g_autofree char *expected = g_strdup_printf ("%" G_GINT64_FORMAT, item_id);

  return g_strcmp0 (listed, expected) == 0;
}

static void
test_tracks (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  const char *track_name = lc_journey_pick ("Digital learning", "التعلم الرقمي");
  const char *session = lc_journey_pick (SESSION_EN, SESSION_AR);
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(GListStore) tracks = NULL;
  g_autoptr(LcRecord) track = NULL;
  GtkWindow *details, *dialog, *editor;
  GtkWidget *label, *dropdown, *popover, *row;
  gint64 item_id;

  lc_journey_open_sample (window);

  /* Convention Details (Alt+Return): Add Track…, its name typed, Enter. */
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (window))), "the convention to be shown");
  lc_test_press ("<Alt>Return");
  details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  g_assert_true (lc_test_shows_text (GTK_WIDGET (details), _("No tracks yet")));
  lc_journey_press_button (GTK_WIDGET (details), _("Add _Track…"));
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Add Track"));
  lc_test_type (track_name);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  lc_test_wait_for_text (GTK_WIDGET (details), track_name);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (details);

  /* The session's editor: its track, and the kind Workshop. */
  label = lc_test_wait_for_text (agenda_page (window), session);
  lc_test_scroll_into_view (label);
  lc_test_click (label);
  LC_TEST_WAIT ((item_id = lc_agenda_page_get_selected_id (LC_AGENDA_PAGE (agenda_page (window)))) != 0,
                "a selected row");
  lc_test_press ("Return");
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("Edit Item"));
  lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (editor), _("Kind")), C_("item kind", "Workshop"));
  lc_journey_choose (lc_journey_row_titled (GTK_WIDGET (editor), _("Track")), track_name);
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (editor), _("Ends At")));
  lc_test_press ("Return");
  lc_test_wait_window_gone (editor);

  /* Its row says both, in words (the kind with the item's number), with
   * the workshop's icon. */
  LC_TEST_WAIT ((row = lc_agenda_page_get_row_widget (LC_AGENDA_PAGE (agenda_page (window)), item_id)) != NULL
                && (label = lc_test_find_starting (row, C_("item kind", "Workshop"))) != NULL
                && g_str_has_suffix (gtk_label_get_text (GTK_LABEL (label)), track_name),
                "the row to show the kind and the track");
  {
    GtkWidget *image = lc_test_find_type (row, GTK_TYPE_IMAGE);

    g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==, "lc-kind-workshop-symbolic");
  }

  /* The list narrowed to the track, from the drop-down beside the search. */
  g_assert_false (lists_only (window, item_id));
  /* The day selector beside it is a drop-down too, hidden while the list
   * shows: the one that shows is the tracks'. */
  dropdown = NULL;
  for (GtkWidget *w = lc_test_find_type (agenda_page (window), GTK_TYPE_SEARCH_ENTRY);
       w != NULL && dropdown == NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_DROP_DOWN (w) && gtk_widget_get_visible (w))
      dropdown = w;
  g_assert_nonnull (dropdown);
  lc_test_click (dropdown);
  LC_TEST_WAIT ((popover = lc_test_find_type (dropdown, GTK_TYPE_POPOVER)) != NULL
                && gtk_widget_get_mapped (popover), "the list of tracks");
  lc_journey_arrow_to ("Down", track_name);
  lc_test_press ("Return");
  LC_TEST_WAIT (lists_only (window, item_id), "the list to show the track's one item");
  g_assert_true (lc_test_shows_text (agenda_page (window), session));

  /* The library holds the track, and the item in it as a workshop. */
  store = lc_journey_open_library ();
  item = lc_store_get (store, LC_TYPE_ITEM, item_id, NULL);
  tracks = lc_store_list (store, LC_TYPE_TRACK, "convention_id", lc_item_get_convention_id (LC_ITEM (item)), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tracks)), ==, 1);
  track = g_list_model_get_item (G_LIST_MODEL (tracks), 0);
  g_assert_cmpstr (lc_record_get_string (track, lc_journey_pick ("name-en", "name-ar")), ==, track_name);
  g_assert_cmpint (lc_item_get_kind (LC_ITEM (item)), ==, LC_ITEM_KIND_WORKSHOP);
  g_assert_cmpint (lc_item_get_track_id (LC_ITEM (item)), ==, lc_record_get_id (track));

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/tracks/add-tag-filter-kind", test_tracks);
  return lc_journey_run ();
}
