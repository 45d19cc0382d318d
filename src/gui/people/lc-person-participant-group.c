/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-bilingual-entry.h"
#include "lc-participant.h"
#include "lc-person-participant-group.h"
#include "lc-util.h"

/*
 * The person editor's participant rows (issue 14): why they come and whom
 * they represent, with the words for someone else in both languages shown
 * only when chosen. The status is not here: it changes with its history
 * through Set Status (lc-speakers-page-status.c).
 */

struct _LcPersonParticipantGroup
{
  AdwPreferencesGroup  parent_instance;

  AdwComboRow         *category_row;
  AdwComboRow         *represents_row;
  AdwEntryRow         *represents_ar;
  AdwEntryRow         *represents_en;
};

G_DEFINE_FINAL_TYPE (LcPersonParticipantGroup, lc_person_participant_group, ADW_TYPE_PREFERENCES_GROUP)

static void
on_represents_selected_cb (LcPersonParticipantGroup *self)
{
  gboolean other = adw_combo_row_get_selected (self->represents_row) == LC_REPRESENTS_OTHER;

  gtk_widget_set_visible (GTK_WIDGET (self->represents_ar), other);
  gtk_widget_set_visible (GTK_WIDGET (self->represents_en), other);
}

static AdwEntryRow *
entry_row_new (LcPersonParticipantGroup *self,
               const char               *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  return ADW_ENTRY_ROW (row);
}

static void
lc_person_participant_group_class_init (LcPersonParticipantGroupClass *klass)
{
}

static void
lc_person_participant_group_init (LcPersonParticipantGroup *self)
{
  g_autoptr(GtkStringList) categories = gtk_string_list_new (NULL);
  /* In the order of LcRepresents. */
  const char *const represents[] = { _("Not said"), _("Their city"), _("Their organisation"),
                                     _("Someone else, in words"), NULL };
  g_autoptr(GtkStringList) whom = gtk_string_list_new (represents);

  for (LcParticipantCategory c = LC_PARTICIPANT_CATEGORY_PROGRAMME; c <= LC_PARTICIPANT_CATEGORY_STAFF; c++)
    gtk_string_list_append (categories, lc_participant_category_label (c, lc_ui_language ()));

  self->category_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->category_row), _("Category"));
  adw_combo_row_set_model (self->category_row, G_LIST_MODEL (categories));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->category_row));

  self->represents_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->represents_row), _("Represents"));
  adw_combo_row_set_model (self->represents_row, G_LIST_MODEL (whom));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->represents_row));
  self->represents_ar = entry_row_new (self, _("Represents, in Arabic"));
  self->represents_en = entry_row_new (self, _("Represents, in English"));
  lc_bilingual_entry_pair (GTK_WIDGET (self->represents_ar), GTK_WIDGET (self->represents_en));
  g_signal_connect_object (self->represents_row, "notify::selected", G_CALLBACK (on_represents_selected_cb),
                           self, G_CONNECT_SWAPPED);
  on_represents_selected_cb (self);
}

/**
 * lc_person_participant_group_load:
 * @self: the rows
 * @person: the person edited
 *
 * Shows @person's category and whom they represent.
 */
void
lc_person_participant_group_load (LcPersonParticipantGroup *self,
                                  LcPerson                 *person)
{
  g_return_if_fail (LC_IS_PERSON_PARTICIPANT_GROUP (self));

  adw_combo_row_set_selected (self->category_row, lc_person_get_category (person));
  adw_combo_row_set_selected (self->represents_row, lc_person_get_represents (person));
  gtk_editable_set_text (GTK_EDITABLE (self->represents_ar),
                         lc_person_get_represents_text (person, LC_LANGUAGE_ARABIC));
  gtk_editable_set_text (GTK_EDITABLE (self->represents_en),
                         lc_person_get_represents_text (person, LC_LANGUAGE_ENGLISH));
}

/**
 * lc_person_participant_group_save:
 * @self: the rows
 * @person: a copy of the person, not stored yet
 *
 * Puts the rows' choices on @person; the words for someone else are kept
 * only when that is the choice, without the spaces around them.
 */
void
lc_person_participant_group_save (LcPersonParticipantGroup *self,
                                  LcPerson                 *person)
{
  guint category = adw_combo_row_get_selected (self->category_row);
  guint represents = adw_combo_row_get_selected (self->represents_row);
  g_autofree char *ar = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->represents_ar))));
  g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->represents_en))));

  g_return_if_fail (LC_IS_PERSON_PARTICIPANT_GROUP (self));

  lc_person_set_category (person, category <= LC_PARTICIPANT_CATEGORY_STAFF ? category
                                                                             : LC_PARTICIPANT_CATEGORY_PROGRAMME);
  if (represents > LC_REPRESENTS_OTHER)
    represents = LC_REPRESENTS_UNSET;
  /* Their city or organisation only when they have one. */
  if ((represents == LC_REPRESENTS_CITY && lc_person_get_city_id (person) == 0)
      || (represents == LC_REPRESENTS_ORGANISATION && lc_person_get_organisation_id (person) == 0)
      || (represents == LC_REPRESENTS_OTHER && *ar == '\0' && *en == '\0'))
    represents = LC_REPRESENTS_UNSET;
  lc_person_set_represents (person, represents);
  if (represents == LC_REPRESENTS_OTHER)
    lc_person_set_represents_text (person, ar, en);
  else
    lc_person_set_represents_text (person, "", "");
}
