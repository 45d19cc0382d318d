/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-csv-import.h"
#include "lc-error.h"
#include "lc-participant.h"
#include "lc-test-fixture.h"
#include "lc-test-util.h"
#include "lc-undo.h"

/*
 * Participants from the speakers' spreadsheet (issue 14): the category,
 * status and whom a person represents, with English or Arabic headers and
 * words; each status given kept in the person's history, one undo step for
 * the import; and rows the plan rejects, naming the line and the column,
 * with nothing written.
 */

typedef LcTestConventionFixture Fixture;

/* Samah Shalaby, who declined, with that change kept. */
static void
add_declined (Fixture *f)
{
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GPtrArray) one = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  lc_record_set_int (person, "convention-id", f->convention);
  lc_record_set_text (person, "name", "سماح شلبي", "Samah Shalaby");
  g_assert_true (lc_store_insert (f->store, person, &error));
  g_ptr_array_add (one, person);
  g_assert_cmpuint (lc_participants_set_status (f->undo, one, LC_PARTICIPANT_STATUS_DECLINED, NULL, &error), ==, 1);
  g_assert_no_error (error);
  lc_undo_stack_clear (f->undo);
}

static LcImportPlan *
plan (Fixture    *f,
      const char *csv)
{
  g_autoptr(GError) error = NULL;
  LcImportPlan *p = lc_import_plan_new_for_data (f->store, f->convention, LC_CSV_IMPORT_SPEAKERS, csv,
                                                 strlen (csv), "people.csv", NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return p;
}

static LcPerson *
person_named (Fixture    *f,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) people = lc_store_list (f->store, LC_TYPE_PERSON, "convention_id", f->convention, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      if (g_str_equal (lc_person_get_name (person, LC_LANGUAGE_ENGLISH), name)
          || g_str_equal (lc_person_get_name (person, LC_LANGUAGE_ARABIC), name))
        return g_steal_pointer (&person);
    }
  return NULL;
}

static guint
n_changes (Fixture *f)
{
  return lc_store_count (f->store, LC_TYPE_STATUS_CHANGE, "convention_id", f->convention, NULL);
}

/* English and Arabic headers and words; a new delegate confirmed, a
 * journalist invited (no change to keep), the one who declined confirmed. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  static const char csv[] =
    "Name,Category,Status,Represents,Email\r\n"
    "Omar El Fassi,Delegate,Confirmed,Ministry of Education,omar@example.org\r\n"
    "Lina Haddad,press,invited,,lina@example.org\r\n"
    "Samah Shalaby,مندوب,مؤكد,,\r\n";
  static const char arabic[] =
    "الاسم,الفئة,الحالة,يمثل\r\n"
    "عمر الفاسي,مندوب,حضر عن بعد,وزارة التعليم\r\n";
  g_autoptr(LcImportPlan) p = NULL;
  g_autoptr(LcImportPlan) q = NULL;
  g_autoptr(LcPerson) omar = NULL, lina = NULL, samah = NULL;
  g_autoptr(GError) error = NULL;

  add_declined (f);
  p = plan (f, csv);
  g_assert_cmpuint (lc_import_plan_count (p, LC_IMPORT_ROW_ADD), ==, 2);
  g_assert_cmpuint (lc_import_plan_count (p, LC_IMPORT_ROW_UPDATE), ==, 1);
  g_assert_true (lc_import_plan_apply (p, f->store, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  lc_undo_stack_record_applied (f->undo, "Import Speakers", lc_import_plan_take_changes (p));

  omar = person_named (f, "Omar El Fassi");
  lina = person_named (f, "Lina Haddad");
  samah = person_named (f, "Samah Shalaby");
  g_assert_cmpint (lc_person_get_category (omar), ==, LC_PARTICIPANT_CATEGORY_DELEGATE);
  g_assert_cmpint (lc_person_get_status (omar), ==, LC_PARTICIPANT_STATUS_CONFIRMED);
  g_assert_cmpint (lc_person_get_represents (omar), ==, LC_REPRESENTS_OTHER);
  g_assert_cmpstr (lc_person_get_represents_text (omar, LC_LANGUAGE_ENGLISH), ==, "Ministry of Education");
  g_assert_cmpstr (lc_person_get_email (omar), ==, "omar@example.org");
  g_assert_cmpint (lc_person_get_category (lina), ==, LC_PARTICIPANT_CATEGORY_PRESS);
  g_assert_cmpint (lc_person_get_status (lina), ==, LC_PARTICIPANT_STATUS_INVITED);
  g_assert_cmpint (lc_person_get_represents (lina), ==, LC_REPRESENTS_UNSET);
  g_assert_cmpint (lc_person_get_status (samah), ==, LC_PARTICIPANT_STATUS_CONFIRMED);
  /* Samah's decline, then her confirmation and Omar's. */
  g_assert_cmpuint (n_changes (f), ==, 3);

  /* The Arabic sheet updates Omar by his Arabic name? He has none yet: a
   * new row by that name would be another person, so give him one first. */
  lc_record_set_text (LC_RECORD (omar), "name", "عمر الفاسي", "Omar El Fassi");
  g_assert_true (lc_store_update (f->store, LC_RECORD (omar), &error));
  q = plan (f, arabic);
  g_assert_cmpuint (lc_import_plan_count (q, LC_IMPORT_ROW_UPDATE), ==, 1);
  g_assert_true (lc_import_plan_apply (q, f->store, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&omar);
  omar = person_named (f, "Omar El Fassi");
  g_assert_cmpint (lc_person_get_status (omar), ==, LC_PARTICIPANT_STATUS_ATTENDED_ONLINE);
  g_assert_cmpstr (lc_person_get_represents_text (omar, LC_LANGUAGE_ARABIC), ==, "وزارة التعليم");
  g_assert_cmpuint (n_changes (f), ==, 4);
}

/* Undoing the import takes the people and the changes it kept. */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(LcImportPlan) p = NULL;
  g_autoptr(LcPerson) samah = NULL;
  g_autoptr(GError) error = NULL;

  add_declined (f);
  p = plan (f, "Name,Status\nOmar El Fassi,confirmed\nSamah Shalaby,confirmed\n");
  g_assert_true (lc_import_plan_apply (p, f->store, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  lc_undo_stack_record_applied (f->undo, "Import Speakers", lc_import_plan_take_changes (p));
  g_assert_cmpuint (n_changes (f), ==, 3);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_changes (f), ==, 1);
  g_assert_null (person_named (f, "Omar El Fassi"));
  samah = person_named (f, "Samah Shalaby");
  g_assert_cmpint (lc_person_get_status (samah), ==, LC_PARTICIPANT_STATUS_DECLINED);
}

/* Rows the plan refuses: each names its line and column; nothing is
 * written, whatever the other rows hold. */
static void
test_rejected (Fixture       *f,
               gconstpointer  data)
{
  static const struct { const char *csv, *reason; guint line; } cases[] = {
    { "Name,Category\nOmar,guest of honour\n", "column “Category”: “guest of honour” is not one of programme", 2 },
    { "Name,Status\nOmar,maybe\n", "column “Status”: “maybe” is not one of invited, confirmed", 2 },
    { "Name,الحالة\nOmar,confirmed\nSamah Shalaby,حضر حضوريا\n",
      "column “الحالة”: the person cannot go from “Declined” to “Attended in person”", 3 },
    { "Name,Status\nSamah Shalaby,no-show\n", "the person cannot go from “Declined” to “No-show”", 2 },
    { "Name,Category\nOmar,=HYPERLINK(\"http://x\")\n", "is not one of programme", 2 },
    { "Name,Status\nOmar,\"confirmed\nyes\"\n", "is not one of invited", 2 },
  };

  add_declined (f);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LcImportPlan) p = plan (f, cases[i].csv);
      g_autoptr(GError) error = NULL;
      const LcImportRow *row = NULL;

      g_test_message ("%s", cases[i].csv);
      g_assert_cmpuint (lc_import_plan_count (p, LC_IMPORT_ROW_REJECTED), ==, 1);
      for (guint r = 0; r < lc_import_plan_get_n_rows (p); r++)
        if (lc_import_plan_get_row (p, r)->action == LC_IMPORT_ROW_REJECTED)
          row = lc_import_plan_get_row (p, r);
      g_assert_nonnull (row);
      g_assert_cmpuint (row->line, ==, cases[i].line);
      if (strstr (row->reason, cases[i].reason) == NULL)
        g_error ("“%s” does not contain “%s”", row->reason, cases[i].reason);
      g_assert_false (lc_import_plan_apply (p, f->store, NULL, NULL, NULL, &error));
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
      g_assert_null (person_named (f, "Omar"));
      g_assert_cmpuint (n_changes (f), ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* The messages quote the statuses in English. */
  g_setenv ("LANGUAGE", "en", TRUE);

  LC_TEST_ADD_CONVENTION_CASE ("/participants-import/import", "Participants", test_import);
  LC_TEST_ADD_CONVENTION_CASE ("/participants-import/undo", "Participants", test_undo);
  LC_TEST_ADD_CONVENTION_CASE ("/participants-import/rejected", "Participants", test_rejected);

  return g_test_run ();
}
