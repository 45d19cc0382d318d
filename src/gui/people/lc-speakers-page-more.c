/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-badges-dialog.h"
#include "lc-certificates-dialog.h"
#include "lc-earlier-people-dialog.h"
#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-speakers-sheet.h"
#include "lc-speakers-page-private.h"
#include "lc-util.h"

/*
 * The Speakers page's other ways to fill and use the list (issue 12),
 * from its "More" menu: people added from earlier conventions, the
 * selected person's details copied (also Ctrl+C in the list), the
 * speakers' sheet exported, and badges, table tents and certificates
 * (issue 14) printed, badges for the people selected.
 */

/* Left to right whatever the interface's language: an address and a
 * number read the same way everywhere (LRI … PDI). */
static char *
left_to_right (const char *text)
{
  return *text ? g_strconcat ("\u2066", text, "\u2069", NULL) : g_strdup ("");
}

/**
 * lc_speakers_page_add_contact_fields:
 * @self: the page
 * @person: the person in the detail pane
 *
 * Adds the person's email, phone, language for correspondence and short
 * biography to the detail pane's fields.
 */
void
lc_speakers_page_add_contact_fields (LcSpeakersPage *self,
                                     LcRecord       *person)
{
  gboolean arabic = lc_ui_language () == LC_LANGUAGE_ARABIC;
  g_autofree char *email = left_to_right (lc_person_get_email (LC_PERSON (person)));
  g_autofree char *phone = left_to_right (lc_person_get_phone (LC_PERSON (person)));
  const char *language = lc_person_get_language (LC_PERSON (person));
  const char *bio_ar = lc_person_get_bio (LC_PERSON (person), LC_LANGUAGE_ARABIC);
  const char *bio_en = lc_person_get_bio (LC_PERSON (person), LC_LANGUAGE_ENGLISH);

  lc_speakers_page_add_field (self, _("Email"), email, NULL);
  lc_speakers_page_add_field (self, _("Phone"), phone, NULL);
  lc_speakers_page_add_field (self, _("Language for Correspondence"),
                              g_str_equal (language, "ar") ? C_("language", "Arabic")
                              : g_str_equal (language, "en") ? C_("language", "English") : NULL, NULL);
  lc_speakers_page_add_field (self, _("Short Biography"), arabic ? bio_ar : bio_en, arabic ? bio_en : bio_ar);
}

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

static void
copy_details_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (widget);
  LcPerson *person = self->model && self->person_id
                     ? lc_convention_model_lookup (self->model, LC_TYPE_PERSON, self->person_id) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (person == NULL)
    return;

  text = lc_person_details_text (lc_convention_model_get_store (self->model), person, lc_ui_language (), &error);
  if (text == NULL)
    {
      lc_widget_show_error (widget, error);
      return;
    }
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  lc_widget_show_toast (widget, _("Details copied"));
}

static void
on_sheet_chosen_cb (const char *path,
                    gpointer    user_data)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (user_data);
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;
  if (!lc_speakers_sheet_write (lc_convention_model_get_store (self->model), lc_convention_model_get_id (self->model),
                                lc_ui_language (), path, &error))
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  lc_widget_show_file_toast (GTK_WIDGET (self), _("Speakers’ sheet exported"), path);
}

static void
export_sheet_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  GtkFileChooser *chooser;
  g_autoptr(GtkFileFilter) ods = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

  chooser = lc_file_chooser_new_for (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Export Speakers’ Sheet"),
                                     _("_Export"), on_sheet_chosen_cb);
  gtk_file_filter_set_name (ods, _("OpenDocument spreadsheet (.ods)"));
  gtk_file_filter_add_suffix (ods, "ods");
  gtk_file_filter_set_name (csv, _("Text, comma-separated (.csv)"));
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (chooser, ods);
  gtk_file_chooser_add_filter (chooser, csv);
  /* Translators: the file name offered for the speakers' sheet */
  gtk_file_chooser_set_current_name (chooser, _("speakers.ods"));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (widget);
  GtkWindow *parent = lc_widget_get_window (widget);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GArray) ids = NULL;
  LcStore *store;
  gint64 convention_id;

  if (self->model == NULL)
    return;
  store = lc_convention_model_get_store (self->model);
  convention_id = lc_convention_model_get_id (self->model);
  if (g_str_equal (action_name, "speakers.export-certificates"))
    {
      gtk_window_present (GTK_WINDOW (lc_certificates_dialog_new (parent, store, convention_id)));
      return;
    }

  people = lc_speakers_page_selected_people (self);
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), people->len);
  for (guint i = 0; i < people->len; i++)
    {
      gint64 id = lc_record_get_id (g_ptr_array_index (people, i));

      g_array_append_val (ids, id);
    }
  gtk_window_present (GTK_WINDOW (lc_badges_dialog_new (parent, store, convention_id,
                                                        g_str_equal (action_name, "speakers.print-badges")
                                                        ? LC_BADGES_KIND_BADGES : LC_BADGES_KIND_TABLE_TENTS,
                                                        (const gint64 *) ids->data, ids->len)));
}

void
lc_speakers_page_class_more_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "speakers.add-earlier", NULL, add_earlier_action);
  gtk_widget_class_install_action (widget_class, "speakers.copy-details", NULL, copy_details_action);
  gtk_widget_class_install_action (widget_class, "speakers.export-sheet", NULL, export_sheet_action);
  gtk_widget_class_install_action (widget_class, "speakers.print-badges", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "speakers.export-table-tents", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "speakers.export-certificates", NULL, print_action);
  /* In the search entry Ctrl+C copies its text: the entry has it first. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK, "speakers.copy-details", NULL);
}
