/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-convention-io.h"
#include "lc-convention-update.h"
#include "lc-declaration.h"
#include "lc-error.h"
#include "lc-models.h"
#include "lc-participant.h"
#include "lc-report.h"
#include "lc-test-util.h"
#include "lc-undo.h"

/* Updating a convention from its own file, as an organiser does when a
 * colleague sends back the convention with their edits: library A has the
 * sample, library B a copy of A's file (same identities) where a colleague
 * changed the title, added an item, deleted a room and edited a clause.
 * B's file, imported into A, must show exactly those changes, make A what
 * B is (the exported files byte for byte), and be one step to undo. */

typedef struct
{
  char    *dir_a, *dir_b;
  LcStore *a, *b;
  gint64   id_a, id_b;
  char    *file_a, *file_b;    /* each library's export before the update */
  gsize    length_a, length_b;
  char    *deleted_room;       /* the room B deleted */
  guint    items_in_room;      /* the items that had it */
  char    *added_item;         /* the title of the item B added */
  char    *clause_before, *clause_after;
} Fixture;

static char *
export (LcStore *store,
        gint64   id,
        gsize   *length)
{
  g_autoptr(GError) error = NULL;
  char *data = lc_convention_export_data (store, id, length, &error);

  g_assert_no_error (error);
  return data;
}

/* The room of the sample with the fewest items, and how many it has. */
static LcRecord *
quiet_room (LcStore *store,
            gint64   convention,
            guint   *n_items)
{
  g_autoptr(GListStore) rooms = lc_store_list (store, LC_TYPE_ROOM, "convention_id", convention, NULL);
  LcRecord *best = NULL;

  *n_items = G_MAXUINT;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rooms)); i++)
    {
      g_autoptr(LcRecord) room = g_list_model_get_item (G_LIST_MODEL (rooms), i);
      guint n = lc_store_count (store, LC_TYPE_ITEM, "room_id", lc_record_get_id (room), NULL);

      if (n < *n_items)
        {
          *n_items = n;
          g_set_object (&best, room);
        }
    }

  g_assert_nonnull (best);
  return best;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *sample = g_getenv ("LC_SAMPLE");
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) convention = NULL, room = NULL, item = NULL, clause = NULL;

  g_assert_nonnull (sample);
  f->a = lc_test_open_store (&f->dir_a);
  f->b = lc_test_open_store (&f->dir_b);
  f->id_a = lc_convention_import_file (f->a, sample, &error);
  g_assert_no_error (error);
  f->file_a = export (f->a, f->id_a, &f->length_a);

  /* B's row numbers differ from A's: it holds another convention first. */
  g_assert_cmpint (lc_test_add_convention (f->b, "Another convention", "2023-01-01", "2023-01-02"), >, 0);
  f->id_b = lc_convention_import_data (f->b, f->file_a, f->length_a, "a.json", &error);
  g_assert_no_error (error);

  convention = lc_store_get (f->b, LC_TYPE_CONVENTION, f->id_b, &error);
  lc_record_set_string (convention, "title-en", "Yanbu Convention, revised");
  g_assert_true (lc_store_update (f->b, convention, &error));

  f->added_item = g_strdup ("Closing remarks by the host city");
  item = g_object_new (LC_TYPE_ITEM, NULL);
  lc_record_set_int (item, "convention-id", f->id_b);
  lc_record_set_text (item, "title", "كلمة ختامية", f->added_item);
  lc_record_set_string (item, "day", "2023-05-11");
  lc_record_set_int (item, "start-minute", 20 * 60);
  lc_record_set_int (item, "end-minute", 20 * 60 + 30);
  g_assert_true (lc_store_insert (f->b, item, &error));

  room = quiet_room (f->b, f->id_b, &f->items_in_room);
  f->deleted_room = g_strdup (lc_record_get_string (room, "name-en"));
  g_assert_true (lc_store_delete (f->b, room, &error));

  clause = lc_test_first_clause (f->b, f->id_b);
  f->clause_before = g_strdup (lc_record_get_string (clause, "text-en"));
  f->clause_after = g_strconcat (f->clause_before, " Together.", NULL);
  lc_record_set_string (clause, "text-en", f->clause_after);
  g_assert_true (lc_store_update (f->b, clause, &error));
  g_assert_no_error (error);

  f->file_b = export (f->b, f->id_b, &f->length_b);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  lc_test_remove_tree (f->dir_a);
  lc_test_remove_tree (f->dir_b);
  g_free (f->dir_a);
  g_free (f->dir_b);
  g_free (f->file_a);
  g_free (f->file_b);
  g_free (f->deleted_room);
  g_free (f->added_item);
  g_free (f->clause_before);
  g_free (f->clause_after);
}

static LcConventionUpdate *
plan (Fixture    *f,
      const char *data,
      gsize       length)
{
  g_autoptr(GError) error = NULL;
  gint64 existing = lc_convention_find_existing (f->a, data, length, &error);
  LcConventionUpdate *update;

  g_assert_no_error (error);
  g_assert_cmpint (existing, ==, f->id_a);
  update = lc_convention_update_new (f->a, existing, data, length, "b.json", &error);
  g_assert_no_error (error);
  g_assert_nonnull (update);
  return update;
}

static const LcUpdateRow *
find_row (LcConventionUpdate *update,
          LcUpdateAction      action,
          const char         *area,
          const char         *label)
{
  for (guint i = 0; i < lc_convention_update_get_n_rows (update); i++)
    {
      const LcUpdateRow *row = lc_convention_update_get_row (update, i);

      if (row->action == action && g_str_equal (row->area, area) && g_str_equal (row->label, label))
        return row;
    }

  return NULL;
}

static void
assert_library_is (Fixture    *f,
                   const char *expected,
                   gsize       length)
{
  gsize now_length;
  g_autofree char *now = export (f->a, f->id_a, &now_length);

  g_assert_cmpmem (now, now_length, expected, length);
}

/* The preview lists exactly what the colleague did, field by field; the
 * update makes A what B is; one undo puts A back; redo again. */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LcConventionUpdate) update = plan (f, f->file_b, f->length_b);
  g_autoptr(LcUndoStack) stack = lc_undo_stack_new (f->a);
  g_autoptr(GListStore) conventions = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *clause_detail = NULL;
  const LcUpdateRow *row;
  GPtrArray *changes;

  g_assert_cmpstr (lc_convention_update_get_title (update), ==,
                   "First Regional Convention for Learning Cities");
  g_assert_null (lc_convention_update_get_blocker (update));

  row = find_row (update, LC_UPDATE_CHANGE, "Convention", "Yanbu Convention, revised");
  g_assert_nonnull (row);
  g_assert_cmpstr (row->detail, ==, "title (English): “First Regional Convention for Learning Cities” "
                                    "→ “Yanbu Convention, revised”");
  g_assert_nonnull (find_row (update, LC_UPDATE_ADD, "Agenda items", f->added_item));
  g_assert_nonnull (find_row (update, LC_UPDATE_DELETE, "Rooms", f->deleted_room));

  /* A long clause is named by its beginning; the change shows where the
   * texts differ, here at the end. */
  g_assert_cmpuint (g_utf8_strlen (f->clause_after, -1), >, 80);
  {
    g_autofree char *start = g_utf8_substring (f->clause_after, 0, 79);
    g_autofree char *label = g_strconcat (start, "…", NULL);
    g_autofree char *end = g_utf8_substring (f->clause_before, g_utf8_strlen (f->clause_before, -1) - 20, -1);

    row = find_row (update, LC_UPDATE_CHANGE, "Clauses", label);
    g_assert_nonnull (row);
    clause_detail = g_strdup_printf ("text (English): “…%s” → “…%s Together.”", end, end);
    g_assert_cmpstr (row->detail, ==, clause_detail);
  }

  /* Nothing else but the items that were in the deleted room, which lose it. */
  g_assert_cmpuint (lc_convention_update_count (update, LC_UPDATE_ADD), ==, 1);
  g_assert_cmpuint (lc_convention_update_count (update, LC_UPDATE_DELETE), ==, 1);
  g_assert_cmpuint (lc_convention_update_count (update, LC_UPDATE_CHANGE), ==, 2 + f->items_in_room);
  for (guint i = 0; i < lc_convention_update_get_n_rows (update); i++)
    {
      row = lc_convention_update_get_row (update, i);
      if (row->action == LC_UPDATE_CHANGE && g_str_equal (row->area, "Agenda items"))
        {
          g_autofree char *lost = g_strdup_printf ("room: %s → none", f->deleted_room);

          g_assert_cmpstr (row->detail, ==, lost);
        }
    }

  report = lc_convention_update_format_report (update);
  g_assert_nonnull (strstr (report, "1 record added, "));
  g_assert_nonnull (strstr (report, "Rooms, deleted: "));

  g_assert_true (lc_convention_update_apply (update, f->a, &error));
  g_assert_no_error (error);
  assert_library_is (f, f->file_b, f->length_b);
  conventions = lc_store_list_conventions (f->a, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (conventions)), ==, 1);

  /* One step, as the window records it. */
  changes = lc_convention_update_take_changes (update);
  g_assert_nonnull (changes);
  lc_undo_stack_record_applied (stack, "Update", changes);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (stack), ==, 1);
  g_assert_true (lc_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  assert_library_is (f, f->file_a, f->length_a);
  g_assert_true (lc_undo_stack_redo (stack, &error));
  g_assert_no_error (error);
  assert_library_is (f, f->file_b, f->length_b);
}

/* The file holds what the library holds: nothing to do. */
static void
test_identical (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LcConventionUpdate) update = plan (f, f->file_a, f->length_a);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;

  g_assert_cmpuint (lc_convention_update_get_n_rows (update), ==, 0);
  report = lc_convention_update_format_report (update);
  g_assert_true (g_str_has_prefix (report, "Nothing to update: b.json holds what the library holds"));
  g_assert_true (lc_convention_update_apply (update, f->a, &error));
  g_assert_no_error (error);
  g_assert_null (lc_convention_update_take_changes (update));
  assert_library_is (f, f->file_a, f->length_a);
}

/* The library refuses a write half-way (its last step, deleting the room):
 * the additions and changes before it are rolled back with it. */
static void
test_failure_midway (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LcConventionUpdate) update = plan (f, f->file_b, f->length_b);
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_store_exec (f->a, "CREATE TEMP TRIGGER refuse BEFORE DELETE ON rooms "
                                      "BEGIN SELECT RAISE (ABORT, 'the disk is full'); END", &error));
  g_assert_no_error (error);
  g_assert_false (lc_convention_update_apply (update, f->a, &error));
  g_assert_nonnull (error);
  g_assert_cmpstr (error->message, ==, "“First Regional Convention for Learning Cities” could not be updated: "
                   "The change was refused because it would break a rule of the data (the disk is full).");
  g_assert_null (lc_convention_update_take_changes (update));
  assert_library_is (f, f->file_a, f->length_a);
}

/* Edited in the window after the preview: the preview is stale. */
static void
test_changed_since_plan (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LcConventionUpdate) update = plan (f, f->file_b, f->length_b);
  g_autoptr(LcRecord) convention = lc_store_get (f->a, LC_TYPE_CONVENTION, f->id_a, NULL);
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *before = NULL;

  lc_record_set_string (convention, "venue-en", "Somewhere else");
  g_assert_true (lc_store_update (f->a, convention, &error));
  before = export (f->a, f->id_a, &length);
  g_assert_false (lc_convention_update_apply (update, f->a, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  assert_library_is (f, before, length);
}

/* A version published in B since: published versions never change, and
 * have no identity to update by, so the update is refused in words and
 * nothing is written. */
static void
test_new_version (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GListStore) declarations = lc_store_list (f->b, LC_TYPE_DECLARATION, "convention_id", f->id_b, NULL);
  g_autoptr(LcRecord) declaration = g_list_model_get_item (G_LIST_MODEL (declarations), 0);
  g_autoptr(LcDeclarationVersion) version = NULL;
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file = NULL, *report = NULL;
  gsize length;

  version = lc_declaration_publish_version (f->b, lc_record_get_id (declaration), NULL, "Final", &error);
  g_assert_no_error (error);
  file = export (f->b, f->id_b, &length);
  update = plan (f, file, length);
  g_assert_nonnull (lc_convention_update_get_blocker (update));
  g_assert_true (g_str_has_prefix (lc_convention_update_get_blocker (update), "The file has 3 published versions "
                                   "of the declaration “"));
  report = lc_convention_update_format_report (update);
  g_assert_nonnull (strstr (report, "Import the file as a copy instead."));
  g_assert_false (lc_convention_update_apply (update, f->a, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  assert_library_is (f, f->file_a, f->length_a);
}

/* A file of another convention, or with no uid, is no convention here. */
static void
test_not_existing (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GRegex) uid = g_regex_new ("\"uid\" : \"[^\"]*\",?", 0, 0, NULL);
  g_autofree char *stripped = g_regex_replace_literal (uid, f->file_a, -1, 0, "", 0, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (lc_convention_find_existing (f->a, stripped, strlen (stripped), &error), ==, 0);
  g_assert_cmpint (lc_convention_find_existing (f->a, "{", 1, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (lc_convention_find_existing (f->b, f->file_a, f->length_a, &error), ==, f->id_b);

  /* Nesting that would exhaust json-glib's stack is no match either (the
   * import then says what is wrong). */
  {
    gsize depth = 200000;
    g_autofree char *deep = g_malloc (depth);

    memset (deep, '[', depth);
    g_assert_cmpint (lc_convention_find_existing (f->a, deep, depth, &error), ==, 0);
    g_assert_no_error (error);
  }
}

/* The convention's own file, wrong in one place: refused as an import
 * refuses it, naming the place, and nothing planned. */
static void
test_bad_file (Fixture       *f,
               gconstpointer  data)
{
  GString *text = g_string_new (f->file_b);
  g_autofree char *bad = NULL;
  g_autoptr(GError) error = NULL;
  LcConventionUpdate *update;

  g_assert_cmpuint (g_string_replace (text, "\"kind\" : \"session\"", "\"kind\" : \"lecture\"", 1), ==, 1);
  bad = g_string_free (text, FALSE);
  g_assert_cmpint (lc_convention_find_existing (f->a, bad, strlen (bad), &error), ==, f->id_a);
  update = lc_convention_update_new (f->a, f->id_a, bad, strlen (bad), "b.json", &error);
  g_assert_null (update);
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
  g_assert_true (g_str_has_prefix (error->message, "b.json: items["));
  g_assert_nonnull (strstr (error->message, "kind: unknown value “lecture”"));
  assert_library_is (f, f->file_a, f->length_a);
}

/* The final report's records come too (issue 13): B's colleague changed
 * the foreword, wrote a summary for an item that had none, added a photo
 * and a coverage entry and deleted another. The preview names each, the
 * update makes A what B is, photo image included, and one undo puts A
 * back. A report and a summary each library made on its own (other uids)
 * are matched by their convention and item, so they change, not clash. */
static void
test_report_records (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LcUndoStack) undo_b = lc_undo_stack_new (f->b);
  g_autoptr(LcUndoStack) stack = lc_undo_stack_new (f->a);
  g_autoptr(LcReport) report = lc_report_load (f->b, f->id_b, NULL);
  g_autoptr(GListStore) coverage = lc_store_list (f->b, LC_TYPE_COVERAGE, "convention_id", f->id_b, NULL);
  g_autoptr(LcRecord) gone = g_list_model_get_item (G_LIST_MODEL (coverage), 0);
  g_autoptr(LcCoverage) entry = g_object_new (LC_TYPE_COVERAGE, NULL);
  g_autoptr(GListStore) items = lc_store_list (f->b, LC_TYPE_ITEM, "convention_id", f->id_b, NULL);
  g_autoptr(LcRecord) bare = NULL;
  g_autoptr(LcReportPhoto) photo = NULL;
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *jpeg = lc_test_write_photo (f->dir_b, "visit.jpg", FALSE, 900, 600, 0x406080ff);
  g_autofree char *gone_headline = g_strdup (lc_coverage_get_headline (LC_COVERAGE (gone)));
  g_autofree char *bare_title = NULL;
  const LcUpdateRow *row;

  /* An item without a summary, in either library, whose title is short
   * enough to name it whole. */
  for (guint i = 0; bare == NULL && i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autoptr(LcReportSummary) summary = lc_report_load_summary (f->b, lc_record_get_id (item), NULL);

      if (summary == NULL && lc_record_get_int (item, "kind") != LC_ITEM_KIND_BREAK
          && g_utf8_strlen (lc_record_get_string (item, "title-en"), -1) < 60)
        bare = g_object_ref (item);
    }
  g_assert_nonnull (bare);
  bare_title = g_strdup (lc_record_get_string (bare, "title-en"));

  lc_report_set_foreword (report, lc_report_get_foreword (report, LC_LANGUAGE_ARABIC),
                          "A foreword written after the convention.");
  g_assert_true (lc_report_save (undo_b, report, &error));
  g_assert_true (lc_report_set_summary (undo_b, lc_record_get_id (bare), "ملخص الجلسة",
                                        "What the session said.", &error));
  photo = lc_report_add_photo (undo_b, lc_record_get_id (bare), jpeg, "", "The visit", &error);
  g_assert_nonnull (photo);
  lc_record_set_int (LC_RECORD (entry), "convention-id", f->id_b);
  lc_coverage_set_headline (entry, "Learning cities meet in Yanbu");
  lc_coverage_set_outlet (entry, "Okaz");
  lc_coverage_set_language (entry, LC_LANGUAGE_ENGLISH);
  g_assert_true (lc_report_add_coverage (undo_b, G_LIST_MODEL (coverage), entry, &error));
  g_assert_true (lc_store_delete (f->b, gone, &error));
  g_assert_no_error (error);
  g_free (f->file_b);
  f->file_b = export (f->b, f->id_b, &f->length_b);

  update = plan (f, f->file_b, f->length_b);
  g_assert_null (lc_convention_update_get_blocker (update));
  row = find_row (update, LC_UPDATE_CHANGE, "Final report", "Final report");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (row->detail, "foreword (English): "));
  g_assert_nonnull (strstr (row->detail, "→ “A foreword written after the convention.”"));
  g_assert_nonnull (find_row (update, LC_UPDATE_ADD, "Summaries", bare_title));
  g_assert_nonnull (find_row (update, LC_UPDATE_ADD, "Photos", bare_title));
  g_assert_nonnull (find_row (update, LC_UPDATE_ADD, "Coverage", "Learning cities meet in Yanbu"));
  g_assert_nonnull (find_row (update, LC_UPDATE_DELETE, "Coverage", gone_headline));

  g_assert_true (lc_convention_update_apply (update, f->a, &error));
  g_assert_no_error (error);
  assert_library_is (f, f->file_b, f->length_b);
  lc_undo_stack_record_applied (stack, "Update", lc_convention_update_take_changes (update));
  g_assert_true (lc_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  assert_library_is (f, f->file_a, f->length_a);
}

/* The person at @index of the convention, read from @store. */
static LcRecord *
nth_person (LcStore *store,
            gint64   convention,
            guint    index)
{
  g_autoptr(GListStore) people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), >, index);
  return g_list_model_get_item (G_LIST_MODEL (people), index);
}

/* Participants come with their history (issue 14): B's colleague
 * confirmed a person and checked them in at the door, and marked another
 * as attending a workshop online; A had marked someone at another item,
 * which B never heard of. The update brings B's status changes and
 * attendance, not only the last status, and takes A's away; one undo
 * puts A back. */
static void
test_participants (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LcUndoStack) undo_a = lc_undo_stack_new (f->a);
  g_autoptr(LcUndoStack) undo_b = lc_undo_stack_new (f->b);
  g_autoptr(LcUndoStack) stack = lc_undo_stack_new (f->a);
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) items_b = lc_store_list (f->b, LC_TYPE_ITEM, "convention_id", f->id_b, NULL);
  g_autoptr(GListStore) items_a = lc_store_list (f->a, LC_TYPE_ITEM, "convention_id", f->id_a, NULL);
  g_autoptr(LcRecord) item_b = g_list_model_get_item (G_LIST_MODEL (items_b), 0);
  g_autoptr(LcRecord) item_a = g_list_model_get_item (G_LIST_MODEL (items_a), 1);
  g_autoptr(LcRecord) online = nth_person (f->b, f->id_b, 1);
  g_autoptr(LcRecord) in_a = nth_person (f->a, f->id_a, 2);
  g_autoptr(GDateTime) first = g_date_time_new_utc (2023, 5, 1, 8, 0, 0);
  g_autoptr(GDateTime) second = g_date_time_new_utc (2023, 5, 10, 8, 45, 0);
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL, *label = NULL;
  const LcUpdateRow *row;

  g_ptr_array_add (people, nth_person (f->b, f->id_b, 0));
  name = g_strdup (lc_record_get_string (g_ptr_array_index (people, 0), "name-en"));
  g_assert_cmpuint (lc_participants_set_status (undo_b, people, LC_PARTICIPANT_STATUS_CONFIRMED, first, &error), ==,
                    1);
  g_ptr_array_set_size (people, 0);
  g_ptr_array_add (people, nth_person (f->b, f->id_b, 0));
  g_assert_cmpuint (lc_participants_set_status (undo_b, people, LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON, second,
                                                &error), ==, 1);
  g_assert_true (lc_item_attendance_set (undo_b, LC_ITEM (item_b), LC_PERSON (online), LC_ATTENDANCE_ONLINE, &error));
  g_assert_true (lc_item_attendance_set (undo_a, LC_ITEM (item_a), LC_PERSON (in_a), LC_ATTENDANCE_IN_PERSON,
                                         &error));
  g_assert_no_error (error);
  g_free (f->file_a);
  f->file_a = export (f->a, f->id_a, &f->length_a);
  g_free (f->file_b);
  f->file_b = export (f->b, f->id_b, &f->length_b);

  update = plan (f, f->file_b, f->length_b);
  g_assert_null (lc_convention_update_get_blocker (update));
  label = g_strdup_printf ("%s: Confirmed, 2023-05-01T08:00:00Z", name);
  g_assert_nonnull (find_row (update, LC_UPDATE_ADD, "Status history", label));
  g_free (label);
  label = g_strdup_printf ("%s: Attended in person, 2023-05-10T08:45:00Z", name);
  g_assert_nonnull (find_row (update, LC_UPDATE_ADD, "Status history", label));
  g_free (label);
  label = g_strdup_printf ("%s in %s", lc_record_get_string (online, "name-en"),
                           lc_record_get_string (item_b, "title-en"));
  g_assert_nonnull (find_row (update, LC_UPDATE_ADD, "Attendance at items", label));
  g_free (label);
  label = g_strdup_printf ("%s in %s", lc_record_get_string (in_a, "name-en"),
                           lc_record_get_string (item_a, "title-en"));
  g_assert_nonnull (find_row (update, LC_UPDATE_DELETE, "Attendance at items", label));
  row = find_row (update, LC_UPDATE_CHANGE, "People", name);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (row->detail, "status: "));

  g_assert_true (lc_convention_update_apply (update, f->a, &error));
  g_assert_no_error (error);
  /* The exports hold each status_history and attended_by: equal files
   * are equal histories and attendance. */
  assert_library_is (f, f->file_b, f->length_b);
  g_assert_cmpint (lc_store_count (f->a, LC_TYPE_STATUS_CHANGE, "convention_id", f->id_a, NULL), ==, 2);
  g_assert_cmpint (lc_store_count (f->a, LC_TYPE_ITEM_ATTENDANCE, "convention_id", f->id_a, NULL), ==, 1);

  lc_undo_stack_record_applied (stack, "Update", lc_convention_update_take_changes (update));
  g_assert_true (lc_undo_stack_undo (stack, &error));
  g_assert_no_error (error);
  assert_library_is (f, f->file_a, f->length_a);
  g_assert_cmpint (lc_store_count (f->a, LC_TYPE_STATUS_CHANGE, "convention_id", f->id_a, NULL), ==, 0);
}

/* A library whose report was written apart from the file's (its own uid):
 * the file's report changes it rather than being added beside it, which
 * the library would refuse (one report per convention). */
static void
test_report_made_apart (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LcConventionUpdate) update = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_store_exec (f->a, "UPDATE reports SET uid = 'made-in-a'", &error));
  g_assert_true (lc_store_exec (f->a, "UPDATE report_summaries SET uid = 'a-' || id", &error));
  g_assert_no_error (error);
  update = plan (f, f->file_b, f->length_b);
  g_assert_null (find_row (update, LC_UPDATE_ADD, "Final report", "Final report"));
  g_assert_null (find_row (update, LC_UPDATE_DELETE, "Final report", "Final report"));
  g_assert_cmpuint (lc_convention_update_count (update, LC_UPDATE_ADD), ==, 1);
  g_assert_true (lc_convention_update_apply (update, f->a, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lc_store_count (f->a, LC_TYPE_REPORT, "convention_id", f->id_a, NULL), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/convention-update/update", Fixture, NULL, fixture_set_up, test_update, fixture_tear_down);
  g_test_add ("/convention-update/report-records", Fixture, NULL, fixture_set_up, test_report_records,
              fixture_tear_down);
  g_test_add ("/convention-update/report-made-apart", Fixture, NULL, fixture_set_up, test_report_made_apart,
              fixture_tear_down);
  g_test_add ("/convention-update/participants", Fixture, NULL, fixture_set_up, test_participants,
              fixture_tear_down);
  g_test_add ("/convention-update/identical", Fixture, NULL, fixture_set_up, test_identical, fixture_tear_down);
  g_test_add ("/convention-update/failure-midway", Fixture, NULL, fixture_set_up, test_failure_midway,
              fixture_tear_down);
  g_test_add ("/convention-update/changed-since-plan", Fixture, NULL, fixture_set_up, test_changed_since_plan,
              fixture_tear_down);
  g_test_add ("/convention-update/new-version", Fixture, NULL, fixture_set_up, test_new_version, fixture_tear_down);
  g_test_add ("/convention-update/bad-file", Fixture, NULL, fixture_set_up, test_bad_file, fixture_tear_down);
  g_test_add ("/convention-update/not-existing", Fixture, NULL, fixture_set_up, test_not_existing,
              fixture_tear_down);

  return g_test_run ();
}
