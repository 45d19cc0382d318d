/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-check.h"
#include "lc-convention-io-private.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-places.h"
#include "lc-tracks.h"
#include "lc-organisation.h"
#include "lc-participant.h"

/* Writing the convention file: the writer's steps, shared with
 * lc-convention-io-declarations-write.c, and every section but the
 * declarations. */

void
lc_io_give_local_id (LcWriter   *writer,
               LcRecord   *record,
               const char *prefix,
               guint       number)
{
  gint64 *key = g_new (gint64, 1);

  /* Ids of different tables may be equal, so there is one map per table,
   * found by the prefix that also begins its local ids. */
  *key = lc_record_get_id (record);
  g_hash_table_insert (g_hash_table_lookup (writer->ids, prefix), key,
                       g_strdup_printf ("%s-%u", prefix, number));
}

const char *
lc_io_local_id (LcWriter   *writer,
          const char *prefix,
          gint64      id)
{
  return g_hash_table_lookup (g_hash_table_lookup (writer->ids, prefix), &id);
}

void
lc_io_add_text (LcWriter   *writer,
          const char *member,
          const char *value)
{
  lc_json_writer_set_member_name (writer->json, member);
  lc_json_writer_add_string_value (writer->json, value);
}

/* The identity across libraries of the record @id of @type, which
 * importing keeps, as @member. */
gboolean
lc_io_add_uid_as (LcWriter    *writer,
                  const char  *member,
                  GType        type,
                  gint64       id,
                  GError     **error)
{
  g_autofree char *uid = lc_store_get_uid (writer->store, type, id, error);

  if (uid == NULL)
    return FALSE;
  lc_io_add_text (writer, member, uid);
  return TRUE;
}

/* The record's identity across libraries, which importing keeps. */
gboolean
lc_io_add_uid (LcWriter  *writer,
               GType      type,
               gint64     id,
               GError   **error)
{
  return lc_io_add_uid_as (writer, "uid", type, id, error);
}

/* The identity of @record, read with it: asked of the library only when
 * the record has none (which is damage, reported as the library's
 * lc_store_get_uid () reports it). */
gboolean
lc_io_add_record_uid (LcWriter  *writer,
                      LcRecord  *record,
                      GError   **error)
{
  const char *uid = lc_record_get_uid (record);

  if (uid == NULL)
    return lc_io_add_uid (writer, G_OBJECT_TYPE (record), lc_record_get_id (record), error);
  lc_io_add_text (writer, "uid", uid);
  return TRUE;
}

void
lc_io_add_bilingual (LcWriter   *writer,
               LcRecord   *record,
               const char *field)
{
  g_autofree char *ar = g_strconcat (field, "-ar", NULL);
  g_autofree char *en = g_strconcat (field, "-en", NULL);

  lc_json_writer_set_member_name (writer->json, field);
  lc_json_writer_begin_object (writer->json);
  lc_io_add_text (writer, "ar", lc_record_get_string (record, ar));
  lc_io_add_text (writer, "en", lc_record_get_string (record, en));
  lc_json_writer_end_object (writer->json);
}

/* A whole number, or null for 0 (none). */
void
lc_io_add_int_or_null (LcWriter   *writer,
                 const char *member,
                 gint64      value)
{
  lc_json_writer_set_member_name (writer->json, member);
  if (value == 0)
    lc_json_writer_add_null_value (writer->json);
  else
    lc_json_writer_add_int_value (writer->json, value);
}

void
lc_io_add_boolean (LcWriter   *writer,
             LcRecord   *record,
             const char *member,
             const char *property)
{
  lc_json_writer_set_member_name (writer->json, member);
  lc_json_writer_add_boolean_value (writer->json, lc_record_get_int (record, property) != 0);
}

/* An enumeration's nick, or null for the unset value 0 when @nullable. */
void
lc_io_add_enum (LcWriter   *writer,
          LcRecord   *record,
          const char *property,
          GType       type,
          gboolean    nullable)
{
  int value = lc_record_get_int (record, property);

  lc_json_writer_set_member_name (writer->json, property);
  if (nullable && value == 0)
    lc_json_writer_add_null_value (writer->json);
  else
    lc_json_writer_add_string_value (writer->json, lc_enum_to_nick (type, value));
}

/* A reference to a record written earlier, or null. */
void
lc_io_add_ref_value (LcWriter   *writer,
               const char *member,
               const char *prefix,
               gint64      id)
{
  const char *local = id > 0 ? lc_io_local_id (writer, prefix, id) : NULL;

  lc_json_writer_set_member_name (writer->json, member);
  if (local != NULL)
    lc_json_writer_add_string_value (writer->json, local);
  else
    lc_json_writer_add_null_value (writer->json);
}

static int
compare_by_id (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  gint64 ia = lc_record_get_id ((LcRecord *) a);
  gint64 ib = lc_record_get_id ((LcRecord *) b);

  return (ia > ib) - (ia < ib);
}

static gboolean
write_convention (LcWriter  *writer,
                  LcRecord  *convention,
                  GError   **error)
{
  /* The host and organisers are organisations from format version 3. */
  static const char *const texts[] = { "title", "slogan", "venue" };

  lc_json_writer_set_member_name (writer->json, "convention");
  lc_json_writer_begin_object (writer->json);
  if (!lc_io_add_uid (writer, LC_TYPE_CONVENTION, lc_record_get_id (convention), error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    lc_io_add_bilingual (writer, convention, texts[i]);
  lc_io_add_text (writer, "start_date", lc_record_get_string (convention, "start-date"));
  lc_io_add_text (writer, "end_date", lc_record_get_string (convention, "end-date"));
  lc_io_add_text (writer, "time_zone", lc_record_get_string (convention, "time-zone"));
  lc_json_writer_end_object (writer->json);

  return TRUE;
}

static gboolean
write_rooms (LcWriter    *writer,
             GListModel  *rooms,
             GError     **error)
{
  lc_json_writer_set_member_name (writer->json, "rooms");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (rooms); i++)
    {
      g_autoptr(LcRecord) room = g_list_model_get_item (rooms, i);

      lc_io_give_local_id (writer, room, "room", i + 1);
      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "room", lc_record_get_id (room)));
      if (!lc_io_add_record_uid (writer, room, error))
        return FALSE;
      lc_io_add_bilingual (writer, room, "name");
      lc_io_write_room_details (writer, room);
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}

static gboolean
write_cities (LcWriter    *writer,
              GListModel  *cities,
              GError     **error)
{
  lc_json_writer_set_member_name (writer->json, "cities");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (cities); i++)
    {
      g_autoptr(LcRecord) city = g_list_model_get_item (cities, i);

      lc_io_give_local_id (writer, city, "city", i + 1);
      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "city", lc_record_get_id (city)));
      if (!lc_io_add_record_uid (writer, city, error))
        return FALSE;
      lc_io_add_bilingual (writer, city, "name");
      lc_io_add_text (writer, "country", lc_record_get_string (city, "country"));
      lc_io_add_boolean (writer, city, "arab_region", "arab-region");
      lc_io_add_int_or_null (writer, "year_joined", lc_record_get_int (city, "year-joined"));
      lc_io_add_boolean (writer, city, "candidate", "candidate");
      lc_io_add_bilingual (writer, city, "trait");
      lc_json_writer_set_member_name (writer->json, "sdgs");
      lc_json_writer_begin_array (writer->json);
      for (guint sdg = 1; sdg <= LC_SDG_COUNT; sdg++)
        if (lc_city_has_sdg (LC_CITY (city), sdg))
          lc_json_writer_add_int_value (writer->json, sdg);
      lc_json_writer_end_array (writer->json);
      lc_io_add_enum (writer, city, "attendance", LC_TYPE_ATTENDANCE, TRUE);
      lc_io_add_bilingual (writer, city, "representative");
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}

static gboolean
write_people (LcWriter    *writer,
              GListModel  *people,
              GError     **error)
{
  static const char *const texts[] = { "name", "honorific", "position", "organisation" };

  lc_json_writer_set_member_name (writer->json, "people");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (people, i);

      lc_io_give_local_id (writer, person, "person", i + 1);
      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "person", lc_record_get_id (person)));
      if (!lc_io_add_record_uid (writer, person, error))
        return FALSE;
      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        lc_io_add_bilingual (writer, person, texts[t]);
      lc_io_add_ref_value (writer, "city", "city", lc_record_get_int (person, "city-id"));
      lc_io_add_ref_value (writer, "organisation_id", "organisation",
                           lc_record_get_int (person, "organisation-id"));
      lc_io_add_enum (writer, person, "attendance", LC_TYPE_ATTENDANCE, FALSE);
      lc_io_write_person_contact (writer, person);
      if (!lc_io_write_person_photo (writer, person, error)
          || !lc_io_write_participant (writer, person, error))
        return FALSE;
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}

static gboolean
write_participants (LcWriter  *writer,
                    LcRecord  *item,
                    GError   **error)
{
  gint64 item_id = lc_record_get_id (item);
  GPtrArray *participations = g_hash_table_lookup (writer->participations, &item_id);

  lc_json_writer_set_member_name (writer->json, "participants");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; participations != NULL && i < participations->len; i++)
    {
      LcRecord *participation = g_ptr_array_index (participations, i);
      const char *person = lc_io_local_id (writer, "person",
                                     lc_record_get_int (participation, "person-id"));

      /* The store's triggers keep people in their convention: this is damage. */
      if (person == NULL)
        {
          g_set_error (error, LC_ERROR, LC_ERROR_DATABASE,
                       _("The library is damaged: a participant of “%s” is not a person of "
                         "the convention."),
                       lc_record_get_text (item, "title", LC_LANGUAGE_ENGLISH, NULL));
          return FALSE;
        }

      lc_json_writer_begin_object (writer->json);
      if (!lc_io_add_record_uid (writer, participation, error))
        return FALSE;
      lc_io_add_text (writer, "person", person);
      lc_io_add_enum (writer, participation, "role", LC_TYPE_ROLE, FALSE);
      lc_io_add_enum (writer, participation, "attendance", LC_TYPE_ATTENDANCE, TRUE);
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}

static gboolean
write_items (LcWriter    *writer,
             GListModel  *items,
             GError     **error)
{
  lc_json_writer_set_member_name (writer->json, "items");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      g_autofree char *start = lc_time_format (lc_record_get_int (item, "start-minute"));
      g_autofree char *end = lc_time_format (lc_record_get_int (item, "end-minute"));

      lc_io_give_local_id (writer, item, "item", i + 1);
      lc_json_writer_begin_object (writer->json);
      lc_io_add_text (writer, "id", lc_io_local_id (writer, "item", lc_record_get_id (item)));
      if (!lc_io_add_record_uid (writer, item, error))
        return FALSE;
      lc_io_add_enum (writer, item, "kind", LC_TYPE_ITEM_KIND, FALSE);
      lc_io_add_int_or_null (writer, "number", lc_record_get_int (item, "number"));
      lc_io_add_bilingual (writer, item, "title");
      lc_io_add_bilingual (writer, item, "description");
      lc_io_add_text (writer, "day", lc_record_get_string (item, "day"));
      lc_io_add_text (writer, "start", start);
      lc_io_add_text (writer, "end", end);
      lc_io_add_ref_value (writer, "room", "room", lc_record_get_int (item, "room-id"));
      lc_io_add_ref_value (writer, "track", "track", lc_record_get_int (item, "track-id"));
      lc_io_add_ref_value (writer, "place", "place", lc_record_get_int (item, "place-id"));
      lc_io_write_item_place (writer, item);
      if (!write_participants (writer, item, error)
          || !lc_io_write_item_attendance (writer, item, error))
        return FALSE;
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);

  return TRUE;
}

static char *
export_data (LcStore  *store,
             gint64    convention_id,
             gsize    *length,
             GError  **error)
{
  static const char *const prefixes[] = { "room", "track", "place", "city", "person", "item", "organisation",
                                          LC_IO_DECLARATION_PREFIXES };
  g_autoptr(LcRecord) convention = NULL;
  g_autoptr(GListStore) rooms = NULL;
  g_autoptr(GListStore) tracks = NULL;
  g_autoptr(GListStore) places = NULL;
  g_autoptr(GListStore) cities = NULL;
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GListStore) items = NULL;
  g_autoptr(GListStore) organisations = NULL;
  g_autoptr(LcJsonWriter) json = NULL;
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(GHashTable) photos = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) participations = NULL;
  g_autoptr(GHashTable) attendance = NULL;
  g_autoptr(GHashTable) history = NULL;
  LcWriter writer;
  gsize json_length;
  char *result;

  convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, error);
  if (convention == NULL)
    return NULL;

  if ((rooms = lc_store_list (store, LC_TYPE_ROOM, "convention_id", convention_id, error)) == NULL
      || (tracks = lc_store_list (store, LC_TYPE_TRACK, "convention_id", convention_id, error)) == NULL
      || (places = lc_store_list (store, LC_TYPE_PLACE, "convention_id", convention_id, error)) == NULL
      || (cities = lc_store_list (store, LC_TYPE_CITY, "convention_id", convention_id, error)) == NULL
      || (people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention_id, error)) == NULL
      || (items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention_id, error)) == NULL
      || (organisations = lc_organisations_list (store, convention_id, error)) == NULL
      || (participations = lc_store_list_by_parent (store, LC_TYPE_PARTICIPATION, convention_id,
                                                    "item-id", error)) == NULL
      || (attendance = lc_store_list_by_parent (store, LC_TYPE_ITEM_ATTENDANCE, convention_id,
                                                "item-id", error)) == NULL
      || (history = lc_store_list_by_parent (store, LC_TYPE_STATUS_CHANGE, convention_id,
                                             "person-id", error)) == NULL)
    return NULL;

  /* Cities and people in the order they were added; rooms and items in
   * their own order, which importing gives back (positions, times). */
  g_list_store_sort (cities, compare_by_id, NULL);
  g_list_store_sort (people, compare_by_id, NULL);

  ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_hash_table_unref);
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    g_hash_table_insert (ids, (gpointer) prefixes[i],
                         g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free));

  /* Written as it is made: a tree of the whole convention (three million
   * nodes at 10,000 items) took most of the export's time to build, write
   * and free. */
  json = lc_json_writer_new ();
  writer.json = json;
  writer.ids = ids;
  writer.store = store;
  writer.photos = photos;
  writer.participations = participations;
  writer.attendance = attendance;
  writer.history = history;

  lc_json_writer_begin_object (json);
  lc_io_add_text (&writer, "format", LC_CONVENTION_FORMAT);
  lc_json_writer_set_member_name (json, "version");
  lc_json_writer_add_int_value (json, LC_CONVENTION_FORMAT_VERSION);
  if (!write_convention (&writer, convention, error)
      || !lc_io_write_organisations (&writer, G_LIST_MODEL (organisations), error)
      || !write_rooms (&writer, G_LIST_MODEL (rooms), error)
      || !lc_io_write_tracks (&writer, G_LIST_MODEL (tracks), error)
      || !lc_io_write_places (&writer, G_LIST_MODEL (places), error)
      || !write_cities (&writer, G_LIST_MODEL (cities), error)
      || !write_people (&writer, G_LIST_MODEL (people), error)
      || !write_items (&writer, G_LIST_MODEL (items), error)
      || !lc_io_write_declarations (&writer, store, convention_id, error)
      || !lc_io_write_report (&writer, store, convention_id, error))
    return NULL;
  lc_json_writer_end_object (json);
  result = lc_json_writer_free_to_data (g_steal_pointer (&json), &json_length);

  /* A text file ends with a newline. */
  result = g_realloc (result, json_length + 2);
  result[json_length] = '\n';
  result[json_length + 1] = '\0';
  if (length != NULL)
    *length = json_length + 1;

  return result;
}

/**
 * lc_convention_export_data:
 * @store: a store
 * @convention_id: the convention to export
 * @length: (out) (optional): the length of the result in bytes
 * @error: return location for a #GError
 *
 * Writes the convention, with everything that belongs to it, as a convention
 * file of version %LC_CONVENTION_FORMAT_VERSION. The result depends only on
 * what is stored: the same convention always gives the same bytes, and
 * importing them and exporting again gives them back.
 *
 * Returns: (transfer full) (nullable): the JSON text, or %NULL with @error
 *   set (%LC_ERROR_NOT_FOUND when there is no such convention)
 */
char *
lc_convention_export_data (LcStore  *store,
                           gint64    convention_id,
                           gsize    *length,
                           GError  **error)
{
  char *result;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* A query per record (uids, participants): in one read transaction
   * rather than a lock taken for each, and one state of the library. */
  if (!lc_store_begin_read (store, error))
    return NULL;
  result = export_data (store, convention_id, length, error);
  lc_store_end_read (store);

  return result;
}

/**
 * lc_convention_export_file:
 * @store: a store
 * @convention_id: the convention to export
 * @path: the file to write; replaced when it exists
 * @error: return location for a #GError
 *
 * Exports the convention with lc_convention_export_data() to @path. The file
 * is replaced at once, so it is never left half written.
 *
 * Returns: %TRUE on success; on failure a message names @path
 */
gboolean
lc_convention_export_file (LcStore     *store,
                           gint64       convention_id,
                           const char  *path,
                           GError     **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  /* Before the work of exporting: the target may be the library itself. */
  if (!lc_file_check_target (path, error))
    return FALSE;

  data = lc_convention_export_data (store, convention_id, &length, error);
  if (data == NULL)
    return FALSE;

  /* Appears whole at @path, or not at all; never over the library. The
   * message names the file. */
  return lc_file_write_atomic (path, data, length, error);
}
