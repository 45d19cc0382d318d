/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-export-common.h"
#include "lc-file.h"
#include "lc-l10n.h"
#include "lc-role.h"
#include "lc-places.h"
#include "lc-tracks.h"

/* What every export of an agenda shares: the agenda read in one go, the
 * words and identifiers the formats have in common, and writing a file
 * atomically. The formats themselves are in lc-export-schedule.c (with
 * lc-export-xml.c and lc-export-json.c) and lc-export-ics.c. */

#define FSI "\342\201\250"  /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\342\201\251"  /* U+2069 POP DIRECTIONAL ISOLATE */

/* RFC 4122's namespace for URLs: 6ba7b811-9dad-11d1-80b4-00c04fd430c8. */
static const guint8 namespace_url[16] = {
  0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
  0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
};

/**
 * lc_export_language_from_string:
 * @text: "ar" or "en" (or "arabic", "english")
 * @language: (out): the language
 *
 * Returns: %TRUE when @text names one of the two languages
 */
gboolean
lc_export_language_from_string (const char *text,
                                LcLanguage *language)
{
  if (text == NULL)
    return FALSE;

  if (g_ascii_strcasecmp (text, "ar") == 0 || g_ascii_strcasecmp (text, "arabic") == 0)
    *language = LC_LANGUAGE_ARABIC;
  else if (g_ascii_strcasecmp (text, "en") == 0 || g_ascii_strcasecmp (text, "english") == 0)
    *language = LC_LANGUAGE_ENGLISH;
  else
    return FALSE;

  return TRUE;
}

/**
 * lc_export_uuid_v5:
 * @name: any text
 *
 * Computes the name-based UUID (RFC 4122 version 5) of @name in the URL
 * namespace, as Python's `uuid.uuid5(uuid.NAMESPACE_URL, name)` does.
 *
 * Returns: (transfer full): the UUID in lower-case hexadecimal with dashes
 */
char *
lc_export_uuid_v5 (const char *name)
{
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  g_checksum_update (sha1, namespace_url, sizeof namespace_url);
  g_checksum_update (sha1, (const guchar *) name, strlen (name));
  g_checksum_get_digest (sha1, digest, &length);

  digest[6] = (digest[6] & 0x0F) | 0x50;
  digest[8] = (digest[8] & 0x3F) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

/**
 * lc_export_item_guid:
 * @store: a library
 * @item_id: one of its items
 * @error: return location for a #GError
 *
 * The identifier of an agenda item in every export: the schedule's event
 * guid and the iCalendar UID. It is the item's uid, which the convention
 * file carries: the same in every library that holds the convention, and
 * different for every other item anywhere.
 *
 * Returns: (transfer full) (nullable): the UUID, or %NULL with @error set
 */
char *
lc_export_item_guid (LcStore  *store,
                     gint64    item_id,
                     GError  **error)
{
  return lc_store_get_uid (store, LC_TYPE_ITEM, item_id, error);
}

/**
 * lc_export_write_file:
 * @path: the file to write
 * @data: its new contents
 * @length: their length
 * @cancellable: (nullable): a #GCancellable, checked before anything is written
 * @error: return location for a #GError
 *
 * Writes @data to a temporary file beside @path and renames it over @path,
 * so a reader never sees half a file and a failure leaves @path as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_export_write_file (const char    *path,
                      const char    *data,
                      gsize          length,
                      GCancellable  *cancellable,
                      GError       **error)
{
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  return lc_file_write_atomic (path, data, length, error);
}

/**
 * lc_export_clean_text:
 * @text: (nullable): text from the library
 *
 * Text for XML, JSON and iCalendar: valid UTF-8 without the control
 * characters none of them may carry (tab and line feed are kept).
 *
 * Returns: (transfer full): the cleaned text
 */
/* Whether @text is valid UTF-8 with nothing lc_export_clean_text() leaves
 * out: most texts, which are then copied whole. */
static gboolean
is_clean (const char *text)
{
  const guchar *p;

  if (!g_utf8_validate (text, -1, NULL))
    return FALSE;
  for (p = (const guchar *) text; *p != '\0'; p++)
    {
      if ((*p < 0x20 && *p != '\t' && *p != '\n') || *p == 0x7F)
        return FALSE;
      /* U+FFFE and U+FFFF: EF BF BE and EF BF BF. */
      if (*p == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
        return FALSE;
    }
  return TRUE;
}

char *
lc_export_clean_text (const char *text)
{
  g_autofree char *valid = NULL;
  GString *out;

  /* A few texts a line in every export: checked, not rebuilt a character at
   * a time (a tenth of a 10,000-item schedule's export). */
  if (text == NULL || is_clean (text))
    return g_strdup (text ? text : "");

  valid = g_utf8_make_valid (text, -1);
  out = g_string_sized_new (strlen (valid));

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F || c == 0xFFFE || c == 0xFFFF)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gint64 *
id_key (LcRecord *record)
{
  return g_memdup2 (&(gint64) { lc_record_get_id (record) }, sizeof (gint64));
}

/* The table of @tables for records of @what ("item"), made when first
 * asked: a value by id, looked up a few times a line of an export, without
 * a key made of text each time. */
static GHashTable *
table_of (GHashTable *tables,
          const char *what)
{
  GHashTable *table = g_hash_table_lookup (tables, what);

  if (table == NULL)
    {
      table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      g_hash_table_insert (tables, g_strdup (what), table);
    }
  return table;
}

/* The record's identity as read with it; asked of the library only when it
 * has none, which is damage, reported as lc_store_get_uid () reports it. */
static gboolean
add_uid (LcExportAgenda  *self,
         LcStore         *store,
         LcRecord        *record,
         const char      *what,
         GError         **error)
{
  gint64 id = lc_record_get_id (record);
  char *uid = lc_record_get_uid (record) != NULL ? g_strdup (lc_record_get_uid (record))
              : lc_store_get_uid (store, G_OBJECT_TYPE (record), id, error);

  if (uid == NULL)
    return FALSE;
  g_hash_table_insert (table_of (self->uids, what), g_memdup2 (&id, sizeof id), uid);
  return TRUE;
}

static int
compare_uids (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  GHashTable *uids = user_data;

  return strcmp (g_hash_table_lookup (uids, *(const gint64 **) a),
                 g_hash_table_lookup (uids, *(const gint64 **) b));
}

/* Schedules still require an integer id for events and persons, positive
 * and at most 2^31 - 1 for the apps that keep it in a signed int. The row
 * numbers differ from one library to the next, so the number comes from
 * the first 31 bits of the record's uid instead. Two records of one
 * convention could share those bits (about once in 2^31 / n² conventions):
 * the later uid in sorted order then takes the next free number, so every
 * library that holds the same records gives out the same numbers. */
static void
add_numbers (LcExportAgenda *self,
             const char     *what)
{
  GHashTable *uids = table_of (self->uids, what);
  GHashTable *numbers = table_of (self->numbers, what);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, uids);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort_with_data (keys, compare_uids, uids);

  for (guint i = 0; i < keys->len; i++)
    {
      const char *uid = g_hash_table_lookup (uids, g_ptr_array_index (keys, i));
      gint64 number = (gint64) (g_ascii_strtoull (uid, NULL, 16) >> 1);

      while (number == 0 || g_hash_table_contains (taken, &number))
        number = number % G_MAXINT32 + 1;
      g_hash_table_add (taken, g_memdup2 (&number, sizeof number));
      g_hash_table_insert (numbers, g_memdup2 (g_ptr_array_index (keys, i), sizeof (gint64)),
                           g_memdup2 (&number, sizeof number));
    }
}

static LcExportAgenda *
load_agenda (LcStore               *store,
             gint64                 convention_id,
             GCancellable          *cancellable,
             LcExportProgressFunc   progress,
             gpointer               user_data,
             GError               **error)
{
  g_autoptr(LcExportAgenda) self = g_new0 (LcExportAgenda, 1);
  g_autoptr(GListStore) rooms = NULL, tracks = NULL, places = NULL, people = NULL, items = NULL;
  const char *zone;
  guint n_items;

  self->convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, error);
  if (self->convention == NULL)
    return NULL;

  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->rooms = g_ptr_array_new_with_free_func (g_object_unref);
  self->room_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->tracks = g_ptr_array_new_with_free_func (g_object_unref);
  self->track_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->place_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->person_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->uids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                      (GDestroyNotify) g_hash_table_unref);
  self->numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_hash_table_unref);
  if (!add_uid (self, store, self->convention, "convention", error))
    return NULL;

  zone = lc_record_get_string (self->convention, "time-zone");
  self->zone = g_time_zone_new_identifier (zone);
  if (self->zone == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("The convention’s time zone “%s” is not known to this system, so its times "
                     "cannot be exported. Choose a time zone such as Asia/Riyadh."), zone);
      return NULL;
    }

  if ((rooms = lc_store_list (store, LC_TYPE_ROOM, "convention_id", convention_id, error)) == NULL
      || (tracks = lc_store_list (store, LC_TYPE_TRACK, "convention_id", convention_id, error)) == NULL
      || (places = lc_store_list (store, LC_TYPE_PLACE, "convention_id", convention_id, error)) == NULL
      || (people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention_id, error)) == NULL
      || (items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention_id, error)) == NULL
      || (self->participants = lc_store_list_by_parent (store, LC_TYPE_PARTICIPATION, convention_id,
                                                        "item-id", error)) == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rooms)); i++)
    {
      LcRecord *room = g_list_model_get_item (G_LIST_MODEL (rooms), i);

      if (!add_uid (self, store, room, "room", error))
        return NULL;
      g_ptr_array_add (self->rooms, room);
      g_hash_table_insert (self->room_by_id, id_key (room),
                           g_object_ref (room));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tracks)); i++)
    {
      LcRecord *track = g_list_model_get_item (G_LIST_MODEL (tracks), i);

      g_ptr_array_add (self->tracks, track);
      if (!add_uid (self, store, track, "track", error))
        return NULL;
      g_hash_table_insert (self->track_by_id, id_key (track), g_object_ref (track));
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (places)); i++)
    {
      LcRecord *place = g_list_model_get_item (G_LIST_MODEL (places), i);

      g_hash_table_insert (self->place_by_id, id_key (place), place);
      if (!add_uid (self, store, place, "place", error))
        return NULL;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      LcRecord *person = g_list_model_get_item (G_LIST_MODEL (people), i);

      g_hash_table_insert (self->person_by_id, id_key (person),
                           person);
      if (!add_uid (self, store, person, "person", error))
        return NULL;
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (items));
  for (guint i = 0; i < n_items; i++)
    {
      LcRecord *item = g_list_model_get_item (G_LIST_MODEL (items), i);

      g_ptr_array_add (self->items, item);
      if (!add_uid (self, store, item, "item", error))
        return NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (progress != NULL && i % 16 == 0)
        progress (0.5 * i / n_items, user_data);
    }

  add_numbers (self, "item");
  add_numbers (self, "person");

  return g_steal_pointer (&self);
}

/**
 * lc_export_agenda_load:
 * @store: a library
 * @convention_id: the convention to export
 * @cancellable: (nullable): a #GCancellable
 * @progress: (nullable) (scope call): reports the fraction read
 * @user_data: data for @progress
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the convention's agenda
 */
LcExportAgenda *
lc_export_agenda_load (LcStore               *store,
                       gint64                 convention_id,
                       GCancellable          *cancellable,
                       LcExportProgressFunc   progress,
                       gpointer               user_data,
                       GError               **error)
{
  LcExportAgenda *agenda;

  /* Queries per item (its participants): in one read transaction rather
   * than a lock taken for each, and one state of the library. */
  if (!lc_store_begin_read (store, error))
    return NULL;
  agenda = load_agenda (store, convention_id, cancellable, progress, user_data, error);
  lc_store_end_read (store);

  return agenda;
}

/**
 * lc_export_agenda_free:
 * @self: (nullable): an agenda
 */
/**
 * lc_export_agenda_item_place:
 * @self: the agenda
 * @item: one of its items
 *
 * Returns: (transfer none) (nullable): the item's off-site place, if it is
 *   at one
 */
LcRecord *
lc_export_agenda_item_place (LcExportAgenda *self,
                             LcRecord       *item)
{
  gint64 id = lc_record_get_int (item, "place-id");

  return id != 0 ? g_hash_table_lookup (self->place_by_id, &id) : NULL;
}

/**
 * lc_export_agenda_item_track:
 * @self: an agenda
 * @item: one of its items
 *
 * Returns: (transfer none) (nullable): the item's track, if it has one
 */
LcRecord *
lc_export_agenda_item_track (LcExportAgenda *self,
                             LcRecord       *item)
{
  gint64 id = lc_record_get_int (item, "track-id");

  return id != 0 ? g_hash_table_lookup (self->track_by_id, &id) : NULL;
}

void
lc_export_agenda_free (LcExportAgenda *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->convention);
  g_clear_pointer (&self->zone, g_time_zone_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->rooms, g_ptr_array_unref);
  g_clear_pointer (&self->room_by_id, g_hash_table_unref);
  g_clear_pointer (&self->tracks, g_ptr_array_unref);
  g_clear_pointer (&self->track_by_id, g_hash_table_unref);
  g_clear_pointer (&self->place_by_id, g_hash_table_unref);
  g_clear_pointer (&self->person_by_id, g_hash_table_unref);
  g_clear_pointer (&self->participants, g_hash_table_unref);
  g_clear_pointer (&self->uids, g_hash_table_unref);
  g_clear_pointer (&self->numbers, g_hash_table_unref);
  g_free (self);
}

/**
 * lc_export_agenda_uid:
 * @self: an agenda
 * @what: "convention", "room", "person" or "item"
 * @id: the record's id (any for "convention")
 *
 * The identity of a record of the agenda, which names it in exports: the
 * same in every library that holds the convention (see lc_store_get_uid()).
 *
 * Returns: (transfer none): the UUID
 */
const char *
lc_export_agenda_uid (LcExportAgenda *self,
                      const char     *what,
                      gint64          id)
{
  GHashTable *uids = g_hash_table_lookup (self->uids, what);
  gint64 key = g_str_equal (what, "convention") ? lc_record_get_id (self->convention) : id;
  const char *uid = uids != NULL ? g_hash_table_lookup (uids, &key) : NULL;

  g_return_val_if_fail (uid != NULL, "");
  return uid;
}

/**
 * lc_export_agenda_number:
 * @self: an agenda
 * @what: "person" or "item"
 * @id: the record's id
 *
 * The integer that names a record where a format wants a number (the
 * schedule's event and person id): derived from its uid, so the same in
 * every library that holds the convention, and unique within it.
 *
 * Returns: a number from 1 to 2^31 - 1
 */
gint64
lc_export_agenda_number (LcExportAgenda *self,
                         const char     *what,
                         gint64          id)
{
  GHashTable *numbers = g_hash_table_lookup (self->numbers, what);
  const gint64 *number = numbers != NULL ? g_hash_table_lookup (numbers, &id) : NULL;

  g_return_val_if_fail (number != NULL, 1);
  return *number;
}

/**
 * lc_export_agenda_item_time:
 * @self: an agenda
 * @item: one of its items
 * @end: %TRUE for the item's end, %FALSE for its start
 *
 * An item's time is a wall-clock time on its day in the convention's zone;
 * an end at 24:00 is midnight of the next day.
 *
 * Returns: (transfer full) (nullable): the time, in the convention's zone
 */
GDateTime *
lc_export_agenda_item_time (LcExportAgenda *self,
                            LcRecord       *item,
                            gboolean        end)
{
  int minute = lc_record_get_int (item, end ? "end-minute" : "start-minute");
  GDate day;

  if (!lc_date_parse (lc_record_get_string (item, "day"), &day))
    return NULL;

  if (minute >= 24 * 60)
    {
      g_date_add_days (&day, minute / (24 * 60));
      minute %= 24 * 60;
    }

  return g_date_time_new (self->zone, g_date_get_year (&day), g_date_get_month (&day),
                          g_date_get_day (&day), minute / 60, minute % 60, 0);
}

/**
 * lc_export_kind_label:
 * @kind: an item kind
 * @language: the language wanted
 *
 * Returns: the kind's name, such as "Field visit"
 */
const char *
lc_export_kind_label (LcItemKind kind,
                      LcLanguage language)
{
  /* The agenda PDF's words (lc-pdf-layout.c), so both read alike; only
   * "Other" is ours, since a track needs a name where the PDF shows none. */
  static const char *const labels[] = {
    [LC_ITEM_KIND_OPENING] = NC_("agenda item kind", "Opening"),
    [LC_ITEM_KIND_SESSION] = NC_("agenda item kind", "Session"),
    [LC_ITEM_KIND_BREAK] = NC_("agenda item kind", "Break"),
    [LC_ITEM_KIND_FIELD_VISIT] = NC_("agenda item kind", "Field visit"),
    [LC_ITEM_KIND_EXERCISE] = NC_("agenda item kind", "Exercise"),
    [LC_ITEM_KIND_DECLARATION_READING] = NC_("agenda item kind", "Declaration reading"),
    [LC_ITEM_KIND_CLOSING] = NC_("agenda item kind", "Closing"),
    [LC_ITEM_KIND_PANEL] = NC_("agenda item kind", "Panel discussion"),
    [LC_ITEM_KIND_WORKSHOP] = NC_("agenda item kind", "Workshop"),
    [LC_ITEM_KIND_EXHIBITION] = NC_("agenda item kind", "Exhibition"),
    [LC_ITEM_KIND_CEREMONY] = NC_("agenda item kind", "Ceremony"),
    [LC_ITEM_KIND_MEAL] = NC_("agenda item kind", "Meal"),
    /* Translators: the kind of an agenda item that is none of the others */
    [LC_ITEM_KIND_OTHER] = NC_("agenda item kind", "Other"),
  };

  if ((guint) kind >= G_N_ELEMENTS (labels))
    kind = LC_ITEM_KIND_OTHER;

  return lc_l10n_pgettext (language, "agenda item kind", labels[kind]);
}

/**
 * lc_export_item_language:
 * @item: an agenda item
 * @language: the language of the export
 *
 * The language an item is exported in: @language, unless its title is
 * written only in the other one. An item of a convention written in Arabic
 * only is then "الجلسة ١: …" with "المتحدثون: …" in an English calendar,
 * tagged as Arabic, rather than an English "Session 1:" before an Arabic
 * title that a calendar would lay out and read as English.
 *
 * Returns: the language of the item's texts in the export
 */
LcLanguage
lc_export_item_language (LcRecord   *item,
                         LcLanguage  language)
{
  gboolean fell_back = FALSE;

  lc_record_get_text (item, "title", language, &fell_back);
  if (!fell_back)
    return language;
  return language == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
}

/**
 * lc_export_agenda_item_title:
 * @self: an agenda
 * @item: one of its items
 * @language: the language wanted
 *
 * Returns: (transfer full): the title, after the kind and number of a
 *   numbered item as the agenda PDF shows them ("Session 3: …"); the kind's
 *   name for an item without a title
 */
char *
lc_export_agenda_item_title (LcExportAgenda *self,
                             LcRecord       *item,
                             LcLanguage      language)
{
  const char *title = lc_record_get_text (item, "title", language, NULL);
  const char *kind = lc_export_kind_label (lc_record_get_int (item, "kind"), language);
  int number = lc_record_get_int (item, "number");
  g_autofree char *digits = NULL, *localised = NULL;

  if (number <= 0)
    return g_strdup (*title ? title : kind);

  digits = g_strdup_printf ("%d", number);
  localised = lc_l10n_localise_digits (language, digits);
  if (*title == '\0')
    return g_strdup_printf ("%s %s", kind, localised);

  return g_strdup_printf ("%s %s: %s", kind, localised, title);
}

static gboolean
is_online (LcRecord *participation,
           LcRecord *person)
{
  LcAttendance attendance = lc_record_get_int (participation, "attendance");

  if (attendance == LC_ATTENDANCE_UNSET)
    attendance = lc_record_get_int (person, "attendance");

  return attendance == LC_ATTENDANCE_ONLINE;
}

/**
 * lc_export_agenda_people_text:
 * @self: an agenda
 * @item: one of its items
 * @language: the language wanted
 *
 * Returns: (transfer full): one line per role ("Moderators: …",
 *   "Speakers: …", "Presenter: …"), people marked when they take part
 *   online; "" when the item has no participants
 */
char *
lc_export_agenda_people_text (LcExportAgenda *self,
                              LcRecord       *item,
                              LcLanguage      language)
{
  gint64 item_id = lc_record_get_id (item);
  GPtrArray *parts = g_hash_table_lookup (self->participants, &item_id);
  GString *text = g_string_new (NULL);
  const char *separator = lc_l10n_pgettext (language, "list separator", NC_("list separator", ", "));

  for (int role = LC_ROLE_MODERATOR; role <= LC_ROLE_PRESENTER; role++)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      guint count = 0;

      for (guint i = 0; parts && i < parts->len; i++)
        {
          LcRecord *part = g_ptr_array_index (parts, i);
          gint64 person_id = lc_record_get_int (part, "person-id");
          LcRecord *person = g_hash_table_lookup (self->person_by_id, &person_id);
          const char *honorific, *name;

          if (person == NULL || lc_record_get_int (part, "role") != role)
            continue;

          honorific = lc_record_get_text (person, "honorific", language, NULL);
          name = lc_record_get_text (person, "name", language, NULL);
          if (names->len > 0)
            g_string_append (names, separator);
          count++;
          /* Each name isolated: an unclosed right-to-left override at the
           * end of one must not turn the names after it around. */
          g_string_append (names, FSI);
          if (*honorific != '\0')
            g_string_append_printf (names, "%s ", honorific);
          g_string_append (names, name);
          g_string_append (names, PDI);
          if (is_online (part, person))
            g_string_append_printf (names, " (%s)", lc_l10n_gettext (language, N_("online")));
        }

      if (names->len == 0)
        continue;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %s", lc_role_heading (role, count, language), names->str);
    }

  return g_string_free (text, FALSE);
}
