/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-l10n.h"

G_BEGIN_DECLS

/**
 * LC_TEXT_MAX_PRINT_CHARS:
 *
 * The most characters of one field laid out on paper: 20,000, some six
 * pages of a description or a clause of a declaration. What is stored is
 * never cut, only what is shown, which then ends in a note saying so.
 */
#define LC_TEXT_MAX_PRINT_CHARS 20000

/**
 * LC_TEXT_MAX_SCREEN_CHARS:
 *
 * The most characters of one field shown in the window's labels: 2,000, a
 * long paragraph. GTK lays a label out again at each width it tries, so a
 * label costs many times what a printed paragraph does (20,000 characters
 * took 4 s to the first frame); editors still show the whole text.
 */
#define LC_TEXT_MAX_SCREEN_CHARS 2000

/**
 * LC_TEXT_MAX_RUN:
 *
 * The longest run of characters laid out without a place to break the
 * line: 64, longer than any word. Pango's time grows with the square of
 * such a run (a 1 MB title without spaces took 71 s to print; 20,000
 * characters 1.2 s, and 0.1 s with a break every 64), so a longer run gets
 * an invisible ZERO WIDTH SPACE, where the line may break.
 */
#define LC_TEXT_MAX_RUN 64

/**
 * LC_TEXT_MAX_MARKS:
 *
 * The most combining marks laid out on one letter: 30, the bound of
 * Unicode's Stream-Safe Text Format (UAX #15), far more than any script
 * stacks. Layout time grew with the square of the stack (a letter with
 * 20,000 accents: 21.5 s to the window's first frame).
 */
#define LC_TEXT_MAX_MARKS 30

/* U+2069 POP DIRECTIONAL ISOLATE: closes the isolate lc_text_list_separator()
 * opens. */
#define LC_TEXT_PDI "\342\201\251"

gboolean  lc_text_is_displayable  (const char  *text,
                                   guint        max_chars);
char     *lc_text_for_display     (const char  *text,
                                   guint        max_chars,
                                   const char  *note);
const char *lc_text_shortened_note (LcLanguage  language);
char     *lc_text_isolate         (const char  *text);
char     *lc_text_join_fields     (const char * const *fields,
                                   guint               n_fields,
                                   const char * const  separators[2],
                                   LcLanguage          language);
const char *lc_text_list_separator (const char * const *fields,
                                    guint               n_fields,
                                    LcLanguage          language,
                                    const char        **isolate);

G_END_DECLS
