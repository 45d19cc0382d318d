/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-feedback.h"

/*
 * Toasts and error dialogs for any widget (see lc-feedback.h). The window
 * holds the one AdwToastOverlay of the app; the widgets that report (pages,
 * dialogs, printers, the timeline) find it through the widget tree, so none
 * of them needs the window's header, and a widget tested on its own in a
 * plain GtkWindow still shows what it says.
 */

/* The window a widget's message belongs to: its own, or, for a widget not
 * (yet, or no longer) in a window, the application's active window. */
static GtkWindow *
host_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GApplication *app;

  if (GTK_IS_WINDOW (root))
    return GTK_WINDOW (root);

  app = g_application_get_default ();
  if (GTK_IS_APPLICATION (app))
    return gtk_application_get_active_window (GTK_APPLICATION (app));

  return NULL;
}

/* Where a toast that found no overlay shows as a dialog: the window at the
 * end of the transient-for chain, which outlives the dialogs that report
 * as they close. */
static GtkWindow *
outer_window (GtkWidget *widget)
{
  GtkWindow *window = host_window (widget);

  while (window != NULL && gtk_window_get_transient_for (window) != NULL)
    window = gtk_window_get_transient_for (window);

  return window;
}

/* Breadth first, so a window's outermost overlay wins over any nested one. */
static AdwToastOverlay *
find_overlay_below (GtkWidget *top)
{
  GQueue queue = G_QUEUE_INIT;
  GtkWidget *widget;

  g_queue_push_tail (&queue, top);
  while ((widget = g_queue_pop_head (&queue)) != NULL)
    {
      if (ADW_IS_TOAST_OVERLAY (widget))
        {
          g_queue_clear (&queue);
          return ADW_TOAST_OVERLAY (widget);
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_queue_push_tail (&queue, child);
    }

  return NULL;
}

/* The nearest overlay and the window that holds it. A dialog has none of
 * its own: its message goes to the window it was opened from, as the
 * dialog may close before the message is read. */
static AdwToastOverlay *
find_overlay (GtkWidget  *widget,
              GtkWindow **owner)
{
  GtkWidget *ancestor = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToastOverlay *overlay;

  *owner = NULL;
  if (ancestor != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (ancestor);

      *owner = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
      return ADW_TOAST_OVERLAY (ancestor);
    }

  for (GtkWindow *window = host_window (widget);
       window != NULL;
       window = gtk_window_get_transient_for (window))
    {
      overlay = find_overlay_below (GTK_WIDGET (window));
      if (overlay != NULL)
        {
          *owner = window;
          return overlay;
        }
    }

  return NULL;
}

/* A toast's title is markup in libadwaita 1.2, and the message may hold
 * names from the library. */
static AdwToast *
new_toast (const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);

  return adw_toast_new (escaped);
}

static void
unref_toast (gpointer  toast,
             GClosure *closure)
{
  g_object_unref (toast);
}

static void
on_fallback_response (AdwMessageDialog *dialog,
                      const char       *response,
                      AdwToast         *toast)
{
  const char *action = adw_toast_get_action_name (toast);
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (dialog));

  /* The toast's win.* action belongs to the window, not to the dialog. */
  if (action != NULL && parent != NULL && !g_str_equal (response, "close"))
    gtk_widget_activate_action_variant (GTK_WIDGET (parent), action,
                                        adw_toast_get_action_target_value (toast));
}

/* Where there is no overlay, the toast's words and its button in a dialog.
 * The dialog's actions reach the window it is transient for. */
static void
show_toast_as_dialog (GtkWindow *parent,
                      AdwToast  *toast)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, NULL, NULL);
  const char *button = adw_toast_get_button_label (toast);

  /* The title was escaped for the toast's markup: use it as markup. */
  adw_message_dialog_set_heading_use_markup (ADW_MESSAGE_DIALOG (dialog), TRUE);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (dialog), adw_toast_get_title (toast));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (button != NULL)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "act", button);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_fallback_response),
                         g_object_ref (toast), unref_toast, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Takes @toast. */
static void
add_toast (GtkWidget *widget,
           AdwToast  *toast)
{
  g_autoptr(AdwToast) owned = toast;
  GtkWindow *owner = NULL;
  AdwToastOverlay *overlay = find_overlay (widget, &owner);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (overlay, g_steal_pointer (&owned));
  else if (outer_window (widget) != NULL)
    show_toast_as_dialog (outer_window (widget), toast);
  else
    g_warning ("%s", adw_toast_get_title (toast));   /* no window to show it in */
}

/**
 * lc_widget_show_toast:
 * @widget: the widget that has something to say
 * @message: a short message (plain text)
 *
 * Shows a passing message.
 */
void
lc_widget_show_toast (GtkWidget  *widget,
                      const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  add_toast (widget, new_toast (message));
}

/**
 * lc_widget_show_undo_toast:
 * @widget: the widget where the change was made
 * @message: what was done, plain text (e.g. "“Session 2” deleted")
 *
 * Shows a toast with an Undo button that undoes the open convention's
 * last change.
 */
void
lc_widget_show_undo_toast (GtkWidget  *widget,
                           const char *message)
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);

  toast = new_toast (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  /* The toast lives above the convention view, where view.undo cannot be
   * reached: the window's win.undo-change forwards to it. */
  adw_toast_set_action_name (toast, "win.undo-change");
  add_toast (widget, toast);
}

/**
 * lc_widget_show_cancel_toast:
 * @widget: the widget that started the work
 * @message: what is being done (plain text), e.g. "Exporting the report…"
 * @cancellable: cancelled by the toast's Cancel button
 *
 * Shows a toast that stays, with a Cancel button, while work goes on in
 * the background.
 *
 * Returns: (transfer full): the toast, to dismiss when the work is done
 */
AdwToast *
lc_widget_show_cancel_toast (GtkWidget    *widget,
                             const char   *message,
                             GCancellable *cancellable)
{
  return lc_widget_show_progress_toast (widget, message, cancellable, NULL);
}

/**
 * lc_widget_show_progress_toast:
 * @widget: the widget that started the work
 * @message: what is being done (plain text), e.g. "Exporting the report…"
 * @cancellable: cancelled by the toast's Cancel button
 * @bar: (out) (optional) (transfer none): where to put the progress bar
 *   that shows @message in the toast, for work that tells its progress
 *
 * Shows a toast that stays, with a Cancel button, while work goes on in
 * the background; with @bar, @message is shown in a progress bar.
 *
 * Returns: (transfer full): the toast, to dismiss when the work is done
 */
AdwToast *
lc_widget_show_progress_toast (GtkWidget       *widget,
                               const char      *message,
                               GCancellable    *cancellable,
                               GtkProgressBar **bar)
{
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (G_IS_CANCELLABLE (cancellable), NULL);

  toast = new_toast (message);
  if (bar != NULL)
    {
      *bar = GTK_PROGRESS_BAR (gtk_progress_bar_new ());
      gtk_progress_bar_set_text (*bar, message);
      gtk_progress_bar_set_show_text (*bar, TRUE);
      gtk_widget_set_valign (GTK_WIDGET (*bar), GTK_ALIGN_CENTER);
      gtk_widget_set_size_request (GTK_WIDGET (*bar), 240, -1);
      adw_toast_set_custom_title (toast, GTK_WIDGET (*bar));
    }
  adw_toast_set_timeout (toast, 0);
  adw_toast_set_button_label (toast, _("_Cancel"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (g_cancellable_cancel), cancellable,
                           G_CONNECT_SWAPPED);
  add_toast (widget, g_object_ref (toast));
  return toast;
}

/**
 * lc_widget_show_file_toast:
 * @widget: the widget that wrote the file
 * @message: what was written (plain text), e.g. "Agenda exported as PDF"
 * @path: the file written
 *
 * Shows a toast with an Open button that opens @path in the app the
 * system gives its kind of file (the window's win.open-file).
 */
void
lc_widget_show_file_toast (GtkWidget  *widget,
                           const char *message,
                           const char *path)
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (message != NULL);
  g_return_if_fail (path != NULL);

  toast = new_toast (message);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (path));
  add_toast (widget, toast);
}

/**
 * lc_widget_show_error:
 * @widget: the widget where it went wrong
 * @error: what went wrong
 *
 * Tells the user, in a dialog they must dismiss, over the window that
 * holds the nearest toast overlay (else the widget's own window). A
 * cancelled operation is not an error and shows nothing.
 */
void
lc_widget_show_error (GtkWidget    *widget,
                      const GError *error)
{
  GtkWindow *parent = NULL;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (error != NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  find_overlay (widget, &parent);
  if (parent == NULL)
    parent = host_window (widget);
  if (parent == NULL)
    {
      g_warning ("%s", error->message);   /* no window to show it in */
      return;
    }

  dialog = adw_message_dialog_new (parent, _("Something Went Wrong"), error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * lc_widget_get_window:
 * @widget: a widget
 *
 * Returns: (transfer none) (nullable): the window @widget is in, for the
 *   dialogs it opens to be transient for; %NULL while it is in none
 */
GtkWindow *
lc_widget_get_window (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * lc_delete_question_new:
 * @parent: (nullable): the window asking
 * @heading: the question, such as “Delete “Main Hall”?”
 * @body: what deleting would take with it
 *
 * The one form of a question before a deletion: Cancel is the default and
 * what Escape answers, so only a deliberate choice deletes.
 *
 * Returns: (transfer none): a dialog answering "cancel" or "delete"; connect
 *   to #AdwMessageDialog::response and present it
 */
GtkWidget *
lc_delete_question_new (GtkWindow  *parent,
                        const char *heading,
                        const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}
