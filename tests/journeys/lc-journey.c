/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-models.h"
#include "lc-util.h"
#include "lc-test-util.h"

static char *tmpdir;
static char *library_path;
static LcApplication *app;

/* The app the system opens exported files with, here: one that notes
 * which file it was asked to open, so a test can check an Open button. */
static void
install_opener (void)
{
  g_autofree char *apps = g_build_filename (tmpdir, "applications", NULL);
  g_autofree char *script = g_build_filename (tmpdir, "opener.sh", NULL);
  g_autofree char *desktop = g_build_filename (apps, "lc-test-opener.desktop", NULL);
  g_autofree char *mimeapps = g_build_filename (tmpdir, "mimeapps.list", NULL);
  g_autofree char *opened = g_build_filename (tmpdir, "opened.txt", NULL);
  g_autofree char *entry = NULL;
  const char *types[] = { "application/pdf", "application/json", "text/calendar", "application/xml", "text/xml" };
  g_autoptr(GString) defaults = g_string_new ("[Default Applications]\n");
  g_autoptr(GError) error = NULL;

  g_mkdir_with_parents (apps, 0700);
  g_file_set_contents (script, "#!/bin/sh\nprintf '%s\\n' \"$1\" >> \"$LC_JOURNEY_OPENED\"\n", -1, &error);
  g_assert_no_error (error);
  g_chmod (script, 0700);
  entry = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Opener\nExec=%s %%f\nNoDisplay=true\n"
                           "MimeType=application/pdf;application/json;text/calendar;application/xml;text/xml;\n",
                           script);
  g_file_set_contents (desktop, entry, -1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    g_string_append_printf (defaults, "%s=lc-test-opener.desktop\n", types[i]);
  g_file_set_contents (mimeapps, defaults->str, -1, &error);
  g_assert_no_error (error);
  g_setenv ("LC_JOURNEY_OPENED", opened, TRUE);
}

/**
 * lc_journey_opened_files:
 *
 * Returns: (transfer full): the files the system was asked to open (by an
 *   Open button), one per line, or ""
 */
char *
lc_journey_opened_files (void)
{
  char *contents = NULL;

  if (!g_file_get_contents (g_getenv ("LC_JOURNEY_OPENED"), &contents, NULL, NULL))
    return g_strdup ("");
  return contents;
}

/**
 * lc_journey_init:
 *
 * Starts GTK in the test's language (LC_TEST_LOCALE), checks that real input
 * can be sent, makes every warning fatal and registers the application, so
 * its keyboard shortcuts are set as when a person starts it.
 */
void
lc_journey_init (int    *argc,
                 char ***argv)
{
  g_autoptr(GError) error = NULL;

  tmpdir = lc_test_make_tmpdir ();
  library_path = g_build_filename (tmpdir, "library.db", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", tmpdir, TRUE);
  g_setenv ("HOME", tmpdir, TRUE);
  /* GTK's Print to File writes beside the working folder by default. */
  g_assert_cmpint (g_chdir (tmpdir), ==, 0);
  install_opener ();

  lc_test_ui_init (argc, argv);
  lc_test_input_init ();
  lc_test_fail_on_warnings ();

  app = lc_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

int
lc_journey_run (void)
{
  int status = g_test_run ();

  g_clear_object (&app);
  lc_test_remove_tree (tmpdir);
  g_clear_pointer (&tmpdir, g_free);
  g_clear_pointer (&library_path, g_free);
  return status;
}

const char *
lc_journey_tmpdir (void)
{
  return tmpdir;
}

const char *
lc_journey_library_path (void)
{
  return lc_application_get_database_path (app);
}

/**
 * lc_journey_open_library:
 *
 * Returns: (transfer full): a connection of the test's own to the library
 *   the window uses, to check what it holds
 */
LcStore *
lc_journey_open_library (void)
{
  g_autoptr(GError) error = NULL;
  LcStore *store = lc_store_open (lc_journey_library_path (), &error);

  g_assert_no_error (error);
  return store;
}

static void
remove_library (void)
{
  const char *suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *path = g_strconcat (lc_journey_library_path (), suffixes[i], NULL);

      g_unlink (path);
    }
}

/**
 * lc_journey_open_window:
 *
 * Opens the window on a new, empty library, shows it at the given size and
 * gives it the keyboard.
 */
LcWindow *
lc_journey_open_window (int width,
                        int height)
{
  LcWindow *window;

  remove_library ();
  window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  lc_test_focus_window (GTK_WINDOW (window));
  lc_test_wait_for_idle ();

  return window;
}

void
lc_journey_close_window (LcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Dialogs a failed step left open go with it. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i - 1);

      if (top != GTK_WINDOW (window))
        gtk_window_destroy (top);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  lc_test_wait_for_idle ();
}

/**
 * lc_journey_open_sample:
 *
 * From the library page, opens the sample convention with its shortcut and
 * waits until its agenda is shown.
 */
void
lc_journey_open_sample (LcWindow *window)
{
  g_assert_cmpstr (lc_window_get_page (window), ==, "library");
  lc_test_press ("<Control><Shift>o");
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (window), "convention") == 0, "the sample to open");
  lc_test_wait_for_idle ();
}

/**
 * lc_journey_save_as:
 * @chooser: a save dialog, open
 * @path: the whole path to save to
 *
 * In a save dialog the name field has the keyboard: replaces the name
 * with @path, presses Enter, and waits for the dialog to go.
 */
void
lc_journey_save_as (GtkWindow  *chooser,
                    const char *path)
{
  lc_test_press ("<Control>a");
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
}

/**
 * lc_journey_press_button:
 * @root: where the button is
 * @text: its label or, for an icon button, its tooltip
 *
 * Clicks the button a person finds by that text.
 *
 * Returns: (transfer none): the button
 */
GtkWidget *
lc_journey_press_button (GtkWidget  *root,
                         const char *text)
{
  GtkWidget *button = lc_test_find_activatable (lc_test_wait_for_text (root, text));

  lc_test_click (button);
  return button;
}

/**
 * lc_journey_choose_menu_item:
 * @root: where the menu button is
 * @menu_tooltip: the menu button's tooltip, e.g. "Main Menu"
 * @item: the menu item's label, mnemonic allowed
 *
 * Opens the menu with a click and clicks the item.
 */
void
lc_journey_choose_menu_item (GtkWidget  *root,
                             const char *menu_tooltip,
                             const char *item)
{
  GtkWidget *menu_button = lc_test_find_activatable (lc_test_wait_for_text (root, menu_tooltip));
  GtkWidget *popover;
  GtkWidget *entry;

  lc_test_click (menu_button);
  LC_TEST_WAIT ((popover = lc_test_find_type (menu_button, GTK_TYPE_POPOVER)) != NULL, "the menu to open");
  entry = lc_test_wait_for_text (popover, item);
  lc_test_click (entry);
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the menu to close");
}

static gboolean
focus_within (GtkWidget *target)
{
  GtkWidget *focus = lc_test_focus_widget ();

  return focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target));
}

/* Presses @key and waits until the keyboard focus has moved: under load
 * the key may be handled after the main loop first goes idle, and pressing
 * again before it is would move the focus twice (past the wanted row of a
 * list, which does not wrap round). */
static void
press_moving_focus (const char *key)
{
  GtkWidget *before = lc_test_focus_widget ();

  lc_test_press (key);
  lc_test_wait_for_idle ();
  LC_TEST_WAIT (lc_test_focus_widget () != before, key);
  if (g_getenv ("LC_JOURNEY_DEBUG"))
    g_printerr ("%s: focus %s\n", key, lc_test_focus_widget () ? G_OBJECT_TYPE_NAME (lc_test_focus_widget ()) : "none");
}

/**
 * lc_journey_tab_to:
 * @target: a control of the active window
 *
 * Presses Tab until the keyboard focus is on @target (or inside it), as a
 * person does who watches where the focus ring goes. Fails after 60 presses.
 */
void
lc_journey_tab_to (GtkWidget *target)
{
  for (guint i = 0; !focus_within (target); i++)
    {
      if (i == 60)
        g_error ("Tab never reached the %s", G_OBJECT_TYPE_NAME (target));
      press_moving_focus ("Tab");
    }
}

static gboolean
focus_shows (const char *text)
{
  GtkWidget *focus = lc_test_focus_widget ();

  return focus != NULL && lc_test_find_text (focus, text) != NULL;
}

/**
 * lc_journey_arrow_to:
 * @key: the arrow key to press, such as "Down"
 * @text: what the wanted row shows
 *
 * In the list of an open drop-down or combo row, presses @key until the
 * focused row shows @text, one row at a time. Fails after 60 presses, or
 * when the focus stops moving.
 */
void
lc_journey_arrow_to (const char *key,
                     const char *text)
{
  /* The list's popover takes the keyboard once it is shown, which under
   * load comes after the click or key that opened it: a key pressed before
   * would go to the button. */
  LC_TEST_WAIT (lc_test_focus_widget () != NULL
                && gtk_widget_get_ancestor (lc_test_focus_widget (), GTK_TYPE_POPOVER) != NULL
                && gtk_widget_get_mapped (lc_test_focus_widget ()),
                "the open list to have the keyboard");
  for (guint i = 0; !focus_shows (text); i++)
    {
      if (i == 60)
        g_error ("%s never reached “%s”", key, text);
      press_moving_focus (key);
    }
}

static gboolean
is_header_label (GtkWidget    *widget,
                 gconstpointer text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0
         && gtk_widget_is_drawable (widget) && gtk_widget_get_ancestor (widget, ADW_TYPE_HEADER_BAR) != NULL;
}

/**
 * lc_journey_header_label:
 * @root: where to look
 * @text: a text, such as the open convention's title
 *
 * Returns: (transfer none) (nullable): a label showing exactly @text, drawn
 *   inside a header bar
 */
GtkWidget *
lc_journey_header_label (GtkWidget  *root,
                         const char *text)
{
  return lc_test_ui_find_matching (root, is_header_label, text);
}

/**
 * lc_journey_rows_shown:
 * @list: a list of AdwPreferencesRows (rooms, organisations)
 * @subtitles: whether each row is "title/subtitle" (AdwActionRows)
 *
 * Returns: (transfer full): the rows as shown, in order, joined by "|"
 */
char *
lc_journey_rows_shown (GtkListBox *list,
                       gboolean    subtitles)
{
  GString *rows = g_string_new (NULL);
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
    {
      g_string_append_printf (rows, "%s%s", i ? "|" : "", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      if (subtitles)
        g_string_append_printf (rows, "/%s", adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
    }
  return g_string_free (rows, FALSE);
}

/**
 * lc_journey_row_titled:
 * @root: where to look
 * @title: the title a row shows, such as an AdwActionRow's or an entry
 *   row's, or an agenda row's
 *
 * Returns: (transfer none): the list row (or other row widget) showing @title
 */
GtkWidget *
lc_journey_row_titled (GtkWidget  *root,
                       const char *title)
{
  GtkWidget *label = lc_test_wait_for_text (root, title);
  GtkWidget *row = gtk_widget_get_ancestor (label, ADW_TYPE_PREFERENCES_ROW);

  if (row == NULL)
    row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
  if (row == NULL)
    row = label;

  return row;
}

/**
 * lc_journey_pick:
 *
 * Returns: @english in the English run, @arabic in the Arabic one (for
 *   what the test types or looks for in the convention's own texts)
 */
const char *
lc_journey_pick (const char *english,
                 const char *arabic)
{
  return lc_test_ui_is_arabic () ? arabic : english;
}

/**
 * lc_journey_digits:
 * @text: a text written with ASCII digits
 *
 * @text with the digits a person reads in the journey's language:
 * Arabic-Indic in Arabic. Written here rather than taken from the app, so
 * that the app's digits are checked.
 *
 * Returns: (transfer full): the text
 */
char *
lc_journey_digits (const char *text)
{
  gboolean arabic = lc_test_ui_is_arabic ();
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (arabic && g_ascii_isdigit (*p))
      g_string_append_unichar (out, 0x0660 + (*p - '0'));
    else
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* The first record of @type in the library's conventions whose English or
 * Arabic @field is @text. */
static LcRecord *
find_named (LcStore    *store,
            GType       type,
            const char *field,
            const char *text)
{
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, NULL);
  g_autofree char *en = g_strconcat (field, "-en", NULL);
  g_autofree char *ar = g_strconcat (field, "-ar", NULL);

  for (guint c = 0; conventions && c < g_list_model_get_n_items (G_LIST_MODEL (conventions)); c++)
    {
      g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), c);
      g_autoptr(GListStore) records = lc_store_list_for_convention (store, type, lc_record_get_id (convention), NULL);

      for (guint i = 0; records && i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
        {
          g_autoptr(LcRecord) record = g_list_model_get_item (G_LIST_MODEL (records), i);

          if (g_strcmp0 (lc_record_get_string (record, en), text) == 0
              || g_strcmp0 (lc_record_get_string (record, ar), text) == 0)
            return g_steal_pointer (&record);
        }
    }

  return NULL;
}

/**
 * lc_journey_find_item:
 *
 * Returns: (transfer full) (nullable): the item of the library whose
 *   English or Arabic title is @title
 */
LcRecord *
lc_journey_find_item (LcStore    *store,
                      const char *title)
{
  return find_named (store, LC_TYPE_ITEM, "title", title);
}

/**
 * lc_journey_find_person:
 *
 * Returns: (transfer full) (nullable): the person of the library whose
 *   English or Arabic name is @name
 */
LcRecord *
lc_journey_find_person (LcStore    *store,
                        const char *name)
{
  return find_named (store, LC_TYPE_PERSON, "name", name);
}

/**
 * lc_journey_format_date:
 *
 * Returns: (transfer full): @iso_date as the app writes it for the reader
 *   (the test's own expectation comes from the same words and digits)
 */
char *
lc_journey_format_date (const char *iso_date)
{
  return lc_format_date (iso_date);
}

/**
 * lc_journey_choose:
 * @row: a combo row
 * @choice: what a person reads in its list
 *
 * Opens the row's list with Enter, reaches @choice with the arrows and
 * takes it with Enter, as a person choosing with the keyboard.
 */
void
lc_journey_choose (GtkWidget  *row,
                   const char *choice)
{
  GtkWidget *popover;

  lc_journey_tab_to (row);
  lc_test_press ("Return");
  LC_TEST_WAIT ((popover = lc_test_find_type (row, GTK_TYPE_POPOVER)) != NULL, "the row's list");
  lc_journey_arrow_to ("Down", choice);
  lc_test_press ("Return");
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the list to close");
  LC_TEST_WAIT (lc_test_shows_text (row, choice), "the row to show the choice");
}

static gpointer
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;   /* the widget keeps it */
    }
  return NULL;
}

static void
on_drag_begin_cb (GtkDragSource  *source,
                  GdkDrag        *drag,
                  GdkDrag       **out)
{
  g_set_object (out, drag);
}

/**
 * lc_journey_drag_row:
 * @list: a list of Convention Details (rooms, tracks, places…)
 * @from: the row dragged
 * @to: the row it is dropped on
 *
 * Drags row @from's handle onto row @to with the pointer, as a hand does,
 * each step once GTK has seen the last: press, move until the drag has
 * begun, move onto the other row until it accepts the drop (the X server's
 * drag-and-drop answers in messages of its own), release.
 */
void
lc_journey_drag_row (GtkListBox *list,
                     int         from,
                     int         to)
{
  GtkWidget *source_row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, from));
  GtkWidget *target_row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, to));
  GtkDragSource *source = find_controller (source_row, GTK_TYPE_DRAG_SOURCE);
  GtkDropTarget *target = find_controller (target_row, GTK_TYPE_DROP_TARGET);
  g_autoptr(GdkDrag) drag = NULL;
  graphene_point_t end;
  double x = 24, y = gtk_widget_get_height (source_row) / 2.0;
  gulong handler;

  g_assert_nonnull (source);
  g_assert_nonnull (target);
  lc_test_scroll_into_view (target_row);
  lc_test_scroll_into_view (source_row);
  g_assert_true (gtk_widget_compute_point (target_row, source_row,
                                           &GRAPHENE_POINT_INIT (24, gtk_widget_get_height (target_row) / 2.0),
                                           &end));
  handler = g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), &drag);

  lc_test_pointer_down (source_row, x, y);
  lc_test_wait_for_idle ();
  for (int step = 1; drag == NULL && step <= 20; step++)
    {
      double dy = (end.y - y) * step / 20.0;

      lc_test_pointer_move (source_row, x, y + (end.y - y) * (step - 1) / 20.0, x, y + dy);
      lc_test_wait_for_idle ();
    }
  LC_TEST_WAIT (drag != NULL, "the drag to begin");
  lc_test_pointer_move (source_row, x, y, x, end.y);
  LC_TEST_WAIT (gtk_drop_target_get_current_drop (target) != NULL
                && gdk_drag_get_selected_action (drag) == GDK_ACTION_MOVE,
                "the other row to accept the drop");
  /* The drop rebuilds the rows, and the source with them. */
  g_object_add_weak_pointer (G_OBJECT (source), (gpointer *) &source);
  lc_test_pointer_up ();
  if (source != NULL)
    {
      g_signal_handler_disconnect (source, handler);
      g_object_remove_weak_pointer (G_OBJECT (source), (gpointer *) &source);
    }
}

/**
 * lc_journey_rows_are:
 * @list: a list of Convention Details
 * @expected: its rows' titles, joined by "|"
 *
 * Returns: whether @list shows these rows, in this order
 */
gboolean
lc_journey_rows_are (GtkListBox *list,
                     const char *expected)
{
  g_autofree char *shown = lc_journey_rows_shown (list, FALSE);

  return g_strcmp0 (shown, expected) == 0;
}

/**
 * lc_journey_new_convention:
 * @window: the window, on its library page
 *
 * New Convention…, @title typed, Enter: waits for the convention to open.
 */
void
lc_journey_new_convention (LcWindow   *window,
                           const char *title)
{
  GtkWindow *dialog;

  lc_journey_press_button (GTK_WIDGET (window), _("_New Convention…"));
  dialog = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("New Convention"));
  lc_test_type (title);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (window), "convention") == 0, "the new convention to open");
}

/**
 * lc_journey_has_tooltip:
 * @widget: a widget
 * @tooltip: (type utf8): a tooltip
 *
 * For lc_test_ui_find_matching (): an icon button by the tooltip a person
 * reads on it.
 *
 * Returns: whether @widget's tooltip is @tooltip
 */
gboolean
lc_journey_has_tooltip (GtkWidget     *widget,
                        gconstpointer  tooltip)
{
  return g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}
