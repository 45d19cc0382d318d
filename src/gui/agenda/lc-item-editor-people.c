/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-item-editor-private.h"
#include "lc-places.h"
#include "lc-room-dialog.h"
#include "lc-util.h"

/*
 * The item's people in the editor: the rows of the list (role, attendance,
 * order), the conflicts the draft would have, and storing them on Save.
 */

#define NEW_ITEM_ID G_MAXINT64   /* stands for the unsaved item in the conflict check */

static LcRecord *
person_of (LcRecord *participation)
{
  return g_object_get_data (G_OBJECT (participation), "person");
}

static LcAttendance
attendance_of (LcRecord *participation)
{
  LcAttendance own = lc_participation_get_attendance (LC_PARTICIPATION (participation));

  return own != LC_ATTENDANCE_UNSET ? own : (LcAttendance) lc_person_get_attendance (LC_PERSON (person_of (participation)));
}

static const char *
person_name (LcRecord *person)
{
  const char *name = lc_ui_text (person, "name", NULL);

  return *name != '\0' ? name : _("Unnamed person");
}

/* The sentence naming a person listed twice in one role, or NULL. */
char *
lc_item_editor_find_repeated_person (LcItemEditor *self)
{
  GListModel *list = G_LIST_MODEL (self->participants);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        g_autoptr(LcRecord) a = g_list_model_get_item (list, i);
        g_autoptr(LcRecord) b = g_list_model_get_item (list, j);

        if (person_of (a) == person_of (b)
            && lc_participation_get_role (LC_PARTICIPATION (a)) == lc_participation_get_role (LC_PARTICIPATION (b)))
          /* Translators: %s is a person's name */
          return g_strdup_printf (_("%s is listed twice in the same role. Remove one, or give it another role."),
                                  person_name (person_of (a)));
      }

  return NULL;
}

static const char *
other_title (LcItemEditor *self,
             gint64        id)
{
  LcRecord *item = lc_convention_model_lookup (self->model, LC_TYPE_ITEM, id);

  return item ? lc_ui_text (item, "title", NULL) : "";
}

/* The conflicts the draft would have, computed as the model does it. */
void
lc_item_editor_update_warnings (LcItemEditor *self,
                                int           start,
                                int           end)
{
  GListModel *items = lc_convention_model_get_items (self->model);
  GListModel *parts = lc_convention_model_get_participations (self->model);
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));
  gint64 own = lc_item_editor_is_new (self) ? NEW_ITEM_ID : lc_record_get_id (LC_RECORD (self->item));
  g_autoptr(GArray) in = g_array_new (FALSE, FALSE, sizeof (LcConflictInput));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (LcConflictParticipant));
  g_autoptr(LcConflictList) conflicts = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  GPtrArray *mine;
  LcConflictInput draft = { own, lc_item_editor_selected_day (self), start, end, lc_item_editor_selected_room (self),
                            lc_item_editor_place_expected (self), 0 };
  LcRecord *draft_room = draft.room_id ? lc_convention_model_lookup (self->model, LC_TYPE_ROOM, draft.room_id) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      LcConflictInput input = {
        lc_record_get_id (item), lc_item_get_day (LC_ITEM (item)),
        (int) lc_item_get_start_minute (LC_ITEM (item)), (int) lc_item_get_end_minute (LC_ITEM (item)),
        lc_item_get_room_id (LC_ITEM (item)),
      };

      input.place_id = lc_item_get_place_id (LC_ITEM (item));
      if (input.id != own)
        g_array_append_val (in, input);
    }
  draft.room_capacity = draft_room ? lc_room_get_capacity (LC_ROOM (draft_room)) : 0;
  draft.place_id = lc_item_editor_selected_place (self);
  g_array_append_val (in, draft);

  for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
    {
      g_autoptr(LcRecord) p = g_list_model_get_item (parts, i);
      LcConflictParticipant participant = {
        lc_participation_get_item_id (LC_PARTICIPATION (p)), lc_participation_get_person_id (LC_PARTICIPATION (p)),
        lc_convention_model_get_attendance (self->model, LC_PARTICIPATION (p)) == LC_ATTENDANCE_ONLINE,
      };

      if (participant.item_id != own)
        g_array_append_val (people, participant);
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->participants)); i++)
    {
      g_autoptr(LcRecord) p = g_list_model_get_item (G_LIST_MODEL (self->participants), i);
      LcConflictParticipant participant = {
        own, lc_record_get_id (person_of (p)), attendance_of (p) == LC_ATTENDANCE_ONLINE,
      };

      /* A person not stored yet cannot be anywhere else, but can be online. */
      if (participant.person_id == 0)
        participant.person_id = -(gint64) (i + 1);
      g_array_append_val (people, participant);
    }

  conflicts = lc_conflicts_compute ((LcConflictInput *) (gpointer) in->data, in->len,
                                    (LcConflictParticipant *) (gpointer) people->data, people->len,
                                    lc_convention_get_start_date (LC_CONVENTION (convention)),
                                    lc_convention_get_end_date (LC_CONVENTION (convention)));
  mine = lc_conflict_list_get_for_item (conflicts, own);

  self->n_warnings = 0;
  for (guint i = 0; mine && i < mine->len; i++)
    {
      LcConflict *conflict = g_ptr_array_index (mine, i);
      gint64 other = lc_conflict_get_item_id (conflict) == own ? lc_conflict_get_other_item_id (conflict)
                                                                : lc_conflict_get_item_id (conflict);
      LcRecord *record;
      g_autofree char *line = NULL;

      switch (lc_conflict_get_kind (conflict))
        {
        case LC_CONFLICT_PERSON:
          record = lc_convention_model_lookup (self->model, LC_TYPE_PERSON, lc_conflict_get_person_id (conflict));
          /* Translators: a person's name, then the title of another agenda item */
          line = g_strdup_printf (_("%s is also in “%s” at that time."),
                                  record ? person_name (record) : "", other_title (self, other));
          break;
        case LC_CONFLICT_ROOM:
          record = lc_convention_model_lookup (self->model, LC_TYPE_ROOM, lc_conflict_get_room_id (conflict));
          /* Translators: a room's name, then the title of another agenda item */
          line = g_strdup_printf (_("%s is also taken by “%s” at that time."),
                                  record ? lc_ui_text (record, "name", NULL) : "", other_title (self, other));
          break;
        case LC_CONFLICT_PLACE:
          record = lc_convention_model_lookup (self->model, LC_TYPE_PLACE, lc_conflict_get_place_id (conflict));
          /* Translators: an off-site place's name, then the title of another
           * agenda item that goes there */
          line = g_strdup_printf (_("“%2$s” also goes to %1$s at that time."),
                                  record ? lc_ui_text (record, "name", NULL) : "", other_title (self, other));
          break;
        case LC_CONFLICT_OVER_CAPACITY:
          {
            g_autofree char *ar = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_ar))));
            g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_en))));
            const char *title = lc_ui_language () == LC_LANGUAGE_ARABIC ? (*ar ? ar : en) : (*en ? en : ar);

            line = lc_room_describe_over_capacity (draft_room, draft.expected_attendance, title);
          }
          break;
        case LC_CONFLICT_OUTSIDE_DATES:
        case LC_CONFLICT_BAD_TIMES:
        default:
          /* These stop saving and are told as the problem. */
          continue;
        }

      /* Translators: a bullet before each conflict in a list */
      g_string_append_printf (text, "%s%s %s", text->len > 0 ? "\n" : "", _("•"), line);
      self->n_warnings++;
    }

  gtk_label_set_text (self->warnings_label, text->str);
  gtk_revealer_set_reveal_child (self->warnings_revealer, self->n_warnings > 0);
}

static void
on_role_selected (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  LcRecord    *participation)
{
  LcItemEditor *self = LC_ITEM_EDITOR (gtk_widget_get_root (GTK_WIDGET (dropdown)));

  lc_participation_set_role (LC_PARTICIPATION (participation), gtk_drop_down_get_selected (dropdown));
  lc_item_editor_changed (self);
}

static void
on_attendance_selected (GtkDropDown *dropdown,
                        GParamSpec  *pspec,
                        LcRecord    *participation)
{
  LcItemEditor *self = LC_ITEM_EDITOR (gtk_widget_get_root (GTK_WIDGET (dropdown)));
  static const LcAttendance values[] = { LC_ATTENDANCE_UNSET, LC_ATTENDANCE_IN_PERSON, LC_ATTENDANCE_ONLINE };
  guint selected = gtk_drop_down_get_selected (dropdown);

  lc_participation_set_attendance (LC_PARTICIPATION (participation), values[MIN (selected, G_N_ELEMENTS (values) - 1)]);
  lc_item_editor_changed (self);
}

typedef enum
{
  MOVE_UP,
  MOVE_DOWN,
  MOVE_REMOVE,
} Move;

static void
move_participant (GtkButton *button,
                  LcRecord  *participation,
                  Move       move)
{
  LcItemEditor *self = LC_ITEM_EDITOR (gtk_widget_get_root (GTK_WIDGET (button)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  g_autoptr(LcRecord) keep = g_object_ref (participation);
  guint position;
  GtkListBoxRow *row;

  if (!g_list_store_find (self->participants, participation, &position))
    return;

  if (move == MOVE_REMOVE)
    {
      g_list_store_remove (self->participants, position);
      position = MIN (position, n > 1 ? n - 2 : 0);
    }
  else
    {
      guint target = move == MOVE_UP ? position - 1 : position + 1;

      if ((move == MOVE_UP && position == 0) || target >= n)
        return;
      g_list_store_remove (self->participants, position);
      g_list_store_insert (self->participants, target, participation);
      position = target;
    }

  /* The rows were made again: keep the keyboard on the same person. */
  row = gtk_list_box_get_row_at_index (self->people_list, (int) position);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
  else
    gtk_widget_grab_focus (self->add_person_button);
  lc_item_editor_changed (self);
}

static void
on_up_clicked_cb (GtkButton *button,
                  LcRecord  *participation)
{
  move_participant (button, participation, MOVE_UP);
}

static void
on_down_clicked_cb (GtkButton *button,
                    LcRecord  *participation)
{
  move_participant (button, participation, MOVE_DOWN);
}

static void
on_remove_clicked_cb (GtkButton *button,
                      LcRecord  *participation)
{
  move_participant (button, participation, MOVE_REMOVE);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *tooltip,
             GCallback   clicked,
             LcRecord   *participation)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect (button, "clicked", clicked, participation);
  return button;
}

GtkWidget *
lc_item_editor_create_participant_row (gpointer item,
                                       gpointer user_data)
{
  LcItemEditor *self = user_data;
  LcRecord *participation = item;
  LcRecord *person = person_of (participation);
  const char *roles[] = { C_("role", "Moderator"), C_("role", "Speaker"), C_("role", "Presenter"), NULL };
  const char *attendances[] = { C_("attendance", "Usual"), C_("attendance", "In Person"), C_("attendance", "Online"), NULL };
  LcAttendance attendance = lc_participation_get_attendance (LC_PARTICIPATION (participation));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));
  guint position = 0;
  GtkWidget *row, *role, *how, *up, *down;
  g_autofree char *subtitle = NULL;
  gboolean fell_back = FALSE;
  g_autofree char *escaped_name = NULL;

  g_list_store_find (self->participants, participation, &position);
  lc_ui_text (person, "name", &fell_back);
  subtitle = g_strdup_printf ("%s%s%s",
                              attendance_of (participation) == LC_ATTENDANCE_ONLINE
                              ? _("Takes part online") : _("Takes part in person"),
                              lc_record_get_id (person) == 0 ? _(" · new person") : "",
                              fell_back ? _(" · name in the other language only") : "");
  /* Names come from the library: escaped, since libadwaita 1.2's action row
   * reads its title as markup even when told not to at construction. */
  escaped_name = g_markup_escape_text (person_name (person), -1);
  row = g_object_new (ADW_TYPE_ACTION_ROW, "title", escaped_name, "subtitle", subtitle, NULL);

  role = gtk_drop_down_new_from_strings (roles);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (role), (guint) lc_participation_get_role (LC_PARTICIPATION (participation)));
  gtk_widget_set_valign (role, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (role, _("Role"));
  g_signal_connect (role, "notify::selected", G_CALLBACK (on_role_selected), participation);

  how = gtk_drop_down_new_from_strings (attendances);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (how), attendance == LC_ATTENDANCE_ONLINE ? 2
                                                   : attendance == LC_ATTENDANCE_IN_PERSON ? 1 : 0);
  gtk_widget_set_valign (how, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (how, _("How they take part in this item (Usual: as set for the person)"));
  g_signal_connect (how, "notify::selected", G_CALLBACK (on_attendance_selected), participation);

  up = icon_button ("go-up-symbolic", _("Move Up"), G_CALLBACK (on_up_clicked_cb), participation);
  down = icon_button ("go-down-symbolic", _("Move Down"), G_CALLBACK (on_down_clicked_cb), participation);
  gtk_widget_set_sensitive (up, position > 0);
  gtk_widget_set_sensitive (down, position + 1 < n);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row), role);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), how);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), up);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), down);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             icon_button ("list-remove-symbolic", _("Remove from This Item"), G_CALLBACK (on_remove_clicked_cb), participation));

  return row;
}

/* The people as listed, in a form that compares: who (a stored person's
 * id, or a new person's address), in which role and attendance, in order. */
char *
lc_item_editor_people_signature (LcItemEditor *self)
{
  GString *signature = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) draft = g_list_model_get_item (G_LIST_MODEL (self->participants), i);
      LcRecord *person = person_of (draft);

      if (lc_record_get_id (person) > 0)
        g_string_append_printf (signature, "%" G_GINT64_FORMAT, lc_record_get_id (person));
      else
        g_string_append_printf (signature, "new-%p", (gpointer) person);
      g_string_append_printf (signature, ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ";",
                              (gint64) lc_participation_get_role (LC_PARTICIPATION (draft)),
                              (gint64) lc_participation_get_attendance (LC_PARTICIPATION (draft)));
    }

  return g_string_free (signature, FALSE);
}

void
lc_item_editor_participants_changed (LcItemEditor *self)
{
  gboolean empty = g_list_model_get_n_items (G_LIST_MODEL (self->participants)) == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->people_list), !empty);
}

/* Stores the participations as the list says, reusing the stored rows of
 * the same person in the same role so nothing collides on the way. */
gboolean
lc_item_editor_store_participants (LcItemEditor  *self,
                                   gint64         item_id,
                                   GPtrArray     *created,
                                   GError       **error)
{
  g_autoptr(GPtrArray) stored = lc_convention_model_get_item_participations (self->model, item_id);
  g_autofree gboolean *matched = g_new0 (gboolean, stored->len + 1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->participants));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) draft = g_list_model_get_item (G_LIST_MODEL (self->participants), i);
      LcRecord *person = person_of (draft);
      g_autoptr(LcRecord) row = NULL;
      gboolean ok;

      if (lc_record_get_id (person) == 0)
        {
          if (!lc_undo_stack_insert (self->undo, person, NULL, error))
            return FALSE;
          g_ptr_array_add (created, g_object_ref (person));
        }

      for (guint j = 0; j < stored->len && row == NULL; j++)
        {
          LcRecord *old = g_ptr_array_index (stored, j);

          if (!matched[j] && lc_participation_get_person_id (LC_PARTICIPATION (old)) == lc_record_get_id (person)
              && lc_participation_get_role (LC_PARTICIPATION (old)) == lc_participation_get_role (LC_PARTICIPATION (draft)))
            {
              matched[j] = TRUE;
              row = lc_record_copy (old);
            }
        }

      if (row == NULL)
        {
          row = lc_record_copy (draft);
          lc_record_set_id (row, 0);
          lc_participation_set_item_id (LC_PARTICIPATION (row), item_id);
          lc_participation_set_person_id (LC_PARTICIPATION (row), lc_record_get_id (person));
        }
      lc_participation_set_position (LC_PARTICIPATION (row), i);
      lc_participation_set_attendance (LC_PARTICIPATION (row), lc_participation_get_attendance (LC_PARTICIPATION (draft)));

      ok = lc_record_get_id (row) == 0 ? lc_undo_stack_insert (self->undo, row, NULL, error)
                                       : lc_undo_stack_update (self->undo, row, NULL, error);
      if (!ok)
        return FALSE;
    }

  for (guint j = 0; j < stored->len; j++)
    if (!matched[j] && !lc_undo_stack_delete (self->undo, g_ptr_array_index (stored, j), NULL, error))
      return FALSE;

  return TRUE;
}

/**
 * lc_item_editor_add_person:
 * @self: the editor
 * @person: a person of the convention, or a new one (no id) to store on save
 * @role: their role
 *
 * Adds @person at the end of the item's people, as picking them does.
 */
void
lc_item_editor_add_person (LcItemEditor *self,
                           LcPerson     *person,
                           LcRole        role)
{
  g_autoptr(LcRecord) draft = g_object_new (LC_TYPE_PARTICIPATION, NULL);

  g_return_if_fail (LC_IS_ITEM_EDITOR (self));
  g_return_if_fail (LC_IS_PERSON (person));

  lc_participation_set_item_id (LC_PARTICIPATION (draft), lc_record_get_id (LC_RECORD (self->item)));
  lc_participation_set_person_id (LC_PARTICIPATION (draft), lc_record_get_id (LC_RECORD (person)));
  lc_participation_set_role (LC_PARTICIPATION (draft), role);
  g_object_set_data_full (G_OBJECT (draft), "person", g_object_ref (person), g_object_unref);
  g_list_store_append (self->participants, draft);
  lc_item_editor_changed (self);
}

/** lc_item_editor_get_participants: Returns: (transfer none): the item's people as listed (LcParticipation drafts) */
GListModel *
lc_item_editor_get_participants (LcItemEditor *self)
{
  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), NULL);

  return G_LIST_MODEL (self->participants);
}

/** lc_item_editor_get_picker: Returns: (transfer none): the person picker of the Add Person button */
LcPersonPicker *
lc_item_editor_get_picker (LcItemEditor *self)
{
  g_return_val_if_fail (LC_IS_ITEM_EDITOR (self), NULL);

  return self->picker;
}
