/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <sqlite3.h>
#include <string.h>
#include <unistd.h>

#include "lc-error.h"
#include "lc-generator.h"
#include "lc-participant.h"
#include "lc-report.h"
#include "lc-test-util.h"

/*
 * What the organiser writes for the final report (lc-report*.c): the
 * foreword and figures, a summary per item, coverage entries and photos,
 * each edit one undo step written at once, read back from the library.
 */

typedef struct
{
  char        *dir;
  LcStore     *store;
  LcUndoStack *undo;
  gint64       convention;
  gint64       item;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);

  f->store = lc_test_open_store (&f->dir);
  f->undo = lc_undo_stack_new (f->store);
  f->convention = lc_test_add_convention (f->store, "Report", "2024-10-01", "2024-10-02");
  lc_record_set_int (item, "convention-id", f->convention);
  lc_record_set_string (item, "title-en", "Opening");
  lc_record_set_string (item, "day", "2024-10-01");
  lc_record_set_int (item, "start-minute", 9 * 60);
  lc_record_set_int (item, "end-minute", 10 * 60);
  g_assert_true (lc_store_insert (f->store, item, &error));
  g_assert_no_error (error);
  f->item = lc_record_get_id (item);
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

static gint64
count_rows (Fixture    *f,
            const char *table)
{
  sqlite3 *db = lc_store_get_handle (f->store);
  /* The names are this file's constants. */
  g_autofree char *sql = g_strdup_printf ("SELECT count (*) FROM %s", table);
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* The foreword is saved in one step and undone; figures the organiser
 * leaves out are counted from the library, the ones given are kept. */
static void
test_report_texts_and_figures (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReport) report = lc_report_load (f->store, f->convention, &error);
  g_autoptr(LcReport) again = NULL;
  LcReportFigures figures;
  const char *people[][2] = { { "Amal", "in-person" }, { "Badr", "in-person" }, { "Carl", "online" } };
  const char *cities[][3] = { { "Jubail", "SA", NULL }, { "Riyadh", "SA", "online" },
                              { "Cairo", "EG", "in-person" }, { "Paris", "FR", "absent" } };

  g_assert_no_error (error);
  g_assert_cmpint (lc_record_get_id (LC_RECORD (report)), ==, 0);
  lc_report_set_foreword (report, "كلمة الافتتاح", "Opening words");
  lc_report_set_signatory (report, "الأمين العام", "Secretary General");
  g_assert_true (lc_report_save (f->undo, report, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_undo_stack_get_n_undo (f->undo), ==, 1);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Edit Report");

  again = lc_report_load (f->store, f->convention, &error);
  g_assert_no_error (error);
  g_assert_cmpint (lc_record_get_id (LC_RECORD (again)), ==, lc_record_get_id (LC_RECORD (report)));
  g_assert_cmpstr (lc_report_get_foreword (again, LC_LANGUAGE_ARABIC), ==, "كلمة الافتتاح");
  g_assert_cmpstr (lc_report_get_signatory (again, LC_LANGUAGE_ENGLISH), ==, "Secretary General");

  /* Counted: two people in person, one online; three cities took part
   * (Jubail's attendance unknown counts, Paris stayed away) in two
   * countries. */
  for (guint i = 0; i < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);

      lc_record_set_int (person, "convention-id", f->convention);
      lc_record_set_string (person, "name-en", people[i][0]);
      lc_record_set_int (person, "attendance", g_str_equal (people[i][1], "online")
                                               ? LC_ATTENDANCE_ONLINE : LC_ATTENDANCE_IN_PERSON);
      g_assert_true (lc_store_insert (f->store, person, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (cities); i++)
    {
      g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
      int attendance = LC_ATTENDANCE_UNSET;

      if (cities[i][2] != NULL)
        g_assert_true (lc_enum_from_nick (LC_TYPE_ATTENDANCE, cities[i][2], &attendance));
      lc_record_set_int (city, "convention-id", f->convention);
      lc_record_set_string (city, "name-en", cities[i][0]);
      lc_record_set_string (city, "country", cities[i][1]);
      lc_record_set_int (city, "attendance", attendance);
      g_assert_true (lc_store_insert (f->store, city, &error));
      g_assert_no_error (error);
    }
  g_assert_true (lc_report_get_figures (f->store, f->convention, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.in_person, ==, 2);
  g_assert_cmpint (figures.online, ==, 1);
  g_assert_cmpint (figures.cities, ==, 3);
  g_assert_cmpint (figures.countries, ==, 2);
  g_assert_cmpuint (figures.given, ==, 0);

  /* Given: the online audience the library cannot know. */
  lc_report_set_online (again, 250);
  g_assert_true (lc_report_save (f->undo, again, &error));
  g_assert_no_error (error);
  g_assert_true (lc_report_get_figures (f->store, f->convention, &figures, &error));
  g_assert_cmpint (figures.online, ==, 250);
  g_assert_cmpint (figures.in_person, ==, 2);
  g_assert_cmpuint (figures.given, ==, 1u << 1);

  /* Each save one step: undoing the figure keeps the foreword; undoing
   * again leaves no report at all. */
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_true (lc_report_get_figures (f->store, f->convention, &figures, &error));
  g_assert_cmpint (figures.online, ==, 1);
  g_assert_cmpint (count_rows (f, "reports"), ==, 1);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "reports"), ==, 0);
  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_clear_object (&again);
  again = lc_report_load (f->store, f->convention, &error);
  g_assert_cmpstr (lc_report_get_foreword (again, LC_LANGUAGE_ENGLISH), ==, "Opening words");
}

/* Counts a convention's people by hand: by the status they have
 * (@by_status) or by how they planned to attend. */
static void
hand_count (LcStore  *store,
            gint64    convention,
            gboolean  by_status,
            gint64   *in_person,
            gint64   *online)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = lc_store_list_for_convention (store, LC_TYPE_PERSON, convention, &error);

  g_assert_no_error (error);
  *in_person = *online = 0;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      int status = lc_record_get_int (person, "status");
      int attendance = lc_record_get_int (person, "attendance");

      if (by_status ? status == LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON : attendance == LC_ATTENDANCE_IN_PERSON)
        (*in_person)++;
      else if (by_status ? status == LC_PARTICIPANT_STATUS_ATTENDED_ONLINE : attendance == LC_ATTENDANCE_ONLINE)
        (*online)++;
    }
}

/* A generated convention: before the event the figures are the people's
 * planned attendance; once people have attended statuses, the figures
 * are who attended, whatever they had planned; a figure the organiser
 * gives still wins. */
static void
test_figures_from_statuses (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (14);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(LcReport) report = NULL;
  LcGeneratorSize size;
  LcReportFigures figures;
  gint64 convention, in_person, online, planned_in_person, planned_online;
  guint n;

  lc_generator_size_init (&size, 40);
  convention = lc_generator_create (f->store, &size, 14, &error);
  g_assert_no_error (error);

  hand_count (f->store, convention, FALSE, &planned_in_person, &planned_online);
  g_assert_cmpint (planned_in_person, >, 0);
  g_assert_cmpint (planned_online, >, 0);
  g_assert_true (lc_report_get_figures (f->store, convention, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.in_person, ==, planned_in_person);
  g_assert_cmpint (figures.online, ==, planned_online);

  /* Every status, drawn at random, in one transaction. */
  people = lc_store_list_for_convention (f->store, LC_TYPE_PERSON, convention, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  g_assert_cmpuint (n, >=, 20);
  g_assert_true (lc_store_begin (f->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      lc_record_set_int (person, "status", g_rand_int_range (rand, LC_PARTICIPANT_STATUS_INVITED,
                                                              LC_PARTICIPANT_STATUS_NO_SHOW + 1));
      g_assert_true (lc_store_update (f->store, person, &error));
      g_assert_no_error (error);
    }
  g_assert_true (lc_store_commit (f->store, &error));
  g_assert_no_error (error);

  hand_count (f->store, convention, TRUE, &in_person, &online);
  g_assert_cmpint (in_person, >, 0);
  g_assert_cmpint (online, >, 0);
  /* Otherwise the test could not tell the two counts apart. */
  g_assert_true (in_person != planned_in_person || online != planned_online);
  g_assert_true (lc_report_get_figures (f->store, convention, &figures, &error));
  g_assert_no_error (error);
  g_assert_cmpint (figures.in_person, ==, in_person);
  g_assert_cmpint (figures.online, ==, online);
  g_assert_cmpuint (figures.given, ==, 0);

  report = lc_report_load (f->store, convention, &error);
  g_assert_no_error (error);
  lc_report_set_in_person (report, 61);
  g_assert_true (lc_report_save (f->undo, report, &error));
  g_assert_no_error (error);
  g_assert_true (lc_report_get_figures (f->store, convention, &figures, &error));
  g_assert_cmpint (figures.in_person, ==, 61);
  g_assert_cmpint (figures.online, ==, online);
  g_assert_cmpuint (figures.given, ==, 1u << 0);
}

static char *
stored_summary (Fixture    *f,
                LcLanguage  language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcReportSummary) summary = lc_report_load_summary (f->store, f->item, &error);

  g_assert_no_error (error);
  return summary ? g_strdup (lc_report_summary_get_summary (summary, language)) : NULL;
}

/* A summary is written, changed and emptied away, each one step; its
 * paragraphs stay as typed. */
static void
test_summary (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *english = "The panel opened with the mayors.\n\nThey agreed on three steps.";

  g_assert_true (lc_report_set_summary (f->undo, f->item, "  افتتحت الجلسة.  ", english, &error));
  g_assert_no_error (error);
  text = stored_summary (f, LC_LANGUAGE_ARABIC);
  g_assert_cmpstr (text, ==, "افتتحت الجلسة.");
  g_clear_pointer (&text, g_free);
  text = stored_summary (f, LC_LANGUAGE_ENGLISH);
  g_assert_cmpstr (text, ==, english);
  g_clear_pointer (&text, g_free);

  /* The same text again is no step at all. */
  g_assert_true (lc_report_set_summary (f->undo, f->item, "افتتحت الجلسة.", english, &error));
  g_assert_cmpint (lc_undo_stack_get_n_undo (f->undo), ==, 1);

  g_assert_true (lc_report_set_summary (f->undo, f->item, "", "Changed.", &error));
  g_assert_no_error (error);
  text = stored_summary (f, LC_LANGUAGE_ENGLISH);
  g_assert_cmpstr (text, ==, "Changed.");
  g_clear_pointer (&text, g_free);

  g_assert_true (lc_report_set_summary (f->undo, f->item, " ", "\n", &error));
  g_assert_no_error (error);
  g_assert_null (stored_summary (f, LC_LANGUAGE_ENGLISH));
  g_assert_cmpint (lc_undo_stack_get_n_undo (f->undo), ==, 3);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Edit Summary");

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  text = stored_summary (f, LC_LANGUAGE_ENGLISH);
  g_assert_cmpstr (text, ==, "Changed.");
  g_clear_pointer (&text, g_free);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  text = stored_summary (f, LC_LANGUAGE_ENGLISH);
  g_assert_cmpstr (text, ==, english);
  g_assert_no_error (error);

  /* The summary goes with its item. */
  {
    g_autoptr(LcRecord) item = lc_store_get (f->store, LC_TYPE_ITEM, f->item, &error);

    g_assert_true (lc_store_delete (f->store, item, &error));
    g_assert_no_error (error);
    g_assert_cmpint (count_rows (f, "report_summaries"), ==, 0);
  }
}

static LcCoverage *
make_coverage (Fixture    *f,
               const char *headline,
               const char *date,
               const char *link)
{
  LcCoverage *entry = g_object_new (LC_TYPE_COVERAGE, NULL);

  lc_record_set_int (LC_RECORD (entry), "convention-id", f->convention);
  lc_coverage_set_kind (entry, LC_COVERAGE_KIND_PRESS);
  lc_coverage_set_headline (entry, headline);
  lc_coverage_set_outlet (entry, "Arab News");
  lc_coverage_set_date (entry, date);
  lc_coverage_set_link (entry, link);
  lc_coverage_set_language (entry, LC_LANGUAGE_ENGLISH);
  return entry;
}

/* Entries are added after the last, checked as a person typed them, edited
 * and deleted, each one step. */
static void
test_coverage (Fixture       *f,
               gconstpointer  data)
{
  struct { const char *headline, *date, *link, *message; } refused[] = {
    { "  ", "", "", "headline" },
    { "Mayors meet", "2024-02-30", "", "2024-02-30" },
    { "Mayors meet", "", "javascript:alert(1)", "javascript:alert(1)" },
    { "Mayors meet", "", "www.example.org", "https://" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autoptr(LcCoverage) first = make_coverage (f, "Mayors meet in Jubail", "2024-10-02",
                                               "https://example.org/news/1");
  g_autoptr(LcCoverage) second = make_coverage (f, "مدن التعلم في الجبيل", "", "");
  g_autoptr(LcCoverage) edited = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autoptr(LcCoverage) entry = make_coverage (f, refused[i].headline, refused[i].date, refused[i].link);

      list = lc_store_list (f->store, LC_TYPE_COVERAGE, "convention_id", f->convention, NULL);
      g_assert_false (lc_report_add_coverage (f->undo, G_LIST_MODEL (list), entry, &error));
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, refused[i].message));
      g_clear_error (&error);
      g_clear_object (&list);
    }
  g_assert_cmpint (count_rows (f, "report_coverage"), ==, 0);
  g_assert_cmpint (lc_undo_stack_get_n_undo (f->undo), ==, 0);

  list = lc_store_list (f->store, LC_TYPE_COVERAGE, "convention_id", f->convention, NULL);
  g_assert_true (lc_report_add_coverage (f->undo, G_LIST_MODEL (list), first, &error));
  g_assert_no_error (error);
  g_clear_object (&list);
  list = lc_store_list (f->store, LC_TYPE_COVERAGE, "convention_id", f->convention, NULL);
  lc_coverage_set_kind (second, LC_COVERAGE_KIND_SOCIAL);
  lc_coverage_set_language (second, LC_LANGUAGE_ARABIC);
  g_assert_true (lc_report_add_coverage (f->undo, G_LIST_MODEL (list), second, &error));
  g_assert_no_error (error);
  g_clear_object (&list);

  list = lc_store_list (f->store, LC_TYPE_COVERAGE, "convention_id", f->convention, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  {
    g_autoptr(LcCoverage) a = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(LcCoverage) b = g_list_model_get_item (G_LIST_MODEL (list), 1);

    g_assert_cmpstr (lc_coverage_get_headline (a), ==, "Mayors meet in Jubail");
    g_assert_cmpstr (lc_coverage_get_date (a), ==, "2024-10-02");
    g_assert_cmpstr (lc_coverage_get_link (a), ==, "https://example.org/news/1");
    g_assert_cmpint (lc_coverage_get_kind (b), ==, LC_COVERAGE_KIND_SOCIAL);
    g_assert_cmpint (lc_coverage_get_language (b), ==, LC_LANGUAGE_ARABIC);
    g_assert_cmpstr (lc_coverage_get_headline (b), ==, "مدن التعلم في الجبيل");
  }

  edited = LC_COVERAGE (lc_record_copy (LC_RECORD (first)));
  lc_coverage_set_outlet (edited, "Saudi Gazette");
  g_assert_true (lc_report_edit_coverage (f->undo, edited, &error));
  g_assert_no_error (error);
  lc_coverage_set_link (edited, "ftp://example.org");
  g_assert_false (lc_report_edit_coverage (f->undo, edited, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_true (lc_report_delete_coverage (f->undo, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "report_coverage"), ==, 1);
  g_assert_cmpint (lc_undo_stack_get_n_undo (f->undo), ==, 4);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_clear_object (&edited);
  edited = lc_store_get (f->store, LC_TYPE_COVERAGE, lc_record_get_id (LC_RECORD (first)), &error);
  g_assert_cmpstr (lc_coverage_get_outlet (edited), ==, "Arab News");
  g_assert_cmpint (count_rows (f, "report_coverage"), ==, 2);
}

/* A camera's photo is stored scaled down to LC_REPORT_PHOTO_SIZE as JPEG;
 * the same image twice is stored once; deleting a photo and undoing brings
 * it back whole, and the image of a photo deleted for good goes when the
 * library is next opened. */
static void
test_photos (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *camera = lc_test_write_photo (f->dir, "camera.jpg", FALSE, 3000, 2000, 0x3080c0ff);
  g_autofree char *logo = lc_test_write_photo (f->dir, "logo.png", TRUE, 200, 100, 0x20a0e080);
  g_autoptr(LcReportPhoto) photo = NULL;
  g_autoptr(LcReportPhoto) twice = NULL;
  g_autoptr(LcReportPhoto) png = NULL;
  g_autoptr(GBytes) image = NULL;
  g_autoptr(GdkPixbuf) decoded = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autofree char *mime = NULL;
  g_autofree char *path = g_strdup (lc_store_get_path (f->store));
  int width = 0, height = 0;

  photo = lc_report_add_photo (f->undo, f->item, camera, "الافتتاح", "The opening", &error);
  g_assert_no_error (error);
  g_assert_nonnull (photo);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Add Photo");
  g_assert_cmpstr (lc_report_photo_get_caption (photo, LC_LANGUAGE_ARABIC), ==, "الافتتاح");

  image = lc_report_load_image (f->store, lc_report_photo_get_image (photo), &mime, &width, &height, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mime, ==, "image/jpeg");
  g_assert_cmpint (width, ==, LC_REPORT_PHOTO_SIZE);
  g_assert_cmpint (height, ==, 1067);
  /* What is stored is that image, by an independent decoder's reading. */
  stream = g_memory_input_stream_new_from_bytes (image);
  decoded = gdk_pixbuf_new_from_stream (stream, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (decoded), ==, width);
  g_assert_cmpint (gdk_pixbuf_get_height (decoded), ==, height);
  g_assert_cmpuint (g_bytes_get_size (image), <, 1024 * 1024);

  twice = lc_report_add_photo (f->undo, f->item, camera, "", "Again", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (lc_report_photo_get_image (twice), ==, lc_report_photo_get_image (photo));
  g_assert_cmpint (lc_record_get_int (LC_RECORD (twice), "position"), ==, 1);
  png = lc_report_add_photo (f->undo, f->item, logo, "", "", &error);
  g_assert_no_error (error);
  g_clear_pointer (&mime, g_free);
  g_clear_pointer (&image, g_bytes_unref);
  image = lc_report_load_image (f->store, lc_report_photo_get_image (png), &mime, &width, &height, &error);
  g_assert_cmpstr (mime, ==, "image/png");
  g_assert_cmpint (width, ==, 200);
  g_assert_cmpint (count_rows (f, "report_images"), ==, 2);
  g_assert_cmpint (count_rows (f, "report_photos"), ==, 3);

  g_assert_true (lc_report_caption_photo (f->undo, twice, "مرة أخرى", "Once more", &error));
  g_assert_no_error (error);
  g_assert_true (lc_report_delete_photo (f->undo, photo, &error));
  g_assert_true (lc_report_delete_photo (f->undo, twice, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "report_photos"), ==, 1);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  {
    g_autoptr(LcReportPhoto) back = lc_store_get (f->store, LC_TYPE_REPORT_PHOTO,
                                                  lc_record_get_id (LC_RECORD (twice)), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (lc_report_photo_get_caption (back, LC_LANGUAGE_ENGLISH), ==, "Once more");
    g_clear_pointer (&image, g_bytes_unref);
    image = lc_report_load_image (f->store, lc_report_photo_get_image (back), NULL, NULL, NULL, &error);
    g_assert_no_error (error);
  }

  /* The logo's photo goes for good; its image goes at the next opening,
   * the camera's stays with the photo that still names it. */
  g_assert_true (lc_report_delete_photo (f->undo, png, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "report_images"), ==, 2);
  g_clear_object (&f->undo);
  g_clear_object (&f->store);
  f->store = lc_store_open (path, &error);
  g_assert_no_error (error);
  f->undo = lc_undo_stack_new (f->store);
  g_assert_cmpint (count_rows (f, "report_images"), ==, 1);
  g_clear_pointer (&image, g_bytes_unref);
  image = lc_report_load_image (f->store, lc_report_photo_get_image (twice), NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (lc_report_load_image (f->store, lc_report_photo_get_image (png), NULL, NULL, NULL, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_NOT_FOUND);
}

/* A photo deleted here while another process opens the library, which
 * drops the image no photo names: undoing brings back the photo and its
 * image, kept by this history. */
static void
test_photo_undo_after_other_purge (Fixture       *f,
                                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *camera = lc_test_write_photo (f->dir, "stage.jpg", FALSE, 900, 600, 0x8030c0ff);
  g_autoptr(LcReportPhoto) photo = lc_report_add_photo (f->undo, f->item, camera, "", "Stage", &error);
  g_autoptr(LcStore) other = NULL;
  g_autoptr(GBytes) image = NULL;

  g_assert_no_error (error);
  g_assert_true (lc_report_delete_photo (f->undo, photo, &error));
  g_assert_no_error (error);
  other = lc_store_open (lc_store_get_path (f->store), &error);
  g_assert_no_error (error);
  g_clear_object (&other);
  g_assert_cmpint (count_rows (f, "report_images"), ==, 0);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "report_photos"), ==, 1);
  image = lc_report_load_image (f->store, lc_report_photo_get_image (photo), NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (image);
}

/* A CRC-32 as PNG chunks carry it, to write a header by hand. */
static guint32
png_crc (const guint8 *data,
         gsize         length)
{
  guint32 crc = 0xffffffff;

  for (gsize i = 0; i < length; i++)
    {
      crc ^= data[i];
      for (int k = 0; k < 8; k++)
        crc = (crc >> 1) ^ (0xedb88320 & -(crc & 1));
    }
  return crc ^ 0xffffffff;
}

static void
put32 (guint8  *p,
       guint32  v)
{
  p[0] = v >> 24;
  p[1] = v >> 16;
  p[2] = v >> 8;
  p[3] = v;
}

/* What is not a photo, too many pixels or too many bytes is refused with
 * the file's name, and nothing is written. */
static void
test_photo_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = g_build_filename (f->dir, "notes.png", NULL);
  g_autofree char *broken = g_build_filename (f->dir, "broken.jpg", NULL);
  g_autofree char *huge = g_build_filename (f->dir, "huge.png", NULL);
  g_autofree char *heavy = g_build_filename (f->dir, "heavy.jpg", NULL);
  g_autofree char *good = lc_test_write_photo (f->dir, "good.jpg", FALSE, 64, 64, 0x808080ff);
  g_autofree char *good_bytes = NULL;
  gsize good_length = 0;
  /* A PNG header saying 20,000 × 20,000 pixels, and no pixels: an empty
   * first IDAT chunk, where a decoder learns the size. */
  guint8 header[8 + 25 + 12] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  int fd;

  g_assert_true (g_file_set_contents (text, "Minutes of the session\n", -1, &error));
  g_assert_true (g_file_get_contents (good, &good_bytes, &good_length, &error));
  g_assert_true (g_file_set_contents (broken, good_bytes, good_length / 3, &error));
  put32 (header + 8, 13);
  memcpy (header + 12, "IHDR", 4);
  put32 (header + 16, 20000);
  put32 (header + 20, 20000);
  header[24] = 8;
  header[25] = 2;
  put32 (header + 29, png_crc (header + 12, 17));
  memcpy (header + 37, "IDAT", 4);
  put32 (header + 41, png_crc (header + 37, 4));
  g_assert_true (g_file_set_contents (huge, (const char *) header, sizeof header, &error));
  fd = g_open (heavy, O_WRONLY | O_CREAT, 0644);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, LC_REPORT_MAX_PHOTO_BYTES + 1), ==, 0);
  close (fd);
  g_assert_no_error (error);

  g_assert_null (lc_report_add_photo (f->undo, f->item, text, "", "", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "notes.png"));
  g_assert_nonnull (strstr (error->message, "PNG or JPEG"));
  g_clear_error (&error);

  g_assert_null (lc_report_add_photo (f->undo, f->item, broken, "", "", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_nonnull (strstr (error->message, "broken.jpg"));
  g_clear_error (&error);

  g_assert_null (lc_report_add_photo (f->undo, f->item, huge, "", "", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "huge.png"));
  g_clear_error (&error);

  g_assert_null (lc_report_add_photo (f->undo, f->item, heavy, "", "", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_cmpint (count_rows (f, "report_images"), ==, 0);
  g_assert_cmpint (count_rows (f, "report_photos"), ==, 0);
  g_assert_cmpint (lc_undo_stack_get_n_undo (f->undo), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/report/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("texts-and-figures", test_report_texts_and_figures);
  ADD ("figures-from-statuses", test_figures_from_statuses);
  ADD ("summary", test_summary);
  ADD ("coverage", test_coverage);
  ADD ("photos", test_photos);
  ADD ("photo-refused", test_photo_refused);
  ADD ("photo-undo-after-other-purge", test_photo_undo_after_other_purge);
#undef ADD

  return g_test_run ();
}
