/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <string.h>

#include "lc-convention-check.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-schedule-import-private.h"

/* Reading a conference schedule XML (the frab / pentabarf "schedule.xml"
 * that pretalx, frab, the c3voc tools and our own export write) as a new
 * convention. The whole file is read into records first; they are stored
 * in lc-schedule-import-store.c, in one transaction.
 *
 * The XML is read safely in lc-schedule-import-xml.c, each event in
 * lc-schedule-import-event.c; here the conference and its days, with the
 * bounds on their number. */

static gboolean
read_days (LcScheduleDraft  *draft,
           xmlNodePtr        root,
           GError          **error)
{
  guint n_days = 0;

  for (xmlNodePtr day = root->children; day != NULL; day = day->next)
    {
      if (!lc_schedule_is_element (day, "day"))
        continue;
      if (++n_days > LC_CONVENTION_MAX_DAYS)
        {
          lc_schedule_set_invalid (draft, error, xmlGetLineNo (day),
                                   _("the schedule has more than %d days, the longest convention"),
                                   LC_CONVENTION_MAX_DAYS);
          return FALSE;
        }

      for (xmlNodePtr room = day->children; room != NULL; room = room->next)
        {
          if (!lc_schedule_is_element (room, "room"))
            continue;
          for (xmlNodePtr event = room->children; event != NULL; event = event->next)
            if (lc_schedule_is_element (event, "event") && !lc_schedule_read_event (draft, day, room, event, error))
              return FALSE;
        }
    }

  if (draft->items->len == 0)
    {
      lc_schedule_set_invalid (draft, error, 0, _("the schedule has no events: there is nothing to import"));
      return FALSE;
    }

  return TRUE;
}

/* The first and last day of the convention: the conference's, or else
 * those of its events. */
static void
set_dates (LcScheduleDraft *draft,
           xmlNodePtr       conference)
{
  static const char *const members[] = { "start", "end" };
  static const char *const properties[] = { "start-date", "end-date" };

  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *text = lc_schedule_child_text (conference, members[i]);
      const char *date = NULL;

      /* Some tools write a whole date and time. */
      if (strlen (text) >= 10)
        text[10] = '\0';
      if (lc_date_parse (text, NULL))
        date = text;

      for (guint e = 0; date == NULL && e < draft->items->len; e++)
        {
          LcDraftItem *item = g_ptr_array_index (draft->items, e);
          const char *day = lc_record_get_string (item->item.record, "day");
          const char *best = lc_record_get_string (draft->convention.record, properties[i]);

          if (*best == '\0' || (i == 0 ? strcmp (day, best) < 0 : strcmp (day, best) > 0))
            lc_record_set_string (draft->convention.record, properties[i], day);
        }
      if (date != NULL)
        lc_record_set_string (draft->convention.record, properties[i], date);
    }
}

static gboolean
read_conference (LcScheduleDraft  *draft,
                 xmlNodePtr        root,
                 GError          **error)
{
  static const char *const read[] = { "title", "acronym", "start", "end", "days",
                                      "timeslot_duration", "time_zone_name", NULL };
  xmlNodePtr conference = lc_schedule_find_child (root, "conference");
  g_autofree char *title = NULL, *zone = NULL;
  g_autoptr(GError) local_error = NULL;
  LcConventionField field;

  if (conference == NULL)
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (root),
                               _("the schedule has no <conference> element, which names the conference and its time zone"));
      return FALSE;
    }

  title = lc_schedule_child_text (conference, "title");
  zone = lc_schedule_child_text (conference, "time_zone_name");
  if (*title == '\0')
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (conference), _("the conference has no <title>"));
      return FALSE;
    }
  if (*zone == '\0')
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (conference),
                               _("the conference names no time zone (expected <time_zone_name>, such as "
                                 "Europe/Berlin)"));
      return FALSE;
    }
  if (!lc_time_zone_is_valid (zone))
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (conference),
                               _("the conference’s time zone “%s” is not one Learning Cities knows (expected "
                                 "a name such as Europe/Berlin in <time_zone_name>)"), zone);
      return FALSE;
    }

  draft->zone = g_time_zone_new_identifier (zone);
  draft->convention.record = g_object_new (LC_TYPE_CONVENTION, NULL);
  lc_schedule_set_bilingual (draft->convention.record, "title", lc_schedule_language_of (title), title);
  lc_record_set_string (draft->convention.record, "time-zone", zone);

  if (!read_days (draft, root, error))
    return FALSE;
  set_dates (draft, conference);

  if (!lc_convention_validate (draft->convention.record, &field, &local_error))
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (conference), "%s", local_error->message);
      return FALSE;
    }

  for (xmlNodePtr child = conference->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE && !g_strv_contains (read, (const char *) child->name)
        && lc_schedule_has_content (child) && !(draft->ours && lc_schedule_is_element (child, "track")))
      {
        if (lc_schedule_is_element (child, "track"))
          draft->left[LC_LEFT_CONFERENCE_TRACKS]++;
        else
          g_hash_table_add (draft->conference_left, g_strdup ((const char *) child->name));
      }

  return TRUE;
}

/**
 * lc_schedule_import_recognise:
 * @data: (array length=length): the beginning of a file, or all of it
 * @length: the length of @data in bytes
 *
 * Whether @data looks like a conference schedule XML rather than a
 * convention file: after an optional byte order mark and white space, it
 * begins with `<?xml` or `<schedule`.
 *
 * Returns: %TRUE for XML
 */
gboolean
lc_schedule_import_recognise (const char *data,
                              gsize       length)
{
  gsize i = 0;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < length && g_ascii_isspace (data[i]))
    i++;

  return (length - i >= 5 && memcmp (data + i, "<?xml", 5) == 0)
         || (length - i >= 9 && memcmp (data + i, "<schedule", 9) == 0);
}

/**
 * lc_schedule_import_data:
 * @store: a store
 * @data: (array length=length): a conference schedule XML (frab / pentabarf
 *   "schedule.xml", as pretalx, frab, the c3voc tools and our own export
 *   write it)
 * @length: the length of @data in bytes
 * @source_name: (nullable): names the file in messages
 * @left_out: (out) (optional) (transfer full): what the file holds that a
 *   convention has no place for, one sentence each, such as “12 events'
 *   links were not imported”; empty when nothing was left out; set only
 *   when the schedule is imported
 * @error: return location for a #GError
 *
 * Adds the schedule to @store as a new convention, in one transaction: its
 * title, dates and time zone, its rooms, its events as agenda items (with
 * their kind where the event's type names one) and their persons, a person
 * named by several events being one person. Times are read as instants and
 * shown on the clock of the conference’s time zone, across changes of its
 * offset. An event's guid that is a UUID becomes the item's identity, so
 * our own export imported again keeps its identities (unless the library
 * already has them).
 *
 * A malformed or hostile file gives %LC_ERROR_INVALID_FILE naming the file
 * and the line, and nothing is stored.
 *
 * Returns: the id of the new convention, or 0 with @error set
 */
gint64
lc_schedule_import_data (LcStore     *store,
                         const char  *data,
                         gsize        length,
                         const char  *source_name,
                         char      ***left_out,
                         GError     **error)
{
  g_autofree char *fallback_name = NULL;
  LcScheduleDraft draft = { 0, };
  xmlDocPtr doc = NULL;
  xmlNodePtr root, generator;
  gint64 id = 0;

  g_return_val_if_fail (LC_IS_STORE (store), 0);
  g_return_val_if_fail (data != NULL || length == 0, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (source_name == NULL)
    source_name = fallback_name = g_strdup (_("The schedule file"));
  draft.source = source_name;

  if (length > LC_FILE_MAX_CONVENTION_BYTES)
    {
      g_autofree char *size = lc_file_format_size (LC_FILE_MAX_CONVENTION_BYTES);

      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("%1$s holds more than %2$s, the most Learning Cities reads from a schedule "
                     "file (see “Limits” in its README); it was not read."),
                   source_name, size);
      return 0;
    }

  doc = lc_schedule_parse (&draft, data, length, error);
  if (doc == NULL)
    return 0;

  root = xmlDocGetRootElement (doc);
  if (root == NULL || !lc_schedule_is_element (root, "schedule"))
    {
      lc_schedule_set_invalid (&draft, error, root ? xmlGetLineNo (root) : 0,
                               _("this is not a conference schedule (its first element is <%s>, not <schedule>)"),
                               root ? (const char *) root->name : "");
      xmlFreeDoc (doc);
      return 0;
    }

  generator = lc_schedule_find_child (root, "generator");
  if (generator != NULL)
    {
      g_autofree char *name = lc_schedule_attribute (generator, "name");

      draft.ours = g_strcmp0 (name, "learning-cities") == 0;
    }

  draft.rooms = g_ptr_array_new_with_free_func (lc_draft_record_free);
  draft.people = g_ptr_array_new_with_free_func (lc_draft_record_free);
  draft.items = g_ptr_array_new ();
  draft.room_by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  draft.person_by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  draft.other_left = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  draft.conference_left = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (read_conference (&draft, root, error))
    id = lc_schedule_draft_store (&draft, store, error);
  if (id > 0 && left_out != NULL)
    *left_out = lc_schedule_draft_left_out (&draft);

  lc_schedule_draft_clear (&draft);
  xmlFreeDoc (doc);
  return id;
}
