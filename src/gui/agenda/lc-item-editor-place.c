/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-bilingual-entry.h"
#include "lc-item-editor-private.h"
#include "lc-places.h"
#include "lc-room-details.h"
#include "lc-util.h"

/*
 * The item editor's rows for where an item is held beyond its room: how
 * many are expected, and its own meeting link, which overrides its room's.
 * The link row says which link applies and where it comes from, as the
 * room changes; both are checked as they are typed.
 *
 * The room choice offers the convention's off-site places after its rooms
 * (a field visit is at one of them, in no room): each place stands in the
 * choice's ids as its own id negated, so that a position is a room or a
 * place, never both.
 */

/**
 * lc_item_editor_fill_rooms:
 * @self: the editor
 *
 * Offers "No room", the rooms and then the places, each place named with
 * its address, with the item's room or place chosen.
 */
void
lc_item_editor_fill_rooms (LcItemEditor *self)
{
  GListModel *places = lc_convention_model_get_places (self->model);
  gint64 own_place = lc_item_get_place_id (self->item);
  GtkStringList *names;

  lc_item_editor_fill_choice (self->room_row, self->room_ids, lc_convention_model_get_rooms (self->model),
                              lc_item_get_room_id (self->item), _("No room"));
  names = GTK_STRING_LIST (adw_combo_row_get_model (self->room_row));
  for (guint i = 0; i < g_list_model_get_n_items (places); i++)
    {
      g_autoptr(LcRecord) place = g_list_model_get_item (places, i);
      g_autofree char *name = lc_place_dup_location (place, lc_ui_language () == LC_LANGUAGE_ARABIC);
      gint64 id = -lc_record_get_id (place);

      gtk_string_list_append (names, name);
      g_array_append_val (self->room_ids, id);
      if (-id == own_place)
        adw_combo_row_set_selected (self->room_row, self->room_ids->len - 1);
    }
}

/* The place chosen in the room choice, or 0 for a room or none. */
gint64
lc_item_editor_selected_place (LcItemEditor *self)
{
  guint selected = adw_combo_row_get_selected (self->room_row);
  gint64 id = selected < self->room_ids->len ? g_array_index (self->room_ids, gint64, selected) : 0;

  return id < 0 ? -id : 0;
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
on_place_changed_cb (GtkEditable  *editable,
                     LcItemEditor *self)
{
  lc_item_editor_changed (self);
}

static AdwEntryRow *
add_entry_row (AdwPreferencesGroup *group,
               LcItemEditor        *self,
               const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_object (row, "changed", G_CALLBACK (on_place_changed_cb), self, 0);
  adw_preferences_group_add (group, row);
  return ADW_ENTRY_ROW (row);
}

/* Under the link row: the link online participants will join. */
static void
show_effective_link (LcItemEditor *self,
                     const char   *own)
{
  gint64 room_id = lc_item_editor_selected_room (self);
  LcRecord *room = room_id ? lc_convention_model_lookup (self->model, LC_TYPE_ROOM, room_id) : NULL;
  const char *room_url = room ? lc_room_get_online_url (LC_ROOM (room)) : "";
  g_autofree char *text = NULL;

  if (*own != '\0')
    text = g_strdup (_("This item’s own link, used instead of its room’s."));
  else if (*room_url != '\0')
    /* Translators: %1$s is a room's name, %2$s its meeting link */
    text = g_strdup_printf (_("Uses the link of “%1$s”: %2$s"), lc_ui_text (room, "name", NULL), room_url);
  else
    text = g_strdup (_("No link: neither this item nor its room has one."));
  gtk_label_set_text (self->link_source_label, text);
}

/**
 * lc_item_editor_place_init:
 * @self: the editor, its template built
 *
 * Adds the rows for the expected attendance and the meeting link under the
 * room's, in the same group.
 */
void
lc_item_editor_place_init (LcItemEditor *self)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (self->room_row),
                                                                               ADW_TYPE_PREFERENCES_GROUP));
  GtkWidget *label = gtk_label_new (NULL);

  self->attendance_row = add_entry_row (group, self, _("Expected Attendance"));
  self->link_row = add_entry_row (group, self, _("Meeting Link (https://…)"));
  /* An address reads left to right in either language. */
  lc_bilingual_entry_set_direction (GTK_WIDGET (self->link_row), GTK_TEXT_DIR_LTR);

  self->link_source_label = GTK_LABEL (label);
  gtk_label_set_wrap (self->link_source_label, TRUE);
  gtk_label_set_wrap_mode (self->link_source_label, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (self->link_source_label, 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  adw_preferences_group_add (group, label);
}

/**
 * lc_item_editor_place_load:
 * @self: the editor, while it loads
 *
 * Fills the rows from the item.
 */
void
lc_item_editor_place_load (LcItemEditor *self)
{
  int expected = lc_item_get_expected_attendance (self->item);
  g_autofree char *number = expected > 0 ? lc_ui_format_number (expected) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (self->attendance_row), number);
  gtk_editable_set_text (GTK_EDITABLE (self->link_row), lc_item_get_online_url (self->item));
}

/**
 * lc_item_editor_place_check:
 * @self: the editor
 * @tell: whether to mark the fields at fault
 *
 * Checks the rows as typed, and says which link applies.
 *
 * Returns: (transfer full) (nullable): what stops saving, or %NULL
 */
char *
lc_item_editor_place_check (LcItemEditor *self,
                            gboolean      tell)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = g_strstrip (g_strdup (text_of (self->link_row)));
  gint64 expected = 0;
  gboolean expected_ok = lc_number_parse_typed (text_of (self->attendance_row), &expected)
                         && expected <= LC_ROOM_MAX_CAPACITY;
  gboolean url_ok = lc_online_url_check (url, &error);

  show_effective_link (self, url_ok ? url : "");
  lc_widget_mark_wrong (self->attendance_row, tell && !expected_ok);
  lc_widget_mark_wrong (self->link_row, tell && !url_ok);
  if (!expected_ok)
    return g_strdup (_("Type how many people are expected as a whole number, or leave it empty when not known."));
  if (!url_ok)
    return g_strdup (error->message);
  return NULL;
}

/**
 * lc_item_editor_place_expected:
 * @self: the editor
 *
 * Returns: the expected attendance as typed, 0 when empty or not a number
 */
int
lc_item_editor_place_expected (LcItemEditor *self)
{
  gint64 expected = 0;

  if (!lc_number_parse_typed (text_of (self->attendance_row), &expected) || expected > LC_ROOM_MAX_CAPACITY)
    return 0;
  return (int) expected;
}

/**
 * lc_item_editor_place_copy:
 * @self: the editor
 * @record: the item to fill
 *
 * Copies the rows onto @record, as they would be stored.
 */
void
lc_item_editor_place_copy (LcItemEditor *self,
                           LcRecord     *record)
{
  g_autofree char *url = g_strstrip (g_strdup (text_of (self->link_row)));

  lc_item_set_expected_attendance (LC_ITEM (record), lc_item_editor_place_expected (self));
  lc_item_set_online_url (LC_ITEM (record), url);
}
