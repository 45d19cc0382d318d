/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-feedback.h"
#include "lc-test-ui.h"

/* The feedback API of src/gui/common/lc-feedback.c without the app's
 * window: a widget in a plain GtkWindow with a toast overlay shows its
 * toasts there (also from a dialog transient for that window), the toast's
 * button reaches the window's win.* action, and with no overlay at all the
 * message still shows, in a dialog. Run in English and in Arabic. */

typedef struct
{
  GtkWindow       *window;
  AdwToastOverlay *overlay;     /* NULL for a window without one */
  GtkWidget       *reporter;    /* the widget that has something to say */
  char            *activated;   /* the last win.* action run, and its target */
} Fixture;

static void
record_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  Fixture *f = user_data;

  g_free (f->activated);
  f->activated = g_strdup_printf ("%s %s", g_action_get_name (G_ACTION (action)),
                                  parameter ? g_variant_get_string (parameter, NULL) : "");
}

/* The actions the app's window has, as a plain window's "win" group. */
static void
add_window_actions (Fixture *f)
{
  const GActionEntry entries[] = {
    { .name = "undo-change", .activate = record_action },
    { .name = "open-file", .activate = record_action, .parameter_type = "s" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), f);
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
}

static void
fixture_open (Fixture *f,
              gboolean with_overlay)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 600, 400);
  f->reporter = gtk_label_new ("…");
  gtk_box_append (GTK_BOX (box), f->reporter);
  if (with_overlay)
    {
      f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
      adw_toast_overlay_set_child (f->overlay, box);
      gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
    }
  else
    gtk_window_set_child (f->window, box);
  add_window_actions (f);
  gtk_window_present (f->window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_close (Fixture *f)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Every window the test opened, the dialogs too. */
  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  g_free (f->activated);
}

typedef struct
{
  GtkWidget     *root;
  gboolean     (*match) (GtkWidget    *widget,
                         gconstpointer data);
  gconstpointer  data;
} Sought;

static gboolean
is_label_showing (GtkWidget    *widget,
                  gconstpointer data)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* @data is the label with its mnemonic, as given to the toast. */
static gboolean
is_button_showing (GtkWidget    *widget,
                   gconstpointer data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

static gboolean
sought_shown (gpointer data)
{
  Sought *sought = data;

  return lc_test_ui_find_matching (sought->root, sought->match, sought->data) != NULL;
}

/* Waits until what @match looks for shows in @root, and returns it. */
static GtkWidget *
wait_for (GtkWidget  *root,
          gboolean  (*match) (GtkWidget    *widget,
                              gconstpointer data),
          const char *data)
{
  Sought sought = { root, match, data };

  lc_test_ui_wait_until (sought_shown, &sought, 5000);
  return lc_test_ui_find_matching (root, match, data);
}

/* Waits until a person can read @text in @root. */
#define wait_for_text(root, text) wait_for ((root), is_label_showing, (text))

static gboolean
dialog_shown (gpointer data)
{
  GtkWidget *dialog = lc_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

  return dialog != NULL && gtk_widget_get_mapped (dialog);
}

/* The message dialog on screen, over @parent. */
static AdwMessageDialog *
wait_for_dialog (GtkWindow *parent)
{
  AdwMessageDialog *dialog;

  lc_test_ui_wait_until (dialog_shown, NULL, 5000);
  dialog = lc_test_ui_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == parent);
  return dialog;
}

static gboolean
action_ran (gpointer data)
{
  Fixture *f = data;

  return f->activated != NULL;
}

/* Presses @button as Enter does (GTK clicks it when its animation ends). */
static void
press (Fixture   *f,
       GtkWidget *button)
{
  g_assert_true (gtk_widget_activate (button));
  lc_test_ui_wait_until (action_ran, f, 5000);
}

static guint
count_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      n += ADW_IS_MESSAGE_DIALOG (window);
    }

  return n;
}

/* A name from the library, with characters that are markup. */
#define NAME "“Tom & Jerry <live>” deleted"

static void
test_toast_in_overlay (void)
{
  Fixture f = { 0 };

  fixture_open (&f, TRUE);
  lc_widget_show_toast (f.reporter, NAME);
  /* Shown as written, not read as markup. */
  wait_for_text (GTK_WIDGET (f.overlay), NAME);
  g_assert_cmpuint (count_dialogs (), ==, 0);
  fixture_close (&f);
}

/* A toast's button runs the window's action: Undo, or Open with the file. */
typedef struct
{
  const char *button;
  const char *path;    /* NULL for an undo toast */
  const char *ran;
} ButtonCase;

static void
test_toast_button (gconstpointer data)
{
  const ButtonCase *c = data;
  Fixture f = { 0 };

  fixture_open (&f, TRUE);
  if (c->path != NULL)
    lc_widget_show_file_toast (f.reporter, NAME, c->path);
  else
    lc_widget_show_undo_toast (f.reporter, NAME);
  wait_for_text (GTK_WIDGET (f.overlay), NAME);
  press (&f, wait_for (GTK_WIDGET (f.overlay), is_button_showing, _(c->button)));
  g_assert_cmpstr (f.activated, ==, c->ran);
  fixture_close (&f);
}

/* A dialog has no overlay: its toast shows in the window it came from. */
static void
test_toast_from_dialog (void)
{
  Fixture f = { 0 };
  GtkWindow *dialog;
  GtkWidget *inside = gtk_button_new_with_label ("…");

  fixture_open (&f, TRUE);
  dialog = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_transient_for (dialog, f.window);
  gtk_window_set_child (dialog, inside);
  gtk_window_present (dialog);
  lc_widget_show_toast (inside, _("Import cancelled: nothing was imported"));
  wait_for_text (GTK_WIDGET (f.overlay), _("Import cancelled: nothing was imported"));
  fixture_close (&f);
}

/* With no overlay the message is not lost: a dialog says it, and its
 * button does what the toast's would. */
static void
test_toast_without_overlay (void)
{
  Fixture f = { 0 };
  AdwMessageDialog *dialog;

  fixture_open (&f, FALSE);
  lc_widget_show_undo_toast (f.reporter, NAME);
  dialog = wait_for_dialog (f.window);
  wait_for_text (GTK_WIDGET (dialog), NAME);
  g_assert_true (adw_message_dialog_has_response (dialog, "act"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "act"), ==, _("_Undo"));
  adw_message_dialog_response (dialog, "act");
  g_assert_cmpstr (f.activated, ==, "undo-change ");
  fixture_close (&f);
}

static void
test_error (gconstpointer data)
{
  gboolean with_overlay = GPOINTER_TO_INT (data);
  g_autoptr(GError) cancelled = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, "cancelled");
  g_autoptr(GError) error = g_error_new_literal (G_FILE_ERROR, G_FILE_ERROR_NOSPC,
                                                 "The disk is full: agenda.pdf was not written");
  Fixture f = { 0 };
  AdwMessageDialog *dialog;

  fixture_open (&f, with_overlay);
  /* A cancelled operation is not something that went wrong. */
  lc_widget_show_error (f.reporter, cancelled);
  g_assert_cmpuint (count_dialogs (), ==, 0);

  lc_widget_show_error (f.reporter, error);
  dialog = wait_for_dialog (f.window);
  g_assert_cmpuint (count_dialogs (), ==, 1);
  wait_for_text (GTK_WIDGET (dialog), _("Something Went Wrong"));
  wait_for_text (GTK_WIDGET (dialog), error->message);
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  static const ButtonCase undo_case = { "_Undo", NULL, "undo-change " };
  static const ButtonCase file_case = { "_Open", "/tmp/agenda.pdf", "open-file /tmp/agenda.pdf" };

  lc_test_ui_init (&argc, &argv);

  g_test_add_func ("/feedback/toast/overlay", test_toast_in_overlay);
  g_test_add_data_func ("/feedback/toast/undo", &undo_case, test_toast_button);
  g_test_add_data_func ("/feedback/toast/file", &file_case, test_toast_button);
  g_test_add_func ("/feedback/toast/from-dialog", test_toast_from_dialog);
  g_test_add_func ("/feedback/toast/no-overlay", test_toast_without_overlay);
  g_test_add_data_func ("/feedback/error/overlay", GINT_TO_POINTER (TRUE), test_error);
  g_test_add_data_func ("/feedback/error/no-overlay", GINT_TO_POINTER (FALSE), test_error);

  return g_test_run ();
}
