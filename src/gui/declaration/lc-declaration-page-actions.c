/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-amendment-dialog.h"
#include "lc-declaration-page-private.h"
#include "lc-declaration-ui.h"
#include "lc-feedback.h"
#include "lc-publish-dialog.h"
#include "lc-util.h"

/*
 * What the user does in the Declaration area, as actions of the page
 * ("declaration.*"), which its rows and buttons name with the clause,
 * section or amendment as the target.
 *
 * Undo: text edits, adding and removing clauses and sections, proposals
 * and status changes go through the undo stack (lc-declaration-ui.c).
 * Publishing a version does not: the store keeps published versions for
 * good (its triggers refuse to delete them), so there is nothing an undo
 * could do; the dialog says so before.
 */

/* Stores what is being typed, then undoes: Ctrl+Z right after typing
 * undoes the typing. Forwarded to the convention view, which owns Undo. */
static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);

  lc_declaration_page_flush (self);
  gtk_widget_activate_action (gtk_widget_get_parent (widget), action_name, NULL);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  gint64 id = 0;

  if (self->model == NULL)
    return;

  lc_declaration_page_flush (self);
  if (!lc_declaration_undo_new_declaration (self->undo, lc_convention_model_get_id (self->model), &id, &error))
    {
      lc_declaration_page_report (self, error);
      return;
    }

  self->declaration_id = id;
  gtk_stack_set_visible_child_name (self->content_stack, "text");
  lc_declaration_page_refresh (self);
}

static void
add_section_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->declaration_id == 0)
    return;

  lc_declaration_page_flush (self);
  if (!lc_declaration_undo_add_section (self->undo, self->declaration_id, &error))
    lc_declaration_page_report (self, error);
}

static void
add_clause (LcDeclarationPage *self,
            gint64             section,
            gint64             after)
{
  g_autoptr(GError) error = NULL;
  gint64 clause = 0;

  lc_declaration_page_flush (self);
  if (!lc_declaration_undo_add_clause (self->undo, section, after, &clause, &error))
    {
      lc_declaration_page_report (self, error);
      return;
    }

  /* Ready to type in, once shown. */
  self->focus_clause = clause;
  lc_declaration_page_refresh (self);
}

static void
add_clause_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  add_clause (LC_DECLARATION_PAGE (widget), g_variant_get_int64 (parameter), 0);
}

static void
insert_clause_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  gint64 after = g_variant_get_int64 (parameter);
  const LcTextSection *section = NULL;

  if (self->working == NULL || lc_declaration_text_find_clause (self->working, after, &section) == NULL)
    return;

  add_clause (self, section->key, after);
}

static void
remove_clause_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  g_autoptr(GError) error = NULL;

  lc_declaration_page_flush (self);
  if (!lc_declaration_undo_remove_clause (self->undo, g_variant_get_int64 (parameter), &error))
    lc_declaration_page_report (self, error);
  else
    lc_declaration_page_toast (self, _("Clause removed"), TRUE);
}

static void
remove_section_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  g_autoptr(GError) error = NULL;

  lc_declaration_page_flush (self);
  if (!lc_declaration_undo_remove_section (self->undo, g_variant_get_int64 (parameter), &error))
    lc_declaration_page_report (self, error);
  else
    lc_declaration_page_toast (self, _("Section removed"), TRUE);
}

/* A text that could not be stored: show it as stored again. */
static void
set_text (LcDeclarationPage *self,
          GType              type,
          gint64             id,
          const char        *field,
          const char        *ar,
          const char        *en,
          const char        *label)
{
  g_autoptr(GError) error = NULL;

  if (self->undo == NULL)
    return;

  if (!lc_declaration_undo_set_text (self->undo, type, id, field, ar, en, label, &error))
    {
      lc_declaration_page_report (self, error);
      lc_declaration_page_queue_refresh (self);
    }
}

static void
edit_clause_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  gint64 id;
  const char *ar, *en;

  g_variant_get (parameter, "(x&s&s)", &id, &ar, &en);
  set_text (LC_DECLARATION_PAGE (widget), LC_TYPE_CLAUSE, id, "text", ar, en, _("Edit Clause"));
}

static void
edit_section_title_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  gint64 id;
  const char *ar, *en;

  g_variant_get (parameter, "(x&s&s)", &id, &ar, &en);
  set_text (LC_DECLARATION_PAGE (widget), LC_TYPE_DECLARATION_SECTION, id, "title", ar, en,
            _("Rename Section"));
}

static void
edit_title_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  const char *ar, *en;

  if (self->declaration_id == 0)
    return;

  g_variant_get (parameter, "(&s&s)", &ar, &en);
  set_text (self, LC_TYPE_DECLARATION, self->declaration_id, "title", ar, en, _("Rename Declaration"));
}

static void
show_amendments_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);

  lc_amendments_pane_set_clause (self->clause_pane, g_variant_get_int64 (parameter), TRUE);
  adw_flap_set_reveal_flap (self->clause_flap, TRUE);
}

static void
close_amendments_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  adw_flap_set_reveal_flap (LC_DECLARATION_PAGE (widget)->clause_flap, FALSE);
}

static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  LcAmendmentDialog *dialog;

  if (self->working == NULL)
    return;

  lc_declaration_page_flush (self);
  dialog = lc_amendment_dialog_new (lc_widget_get_window (GTK_WIDGET (self)), self->model, self->undo, self->declaration_id,
                                    self->working, g_variant_get_int64 (parameter));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  g_autoptr(GError) error = NULL;
  const char *nick;
  gint64 id;
  int status;

  g_variant_get (parameter, "(x&s)", &id, &nick);
  if (!lc_enum_from_nick (LC_TYPE_AMENDMENT_STATUS, nick, &status))
    g_return_if_reached ();

  /* Refused transitions say why in the declaration API's words. */
  if (!lc_declaration_undo_set_status (self->undo, id, status, &error))
    lc_declaration_page_report (self, error);
}

static void
on_publish_response (LcPublishDialog   *dialog,
                     const char        *response,
                     LcDeclarationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcDeclarationVersion) version = NULL;
  g_autofree char *ar = NULL, *en = NULL, *done = NULL;

  if (g_strcmp0 (response, "publish") != 0 || self->store == NULL)
    return;

  ar = g_strstrip (g_strdup (lc_publish_dialog_get_label (dialog, TRUE)));
  en = g_strstrip (g_strdup (lc_publish_dialog_get_label (dialog, FALSE)));
  version = lc_declaration_publish_version (self->store, self->declaration_id, ar, en, &error);
  if (version == NULL)
    {
      lc_declaration_page_report (self, error);
      return;
    }

  /* Translators: said once a version of a declaration is published, with its number */
  done = lc_ui_printf (_("Version %d published"), (int) lc_declaration_version_get_number (version));
  lc_declaration_page_toast (self, done, FALSE);
  gtk_stack_set_visible_child_name (self->content_stack, "versions");
}

static void
publish_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (widget);
  guint accepted = 0;
  LcPublishDialog *dialog;

  if (self->working == NULL)
    return;

  lc_declaration_page_flush (self);
  lc_declaration_page_refresh (self);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->amendments)); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (G_LIST_MODEL (self->amendments), i);

      accepted += lc_amendment_get_status (LC_AMENDMENT (amendment)) == LC_AMENDMENT_STATUS_ACCEPTED
                  && lc_amendment_get_incorporated_in (LC_AMENDMENT (amendment)) == 0;
    }

  dialog = lc_publish_dialog_new (lc_widget_get_window (GTK_WIDGET (self)), self->working,
                                  (int) g_list_model_get_n_items (G_LIST_MODEL (self->versions)) + 1, accepted);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_publish_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lc_declaration_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "view.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "view.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "declaration.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "declaration.add-section", NULL, add_section_action);
  gtk_widget_class_install_action (widget_class, "declaration.add-clause", "x", add_clause_action);
  gtk_widget_class_install_action (widget_class, "declaration.insert-clause", "x", insert_clause_action);
  gtk_widget_class_install_action (widget_class, "declaration.remove-clause", "x", remove_clause_action);
  gtk_widget_class_install_action (widget_class, "declaration.remove-section", "x", remove_section_action);
  gtk_widget_class_install_action (widget_class, "declaration.edit-clause", "(xss)", edit_clause_action);
  gtk_widget_class_install_action (widget_class, "declaration.edit-section-title", "(xss)",
                                   edit_section_title_action);
  gtk_widget_class_install_action (widget_class, "declaration.edit-title", "(ss)", edit_title_action);
  gtk_widget_class_install_action (widget_class, "declaration.show-amendments", "x", show_amendments_action);
  gtk_widget_class_install_action (widget_class, "declaration.close-amendments", NULL, close_amendments_action);
  gtk_widget_class_install_action (widget_class, "declaration.propose", "x", propose_action);
  gtk_widget_class_install_action (widget_class, "declaration.set-status", "(xs)", set_status_action);
  gtk_widget_class_install_action (widget_class, "declaration.publish", NULL, publish_action);
}
