/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fribidi.h>

#include "lc-agenda-pdf-private.h"
#include "lc-text.h"

/* Isolates only where they change something. Each field of the library is
 * put in its own bidi isolate (lc_text_join_fields(), lc_pdf_isolate()) so
 * that an English name keeps its order in an Arabic line and a field's
 * numbers or directional controls stay inside it. Pango then itemizes and
 * shapes every isolate apart, and wraps each item again at every break it
 * tries: a person's lines with five isolates took half as long again to
 * lay out as the same lines without. When the letters of every field run
 * in the paragraph's own direction and nothing else in them takes a
 * direction of its own, every character ends at the paragraph's level
 * with or without the isolates, and the lines look the same without them. */

/* The direction every letter of @text runs in (1 right to left, -1 left
 * to right) when nothing in it could resolve otherwise; 0 when @text has
 * letters of both, no letter at all, or characters whose direction
 * depends on what is around them: digits (an Arabic "2023-2024" reads
 * otherwise when its neighbours change), tabs, line breaks, directional
 * controls. With no digit anywhere in the fields, the signs that belong
 * to numbers (".", "-", "%") are neutral like any punctuation: "Dr." and
 * "أ.د." stay plain. */
static int
plain_direction (const char *text)
{
  int direction = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      FriBidiCharType type = fribidi_get_bidi_type (g_utf8_get_char (p));
      int d;

      switch (type)
        {
        case FRIBIDI_TYPE_LTR:
          d = -1;
          break;
        case FRIBIDI_TYPE_RTL:
        case FRIBIDI_TYPE_AL:
          d = 1;
          break;
        case FRIBIDI_TYPE_WS:
        case FRIBIDI_TYPE_ON:
        case FRIBIDI_TYPE_NSM:
        case FRIBIDI_TYPE_BN:
        case FRIBIDI_TYPE_ES:
        case FRIBIDI_TYPE_ET:
        case FRIBIDI_TYPE_CS:
          continue;
        default:
          return 0;
        }
      if (direction != 0 && d != direction)
        return 0;
      direction = d;
    }

  return direction;
}

static int
paragraph_direction (LcLanguage language)
{
  return language == LC_LANGUAGE_ARABIC ? 1 : -1;
}

/**
 * lc_pdf_isolate_in:
 * @text: a text of the library
 * @language: the language of the paragraph it is printed in
 *
 * @text as lc_pdf_isolate() isolates it, or as it is when it runs in the
 * paragraph's direction only (see above).
 *
 * Returns: (transfer full): the text to put in the paragraph
 */
char *
lc_pdf_isolate_in (const char *text,
                   LcLanguage  language)
{
  if (plain_direction (text) == paragraph_direction (language))
    return g_strdup (text);
  return lc_pdf_isolate (text);
}

/**
 * lc_pdf_join_fields:
 * @fields: (array length=n_fields): texts of the library in their written
 *   order; empty ones are left out
 * @n_fields: how many
 * @separators: (array fixed-size=2): the separator in Arabic and in English
 * @language: the language of the paragraph
 *
 * The fields as lc_text_join_fields() joins them, in the same order with
 * the same separator, without the isolates that change nothing: none
 * around each field when every one runs in the same direction only, and
 * none around the whole when that is the paragraph's direction.
 *
 * Returns: (transfer full): the joined text, empty when every field is
 */
char *
lc_pdf_join_fields (const char * const *fields,
                    guint               n_fields,
                    const char * const  separators[2],
                    LcLanguage          language)
{
  g_autoptr(GString) out = g_string_new (NULL);
  int shared = 0;

  for (guint i = 0; i < n_fields; i++)
    {
      int d;

      if (*fields[i] == '\0')
        continue;
      d = plain_direction (fields[i]);
      if (d == 0 || (shared != 0 && d != shared))
        return lc_text_join_fields (fields, n_fields, separators, language);
      shared = d;
    }

  for (guint i = 0; i < n_fields; i++)
    {
      if (*fields[i] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, separators[shared > 0 ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH]);
      g_string_append (out, fields[i]);
    }
  /* Arabic fields in an English paragraph (or the reverse) are still read
   * in their own direction, together. */
  if (shared != 0 && shared != paragraph_direction (language))
    {
      g_string_prepend (out, shared > 0 ? RLI : LRI);
      g_string_append (out, PDI);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
