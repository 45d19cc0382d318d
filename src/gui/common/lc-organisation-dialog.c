/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-bilingual-entry.h"
#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-organisation-dialog.h"
#include "lc-util.h"

/*
 * Adding or editing one organisation of a convention: its name in each
 * language (each typed in its own direction), its role, country, website
 * and logo. What is typed is checked as it is typed, by the same rules the
 * library and the convention file use (lc_organisation_check ()); the
 * problem is said under the fields and Save waits until there is none.
 * The logo is chosen through the portal's file chooser and shown small.
 */

typedef struct
{
  GtkWidget               *owner;
  LcUndoStack             *undo;
  GListModel              *organisations;
  LcOrganisation          *edited;     /* a copy, or a new record */
  gboolean                 adding;
  LcOrganisationSavedFunc  saved;
  gpointer                 user_data;

  AdwMessageDialog        *dialog;
  AdwEntryRow             *name_ar;
  AdwEntryRow             *name_en;
  AdwComboRow             *role;
  AdwEntryRow             *country;
  AdwEntryRow             *website;
  GtkPicture              *logo;
  GtkButton               *remove_logo;
  GtkLabel                *problem;
} Editor;

static const char *const role_names[] = {
  NC_("organisation role", "Host"),
  NC_("organisation role", "Organiser"),
  NC_("organisation role", "Partner"),
  NC_("organisation role", "Sponsor"),
};

/**
 * lc_organisation_role_name:
 * @role: a role
 *
 * Returns: (transfer none): the role's name in the interface's language
 */
const char *
lc_organisation_role_name (LcOrganisationRole role)
{
  g_return_val_if_fail (role <= LC_ORGANISATION_ROLE_SPONSOR, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "organisation role", role_names[role]);
}

/**
 * lc_organisation_logo_texture:
 * @organisation: an organisation
 *
 * Returns: (transfer full) (nullable): its logo to show, or %NULL when it
 *   has none (or what the library holds is no image)
 */
GdkTexture *
lc_organisation_logo_texture (LcOrganisation *organisation)
{
  g_autoptr(GBytes) png = NULL;
  const char *logo = lc_organisation_get_logo (organisation);

  if (*logo == '\0' || (png = lc_organisation_logo_decode (logo, NULL)) == NULL)
    return NULL;
  return gdk_texture_new_from_bytes (png, NULL);
}

static void
editor_free (gpointer data)
{
  Editor *e = data;

  g_object_unref (e->owner);
  g_object_unref (e->undo);
  g_object_unref (e->organisations);
  g_object_unref (e->edited);
  g_free (e);
}

static void
show_logo (Editor *e)
{
  g_autoptr(GdkTexture) texture = lc_organisation_logo_texture (e->edited);

  gtk_picture_set_paintable (e->logo, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (e->logo), texture != NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (e->remove_logo), texture != NULL);
}

/* The fields onto the edited record; then the same check as the store's. */
static void
on_field_changed_cb (Editor *e)
{
  g_autoptr(LcOrganisation) checked = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *country = g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (e->country)), -1);

  lc_organisation_set_name (e->edited, gtk_editable_get_text (GTK_EDITABLE (e->name_ar)),
                            gtk_editable_get_text (GTK_EDITABLE (e->name_en)));
  lc_organisation_set_role (e->edited, adw_combo_row_get_selected (e->role));
  lc_organisation_set_country (e->edited, g_strstrip (country));
  lc_organisation_set_website (e->edited, gtk_editable_get_text (GTK_EDITABLE (e->website)));

  checked = LC_ORGANISATION (lc_record_copy (LC_RECORD (e->edited)));
  lc_organisation_check (checked, &error);
  gtk_label_set_text (e->problem, error ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (e->problem), error != NULL);
  adw_message_dialog_set_response_enabled (e->dialog, "save", error == NULL);
}

/* @user_data is the dialog, kept alive while the file is chosen. */
static void
on_logo_chosen_cb (const char *path,
                   gpointer    user_data)
{
  Editor *e = g_object_get_data (G_OBJECT (user_data), "lc-organisation-editor");
  g_autoptr(GError) error = NULL;
  g_autofree char *logo = lc_organisation_logo_from_file (path, &error);

  if (logo == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (e->dialog), error);
      return;
    }
  lc_organisation_set_logo (e->edited, logo);
  show_logo (e);
}

static void
on_choose_logo_clicked_cb (GtkButton *button,
                           Editor    *e)
{
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) images = gtk_file_filter_new ();

  chooser = lc_file_chooser_new (GTK_WINDOW (e->dialog), GTK_FILE_CHOOSER_ACTION_OPEN, _("Choose a Logo"),
                                 _("_Choose"), on_logo_chosen_cb, g_object_ref (e->dialog),
                                 g_object_unref);
  gtk_file_filter_set_name (images, _("Images"));
  gtk_file_filter_add_mime_type (images, "image/png");
  gtk_file_filter_add_mime_type (images, "image/jpeg");
  gtk_file_filter_add_mime_type (images, "image/svg+xml");
  gtk_file_chooser_add_filter (chooser, images);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_remove_logo_clicked_cb (GtkButton *button,
                           Editor    *e)
{
  lc_organisation_set_logo (e->edited, "");
  show_logo (e);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response,
                Editor           *e)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!g_str_equal (response, "save"))
    return;

  ok = e->adding ? lc_organisations_add (e->undo, e->organisations, e->edited, &error)
                 : lc_organisations_update (e->undo, e->edited, &error);
  if (!ok)
    lc_widget_show_error (e->owner, error);
  else if (e->saved != NULL)
    e->saved (e->edited, e->user_data);
}

static AdwEntryRow *
entry_row (GtkWidget  *box,
           const char *title,
           Editor     *e)
{
  AdwEntryRow *row = ADW_ENTRY_ROW (adw_entry_row_new ());

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (row, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (box), GTK_WIDGET (row));
  g_signal_connect_swapped (row, "changed", G_CALLBACK (on_field_changed_cb), e);
  return row;
}

static GtkWidget *
logo_row (Editor *e)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *choose = gtk_button_new_with_mnemonic (_("C_hoose…"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Logo"));
  e->logo = GTK_PICTURE (gtk_picture_new ());
  gtk_picture_set_can_shrink (e->logo, TRUE);
  gtk_widget_set_size_request (GTK_WIDGET (e->logo), 48, 32);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (e->logo));
  gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
  g_signal_connect (choose, "clicked", G_CALLBACK (on_choose_logo_clicked_cb), e);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), choose);
  e->remove_logo = GTK_BUTTON (gtk_button_new_from_icon_name ("user-trash-symbolic"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (e->remove_logo), _("Remove the Logo"));
  gtk_widget_set_valign (GTK_WIDGET (e->remove_logo), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (e->remove_logo), "flat");
  g_signal_connect (e->remove_logo, "clicked", G_CALLBACK (on_remove_logo_clicked_cb), e);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (e->remove_logo));
  return row;
}

/**
 * lc_organisation_dialog_present:
 * @owner: the widget asking, whose window the dialog belongs to
 * @undo: the convention's undo history
 * @organisations: the convention's organisations, in their order
 * @convention_id: the convention
 * @organisation: (nullable): the organisation to edit, or %NULL to add one
 * @saved: (scope notified) (nullable): called once it is stored
 * @user_data: for @saved
 *
 * Asks for an organisation's details; Save stores them as one undo step.
 */
void
lc_organisation_dialog_present (GtkWidget               *owner,
                                LcUndoStack             *undo,
                                GListModel              *organisations,
                                gint64                   convention_id,
                                LcOrganisation          *organisation,
                                LcOrganisationSavedFunc  saved,
                                gpointer                 user_data)
{
  Editor *e = g_new0 (Editor, 1);
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  GtkWidget *box, *content;

  e->owner = g_object_ref (owner);
  e->undo = g_object_ref (undo);
  e->organisations = g_object_ref (organisations);
  e->adding = organisation == NULL;
  e->saved = saved;
  e->user_data = user_data;
  if (organisation != NULL)
    e->edited = LC_ORGANISATION (lc_record_copy (LC_RECORD (organisation)));
  else
    {
      e->edited = g_object_new (LC_TYPE_ORGANISATION, NULL);
      lc_organisation_set_convention_id (e->edited, convention_id);
    }

  e->dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (lc_widget_get_window (owner),
                                                          e->adding ? _("Add Organisation")
                                                                    : _("Edit Organisation"),
                                                          NULL));
  box = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  e->name_ar = entry_row (box, _("Name in Arabic"), e);
  e->name_en = entry_row (box, _("Name in English"), e);
  lc_bilingual_entry_pair (GTK_WIDGET (e->name_ar), GTK_WIDGET (e->name_en));

  for (guint i = 0; i < G_N_ELEMENTS (role_names); i++)
    gtk_string_list_append (roles, lc_organisation_role_name (i));
  e->role = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (e->role), _("Role"));
  adw_combo_row_set_model (e->role, G_LIST_MODEL (roles));
  gtk_list_box_append (GTK_LIST_BOX (box), GTK_WIDGET (e->role));

  e->country = entry_row (box, _("Country Code (such as SA)"), e);
  e->website = entry_row (box, _("Website"), e);
  /* Codes and addresses read left to right in either language. */
  gtk_widget_set_direction (GTK_WIDGET (e->country), GTK_TEXT_DIR_LTR);
  gtk_widget_set_direction (GTK_WIDGET (e->website), GTK_TEXT_DIR_LTR);
  gtk_list_box_append (GTK_LIST_BOX (box), logo_row (e));

  e->problem = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (e->problem, TRUE);
  gtk_label_set_xalign (e->problem, 0);
  gtk_widget_add_css_class (GTK_WIDGET (e->problem), "error");
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_box_append (GTK_BOX (content), box);
  gtk_box_append (GTK_BOX (content), GTK_WIDGET (e->problem));
  adw_message_dialog_set_extra_child (e->dialog, content);

  /* The fields as stored, before they are watched. */
  gtk_editable_set_text (GTK_EDITABLE (e->name_ar), lc_organisation_get_name (e->edited, LC_LANGUAGE_ARABIC));
  gtk_editable_set_text (GTK_EDITABLE (e->name_en), lc_organisation_get_name (e->edited, LC_LANGUAGE_ENGLISH));
  adw_combo_row_set_selected (e->role, lc_organisation_get_role (e->edited));
  gtk_editable_set_text (GTK_EDITABLE (e->country), lc_organisation_get_country (e->edited));
  gtk_editable_set_text (GTK_EDITABLE (e->website), lc_organisation_get_website (e->edited));
  g_signal_connect_swapped (e->role, "notify::selected", G_CALLBACK (on_field_changed_cb), e);
  show_logo (e);

  adw_message_dialog_add_responses (e->dialog, "cancel", _("_Cancel"),
                                    "save", e->adding ? _("_Add") : _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (e->dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (e->dialog, "save");
  adw_message_dialog_set_close_response (e->dialog, "cancel");
  g_object_set_data_full (G_OBJECT (e->dialog), "lc-organisation-editor", e, editor_free);
  g_signal_connect (e->dialog, "response", G_CALLBACK (on_response_cb), e);
  on_field_changed_cb (e);

  gtk_window_present (GTK_WINDOW (e->dialog));
  gtk_widget_grab_focus (GTK_WIDGET (lc_ui_language () == LC_LANGUAGE_ARABIC ? e->name_ar : e->name_en));
}
