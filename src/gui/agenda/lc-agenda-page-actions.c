/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-agenda-page-private.h"
#include "lc-agenda-row.h"
#include "lc-feedback.h"
#include "lc-item-editor.h"
#include "lc-item-placement.h"
#include "lc-util.h"

/*
 * What the agenda does to its items: add, edit (in the item editor),
 * duplicate, delete, move by 5 minutes, and the menu of an item. Each
 * change is one step of the undo history.
 */

#define MOVE_STEP 5     /* minutes, as the timeline's snapping */

static void
show_error (LcAgendaPage *self,
            const GError *error)
{
  lc_widget_show_error (GTK_WIDGET (self), error);
}

static void
on_editor_saved (LcItemEditor *editor,
                 gint64        item_id,
                 LcAgendaPage *self)
{
  lc_agenda_page_select_item (self, item_id);
}

void
lc_agenda_page_open_editor (LcAgendaPage *self,
                            LcItem       *item)
{
  LcItemEditor *editor;

  if (self->model == NULL || self->undo == NULL)
    return;

  editor = lc_item_editor_new (lc_widget_get_window (GTK_WIDGET (self)), self->model, self->undo, item);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved), self, 0);
  g_clear_weak_pointer (&self->editor);
  g_set_weak_pointer (&self->editor, GTK_WIDGET (editor));
  gtk_window_present (GTK_WINDOW (editor));
}

/* A new item goes after the selected one, or else after the day's last
 * (the rule is lc_item_new_draft()'s). */
LcItem *
lc_agenda_page_new_item_draft (LcAgendaPage *self)
{
  LcRecord *convention = LC_RECORD (lc_convention_model_get_convention (self->model));
  const char *day = NULL;

  if (lc_agenda_page_showing_timeline (self))
    day = lc_timeline_get_day (LC_TIMELINE (self->timeline));

  return lc_item_new_draft (convention, lc_agenda_page_items (self), day,
                            lc_agenda_page_current_item (self));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  lc_page_add (LC_PAGE (widget));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  LcRecord *item = lc_agenda_page_current_item (self);

  if (item != NULL)
    lc_agenda_page_open_editor (self, LC_ITEM (item));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  GListModel *rows = G_LIST_MODEL (self->selection);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (lc_agenda_page_current_item (self) == NULL || self->undo == NULL)
    return;

  /* Deleting drops the model's reference. */
  item = g_object_ref (lc_agenda_page_current_item (self));

  /* Translators: in a toast with an Undo button; %s is an agenda item's title */
  message = g_strdup_printf (_("“%s” deleted"), lc_ui_text (item, "title", NULL));
  if (!lc_undo_stack_delete (self->undo, item, _("Delete Item"), &error))
    {
      show_error (self, error);
      return;
    }

  lc_widget_show_undo_toast (GTK_WIDGET (self), message);

  /* Keep the keyboard where it was: on the next item. (The timeline
   * moves its own focus.) */
  if (lc_agenda_page_showing_timeline (self) || position == GTK_INVALID_LIST_POSITION)
    return;
  for (guint p = position; p < g_list_model_get_n_items (rows); p++)
    {
      g_autoptr(GObject) next = g_list_model_get_item (rows, p);

      if (LC_IS_ITEM (next))
        {
          lc_agenda_page_select_item (self, lc_record_get_id (LC_RECORD (next)));
          break;
        }
    }
}

static void
duplicate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  LcRecord *item = lc_agenda_page_current_item (self);
  g_autoptr(LcRecord) copy = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *people;
  gboolean ok;

  if (item == NULL || self->undo == NULL)
    return;

  /* Right after the original when the day has room for it. */
  copy = lc_item_copy_for_duplicate (item);

  people = lc_agenda_page_participations_of (self, lc_record_get_id (item));
  people = people ? g_ptr_array_ref (people) : NULL;
  lc_undo_stack_begin_group (self->undo, _("Duplicate Item"));
  ok = lc_undo_stack_insert (self->undo, copy, NULL, &error);
  for (guint i = 0; ok && people && i < people->len; i++)
    {
      g_autoptr(LcRecord) p = lc_record_copy (g_ptr_array_index (people, i));

      lc_record_set_id (p, 0);
      lc_participation_set_item_id (LC_PARTICIPATION (p), lc_record_get_id (copy));
      ok = lc_undo_stack_insert (self->undo, p, NULL, &error);
    }
  lc_undo_stack_end_group (self->undo);
  g_clear_pointer (&people, g_ptr_array_unref);

  if (!ok)
    {
      /* Take back what part of the copy was stored before the failure;
       * the failure itself is what the user needs to read. */
      if (lc_record_get_id (copy) > 0 && !lc_undo_stack_undo (self->undo, NULL))
        g_warning ("Could not take back a partly stored copy of an item");
      show_error (self, error);
      return;
    }

  lc_agenda_page_select_item (self, lc_record_get_id (copy));
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  LcRecord *item = lc_agenda_page_current_item (self);
  int delta = g_str_equal (action_name, "agenda.move-earlier") ? -MOVE_STEP : MOVE_STEP;
  g_autoptr(LcRecord) moved = NULL;
  g_autoptr(GError) error = NULL;
  int start, end;

  if (item == NULL || self->undo == NULL)
    return;

  start = (int) lc_item_get_start_minute (LC_ITEM (item)) + delta;
  end = (int) lc_item_get_end_minute (LC_ITEM (item)) + delta;
  if (start < 0 || end > 24 * 60)
    {
      gtk_widget_error_bell (widget);
      return;
    }

  moved = lc_record_copy (item);
  lc_item_set_start_minute (LC_ITEM (moved), start);
  lc_item_set_end_minute (LC_ITEM (moved), end);
  if (!lc_undo_stack_update (self->undo, moved, _("Move Item"), &error))
    {
      show_error (self, error);
      return;
    }

  /* Moving re-sorts the list, which drops the selection: take it back. */
  lc_agenda_page_select_item (self, lc_record_get_id (moved));
}

static void
popup_menu_at (LcAgendaPage *self,
               GtkWidget    *row,
               double        x,
               double        y)
{
  double px, py;

  if (!gtk_widget_translate_coordinates (row, GTK_WIDGET (self), x, y, &px, &py))
    return;

  gtk_popover_set_pointing_to (GTK_POPOVER (self->item_popover),
                               &(GdkRectangle) { (int) px, (int) py, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->item_popover));
}

/* Shift+F10 or the Menu key: the menu of the selected row. */
static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcAgendaPage *self = LC_AGENDA_PAGE (widget);
  GtkWidget *row = lc_agenda_page_get_row_widget (self, lc_agenda_page_get_selected_id (self));

  if (row != NULL)
    popup_menu_at (self, row, gtk_widget_get_width (row) / 2.0, gtk_widget_get_height (row) / 2.0);
}

void
lc_agenda_page_on_row_pressed (GtkGestureClick *gesture,
                               int              n_press,
                               double           x,
                               double           y,
                               GtkListItem     *list_item)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  LcAgendaPage *self = LC_AGENDA_PAGE (gtk_widget_get_ancestor (row, LC_TYPE_AGENDA_PAGE));

  if (self == NULL || !LC_IS_ITEM (gtk_list_item_get_item (list_item)))
    return;

  gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (list_item));
  popup_menu_at (self, row, x, y);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

void
lc_agenda_page_class_actions_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "agenda.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "agenda.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "agenda.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "agenda.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-earlier", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-later", NULL, move_action);
  gtk_widget_class_install_action (widget_class, "agenda.menu", NULL, menu_action);

  /* Bindings rather than application accelerators: they act only while
   * the focus is in the agenda, and a text entry there keeps its own
   * Delete key. The shortcuts window lists them. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "agenda.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "agenda.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "agenda.duplicate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "agenda.move-earlier", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "agenda.move-later", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "agenda.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "agenda.menu", NULL);
}
