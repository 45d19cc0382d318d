/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-text.h"

/* Text from the library as it may be laid out: what people typed or
 * imported can hold characters no font draws (control characters show as
 * boxes with a hex code), characters cairo refuses in a PDF's metadata and
 * outline (the Unicode non-characters made every PDF export fail), stacks
 * of accents and runs of text long enough to stop Pango for minutes. The
 * library keeps every character; only what is shown is cleaned here. */

#define FSI "\342\201\250"  /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\342\201\251"  /* U+2069 POP DIRECTIONAL ISOLATE */
#define LRI "\342\201\246"  /* U+2066 LEFT-TO-RIGHT ISOLATE */
#define RLI "\342\201\247"  /* U+2067 RIGHT-TO-LEFT ISOLATE */

/* Never shown: C0 and C1 control characters (but tab and line feed) and
 * the non-characters U+FDD0–U+FDEF and U+xFFFE, U+xFFFF. */
static gboolean
is_hidden (gunichar c)
{
  if (c == '\t' || c == '\n')
    return FALSE;
  return c < 0x20 || (c >= 0x7F && c < 0xA0)
         || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

/**
 * lc_text_is_displayable:
 * @text: (nullable): text from the library
 * @max_chars: the most characters laid out, such as %LC_TEXT_MAX_PRINT_CHARS
 *
 * Returns: %TRUE when lc_text_for_display() would leave @text as it is:
 *   valid UTF-8, short enough, nothing hidden, no tall stack of marks, no
 *   long run without a place to break
 */
/* Where Pango may break a line: white space, a hyphen, a zero width space.
 * (Scripts without spaces, such as Thai, break between words by a
 * dictionary; that is not needed here.) */
static gboolean
is_break (gunichar c)
{
  return g_unichar_isspace (c) || c == '-' || c == 0x200B || c == 0x2010;
}

gboolean
lc_text_is_displayable (const char *text,
                        guint       max_chars)
{
  guint chars = 0, marks = 0, run = 0;

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (++chars > max_chars || is_hidden (c))
        return FALSE;
      marks = g_unichar_ismark (c) ? marks + 1 : 0;
      run = is_break (c) ? 0 : run + (marks == 0);
      if (marks > LC_TEXT_MAX_MARKS || run > LC_TEXT_MAX_RUN)
        return FALSE;
    }

  return TRUE;
}

/**
 * lc_text_for_display:
 * @text: (nullable): text from the library
 * @max_chars: the most characters laid out, such as %LC_TEXT_MAX_PRINT_CHARS
 * @note: (nullable): what to add after "…" when the text is shortened,
 *   such as lc_text_shortened_note()
 *
 * Text as it may be laid out: control characters and non-characters
 * dropped, at most %LC_TEXT_MAX_MARKS combining marks on a letter, a place
 * to break the line at least every %LC_TEXT_MAX_RUN characters, at most
 * @max_chars characters; a shortened text ends with "…" and
 * @note.
 *
 * Returns: (transfer full): the text to lay out
 */
char *
lc_text_for_display (const char *text,
                     guint       max_chars,
                     const char *note)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  GString *out = g_string_sized_new (MIN (strlen (valid), (gsize) max_chars * 4));
  guint chars = 0, marks = 0, run = 0;

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_hidden (c))
        continue;
      marks = g_unichar_ismark (c) ? marks + 1 : 0;
      if (marks > LC_TEXT_MAX_MARKS)
        continue;
      /* Cut before a letter, never between it and its marks. */
      if (marks == 0 && chars >= max_chars)
        {
          g_string_append (out, "…");
          if (note != NULL)
            g_string_append_printf (out, " %s", note);
          break;
        }
      /* A place to break the line before a letter that would make the
       * run too long for Pango. */
      run = is_break (c) ? 0 : run + (marks == 0);
      if (run > LC_TEXT_MAX_RUN)
        {
          g_string_append_unichar (out, 0x200B);
          run = 1;
        }
      g_string_append_unichar (out, c);
      chars++;
    }

  return g_string_free (out, FALSE);
}

/**
 * lc_text_shortened_note:
 * @language: the language of the page or screen
 *
 * Returns: (transfer none): the note after a text shortened for display
 */
const char *
lc_text_shortened_note (LcLanguage language)
{
  /* Translators: follows "…" at the end of a very long text that was
   * shortened to be shown; the library keeps all of it */
  return lc_l10n_gettext (language, N_("(shortened here; the library keeps the whole text)"));
}

/**
 * lc_text_isolate:
 * @text: text from the library, such as a person's name
 *
 * Wraps @text in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that
 * its direction, and any directional control left open inside it (an
 * unclosed RIGHT-TO-LEFT OVERRIDE), stops at its end instead of turning
 * the text after it around, as in a list of names.
 *
 * Returns: (transfer full): the isolated text
 */
char *
lc_text_isolate (const char *text)
{
  return g_strconcat (FSI, text, PDI, NULL);
}

/* 1 for a text whose first letter is of a right-to-left script, -1 for
 * another script, 0 for a text without letters (digits, punctuation):
 * the "first strong" rule of the Unicode bidi algorithm, which is what
 * FIRST STRONG ISOLATE applies to each field. */
static int
first_strong (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      switch (g_unichar_get_script (c))
        {
        case G_UNICODE_SCRIPT_ARABIC:
        case G_UNICODE_SCRIPT_HEBREW:
        case G_UNICODE_SCRIPT_SYRIAC:
        case G_UNICODE_SCRIPT_THAANA:
        case G_UNICODE_SCRIPT_NKO:
          return 1;
        default:
          return -1;
        }
    }

  return 0;
}

/**
 * lc_text_join_fields:
 * @fields: (array length=n_fields): texts from the library in their written
 *   order, such as an honorific and a name; empty ones are left out
 * @n_fields: how many
 * @separators: (array fixed-size=2): what stands between two fields in
 *   Arabic (index %LC_LANGUAGE_ARABIC) and in English
 * @language: the language of the paragraph they are printed in
 *
 * Joins fields printed side by side so that they read in their written
 * order. Each field is isolated; fields written in one direction are also
 * laid out together in that direction, so an Arabic honorific stands to
 * the right of an Arabic name, and "position، organisation، city" reads
 * from the right, even in an English paragraph (and an English "Dr John"
 * from the left on an Arabic page). Those fields take the separator of
 * their own script; fields of both directions keep the paragraph's order
 * and separator.
 *
 * Returns: (transfer full): the joined text, empty when every field is
 */
/* 1 when every field with letters is right to left, -1 when every one is
 * left to right, 0 when they mix or none has letters. */
static int
shared_direction (const char * const *fields,
                  guint               n_fields)
{
  int shared = 0;

  for (guint i = 0; i < n_fields; i++)
    {
      int d = first_strong (fields[i]);

      if (d != 0 && shared != 0 && d != shared)
        return 0;
      if (d != 0)
        shared = d;
    }

  return shared;
}

/**
 * lc_text_list_separator:
 * @fields: (array length=n_fields): texts from the library listed side by
 *   side, such as the names of an item's speakers
 * @n_fields: how many
 * @language: the language of the paragraph they are shown in
 * @isolate: (out): the isolate to open the list with, closed by U+2069
 *   POP DIRECTIONAL ISOLATE; "" when the fields mix directions
 *
 * The separator of a list of texts from the library, as
 * lc_text_join_fields() chooses it, for a caller that builds the list
 * itself (with markup around each text): Arabic names are listed from the
 * right with "، " in an English line too, inside @isolate.
 *
 * Returns: the separator, in the script of the fields or else of @language
 */
const char *
lc_text_list_separator (const char * const *fields,
                        guint               n_fields,
                        LcLanguage          language,
                        const char        **isolate)
{
  int shared = shared_direction (fields, n_fields);

  *isolate = shared > 0 ? RLI : shared < 0 ? LRI : "";
  return lc_l10n_pgettext (shared > 0 ? LC_LANGUAGE_ARABIC : shared < 0 ? LC_LANGUAGE_ENGLISH
                                                                       : language,
                           /* Translators: between the texts of a list, such as names */
                           "list separator", NC_("list separator", ", "));
}

char *
lc_text_join_fields (const char * const *fields,
                     guint               n_fields,
                     const char * const  separators[2],
                     LcLanguage          language)
{
  GString *out = g_string_new (NULL);
  int shared = shared_direction (fields, n_fields);
  const char *separator;

  separator = separators[shared > 0 ? LC_LANGUAGE_ARABIC
                         : shared < 0 ? LC_LANGUAGE_ENGLISH : language];

  for (guint i = 0; i < n_fields; i++)
    {
      if (*fields[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append_printf (out, FSI "%s" PDI, fields[i]);
    }
  if (shared != 0 && out->len > 0)
    {
      /* RIGHT-TO-LEFT or LEFT-TO-RIGHT ISOLATE around the whole. */
      g_string_prepend (out, shared > 0 ? RLI : LRI);
      g_string_append (out, PDI);
    }

  return g_string_free (out, FALSE);
}
