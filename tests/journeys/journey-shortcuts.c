/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-check-in-window.h"
#include "lc-city-editor.h"
#include "lc-conflicts-pane.h"
#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-models.h"
#include "lc-person-editor.h"
#include "lc-preferences-window.h"
#include "lc-timeline-private.h"

/*
 * Every shortcut the shortcuts window lists, pressed as a person presses it
 * and checked by what it does. The last case opens the shortcuts window and
 * fails for any shortcut listed there that no case here pressed, so a new
 * shortcut cannot be advertised untested.
 */

#define SESSION_EN "Regional trends in learning cities"
#define SESSION_AR "الاتجاهات الإقليمية في مدن التعلم"

static GHashTable *pressed;   /* canonical accelerator names */
static GHashTable *listed;

static char *
canonical (const char *accelerator)
{
  guint key = 0;
  GdkModifierType mods = 0;

  if (!gtk_accelerator_parse (accelerator, &key, &mods))
    return g_strdup (accelerator);
  return gtk_accelerator_name (key, mods);
}

/* Presses a shortcut and remembers that it was tried. */
static void
press (const char *accelerator)
{
  g_hash_table_add (pressed, canonical (accelerator));
  lc_test_press (accelerator);
}

/* After a dialog closes, the keyboard is back in the main window, on a
 * control that is shown. */
static void
assert_focus_in (LcWindow *window)
{
  GtkWidget *focus;

  LC_TEST_WAIT (gtk_window_is_active (GTK_WINDOW (window)), "the window to have the keyboard back");
  LC_TEST_WAIT ((focus = gtk_root_get_focus (GTK_ROOT (window))) != NULL && gtk_widget_get_mapped (focus),
                "a shown control to have the focus");
}

/* Presses @accelerator, waits for a window of @type, closes it with
 * Escape, and checks where the keyboard is then. */
static void
opens_window (LcWindow   *window,
              const char *accelerator,
              GType       type,
              const char *title)
{
  GtkWindow *opened;

  press (accelerator);
  opened = lc_test_wait_for_window (type, title);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (opened);
  assert_focus_in (window);
}

static gboolean
item_exists (const char *title)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title);

  return item != NULL;
}

static gint64
stored_minute (const char *title,
               const char *field)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title);

  g_assert_nonnull (item);
  return lc_record_get_int (item, field);
}

static gint64
stored_minute_of (gint64      item_id,
                  const char *field)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_store_get (store, LC_TYPE_ITEM, item_id, NULL);

  g_assert_nonnull (item);
  return lc_record_get_int (item, field);
}

static gint64
stored_room (gint64 item_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_store_get (store, LC_TYPE_ITEM, item_id, NULL);

  g_assert_nonnull (item);
  return lc_record_get_int (item, "room-id");
}

static gint64
n_items (void)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, NULL);
  g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);

  return lc_store_count (store, LC_TYPE_ITEM, "convention_id", lc_record_get_id (convention), NULL);
}

static GtkWidget *
area (LcWindow *window,
      GType     type)
{
  return lc_test_find_type (GTK_WIDGET (lc_window_get_convention_view (window)), type);
}

static void
show_area (LcWindow   *window,
           const char *accelerator,
           const char *name)
{
  LcConventionView *view = lc_window_get_convention_view (window);

  press (accelerator);
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), name) == 0, name);
  lc_test_wait_for_idle ();
}

static void
search_has_focus (void)
{
  LC_TEST_WAIT (GTK_IS_TEXT (lc_test_focus_widget ())
                && gtk_widget_get_ancestor (lc_test_focus_widget (), GTK_TYPE_SEARCH_ENTRY) != NULL,
                "the search to have the keyboard");
}

/* The filters' drop-downs show their words whole, not "Moderat…". */
static gboolean
filters_whole (GtkWidget *root)
{
  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root) && gtk_widget_get_ancestor (root, GTK_TYPE_DROP_DOWN)
      && pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (root))))
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (!filters_whole (child))
      return FALSE;

  return TRUE;
}

static void
test_library (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);

  opens_window (window, "<Control><Shift>n", LC_TYPE_CONVENTION_DIALOG, _("New Convention"));
  opens_window (window, "<Control>o", GTK_TYPE_FILE_CHOOSER_DIALOG, _("Import Convention"));
  opens_window (window, "<Control>comma", LC_TYPE_PREFERENCES_WINDOW, NULL);

  /* The sample, then Ctrl+W closes the window. */
  press ("<Control><Shift>o");
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (window), "convention") == 0, "the sample");
  press ("<Control>w");
  lc_test_wait_window_gone ((GtkWindow *) window);   /* freed by now: compared, not used */

  /* Ctrl+Q closes every window. */
  window = lc_journey_open_window (1100, 760);
  press ("<Control>q");
  lc_test_wait_window_gone ((GtkWindow *) window);   /* freed by now: compared, not used */
  g_assert_null (lc_test_find_window (GTK_TYPE_WINDOW, NULL));
}

static void
test_convention (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  LcConventionView *view;
  GtkWidget *pane;
  const char *session = lc_journey_pick (SESSION_EN, SESSION_AR);
  gint64 before;

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);

  /* The areas. */
  show_area (window, "<Alt>2", "speakers");
  show_area (window, "<Alt>3", "cities");
  show_area (window, "<Alt>4", "declaration");
  show_area (window, "<Alt>5", "report");
  show_area (window, "<Alt>1", "agenda");

  /* The conflicts pane, open and closed. */
  press ("F9");
  LC_TEST_WAIT ((pane = lc_test_find_type (GTK_WIDGET (view), LC_TYPE_CONFLICTS_PANE)) != NULL, "the conflicts");
  /* Readable: wide enough for its words, the title on one line. */
  LC_TEST_WAIT (gtk_widget_get_width (pane) >= 300, "the pane at its full width");
  {
    GtkWidget *title = lc_test_wait_for_text (pane, _("No Conflicts"));

    g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (title))), ==, 1);
  }
  press ("F9");
  LC_TEST_WAIT (lc_test_find_type (GTK_WIDGET (view), LC_TYPE_CONFLICTS_PANE) == NULL, "the conflicts to close");

  /* The door's window (journey-checkin uses it), closed with Escape. */
  press ("<Control><Shift>k");
  {
    GtkWindow *door = lc_test_wait_for_window (LC_TYPE_CHECK_IN_WINDOW, _("Check-in"));

    lc_test_focus_window (door);
    lc_test_press ("Escape");
    lc_test_wait_window_gone (door);
  }
  lc_test_focus_window (GTK_WINDOW (window));

  /* Merge Changes… (journey-exchange-merge merges through it): the file
   * chooser, closed with Escape. */
  press ("<Control><Shift>m");
  {
    GtkWindow *chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Merge Changes"));

    lc_test_press ("Escape");
    lc_test_wait_window_gone (chooser);
  }
  lc_test_focus_window (GTK_WINDOW (window));

  /* Search in each area that has one. */
  press ("<Control>f");
  search_has_focus ();
  lc_test_type (lc_journey_pick ("Dhuhr", "الظهر"));
  LC_TEST_WAIT (!lc_test_shows_text (area (window, LC_TYPE_AGENDA_PAGE), session), "the search to narrow the list");
  lc_test_press ("Escape");
  lc_test_wait_for_text (area (window, LC_TYPE_AGENDA_PAGE), session);
  show_area (window, "<Alt>2", "speakers");
  {
    /* A filter's longest choice, chosen, still reads whole. */
    GtkWidget *speakers = area (window, g_type_from_name ("LcSpeakersPage"));
    GtkWidget *role = lc_test_find_activatable (lc_test_wait_for_text (speakers, C_("filter", "Any Role")));

    lc_test_click (role);
    lc_journey_arrow_to ("Down", C_("filter", "Moderators"));
    lc_test_press ("Return");
    lc_test_wait_for_text (speakers, C_("filter", "Moderators"));
    LC_TEST_WAIT (filters_whole (speakers), "the filters to read whole");
    lc_test_click (lc_test_find_activatable (lc_test_find_text (speakers, C_("filter", "Moderators"))));
    lc_journey_arrow_to ("Up", C_("filter", "Any Role"));
    lc_test_press ("Return");
    lc_test_wait_for_text (speakers, C_("filter", "Any Role"));
  }
  press ("<Control>f");
  search_has_focus ();
  show_area (window, "<Alt>3", "cities");
  press ("<Control>f");
  search_has_focus ();

  /* Add, in each area. */
  show_area (window, "<Alt>1", "agenda");
  opens_window (window, "<Control>n", LC_TYPE_ITEM_EDITOR, _("New Item"));
  show_area (window, "<Alt>2", "speakers");
  opens_window (window, "<Control>n", LC_TYPE_PERSON_EDITOR, NULL);
  show_area (window, "<Alt>3", "cities");
  opens_window (window, "<Control>n", LC_TYPE_CITY_EDITOR, NULL);
  show_area (window, "<Alt>1", "agenda");

  /* The convention's dialogs. */
  opens_window (window, "<Alt>Return", LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  opens_window (window, "<Control>e", GTK_TYPE_FILE_CHOOSER_DIALOG, _("Share Convention"));
  /* Send Changes…: no name is set here, so it asks for one first. */
  opens_window (window, "<Control><Shift>s", ADW_TYPE_MESSAGE_DIALOG, _("Your Name"));
  opens_window (window, "<Control><Shift>e", ADW_TYPE_MESSAGE_DIALOG, _("Export Agenda as PDF"));
  /* GtkPrintUnixDialog, a GtkDialog (its header is not in gtk.h). */
  opens_window (window, "<Control>p", GTK_TYPE_DIALOG, NULL);

  /* The selected item: edit, duplicate, move, menu, delete; undo, redo. */
  lc_test_click (lc_test_wait_for_text (area (window, LC_TYPE_AGENDA_PAGE), session));
  opens_window (window, "Return", LC_TYPE_ITEM_EDITOR, _("Edit Item"));

  before = n_items ();
  press ("<Control>d");
  LC_TEST_WAIT (n_items () == before + 1, "a duplicate in the library");
  press ("<Control>z");
  LC_TEST_WAIT (n_items () == before, "the duplicate undone");

  lc_test_click (lc_test_wait_for_text (area (window, LC_TYPE_AGENDA_PAGE), session));
  press ("<Alt>Down");
  LC_TEST_WAIT (stored_minute (SESSION_EN, "start-minute") == 11 * 60 + 35, "5 minutes later");
  press ("<Alt>Up");
  LC_TEST_WAIT (stored_minute (SESSION_EN, "start-minute") == 11 * 60 + 30, "5 minutes earlier");

  press ("<Shift>F10");
  lc_test_wait_for_text_in_windows (_("D_uplicate"));
  lc_test_press ("Escape");
  LC_TEST_WAIT (lc_test_find_text_in_windows (_("D_uplicate")) == NULL, "the menu to close");
  lc_test_wait_for_idle ();

  press ("Delete");
  LC_TEST_WAIT (!item_exists (SESSION_EN), "the item deleted");
  press ("<Control>z");
  LC_TEST_WAIT (item_exists (SESSION_EN), "the deletion undone");
  press ("<Control><Shift>z");
  LC_TEST_WAIT (!item_exists (SESSION_EN), "the deletion redone");
  press ("<Control>z");
  LC_TEST_WAIT (item_exists (SESSION_EN), "undone again");
  press ("<Control>y");
  LC_TEST_WAIT (!item_exists (SESSION_EN), "redone with Ctrl+Y");
  press ("<Control>z");
  LC_TEST_WAIT (item_exists (SESSION_EN), "back");

  /* Back to all conventions. */
  press ("<Alt>Left");
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (window), "library") == 0, "the library");

  lc_journey_close_window (window);
}

static gint64
focus_item (LcTimeline *timeline)
{
  return lc_timeline_get_focus_item (timeline);
}

static void
test_timeline (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  GtkWidget *agenda, *timeline;
  gint64 first, last, item, room;
  graphene_rect_t rect;
  g_autofree char *dragging = NULL;
  int start, end;

  lc_journey_open_sample (window);
  agenda = area (window, LC_TYPE_AGENDA_PAGE);
  lc_journey_press_button (agenda, C_("agenda view", "_Timeline"));
  LC_TEST_WAIT ((timeline = lc_test_find_type (agenda, LC_TYPE_TIMELINE)) != NULL, "the timeline");
  lc_journey_tab_to (timeline);

  press ("Home");
  LC_TEST_WAIT ((first = focus_item (LC_TIMELINE (timeline))) != 0, "the first item");
  press ("End");
  LC_TEST_WAIT ((last = focus_item (LC_TIMELINE (timeline))) != first, "the last item");
  press ("Up");
  LC_TEST_WAIT (focus_item (LC_TIMELINE (timeline)) != last, "the item above");
  press ("Down");
  LC_TEST_WAIT (focus_item (LC_TIMELINE (timeline)) == last, "back down");
  press ("Home");
  press ("Right");
  press ("Left");
  LC_TEST_WAIT (focus_item (LC_TIMELINE (timeline)) != 0, "an item");

  /* Open it; move it in time, change its end, move it to the room beside. */
  item = focus_item (LC_TIMELINE (timeline));
  opens_window (window, "Return", LC_TYPE_ITEM_EDITOR, _("Edit Item"));
  LC_TEST_WAIT (lc_timeline_get_item_rect (LC_TIMELINE (timeline), item, &rect), "the item's block");
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(LcRecord) record = lc_store_get (store, LC_TYPE_ITEM, item, NULL);

    start = (int) lc_record_get_int (record, "start-minute");
    end = (int) lc_record_get_int (record, "end-minute");
    room = lc_record_get_int (record, "room-id");
  }
  lc_journey_tab_to (timeline);
  press ("<Alt>Down");
  LC_TEST_WAIT (stored_minute_of (item, "start-minute") == start + 5, "5 minutes later");
  press ("<Alt>Up");
  LC_TEST_WAIT (stored_minute_of (item, "start-minute") == start, "5 minutes earlier");
  press ("<Alt><Shift>Down");
  LC_TEST_WAIT (stored_minute_of (item, "end-minute") == end + 5, "ending 5 minutes later");
  press ("<Alt><Shift>Up");
  LC_TEST_WAIT (stored_minute_of (item, "end-minute") == end, "ending as before");
  press (gtk_widget_get_direction (timeline) == GTK_TEXT_DIR_RTL ? "<Shift><Alt>Left" : "<Shift><Alt>Right");
  LC_TEST_WAIT (stored_room (item) != room, "the room beside");
  press (gtk_widget_get_direction (timeline) == GTK_TEXT_DIR_RTL ? "<Shift><Alt>Right" : "<Shift><Alt>Left");
  LC_TEST_WAIT (stored_room (item) == room, "the room it was in");

  /* Escape drops a drag under way: the item stays where it was. */
  LC_TEST_WAIT (lc_timeline_get_item_rect (LC_TIMELINE (timeline), item, &rect), "the item's block");
  lc_test_pointer_down (timeline, rect.origin.x + rect.size.width / 2, rect.origin.y + 4);
  lc_test_pointer_move (timeline, rect.origin.x + rect.size.width / 2, rect.origin.y + 4,
                        rect.origin.x + rect.size.width / 2, rect.origin.y + 60);
  LC_TEST_WAIT ((dragging = lc_timeline_dup_drag_text (LC_TIMELINE (timeline))) != NULL, "the drag to show");
  g_clear_pointer (&dragging, g_free);
  press ("Escape");
  LC_TEST_WAIT ((dragging = lc_timeline_dup_drag_text (LC_TIMELINE (timeline))) == NULL, "the drag to stop");
  lc_test_pointer_up ();
  lc_test_wait_for_idle ();
  g_assert_cmpint (stored_minute_of (item, "start-minute"), ==, start);

  lc_journey_close_window (window);
}

static void
collect_listed (GtkWidget *root)
{
  if (GTK_IS_SHORTCUTS_SHORTCUT (root))
    {
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;

      g_object_get (root, "accelerator", &accelerator, "action-name", &action, NULL);
      if (action != NULL)
        {
          GtkApplication *app = GTK_APPLICATION (g_application_get_default ());
          g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, action);

          g_assert_true (accels != NULL && accels[0] != NULL);
          for (guint i = 0; accels[i]; i++)
            g_hash_table_add (listed, canonical (accels[i]));
        }
      else if (accelerator != NULL)
        {
          g_auto(GStrv) keys = g_strsplit (accelerator, " ", -1);

          for (guint i = 0; keys[i]; i++)
            if (*keys[i] != '\0')
              g_hash_table_add (listed, canonical (keys[i]));
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    collect_listed (child);
}

/* What this process put on the clipboard, as text; NULL for nothing. */
static char *
clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);
  if (content == NULL || !gdk_content_provider_get_value (content, &value, NULL))
    return NULL;
  return g_value_dup_string (&value);
}

static gboolean
clipboard_has (GtkWidget  *widget,
               const char *text)
{
  g_autofree char *copied = clipboard_text (widget);

  return copied != NULL && strstr (copied, text) != NULL;
}

/* The first row of @type under @root that is on screen. */
static GtkWidget *
mapped_of_type (GtkWidget *root,
                GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && gtk_widget_get_mapped (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = mapped_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Ctrl+C on a person of the Speakers list copies their details, in the
 * interface's language. */
static void
test_speakers (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  const char *name = lc_journey_pick ("Khalid Al-Salem", "خالد السالم");
  const char *organisation = lc_journey_pick ("Royal Commission for Jubail and Yanbu", "الهيئة الملكية للجبيل وينبع");
  GtkWidget *speakers, *row;

  lc_journey_open_sample (window);
  show_area (window, "<Alt>2", "speakers");
  speakers = area (window, g_type_from_name ("LcSpeakersPage"));
  press ("<Control>f");
  lc_test_type (lc_journey_pick ("Al-Salem", "السالم"));
  lc_test_press ("Return");
  LC_TEST_WAIT (lc_test_shows_text (speakers, name), "the person's details shown");
  LC_TEST_WAIT ((row = mapped_of_type (speakers, g_type_from_name ("LcPersonRow"))) != NULL, "the person's row");
  lc_test_click (row);
  LC_TEST_WAIT (!GTK_IS_EDITABLE (lc_test_focus_widget ()) && !GTK_IS_TEXT (lc_test_focus_widget ()),
                "the keyboard in the list");
  press ("<Control>c");
  LC_TEST_WAIT (clipboard_has (speakers, name), "the details on the clipboard");
  g_assert_true (clipboard_has (speakers, organisation));

  lc_journey_close_window (window);
}

/* A new convention has no items: its agenda shows the Add Item button in
 * place of the list. When the area with the keyboard goes, the window
 * gives it to the agenda: to the button, not to the hidden list (where
 * the keys went nowhere, and Alt+Return, now and then right after New
 * Convention, did nothing). */
static void
test_empty_convention (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  GtkWidget *view;
  GtkWindow *details;

  lc_journey_new_convention (window, lc_journey_pick ("Seventh Convention", "الملتقى السابع"));
  view = GTK_WIDGET (lc_window_get_convention_view (window));
  LC_TEST_WAIT (gtk_widget_get_mapped (view), "the convention to be shown");
  lc_test_wait_for_text (view, _("No Agenda Items"));

  /* To People and back: the keyboard follows to the area shown. */
  press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (LC_CONVENTION_VIEW (view)), "speakers") == 0, "People");
  assert_focus_in (window);
  press ("<Alt>1");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (LC_CONVENTION_VIEW (view)), "agenda") == 0, "the Agenda");
  assert_focus_in (window);

  press ("<Alt>Return");
  details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  lc_test_press ("Escape");
  lc_test_wait_window_gone (details);
  assert_focus_in (window);

  lc_journey_close_window (window);
}

static void
test_every_listed_shortcut_pressed (void)
{
  LcWindow *window = lc_journey_open_window (1100, 760);
  GtkWindow *help;
  GHashTableIter iter;
  gpointer key;
  g_autoptr(GString) untested = g_string_new (NULL);

  press ("<Control>question");
  help = lc_test_wait_for_window (GTK_TYPE_SHORTCUTS_WINDOW, NULL);
  collect_listed (GTK_WIDGET (help));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (help), "journey-shortcuts-window"));
  g_assert_cmpuint (g_hash_table_size (listed), >, 20);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (help);
  assert_focus_in (window);

  g_hash_table_iter_init (&iter, listed);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (pressed, key))
      g_string_append_printf (untested, " %s", (const char *) key);
  if (untested->len > 0)
    g_error ("listed in the shortcuts window but pressed by no journey:%s", untested->str);

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  pressed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_test_add_func ("/journey/shortcuts/library", test_library);
  g_test_add_func ("/journey/shortcuts/convention", test_convention);
  g_test_add_func ("/journey/shortcuts/timeline", test_timeline);
  g_test_add_func ("/journey/shortcuts/speakers", test_speakers);
  g_test_add_func ("/journey/shortcuts/empty-convention", test_empty_convention);
  /* Last: it checks what the cases above pressed. */
  g_test_add_func ("/journey/shortcuts/every-listed-shortcut-pressed", test_every_listed_shortcut_pressed);

  return lc_journey_run ();
}
