/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>

#include "lc-journey-text.h"
#include "lc-test-input.h"

/**
 * lc_journey_foreach_text:
 * @root: a window or a part of one
 * @func: called with each shown widget that has a text, and the text
 *
 * Walks the widgets under @root that are shown (mapped), depth first, and
 * calls @func with what a person reads on each (see lc_test_visible_text());
 * a window's title counts too.
 */
void
lc_journey_foreach_text (GtkWidget         *root,
                         LcJourneyTextFunc  func,
                         gpointer           user_data)
{
  g_autofree char *text = NULL;

  if (!gtk_widget_get_mapped (root))
    return;

  if (GTK_IS_WINDOW (root) && gtk_window_get_title (GTK_WINDOW (root)) != NULL)
    func (root, gtk_window_get_title (GTK_WINDOW (root)), user_data);

  text = lc_test_visible_text (root);
  if (text != NULL && *text != '\0')
    func (root, text, user_data);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    lc_journey_foreach_text (child, func, user_data);
}

/**
 * lc_journey_describe:
 *
 * Returns: (transfer full): where @widget is, for a failure message: its
 *   type and those of its ancestors up to the window
 */
char *
lc_journey_describe (GtkWidget *widget)
{
  GString *path = g_string_new (G_OBJECT_TYPE_NAME (widget));

  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Lc") || GTK_IS_WINDOW (w))
      g_string_prepend (g_string_prepend (path, " › "), G_OBJECT_TYPE_NAME (w));

  return g_string_free (path, FALSE);
}

/**
 * lc_journey_list_text:
 * @list: a failure message being written
 *
 * Adds a line naming @widget (see lc_journey_describe()) and its @text.
 */
void
lc_journey_list_text (GString    *list,
                      GtkWidget  *widget,
                      const char *text)
{
  g_autofree char *where = lc_journey_describe (widget);

  g_string_append_printf (list, "\n  %s: “%s”", where, text);
}

/**
 * lc_journey_has_latin_word:
 *
 * Returns: whether @text holds a word of two Latin letters or more: English
 *   left untranslated in an Arabic window
 */
gboolean
lc_journey_has_latin_word (const char *text)
{
  guint run = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      run = g_unichar_isalpha (c) && g_unichar_get_script (c) == G_UNICODE_SCRIPT_LATIN ? run + 1 : 0;
      if (run >= 2)
        return TRUE;
    }

  return FALSE;
}

/**
 * lc_journey_has_digit:
 * @arabic_indic: which digits to look for: ٠–٩ (and the Persian ۰–۹),
 *   or else 0–9
 *
 * Returns: whether @text holds such a digit
 */
gboolean
lc_journey_has_digit (const char *text,
                      gboolean    arabic_indic)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (arabic_indic ? (c >= 0x0660 && c <= 0x0669) || (c >= 0x06F0 && c <= 0x06F9) : (c >= '0' && c <= '9'))
        return TRUE;
    }

  return FALSE;
}

static void
collect_strings (JsonNode  *node,
                 GPtrArray *strings)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, NULL, &member))
          collect_strings (member, strings);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          collect_strings (json_array_get_element (array, i), strings);
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        g_ptr_array_add (strings, g_strdup (json_node_get_string (node)));
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

/**
 * lc_journey_sample_strings:
 *
 * Returns: (transfer full) (element-type utf8): every text of the sample
 *   convention's file ($LC_SAMPLE): what the library holds once the sample
 *   is opened, as people wrote it
 */
GPtrArray *
lc_journey_sample_strings (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);
  const char *path = g_getenv ("LC_SAMPLE");

  g_assert_nonnull (path);
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  collect_strings (json_parser_get_root (parser), strings);

  return strings;
}
