/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-people-copy.h"
#include "lc-person-photo.h"
#include "lc-csv.h"
#include "lc-sheet.h"
#include "lc-speakers-sheet.h"
#include "lc-person-contact.h"
#include "lc-test-util.h"
#include "lc-undo.h"

/*
 * People's details (issue 12): the rules for an email address and a phone
 * number as a person types them, the details stored and read back, one
 * undo step each way, and the convention file carrying them (version 3),
 * refusing bad ones by their place and still reading files of version 2.
 */

typedef gboolean (*CheckFunc) (const char *text, GError **error);

/* Every text of @good passes @check, and every one of @bad is refused with
 * a message. */
static void
assert_check (CheckFunc          check,
              const char *const *good,
              guint              n_good,
              const char *const *bad,
              guint              n_bad)
{
  for (guint i = 0; i < n_good; i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("good: %s", good[i]);
      g_assert_true (check (good[i], &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < n_bad; i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("bad: %s", bad[i]);
      g_assert_false (check (bad[i], &error));
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_email_rules (void)
{
  static const char *const good[] = {
    "", "layla@example.org", "a.b-c+tag@mail.example.co.uk", "ليلى@example.org",
    "info@بلدية.السعودية", "x@a-b.io",
  };
  static const char *const bad[] = {
    "layla", "layla@", "@example.org", "layla@example", "layla@@example.org",
    "lay la@example.org", "layla@exa mple.org", "layla@-example.org", "layla@example-.org",
    "layla@example..org", "layla.@example.org", ".layla@example.org", "la..yla@example.org",
    "layla@example.org.", "a,b@example.org", "<layla@example.org>",
  };

  assert_check (lc_person_check_email, good, G_N_ELEMENTS (good), bad, G_N_ELEMENTS (bad));
}

static void
test_email_length (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strnfill (64, 'a');
  g_autofree char *label = g_strnfill (63, 'b');
  g_autofree char *shorter = g_strnfill (57, 'c');
  g_autofree char *longest = g_strdup_printf ("%s@%s.%s.%s.org", name, label, label, shorter);
  g_autofree char *over = g_strdup_printf ("%s@%s.%s.%s.info", name, label, label, shorter);

  g_assert_cmpuint (strlen (longest), ==, LC_PERSON_EMAIL_MAX_LENGTH);
  g_assert_true (lc_person_check_email (longest, &error));
  g_assert_no_error (error);
  g_assert_false (lc_person_check_email (over, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_assert_nonnull (strstr (error->message, "254"));
}

static void
test_phone_rules (void)
{
  static const char *const good[] = {
    "", "+971501234567", "+971 50 123 4567", "+1-202-555-0143", "(04) 123-4567", "050 123 4567",
    "999", "+٩٧١٥٠١٢٣٤٥٦٧", "٠٥٠ ١٢٣ ٤٥٦٧", "+44 (20) 7946 0958",
  };
  static const char *const bad[] = {
    "+0971501234567",      /* no country code starts with 0 */
    "+9715012",            /* too short to be international */
    "+9715012345678901",   /* over E.164's 15 digits */
    "12",                  /* too short to dial */
    "1234567890123456",    /* over 15 digits */
    "050.123.4567", "050/1234567", "call 0501234567", "050 123 4567 ext 2", "50+1234",
    "(04 123 4567", "04) 123 4567", "((04)) 1234567", "+971 50 123 4567 +",
  };

  assert_check (lc_person_check_phone, good, G_N_ELEMENTS (good), bad, G_N_ELEMENTS (bad));
}

static void
test_phone_normalized (void)
{
  g_autofree char *arabic = lc_person_normalize_phone ("+٩٧١ ٥٠ ١٢٣ ٤٥٦٧");
  g_autofree char *persian = lc_person_normalize_phone ("۰۵۰-۱۲۳۴۵۶۷");
  g_autofree char *latin = lc_person_normalize_phone ("(04) 123-4567");

  g_assert_cmpstr (arabic, ==, "+971 50 123 4567");
  g_assert_cmpstr (persian, ==, "050-1234567");
  g_assert_cmpstr (latin, ==, "(04) 123-4567");
}

static void
test_language_and_bio (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *longest = g_strnfill (LC_PERSON_BIO_MAX_LENGTH, 'x');
  g_autoptr(GString) over = g_string_new (NULL);

  g_assert_true (lc_person_check_language ("", NULL));
  g_assert_true (lc_person_check_language ("ar", NULL));
  g_assert_true (lc_person_check_language ("en", NULL));
  g_assert_false (lc_person_check_language ("fr", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  g_assert_true (lc_person_check_bio (longest, NULL));
  /* Counted in characters: 2,000 Arabic letters are 4,000 bytes. */
  for (guint i = 0; i < LC_PERSON_BIO_MAX_LENGTH; i++)
    g_string_append (over, "ب");
  g_assert_true (lc_person_check_bio (over->str, NULL));
  g_string_append (over, "ب");
  g_assert_false (lc_person_check_bio (over->str, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
}

static LcPerson *
make_person (gint64 convention)
{
  LcPerson *person = g_object_new (LC_TYPE_PERSON, NULL);

  lc_person_set_convention_id (person, convention);
  lc_person_set_name (person, "ليلى حداد", "Layla Haddad");
  lc_person_set_email (person, "layla@example.org");
  lc_person_set_phone (person, "+971 50 123 4567");
  lc_person_set_bio (person, "باحثة في التعلم مدى الحياة.", "Researcher in lifelong learning.");
  lc_person_set_language (person, "ar");
  return person;
}

static void
assert_details (LcRecord   *person,
                const char *email,
                const char *phone,
                const char *bio_en,
                const char *language)
{
  g_assert_cmpstr (lc_person_get_email (LC_PERSON (person)), ==, email);
  g_assert_cmpstr (lc_person_get_phone (LC_PERSON (person)), ==, phone);
  g_assert_cmpstr (lc_person_get_bio (LC_PERSON (person), LC_LANGUAGE_ENGLISH), ==, bio_en);
  g_assert_cmpstr (lc_person_get_language (LC_PERSON (person)), ==, language);
}

/* Stored, changed as one undo step, undone and redone, each time read back
 * from the library itself. */
static void
test_store_and_undo (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(LcUndoStack) undo = lc_undo_stack_new (store);
  gint64 convention = lc_test_add_convention (store, "People", "2023-05-10", "2023-05-11");
  g_autoptr(LcPerson) person = make_person (convention);
  g_autoptr(LcRecord) copy = NULL;
  g_autoptr(LcRecord) read = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (lc_undo_stack_insert (undo, LC_RECORD (person), "Add Person", &error));
  g_assert_no_error (error);
  id = lc_record_get_id (LC_RECORD (person));
  read = lc_store_get (store, LC_TYPE_PERSON, id, &error);
  g_assert_no_error (error);
  assert_details (read, "layla@example.org", "+971 50 123 4567", "Researcher in lifelong learning.", "ar");
  g_assert_cmpstr (lc_person_get_bio (LC_PERSON (read), LC_LANGUAGE_ARABIC), ==, "باحثة في التعلم مدى الحياة.");

  copy = lc_record_copy (read);
  lc_person_set_email (LC_PERSON (copy), "l.haddad@example.net");
  lc_person_set_phone (LC_PERSON (copy), "");
  lc_person_set_language (LC_PERSON (copy), "en");
  g_assert_true (lc_undo_stack_update (undo, copy, "Edit Person", &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = lc_store_get (store, LC_TYPE_PERSON, id, &error);
  assert_details (read, "l.haddad@example.net", "", "Researcher in lifelong learning.", "en");

  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, 2);
  g_assert_true (lc_undo_stack_undo (undo, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = lc_store_get (store, LC_TYPE_PERSON, id, &error);
  assert_details (read, "layla@example.org", "+971 50 123 4567", "Researcher in lifelong learning.", "ar");

  g_assert_true (lc_undo_stack_redo (undo, &error));
  g_assert_no_error (error);
  g_clear_object (&read);
  read = lc_store_get (store, LC_TYPE_PERSON, id, &error);
  assert_details (read, "l.haddad@example.net", "", "Researcher in lifelong learning.", "en");

  /* The library itself refuses a language it does not know. */
  lc_person_set_language (LC_PERSON (read), "fr");
  g_assert_false (lc_store_update (store, read, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* Exported and imported into another library, the details come back;
 * the file says them in version 3. */
static void
test_file_round_trip (void)
{
  g_autofree char *dir = NULL, *dir2 = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(LcStore) store2 = lc_test_open_store (&dir2);
  gint64 convention = lc_test_add_convention (store, "People", "2023-05-10", "2023-05-11");
  g_autoptr(LcPerson) layla = make_person (convention);
  g_autoptr(LcPerson) omar = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(LcRecord) first = NULL, second = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length;
  gint64 imported;

  lc_person_set_convention_id (omar, convention);
  lc_person_set_name (omar, NULL, "Omar");
  g_assert_true (lc_store_insert (store, LC_RECORD (layla), &error));
  g_assert_true (lc_store_insert (store, LC_RECORD (omar), &error));
  g_assert_no_error (error);

  data = lc_convention_export_data (store, convention, &length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (data, "\"version\" : 5"));
  g_assert_nonnull (strstr (data, "\"email\" : \"layla@example.org\""));
  g_assert_nonnull (strstr (data, "\"language\" : null"));

  imported = lc_convention_import_data (store2, data, length, "people.json", &error);
  g_assert_no_error (error);
  people = lc_store_list (store2, LC_TYPE_PERSON, "convention_id", imported, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 2);
  first = g_list_model_get_item (G_LIST_MODEL (people), 0);
  second = g_list_model_get_item (G_LIST_MODEL (people), 1);
  assert_details (first, "layla@example.org", "+971 50 123 4567", "Researcher in lifelong learning.", "ar");
  g_assert_cmpstr (lc_person_get_bio (LC_PERSON (first), LC_LANGUAGE_ARABIC), ==, "باحثة في التعلم مدى الحياة.");
  assert_details (second, "", "", "", "");

  g_clear_object (&store);
  g_clear_object (&store2);
  lc_test_remove_tree (dir);
  lc_test_remove_tree (dir2);
}

#define FILE_HEAD(version) \
  "{\"format\": \"learning-cities-convention\", \"version\": " version ", " \
  "\"convention\": {\"title\": {\"en\": \"Convention\"}, \"start_date\": \"2023-05-10\", " \
  "\"end_date\": \"2023-05-11\", \"time_zone\": \"Asia/Riyadh\"}, \"rooms\": [], \"cities\": [], "
#define FILE_TAIL ", \"items\": []}"

/* A file of version 2, written before people had details, still reads. */
static void
test_old_file (void)
{
  static const char old[] = FILE_HEAD ("2") "\"people\": [{\"id\": \"p1\", \"name\": {\"en\": \"Ann\"}}]" FILE_TAIL;
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GListStore) people = NULL;
  g_autoptr(LcRecord) ann = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = lc_convention_import_data (store, old, strlen (old), "old.json", &error);
  g_assert_no_error (error);
  people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", id, &error);
  g_assert_no_error (error);
  ann = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (lc_person_get_name (LC_PERSON (ann), LC_LANGUAGE_ENGLISH), ==, "Ann");
  assert_details (ann, "", "", "", "");

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* Bad details are refused by their place in the file, and nothing of the
 * file reaches the library. */
static void
test_bad_file (void)
{
  static const struct { const char *people; const char *place; } cases[] = {
    { "{\"id\": \"p1\", \"email\": \"ann at example.org\"}", "people[0].email: " },
    { "{\"id\": \"p1\"}, {\"id\": \"p2\", \"phone\": \"call me\"}", "people[1].phone: " },
    { "{\"id\": \"p1\", \"phone\": 971501234567}", "people[0].phone: " },
    { "{\"id\": \"p1\", \"language\": \"fr\"}", "people[0].language: " },
    { "{\"id\": \"p1\", \"bio\": {\"en\": 3}}", "people[0].bio.en: " },
  };
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *data = g_strconcat (FILE_HEAD ("3") "\"people\": [", cases[i].people, "]" FILE_TAIL, NULL);
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", data);
      g_assert_cmpint (lc_convention_import_data (store, data, strlen (data), "bad.json", &error), ==, 0);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, cases[i].place));
      g_assert_cmpint (lc_store_count (store, LC_TYPE_PERSON, NULL, 0, &error), ==, 0);
    }

  /* Too long a biography, by its language. */
  {
    g_autofree char *bio = g_strnfill (LC_PERSON_BIO_MAX_LENGTH + 1, 'x');
    g_autofree char *data = g_strdup_printf (FILE_HEAD ("3") "\"people\": [{\"id\": \"p1\", "
                                             "\"bio\": {\"ar\": \"\", \"en\": \"%s\"}}]" FILE_TAIL, bio);
    g_autoptr(GError) error = NULL;

    g_assert_cmpint (lc_convention_import_data (store, data, strlen (data), "bad.json", &error), ==, 0);
    g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
    g_assert_nonnull (strstr (error->message, "people[0].bio.en: "));
  }

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

static LcPerson *
add_person (LcStore    *store,
            gint64      convention,
            const char *name_en,
            const char *email,
            gint64      city)
{
  LcPerson *person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(GError) error = NULL;

  lc_person_set_convention_id (person, convention);
  lc_person_set_name (person, NULL, name_en);
  lc_person_set_email (person, email);
  lc_person_set_city_id (person, city);
  g_assert_true (lc_store_insert (store, LC_RECORD (person), &error));
  g_assert_no_error (error);
  return person;
}

static gint64
add_city (LcStore    *store,
          gint64      convention,
          const char *name_en)
{
  g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
  g_autoptr(GError) error = NULL;

  lc_record_set_int (city, "convention-id", convention);
  lc_record_set_string (city, "name-en", name_en);
  g_assert_true (lc_store_insert (store, city, &error));
  g_assert_no_error (error);
  return lc_record_get_id (city);
}

/* The English names of a convention's people, in the order added. */
static char *
names_of (LcStore *store,
          gint64   convention)
{
  g_autoptr(GListStore) people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention, NULL);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
    {
      g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);

      g_string_append_printf (names, "%s%s", i ? "|" : "", lc_person_get_name (person, LC_LANGUAGE_ENGLISH));
    }
  return g_string_free (names, FALSE);
}

/* Everyone of the other conventions offered once, as the latest knew them;
 * the chosen copied with their details as new records, one undo step; who
 * is here already is marked and never added twice. */
static void
test_copy_from_earlier (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(LcUndoStack) undo = lc_undo_stack_new (store);
  gint64 first = lc_test_add_convention (store, "First", "2022-05-10", "2022-05-11");
  gint64 second = lc_test_add_convention (store, "Second", "2023-05-10", "2023-05-11");
  gint64 now = lc_test_add_convention (store, "Now", "2024-05-10", "2024-05-11");
  gint64 yanbu_then = add_city (store, first, "Yanbu");
  gint64 yanbu_now = add_city (store, now, "Yanbu");
  g_autoptr(LcPerson) layla = add_person (store, first, "Layla Haddad", "layla@example.org", yanbu_then);
  g_autoptr(LcPerson) omar_then = add_person (store, first, "Omar Khoury", "omar@old.example.org", 0);
  g_autoptr(LcPerson) omar = add_person (store, second, "Omar Khoury", "omar@example.org", 0);
  g_autoptr(LcPerson) sara_then = add_person (store, second, "Sara Ali", "", 0);
  g_autoptr(LcPerson) sara = add_person (store, now, " sara ali ", "", 0);
  g_autoptr(GListStore) earlier = NULL;
  g_autoptr(GListStore) here = NULL;
  g_autoptr(GPtrArray) chosen = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;
  g_autofree char *after = NULL;

  earlier = lc_people_list_earlier (store, now, &error);
  g_assert_no_error (error);
  /* Newest convention first; Omar once, with his latest address. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (earlier)), ==, 3);
  {
    g_autoptr(LcPerson) p0 = g_list_model_get_item (G_LIST_MODEL (earlier), 0);
    g_autoptr(LcPerson) p1 = g_list_model_get_item (G_LIST_MODEL (earlier), 1);
    g_autoptr(LcPerson) p2 = g_list_model_get_item (G_LIST_MODEL (earlier), 2);

    g_assert_cmpstr (lc_person_get_email (p0), ==, "omar@example.org");
    g_assert_cmpstr (lc_person_get_name (p1, LC_LANGUAGE_ENGLISH), ==, "Sara Ali");
    g_assert_cmpstr (lc_person_get_name (p2, LC_LANGUAGE_ENGLISH), ==, "Layla Haddad");
  }

  /* Sara is here already, whatever the case and spaces. */
  here = lc_store_list (store, LC_TYPE_PERSON, "convention_id", now, &error);
  g_assert_true (lc_people_is_present (G_LIST_MODEL (here), sara_then));
  g_assert_false (lc_people_is_present (G_LIST_MODEL (here), layla));

  g_ptr_array_add (chosen, layla);
  g_ptr_array_add (chosen, omar);
  g_ptr_array_add (chosen, sara_then);
  g_assert_cmpuint (lc_people_copy_into (undo, now, chosen, &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, 1);
  after = names_of (store, now);
  g_assert_cmpstr (after, ==, " sara ali |Layla Haddad|Omar Khoury");

  /* New records with their details, the city the one of this convention,
   * and the earlier ones untouched. */
  {
    g_autoptr(GListStore) people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", now, NULL);
    g_autoptr(LcPerson) copy = g_list_model_get_item (G_LIST_MODEL (people), 1);
    g_autoptr(LcRecord) original = lc_store_get (store, LC_TYPE_PERSON, lc_record_get_id (LC_RECORD (layla)), NULL);

    g_assert_cmpint (lc_record_get_id (LC_RECORD (copy)), !=, lc_record_get_id (LC_RECORD (layla)));
    g_assert_true (lc_uid_is_valid (lc_record_get_uid (LC_RECORD (copy))));
    g_assert_cmpstr (lc_record_get_uid (LC_RECORD (copy)), !=, lc_record_get_uid (original));
    g_assert_cmpstr (lc_person_get_email (copy), ==, "layla@example.org");
    g_assert_cmpint (lc_person_get_city_id (copy), ==, yanbu_now);
    g_assert_cmpint (lc_person_get_convention_id (LC_PERSON (original)), ==, first);
    g_assert_cmpint (lc_person_get_city_id (LC_PERSON (original)), ==, yanbu_then);
  }

  /* One step back and forth. */
  g_assert_true (lc_undo_stack_undo (undo, &error));
  names = names_of (store, now);
  g_assert_cmpstr (names, ==, " sara ali ");
  g_clear_pointer (&names, g_free);
  g_assert_true (lc_undo_stack_redo (undo, &error));
  g_assert_no_error (error);
  names = names_of (store, now);
  g_assert_cmpstr (names, ==, after);
  g_clear_pointer (&names, g_free);

  /* Chosen again, nobody is added twice, and no step is left. */
  g_assert_cmpuint (lc_people_copy_into (undo, now, chosen, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (undo), ==, 1);
  names = names_of (store, now);
  g_assert_cmpstr (names, ==, after);
  (void) omar_then;
  (void) sara;

  g_clear_object (&undo);
  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* A convention with a city, three people and an item with two of them. */
static gint64
make_programme (LcStore *store)
{
  gint64 convention = lc_test_add_convention (store, "Sheet", "2023-05-10", "2023-05-11");
  gint64 yanbu = add_city (store, convention, "Yanbu");
  g_autoptr(LcPerson) layla = make_person (convention);
  g_autoptr(LcPerson) omar = add_person (store, convention, "Omar, \"the\" Khoury", "", 0);
  g_autoptr(LcPerson) tricky = add_person (store, convention, "=HYPERLINK(\"x\")", "", 0);
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(GError) error = NULL;

  lc_person_set_city_id (layla, yanbu);
  lc_record_set_string (LC_RECORD (layla), "honorific-en", "Dr");
  lc_record_set_string (LC_RECORD (layla), "organisation-en", "UNESCO");
  g_assert_true (lc_store_insert (store, LC_RECORD (layla), &error));
  lc_record_set_int (item, "convention-id", convention);
  lc_record_set_string (item, "title-en", "Opening");
  lc_record_set_string (item, "day", "2023-05-10");
  lc_record_set_int (item, "start-minute", 9 * 60);
  lc_record_set_int (item, "end-minute", 10 * 60);
  g_assert_true (lc_store_insert (store, item, &error));
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);

      lc_record_set_int (part, "item-id", lc_record_get_id (item));
      lc_record_set_int (part, "person-id", lc_record_get_id (LC_RECORD (i < 2 ? layla : omar)));
      lc_record_set_int (part, "role", i == 0 ? LC_ROLE_MODERATOR : LC_ROLE_SPEAKER);
      lc_record_set_int (part, "position", i);
      g_assert_true (lc_store_insert (store, part, &error));
    }
  g_assert_no_error (error);
  (void) tricky;
  return convention;
}

/* Rows as read back, each cell joined by '|' and rows by '\n', trailing
 * empty cells dropped as a sheet reader drops them. */
static char *
join_rows (GPtrArray *rows)
{
  GString *out = g_string_new (NULL);

  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);
      guint n = g_strv_length (cells);

      while (n > 0 && *cells[n - 1] == '\0')
        n--;
      for (guint c = 0; c < n; c++)
        g_string_append_printf (out, "%s%s", c ? "|" : "", cells[c]);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static char *
read_back (const char *path)
{
  g_autofree char *data = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(LcSheetReader) reader = NULL;
  g_autoptr(GError) error = NULL;
  GStrv cells;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  reader = lc_sheet_reader_new (data, length, path, &error);
  g_assert_no_error (error);
  while (lc_sheet_reader_next (reader, &cells, NULL, &error))
    g_ptr_array_add (rows, cells);
  g_assert_no_error (error);
  return join_rows (rows);
}

/* The speakers' sheet: who, with which details, roles and items; as CSV
 * by RFC 4180 with formulas defused, and as an .ods that the project's own
 * reader and LibreOffice read back cell for cell. */
static void
test_speakers_sheet (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 convention = make_programme (store);
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *joined = NULL, *csv = NULL, *ods_rows = NULL;
  g_autofree char *csv_path = g_build_filename (dir, "speakers.csv", NULL);
  g_autofree char *ods_path = g_build_filename (dir, "speakers.ods", NULL);
  g_autofree char *converted = NULL;
  gsize length;

  /* Layla has a photo: the sheet says so, and no one else's. */
  {
    g_autofree char *png = lc_test_write_photo (dir, "face.png", FALSE, 40, 40, 0x336699ff);
    g_autofree char *hash = lc_person_store_photo (store, png, &error);
    g_autoptr(GListStore) people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (people)); i++)
      {
        g_autoptr(LcRecord) person = g_list_model_get_item (G_LIST_MODEL (people), i);

        if (g_str_equal (lc_record_get_string (person, "name-en"), "Layla Haddad"))
          {
            lc_person_set_photo (LC_PERSON (person), hash);
            g_assert_true (lc_store_update (store, person, &error));
            g_assert_no_error (error);
          }
      }
  }

  rows = lc_speakers_sheet_rows (store, convention, LC_LANGUAGE_ENGLISH, &error);
  g_assert_no_error (error);
  joined = join_rows (rows);
  g_assert_cmpstr (joined, ==,
                   "Honorific|Name (Arabic)|Name (English)|Position|Organisation|City|Email|Phone|Roles|Items|Photo\n"
                   "||Omar, \"the\" Khoury||||||Speaker|Opening|No\n"
                   "||=HYPERLINK(\"x\")||||||||No\n"
                   "Dr|ليلى حداد|Layla Haddad||UNESCO|Yanbu|layla@example.org|+971 50 123 4567|Moderator, Speaker|Opening|Yes\n");

  /* CSV: a byte order mark, CRLF, quotes doubled, the formula defused,
   * the phone number left as it is. */
  g_assert_true (lc_speakers_sheet_write (store, convention, LC_LANGUAGE_ENGLISH, csv_path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (csv_path, &csv, &length, &error));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFHonorific,Name (Arabic),"));
  g_assert_true (g_str_has_suffix (csv, ",\"Moderator, Speaker\",Opening,Yes\r\n"));
  g_assert_nonnull (strstr (csv, ",\"Omar, \"\"the\"\" Khoury\","));
  g_assert_nonnull (strstr (csv, ",\"'=HYPERLINK(\"\"x\"\")\","));
  g_assert_nonnull (strstr (csv, ",+971 50 123 4567,"));
  {
    g_autoptr(LcCsvReader) reader = lc_csv_reader_new (csv, length, "speakers.csv", &error);
    g_autoptr(GPtrArray) back = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
    g_autofree char *csv_rows = NULL;
    GStrv cells;

    g_assert_no_error (error);
    while (lc_csv_reader_next (reader, &cells, NULL, &error))
      g_ptr_array_add (back, cells);
    g_assert_no_error (error);
    csv_rows = join_rows (back);
    g_assert_cmpstr (csv_rows, ==,
                     "Honorific|Name (Arabic)|Name (English)|Position|Organisation|City|Email|Phone|Roles|Items|Photo\n"
                     "||Omar, \"the\" Khoury||||||Speaker|Opening|No\n"
                     "||'=HYPERLINK(\"x\")||||||||No\n"
                     "Dr|ليلى حداد|Layla Haddad||UNESCO|Yanbu|layla@example.org|+971 50 123 4567|Moderator, Speaker|Opening|Yes\n");
  }

  /* .ods: every cell back as written, through the project's reader. */
  g_assert_true (lc_speakers_sheet_write (store, convention, LC_LANGUAGE_ENGLISH, ods_path, &error));
  g_assert_no_error (error);
  ods_rows = read_back (ods_path);
  g_assert_cmpstr (ods_rows, ==, joined);

  /* Another name is refused, saying which to use, and nothing is written. */
  {
    g_autofree char *xls = g_build_filename (dir, "speakers.xls", NULL);

    g_assert_false (lc_speakers_sheet_write (store, convention, LC_LANGUAGE_ENGLISH, xls, &error));
    g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
    g_assert_nonnull (strstr (error->message, ".ods"));
    g_assert_false (g_file_test (xls, G_FILE_TEST_EXISTS));
    g_clear_error (&error);
  }

  /* LibreOffice opens it too: saved again as .xlsx, the same cells. */
  converted = lc_test_libreoffice_convert (ods_path, "xlsx", NULL);
  if (converted != NULL)
    {
      g_autofree char *again = read_back (converted);

      g_assert_cmpstr (again, ==, joined);
    }

  g_clear_object (&store);
  lc_test_remove_tree (dir);
}

/* --export-speakers as a person runs it: in Arabic, the headers and the
 * texts in Arabic; a name of another kind refused with the reason. */
static void
test_speakers_sheet_cli (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 convention = make_programme (store);
  g_autofree char *db = g_build_filename (dir, "library.db", NULL);
  g_autofree char *out = g_build_filename (dir, "sheet.ods", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, convention);
  g_autofree char *option = g_strconcat ("--export-speakers=", out, NULL);
  g_autofree char *rows = NULL;
  g_auto(LcTestRun) run = { 0 };
  LcTestRun refused = { 0 };

  g_assert_cmpstr (lc_store_get_path (store), ==, db);
  g_clear_object (&store);
  lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id, option, "--language=ar", NULL });
  g_test_message ("%s%s", run.out, run.err);
  g_assert_cmpint (run.status, ==, 0);
  rows = read_back (out);
  g_assert_true (g_str_has_prefix (rows, "اللقب|"));
  g_assert_nonnull (strstr (rows, "|ليلى حداد|Layla Haddad|"));

  lc_test_run_cli (&refused, (const char *[]) { "--database", db, "--convention", id,
                                                "--export-speakers=sheet.xlsx", NULL });
  g_assert_cmpint (refused.status, ==, 1);
  g_assert_nonnull (strstr (refused.err, ".csv"));
  lc_test_run_clear (&refused);

  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/people/email-rules", test_email_rules);
  g_test_add_func ("/people/email-length", test_email_length);
  g_test_add_func ("/people/phone-rules", test_phone_rules);
  g_test_add_func ("/people/phone-normalized", test_phone_normalized);
  g_test_add_func ("/people/language-and-bio", test_language_and_bio);
  g_test_add_func ("/people/store-and-undo", test_store_and_undo);
  g_test_add_func ("/people/file-round-trip", test_file_round_trip);
  g_test_add_func ("/people/old-file", test_old_file);
  g_test_add_func ("/people/bad-file", test_bad_file);
  g_test_add_func ("/people/copy-from-earlier", test_copy_from_earlier);
  g_test_add_func ("/people/speakers-sheet", test_speakers_sheet);
  g_test_add_func ("/people/speakers-sheet-cli", test_speakers_sheet_cli);

  return g_test_run ();
}
