/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-feedback.h"
#include "lc-list-rows.h"

/**
 * lc_list_rows_focus:
 * @list: a list
 * @index: a row's place
 *
 * Gives the keyboard to the row at @index, if there is one.
 */
void
lc_list_rows_focus (GtkListBox *list,
                    guint       index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, index);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/**
 * lc_list_rows_focused_index:
 * @list: a list
 *
 * Returns: the place of the row that has the keyboard, or holds the widget
 *   that has it; -1 when the keyboard is elsewhere
 */
int
lc_list_rows_focused_index (GtkListBox *list)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (list));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  if (row == NULL || gtk_widget_get_parent (row) != GTK_WIDGET (list))
    return -1;
  return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));
}

/**
 * lc_list_rows_icon_button:
 * @instance: what @callback is connected to
 * @icon: the icon's name
 * @tooltip: the tooltip, which also names it for screen readers
 * @callback: the "clicked" handler, called with @instance
 *
 * Returns: (transfer floating): a flat icon button for a row's end
 */
GtkWidget *
lc_list_rows_icon_button (gpointer    instance,
                          const char *icon,
                          const char *tooltip,
                          GCallback   callback)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  g_signal_connect_object (button, "clicked", callback, instance, 0);
  return button;
}

/**
 * lc_list_rows_history:
 * @list: the list whose row has the keyboard
 * @model: what it shows
 * @undo: the convention's undo history
 * @redo: whether to redo rather than undo
 * @fallback: what gets the keyboard when the list is left empty
 *
 * Undoes or redoes a step from a list in a window that cannot reach the
 * convention view's Undo; the row with the keyboard may be rebuilt, so the
 * keyboard stays at the same place, for the next Ctrl+Z to reach the list.
 */
void
lc_list_rows_history (GtkListBox  *list,
                      GListModel  *model,
                      LcUndoStack *undo,
                      gboolean     redo,
                      GtkWidget   *fallback)
{
  g_autoptr(GError) error = NULL;
  int before;

  if (undo == NULL)
    return;
  if (redo ? !lc_undo_stack_get_can_redo (undo) : !lc_undo_stack_get_can_undo (undo))
    return;
  before = lc_list_rows_focused_index (list);
  if (!(redo ? lc_undo_stack_redo (undo, &error) : lc_undo_stack_undo (undo, &error)))
    lc_widget_show_error (GTK_WIDGET (list), error);

  lc_list_rows_refocus (list, model, before, fallback);
}

/**
 * lc_list_rows_index_of:
 * @model: a list's records
 * @record: one of them
 *
 * Returns: the place of the record with @record's id in @model, or -1
 */
int
lc_list_rows_index_of (GListModel *model,
                       LcRecord   *record)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) shown = g_list_model_get_item (model, i);

      if (lc_record_get_id (shown) == lc_record_get_id (record))
        return (int) i;
    }
  return -1;
}

/**
 * lc_list_rows_refocus:
 * @list: a list
 * @model: the list's rows
 * @before: the place of the row that had the keyboard before a change, or -1
 * @fallback: what takes the keyboard when the list is left empty
 *
 * After a change that took away the row holding the keyboard (a deletion,
 * an undo), gives the keyboard to the row now at @before, or the last row,
 * or @fallback: the list's own keys (Ctrl+Z, Alt+Up…) go on working from
 * there, where a focus left to the window would reach none of them.
 */
void
lc_list_rows_refocus (GtkListBox *list,
                      GListModel *model,
                      int         before,
                      GtkWidget  *fallback)
{
  guint n = g_list_model_get_n_items (model);

  if (before < 0 || lc_list_rows_focused_index (list) >= 0)
    return;
  if (n > 0)
    lc_list_rows_focus (list, MIN ((guint) before, n - 1));
  else
    gtk_widget_grab_focus (fallback);
}

/**
 * lc_list_rows_install:
 * @widget_class: the class of the list's owner
 * @prefix: the actions' prefix, such as "rooms"
 * @move: "<prefix>.move", with an "i" parameter: -1 for up, +1 for down
 * @history: "<prefix>.undo" and "<prefix>.redo"
 *
 * Installs the actions and their keys: Alt+Up, Alt+Down, Ctrl+Z and
 * Ctrl+Shift+Z.
 */
void
lc_list_rows_install (GtkWidgetClass              *widget_class,
                      const char                  *prefix,
                      GtkWidgetActionActivateFunc  move_func,
                      GtkWidgetActionActivateFunc  history)
{
  g_autofree char *move = g_strconcat (prefix, ".move", NULL);
  g_autofree char *undo = g_strconcat (prefix, ".undo", NULL);
  g_autofree char *redo = g_strconcat (prefix, ".redo", NULL);
  /* Interned: the class keeps the names as long as the program runs. */
  const char *move_name = g_intern_string (move);
  const char *undo_name = g_intern_string (undo);
  const char *redo_name = g_intern_string (redo);

  gtk_widget_class_install_action (widget_class, move_name, "i", move_func);
  gtk_widget_class_install_action (widget_class, undo_name, NULL, history);
  gtk_widget_class_install_action (widget_class, redo_name, NULL, history);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, move_name, "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, move_name, "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, undo_name, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, redo_name, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, redo_name, NULL);
}
