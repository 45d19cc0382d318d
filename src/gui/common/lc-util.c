/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-context.h"
#include "lc-models.h"
#include "lc-text.h"
#include "lc-util.h"

/**
 * lc_ui_language:
 *
 * Returns: the language the interface speaks: Arabic under an Arabic
 *   locale, else English (the source language)
 */
LcLanguage
lc_ui_language (void)
{
  const char * const *names = g_get_language_names ();

  return g_str_has_prefix (names[0], "ar") ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH;
}

/**
 * lc_ui_text:
 * @record: a record
 * @field: a bilingual field such as "title"
 * @fell_back: (out) (optional): whether the other language was used
 *
 * Returns: (transfer none): the field in the interface's language, or in the
 *   other language when that is empty, as it may be shown (see
 *   lc_record_get_display_text())
 */
const char *
lc_ui_text (LcRecord   *record,
            const char *field,
            gboolean   *fell_back)
{
  g_return_val_if_fail (LC_IS_RECORD (record), NULL);

  /* As it may be laid out: hostile text is cleaned and bounded for the
   * screen, never in the library. */
  return lc_record_get_display_text (record, field, lc_ui_language (), fell_back);
}

/**
 * lc_ui_join_list:
 * @texts: (element-type utf8): the texts from the library a list shows
 *   (names, cities), each as written
 * @pieces: (element-type utf8): what the list shows for each: the text
 *   isolated, with a tag, a badge or markup around it
 *
 * Joins a list of texts from the library for a label: texts all written in
 * Arabic read from the right with "، " in an English window too, and
 * English ones from the left with ", " in an Arabic window, as on paper
 * (lc_text_join_fields()); texts that mix keep the interface's order.
 *
 * Returns: (transfer full): @pieces joined
 */
char *
lc_ui_join_list (GPtrArray *texts,
                 GPtrArray *pieces)
{
  GString *out = g_string_new (NULL);
  const char *isolate, *separator;

  g_return_val_if_fail (texts != NULL && pieces != NULL && texts->len == pieces->len, NULL);

  separator = lc_text_list_separator ((const char * const *) texts->pdata, texts->len,
                                      lc_ui_language (), &isolate);
  for (guint i = 0; i < pieces->len; i++)
    {
      if (i > 0)
        g_string_append (out, separator);
      g_string_append (out, g_ptr_array_index (pieces, i));
    }
  if (*isolate != '\0' && out->len > 0)
    {
      g_string_prepend (out, isolate);
      g_string_append (out, LC_TEXT_PDI);
    }

  return g_string_free (out, FALSE);
}

/**
 * lc_ui_digits:
 *
 * Returns: the digits the user chose for dates and numbers (the "digits"
 *   setting); %LC_DIGITS_DEFAULT follows the interface language
 */
LcDigits
lc_ui_digits (void)
{
  GSettings *settings = lc_context_get_settings (lc_context_get_default ());
  g_autofree char *choice = settings ? g_settings_get_string (settings, "digits") : NULL;

  if (g_strcmp0 (choice, "western") == 0)
    return LC_DIGITS_WESTERN;
  if (g_strcmp0 (choice, "arabic-indic") == 0)
    return LC_DIGITS_ARABIC_INDIC;
  return LC_DIGITS_DEFAULT;
}

/**
 * lc_ui_localise:
 * @text: text with ASCII digits
 *
 * Returns: (transfer full): @text with the digits the user reads
 */
char *
lc_ui_localise (const char *text)
{
  return lc_l10n_convert_digits (lc_ui_language (), lc_ui_digits (), text);
}

/**
 * lc_ui_printf:
 * @format: a sentence of the interface, usually translated
 * @...: its arguments
 *
 * The one way the interface writes a sentence with numbers in it: like
 * g_strdup_printf(), but the numbers given (%d, %i, %u) are written in the
 * digits the user chose (see lc_l10n_printf()). Names and titles passed as
 * strings keep the digits they were typed with.
 *
 * Returns: (transfer full): the sentence
 */
char *
lc_ui_printf (const char *format,
              ...)
{
  va_list ap;
  char *text;

  va_start (ap, format);
  text = lc_l10n_vprintf (lc_ui_language (), lc_ui_digits (), format, ap);
  va_end (ap);

  return text;
}

/**
 * lc_ui_format_number:
 * @number: a whole number
 *
 * Returns: (transfer full): @number in the digits the user chose
 */
char *
lc_ui_format_number (gint64 number)
{
  return lc_l10n_format_number (lc_ui_language (), lc_ui_digits (), number);
}

/**
 * lc_ui_format_time_range:
 * @start: minutes since midnight
 * @end: minutes since midnight
 *
 * Returns: (transfer full): "09:00 – 10:30" in the user's digits, as the
 *   agenda, the timeline and the speakers' pages write a time range
 */
char *
lc_ui_format_time_range (int start,
                         int end)
{
  g_autofree char *from = lc_ui_format_time (start);
  g_autofree char *to = lc_ui_format_time (end);

  /* Translators: a time range, from the start to the end */
  return g_strdup_printf (_("%s – %s"), from, to);
}

/**
 * lc_format_date:
 * @iso_date: a date as YYYY-MM-DD
 *
 * Returns: (transfer full): the date in the interface language, with the
 *   weekday and month names of the catalogue and the user's digits, e.g.
 *   "Wednesday 10 May 2023" or "الأربعاء ١٠ مايو ٢٠٢٣"
 */
char *
lc_format_date (const char *iso_date)
{
  GDate date;

  if (!lc_date_parse (iso_date, &date))
    return g_strdup (iso_date);

  return lc_l10n_format_date_full (lc_ui_language (), lc_ui_digits (), &date);
}

/**
 * lc_format_date_range:
 * @start: the first day, YYYY-MM-DD
 * @end: the last day, YYYY-MM-DD
 *
 * Returns: (transfer full): the range in the user's locale
 */
char *
lc_format_date_range (const char *start,
                      const char *end)
{
  g_autofree char *from = lc_format_date (start);
  g_autofree char *to = NULL;

  if (g_strcmp0 (start, end) == 0)
    return g_steal_pointer (&from);

  to = lc_format_date (end);
  /* Translators: a range of dates, from the first to the last */
  return g_strdup_printf (_("%s – %s"), from, to);
}

/**
 * lc_format_date_time:
 * @when: a moment
 *
 * Returns: (transfer full): its local date and time in the interface
 *   language and the user's digits, e.g. "Wednesday 10 May 2023, 09:30"
 */
char *
lc_format_date_time (GDateTime *when)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (when);
  g_autofree char *date = NULL;
  g_autofree char *clock = g_date_time_format (local, "%H:%M");
  g_autofree char *time = NULL;
  GDate day;

  g_date_set_dmy (&day, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  date = lc_l10n_format_date_full (lc_ui_language (), lc_ui_digits (), &day);
  time = lc_ui_localise (clock);

  /* Translators: a date, then a time of day */
  return g_strdup_printf (_("%1$s, %2$s"), date, time);
}

/**
 * lc_ui_format_time:
 * @minutes: minutes since midnight
 *
 * Returns: (transfer full): "09:30" in the digits the user reads
 */
char *
lc_ui_format_time (int minutes)
{
  g_autofree char *plain = lc_time_format (minutes);

  return lc_ui_localise (plain);
}

/**
 * lc_widget_mark_wrong:
 * @widget: (type GtkWidget): a field of a form
 * @wrong: whether what it holds cannot be saved
 *
 * Shows @widget in the error style, or no longer.
 */
void
lc_widget_mark_wrong (gpointer widget,
                      gboolean wrong)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (wrong)
    gtk_widget_add_css_class (GTK_WIDGET (widget), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (widget), "error");
}

/**
 * lc_search_clear_or_close:
 * @search: the search field of a window of its own
 *
 * What Escape does in it: clears what was typed, and closes the window
 * once nothing is.
 */
void
lc_search_clear_or_close (GtkEditable *search)
{
  if (*gtk_editable_get_text (search) != '\0')
    gtk_editable_set_text (search, "");
  else
    gtk_window_close (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (search))));
}
