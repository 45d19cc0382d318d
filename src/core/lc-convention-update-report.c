/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-convention-update-private.h"
#include "lc-declaration.h"
#include "lc-models.h"
#include "lc-participant.h"
#include "lc-report.h"

/* A plan in words: each record's area and name, and for a change each
 * field with its value before and after, as a person checks it before
 * pressing Update (the preview) or reads it after (the command line). */

#define MAX_SHOWN_CHARS 80

typedef struct
{
  const char *property;
  const char *label;
} FieldName;

/* The fields by their property (bilingual ones by their base name). */
static const FieldName field_names[] = {
  { "title", N_("title") },
  { "slogan", N_("slogan") },
  { "venue", N_("venue") },
  { "host", N_("host") },
  { "organisers", N_("organisers") },
  { "start-date", N_("first day") },
  { "end-date", N_("last day") },
  { "time-zone", N_("time zone") },
  { "name", N_("name") },
  { "country", N_("country") },
  { "arab-region", N_("in the Arab region") },
  { "year-joined", N_("year joined") },
  { "candidate", N_("candidate") },
  { "trait", N_("trait") },
  { "sdgs", N_("goals") },
  { "attendance", N_("attendance") },
  { "representative", N_("representative") },
  { "honorific", N_("honorific") },
  { "organisation", N_("organisation") },
  { "city-id", N_("city") },
  { "kind", N_("kind") },
  { "number", N_("number") },
  { "description", N_("description") },
  { "day", N_("day") },
  { "start-minute", N_("start") },
  { "end-minute", N_("end") },
  { "room-id", N_("room") },
  { "track-id", N_("track") },
  { "colour", N_("colour") },
  { "item-id", N_("agenda item") },
  { "person-id", N_("person") },
  { "role", N_("role") },
  { "removed", N_("removed") },
  { "text", N_("text") },
  { "numbered", N_("numbered") },
  { "state", N_("state") },
  { "amendment-id", N_("amendment") },
  { "clause-id", N_("clause") },
  { "section-id", N_("section") },
  { "rationale", N_("rationale") },
  { "status", N_("status") },
  { "created", N_("proposed on") },
  { "against-version", N_("against version") },
  { "incorporated-in", N_("part of version") },
  { "foreword", N_("foreword") },
  { "signatory", N_("signatory") },
  { "about", N_("about the convention") },
  { "in-person", N_("people in person") },
  { "online", N_("people online") },
  { "cities", N_("cities") },
  { "countries", N_("countries") },
  { "summary", N_("summary") },
  { "headline", N_("headline") },
  { "outlet", N_("outlet") },
  { "date", N_("date") },
  { "link", N_("link") },
  { "language", N_("language") },
  { "image", N_("image") },
  { "caption", N_("caption") },
  { "changed-at", N_("time of the change") },
};

static const char *
area_of (GType type)
{
  static const struct { const char *table; const char *area; } areas[] = {
    { "conventions", N_("Convention") },
    { "organisations", N_("Organisations") },
    { "rooms", N_("Rooms") },
    { "tracks", N_("Tracks") },
    { "places", N_("Places") },
    { "cities", N_("Cities") },
    { "people", N_("People") },
    { "items", N_("Agenda items") },
    { "participations", N_("Participants") },
    { "status_changes", N_("Status history") },
    { "item_attendance", N_("Attendance at items") },
    { "declarations", N_("Declarations") },
    { "declaration_sections", N_("Declaration sections") },
    { "clauses", N_("Clauses") },
    { "amendments", N_("Amendments") },
    { "reports", N_("Final report") },
    { "report_coverage", N_("Coverage") },
    { "report_summaries", N_("Summaries") },
    { "report_photos", N_("Photos") },
  };
  const char *table = LC_RECORD_CLASS (g_type_class_peek (type))->table;

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    if (g_str_equal (areas[i].table, table))
      return _(areas[i].area);

  return table;
}

/* “title (English)” for "title-en", “place in the list” for an order. */
static char *
field_label (const char *property)
{
  g_autofree char *base = g_strdup (property);
  const char *language = NULL;

  if (g_str_has_suffix (base, "-en") || g_str_has_suffix (base, "-ar"))
    {
      language = g_str_has_suffix (base, "-en") ? _("English") : _("Arabic");
      base[strlen (base) - 3] = '\0';
    }
  else if (g_str_equal (base, "position"))
    return g_strdup (_("place in the list"));

  for (guint i = 0; i < G_N_ELEMENTS (field_names); i++)
    if (g_str_equal (field_names[i].property, base))
      {
        if (language == NULL)
          return g_strdup (_(field_names[i].label));
        /* Translators: a field of a bilingual text and its language, such as “title (English)” */
        return g_strdup_printf (_("%1$s (%2$s)"), _(field_names[i].label), language);
      }

  return g_strdup (property);
}

static char *
shorten (const char *text)
{
  g_autofree char *line = g_strdelimit (g_strdup (text), "\r\n\t", ' ');

  if (g_utf8_strlen (line, -1) <= MAX_SHOWN_CHARS)
    return g_steal_pointer (&line);
  {
    g_autofree char *start = g_utf8_substring (line, 0, MAX_SHOWN_CHARS - 1);

    return g_strconcat (start, "…", NULL);
  }
}

/* Names in the language of the messages, as the window shows them. */
LcLanguage
lc_update_message_language (void)
{
  return g_str_has_prefix (g_get_language_names ()[0], "ar") ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH;
}

/* The name a person knows the record by. */
static char *
record_label (LcUpdateTree *tree,
              LcRecord     *record)
{
  static const char *const fields[] = { "title", "name", "text", NULL };
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);
  GType type = G_OBJECT_TYPE (record);

  if (type == LC_TYPE_PARTICIPATION || type == LC_TYPE_ITEM_ATTENDANCE)
    {
      g_autofree char *person_key = lc_update_key (LC_TYPE_PERSON, lc_record_get_int (record, "person-id"));
      g_autofree char *item_key = lc_update_key (LC_TYPE_ITEM, lc_record_get_int (record, "item-id"));
      LcRecord *person = g_hash_table_lookup (tree->by_key, person_key);
      LcRecord *item = g_hash_table_lookup (tree->by_key, item_key);
      g_autofree char *who = person ? record_label (tree, person) : g_strdup ("");
      g_autofree char *where = item ? record_label (tree, item) : g_strdup ("");

      /* Translators: a participant: a person's name, then an agenda item's title */
      return g_strdup_printf (_("%1$s in %2$s"), who, where);
    }
  if (type == LC_TYPE_STATUS_CHANGE)
    {
      g_autofree char *person_key = lc_update_key (LC_TYPE_PERSON, lc_record_get_int (record, "person-id"));
      LcRecord *person = g_hash_table_lookup (tree->by_key, person_key);
      g_autofree char *who = person ? record_label (tree, person) : g_strdup ("");
      LcParticipantStatus status = lc_status_change_get_status (LC_STATUS_CHANGE (record));

      /* Translators: a change of a person's status: their name, the
       * status and its time in UTC, such as “Ann: Confirmed, 2026-12-07T09:30:00Z” */
      return g_strdup_printf (_("%1$s: %2$s, %3$s"), who,
                              lc_participant_status_label (status, lc_update_message_language ()),
                              lc_status_change_get_changed_at (LC_STATUS_CHANGE (record)));
    }
  /* The report's records: a coverage entry by its headline, a summary
   * and a photo by their item. */
  if (type == LC_TYPE_COVERAGE)
    return shorten (lc_coverage_get_headline (LC_COVERAGE (record)));
  if (type == LC_TYPE_REPORT_SUMMARY || type == LC_TYPE_REPORT_PHOTO)
    {
      g_autofree char *item_key = lc_update_key (LC_TYPE_ITEM, lc_record_get_int (record, "item-id"));
      LcRecord *item = g_hash_table_lookup (tree->by_key, item_key);

      return item ? record_label (tree, item) : g_strdup (area_of (type));
    }
  if (type == LC_TYPE_AMENDMENT)
    /* Translators: %d is an amendment's number */
    return g_strdup_printf (_("Amendment %d"), (int) lc_record_get_int (record, "number"));

  for (guint i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *column = g_strconcat (fields[i], "_en", NULL);

      if (lc_record_class_find_column (klass, column) != NULL)
        return shorten (lc_record_get_text (record, fields[i], lc_update_message_language (), NULL));
    }

  return g_strdup (area_of (type));
}

/* A text in quotes. A text of the other direction than the messages'
 * (Arabic in English ones, Latin letters in Arabic ones) is isolated (FSI
 * … PDI), so that it keeps its own order and the arrow between two values
 * stays between them. */
static char *
quote (const char *text)
{
  gboolean messages_rtl = lc_update_message_language () == LC_LANGUAGE_ARABIC;
  g_autofree char *isolated = NULL;
  gboolean other = FALSE;

  for (const char *p = text; *p && !other; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      other = messages_rtl ? g_ascii_isalpha (c) : (c >= 0x0590 && c <= 0x08FF);
    }

  if (other)
    isolated = g_strconcat ("\u2068", text, "\u2069", NULL);
  /* Translators: a text from the convention in quotes; Arabic uses «%s» */
  return g_strdup_printf (_("“%s”"), isolated ? isolated : text);
}

/* A value as a person reads it. */
static char *
format_value (LcUpdateTree   *tree,
              const LcColumn *column,
              const GValue   *value,
              glong           skip)
{
  const char *property = g_param_spec_get_name (column->pspec);

  if (column->references != NULL)
    {
      g_autofree char *key = lc_update_key (lc_update_type_for_table (column->references),
                                            g_value_get_int64 (value));
      LcRecord *target = g_hash_table_lookup (tree->by_key, key);

      return target ? record_label (tree, target) : g_strdup (_("none"));
    }
  if (G_VALUE_HOLDS_STRING (value))
    {
      const char *text = g_value_get_string (value);
      g_autofree char *shown = NULL;

      if (text == NULL || *text == '\0')
        return g_strdup (_("empty"));
      /* From where it differs from the other side's (see describe_change ()). */
      if (skip > 0)
        {
          g_autofree char *rest = g_utf8_substring (text, skip, g_utf8_strlen (text, -1));
          g_autofree char *short_rest = shorten (rest);

          shown = g_strconcat ("…", short_rest, NULL);
        }
      else
        shown = shorten (text);
      return quote (shown);
    }
  if (G_VALUE_HOLDS_BOOLEAN (value))
    return g_strdup (g_value_get_boolean (value) ? _("yes") : _("no"));
  if (G_VALUE_HOLDS_ENUM (value))
    return g_strdup (lc_enum_to_nick (G_VALUE_TYPE (value), g_value_get_enum (value)));
  if (G_VALUE_HOLDS_INT (value))
    {
      int number = g_value_get_int (value);

      if (number == 0 && column->zero_is_null)
        return g_strdup (_("none"));
      if (g_str_has_suffix (property, "-minute"))
        return g_strdup_printf ("%02d:%02d", number / 60, number % 60);
      return g_strdup_printf ("%d", number);
    }

  return g_strdup_value_contents (value);
}

/* How many characters to leave out of two long texts that differ near
 * their end, so that the difference shows: all but the last 20 of their
 * common beginning. */
static glong
common_start (const char *a,
              const char *b)
{
  glong same = 0;

  if (a == NULL || b == NULL)
    return 0;
  while (*a && *b && g_utf8_get_char (a) == g_utf8_get_char (b))
    {
      a = g_utf8_next_char (a);
      b = g_utf8_next_char (b);
      same++;
    }

  return same > MAX_SHOWN_CHARS / 2 ? same - 20 : 0;
}

static void
row_free (gpointer data)
{
  LcUpdateRow *row = data;

  g_free (row->label);
  g_free (row->detail);
  g_free (row);
}

/* Each changed field: “title (English): “Old” → “New””, one per line. */
static char *
describe_change (LcConventionUpdate *self,
                 LcUpdateEntry      *entry)
{
  LcRecordClass *klass = g_type_class_peek (entry->type);
  GString *detail = g_string_new (NULL);

  for (guint c = 0; c < klass->columns->len; c++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, c);
      const GValue *before = lc_record_peek_value (entry->library, c);
      const GValue *after = lc_record_peek_value (entry->file, c);
      g_autofree char *label = NULL, *old = NULL, *new = NULL;
      glong skip;

      if (column->references != NULL
          ? g_strcmp0 (lc_update_tree_uid_of (self->library, column->references, g_value_get_int64 (before)),
                       lc_update_tree_uid_of (self->file, column->references, g_value_get_int64 (after))) == 0
          : g_param_values_cmp (column->pspec, before, after) == 0)
        continue;

      label = field_label (g_param_spec_get_name (column->pspec));
      skip = G_VALUE_HOLDS_STRING (before) ? common_start (g_value_get_string (before), g_value_get_string (after)) : 0;
      old = format_value (self->library, column, before, skip);
      new = format_value (self->file, column, after, skip);
      if (detail->len > 0)
        g_string_append_c (detail, '\n');
      /* Translators: a changed field: its name, its value before, its value after */
      g_string_append_printf (detail, _("%1$s: %2$s → %3$s"), label, old, new);
    }

  return g_string_free (detail, FALSE);
}

/**
 * lc_update_describe: (skip)
 *
 * Fills the plan's rows from its entries.
 */
void
lc_update_describe (LcConventionUpdate *self)
{
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  self->rows = g_ptr_array_new_with_free_func (row_free);

  for (guint i = 0; i < self->entries->len; i++)
    {
      LcUpdateEntry *entry = g_ptr_array_index (self->entries, i);
      LcUpdateRow *row = g_new0 (LcUpdateRow, 1);

      row->area = area_of (entry->type);
      row->action = entry->action;
      row->label = entry->file ? record_label (self->file, entry->file) : record_label (self->library, entry->library);
      if (entry->action == LC_UPDATE_CHANGE)
        row->detail = describe_change (self, entry);
      g_ptr_array_add (self->rows, row);
    }
}

/**
 * lc_convention_update_format_report:
 * @self: a plan
 *
 * The plan in words, for the command line: how many records it adds,
 * changes and deletes, then each of them.
 *
 * Returns: (transfer full): the text, ending with a newline
 */
char *
lc_convention_update_format_report (LcConventionUpdate *self)
{
  GString *text = g_string_new (NULL);
  guint added = lc_convention_update_count (self, LC_UPDATE_ADD);
  guint changed = lc_convention_update_count (self, LC_UPDATE_CHANGE);
  guint deleted = lc_convention_update_count (self, LC_UPDATE_DELETE);

  if (self->rows->len == 0)
    {
      /* Translators: %1$s names a file, %2$s is a convention's title */
      g_string_append_printf (text, _("Nothing to update: %1$s holds what the library holds for “%2$s”."),
                              self->source, self->title);
      g_string_append_c (text, '\n');
      return g_string_free (text, FALSE);
    }

  /* Translators: %s is a convention's title; the counts follow */
  g_string_append_printf (text, _("Update of “%s”:"), self->title);
  g_string_append_c (text, ' ');
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u record added", "%u records added", added), added);
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u changed", "%u changed", changed), changed);
  g_string_append (text, ", ");
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u deleted", "%u deleted", deleted), deleted);
  g_string_append_c (text, '\n');

  for (guint i = 0; i < self->rows->len; i++)
    {
      const LcUpdateRow *row = g_ptr_array_index (self->rows, i);
      const char *action = row->action == LC_UPDATE_ADD ? _("added")
                           : row->action == LC_UPDATE_CHANGE ? _("changed") : _("deleted");

      /* Translators: one line of an update: the area (“Rooms”), what happens
       * (“added”, “changed”, “deleted”), the record's name */
      g_string_append_printf (text, _("  %1$s, %2$s: %3$s"), row->area, action, row->label);
      g_string_append_c (text, '\n');
      if (row->detail != NULL)
        {
          g_auto(GStrv) lines = g_strsplit (row->detail, "\n", -1);

          for (guint l = 0; lines[l] != NULL; l++)
            g_string_append_printf (text, "    %s\n", lines[l]);
        }
    }

  if (self->blocker != NULL)
    g_string_append_printf (text, "%s\n", self->blocker);

  return g_string_free (text, FALSE);
}

/* core15 (issue 15): the same words for a merge's conflicts
 * (lc-exchange-merge.c), which are described field by field too. */
const char *
lc_update_area_name (GType type)
{
  return area_of (type);
}

char *
lc_update_record_label (LcUpdateTree *tree,
                        LcRecord     *record)
{
  return record_label (tree, record);
}

char *
lc_update_field_label (const char *property)
{
  return field_label (property);
}

char *
lc_update_format_value (LcUpdateTree   *tree,
                        const LcColumn *column,
                        const GValue   *value)
{
  return format_value (tree, column, value, 0);
}
