/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-csv-import.h"
#include "lc-error.h"
#include "lc-test-util.h"

/* What each column of a spreadsheet means: “اللقب” is the family name in a
 * Moroccan file and an honorific in a Jordanian one, so it is asked, not
 * guessed; الصفة is the position; given and family name columns are joined
 * into the name and matched against the people already there. The command
 * line states meanings with --column and refuses an ambiguous file without. */

#define MAGHREB_FILE "الاسم;اللقب;الصفة\nمحمد;العلمي;رئيس الجماعة\n"

typedef struct
{
  char    *dir;
  LcStore *store;
  gint64   convention;
  gint64   alami;      /* محمد العلمي, already in the library */
  gint64   samah;
} Fixture;

static gint64
add_person (Fixture    *f,
            const char *ar,
            const char *en)
{
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (person, "convention-id", f->convention);
  lc_record_set_text (person, "name", ar, en);
  lc_store_insert (f->store, person, &error);
  g_assert_no_error (error);
  return lc_record_get_id (person);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = lc_test_open_store (&f->dir);
  f->convention = lc_test_add_convention (f->store, "Test convention", "2023-05-10", "2023-05-11");
  f->alami = add_person (f, "محمد العلمي", "Mohamed Alami");
  f->samah = add_person (f, "سماح شلبي", "Samah Shalaby");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  lc_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gint64
count_people (Fixture *f)
{
  return lc_store_count (f->store, LC_TYPE_PERSON, "convention_id", f->convention, NULL);
}

static LcImportPlan *
plan (Fixture            *f,
      const char         *text,
      const char * const *columns)
{
  g_autoptr(GError) error = NULL;
  LcImportPlan *result = lc_import_plan_new_for_data_full (f->store, f->convention, LC_CSV_IMPORT_SPEAKERS,
                                                           text, strlen (text), "people.csv", columns,
                                                           NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return result;
}

static void
apply (Fixture      *f,
       LcImportPlan *plan_)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_import_plan_can_apply (plan_));
  lc_import_plan_apply (plan_, f->store, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static LcRecord *
get_person (Fixture *f,
            gint64   id)
{
  g_autoptr(GError) error = NULL;
  LcRecord *person = lc_store_get (f->store, LC_TYPE_PERSON, id, &error);

  g_assert_no_error (error);
  return person;
}

/* The one person of the convention with that Arabic name. */
static LcRecord *
find_by_arabic (Fixture    *f,
                const char *name)
{
  g_autoptr(GListStore) people = lc_store_list (f->store, LC_TYPE_PERSON, "convention_id", f->convention, NULL);
  LcRecord *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (g_strcmp0 (lc_record_get_string (person, "name-ar"), name) == 0)
        {
          g_assert_null (found);
          found = g_object_ref (person);
        }
    }
  g_assert_nonnull (found);
  return found;
}

/* The Moroccan file, as is: اللقب is asked, its cells are not read, nothing
 * can be written; الصفة is the position, known. */
static void
test_maghreb_asked (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LcImportPlan) p = plan (f, MAGHREB_FILE, NULL);
  g_autoptr(GError) error = NULL;
  const char * const *choices;

  g_assert_cmpuint (lc_import_plan_get_n_columns (p), ==, 3);
  g_assert_cmpuint (lc_import_plan_get_n_ambiguous (p), ==, 1);
  g_assert_cmpstr (lc_import_plan_get_column_header (p, 1), ==, "اللقب");
  g_assert_cmpint (lc_import_plan_get_column_certainty (p, 1), ==, LC_COLUMN_AMBIGUOUS);
  g_assert_cmpstr (lc_import_plan_get_column_meaning (p, 1), ==, "ignore");
  choices = lc_import_plan_get_column_choices (p, 1);
  g_assert_true (g_strv_contains (choices, "family-name"));
  g_assert_true (g_strv_contains (choices, "honorific"));
  /* Beside a bare “الاسم”, the family name is the likelier. */
  g_assert_cmpstr (lc_import_plan_get_column_likely (p, 1), ==, "family-name");
  g_assert_cmpint (lc_import_plan_get_column_certainty (p, 2), ==, LC_COLUMN_KNOWN);
  g_assert_cmpstr (lc_import_plan_get_column_meaning (p, 2), ==, "position");
  /* Not listed as unknown: it is a question, not a column to drop. */
  g_assert_null (lc_import_plan_get_unknown_columns (p)[0]);

  g_assert_false (lc_import_plan_can_apply (p));
  g_assert_false (lc_import_plan_apply (p, f->store, NULL, NULL, NULL, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "اللقب"));
  g_assert_cmpint (count_people (f), ==, 2);
}

/* “Title” is a speaker's honorific or the title of their talk: asked,
 * unless its cells are honorifics. */
static void
test_title_asked (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LcImportPlan) talks = plan (f, "Name (EN),Title\nSamah Shalaby,Cities that learn\n", NULL);
  g_autoptr(LcImportPlan) titles = plan (f, "Name (EN),Title\nSamah Shalaby,Dr\nMohamed Alami,H.E.\n", NULL);
  const char *ignored[] = { "Title=ignore", NULL };
  g_autoptr(LcImportPlan) stated = plan (f, "Name (EN),Title\nSamah Shalaby,Cities that learn\n", ignored);

  g_assert_cmpint (lc_import_plan_get_column_certainty (talks, 1), ==, LC_COLUMN_AMBIGUOUS);
  g_assert_cmpstr (lc_import_plan_get_column_likely (talks, 1), ==, "honorific");
  g_assert_false (lc_import_plan_can_apply (talks));
  g_assert_cmpint (lc_import_plan_get_column_certainty (titles, 1), ==, LC_COLUMN_KNOWN);
  g_assert_cmpstr (lc_import_plan_get_column_meaning (titles, 1), ==, "honorific");
  g_assert_cmpint (lc_import_plan_get_row (titles, 0)->action, ==, LC_IMPORT_ROW_UPDATE);
  g_assert_cmpint (lc_import_plan_get_column_certainty (stated, 1), ==, LC_COLUMN_CHOSEN);
  g_assert_cmpint (lc_import_plan_get_row (stated, 0)->action, ==, LC_IMPORT_ROW_UNCHANGED);
  g_assert_true (lc_import_plan_can_apply (stated));
}

/* Stated as the family name (by header, or by the column's number): the
 * name is “محمد العلمي”, the person already there, and no one is added. */
static void
test_maghreb_family (Fixture       *f,
                     gconstpointer  data)
{
  const char *by_header[] = { "اللقب=family-name", NULL };
  const char *by_number[] = { "2=family-name", NULL };
  const char * const *ways[] = { by_header, by_number };

  for (guint w = 0; w < G_N_ELEMENTS (ways); w++)
    {
      g_autoptr(LcImportPlan) p = plan (f, MAGHREB_FILE, ways[w]);
      const LcImportRow *row = lc_import_plan_get_row (p, 0);

      g_assert_cmpint (lc_import_plan_get_column_certainty (p, 1), ==, LC_COLUMN_CHOSEN);
      g_assert_cmpstr (lc_import_plan_get_column_meaning (p, 0), ==, "given-name");
      g_assert_cmpstr (lc_import_plan_get_column_meaning (p, 1), ==, "family-name");
      g_assert_cmpint (row->action, ==, LC_IMPORT_ROW_UPDATE);
      g_assert_cmpint (row->target_id, ==, f->alami);
      g_assert_cmpuint (lc_import_plan_count (p, LC_IMPORT_ROW_ADD), ==, 0);
      if (w == 1)
        {
          g_autoptr(LcRecord) alami = NULL;

          apply (f, p);
          alami = get_person (f, f->alami);
          g_assert_cmpstr (lc_record_get_string (alami, "position-ar"), ==, "رئيس الجماعة");
          g_assert_cmpstr (lc_record_get_string (alami, "name-ar"), ==, "محمد العلمي");
        }
    }
  g_assert_cmpint (count_people (f), ==, 2);
}

/* Stated as the honorific, the Mashriq way: today's reading, a new person
 * “محمد” whose honorific is the second cell. A column of honorifics only
 * (“د.”, “Dr”) is the honorific without asking. */
static void
test_mashriq_honorific (Fixture       *f,
                        gconstpointer  data)
{
  const char *honorific[] = { "اللقب=honorific", NULL };
  g_autoptr(LcImportPlan) p = plan (f, MAGHREB_FILE, honorific);
  g_autoptr(LcImportPlan) titles = NULL;
  const LcImportRow *row = lc_import_plan_get_row (p, 0);
  g_autoptr(LcRecord) added = NULL;

  g_assert_cmpstr (lc_import_plan_get_column_meaning (p, 0), ==, "name");
  g_assert_cmpint (row->action, ==, LC_IMPORT_ROW_ADD);
  apply (f, p);
  g_assert_cmpint (count_people (f), ==, 3);
  added = find_by_arabic (f, "محمد");
  g_assert_cmpstr (lc_record_get_string (added, "name-ar"), ==, "محمد");
  g_assert_cmpstr (lc_record_get_string (added, "honorific-ar"), ==, "العلمي");

  titles = plan (f, "الاسم,اللقب\nسماح شلبي,د.\nMohamed Alami,Dr\n", NULL);
  g_assert_cmpint (lc_import_plan_get_column_certainty (titles, 1), ==, LC_COLUMN_KNOWN);
  g_assert_cmpstr (lc_import_plan_get_column_meaning (titles, 1), ==, "honorific");
  g_assert_cmpint (lc_import_plan_get_row (titles, 0)->target_id, ==, f->samah);
  g_assert_cmpint (lc_import_plan_get_row (titles, 1)->target_id, ==, f->alami);
  g_assert_true (lc_import_plan_can_apply (titles));
}

/* Given and family name columns, in English and in Arabic, are joined into
 * the name and match the people there; a bare name beside a family name is
 * the given name. */
static void
test_given_family (Fixture       *f,
                   gconstpointer  data)
{
  static const char *files[] = {
    "First name,Last name,Position\nSamah,Shalaby,Adviser\n",
    "Given name;Surname\nMohamed;Alami\n",
    "الاسم الشخصي;الاسم العائلي\nسماح;شلبي\n",
    "الاسم;النسب\nمحمد;العلمي\n",
  };
  const gint64 expected[] = { f->samah, f->alami, f->samah, f->alami };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(LcImportPlan) p = plan (f, files[i], NULL);
      const LcImportRow *row = lc_import_plan_get_row (p, 0);

      g_test_message ("%s", files[i]);
      g_assert_cmpstr (lc_import_plan_get_column_meaning (p, 0), ==, "given-name");
      g_assert_cmpstr (lc_import_plan_get_column_meaning (p, 1), ==, "family-name");
      g_assert_cmpint (row->action, !=, LC_IMPORT_ROW_ADD);
      g_assert_cmpint (row->action, !=, LC_IMPORT_ROW_REJECTED);
      g_assert_cmpint (row->target_id, ==, expected[i]);
      apply (f, p);
    }
  g_assert_cmpint (count_people (f), ==, 2);
}

/* A meaning that is not one, or a column the file does not have, is said. */
static void
test_bad_choices (Fixture       *f,
                  gconstpointer  data)
{
  const char *not_a_meaning[] = { "اللقب=surname", NULL };
  const char *no_column[] = { "Nickname=honorific", NULL };
  const char *no_equals[] = { "اللقب", NULL };
  const char * const *cases[] = { not_a_meaning, no_column, no_equals };
  const char *says[] = { "“اللقب=surname” does not say what a column means",
                         "the file has no column “Nickname”",
                         "“اللقب” does not say what a column means" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LcImportPlan) p = lc_import_plan_new_for_data_full (f->store, f->convention,
                                                                    LC_CSV_IMPORT_SPEAKERS, MAGHREB_FILE,
                                                                    strlen (MAGHREB_FILE), "people.csv",
                                                                    cases[i], NULL, NULL, NULL, &error);

      g_assert_null (p);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, says[i]));
    }
}

/* The command line refuses the Moroccan file, naming the column and its
 * meanings, and imports it as stated with --column. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "maroc.csv", NULL);
  g_autofree char *db = g_strdup (lc_store_get_path (f->store));
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->convention);
  g_autofree char *option = g_strdup_printf ("--import-speakers=%s", path);
  g_autoptr(GError) error = NULL;
  LcTestRun run = { 0 };

  g_file_set_contents (path, MAGHREB_FILE, -1, &error);
  g_assert_no_error (error);
  g_clear_object (&f->store);

  lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id, option, NULL });
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "column 2, “اللقب”, can mean family-name, honorific"));
  g_assert_nonnull (strstr (run.err, "--column='اللقب=family-name'"));
  lc_test_run_clear (&run);

  lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id, option,
                                            "--column=اللقب=family-name", NULL });
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "0 rows to add, 1 to update"));
  g_assert_nonnull (strstr (run.out, "Imported: 0 added, 1 updated."));
  lc_test_run_clear (&run);

  f->store = lc_store_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_people (f), ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/csv-mapping/maghreb-asked", Fixture, NULL, fixture_set_up, test_maghreb_asked, fixture_tear_down);
  g_test_add ("/csv-mapping/maghreb-family", Fixture, NULL, fixture_set_up, test_maghreb_family, fixture_tear_down);
  g_test_add ("/csv-mapping/mashriq-honorific", Fixture, NULL, fixture_set_up, test_mashriq_honorific,
              fixture_tear_down);
  g_test_add ("/csv-mapping/title-asked", Fixture, NULL, fixture_set_up, test_title_asked, fixture_tear_down);
  g_test_add ("/csv-mapping/given-family", Fixture, NULL, fixture_set_up, test_given_family, fixture_tear_down);
  g_test_add ("/csv-mapping/bad-choices", Fixture, NULL, fixture_set_up, test_bad_choices, fixture_tear_down);
  g_test_add ("/csv-mapping/cli", Fixture, NULL, fixture_set_up, test_cli, fixture_tear_down);

  return g_test_run ();
}
