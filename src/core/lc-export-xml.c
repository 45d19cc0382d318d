/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/xmlwriter.h>

#include "lc-error.h"
#include "lc-export-schedule-private.h"

/* The schedule as "schedule.xml", written with libxml2's text writer. */

/* Each libxml2 writer call returns a negative number on failure. */
#define W(call) G_STMT_START { if ((call) < 0) goto failed; } G_STMT_END
#define X(s) ((const xmlChar *) (s))

static int
write_element (xmlTextWriterPtr  writer,
               const char       *name,
               const char       *text)
{
  return xmlTextWriterWriteElement (writer, X (name), X (text));
}

/* Writes @schedule as the format's XML; the length goes to *@length. */
char *
lc_export_schedule_write_xml (Schedule  *schedule,
                              gsize     *length,
                              GError   **error)
{
  xmlBufferPtr buffer = xmlBufferCreate ();
  xmlTextWriterPtr writer = xmlNewTextWriterMemory (buffer, 0);
  g_autofree char *days = g_strdup_printf ("%u", schedule->days->len);
  char *result = NULL;

  if (writer == NULL)
    goto failed;

  W (xmlTextWriterSetIndent (writer, 1));
  W (xmlTextWriterSetIndentString (writer, X ("  ")));
  W (xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL));
  W (xmlTextWriterStartElement (writer, X ("schedule")));

  W (xmlTextWriterStartElement (writer, X ("generator")));
  W (xmlTextWriterWriteAttribute (writer, X ("name"), X ("learning-cities")));
  W (xmlTextWriterWriteAttribute (writer, X ("version"), X (PACKAGE_VERSION)));
  W (xmlTextWriterEndElement (writer));
  W (write_element (writer, "version", schedule->version));

  W (xmlTextWriterStartElement (writer, X ("conference")));
  W (write_element (writer, "acronym", schedule->acronym));
  W (write_element (writer, "title", schedule->title));
  W (write_element (writer, "start", schedule->start));
  W (write_element (writer, "end", schedule->end));
  W (write_element (writer, "days", days));
  W (write_element (writer, "timeslot_duration", schedule->timeslot));
  W (write_element (writer, "time_zone_name", schedule->zone));
  for (guint i = 0; i < schedule->tracks->len; i++)
    {
      ScheduleTrack *track = g_ptr_array_index (schedule->tracks, i);

      W (xmlTextWriterStartElement (writer, X ("track")));
      W (xmlTextWriterWriteAttribute (writer, X ("name"), X (track->name)));
      if (track->color != NULL)
        W (xmlTextWriterWriteAttribute (writer, X ("color"), X (track->color)));
      W (xmlTextWriterWriteAttribute (writer, X ("slug"), X (track->slug)));
      W (xmlTextWriterEndElement (writer));
    }
  W (xmlTextWriterEndElement (writer));

  for (guint d = 0; d < schedule->days->len; d++)
    {
      Day *day = g_ptr_array_index (schedule->days, d);
      g_autofree char *index = g_strdup_printf ("%u", day->index);

      W (xmlTextWriterStartElement (writer, X ("day")));
      W (xmlTextWriterWriteAttribute (writer, X ("index"), X (index)));
      W (xmlTextWriterWriteAttribute (writer, X ("date"), X (day->date)));
      W (xmlTextWriterWriteAttribute (writer, X ("start"), X (day->start)));
      W (xmlTextWriterWriteAttribute (writer, X ("end"), X (day->end)));

      for (guint r = 0; r < day->rooms->len; r++)
        {
          RoomGroup *room = g_ptr_array_index (day->rooms, r);

          W (xmlTextWriterStartElement (writer, X ("room")));
          W (xmlTextWriterWriteAttribute (writer, X ("name"), X (room->name)));
          W (xmlTextWriterWriteAttribute (writer, X ("guid"), X (room->guid)));

          for (guint e = 0; e < room->events->len; e++)
            {
              Event *event = g_ptr_array_index (room->events, e);
              g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, event->id);

              W (xmlTextWriterStartElement (writer, X ("event")));
              W (xmlTextWriterWriteAttribute (writer, X ("guid"), X (event->guid)));
              W (xmlTextWriterWriteAttribute (writer, X ("id"), X (id)));
              W (write_element (writer, "room", event->room));
              W (write_element (writer, "title", event->title));
              W (write_element (writer, "subtitle", event->subtitle));
              W (write_element (writer, "type", event->type));
              W (write_element (writer, "date", event->date));
              W (write_element (writer, "start", event->start));
              W (write_element (writer, "duration", event->duration));
              W (write_element (writer, "abstract", event->abstract));
              W (write_element (writer, "slug", event->slug));
              W (write_element (writer, "track", event->track));
              W (xmlTextWriterStartElement (writer, X ("persons")));
              for (guint p = 0; p < event->persons->len; p++)
                {
                  Person *person = g_ptr_array_index (event->persons, p);
                  g_autofree char *person_id = g_strdup_printf ("%" G_GINT64_FORMAT, person->id);

                  /* The XML schema has no attribute for a person's role:
                   * moderators are named in the description. */
                  W (xmlTextWriterStartElement (writer, X ("person")));
                  W (xmlTextWriterWriteAttribute (writer, X ("id"), X (person_id)));
                  W (xmlTextWriterWriteAttribute (writer, X ("guid"), X (person->guid)));
                  W (xmlTextWriterWriteString (writer, X (person->name)));
                  W (xmlTextWriterEndElement (writer));
                }
              W (xmlTextWriterEndElement (writer));
              W (write_element (writer, "language", event->language));
              W (write_element (writer, "description", event->description));
              if (*event->online_url != '\0')
                {
                  W (xmlTextWriterStartElement (writer, X ("links")));
                  W (xmlTextWriterStartElement (writer, X ("link")));
                  W (xmlTextWriterWriteAttribute (writer, X ("href"), X (event->online_url)));
                  W (xmlTextWriterWriteString (writer, X (event->online_title)));
                  W (xmlTextWriterEndElement (writer));
                  W (xmlTextWriterEndElement (writer));
                }
              W (xmlTextWriterEndElement (writer));
            }

          W (xmlTextWriterEndElement (writer));
        }

      W (xmlTextWriterEndElement (writer));
    }

  W (xmlTextWriterEndDocument (writer));
  xmlFreeTextWriter (writer);
  writer = NULL;

  *length = xmlBufferLength (buffer);
  result = g_strndup ((const char *) xmlBufferContent (buffer), *length);
  xmlBufferFree (buffer);
  return result;

failed:
  if (writer != NULL)
    xmlFreeTextWriter (writer);
  xmlBufferFree (buffer);
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
               _("The schedule could not be written as XML."));
  return NULL;
}

#undef W
#undef X
