/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-bilingual-entry.h"

/*
 * The one place that gives an Arabic or English entry its direction, so
 * the item, person, city and convention editors type alike.
 */

/**
 * lc_bilingual_entry_set_direction:
 * @entry: an entry row, entry or text view
 * @direction: %GTK_TEXT_DIR_RTL for Arabic, %GTK_TEXT_DIR_LTR otherwise
 *
 * Sets @direction on @entry and everything inside it: in GTK 4 a child
 * does not take its parent's direction, so setting it on an AdwEntryRow
 * alone would leave the text it holds in the interface's direction.
 */
void
lc_bilingual_entry_set_direction (GtkWidget        *entry,
                                  GtkTextDirection  direction)
{
  g_return_if_fail (GTK_IS_WIDGET (entry));

  gtk_widget_set_direction (entry, direction);
  for (GtkWidget *child = gtk_widget_get_first_child (entry); child; child = gtk_widget_get_next_sibling (child))
    lc_bilingual_entry_set_direction (child, direction);
}

/**
 * lc_bilingual_entry_pair:
 * @arabic: the entry for the Arabic text
 * @english: the entry for the English text of the same field
 *
 * Makes @arabic right to left and @english left to right.
 */
void
lc_bilingual_entry_pair (GtkWidget *arabic,
                         GtkWidget *english)
{
  lc_bilingual_entry_set_direction (arabic, GTK_TEXT_DIR_RTL);
  lc_bilingual_entry_set_direction (english, GTK_TEXT_DIR_LTR);
}
