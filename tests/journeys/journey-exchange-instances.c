/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <gdk/x11/gdkx.h>
#include <glib/gi18n.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lc-agenda-page.h"
#include "lc-convention-io.h"
#include "lc-convention-model.h"
#include "lc-convention-view.h"
#include "lc-exchange-history.h"
#include "lc-exchange.h"
#include "lc-journey.h"
#include "lc-merge-dialog.h"
#include "lc-models.h"
#include "lc-test-x11.h"
#include "test-exchange-util.h"

/*
 * Two organisers, two running copies of the app (issue 15): Amal's
 * library and Badr's both imported one convention file. Amal renamed two
 * sessions; Badr renamed one of them his own way. Amal's window is a
 * second process, the built learning-cities on her library: this journey
 * works it from outside, through the X server, as her keyboard would —
 * it finds her window by its process, gives it the keyboard, presses
 * Ctrl+Shift+S, types her name when asked and the changes file's path into
 * the save chooser. Badr's window is this process's: he opens her file
 * with Ctrl+Shift+M, sees her name and the one conflict, takes hers by
 * keyboard, merges, and one Ctrl+Z takes the whole merge back.
 *
 * Not input: Amal's and Badr's renames before (through the core: their
 * editing has journeys of their own) and reading the two libraries.
 */

#define SESSION_EN "Regional trends in learning cities"
#define SESSION_AR "الاتجاهات الإقليمية في مدن التعلم"
#define AMAL_SESSION_EN "Learning cities across the region"
#define AMAL_SESSION_AR "مدن التعلم في أنحاء المنطقة"
#define HOST_EN "Yanbu Industrial City presentation"
#define HOST_AR "عرض ينبع الصناعية"
#define AMAL_HOST_EN "The host city presents Yanbu Industrial City"
#define AMAL_HOST_AR "المدينة المضيفة تعرض ينبع الصناعية"

/* Her app starts under load in a minute or so; the other waits are the
 * journeys' usual ones. */
#define START_SCALE 4

/* Amal's copy of the app, seen from outside. */
typedef struct
{
  GPid     pid;       /* 0 once it has ended */
  int      out;       /* its standard output */
  GString *said;
  Display *x;
  Window   main;
} Instance;

static void
instance_stop (Instance *in)
{
  if (in->pid != 0)
    {
      lc_test_x11_stop (in->pid);
      g_spawn_close_pid (in->pid);
      in->pid = 0;
    }
  if (in->out >= 0)
    close (in->out);
  in->out = -1;
}

/* What she printed since, and whether she still runs. */
static gboolean
instance_running (Instance *in)
{
  char buffer[1024];
  ssize_t got;
  int status;

  while ((got = read (in->out, buffer, sizeof buffer)) > 0)
    g_string_append_len (in->said, buffer, got);
  if (in->pid != 0 && waitpid (in->pid, &status, WNOHANG) == in->pid)
    {
      g_spawn_close_pid (in->pid);
      in->pid = 0;
      g_test_message ("her app ended with status %d", status);
    }
  return in->pid != 0;
}

/* Runs this process's main loop until @expr holds. Her app is stopped
 * before any failure: a failed journey leaves no process behind. */
#define INSTANCE_WAIT(in, expr, scale, what)                                              \
  G_STMT_START {                                                                          \
    gint64 wait_from_ = g_get_monotonic_time ();                                          \
    gint64 wait_until_ = wait_from_ + (scale) * (lc_test_deadline () - wait_from_);       \
    while (!(expr))                                                                       \
      {                                                                                   \
        if (!instance_running (in))                                                       \
          g_error ("%s:%d: her app ended while waiting for %s; it printed: %s",           \
                   __FILE__, __LINE__, what, (in)->said->str);                            \
        if (g_get_monotonic_time () > wait_until_)                                        \
          {                                                                               \
            instance_stop (in);                                                           \
            g_error ("%s:%d: timed out waiting for %s in her app (%s)",                   \
                     __FILE__, __LINE__, what, #expr);                                    \
          }                                                                               \
        lc_test_iterate ();                                                               \
      }                                                                                   \
  } G_STMT_END

/* She ends with this process, even when it ends by a failed assertion. */
static void
end_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

/* Her app on her library, with this journey's environment (display,
 * locale, catalogue, settings schemas); it says when it has drawn the
 * convention (the benchmark's first-frame report). */
static void
instance_start (Instance   *in,
                const char *library,
                gint64      convention)
{
  g_autofree char *database = g_strdup_printf ("--database=%s", library);
  g_autofree char *open = g_strdup_printf ("--convention=%" G_GINT64_FORMAT, convention);
  const char *argv[] = { g_getenv ("LC_EXECUTABLE"), database, open, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_BENCH_FIRST_FRAME", "stay", TRUE);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (argv[0]);
  in->x = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  in->said = g_string_new (NULL);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, envp, G_SPAWN_DO_NOT_REAP_CHILD, end_with_parent,
                                           NULL, &in->pid, NULL, &in->out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fcntl (in->out, F_SETFL, O_NONBLOCK), ==, 0);
}

/* Her newest window other than her main one, or None. */
static Window
newest_window (Instance *in)
{
  g_autoptr(GArray) windows = lc_test_x11_windows_of (in->x, in->pid);
  Window last = windows->len > 0 ? g_array_index (windows, Window, windows->len - 1) : None;

  return last != in->main ? last : None;
}

/* Her window titled @title, or None. */
static Window
window_titled (Instance   *in,
               const char *title)
{
  g_autoptr(GArray) windows = lc_test_x11_windows_of (in->x, in->pid);

  for (guint i = 0; i < windows->len; i++)
    {
      g_autofree char *name = lc_test_x11_window_name (in->x, g_array_index (windows, Window, i));

      if (g_strcmp0 (name, title) == 0)
        return g_array_index (windows, Window, i);
    }
  return None;
}

/* Her library's history entry for this send, once the file is there. */
static LcExchangeHistoryEntry *
sent (const Organiser *amal,
      const char      *path,
      const char      *name)
{
  g_autoptr(LcStore) store = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    return NULL;
  store = lc_store_open (amal->path, NULL);
  entries = store != NULL ? lc_exchange_history_list (store, amal->convention, NULL) : NULL;
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      LcExchangeHistoryEntry *entry = g_ptr_array_index (entries, i);

      if (entry->kind == LC_EXCHANGE_HISTORY_SENT && g_strcmp0 (entry->author, name) == 0)
        return g_ptr_array_steal_index (entries, i);
    }
  return NULL;
}

/* Amal, in her own app: Send Changes… by its shortcut, her name typed
 * when asked, the file's path typed into the chooser. */
static void
amal_sends (const Organiser *amal,
            const char      *name,
            const char      *path)
{
  Instance in = { .out = -1 };
  g_autoptr(LcExchangeHistoryEntry) entry = NULL;
  Window dialog = None, chooser = None;

  instance_start (&in, amal->path, amal->convention);
  INSTANCE_WAIT (&in, strstr (in.said->str, "first-frame: page=convention") != NULL, START_SCALE,
                 "her window to show the convention");
  INSTANCE_WAIT (&in, (in.main = newest_window (&in)) != None, 1, "her window on the screen");
  INSTANCE_WAIT (&in, lc_test_x11_focus (in.x, in.main), 1, "her window to have the keyboard");

  lc_test_press ("<Control><Shift>s");
  /* Asked first, since her Preferences have no name: not the chooser yet. */
  INSTANCE_WAIT (&in, (dialog = newest_window (&in)) != None && dialog != window_titled (&in, _("Send Changes")), 1,
                 "Ctrl+Shift+S to ask her name");
  INSTANCE_WAIT (&in, lc_test_x11_focus (in.x, dialog), 1, "the name dialog to have the keyboard");
  lc_test_type (name);
  lc_test_press ("Return");

  INSTANCE_WAIT (&in, (chooser = window_titled (&in, _("Send Changes"))) != None, 1,
                 "her name to be taken and the Send Changes chooser to open");
  INSTANCE_WAIT (&in, lc_test_x11_focus (in.x, chooser), 1, "the chooser to have the keyboard");
  lc_test_press ("<Control>a");
  lc_test_type (path);
  lc_test_press ("Return");
  INSTANCE_WAIT (&in, (entry = sent (amal, path, name)) != NULL, 1,
                 "the changes file and its send, by her name, in her library's history");
  instance_stop (&in);
  g_string_free (in.said, TRUE);
  /* Her two renames. */
  g_assert_cmpuint (entry->changed, ==, 2);
  g_assert_cmpuint (entry->added + entry->deleted, ==, 0);
}

/* The item's title in the language the journey reads. */
static char *
title_in_library (gint64 id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_store_get (store, LC_TYPE_ITEM, id, NULL);

  g_assert_nonnull (item);
  return g_strdup (lc_record_get_string (item, lc_test_ui_is_arabic () ? "title-ar" : "title-en"));
}

static void
assert_titles (gint64      session,
               const char *session_title,
               gint64      host,
               const char *host_title)
{
  g_autofree char *first = title_in_library (session);
  g_autofree char *second = title_in_library (host);

  g_assert_cmpstr (first, ==, session_title);
  g_assert_cmpstr (second, ==, host_title);
}

static void
rename_item (LcStore    *store,
             const char *title,
             const char *title_en,
             const char *title_ar)
{
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (item);
  if (title_en != NULL)
    lc_record_set_string (item, "title-en", title_en);
  if (title_ar != NULL)
    lc_record_set_string (item, "title-ar", title_ar);
  g_assert_true (lc_store_update (store, item, &error));
  g_assert_no_error (error);
}

static gint64
item_id (LcStore    *store,
         const char *title)
{
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title);

  g_assert_nonnull (item);
  return lc_record_get_id (item);
}

/* The choices labelled @label: one per conflict. */
static guint
count_choices (GtkWidget  *root,
               const char *label)
{
  guint n = GTK_IS_CHECK_BUTTON (root) && g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (root)), label) == 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    n += count_choices (child, label);
  return n;
}

/* "Take theirs" of the one conflict, as a keyboard user reaches it: Tab
 * into the choices, the arrow key along them, Space. */
static void
take_theirs (GtkWindow *dialog)
{
  GtkWidget *theirs = gtk_widget_get_ancestor (lc_test_wait_for_text (GTK_WIDGET (dialog), _("Take theirs")),
                                               GTK_TYPE_CHECK_BUTTON);
  GtkWidget *choices = gtk_widget_get_parent (theirs);
  const char *along = gtk_widget_get_direction (choices) == GTK_TEXT_DIR_RTL ? "Left" : "Right";

  lc_journey_tab_to (choices);
  while (!gtk_widget_has_focus (theirs))
    {
      GtkWidget *was = lc_test_focus_widget ();

      lc_test_press (along);
      LC_TEST_WAIT (lc_test_focus_widget () != was, "the arrow key to reach Take theirs");
    }
  lc_test_press ("space");
  LC_TEST_WAIT (gtk_check_button_get_active (GTK_CHECK_BUTTON (theirs)), "Take theirs to be chosen");
}

static void
test_send_merge_undo (void)
{
  const char *name = lc_journey_pick ("Amal Haddad", "أمل حداد");
  const char *session = lc_journey_pick (SESSION_EN, SESSION_AR);
  const char *host = lc_journey_pick (HOST_EN, HOST_AR);
  const char *badr = lc_journey_pick (SESSION_EN " (Badr)", SESSION_AR " (بدر)");
  const char *amal_session = lc_journey_pick (AMAL_SESSION_EN, AMAL_SESSION_AR);
  const char *amal_host = lc_journey_pick (AMAL_HOST_EN, AMAL_HOST_AR);
  g_autofree char *shared = g_build_filename (lc_journey_tmpdir (), "shared.json", NULL);
  g_autofree char *changes = g_build_filename (lc_journey_tmpdir (), "amal.lcchanges", NULL);
  g_autoptr(Organiser) amal = NULL;
  g_autoptr(GError) error = NULL;
  LcWindow *window = lc_journey_open_window (1100, 760);
  GtkWidget *agenda;
  GtkWindow *chooser, *dialog;
  LcStore *store;
  gint64 convention, session_id, host_id;

  /* Badr's library, tracked and shared; Amal's imports the file. */
  lc_journey_open_sample (window);
  store = lc_window_get_store (window);
  convention = lc_convention_model_get_id (lc_convention_view_get_model (lc_window_get_convention_view (window)));
  g_assert_true (lc_exchange_track (store, convention, &error));
  g_assert_no_error (error);
  g_assert_true (lc_convention_export_file (store, convention, shared, &error));
  g_assert_no_error (error);
  session_id = item_id (store, SESSION_EN);
  host_id = item_id (store, HOST_EN);
  amal = organiser_new ("amal", shared);
  rename_item (amal->store, SESSION_EN, AMAL_SESSION_EN, AMAL_SESSION_AR);
  rename_item (amal->store, HOST_EN, AMAL_HOST_EN, AMAL_HOST_AR);
  g_clear_object (&amal->store);

  /* Badr's own title for the session, in the language he reads. */
  rename_item (store, SESSION_EN, lc_test_ui_is_arabic () ? NULL : badr, lc_test_ui_is_arabic () ? badr : NULL);
  agenda = lc_test_find_type (GTK_WIDGET (window), LC_TYPE_AGENDA_PAGE);
  lc_test_wait_for_text (agenda, badr);
  assert_titles (session_id, badr, host_id, host);

  amal_sends (amal, name, changes);

  /* Badr: Merge Changes… by its shortcut, her file's path typed. */
  lc_test_focus_window (GTK_WINDOW (window));
  lc_test_press ("<Control><Shift>m");
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Merge Changes"));
  lc_test_type (changes);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
  dialog = lc_test_wait_for_window (LC_TYPE_MERGE_DIALOG, _("Merge Changes"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), name));
  g_assert_cmpuint (count_choices (GTK_WIDGET (dialog), _("Take theirs")), ==, 1);
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge"));
  take_theirs (dialog);
  LC_TEST_WAIT (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge"),
                "Merge to be possible");
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Merge"));
  lc_test_wait_window_gone (dialog);

  /* Both her titles, on the agenda and in his library. */
  lc_test_wait_for_text (agenda, amal_session);
  lc_test_wait_for_text (agenda, amal_host);
  assert_titles (session_id, amal_session, host_id, amal_host);

  /* One Ctrl+Z: his title back, her other rename gone with it. */
  lc_test_focus_window (GTK_WINDOW (window));
  lc_test_press ("<Control>z");
  lc_test_wait_for_text (agenda, badr);
  lc_test_wait_for_text (agenda, host);
  assert_titles (session_id, badr, host_id, host);
  g_assert_null (lc_test_find_text (agenda, amal_host));
  g_assert_null (lc_test_find_text (agenda, session));

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/exchange-instances/send-merge-undo", test_send_merge_undo);
  return lc_journey_run ();
}
