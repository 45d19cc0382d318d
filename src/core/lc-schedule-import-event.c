/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-export-common.h"
#include "lc-l10n.h"
#include "lc-schedule-import-private.h"

/* One event of a schedule file as an agenda item not yet stored: its
 * texts, kind, times on the convention's clock, room and persons, and what
 * it holds that an item has no place for. */

/* Which language a text is written in: Arabic when most of its letters
 * are ("Session ١: شبكة …" is an Arabic title). */
LcLanguage
lc_schedule_language_of (const char *text)
{
  gsize arabic = 0, other = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalpha (c))
        continue;
      if (g_unichar_get_script (c) == G_UNICODE_SCRIPT_ARABIC)
        arabic++;
      else
        other++;
    }

  return arabic > other ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH;
}

void
lc_schedule_set_bilingual (LcRecord   *record,
                           const char *field,
                           LcLanguage  language,
                           const char *text)
{
  g_autofree char *property = g_strconcat (field, language == LC_LANGUAGE_ARABIC ? "-ar" : "-en", NULL);

  lc_record_set_string (record, property, text);
}

/* The file's identity of a record, when it has the form of ours. */
static char *
uid_of (xmlNodePtr node)
{
  g_autofree char *guid = lc_schedule_attribute (node, "guid");

  if (guid == NULL || !g_uuid_string_is_valid (guid))
    return NULL;

  return g_ascii_strdown (guid, -1);
}

static LcDraftRecord *
draft_record_new (GType  type,
                  char  *uid)
{
  LcDraftRecord *draft = g_new0 (LcDraftRecord, 1);

  draft->record = g_object_new (type, NULL);
  draft->uid = uid;
  return draft;
}

/* "HH:MM", as every tool writes it, or "HH:MM:SS"; seconds are dropped, an
 * agenda counts minutes. */
static gboolean
parse_duration (const char *text,
                gint64     *minutes)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", -1);
  guint n = g_strv_length (parts);
  guint64 value[3] = { 0, };

  if (n < 2 || n > 3)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!g_ascii_string_to_unsigned (parts[i], 10, 0, i == 0 ? 9999 : 59, &value[i], NULL))
      return FALSE;

  *minutes = value[0] * 60 + value[1];
  return TRUE;
}

static LcItemKind
kind_of (const char *type,
         gboolean   *matched)
{
  /* The first word found wins: the opening and closing before the
   * ceremony they may be, the particular kinds before "session". */
  static const struct { const char *word; LcItemKind kind; } words[] = {
    { "opening", LC_ITEM_KIND_OPENING }, { "welcome", LC_ITEM_KIND_OPENING },
    { "closing", LC_ITEM_KIND_CLOSING }, { "panel", LC_ITEM_KIND_PANEL },
    { "discussion", LC_ITEM_KIND_PANEL }, { "round table", LC_ITEM_KIND_PANEL },
    { "workshop", LC_ITEM_KIND_WORKSHOP }, { "tutorial", LC_ITEM_KIND_WORKSHOP },
    { "exhibit", LC_ITEM_KIND_EXHIBITION }, { "poster", LC_ITEM_KIND_EXHIBITION },
    { "ceremony", LC_ITEM_KIND_CEREMONY }, { "award", LC_ITEM_KIND_CEREMONY },
    { "lunch", LC_ITEM_KIND_MEAL }, { "dinner", LC_ITEM_KIND_MEAL },
    { "breakfast", LC_ITEM_KIND_MEAL }, { "meal", LC_ITEM_KIND_MEAL },
    { "talk", LC_ITEM_KIND_SESSION }, { "lecture", LC_ITEM_KIND_SESSION },
    { "keynote", LC_ITEM_KIND_SESSION }, { "session", LC_ITEM_KIND_SESSION },
    { "presentation", LC_ITEM_KIND_SESSION }, { "exercise", LC_ITEM_KIND_EXERCISE },
    { "break", LC_ITEM_KIND_BREAK }, { "coffee", LC_ITEM_KIND_BREAK },
    { "visit", LC_ITEM_KIND_FIELD_VISIT }, { "tour", LC_ITEM_KIND_FIELD_VISIT },
    { "excursion", LC_ITEM_KIND_FIELD_VISIT }, { "declaration", LC_ITEM_KIND_DECLARATION_READING },
  };
  g_autofree char *lower = g_utf8_strdown (type, -1);
  int kind;

  *matched = TRUE;
  /* Our own export writes the kind's name. */
  if (lc_enum_from_nick (LC_TYPE_ITEM_KIND, lower, &kind))
    return kind;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strstr (lower, words[i].word) != NULL)
      return words[i].kind;

  *matched = *type == '\0';
  return *type == '\0' ? LC_ITEM_KIND_SESSION : LC_ITEM_KIND_OTHER;
}

/* Counts what an event holds that has no place in an agenda item. */
static void
note_left_out (LcScheduleDraft *draft,
               xmlNodePtr       event)
{
  static const char *const read[] = { "room", "title", "subtitle", "type", "date", "start",
                                      "duration", "abstract", "description", "persons",
                                      /* made from the title by the tools that write it */
                                      "slug", NULL };
  static const struct { const char *name; LcLeftOut left; } known[] = {
    { "links", LC_LEFT_LINKS }, { "attachments", LC_LEFT_ATTACHMENTS },
    { "recording", LC_LEFT_RECORDING }, { "track", LC_LEFT_TRACK },
    { "language", LC_LEFT_LANGUAGE }, { "url", LC_LEFT_URL },
    { "feedback_url", LC_LEFT_URL }, { "logo", LC_LEFT_LOGO },
  };
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean url_counted = FALSE;

  for (xmlNodePtr child = event->children; child != NULL; child = child->next)
    {
      const char *name = (const char *) child->name;
      gboolean found = FALSE;

      if (child->type != XML_ELEMENT_NODE || g_strv_contains (read, name) || !lc_schedule_has_content (child))
        continue;
      /* Our export's track and language say the kind and the language
       * the title is in, both read from elsewhere. */
      if (draft->ours && (g_str_equal (name, "track") || g_str_equal (name, "language")))
        continue;
      /* An event counts once for each kind of thing left out. */
      if (!g_hash_table_add (seen, (gpointer) name))
        continue;

      for (guint i = 0; i < G_N_ELEMENTS (known) && !found; i++)
        if (g_str_equal (name, known[i].name))
          {
            found = TRUE;
            /* url and feedback_url are both the event's links: once. */
            if (known[i].left != LC_LEFT_URL || !url_counted)
              draft->left[known[i].left]++;
            url_counted |= known[i].left == LC_LEFT_URL;
          }
      if (!found)
        {
          gpointer count = g_hash_table_lookup (draft->other_left, name);

          g_hash_table_insert (draft->other_left, g_strdup (name),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (count) + 1));
        }
    }
}

/* The person an event names: one record for every event naming the same
 * guid, the same id, or (with neither) the same name. */
static LcDraftRecord *
person_for (LcScheduleDraft  *draft,
            xmlNodePtr        node,
            const char       *name,
            GError          **error)
{
  g_autofree char *uid = uid_of (node);
  g_autofree char *id = lc_schedule_attribute (node, "id");
  g_autofree char *key = uid ? g_strconcat ("guid:", uid, NULL)
                             : id && *id ? g_strconcat ("id:", id, NULL)
                             : g_strconcat ("name:", name, NULL);
  LcDraftRecord *person = g_hash_table_lookup (draft->person_by_key, key);

  if (person != NULL)
    return person;

  if (draft->people->len >= LC_SCHEDULE_MAX_PERSONS)
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (node),
                               _("the file names more than %d persons, the most Learning Cities reads "
                                 "(see “Limits” in its README)"), LC_SCHEDULE_MAX_PERSONS);
      return NULL;
    }

  person = draft_record_new (LC_TYPE_PERSON, g_steal_pointer (&uid));
  lc_schedule_set_bilingual (person->record, "name", lc_schedule_language_of (name), name);
  g_ptr_array_add (draft->people, person);
  g_hash_table_insert (draft->person_by_key, g_steal_pointer (&key), person);
  return person;
}

static gboolean
read_persons (LcScheduleDraft  *draft,
              xmlNodePtr        event,
              LcDraftItem      *item,
              GError          **error)
{
  xmlNodePtr persons = lc_schedule_find_child (event, "persons");

  for (xmlNodePtr node = persons ? persons->children : NULL; node != NULL; node = node->next)
    {
      g_autofree char *name = NULL;
      LcDraftRecord *person;

      if (!lc_schedule_is_element (node, "person"))
        continue;
      name = lc_schedule_node_text (node);
      if (*name == '\0')
        continue;

      person = person_for (draft, node, name, error);
      if (person == NULL)
        return FALSE;
      /* A person speaks once in an item, however often the file says so. */
      if (!g_ptr_array_find (item->people, person, NULL))
        g_ptr_array_add (item->people, person);
    }

  return TRUE;
}

/* The room of an event, in *@out: NULL for none. */
static gboolean
room_for (LcScheduleDraft  *draft,
          xmlNodePtr        room_node,
          xmlNodePtr        event,
          LcDraftRecord   **out,
          GError          **error)
{
  g_autofree char *name = lc_schedule_child_text (event, "room");
  LcDraftRecord *room;

  *out = NULL;
  if (*name == '\0' && room_node != NULL)
    {
      g_free (name);
      name = lc_schedule_attribute (room_node, "name");
    }
  if (name == NULL || *name == '\0')
    return TRUE;

  /* Our export gathers the items without a room under this name. */
  if (draft->ours
      && (g_str_equal (name, lc_l10n_pgettext (LC_LANGUAGE_ENGLISH, "room", "Other locations"))
          || g_str_equal (name, lc_l10n_pgettext (LC_LANGUAGE_ARABIC, "room", "Other locations"))))
    return TRUE;

  room = g_hash_table_lookup (draft->room_by_name, name);
  if (room != NULL)
    {
      *out = room;
      return TRUE;
    }

  if (draft->rooms->len >= LC_SCHEDULE_MAX_ROOMS)
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (event),
                               _("the file names more than %d rooms, the most Learning Cities reads "
                                 "(see “Limits” in its README)"), LC_SCHEDULE_MAX_ROOMS);
      return FALSE;
    }

  room = draft_record_new (LC_TYPE_ROOM, room_node ? uid_of (room_node) : NULL);
  lc_schedule_set_bilingual (room->record, "name", lc_schedule_language_of (name), name);
  lc_record_set_int (room->record, "position", draft->rooms->len);
  g_ptr_array_add (draft->rooms, room);
  g_hash_table_insert (draft->room_by_name, g_steal_pointer (&name), room);
  *out = room;
  return TRUE;
}

/* When the event starts: its date with the offset the tool wrote, or else
 * the day's date and its start on the conference's clock. */
static GDateTime *
event_start (LcScheduleDraft *draft,
             xmlNodePtr       day,
             xmlNodePtr       event)
{
  g_autofree char *date = lc_schedule_child_text (event, "date");
  g_autofree char *day_date = NULL, *start = NULL, *both = NULL;

  if (*date != '\0')
    return g_date_time_new_from_iso8601 (date, draft->zone);

  day_date = day ? lc_schedule_attribute (day, "date") : NULL;
  start = lc_schedule_child_text (event, "start");
  if (day_date == NULL || *start == '\0')
    return NULL;
  both = g_strdup_printf ("%sT%s%s", day_date, start, strlen (start) == 5 ? ":00" : "");
  return g_date_time_new_from_iso8601 (both, draft->zone);
}

/* The item's day and minutes on the convention's clock, which is the
 * conference's zone: the instants are kept across a change of offset. */
static gboolean
set_times (LcScheduleDraft  *draft,
           LcRecord         *item,
           xmlNodePtr        day,
           xmlNodePtr        event,
           const char       *title,
           GError          **error)
{
  g_autoptr(GDateTime) instant = event_start (draft, day, event);
  g_autoptr(GDateTime) start = NULL, end = NULL;
  g_autofree char *duration = lc_schedule_child_text (event, "duration");
  g_autofree char *start_day = NULL, *end_day = NULL;
  gint64 minutes;
  int start_minute, end_minute;

  if (instant == NULL)
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (event),
                               _("the event “%s” has no date and time that can be read (expected <date> such as "
                                 "2023-10-29T10:00:00+01:00)"), title);
      return FALSE;
    }
  if (!parse_duration (duration, &minutes))
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (event),
                               _("the event “%1$s” has the duration “%2$s”, expected hours and minutes such as 00:45"),
                               title, duration);
      return FALSE;
    }

  start = g_date_time_to_timezone (instant, draft->zone);
  end = g_date_time_add_minutes (start, minutes);
  if (start == NULL || end == NULL)
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (event),
                               _("the event “%s” is at a time that cannot be shown on a calendar"), title);
      return FALSE;
    }
  start_day = g_date_time_format (start, "%Y-%m-%d");
  end_day = g_date_time_format (end, "%Y-%m-%d");
  start_minute = g_date_time_get_hour (start) * 60 + g_date_time_get_minute (start);
  end_minute = g_date_time_get_hour (end) * 60 + g_date_time_get_minute (end);

  if (!g_str_equal (start_day, end_day))
    {
      g_autoptr(GDateTime) midnight = g_date_time_new (draft->zone, g_date_time_get_year (start),
                                                       g_date_time_get_month (start),
                                                       g_date_time_get_day_of_month (start), 0, 0, 0);
      g_autoptr(GDateTime) next = midnight ? g_date_time_add_days (midnight, 1) : NULL;

      /* An agenda item ends on the day it starts: one that runs on past
       * midnight ends at midnight, and the report says so. */
      if (next == NULL || g_date_time_compare (end, next) != 0)
        draft->left[LC_LEFT_MIDNIGHT]++;
      end_minute = 24 * 60;
    }

  if (end_minute <= start_minute)
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (event),
                               _("the event “%1$s” lasts %2$s: an agenda item must end after it starts"),
                               title, duration);
      return FALSE;
    }

  lc_record_set_string (item, "day", start_day);
  lc_record_set_int (item, "start-minute", start_minute);
  lc_record_set_int (item, "end-minute", end_minute);
  return TRUE;
}

/* Our export writes a numbered session's title as "Session 2: Title" (see
 * lc_export_agenda_item_title()): the number goes back to its field. In
 * *@rest, the title without it; 0 when @title has no such prefix. */
static int
split_number (LcItemKind   kind,
              const char  *title,
              const char **rest)
{
  for (LcLanguage language = LC_LANGUAGE_ARABIC; language <= LC_LANGUAGE_ENGLISH; language++)
    {
      const char *label = lc_export_kind_label (kind, language);
      gsize length = strlen (label);
      const char *p = title + length + 1;
      gint64 number = 0;
      int digit;

      if (strncmp (title, label, length) != 0 || title[length] != ' ')
        continue;
      for (; *p && (digit = g_unichar_digit_value (g_utf8_get_char (p))) >= 0 && number < G_MAXINT / 10;
           p = g_utf8_next_char (p))
        number = number * 10 + digit;

      if (number > 0 && *p == '\0')
        *rest = p;
      else if (number > 0 && g_str_has_prefix (p, ": "))
        *rest = p + 2;
      else
        continue;
      return number;
    }

  return 0;
}

static void
set_texts (LcScheduleDraft *draft,
           LcRecord        *item,
           xmlNodePtr       event,
           const char      *title)
{
  g_autofree char *subtitle = lc_schedule_child_text (event, "subtitle");
  g_autofree char *abstract = lc_schedule_child_text (event, "abstract");
  g_autofree char *description = lc_schedule_child_text (event, "description");
  LcItemKind kind = lc_record_get_int (item, "kind");
  const char *other = subtitle;
  const char *text = abstract;
  g_autofree char *joined = NULL;
  LcLanguage language;
  int number = draft->ours ? split_number (kind, title, &title) : 0;

  if (number > 0)
    {
      lc_record_set_int (item, "number", number);
      split_number (kind, subtitle, &other);
    }

  language = lc_schedule_language_of (title);
  lc_schedule_set_bilingual (item, "title", language, title);

  /* A subtitle in the other language is the title in that language (our
   * export writes it so, and repeats a one-language title there with the
   * other language's "Session 1"); an item has no subtitle otherwise. */
  if (*other != '\0' && lc_schedule_language_of (other) != language)
    lc_schedule_set_bilingual (item, "title", lc_schedule_language_of (other), other);
  else if (*other != '\0' && !g_str_equal (other, title))
    draft->left[LC_LEFT_SUBTITLE]++;

  /* Our export's description is the abstract followed by the people,
   * who are read from <persons>; another tool's adds to the abstract. */
  if (!draft->ours && *description != '\0' && !g_str_equal (description, abstract))
    text = joined = *abstract ? g_strdup_printf ("%s\n\n%s", abstract, description) : g_strdup (description);
  if (*text != '\0')
    lc_schedule_set_bilingual (item, "description", lc_schedule_language_of (text), text);
}

gboolean
lc_schedule_read_event (LcScheduleDraft  *draft,
            xmlNodePtr        day,
            xmlNodePtr        room_node,
            xmlNodePtr        event,
            GError          **error)
{
  g_autofree char *title = lc_schedule_child_text (event, "title");
  g_autofree char *type = lc_schedule_child_text (event, "type");
  LcDraftItem *item;
  gboolean matched;

  /* The parser counted the events against LC_SCHEDULE_MAX_EVENTS. */
  if (*title == '\0')
    {
      lc_schedule_set_invalid (draft, error, xmlGetLineNo (event), _("an event has no title"));
      return FALSE;
    }

  item = g_new0 (LcDraftItem, 1);
  item->item.record = g_object_new (LC_TYPE_ITEM, NULL);
  item->item.uid = uid_of (event);
  item->people = g_ptr_array_new ();
  g_ptr_array_add (draft->items, item);

  lc_record_set_int (item->item.record, "kind", kind_of (type, &matched));
  if (!matched)
    draft->left[LC_LEFT_KIND]++;
  set_texts (draft, item->item.record, event, title);
  if (!set_times (draft, item->item.record, day, event, title, error))
    return FALSE;

  if (!room_for (draft, room_node, event, &item->room, error))
    return FALSE;

  note_left_out (draft, event);
  return read_persons (draft, event, item, error);
}
