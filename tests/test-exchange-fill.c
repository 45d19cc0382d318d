/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

/* Before any header includes sqlite3.h: the session extension's API. */
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1

#include "lc-declaration.h"
#include "lc-exchange-private.h"
#include "lc-generator.h"
#include "lc-participant.h"
#include "lc-person-photo.h"
#include "lc-undo.h"
#include "test-exchange-util.h"

/* Issue 17: a convention's exchange state is made two ways, from the
 * convention read as records (lc_exchange_mirror_fill (), every send and
 * merge) and straight from the library's tables
 * (lc_exchange_mirror_fill_library (), when a convention is tracked after
 * an import). Both must give the same rows, table by table, or a send
 * right after an import would send what nobody changed. */

/* Each mirror table of the convention @id made both ways; @at_least names
 * tables that must have rows, so that the comparison is not of nothing. */
static void
assert_same_fill (LcStore            *store,
                  gint64              id,
                  const char *const  *at_least)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcUpdateTree) tree = lc_update_tree_read (store, id, &error);
  char *attach;
  sqlite3 *db = NULL;
  guint n;
  const LcExchangeTable *tables = lc_exchange_tables (&n);

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  attach = sqlite3_mprintf ("ATTACH ':memory:' AS records; ATTACH ':memory:' AS tables; ATTACH %Q AS library",
                            lc_store_get_path (store));
  g_assert_cmpint (sqlite3_exec (db, attach, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_free (attach);
  g_assert_true (lc_exchange_mirror_create (db, "records", &error));
  g_assert_true (lc_exchange_mirror_create (db, "tables", &error));
  g_assert_true (lc_exchange_mirror_fill (db, "records", store, tree, &error));
  g_assert_no_error (error);
  g_assert_true (lc_exchange_mirror_fill_library (db, "tables", "library", store, id, &error));
  g_assert_no_error (error);

  for (guint t = 0; t < n; t++)
    {
      /* Rows of one that the other lacks, either way, and the rows. */
      g_autofree char *sql = g_strdup_printf ("SELECT (SELECT count(*) FROM (SELECT * FROM records.%1$s"
                                              " EXCEPT SELECT * FROM tables.%1$s)),"
                                              " (SELECT count(*) FROM (SELECT * FROM tables.%1$s"
                                              " EXCEPT SELECT * FROM records.%1$s)),"
                                              " (SELECT count(*) FROM records.%1$s),"
                                              " (SELECT count(*) FROM tables.%1$s)",
                                              tables[t].table);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_test_message ("%s: %d rows", tables[t].table, sqlite3_column_int (stmt, 2));
      g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
      g_assert_cmpint (sqlite3_column_int (stmt, 1), ==, 0);
      g_assert_cmpint (sqlite3_column_int (stmt, 2), ==, sqlite3_column_int (stmt, 3));
      if (at_least != NULL && g_strv_contains (at_least, tables[t].table))
        g_assert_cmpint (sqlite3_column_int (stmt, 2), >, 0);
      sqlite3_finalize (stmt);
    }
  sqlite3_close (db);
}

/* The sample (declaration with amendments and a published version, the
 * report) with a photo, a status's history, an attendance and a version
 * published here, beside
 * a generated convention in the same library, whose rows must not be
 * taken for the sample's. */
static void
test_same_rows (void)
{
  g_autofree char *dir = NULL, *shared = NULL, *face = NULL;
  g_autoptr(Organiser) amal = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LcUndoStack) undo = NULL;
  g_autoptr(GListStore) people = NULL, declarations = NULL, items = NULL;
  g_autoptr(GPtrArray) confirmed = NULL;
  g_autoptr(LcPerson) person = NULL;
  g_autoptr(LcItem) item = NULL;
  g_autoptr(LcRecord) declaration = NULL;
  g_autoptr(LcDeclarationVersion) version = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 7, 10, 0, 0);
  LcGeneratorSize size;
  gint64 generated;
  const char *const sample_tables[] = { "conventions", "rooms", "people", "items", "participations",
                                        "status_changes", "item_attendance", "declarations", "declaration_sections", "clauses",
                                        "amendments", "reports", "report_coverage", "report_summaries",
                                        "images", "published", NULL };
  const char *const generated_tables[] = { "conventions", "rooms", "cities", "people", "items",
                                           "participations", NULL };

  dir = lc_test_make_tmpdir ();
  shared = exchange_shared_file (dir);
  amal = organiser_new ("Amal", shared);

  undo = lc_undo_stack_new (amal->store);
  face = lc_test_write_photo (dir, "face.jpg", FALSE, 300, 400, 0x3080c0ff);
  people = lc_store_list (amal->store, LC_TYPE_PERSON, "convention_id", amal->convention, &error);
  g_assert_no_error (error);
  person = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_true (lc_person_choose_photo (undo, person, face, &error));
  g_assert_no_error (error);

  /* A status's history and an attendance, which the sample has none of. */
  confirmed = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (confirmed, g_object_ref (person));
  g_assert_cmpuint (lc_participants_set_status (undo, confirmed, LC_PARTICIPANT_STATUS_CONFIRMED, when, &error),
                    ==, 1);
  g_assert_no_error (error);
  items = lc_store_list (amal->store, LC_TYPE_ITEM, "convention_id", amal->convention, &error);
  g_assert_no_error (error);
  item = g_list_model_get_item (G_LIST_MODEL (items), 0);
  g_assert_true (lc_item_attendance_set (undo, item, person, LC_ATTENDANCE_IN_PERSON, &error));
  g_assert_no_error (error);

  declarations = lc_store_list (amal->store, LC_TYPE_DECLARATION, "convention_id", amal->convention, &error);
  g_assert_no_error (error);
  declaration = g_list_model_get_item (G_LIST_MODEL (declarations), 0);
  version = lc_declaration_publish_version_at (amal->store, lc_record_get_id (declaration), "", "Here",
                                               when, &error);
  g_assert_no_error (error);

  lc_generator_size_init (&size, 40);
  generated = lc_generator_create (amal->store, &size, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpint (generated, >, 0);

  assert_same_fill (amal->store, amal->convention, sample_tables);
  assert_same_fill (amal->store, generated, generated_tables);

  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  lc_test_use_build_catalogue ();

  g_test_add_func ("/exchange/fill/same-rows", test_same_rows);

  return g_test_run ();
}
