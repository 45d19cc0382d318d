/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-convention-io-private.h"
#include "lc-error.h"
#include "lc-report.h"

/*
 * The final report in the convention file (format version 3): its texts
 * and figures, the items' summaries, the coverage, the photos and, once
 * each, the images they show, in base64 as stored (so an image crosses
 * libraries byte for byte and keeps its name, its SHA-256). Every image is
 * checked as the photos' own are before anything is stored; the images go
 * into the library just before the records, in the import's transaction.
 */

/* What the reader keeps of the images until the records are stored. */
typedef struct
{
  GHashTable *images;   /* SHA-256 (owned by the JSON) → LcIoImage */
  GPtrArray  *order;    /* LcIoImage, in the file's order */
} LcIoReport;

typedef struct
{
  const char *hash;
  GBytes     *data;
  const char *mime_type;
  int         width;
  int         height;
  gboolean    listed;   /* in the report's "images" (else a person's photo only) */
} LcIoImage;

static void
image_free (gpointer data)
{
  LcIoImage *image = data;

  g_bytes_unref (image->data);
  g_free (image);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcIoImage, image_free)

static const char *const figures[] = { "in_person", "online", "cities", "countries" };

/* Writing */

typedef void (*LcFieldsFunc) (LcWriter *writer,
                              LcRecord *record);

/* @records as the list @member, each with its uid and then its fields. */
static gboolean
write_list (LcWriter    *writer,
            GListStore  *records,
            const char  *member,
            LcFieldsFunc write_fields,
            GError     **error)
{
  if (records == NULL)
    return FALSE;

  lc_json_writer_set_member_name (writer->json, member);
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (records)); i++)
    {
      g_autoptr(LcRecord) record = g_list_model_get_item (G_LIST_MODEL (records), i);

      lc_json_writer_begin_object (writer->json);
      if (!lc_io_add_uid (writer, G_OBJECT_TYPE (record), lc_record_get_id (record), error))
        return FALSE;
      write_fields (writer, record);
      lc_json_writer_end_object (writer->json);
    }
  lc_json_writer_end_array (writer->json);
  return TRUE;
}

static void
write_summary (LcWriter *writer,
               LcRecord *summary)
{
  lc_io_add_ref_value (writer, "item", "item", lc_record_get_int (summary, "item-id"));
  lc_io_add_bilingual (writer, summary, "summary");
}

static void
write_coverage (LcWriter *writer,
                LcRecord *entry)
{
  static const char *const texts[] = { "headline", "outlet", "date", "link" };

  lc_io_add_enum (writer, entry, "kind", LC_TYPE_COVERAGE_KIND, FALSE);
  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    lc_io_add_text (writer, texts[t], lc_record_get_string (entry, texts[t]));
  lc_io_add_enum (writer, entry, "language", LC_TYPE_LANGUAGE, FALSE);
}

static void
write_photo (LcWriter *writer,
             LcRecord *photo)
{
  lc_io_add_ref_value (writer, "item", "item", lc_record_get_int (photo, "item-id"));
  lc_io_add_text (writer, "image", lc_record_get_string (photo, "image"));
  lc_io_add_bilingual (writer, photo, "caption");
}

/**
 * lc_io_add_image:
 * @writer: the writer, where an object's place is
 * @store: the library
 * @hash: a stored image's name
 * @error: where a reason is put
 *
 * Writes the image as {"sha256", "data"}, its bytes in base64 as stored.
 *
 * Returns: whether it was written
 */
gboolean
lc_io_add_image (LcWriter    *writer,
                 LcStore     *store,
                 const char  *hash,
                 GError     **error)
{
  g_autoptr(GBytes) data = lc_report_load_image (store, hash, NULL, NULL, NULL, error);
  g_autofree char *base64 = NULL;

  if (data == NULL)
    return FALSE;
  base64 = g_base64_encode (g_bytes_get_data (data, NULL), g_bytes_get_size (data));
  lc_json_writer_begin_object (writer->json);
  lc_io_add_text (writer, "sha256", hash);
  lc_io_add_text (writer, "data", base64);
  lc_json_writer_end_object (writer->json);
  return TRUE;
}

/* Each image the photos name, once, in the order first named. */
static gboolean
write_images (LcWriter    *writer,
              LcStore     *store,
              GListModel  *photos,
              GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  lc_json_writer_set_member_name (writer->json, "images");
  lc_json_writer_begin_array (writer->json);
  for (guint i = 0; i < g_list_model_get_n_items (photos); i++)
    {
      g_autoptr(LcRecord) photo = g_list_model_get_item (photos, i);
      const char *hash = lc_record_get_string (photo, "image");

      if (g_hash_table_add (seen, g_strdup (hash)) && !lc_io_add_image (writer, store, hash, error))
        return FALSE;
    }
  lc_json_writer_end_array (writer->json);
  return TRUE;
}

gboolean
lc_io_write_report (LcWriter  *writer,
                    LcStore   *store,
                    gint64     convention_id,
                    GError   **error)
{
  static const char *const texts[] = { "foreword", "signatory", "about" };
  g_autoptr(LcReport) report = lc_report_load (store, convention_id, error);
  g_autoptr(GListStore) summaries = NULL;
  g_autoptr(GListStore) coverage = NULL;
  g_autoptr(GListStore) photos = NULL;

  if (report == NULL)
    return FALSE;

  lc_json_writer_set_member_name (writer->json, "report");
  lc_json_writer_begin_object (writer->json);
  /* A report no one wrote has no row, and so no identity. */
  if (lc_record_get_id (LC_RECORD (report)) != 0
      && !lc_io_add_uid (writer, LC_TYPE_REPORT, lc_record_get_id (LC_RECORD (report)), error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    lc_io_add_bilingual (writer, LC_RECORD (report), texts[i]);
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *property = g_strdelimit (g_strdup (figures[i]), "_", '-');

      lc_io_add_int_or_null (writer, figures[i], lc_record_get_int (LC_RECORD (report), property));
    }
  summaries = lc_store_list_for_convention (store, LC_TYPE_REPORT_SUMMARY, convention_id, error);
  if (!write_list (writer, summaries, "summaries", write_summary, error))
    return FALSE;
  coverage = lc_store_list (store, LC_TYPE_COVERAGE, "convention_id", convention_id, error);
  if (!write_list (writer, coverage, "coverage", write_coverage, error))
    return FALSE;
  photos = lc_store_list_for_convention (store, LC_TYPE_REPORT_PHOTO, convention_id, error);
  if (!write_list (writer, photos, "photos", write_photo, error)
      || !write_images (writer, store, G_LIST_MODEL (photos), error))
    return FALSE;
  lc_json_writer_end_object (writer->json);
  return TRUE;
}

/* Reading */

static gboolean
read_summary (LcReader    *reader,
              JsonObject  *object,
              const char  *label,
              guint        index,
              gpointer     user_data,
              GError     **error)
{
  GHashTable *summarised = user_data;
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_REPORT_SUMMARY);
  LcRecord *item;

  if (!lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_ref (reader, object, label, "item", "items", reader->items, TRUE, &item, error)
      || !lc_io_read_bilingual (reader, object, label, "summary", pending->record, error))
    return FALSE;
  /* The library keeps one summary per item. */
  if (!g_hash_table_add (summarised, item))
    {
      lc_io_set_invalid (reader, error, label, "item", _("this item already has a summary"));
      return FALSE;
    }
  lc_io_add_ref (pending, "item-id", item);
  return TRUE;
}

static gboolean
read_coverage (LcReader    *reader,
               JsonObject  *object,
               const char  *label,
               guint        index,
               gpointer     user_data,
               GError     **error)
{
  static const char *const texts[] = { "headline", "outlet", "date", "link" };
  static const char *const languages[] = { "arabic", "english", NULL };
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_COVERAGE);
  g_autoptr(GError) local_error = NULL;
  int kind, language;

  lc_io_add_ref (pending, "convention-id", reader->convention);
  if (!lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_enum (reader, object, label, "kind", LC_TYPE_COVERAGE_KIND, NULL, TRUE, FALSE,
                           LC_COVERAGE_KIND_PRESS, &kind, error)
      || !lc_io_read_enum (reader, object, label, "language", LC_TYPE_LANGUAGE, languages, TRUE,
                           FALSE, LC_LANGUAGE_ARABIC, &language, error))
    return FALSE;
  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      const char *text;

      if (!lc_io_read_string (reader, object, label, texts[t], t == 0, &text, error))
        return FALSE;
      lc_record_set_string (pending->record, texts[t], text);
    }
  lc_record_set_int (pending->record, "kind", kind);
  lc_record_set_int (pending->record, "language", language);
  /* The file's order is the entries' order. */
  lc_record_set_int (pending->record, "position", index);

  /* The rules of the window's, so whatever is exported imports again. */
  if (!lc_coverage_check (LC_COVERAGE (pending->record), &local_error))
    {
      lc_io_set_invalid (reader, error, label, NULL, "%s", local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* The images read so far, made on first use: people's photos come before
 * the report in the file. */
static LcIoReport *
reader_state (LcReader *reader)
{
  LcIoReport *state = reader->report;

  if (state == NULL)
    {
      state = g_new0 (LcIoReport, 1);
      state->images = g_hash_table_new (g_str_hash, g_str_equal);
      state->order = g_ptr_array_new_with_free_func (image_free);
      reader->report = state;
    }
  return state;
}

/* An image as {"sha256", "data"}, checked whole as the photos' own are, and
 * kept to be stored before the records (once, whoever names it). */
static LcIoImage *
decode_image (LcReader    *reader,
              JsonObject  *object,
              const char  *label,
              GError     **error)
{
  LcIoReport *state = reader_state (reader);
  g_autoptr(GError) local_error = NULL;
  g_autofree guchar *decoded = NULL;
  g_autofree char *actual = NULL;
  g_autoptr(LcIoImage) image = g_new0 (LcIoImage, 1);
  LcIoImage *known;
  const char *base64;
  gsize length = 0;

  if (!lc_io_read_string (reader, object, label, "sha256", TRUE, &image->hash, error))
    return NULL;
  /* An image given earlier in the file may be named again by its sha256
   * alone (lc_io_write_person_photo ()). */
  if (!json_object_has_member (object, "data"))
    {
      known = g_hash_table_lookup (state->images, image->hash);
      if (known == NULL)
        lc_io_set_invalid (reader, error, label, "data",
                           _("required, as no image before it in the file has this sha256"));
      return known;
    }
  if (!lc_io_read_string (reader, object, label, "data", TRUE, &base64, error))
    return NULL;

  decoded = g_base64_decode (base64, &length);
  image->data = g_bytes_new_take (g_steal_pointer (&decoded), length);
  actual = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, image->data);
  /* The photos name the image by it: a changed image would be another. */
  if (!g_str_equal (actual, image->hash))
    {
      lc_io_set_invalid (reader, error, label, "data",
                         _("the image is not the one its sha256 names: it was changed or cut"));
      return NULL;
    }
  known = g_hash_table_lookup (state->images, image->hash);
  if (known != NULL)
    return known;
  if (!lc_report_check_image (image->data, label, &image->mime_type, &image->width,
                              &image->height, &local_error))
    {
      lc_io_set_invalid (reader, error, label, "data", "%s", local_error->message);
      return NULL;
    }
  known = image;
  g_hash_table_insert (state->images, (gpointer) image->hash, image);
  g_ptr_array_add (state->order, g_steal_pointer (&image));
  return known;
}

/**
 * lc_io_read_image:
 * @reader: the reader
 * @object: an image object, {"sha256", "data"}
 * @label: where it is, for messages ("people[0].photo")
 * @error: where a reason is put
 *
 * Reads an image that a record names (a person's photo), to be stored in
 * the library's image store before the records, once whoever names it.
 *
 * Returns: (transfer none) (nullable): its name, or %NULL with @error set
 */
const char *
lc_io_read_image (LcReader    *reader,
                  JsonObject  *object,
                  const char  *label,
                  GError     **error)
{
  LcIoImage *image = decode_image (reader, object, label, error);

  return image != NULL ? image->hash : NULL;
}

static gboolean
read_image (LcReader    *reader,
            JsonObject  *object,
            const char  *label,
            guint        index,
            gpointer     user_data,
            GError     **error)
{
  LcIoImage *image = decode_image (reader, object, label, error);

  if (image == NULL)
    return FALSE;
  if (image->listed)
    {
      lc_io_set_invalid (reader, error, label, "sha256", _("this image is listed twice"));
      return FALSE;
    }
  image->listed = TRUE;
  return TRUE;
}

static gboolean
read_photo (LcReader    *reader,
            JsonObject  *object,
            const char  *label,
            guint        index,
            gpointer     user_data,
            GError     **error)
{
  LcIoReport *state = user_data;
  LcPending *pending = lc_io_add_pending (reader, LC_TYPE_REPORT_PHOTO);
  LcRecord *item;
  const char *hash;

  if (!lc_io_read_uid (reader, object, label, pending, error)
      || !lc_io_read_ref (reader, object, label, "item", "items", reader->items, TRUE, &item, error)
      || !lc_io_read_string (reader, object, label, "image", TRUE, &hash, error)
      || !lc_io_read_bilingual (reader, object, label, "caption", pending->record, error))
    return FALSE;
  if (!g_hash_table_contains (state->images, hash))
    {
      lc_io_set_invalid (reader, error, label, "image", _("no image of the file has this sha256"));
      return FALSE;
    }
  lc_io_add_ref (pending, "item-id", item);
  lc_record_set_string (pending->record, "image", hash);
  /* The file's order is the photos' order. */
  lc_record_set_int (pending->record, "position", index);
  return TRUE;
}

gboolean
lc_io_read_report (LcReader  *reader,
                   JsonNode  *node,
                   GError   **error)
{
  static const char *const texts[] = { "foreword", "signatory", "about" };
  g_autoptr(GHashTable) summarised = g_hash_table_new (NULL, NULL);
  const char *label = "report";
  LcIoReport *state;
  LcPending *pending;
  JsonObject *object;
  gboolean written = FALSE;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      lc_io_set_invalid (reader, error, label, NULL, _("expected an object {…}"));
      return FALSE;
    }
  object = json_node_get_object (node);

  state = reader_state (reader);

  pending = lc_io_add_pending (reader, LC_TYPE_REPORT);
  lc_io_add_ref (pending, "convention-id", reader->convention);
  if (!lc_io_read_uid (reader, object, label, pending, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (!lc_io_read_bilingual (reader, object, label, texts[i], pending->record, error))
      return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
    {
      g_autofree char *property = g_strdelimit (g_strdup (figures[i]), "_", '-');
      gint64 value;

      if (!lc_io_read_int (reader, object, label, figures[i], 1, G_MAXINT, TRUE,
                           _("expected a positive whole number or null"), &value, error))
        return FALSE;
      lc_record_set_int (pending->record, property, value);
    }
  /* A report no one wrote is no row: the library counts what it can. */
  for (guint i = 0; i < G_N_ELEMENTS (texts) && !written; i++)
    {
      g_autofree char *ar = g_strconcat (texts[i], "-ar", NULL);
      g_autofree char *en = g_strconcat (texts[i], "-en", NULL);

      written = *lc_record_get_string (pending->record, ar) != '\0'
                || *lc_record_get_string (pending->record, en) != '\0';
    }
  for (guint i = 0; i < G_N_ELEMENTS (figures) && !written; i++)
    {
      g_autofree char *property = g_strdelimit (g_strdup (figures[i]), "_", '-');

      written = lc_record_get_int (pending->record, property) != 0;
    }
  if (!written && pending->uid == NULL)
    g_ptr_array_remove (reader->pending, pending);

  /* Images before the photos that name them. */
  return lc_io_read_list (reader, label, "summaries", json_object_get_member (object, "summaries"),
                          NULL, read_summary, summarised, error)
         && lc_io_read_list (reader, label, "coverage", json_object_get_member (object, "coverage"),
                             "headline", read_coverage, NULL, error)
         && lc_io_read_list (reader, label, "images", json_object_get_member (object, "images"),
                             NULL, read_image, state, error)
         && lc_io_read_list (reader, label, "photos", json_object_get_member (object, "photos"),
                             NULL, read_photo, state, error);
}

/* Before the records: the photos name the images. */
gboolean
lc_io_store_report_images (LcReader  *reader,
                           LcStore   *store,
                           GError   **error)
{
  LcIoReport *state = reader->report;

  if (state == NULL)
    return TRUE;
  for (guint i = 0; i < state->order->len; i++)
    {
      LcIoImage *image = g_ptr_array_index (state->order, i);
      g_autofree char *hash = lc_report_adopt_image (store, image->data, image->mime_type,
                                                     image->width, image->height, error);

      if (hash == NULL)
        return FALSE;
    }
  return TRUE;
}

void
lc_io_reader_clear_report (LcReader *reader)
{
  LcIoReport *state = reader->report;

  if (state == NULL)
    return;
  g_hash_table_unref (state->images);
  g_ptr_array_unref (state->order);
  g_free (state);
  reader->report = NULL;
}
