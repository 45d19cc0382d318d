/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-report.h"
#include "lc-test-util.h"

/*
 * The final report in the convention file (format version 3): a
 * convention's report, summaries, coverage and photos go to another
 * library and back byte for byte, the images as they were stored; an older
 * file imports with no report; a damaged report is refused naming the
 * place, and nothing of the file is stored.
 */

typedef struct
{
  char        *dir;
  LcStore     *store;
  LcUndoStack *undo;
  gint64       convention;
} Fixture;

static gint64
add_item (Fixture    *f,
          const char *title,
          int         start)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);

  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_text (item, "title", "", title);
  lc_record_set_string (item, "day", "2024-10-01");
  lc_record_set_int (item, "start-minute", start);
  lc_record_set_int (item, "end-minute", start + 60);
  g_assert_true (lc_store_insert (f->store, item, &error));
  g_assert_no_error (error);
  return lc_record_get_id (item);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReport) report = NULL;
  g_autoptr(LcCoverage) entry = NULL;
  g_autoptr(GListStore) none = g_list_store_new (LC_TYPE_COVERAGE);
  g_autoptr(LcReportPhoto) photo1 = NULL;
  g_autoptr(LcReportPhoto) photo2 = NULL;
  g_autoptr(LcReportPhoto) photo3 = NULL;
  g_autofree char *jpeg = NULL;
  g_autofree char *png = NULL;
  gint64 opening, panel;

  f->store = lc_test_open_store (&f->dir);
  f->undo = lc_undo_stack_new (f->store);
  f->convention = lc_test_add_convention (f->store, "Report", "2024-10-01", "2024-10-02");
  opening = add_item (f, "Opening", 9 * 60);
  panel = add_item (f, "Panel", 11 * 60);

  report = lc_report_load (f->store, f->convention, &error);
  lc_report_set_foreword (report, "كلمة الأمين العام\n\nالفقرة الثانية", "The Secretary General's words");
  lc_report_set_signatory (report, "الأمين العام", "Secretary General");
  lc_report_set_online (report, 250);
  g_assert_true (lc_report_save (f->undo, report, &error));
  g_assert_true (lc_report_set_summary (f->undo, panel, "ناقشت الجلسة", "The panel discussed", &error));
  g_assert_no_error (error);

  entry = g_object_new (LC_TYPE_COVERAGE, NULL);
  lc_record_set_int (LC_RECORD (entry), "convention-id", f->convention);
  lc_coverage_set_headline (entry, "مدن التعلم في الجبيل");
  lc_coverage_set_link (entry, "https://example.org/a");
  lc_coverage_set_date (entry, "2024-10-02");
  g_assert_true (lc_report_add_coverage (f->undo, G_LIST_MODEL (none), entry, &error));
  g_assert_no_error (error);

  jpeg = lc_test_write_photo (f->dir, "hall.jpg", FALSE, 640, 480, 0x30c060ff);
  png = lc_test_write_photo (f->dir, "logo.png", TRUE, 120, 60, 0x20a0e080);
  photo1 = lc_report_add_photo (f->undo, opening, jpeg, "القاعة", "The hall", &error);
  photo2 = lc_report_add_photo (f->undo, panel, png, "", "Logo", &error);
  /* The same image in a second photo is carried once. */
  photo3 = lc_report_add_photo (f->undo, panel, jpeg, "", "The hall again", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->undo);
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static char *
export (LcStore *store,
        gint64   convention)
{
  g_autoptr(GError) error = NULL;
  char *data = lc_convention_export_data (store, convention, NULL, &error);

  g_assert_no_error (error);
  return data;
}

/* The report leaves and comes back as it was, photos and images whole. */
static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *first = export (f->store, f->convention);
  g_autofree char *dir = NULL;
  g_autofree char *second = NULL;
  g_autoptr(LcStore) other = lc_test_open_store (&dir);
  g_autoptr(LcReport) report = NULL;
  g_autoptr(GListStore) photos = NULL;
  g_autoptr(GListStore) coverage = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *section;
  gint64 id;

  /* The file carries each image once. */
  g_assert_true (json_parser_load_from_data (parser, first, -1, &error));
  section = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "report");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (section, "photos")), ==, 3);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (section, "images")), ==, 2);
  g_assert_true (json_object_get_null_member (section, "in_person"));
  g_assert_cmpint (json_object_get_int_member (section, "online"), ==, 250);

  id = lc_convention_import_data (other, first, strlen (first), "report.json", &error);
  g_assert_no_error (error);
  second = export (other, id);
  g_assert_cmpstr (second, ==, first);

  report = lc_report_load (other, id, &error);
  g_assert_cmpstr (lc_report_get_foreword (report, LC_LANGUAGE_ARABIC), ==, "كلمة الأمين العام\n\nالفقرة الثانية");
  g_assert_cmpint (lc_report_get_online (report), ==, 250);
  g_assert_cmpint (lc_report_get_in_person (report), ==, 0);
  coverage = lc_store_list (other, LC_TYPE_COVERAGE, "convention_id", id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (coverage)), ==, 1);
  photos = lc_store_list_for_convention (other, LC_TYPE_REPORT_PHOTO, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (photos)), ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LcReportPhoto) photo = g_list_model_get_item (G_LIST_MODEL (photos), i);
      g_autoptr(GBytes) here = NULL;
      g_autoptr(GBytes) there = lc_report_load_image (other, lc_report_photo_get_image (photo),
                                                      NULL, NULL, NULL, &error);

      g_assert_no_error (error);
      here = lc_report_load_image (f->store, lc_report_photo_get_image (photo), NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (here, there));
    }
  lc_test_remove_tree (dir);
}

/* A file of version 2 (before the report) imports with no report, even
 * with a report member, which version 2 did not know. */
static void
test_older_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = export (f->store, f->convention);
  g_autoptr(GString) old = g_string_new (text);
  g_autoptr(LcReport) report = NULL;
  gint64 id;

  g_assert_cmpuint (g_string_replace (old, "\"version\" : 5,", "\"version\" : 2,", 1), ==, 1);
  id = lc_convention_import_data (f->store, old->str, old->len, "old.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_ITEM, "convention_id", id, NULL), ==, 2);
  report = lc_report_load (f->store, id, &error);
  g_assert_cmpint (lc_record_get_id (LC_RECORD (report)), ==, 0);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_COVERAGE, "convention_id", id, NULL), ==, 0);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_REPORT_SUMMARY, NULL, 0, NULL), ==, 1);
  g_assert_cmpint (lc_store_count (f->store, LC_TYPE_REPORT_PHOTO, NULL, 0, NULL), ==, 3);
}

/* The report section of the exported file, changed by @edit, as a file. */
static char *
edited_file (Fixture *f,
             void   (*edit) (JsonObject *report))
{
  g_autofree char *text = export (f->store, f->convention);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  root = json_node_get_object (json_parser_get_root (parser));
  edit (json_object_get_object_member (root, "report"));
  json_generator_set_root (generator, json_parser_get_root (parser));
  return json_generator_to_data (generator, NULL);
}

static JsonObject *
nth (JsonObject *report,
     const char *list,
     guint       n)
{
  return json_array_get_object_element (json_object_get_array_member (report, list), n);
}

static void
change_image_byte (JsonObject *report)
{
  JsonObject *image = nth (report, "images", 0);
  gsize length;
  g_autofree guchar *bytes = g_base64_decode (json_object_get_string_member (image, "data"), &length);
  g_autofree char *again = NULL;

  bytes[length / 2] ^= 0x55;
  again = g_base64_encode (bytes, length);
  json_object_set_string_member (image, "data", again);
}

static void
text_as_image (JsonObject *report)
{
  static const char text[] = "not a photo at all";
  JsonObject *image = nth (report, "images", 0);
  g_autofree char *base64 = g_base64_encode ((const guchar *) text, strlen (text));
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, text, -1);

  json_object_set_string_member (image, "data", base64);
  json_object_set_string_member (image, "sha256", hash);
}

/* An image larger than the app stores, with its right sha256. */
static void
large_image (JsonObject *report)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, LC_REPORT_PHOTO_SIZE + 1, 8);
  g_autofree char *buffer = NULL;
  g_autofree char *base64 = NULL;
  g_autofree char *hash = NULL;
  JsonObject *image = nth (report, "images", 0);
  gsize length;

  gdk_pixbuf_fill (pixbuf, 0);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &length, "jpeg", NULL, NULL));
  base64 = g_base64_encode ((const guchar *) buffer, length);
  hash = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) buffer, length);
  json_object_set_string_member (image, "data", base64);
  json_object_set_string_member (image, "sha256", hash);
}

static void
photo_of_no_image (JsonObject *report)
{
  json_object_set_string_member (nth (report, "photos", 1), "image", "0000000000000000000000000000000000000000000000000000000000000000");
}

static void
second_summary (JsonObject *report)
{
  JsonObject *copy = json_object_new ();

  json_object_set_string_member (copy, "item", json_object_get_string_member (nth (report, "summaries", 0), "item"));
  json_array_add_object_element (json_object_get_array_member (report, "summaries"), copy);
}

static void
script_link (JsonObject *report)
{
  json_object_set_string_member (nth (report, "coverage", 0), "link", "javascript:alert(1)");
}

static void
zero_figure (JsonObject *report)
{
  json_object_set_int_member (report, "cities", 0);
}

/* Each refused with the place in the file, and nothing stored. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  struct
  {
    void      (*edit) (JsonObject *report);
    const char *message;
  } cases[] = {
    { change_image_byte, "report.images[0].data: the image is not the one its sha256 names" },
    { text_as_image, "report.images[0].data: “report.images[0]” is not a photo" },
    { large_image, "larger than a stored photo" },
    { photo_of_no_image, "report.photos[1].image: no image of the file has this sha256" },
    { second_summary, "report.summaries[1].item: this item already has a summary" },
    { script_link, "report.coverage[0]" },
    { zero_figure, "report.cities: expected a positive whole number or null" },
  };
  gint64 conventions = lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL);
  gint64 photos = lc_store_count (f->store, LC_TYPE_REPORT_PHOTO, NULL, 0, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *file = edited_file (f, cases[i].edit);

      g_test_message ("case %u: %s", i, cases[i].message);
      g_assert_cmpint (lc_convention_import_data (f->store, file, strlen (file), "bad.json", &error), ==, 0);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "bad.json"));
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_assert_cmpint (lc_store_count (f->store, LC_TYPE_CONVENTION, NULL, 0, NULL), ==, conventions);
      g_assert_cmpint (lc_store_count (f->store, LC_TYPE_REPORT_PHOTO, NULL, 0, NULL), ==, photos);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/report-io/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip);
  ADD ("older-file", test_older_file);
  ADD ("refused", test_refused);
#undef ADD

  return g_test_run ();
}
