/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-earlier-people-dialog.h"
#include "lc-feedback.h"
#include "lc-speakers-page-private.h"
#include "lc-util.h"

/*
 * The Speakers page's other ways to fill and use the list (issue 12),
 * from its "More" menu: people added from earlier conventions.
 */

static void
on_earlier_added_cb (LcEarlierPeopleDialog *dialog,
                     guint                  added,
                     LcSpeakersPage        *self)
{
  g_autofree char *message = NULL;

  if (added == 0)
    {
      lc_widget_show_toast (GTK_WIDGET (self), _("Everyone chosen is already in this convention"));
      return;
    }
  message = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u person added", "%u people added", added), added);
  lc_widget_show_undo_toast (GTK_WIDGET (self), message);
}

static void
add_earlier_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  LcEarlierPeopleDialog *dialog;

  if (self->model == NULL || self->undo == NULL)
    return;

  dialog = lc_earlier_people_dialog_new (lc_widget_get_window (widget), self->model, self->undo, &error);
  if (dialog == NULL)
    {
      lc_widget_show_error (widget, error);
      return;
    }
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_earlier_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lc_speakers_page_class_more_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "speakers.add-earlier", NULL, add_earlier_action);
}
