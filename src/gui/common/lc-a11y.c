/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "lc-a11y.h"

/*
 * What a screen reader says for a control is its accessible name. GTK 4.8
 * and libadwaita 1.2 leave many controls without one (checked over AT-SPI
 * by tests/a11y/test-a11y.py):
 *
 * - an icon button, or an icon menu button, gets its tooltip only as its
 *   description;
 * - the button inside a GtkMenuButton or a GtkDropDown, which is what takes
 *   the keyboard focus, gets no name at all;
 * - a button with a mnemonic is named with the underscore and twice over
 *   ("_Edit Edit");
 * - a search entry does not take its placeholder as a name;
 * - libadwaita's rows (action, combo, entry, expander rows) do not take
 *   their title;
 * - a row of a GtkListView (GtkListItemWidget) has no way to be named
 *   before GTK 4.12's gtk_list_item_set_accessible_label().
 *
 * The first five are named, everywhere, each time such a widget is shown,
 * by a hook on the "map" signal (lc_a11y_init()); lc_a11y_set_name() gives
 * a name that the hook leaves alone. Rows of lists are named by whoever
 * fills them (lc_a11y_name_list_row()).
 *
 * And the focus: a hook on "hide" gives it back from a popover that closed
 * with the focus inside.
 */

static void
set_label (GtkWidget  *widget,
           const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static G_DEFINE_QUARK (lc-a11y-named, named)

static void
name_with_inner_button (GtkWidget  *widget,
                        const char *name)
{
  set_label (widget, name);

  if (GTK_IS_MENU_BUTTON (widget) || GTK_IS_DROP_DOWN (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_BUTTON (child))
        set_label (child, name);
}

/**
 * lc_a11y_set_name:
 * @widget: a control
 * @name: what a screen reader should call it
 *
 * Names @widget and, for a menu button or a drop-down, the button inside
 * it that takes the focus; the name is kept when the widget is shown again.
 */
void
lc_a11y_set_name (GtkWidget  *widget,
                  const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  g_object_set_qdata (G_OBJECT (widget), named_quark (), GINT_TO_POINTER (TRUE));
  name_with_inner_button (widget, name);
}

/* "_Add Item" as a person reads it: "Add Item" ("__" stands for "_"). */
static char *
strip_mnemonic (const char *text)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_' && p[1] == '_')
        g_string_append_c (plain, *++p);
      else if (*p != '_')
        g_string_append_c (plain, *p);
    }

  return g_string_free (plain, FALSE);
}

/* The text a button shows with a mnemonic, or NULL: GTK 4.8 names such a
 * button "_Add Item Add Item", underscore and all. */
static const char *
mnemonic_label (GtkWidget *widget)
{
  GtkWidget *child;

  if (!GTK_IS_BUTTON (widget))
    return NULL;
  if (gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    return gtk_button_get_use_underline (GTK_BUTTON (widget)) ? gtk_button_get_label (GTK_BUTTON (widget)) : NULL;

  child = gtk_button_get_child (GTK_BUTTON (widget));
  if (ADW_IS_BUTTON_CONTENT (child) && adw_button_content_get_use_underline (ADW_BUTTON_CONTENT (child)))
    return adw_button_content_get_label (ADW_BUTTON_CONTENT (child));

  return NULL;
}

/* Whether GTK 4.8 finds nothing to name @widget by: it reads a button's
 * label and libadwaita's button content, but not an icon, nor a box of its
 * own making (an icon with a count, say); nor a drop-down at all. */
static gboolean
shows_no_text (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL
           && gtk_menu_button_get_child (GTK_MENU_BUTTON (widget)) == NULL;
  if (GTK_IS_BUTTON (widget))
    {
      GtkWidget *child = gtk_button_get_child (GTK_BUTTON (widget));

      return gtk_button_get_label (GTK_BUTTON (widget)) == NULL
             && !GTK_IS_LABEL (child) && !ADW_IS_BUTTON_CONTENT (child);
    }

  return GTK_IS_DROP_DOWN (widget);
}

static char *
plain_title (AdwPreferencesRow *row)
{
  const char *title = adw_preferences_row_get_title (row);
  char *plain = NULL;

  if (title == NULL || !adw_preferences_row_get_use_markup (row)
      || !pango_parse_markup (title, -1, 0, NULL, &plain, NULL, NULL))
    plain = g_strdup (title);

  /* A row's mnemonic is read with its underscore, as a button's is. */
  if (plain != NULL && adw_preferences_row_get_use_underline (row))
    {
      char *stripped = strip_mnemonic (plain);

      g_free (plain);
      plain = stripped;
    }

  return plain;
}

static void name_control (GtkWidget *widget);

static G_DEFINE_QUARK (lc-a11y-relabel, relabel)

static void
on_label_changed_cb (GtkWidget  *widget,
                     GParamSpec *pspec,
                     gpointer    user_data)
{
  name_control (widget);
}

/* Names @widget from what it shows or says, unless it has a name given on
 * purpose. */
static void
name_control (GtkWidget *widget)
{
  if (g_object_get_qdata (G_OBJECT (widget), named_quark ()) != NULL)
    return;

  if (ADW_IS_PREFERENCES_ROW (widget))
    {
      g_autofree char *title = plain_title (ADW_PREFERENCES_ROW (widget));

      if (title != NULL && *title != '\0')
        set_label (widget, title);
    }
  else if (GTK_IS_SEARCH_ENTRY (widget))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      if (placeholder != NULL && *placeholder != '\0')
        set_label (widget, placeholder);
    }
  else if (mnemonic_label (widget) != NULL)
    {
      g_autofree char *plain = strip_mnemonic (mnemonic_label (widget));

      set_label (widget, plain);
      /* A label changed while shown ("Add" becoming "Save") is named
       * again, or GTK names it with its underscore. */
      if (g_object_get_qdata (G_OBJECT (widget), relabel_quark ()) == NULL)
        {
          g_object_set_qdata (G_OBJECT (widget), relabel_quark (), GINT_TO_POINTER (TRUE));
          g_signal_connect (widget, "notify::label", G_CALLBACK (on_label_changed_cb), NULL);
        }
    }
  else if (shows_no_text (widget))
    {
      const char *tooltip = gtk_widget_get_tooltip_text (widget);

      if (tooltip != NULL && *tooltip != '\0')
        name_with_inner_button (widget, tooltip);
    }
}

/* Every widget is mapped before anyone can see it, and again after it was
 * hidden: the name follows a tooltip or a title that changed meanwhile. */
static gboolean
on_map_hook (GSignalInvocationHint *hint,
             guint                  n_params,
             const GValue          *params,
             gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);

  if (GTK_IS_WIDGET (object))
    name_control (GTK_WIDGET (object));

  return TRUE;
}

/* GTK 4.8 leaves the keyboard focus inside a popover that has closed (the
 * chosen line of a combo row's list, say), where no key does anything:
 * it goes back to what opened the popover. */
static gboolean
on_hide_hook (GSignalInvocationHint *hint,
              guint                  n_params,
              const GValue          *params,
              gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);
  GtkWidget *opener;
  GtkRoot *root;
  GtkWidget *focus;

  if (!GTK_IS_POPOVER (object))
    return TRUE;

  opener = gtk_widget_get_parent (GTK_WIDGET (object));
  root = opener ? gtk_widget_get_root (opener) : NULL;
  focus = root ? gtk_root_get_focus (root) : NULL;
  if (focus != NULL && (focus == GTK_WIDGET (object) || gtk_widget_is_ancestor (focus, GTK_WIDGET (object))))
    {
      /* The row or button that opened it, or the nearest one that takes focus. */
      while (opener != NULL && !gtk_widget_grab_focus (opener))
        opener = gtk_widget_get_parent (opener);
    }

  return TRUE;
}

/**
 * lc_a11y_init:
 *
 * Names the controls GTK 4.8 and libadwaita 1.2 leave nameless (see the
 * top of this file), from now on. Call it once, before any window is shown.
 */
void
lc_a11y_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      /* GLib 2.74 skips notify emissions nobody connected to, emission hooks
       * included, so the hook is on "map", which every widget emits. */
      /* A class's signals exist once the class does. */
      g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map_hook, NULL, NULL);
      g_signal_add_emission_hook (g_signal_lookup ("hide", GTK_TYPE_WIDGET), 0, on_hide_hook, NULL, NULL);
      g_once_init_leave (&done, 1);
    }
}

/**
 * lc_a11y_name_list_row:
 * @row_child: the widget a list's factory put in a row
 * @name: what a screen reader should call the row
 *
 * Names the row of a GtkListView or GtkListBox that holds @row_child: that
 * row is what takes the focus and what a screen reader reads.
 */
void
lc_a11y_name_list_row (GtkWidget  *row_child,
                       const char *name)
{
  GtkWidget *row = gtk_widget_get_parent (row_child);

  g_return_if_fail (GTK_IS_WIDGET (row_child));

  set_label (row_child, name);
  if (row != NULL)
    set_label (row, name);
}

/**
 * lc_a11y_describe_list_row:
 * @row_child: the widget a list's factory put in a row
 * @description: what a screen reader should say after the row's name
 *
 * Describes the row that holds @row_child, as lc_a11y_name_list_row()
 * names it.
 */
void
lc_a11y_describe_list_row (GtkWidget  *row_child,
                           const char *description)
{
  GtkWidget *row = gtk_widget_get_parent (row_child);

  g_return_if_fail (GTK_IS_WIDGET (row_child));

  gtk_accessible_update_property (GTK_ACCESSIBLE (row_child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  if (row != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

static void
on_string_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  gtk_list_item_set_child (item, label);
}

static void
on_string_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (label), text);
  lc_a11y_name_list_row (label, text);
}

/**
 * lc_a11y_string_factory:
 *
 * A factory for a combo row or drop-down of a #GtkStringList whose rows a
 * screen reader can name (GTK 4.8's default leaves them without a name).
 *
 * Returns: (transfer full): a new list item factory
 */
GtkListItemFactory *
lc_a11y_string_factory (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_string_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_string_bind_cb), NULL);
  return factory;
}
