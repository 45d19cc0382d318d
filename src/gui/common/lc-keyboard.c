/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "lc-keyboard.h"

/*
 * Keyboard behaviour GTK 4.8 and libadwaita 1.2 get wrong in our windows,
 * put right in one place.
 */

static gboolean
on_combo_row_key_pressed (GtkEventControllerKey *controller,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          gpointer               user_data)
{
  GtkWidget *row = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkRoot *root = gtk_widget_get_root (row);

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;
  if (keyval != GDK_KEY_Return && keyval != GDK_KEY_KP_Enter && keyval != GDK_KEY_ISO_Enter
      && keyval != GDK_KEY_space && keyval != GDK_KEY_KP_Space)
    return FALSE;
  /* Only for the row itself, not for a popover list it has opened. */
  if (root == NULL || gtk_root_get_focus (root) != row)
    return FALSE;

  gtk_widget_activate (row);
  return TRUE;
}

static GtkWidget *
find_popover (GtkWidget *root)
{
  if (GTK_IS_POPOVER (root))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_popover (child);

      if (found)
        return found;
    }

  return NULL;
}

static void
on_popover_closed (GtkPopover *popover,
                   GtkWidget  *owner)
{
  GtkRoot *root = gtk_widget_get_root (owner);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (popover)))
    gtk_widget_grab_focus (owner);
}

/**
 * lc_keyboard_popover_returns_focus:
 * @popover: a popover
 * @owner: the control that opened it (a menu button, a row)
 *
 * When @popover closes because a choice was made in it (rather than with
 * Escape), GTK 4.8 leaves the window's focus on the hidden widget inside
 * it, where Tab and the arrows go nowhere. This gives the keyboard back to
 * @owner, as closing with Escape does.
 */
void
lc_keyboard_popover_returns_focus (GtkPopover *popover,
                                   GtkWidget  *owner)
{
  g_return_if_fail (GTK_IS_POPOVER (popover));
  g_return_if_fail (GTK_IS_WIDGET (owner));

  g_signal_connect_object (popover, "closed", G_CALLBACK (on_popover_closed), owner, 0);
}

/**
 * lc_keyboard_fix_rows:
 * @root: a window or widget built from a template
 *
 * Makes Enter (and Space) on a focused combo row open its list, and on any
 * other activatable row activate it. In
 * libadwaita 1.2 the key is left to the list box, which activates its
 * cursor row; a row reached with Tab is not the cursor row, so the key went
 * on to the window, whose default button took it: Enter on an editor's
 * Kind row saved and closed the editor. A key controller on each combo row,
 * run before the list box's and the window's, activates the row itself.
 *
 * Also, the keyboard goes back to the row when a choice closes its list
 * (see lc_keyboard_popover_returns_focus()).
 */
void
lc_keyboard_fix_rows (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (ADW_IS_COMBO_ROW (root)
      || (ADW_IS_ACTION_ROW (root) && gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (root))))
    {
      GtkWidget *popover = find_popover (root);
      GtkEventController *keys = gtk_event_controller_key_new ();

      gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
      g_signal_connect (keys, "key-pressed", G_CALLBACK (on_combo_row_key_pressed), NULL);
      gtk_widget_add_controller (root, keys);
      if (popover != NULL)
        lc_keyboard_popover_returns_focus (GTK_POPOVER (popover), root);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    lc_keyboard_fix_rows (child);
}

static gboolean
on_search_key_pressed (GtkEventControllerKey *keys,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       gpointer               user_data)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (keys));
  GdkModifierType mods = state & gtk_accelerator_get_default_mod_mask ();
  const char *action = NULL;

  if (mods == GDK_CONTROL_MASK && (keyval == GDK_KEY_z || keyval == GDK_KEY_Z))
    action = "view.undo";
  else if ((mods == (GDK_CONTROL_MASK | GDK_SHIFT_MASK) && (keyval == GDK_KEY_z || keyval == GDK_KEY_Z))
           || (mods == GDK_CONTROL_MASK && (keyval == GDK_KEY_y || keyval == GDK_KEY_Y)))
    action = "view.redo";

  return action != NULL && gtk_widget_activate_action (entry, action, NULL);
}

/**
 * lc_keyboard_search_keeps_undo:
 * @entry: a search entry of an open convention's area
 *
 * Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in a search field undo and redo the
 * convention's edits, as everywhere else in the window: a search field's
 * own text undo (GtkText takes those keys even with its undo turned off)
 * would make the keys seem dead, or bring back an old search.
 */
void
lc_keyboard_search_keeps_undo (GtkWidget *entry)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  g_return_if_fail (GTK_IS_EDITABLE (entry));

  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), NULL);
  gtk_widget_add_controller (entry, keys);
}
