/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-convention-io.h"
#include "lc-convention-view.h"
#include "lc-exchange-history-dialog.h"
#include "lc-exchange.h"
#include "lc-file.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-models.h"
#include "lc-preferences-window.h"

/*
 * Several organisers, one convention (issue 15), from the window: the
 * organiser shares the convention, names themselves in Preferences,
 * renames an item, sends their changes (by the shortcut, then from the
 * menu), and reads the Changes History. A colleague's library, made here
 * through the core from the shared file, merges the changes file the
 * window wrote, and sends a change back, which this library merges: the
 * history lists both, and the next send has nothing to send. A name typed
 * when Send Changes… asks for it, with markup and a direction override in
 * it, is shown as typed.
 */

#define SESSION_EN "Regional trends in learning cities"
#define SESSION_AR "الاتجاهات الإقليمية في مدن التعلم"
#define REVISED " (revised)"

static GSettings *
settings (void)
{
  return lc_application_get_settings (LC_APPLICATION (g_application_get_default ()));
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (lc_journey_tmpdir (), name, NULL);
}

static GtkWidget *
view_of (LcWindow *window)
{
  return GTK_WIDGET (lc_window_get_convention_view (window));
}

static void
choose_menu_item (LcWindow   *window,
                  const char *item)
{
  lc_journey_choose_menu_item (view_of (window), _("Main Menu"), item);
}

/* The toast of a send, as the window words it. */
static char *
sent_toast (guint       n,
            const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *number = NULL, *digits = NULL;

  if (n == 0)
    return g_strdup_printf (_("Nothing changed since your last send: %s holds no change."), name);
  number = g_strdup_printf ("%u", n);
  digits = lc_journey_digits (number);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s change written to %2$s",
                                       "%1$s changes written to %2$s", n), digits, name);
}

/* The colleague: a library of their own that imported the file the
 * window shared, and keeps track of it as the command line's --import does. */
static LcStore *
colleague_new (const char *shared,
               gint64     *convention)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = tmp_path ("colleague.db");
  LcStore *store = lc_store_open (path, &error);

  g_assert_no_error (error);
  *convention = lc_convention_import_file (store, shared, &error);
  g_assert_no_error (error);
  g_assert_true (lc_exchange_track (store, *convention, &error));
  g_assert_no_error (error);
  return store;
}

static char *
item_title (LcStore    *store,
            const char *title_en)
{
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title_en);

  return item != NULL ? g_strdup (lc_record_get_string (item, "title-en")) : NULL;
}

static gboolean
library_has_item (const char *title_en)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autofree char *title = item_title (store, title_en);

  return title != NULL;
}

static gboolean
name_kept (const char *name)
{
  g_autofree char *kept = g_settings_get_string (settings (), "organiser-name");

  return g_strcmp0 (kept, name) == 0;
}

/* Preferences (Ctrl+comma), the name typed into Your Name, kept. */
static void
type_name_in_preferences (const char *name)
{
  g_autoptr(GtkWindow) preferences = NULL;
  GtkWidget *row;

  lc_test_press ("<Control>comma");
  /* Held: Escape destroys it before lc_test_wait_window_gone() looks. */
  preferences = g_object_ref (lc_test_wait_for_window (LC_TYPE_PREFERENCES_WINDOW, NULL));
  row = lc_journey_row_titled (GTK_WIDGET (preferences), _("Your Name"));
  lc_journey_tab_to (row);
  lc_test_type (name);
  LC_TEST_WAIT (name_kept (name), "the name to be kept");
  lc_test_press ("Escape");
  lc_test_wait_window_gone (preferences);
}

/* The item's English title, changed in the item editor and saved. */
static void
rename_item (LcWindow *window)
{
  GtkWidget *agenda = lc_test_find_type (GTK_WIDGET (window), LC_TYPE_AGENDA_PAGE);
  GtkWidget *label = lc_test_wait_for_text (agenda, lc_journey_pick (SESSION_EN, SESSION_AR));
  GtkWindow *editor, *question;

  lc_test_scroll_into_view (label);
  lc_test_click (label);
  LC_TEST_WAIT (lc_agenda_page_get_selected_id (LC_AGENDA_PAGE (agenda)) != 0, "a selected row");
  lc_test_press ("Return");
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("Edit Item"));
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (editor), _("Title in English")));
  lc_test_press ("End");
  lc_test_type (REVISED);
  lc_test_press ("Escape");
  question = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Save Changes?"));
  lc_journey_press_button (GTK_WIDGET (question), _("_Save"));
  lc_test_wait_window_gone (editor);
  LC_TEST_WAIT (library_has_item (SESSION_EN REVISED), "the new title in the library");
}

/* The chooser Send Changes… opens, answered with @path; the toast that
 * follows says @n changes. */
static void
send_to (LcWindow   *window,
         const char *path,
         guint       n)
{
  GtkWindow *chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Send Changes"));
  g_autofree char *toast = sent_toast (n, path);

  lc_journey_save_as (chooser, path);
  lc_test_wait_for_text (GTK_WIDGET (window), toast);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* A row's label in the style @css_class ("title", "subtitle"). */
static GtkLabel *
row_label (GtkWidget  *widget,
           const char *css_class)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, css_class))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = row_label (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Changes History… from the menu: what its rows show (title | subtitle,
 * the text a person reads, markup rendered), one line each, newest
 * first; "" with the empty state. Closed with Escape. */
static char *
read_history (LcWindow *window)
{
  g_autoptr(GtkWindow) dialog = NULL;
  GString *rows = g_string_new (NULL);
  GtkWidget *list;

  choose_menu_item (window, _("Changes _History…"));
  dialog = g_object_ref (lc_test_wait_for_window (LC_TYPE_EXCHANGE_HISTORY_DIALOG, _("Changes History")));
  lc_test_wait_for_frame (GTK_WIDGET (dialog));
  list = lc_test_find_type (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX);
  if (list != NULL && gtk_widget_get_mapped (list))
    for (GtkWidget *row = gtk_widget_get_first_child (list); row; row = gtk_widget_get_next_sibling (row))
      {
        GtkLabel *title = row_label (row, "title");
        GtkLabel *subtitle = row_label (row, "subtitle");

        g_assert_nonnull (title);
        g_assert_nonnull (subtitle);
        g_string_append_printf (rows, "%s | %s\n", gtk_label_get_text (title), gtk_label_get_text (subtitle));
      }
  else
    lc_test_wait_for_text (GTK_WIDGET (dialog), _("No changes sent or merged yet"));
  lc_test_focus_window (dialog);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (dialog);
  return g_string_free (rows, FALSE);
}

static void
test_send_changes (void)
{
  const char *name = lc_journey_pick ("Amal Haddad, Yanbu", "أمل حداد، ينبع");
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autofree char *shared = tmp_path ("shared.json");
  g_autofree char *first = tmp_path ("first.lcchanges");
  g_autofree char *second = tmp_path ("second.lcchanges");
  g_autofree char *contents = NULL, *history = NULL, *expected_title = NULL, *merged = NULL;
  g_autofree char *year = NULL, *summary = NULL, *one = lc_journey_digits ("1");
  g_autoptr(GError) error = NULL;
  g_autoptr(LcStore) colleague = NULL;
  g_autoptr(LcExchangeMerge) merge = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  gint64 convention;
  gsize length;
  GtkWindow *chooser;

  g_settings_reset (settings (), "organiser-name");
  lc_journey_open_sample (window);

  /* Share Convention… writes the file the colleague imports. */
  choose_menu_item (window, _("_Share Convention…"));
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Share Convention"));
  lc_journey_save_as (chooser, shared);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Convention shared"));
  colleague = colleague_new (shared, &convention);

  /* Nothing sent yet. */
  history = read_history (window);
  g_assert_cmpstr (history, ==, "");
  g_clear_pointer (&history, g_free);

  type_name_in_preferences (name);
  rename_item (window);

  /* Send Changes… by its shortcut. */
  lc_test_focus_window (GTK_WINDOW (window));
  lc_test_press ("<Control><Shift>s");
  send_to (window, first, 1);

  /* The colleague merges it: the new title, and the name typed. */
  g_assert_true (lc_file_read_bounded (first, LC_EXCHANGE_MAX_FILE_BYTES, &contents, &length, &error));
  g_assert_no_error (error);
  merge = lc_exchange_merge_new (colleague, contents, length, first, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lc_exchange_merge_get_author (merge), ==, name);
  g_assert_cmpuint (lc_exchange_merge_get_n_conflicts (merge), ==, 0);
  g_assert_true (lc_exchange_merge_apply (merge, &error));
  g_assert_no_error (error);
  merged = item_title (colleague, SESSION_EN REVISED);
  g_assert_cmpstr (merged, ==, SESSION_EN REVISED);

  /* The history lists the send: who, when (this year, in the language's
   * digits), what. */
  history = read_history (window);
  expected_title = g_strdup_printf (_("Sent by \u2068%s\u2069"), name);
  {
    g_autofree char *ascii = g_date_time_format (now, "%Y");

    year = lc_journey_digits (ascii);
  }
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s record changed", "%s records changed", 1), one);
  g_test_message ("history: %s", history);
  g_assert_true (g_str_has_prefix (history, expected_title));
  g_assert_nonnull (strstr (history, year));
  g_assert_nonnull (strstr (history, summary));
  /* One line: the share itself is not in the history. */
  g_assert_cmpstr (strchr (history, '\n'), ==, "\n");

  /* The colleague renames the item again and sends; this library merges
   * it (through the core, as Merge Changes… will): the history shows the
   * merge first, by the colleague. */
  {
    g_autoptr(LcRecord) item = lc_journey_find_item (colleague, SESSION_EN REVISED);
    g_autoptr(LcStore) mine = lc_journey_open_library ();
    g_autoptr(LcExchangeMerge) back = NULL;
    g_autofree char *reply = tmp_path ("reply.lcchanges");
    g_autofree char *data = NULL;
    guint n = 0;

    lc_record_set_string (item, "title-en", SESSION_EN " (Badr)");
    g_assert_true (lc_store_update (colleague, item, &error));
    g_assert_no_error (error);
    g_assert_true (lc_exchange_send (colleague, convention, "Badr", reply, &n, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (n, ==, 1);
    g_assert_true (lc_file_read_bounded (reply, LC_EXCHANGE_MAX_FILE_BYTES, &data, &length, &error));
    back = lc_exchange_merge_new (mine, data, length, reply, &error);
    g_assert_no_error (error);
    g_assert_true (lc_exchange_merge_apply (back, &error));
    g_assert_no_error (error);
    LC_TEST_WAIT (library_has_item (SESSION_EN " (Badr)"), "the merged title in the library");
  }
  g_clear_pointer (&history, g_free);
  history = read_history (window);
  g_test_message ("history: %s", history);
  {
    g_auto(GStrv) lines = g_strsplit (history, "\n", -1);
    g_autofree char *merged_row = g_strdup_printf (_("Merged from \u2068%s\u2069"), "Badr");

    g_assert_cmpuint (g_strv_length (lines), ==, 3);
    g_assert_true (g_str_has_prefix (lines[0], merged_row));
    g_assert_true (g_str_has_prefix (lines[1], expected_title));
  }

  /* Again, from the menu, with nothing changed here since (what was
   * merged is not sent back): it says so. */
  choose_menu_item (window, _("Send _Changes…"));
  send_to (window, second, 0);

  lc_journey_close_window (window);
}

/* With no name in Preferences, Send Changes… asks for it first; a name
 * with markup and a right-to-left override is kept and shown as typed. */
static void
test_hostile_name (void)
{
  const char *hostile = "<b>Mallory</b> &amp; \u202Eevil";
  LcWindow *window = lc_journey_open_window (1100, 760);
  g_autofree char *path = tmp_path ("hostile.lcchanges");
  g_autofree char *history = NULL, *expected = NULL, *kept = NULL;
  GtkWindow *question;
  GtkWidget *field;

  g_settings_reset (settings (), "organiser-name");
  lc_journey_open_sample (window);

  lc_test_press ("<Control><Shift>s");
  question = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Your Name"));
  /* Nothing typed: nothing to continue with. */
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (question), "continue"));
  /* A name longer than a changes file carries (201 bytes) is refused,
   * saying why. */
  lc_test_press_n ("x", LC_EXCHANGE_MAX_AUTHOR_BYTES + 1);
  /* The typing went into the dialog's name field. */
  field = gtk_widget_get_ancestor (lc_test_focus_widget (), GTK_TYPE_ENTRY);
  g_assert_nonnull (field);
  LC_TEST_WAIT (g_strcmp0 (gtk_widget_get_tooltip_text (field),
                           _("An organiser’s name is one line of at most 200 bytes.")) == 0,
                "the field to say why the name is too long");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (question), "continue"));
  lc_test_press ("<Control>a");
  lc_test_type (hostile);
  LC_TEST_WAIT (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (question), "continue"),
                "Continue to be offered");
  lc_test_press ("Return");
  lc_test_wait_window_gone (question);
  /* The convention was never shared or sent: this first file starts
   * the record of what changes, and holds none. */
  send_to (window, path, 0);
  kept = g_settings_get_string (settings (), "organiser-name");
  g_assert_cmpstr (kept, ==, hostile);

  history = read_history (window);
  expected = g_strdup_printf (_("Sent by \u2068%s\u2069"), hostile);
  g_test_message ("history: %s", history);
  g_assert_true (g_str_has_prefix (history, expected));

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/exchange-send/send-changes", test_send_changes);
  g_test_add_func ("/journey/exchange-send/hostile-name", test_hostile_name);
  return lc_journey_run ();
}
