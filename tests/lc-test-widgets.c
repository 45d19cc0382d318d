/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-test-input.h"
#include "lc-test-util.h"

/*
 * What the real-input tests look at, as a person does: the windows shown,
 * the texts they show, the widget that has the keyboard; and a log writer
 * that fails a journey on any warning or critical, naming the widget. The
 * input itself (keys, pointer, waiting) is lc-test-input.c.
 */

/**
 * lc_test_find_window:
 * @type: a window type, e.g. ADW_TYPE_MESSAGE_DIALOG
 * @title: (nullable): its title, or a text it shows (e.g. a dialog's heading)
 *
 * Returns: (transfer none) (nullable): a shown window of @type
 */
GtkWindow *
lc_test_find_window (GType       type,
                     const char *title)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = g_list_model_get_n_items (toplevels); found == NULL && i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (!G_TYPE_CHECK_INSTANCE_TYPE (window, type) || !gtk_widget_get_mapped (GTK_WIDGET (window)))
        continue;
      if (title == NULL || g_strcmp0 (gtk_window_get_title (window), title) == 0
          || lc_test_find_text (GTK_WIDGET (window), title) != NULL)
        found = window;
    }

  return found;
}

/**
 * lc_test_wait_for_window:
 *
 * Waits for a window of @type to be shown, then gives it the keyboard as a
 * window manager would.
 *
 * Returns: (transfer none): the window
 */
GtkWindow *
lc_test_wait_for_window (GType       type,
                         const char *title)
{
  g_autofree char *what = g_strdup_printf ("a %s “%s” to be shown", g_type_name (type), title ? title : "");
  GtkWindow *window;

  LC_TEST_WAIT ((window = lc_test_find_window (type, title)) != NULL, what);
  lc_test_wait_for_idle ();
  lc_test_focus_window (window);
  return window;
}

/* Compares addresses only: @window may have been freed already. */
static gboolean
window_shown (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean shown = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i);

      if (top == window && gtk_widget_get_mapped (GTK_WIDGET (top)))
        shown = TRUE;
    }

  return shown;
}

/**
 * lc_test_wait_window_gone:
 * @window: a window; it may be destroyed, even before this is called
 *
 * Waits until @window is no longer shown, then gives the keyboard to the
 * window left on top (as a window manager does).
 */
void
lc_test_wait_window_gone (GtkWindow *window)
{
  GListModel *toplevels;

  LC_TEST_WAIT (!window_shown (window), "the window to close");

  toplevels = gtk_window_get_toplevels ();
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) top = g_list_model_get_item (toplevels, i - 1);

      if (top != window && gtk_widget_get_mapped (GTK_WIDGET (top)))
        {
          lc_test_focus_window (top);
          break;
        }
    }
}

static char *
strip_mnemonic (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '_' && p[1] == '_')
        g_string_append_c (s, *++p);
      else if (*p != '_')
        g_string_append_c (s, *p);
    }

  return g_string_free (s, FALSE);
}

/**
 * lc_test_visible_text:
 * @widget: a widget
 *
 * Returns: (transfer full) (nullable): the text a person reads on @widget
 *   itself (a label's text; an editable's contents), or, for a widget with
 *   no text of its own such as an icon button, its tooltip
 */
char *
lc_test_visible_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return g_strdup (gtk_label_get_text (GTK_LABEL (widget)));
  if (GTK_IS_TEXT (widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
  if (GTK_IS_INSCRIPTION (widget))
    return g_strdup (gtk_inscription_get_text (GTK_INSCRIPTION (widget)));
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  if (gtk_widget_get_tooltip_text (widget) != NULL)
    return g_strdup (gtk_widget_get_tooltip_text (widget));

  return NULL;
}

/**
 * lc_test_find_text:
 * @root: where to look
 * @text: what a person reads, mnemonic underscores allowed ("_Undo")
 *
 * Returns: (transfer none) (nullable): the first shown widget, depth first,
 *   whose own text (see lc_test_visible_text()) is @text
 */
GtkWidget *
lc_test_find_text (GtkWidget  *root,
                   const char *text)
{
  g_autofree char *wanted = strip_mnemonic (text);
  g_autofree char *own = NULL;

  if (!gtk_widget_get_mapped (root))
    return NULL;

  own = lc_test_visible_text (root);
  if (own != NULL && g_strcmp0 (own, wanted) == 0)
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lc_test_find_text (child, text);

      if (found)
        return found;
    }

  return NULL;
}

GtkWidget *
lc_test_wait_for_text (GtkWidget  *root,
                       const char *text)
{
  g_autofree char *what = g_strdup_printf ("“%s” to be shown", text);
  GtkWidget *found;

  LC_TEST_WAIT ((found = lc_test_find_text (root, text)) != NULL, what);
  return found;
}

/**
 * lc_test_find_text_in_windows:
 *
 * Like lc_test_find_text() over every shown window, newest first (dialogs
 * and their popovers before the main window).
 */
GtkWidget *
lc_test_find_text_in_windows (const char *text)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = g_list_model_get_n_items (toplevels); found == NULL && i > 0; i--)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i - 1);

      found = lc_test_find_text (window, text);
    }

  return found;
}

GtkWidget *
lc_test_wait_for_text_in_windows (const char *text)
{
  g_autofree char *what = g_strdup_printf ("“%s” to be shown in a window", text);
  GtkWidget *found;

  LC_TEST_WAIT ((found = lc_test_find_text_in_windows (text)) != NULL, what);
  return found;
}

/**
 * lc_test_shows_text:
 *
 * Returns: whether some shown widget under @root has a text containing @text
 */
gboolean
lc_test_shows_text (GtkWidget  *root,
                    const char *text)
{
  g_autofree char *own = NULL;

  if (!gtk_widget_get_mapped (root))
    return FALSE;

  own = lc_test_visible_text (root);
  if (own != NULL && strstr (own, text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (lc_test_shows_text (child, text))
      return TRUE;

  return FALSE;
}

/**
 * lc_test_find_starting:
 * @root: where to look
 * @start: the beginning of what a person reads
 *
 * Returns: (transfer none) (nullable): the first shown widget, depth first,
 *   whose own text begins with @start (for long texts, such as a clause)
 */
GtkWidget *
lc_test_find_starting (GtkWidget  *root,
                       const char *start)
{
  g_autofree char *own = NULL;

  if (!gtk_widget_get_mapped (root))
    return NULL;

  own = lc_test_visible_text (root);
  if (own != NULL && g_str_has_prefix (own, start))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lc_test_find_starting (child, start);

      if (found)
        return found;
    }

  return NULL;
}

/**
 * lc_test_find_type:
 *
 * Returns: (transfer none) (nullable): the first shown widget of @type
 *   under @root, depth first
 */
GtkWidget *
lc_test_find_type (GtkWidget *root,
                   GType      type)
{
  if (!gtk_widget_get_mapped (root))
    return NULL;
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lc_test_find_type (child, type);

      if (found)
        return found;
    }

  return NULL;
}

/**
 * lc_test_find_activatable:
 * @widget: a label or icon
 *
 * Returns: (transfer none): the button, row or other control a click on
 *   @widget operates (@widget itself when it is one)
 */
GtkWidget *
lc_test_find_activatable (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_BUTTON (w) || GTK_IS_MENU_BUTTON (w) || GTK_IS_LIST_BOX_ROW (w) || GTK_IS_CHECK_BUTTON (w) || GTK_IS_EDITABLE (w)
        || GTK_IS_SWITCH (w) || GTK_IS_DROP_DOWN (w))
      return w;

  return widget;
}

/**
 * lc_test_focus_widget:
 *
 * Returns: (transfer none) (nullable): the widget with the keyboard focus in
 *   the active window
 */
GtkWidget *
lc_test_focus_widget (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_is_active (window))
        return gtk_window_get_focus (window);
    }

  return NULL;
}

static void
describe_if_inside (GtkWidget *root,
                    gpointer   wanted)
{
  if ((gpointer) root == wanted)
    {
      g_printerr ("  that widget is:");
      for (GtkWidget *w = root; w != NULL; w = gtk_widget_get_parent (w))
        {
          const char *id = GTK_IS_BUILDABLE (w) ? gtk_buildable_get_buildable_id (GTK_BUILDABLE (w)) : NULL;

          g_printerr (" %s%s%s", G_OBJECT_TYPE_NAME (w), id ? "#" : "", id ? id : "");
          if (gtk_widget_get_parent (w))
            g_printerr (" <");
        }
      g_printerr ("\n");
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    describe_if_inside (child, wanted);
}

static GLogWriterOutput
failing_writer (GLogLevelFlags   level,
                const GLogField *fields,
                gsize            n_fields,
                gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    {
      g_autofree char *line = g_log_writer_format_fields (level, fields, n_fields, FALSE);

      const char *hex;

      g_printerr ("%s\n", line);
      /* Name the widget a GTK warning speaks of, by its place in the window. */
      if ((hex = strstr (line, " 0x")) != NULL)
        {
          gpointer p = GSIZE_TO_POINTER (g_ascii_strtoull (hex + 1, NULL, 16));
          GListModel *toplevels = gtk_window_get_toplevels ();

          for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
            {
              g_autoptr(GtkWidget) top = g_list_model_get_item (toplevels, i);

              describe_if_inside (top, p);
            }
        }
      g_printerr ("Bail out! a journey must not print a warning or critical\n");
      abort ();
    }

  return g_log_writer_default (level, fields, n_fields, user_data);
}

/**
 * lc_test_fail_on_warnings:
 *
 * Any GLib, GTK or app warning or critical from now on fails the test,
 * printing it (a person would have met a broken path).
 */
void
lc_test_fail_on_warnings (void)
{
  g_log_set_writer_func (failing_writer, NULL, NULL);
}

/* Debugging aid: prints the shown texts under @root. */
void lc_test_dump (GtkWidget *root, int depth);
void
lc_test_dump (GtkWidget *root,
              int        depth)
{
  g_autofree char *text = lc_test_visible_text (root);

  g_printerr ("%*s%s%s “%s”\n", depth * 2, "", G_OBJECT_TYPE_NAME (root),
              gtk_widget_get_mapped (root) ? "" : " (unmapped)", text ? text : "");
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    lc_test_dump (child, depth + 1);
}
