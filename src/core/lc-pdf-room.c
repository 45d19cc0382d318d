/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-agenda-pdf-private.h"
#include "lc-room-details.h"
#include "lc-text.h"

/*
 * What a printed agenda says about where an item happens, beyond the
 * room's name (issue 12): where the room is, how many it holds, whether it
 * is online only, and the link online participants join (the item's own
 * over its room's); for a field visit, the place's address. One line under
 * the room's, in the page's language, so that a reader finds the room and
 * the link where they look for the room.
 */

/**
 * lc_pdf_room_details:
 * @self: a layout
 * @language: the language of the column
 * @entry: an agenda item with its room or place
 *
 * Returns: (transfer full) (nullable): the line, or %NULL when the item's
 *   room (or place) and the item have none of these details
 */
char *
lc_pdf_room_details (LcAgendaLayout      *self,
                     LcLanguage           language,
                     const LcAgendaEntry *entry)
{
  LcRecord *room = entry->room ? LC_RECORD (entry->room) : NULL;
  g_autofree char *capacity = NULL;
  const char *fields[4] = { NULL, };
  guint n = 0;
  const char *const dots[] = { " · ", " · " };
  const char *url = lc_item_get_effective_url (LC_RECORD (entry->item), room, NULL);
  g_autofree char *text = NULL;

  if (room != NULL)
    {
      int seats = lc_room_get_capacity (entry->room);

      fields[n++] = lc_pdf_field (room, "location", language);
      /* Not the window's plural "Holds %u people": its Arabic forms for
       * none, one and two have no number, and the PDF's catalogue reader
       * refuses a translation whose numbers differ from its msgid's. */
      if (seats > 0)
        {
          g_autofree char *number = lc_pdf_number_text (self, language, seats);

          /* Translators: how many people a room holds, in the printed
           * agenda under the room's name; %s is the number */
          capacity = g_strdup_printf (lc_l10n_gettext (language, N_("Capacity: %s")), number);
        }
      fields[n++] = capacity ? capacity : "";
      if (lc_room_get_online_only (entry->room))
        fields[n++] = lc_l10n_gettext (language, N_("Online only"));
    }
  else
    fields[n++] = lc_pdf_field (entry->place, "address", language);
  /* An address of Latin letters: read from the left on an Arabic page too
   * (lc_text_join_fields() isolates it). */
  fields[n++] = url;

  text = lc_text_join_fields (fields, n, dots, language);
  if (*text == '\0')
    return NULL;
  return g_steal_pointer (&text);
}
