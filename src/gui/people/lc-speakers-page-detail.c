/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-view.h"
#include "lc-feedback.h"
#include "lc-language-tag.h"
#include "lc-person-editor.h"
#include "lc-person-photo-row.h"
#include "lc-speaker-item-row.h"
#include "lc-speakers-page-private.h"
#include "lc-text.h"
#include "lc-util.h"

/*
 * The chosen person: every field in both languages and every agenda item
 * they are in (activating one shows it in the Agenda); and adding, editing
 * and deleting people. Deleting someone on the agenda first says where they
 * are; every change goes through the undo stack, which also brings back a
 * deleted person's participations.
 */

static void
clear_list_box (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
value_label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);

  return label;
}

/* One field: its name, then the value in the interface's language and the
 * value in the other one, each only when given ("Not given" for neither). */
void
lc_speakers_page_add_field (LcSpeakersPage *self,
                            const char     *title,
                            const char     *first,
                            const char     *second)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *caption = gtk_label_new (title);
  gboolean any = FALSE;

  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "caption");
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);

  if (first != NULL && *first != '\0')
    {
      gtk_box_append (GTK_BOX (box), value_label_new (first));
      any = TRUE;
    }
  if (second != NULL && *second != '\0' && g_strcmp0 (first, second) != 0)
    {
      gtk_box_append (GTK_BOX (box), value_label_new (second));
      any = TRUE;
    }
  if (!any)
    {
      GtkWidget *none = value_label_new (_("Not given"));

      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->fields_list, row);
}

static void
add_bilingual_field (LcSpeakersPage *self,
                     LcRecord       *record,
                     const char     *field,
                     const char     *title)
{
  g_autofree char *ar = g_strconcat (field, "-ar", NULL);
  g_autofree char *en = g_strconcat (field, "-en", NULL);
  gboolean arabic = lc_ui_language () == LC_LANGUAGE_ARABIC;
  const char *a = record ? lc_record_get_string (record, ar) : NULL;
  const char *e = record ? lc_record_get_string (record, en) : NULL;

  lc_speakers_page_add_field (self, title, arabic ? a : e, arabic ? e : a);
}

static char *
format_when (LcRecord *item)
{
  g_autofree char *date = lc_format_date (lc_item_get_day (LC_ITEM (item)));
  g_autofree char *start = lc_ui_format_time ((int) lc_item_get_start_minute (LC_ITEM (item)));
  g_autofree char *end = lc_ui_format_time ((int) lc_item_get_end_minute (LC_ITEM (item)));

  /* Translators: an agenda item's day, then its start and end times */
  return g_strdup_printf (C_("day and time", "%1$s, %2$s–%3$s"), date, start, end);
}

static int
compare_participation_items (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  LcConventionModel *model = user_data;
  LcRecord *x = lc_convention_model_lookup (model, LC_TYPE_ITEM, lc_participation_get_item_id (LC_PARTICIPATION (*(LcRecord **) a)));
  LcRecord *y = lc_convention_model_lookup (model, LC_TYPE_ITEM, lc_participation_get_item_id (LC_PARTICIPATION (*(LcRecord **) b)));
  int c;

  if (x == NULL || y == NULL)
    return (x == NULL) - (y == NULL);
  c = strcmp (lc_item_get_day (LC_ITEM (x)), lc_item_get_day (LC_ITEM (y)));
  if (c == 0)
    c = (int) (lc_item_get_start_minute (LC_ITEM (x)) - lc_item_get_start_minute (LC_ITEM (y)));
  if (c == 0)
    c = (int) (lc_item_get_end_minute (LC_ITEM (x)) - lc_item_get_end_minute (LC_ITEM (y)));

  return c;
}

/* The person's participations, in the agenda's time order. */
static GPtrArray *
person_participations (LcSpeakersPage *self,
                       gint64          person_id)
{
  GPtrArray *parts = lc_convention_model_get_person_participations (self->model, person_id);

  g_ptr_array_sort_with_data (parts, compare_participation_items, self->model);
  return parts;
}

/* An item the person is in: when and where, its title, their role. In the
 * detail pane the row opens the item in the Agenda; in the question before
 * a deletion it only informs. */
static GtkWidget *
item_row_new (LcSpeakersPage *self,
              LcRecord       *participation,
              LcRecord       *item,
              gboolean        activatable)
{
  GtkWidget *row = lc_speaker_item_row_new (LC_ITEM (item));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *tags = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *when, *title, *arrow;
  g_autofree char *when_text = format_when (item);
  g_autoptr(GString) caption = g_string_new (when_text);
  gint64 room_id = lc_item_get_room_id (LC_ITEM (item));
  LcRecord *room = room_id ? lc_convention_model_lookup (self->model, LC_TYPE_ROOM, room_id) : NULL;
  gboolean fell_back = FALSE;
  const char *title_text = lc_ui_text (item, "title", &fell_back);

  if (room != NULL)
    {
      g_string_append (caption, C_("separator", " · "));
      g_string_append (caption, lc_ui_text (room, "name", NULL));
    }
  when = value_label_new (caption->str);
  gtk_widget_add_css_class (when, "caption");
  gtk_widget_add_css_class (when, "dim-label");
  gtk_widget_add_css_class (when, "numeric");

  title = value_label_new (*title_text ? title_text : _("Untitled Item"));
  /* Only the missing title is dimmed: one in the other language is the
   * organiser's own text, tagged below where the convention mixes. */
  if (*title_text == '\0')
    gtk_widget_add_css_class (title, "dim-label");

  gtk_box_append (GTK_BOX (tags), lc_person_tag_new (lc_role_get_label (lc_participation_get_role (LC_PARTICIPATION (participation))),
                                                     lc_enum_to_nick (LC_TYPE_ROLE,
                                                                      lc_participation_get_role (LC_PARTICIPATION (participation)))));
  if (lc_convention_model_get_attendance (self->model, LC_PARTICIPATION (participation)) == LC_ATTENDANCE_ONLINE)
    gtk_box_append (GTK_BOX (tags), lc_person_tag_new (C_("attendance", "Online"), "online"));
  if (fell_back && lc_language_tag_wanted (self->model))
    {
      GtkWidget *language = lc_language_tag_new ();

      lc_language_tag_show (language, fell_back, self->model);
      gtk_box_append (GTK_BOX (tags), language);
    }

  gtk_box_append (GTK_BOX (text), when);
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), tags);
  gtk_widget_set_hexpand (text, TRUE);

  gtk_box_append (GTK_BOX (box), text);
  if (activatable)
    {
      /* go-next is mirrored by the icon theme in right-to-left. */
      arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
      gtk_widget_set_valign (arrow, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), arrow);
      gtk_widget_set_tooltip_text (row, _("Show in the Agenda"));
    }
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), activatable);

  return row;
}

void
lc_speakers_page_refresh_detail (LcSpeakersPage *self)
{
  LcRecord *person = self->model && self->person_id
                     ? lc_convention_model_lookup (self->model, LC_TYPE_PERSON, self->person_id) : NULL;
  gboolean arabic = lc_ui_language () == LC_LANGUAGE_ARABIC;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *full_name = NULL;
  g_autoptr(GdkTexture) photo = NULL;
  LcPersonSummary summary;
  const char *name, *other, *honorific, *city_ar = NULL, *city_en = NULL;
  gint64 city_id;
  LcRecord *city;
  gboolean fell_back = FALSE;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.edit", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.delete", person != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.copy-details", person != NULL);

  if (person == NULL)
    {
      self->person_id = 0;
      gtk_stack_set_visible_child_name (self->detail_stack, "none");
      clear_list_box (self->fields_list);
      clear_list_box (self->items_list);
      if (adw_leaflet_get_folded (self->leaflet))
        adw_leaflet_set_visible_child_name (self->leaflet, "list");
      return;
    }

  gtk_stack_set_visible_child_name (self->detail_stack, "person");

  /* The heading: honorific and name in the interface's language, the name
   * in the other language beneath. */
  name = lc_ui_text (person, "name", &fell_back);
  other = lc_record_get_text (person, "name", arabic ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC, NULL);
  honorific = lc_ui_text (person, "honorific", NULL);
  if (*honorific != '\0' && *name != '\0')
    {
      const char *fields[] = { honorific, name };
      const char *const spaces[] = { " ", " " };

      /* An Arabic "د." stands before (right of) an Arabic name in an
       * English window too, as on paper. */
      full_name = lc_text_join_fields (fields, G_N_ELEMENTS (fields), spaces, lc_ui_language ());
    }
  else
    full_name = g_strdup (*name ? name : _("Unnamed Person"));
  gtk_label_set_text (self->detail_name, full_name);
  gtk_label_set_text (self->detail_other_name, g_strcmp0 (other, name) != 0 ? other : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_other_name), g_strcmp0 (other, name) != 0 && *other != '\0');
  lc_person_set_initials (self->detail_avatar, name);
  photo = lc_person_photo_texture (lc_convention_model_get_store (self->model),
                                   lc_person_get_photo (LC_PERSON (person)));
  gtk_picture_set_paintable (self->detail_photo, GDK_PAINTABLE (photo));
  gtk_widget_set_visible (GTK_WIDGET (self->detail_photo), photo != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_avatar), photo == NULL);

  summary = lc_speakers_page_summary_of (self, person);
  lc_person_add_role_tags (self->detail_tags, &summary);

  /* Every field, both languages. */
  clear_list_box (self->fields_list);
  add_bilingual_field (self, person, "name", _("Name"));
  add_bilingual_field (self, person, "honorific", _("Honorific"));
  add_bilingual_field (self, person, "position", _("Position"));
  add_bilingual_field (self, person, "organisation", _("Organisation"));
  city_id = lc_person_get_city_id (LC_PERSON (person));
  city = city_id ? lc_convention_model_lookup (self->model, LC_TYPE_CITY, city_id) : NULL;
  if (city != NULL)
    {
      city_ar = lc_city_get_name (LC_CITY (city), LC_LANGUAGE_ARABIC);
      city_en = lc_city_get_name (LC_CITY (city), LC_LANGUAGE_ENGLISH);
    }
  lc_speakers_page_add_field (self, _("City"), arabic ? city_ar : city_en, arabic ? city_en : city_ar);
  lc_speakers_page_add_field (self, _("Usual Attendance"),
             lc_person_get_attendance (LC_PERSON (person)) == LC_ATTENDANCE_ONLINE
             ? C_("attendance", "Online") : C_("attendance", "In Person"), NULL);
  lc_speakers_page_add_contact_fields (self, person);
  lc_speakers_page_add_participant_fields (self, person);

  /* Every item they are in, in time order. */
  clear_list_box (self->items_list);
  parts = person_participations (self, self->person_id);
  for (guint i = 0; i < parts->len; i++)
    {
      LcRecord *p = g_ptr_array_index (parts, i);
      LcRecord *item = lc_convention_model_lookup (self->model, LC_TYPE_ITEM, lc_participation_get_item_id (LC_PARTICIPATION (p)));

      if (item != NULL)
        gtk_list_box_append (self->items_list, item_row_new (self, p, item, TRUE));
    }

  if (parts->len == 0)
    heading = g_strdup (_("On the Agenda"));
  else
    heading = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "On the Agenda: %u Item", "On the Agenda: %u Items",
                                            parts->len), parts->len);
  gtk_label_set_text (self->items_heading, heading);
}

static void
on_items_list_row_activated_cb (GtkListBox     *list,
                                GtkListBoxRow  *row,
                                LcSpeakersPage *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), LC_TYPE_CONVENTION_VIEW);

  if (LC_IS_SPEAKER_ITEM_ROW (row) && view != NULL)
    lc_convention_view_reveal_item (LC_CONVENTION_VIEW (view),
                                    lc_record_get_id (LC_RECORD (lc_speaker_item_row_get_item (LC_SPEAKER_ITEM_ROW (row)))));
}

/* ---- actions ----------------------------------------------------------- */

static void
on_editor_saved_cb (LcPersonEditor *editor,
                    gint64          person_id,
                    LcSpeakersPage *self)
{
  /* A new person hidden by the search or a filter would seem lost. */
  if (lc_speakers_page_shown_position (self, person_id) == GTK_INVALID_LIST_POSITION)
    lc_speakers_page_clear_filters (self);
  lc_speakers_page_show_person (self, person_id);
}

void
lc_speakers_page_open_editor (LcSpeakersPage *self,
                              LcPerson       *person)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  LcPersonEditor *editor;

  if (self->model == NULL || self->undo == NULL)
    return;

  editor = lc_person_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, self->model, self->undo, person);
  /* Adding someone the search did not find: start from what was typed. */
  if (person == NULL && g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0)
    lc_person_editor_set_name (editor, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  lc_speakers_page_open_editor (LC_SPEAKERS_PAGE (widget), NULL);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (widget);
  LcPerson *person = self->model && self->person_id
                     ? lc_convention_model_lookup (self->model, LC_TYPE_PERSON, self->person_id) : NULL;

  if (person != NULL)
    lc_speakers_page_open_editor (self, person);
}

static void
delete_person (LcSpeakersPage *self,
               gint64          person_id)
{
  LcRecord *person = self->model ? lc_convention_model_lookup (self->model, LC_TYPE_PERSON, person_id) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (person == NULL || self->undo == NULL)
    return;

  name = g_strdup (lc_ui_text (person, "name", NULL));
  /* The undo stack remembers the participations the database removes with
   * the person, so Undo brings them back too. */
  if (!lc_undo_stack_delete (self->undo, person, _("Delete Person"), &error))
    {
      lc_widget_show_error (GTK_WIDGET (self), error);
      return;
    }

  /* Translators: shown after deleting a person; %s is their name */
  message = g_strdup_printf (_("“%s” deleted"), name);
  lc_widget_show_undo_toast (GTK_WIDGET (self), message);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       LcSpeakersPage   *self)
{
  gint64 *person_id = g_object_get_data (G_OBJECT (dialog), "person-id");

  if (g_str_equal (response, "delete") && person_id != NULL)
    delete_person (self, *person_id);
}

/* Where the person is on the agenda, for the question before deleting them. */
static GtkWidget *
participations_list_new (LcSpeakersPage *self,
                         GPtrArray      *parts)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < parts->len; i++)
    {
      LcRecord *p = g_ptr_array_index (parts, i);
      LcRecord *item = lc_convention_model_lookup (self->model, LC_TYPE_ITEM, lc_participation_get_item_id (LC_PARTICIPATION (p)));

      if (item != NULL)
        gtk_list_box_append (GTK_LIST_BOX (list), item_row_new (self, p, item, FALSE));
    }

  /* As tall as the list, up to a point; then it scrolls. */
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);

  return scroller;
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (widget);
  LcRecord *person = self->model && self->person_id
                     ? lc_convention_model_lookup (self->model, LC_TYPE_PERSON, self->person_id) : NULL;
  g_autoptr(GPtrArray) parts = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  const char *name;

  if (person == NULL)
    return;

  /* Someone on no item goes at once: the toast offers Undo. */
  parts = person_participations (self, self->person_id);
  if (parts->len == 0)
    {
      delete_person (self, self->person_id);
      return;
    }

  name = lc_ui_text (person, "name", NULL);
  /* Translators: the question before deleting a person; %s is their name */
  heading = g_strdup_printf (_("Delete %s?"), name);
  body = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: a person's name, then how many agenda items they are in */
                                       "%1$s is in %2$u agenda item, listed below, and will be taken off it.",
                                       "%1$s is in %2$u agenda items, listed below, and will be taken off them.",
                                       parts->len), name, parts->len);

  /* Heading and body are plain text here: names need no escaping. */
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (lc_widget_get_window (GTK_WIDGET (self)), heading, body));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, participations_list_new (self, parts));
  g_object_set_data_full (G_OBJECT (dialog), "person-id", g_memdup2 (&self->person_id, sizeof (gint64)), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lc_speakers_page_class_detail_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_items_list_row_activated_cb);

  gtk_widget_class_install_action (widget_class, "speakers.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "speakers.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "speakers.delete", NULL, delete_action);
}
