/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-feedback.h"
#include "lc-list-rows.h"
#include "lc-organisation-dialog.h"
#include "lc-organisations-group.h"
#include "lc-text.h"
#include "lc-util.h"

/*
 * The convention's organisations in Convention Details (issue 12): listed
 * in their order with their logo and role, added and edited in a dialog,
 * moved with Alt+Up/Alt+Down, deleted after saying which people would lose
 * their organisation. Every change is one step of the convention's undo
 * history, which Ctrl+Z and Ctrl+Shift+Z take back and forth from here, as
 * in the Rooms section. The list is read from the library and read again
 * whenever an organisation changes there, by this window or another.
 */

struct _LcOrganisationsGroup
{
  AdwPreferencesGroup  parent_instance;

  GtkButton           *add_button;
  GtkListBox          *list;

  LcConventionModel   *model;
  LcUndoStack         *undo;
  GListStore          *organisations;
  gulong               changed_handler;
};

G_DEFINE_FINAL_TYPE (LcOrganisationsGroup, lc_organisations_group, ADW_TYPE_PREFERENCES_GROUP)

static GListModel *
organisations (LcOrganisationsGroup *self)
{
  return G_LIST_MODEL (self->organisations);
}

static LcStore *
store (LcOrganisationsGroup *self)
{
  return lc_convention_model_get_store (self->model);
}

static void
reload (LcOrganisationsGroup *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) read = lc_organisations_list (store (self), lc_convention_model_get_id (self->model),
                                                       &error);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (read == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (read)); i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (read), i));
  g_list_store_splice (self->organisations, 0, g_list_model_get_n_items (organisations (self)),
                       items->pdata, items->len);
}

static void
on_store_changed_cb (LcStore              *source,
                     GType                 type,
                     gint64                id,
                     int                   kind,
                     LcOrganisationsGroup *self)
{
  if (type == LC_TYPE_ORGANISATION)
    reload (self);
}

/* Alt+Up (@parameter -1) and Alt+Down (+1) on an organisation's row. */
static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcOrganisationsGroup *self = LC_ORGANISATIONS_GROUP (widget);
  g_autoptr(GError) error = NULL;
  int from = lc_list_rows_focused_index (self->list);
  int to = from + g_variant_get_int32 (parameter);

  if (from < 0 || to < 0 || (guint) to >= g_list_model_get_n_items (organisations (self)))
    return;
  if (!lc_organisations_move (self->undo, organisations (self), from, to, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  else
    lc_list_rows_focus (self->list, to);   /* the list was read again: the keyboard follows */
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LcOrganisationsGroup *self = LC_ORGANISATIONS_GROUP (widget);

  lc_list_rows_history (self->list, organisations (self), self->undo, g_str_equal (action_name, "organisations.redo"),
                        GTK_WIDGET (self->add_button));
}

static void
on_saved_cb (LcOrganisation *organisation,
             gpointer        user_data)
{
  LcOrganisationsGroup *self = user_data;

  for (guint i = 0; i < g_list_model_get_n_items (organisations (self)); i++)
    {
      g_autoptr(LcRecord) shown = g_list_model_get_item (organisations (self), i);

      if (lc_record_get_id (shown) == lc_record_get_id (LC_RECORD (organisation)))
        lc_list_rows_focus (self->list, i);
    }
}

static void
on_add_button_clicked_cb (GtkButton            *button,
                          LcOrganisationsGroup *self)
{
  if (self->model != NULL)
    lc_organisation_dialog_present (GTK_WIDGET (self), self->undo, organisations (self),
                                    lc_convention_model_get_id (self->model), NULL, on_saved_cb, self);
}

static LcOrganisation *
organisation_of_row_child (LcOrganisationsGroup *self,
                           GtkWidget            *child)
{
  GtkWidget *row = gtk_widget_get_ancestor (child, GTK_TYPE_LIST_BOX_ROW);
  int index = row ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : -1;

  if (index < 0 || (guint) index >= g_list_model_get_n_items (organisations (self)))
    return NULL;
  return g_list_model_get_item (organisations (self), index);
}

static void
on_edit_clicked_cb (GtkButton            *button,
                    LcOrganisationsGroup *self)
{
  g_autoptr(LcOrganisation) organisation = organisation_of_row_child (self, GTK_WIDGET (button));

  if (organisation != NULL)
    lc_organisation_dialog_present (GTK_WIDGET (self), self->undo, organisations (self),
                                    lc_convention_model_get_id (self->model), organisation, on_saved_cb, self);
}

static void
delete_organisation (LcOrganisationsGroup *self,
                     LcOrganisation       *organisation)
{
  g_autoptr(GError) error = NULL;
  /* The keyboard goes to the neighbouring row, where Ctrl+Z works. */
  int position = lc_list_rows_index_of (organisations (self), LC_RECORD (organisation));

  if (!lc_organisations_delete (self->undo, organisation, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  else
    lc_list_rows_refocus (self->list, organisations (self), position, GTK_WIDGET (self->add_button));
}

static void
on_delete_response_cb (AdwMessageDialog     *dialog,
                       const char           *response,
                       LcOrganisationsGroup *self)
{
  if (g_str_equal (response, "delete") && self->undo != NULL)
    delete_organisation (self, g_object_get_data (G_OBJECT (dialog), "lc-organisation"));
}

/* One nobody belongs to goes at once (Ctrl+Z brings it back); one that
 * people belong to only once the person knows who would lose it. */
static void
on_delete_clicked_cb (GtkButton            *button,
                      LcOrganisationsGroup *self)
{
  g_autoptr(LcOrganisation) organisation = organisation_of_row_child (self, GTK_WIDGET (button));
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL, *count = NULL, *list = NULL, *body = NULL;
  const char *name;
  GtkWidget *dialog;
  guint n;

  if (organisation == NULL)
    return;
  people = lc_organisations_list_people (store (self), organisation, &error);
  if (people == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  if (n == 0)
    {
      delete_organisation (self, organisation);
      return;
    }

  name = lc_ui_text (LC_RECORD (organisation), "name", NULL);
  for (guint i = 0; i < n; i++)
    {
      LcRecord *person = g_list_model_get_item (G_LIST_MODEL (people), i);

      g_ptr_array_add (names, (gpointer) lc_ui_text (person, "name", NULL));
      g_ptr_array_add (shown, lc_text_isolate (lc_ui_text (person, "name", NULL)));
      g_object_unref (person);   /* the list keeps it, and so its name */
    }
  list = lc_ui_join_list (names, shown);
  /* Translators: %1$u is a number of people, %2$s an organisation's name */
  count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u person belongs to “%2$s”:",
                                     "%1$u people belong to “%2$s”:", n),
                        n, name);
  /* Translators: %1$s says how many people belong to it, %2$s lists them */
  body = g_strdup_printf (_("%1$s %2$s. They will keep their details, with no organisation."), count, list);
  /* Translators: %s is an organisation's name */
  heading = g_strdup_printf (_("Delete “%s”?"), name);

  dialog = lc_delete_question_new (lc_widget_get_window (GTK_WIDGET (self)), heading, body);
  g_object_set_data_full (G_OBJECT (dialog), "lc-organisation", g_steal_pointer (&organisation), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  LcOrganisationsGroup *self = user_data;
  LcOrganisation *organisation = item;
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GdkTexture) logo = lc_organisation_logo_texture (organisation);
  GtkWidget *picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (logo));
  g_autofree char *edit = NULL, *delete = NULL;
  const char *name = lc_ui_text (LC_RECORD (organisation), "name", NULL);
  const char *country = lc_organisation_get_country (organisation);
  g_autofree char *subtitle = NULL;

  /* A name is the person's text, never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  subtitle = *country ? g_strdup_printf ("%s · %s", lc_organisation_role_name (lc_organisation_get_role (organisation)),
                                         country)
                      : g_strdup (lc_organisation_role_name (lc_organisation_get_role (organisation)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, TRUE);

  /* The logo small, its shape kept; a row without one keeps its place. */
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_set_size_request (picture, 48, 32);
  gtk_widget_set_valign (picture, GTK_ALIGN_CENTER);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), picture);

  /* Translators: %s is an organisation's name */
  edit = g_strdup_printf (_("Edit “%s”"), name);
  /* Translators: %s is an organisation's name */
  delete = g_strdup_printf (_("Delete “%s”"), name);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             lc_list_rows_icon_button (self, "document-edit-symbolic", edit,
                                                       G_CALLBACK (on_edit_clicked_cb)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             lc_list_rows_icon_button (self, "user-trash-symbolic", delete,
                                                       G_CALLBACK (on_delete_clicked_cb)));
  return row;
}

static void
lc_organisations_group_dispose (GObject *object)
{
  LcOrganisationsGroup *self = LC_ORGANISATIONS_GROUP (object);

  if (self->list != NULL)
    gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  if (self->model != NULL)
    g_clear_signal_handler (&self->changed_handler, store (self));
  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  g_clear_object (&self->organisations);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_ORGANISATIONS_GROUP);

  G_OBJECT_CLASS (lc_organisations_group_parent_class)->dispose (object);
}

static void
lc_organisations_group_class_actions_init (GtkWidgetClass *widget_class)
{
  lc_list_rows_install (widget_class, "organisations", move_action, history_action);
}

static void
lc_organisations_group_class_init (LcOrganisationsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_organisations_group_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/common/lc-organisations-group.ui");
  gtk_widget_class_bind_template_child (widget_class, LcOrganisationsGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, LcOrganisationsGroup, list);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);

  lc_organisations_group_class_actions_init (widget_class);
}

static void
lc_organisations_group_init (LcOrganisationsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->organisations = g_list_store_new (LC_TYPE_ORGANISATION);
}

/**
 * lc_organisations_group_set_context:
 * @self: the group
 * @model: the open convention
 * @undo: its undo history
 *
 * Lists @model's organisations, following every change to them.
 */
void
lc_organisations_group_set_context (LcOrganisationsGroup *self,
                                    LcConventionModel    *model,
                                    LcUndoStack          *undo)
{
  g_return_if_fail (LC_IS_ORGANISATIONS_GROUP (self));
  g_return_if_fail (LC_IS_CONVENTION_MODEL (model));
  g_return_if_fail (LC_IS_UNDO_STACK (undo));
  g_return_if_fail (self->model == NULL);

  self->model = g_object_ref (model);
  self->undo = g_object_ref (undo);
  self->changed_handler = g_signal_connect_object (store (self), "changed", G_CALLBACK (on_store_changed_cb),
                                                   self, 0);
  reload (self);
  gtk_list_box_bind_model (self->list, organisations (self), create_row, self, NULL);
}
