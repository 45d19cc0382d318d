/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-feedback.h"
#include "lc-organisation.h"
#include "lc-participant.h"
#include "lc-speakers-page-private.h"
#include "lc-util.h"

/*
 * Participants in the People list (issue 14): the category and status
 * filters, the people selected together (shift- and ctrl-click, Ctrl+A),
 * and Set Status for all of them as one undo step
 * (lc_participants_set_status ()).
 *
 * The list view shows slots, not people (lc-speakers-page.c), so a
 * selection of positions would point at other people after a search: the
 * selected people are remembered by id across every change of the list.
 */

/* The filters' first position is "any"; then the enum's values in order. */
static gboolean
category_match (gpointer item,
                gpointer user_data)
{
  LcSpeakersPage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->category_dropdown);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION
         || lc_person_get_category (LC_PERSON (item)) == (LcParticipantCategory) (selected - 1);
}

static gboolean
status_match (gpointer item,
              gpointer user_data)
{
  LcSpeakersPage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->status_dropdown);

  return selected == 0 || selected == GTK_INVALID_LIST_POSITION
         || lc_person_get_status (LC_PERSON (item)) == (LcParticipantStatus) (selected - 1);
}

static void
on_category_dropdown_selected_cb (LcSpeakersPage *self)
{
  gboolean active = gtk_drop_down_get_selected (self->category_dropdown) != 0;

  gtk_custom_filter_set_filter_func (self->category_filter, active ? category_match : NULL,
                                     active ? self : NULL, NULL);
}

static void
on_status_dropdown_selected_cb (LcSpeakersPage *self)
{
  gboolean active = gtk_drop_down_get_selected (self->status_dropdown) != 0;

  gtk_custom_filter_set_filter_func (self->status_filter, active ? status_match : NULL,
                                     active ? self : NULL, NULL);
}

/* Fills a filter's choices from the core's words, so the list, the filter
 * and the Arabic catalogue say the same. */
static void
fill_choices (GtkDropDown *dropdown,
              const char  *any,
              guint        n,
              const char *(*label) (guint))
{
  g_autoptr(GtkStringList) words = gtk_string_list_new (NULL);

  gtk_string_list_append (words, any);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (words, label (i));
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (words));
}

static const char *
category_word (guint category)
{
  return lc_participant_category_label (category, lc_ui_language ());
}

static const char *
status_word (guint status)
{
  return lc_participant_status_label (status, lc_ui_language ());
}

/**
 * lc_speakers_page_init_participant_filters:
 * @self: the page
 *
 * Fills the category and status filters (after the template is loaded).
 */
void
lc_speakers_page_init_participant_filters (LcSpeakersPage *self)
{
  fill_choices (self->category_dropdown, C_("filter", "Any Category"), LC_PARTICIPANT_CATEGORY_STAFF + 1,
                category_word);
  fill_choices (self->status_dropdown, C_("filter", "Any Status"), LC_PARTICIPANT_STATUS_NO_SHOW + 1,
                status_word);
}

/**
 * lc_speakers_page_clear_participant_filters:
 * @self: the page
 *
 * Sets the category and status filters back to "any".
 */
void
lc_speakers_page_clear_participant_filters (LcSpeakersPage *self)
{
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_drop_down_set_selected (self->status_dropdown, 0);
}

/**
 * lc_speakers_page_selected_people:
 * @self: the page
 *
 * Returns: (transfer container) (element-type LcPerson): the people
 *   selected in the list, in its order
 */
GPtrArray *
lc_speakers_page_selected_people (LcSpeakersPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *people = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position); more;
       more = gtk_bitset_iter_next (&iter, &position))
    {
      g_autoptr(GObject) slot = g_list_model_get_item (G_LIST_MODEL (self->selection), position);
      LcRecord *person = lc_speakers_page_slot_person (slot);

      if (person != NULL)
        g_ptr_array_add (people, g_object_ref (person));
    }
  return people;
}

/**
 * lc_speakers_page_update_status_action:
 * @self: the page
 *
 * Set Status and Print Badges are for the people selected: greyed when
 * there are none.
 */
void
lc_speakers_page_update_status_action (LcSpeakersPage *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.set-status",
                                 self->undo != NULL && !gtk_bitset_is_empty (selected));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "speakers.print-badges", !gtk_bitset_is_empty (selected));
}

static void
set_status_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LcSpeakersPage *self = LC_SPEAKERS_PAGE (widget);
  g_autoptr(GPtrArray) people = lc_speakers_page_selected_people (self);
  g_autoptr(GError) error = NULL;
  int status;

  if (self->undo == NULL || people->len == 0
      || !lc_enum_from_nick (LC_TYPE_PARTICIPANT_STATUS, g_variant_get_string (parameter, NULL), &status))
    return;
  if (lc_participants_set_status (self->undo, people, status, NULL, &error) == 0 && error != NULL)
    lc_widget_show_error (widget, error);
}

/* Whom @person represents, in the interface's language first. */
static void
add_represents_field (LcSpeakersPage *self,
                      LcPerson       *person)
{
  gboolean arabic = lc_ui_language () == LC_LANGUAGE_ARABIC;
  LcRecord *source = NULL;
  const char *field = "name";

  switch (lc_person_get_represents (person))
    {
    case LC_REPRESENTS_CITY:
      source = lc_convention_model_lookup (self->model, LC_TYPE_CITY, lc_person_get_city_id (person));
      break;
    case LC_REPRESENTS_ORGANISATION:
      source = lc_convention_model_lookup (self->model, LC_TYPE_ORGANISATION, lc_person_get_organisation_id (person));
      break;
    case LC_REPRESENTS_OTHER:
      source = LC_RECORD (person);
      field = "represents";
      break;
    case LC_REPRESENTS_UNSET:
    default:
      break;
    }
  if (source == NULL)
    {
      lc_speakers_page_add_field (self, _("Represents"), NULL, NULL);
      return;
    }
  lc_speakers_page_add_field (self, _("Represents"),
                              lc_record_get_text (source, field, arabic ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH, NULL),
                              lc_record_get_text (source, field, arabic ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC, NULL));
}

/**
 * lc_speakers_page_add_participant_fields:
 * @self: the page
 * @person: the person of the detail pane
 *
 * Adds their category, status (with the date it was given, when kept) and
 * whom they represent to the detail pane.
 */
void
lc_speakers_page_add_participant_fields (LcSpeakersPage *self,
                                         LcRecord       *person)
{
  LcParticipantStatus status = lc_person_get_status (LC_PERSON (person));
  g_autoptr(GListStore) history = NULL;
  g_autofree char *since = NULL;
  guint n;

  lc_speakers_page_add_field (self, _("Category"),
                              lc_participant_category_label (lc_person_get_category (LC_PERSON (person)),
                                                             lc_ui_language ()), NULL);
  if (self->undo != NULL)
    history = lc_participant_list_history (lc_undo_stack_get_store (self->undo),
                                           lc_record_get_id (person), NULL);
  n = history ? g_list_model_get_n_items (G_LIST_MODEL (history)) : 0;
  if (n > 0)
    {
      g_autoptr(LcStatusChange) last = g_list_model_get_item (G_LIST_MODEL (history), n - 1);
      g_autoptr(GDateTime) utc = g_date_time_new_from_iso8601 (lc_status_change_get_changed_at (last), NULL);
      g_autoptr(GDateTime) local = utc ? g_date_time_to_local (utc) : NULL;
      g_autofree char *date = local ? g_date_time_format (local, "%Y-%m-%d") : NULL;
      g_autofree char *shown = date ? lc_format_date (date) : NULL;

      /* Translators: a participant's status, then the date it was given */
      if (shown != NULL)
        since = g_strdup_printf (_("%1$s since %2$s"), lc_participant_status_label (status, lc_ui_language ()), shown);
    }
  lc_speakers_page_add_field (self, _("Status"),
                              since ? since : lc_participant_status_label (status, lc_ui_language ()), NULL);
  add_represents_field (self, LC_PERSON (person));
}

void
lc_speakers_page_class_status_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "speakers.set-status", "s", set_status_action);
  gtk_widget_class_bind_template_callback (widget_class, on_category_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_status_dropdown_selected_cb);
}
