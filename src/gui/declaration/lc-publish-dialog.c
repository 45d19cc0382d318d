/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-declaration-ui.h"
#include "lc-publish-dialog.h"
#include "lc-util.h"

/*
 * Publish Version…: asks for the new version's label in both languages and
 * says what publishing does (it freezes the working text, for good). The
 * page publishes on the "publish" response.
 */

struct _LcPublishDialog
{
  AdwMessageDialog  parent_instance;

  GtkBox           *fields_box;
  GtkEntry         *label_en;
  GtkEntry         *label_ar;
};

G_DEFINE_FINAL_TYPE (LcPublishDialog, lc_publish_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
on_label_changed (GtkEditable     *editable,
                  LcPublishDialog *self)
{
  g_autofree char *ar = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->label_ar))));
  g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->label_en))));

  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "publish", *ar != '\0' || *en != '\0');
}

static GtkEntry *
make_entry (LcPublishDialog *self,
            const char      *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  /* Narrow windows: the two languages share the width. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_label_changed), self, 0);

  return GTK_ENTRY (entry);
}

static void
lc_publish_dialog_class_init (LcPublishDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/declaration/lc-publish-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPublishDialog, fields_box);
}

static void
lc_publish_dialog_init (LcPublishDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: an example of a version's label */
  self->label_en = make_entry (self, _("Such as “Final text read in session 9”"));
  self->label_ar = make_entry (self, _("The label in Arabic"));
  gtk_box_append (self->fields_box, lc_declaration_ui_pair (GTK_WIDGET (self->label_en),
                                                            GTK_WIDGET (self->label_ar)));
}

/**
 * lc_publish_dialog_new:
 * @parent: the window
 * @working: the working text that would be published
 * @number: the number the version will have
 * @n_accepted: how many accepted amendments it takes in
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
LcPublishDialog *
lc_publish_dialog_new (GtkWindow         *parent,
                       LcDeclarationText *working,
                       int                number,
                       guint              n_accepted)
{
  LcPublishDialog *self = g_object_new (LC_TYPE_PUBLISH_DIALOG, "transient-for", parent, NULL);
  guint n_clauses = lc_declaration_text_count_clauses (working);
  g_autofree char *heading = NULL, *sections = NULL, *clauses = NULL, *amendments = NULL, *body = NULL;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  /* Translators: the heading of the dialog that publishes a version of a declaration */
  heading = lc_ui_printf (_("Publish Version %d?"), number);
  sections = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u section", "%u sections", working->sections->len),
                              working->sections->len);
  clauses = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u clause", "%u clauses", n_clauses), n_clauses);
  amendments = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u accepted amendment", "%u accepted amendments",
                                             n_accepted), n_accepted);
  /* Translators: the three placeholders count sections, clauses and accepted amendments */
  body = g_strdup_printf (_("The working text is frozen as it reads now: %1$s, %2$s, with %3$s. "
                            "A published version never changes, and publishing cannot be undone."),
                          sections, clauses, amendments);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (self), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  return self;
}

void
lc_publish_dialog_set_label (LcPublishDialog *self,
                             const char      *label_ar,
                             const char      *label_en)
{
  g_return_if_fail (LC_IS_PUBLISH_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->label_ar), label_ar);
  gtk_editable_set_text (GTK_EDITABLE (self->label_en), label_en);
}

/**
 * lc_publish_dialog_get_label:
 * @self: the dialog
 * @arabic: which language
 *
 * Returns: (transfer none): the label typed in that language
 */
const char *
lc_publish_dialog_get_label (LcPublishDialog *self,
                             gboolean         arabic)
{
  g_return_val_if_fail (LC_IS_PUBLISH_DIALOG (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (arabic ? self->label_ar : self->label_en));
}
