/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>

#include "lc-convention-io.h"
#include "lc-error.h"
#include "lc-organisation.h"
#include "lc-test-util.h"

/*
 * A convention's organisations (lc-organisation.c): added after the last,
 * edited, reordered and deleted, each one undo step read back from the
 * library; what a person types is checked; a person may point at one, and
 * keeps their other details when it goes; logos are images scaled down, and
 * anything else is refused naming the file.
 */

typedef struct
{
  char        *dir;
  LcStore     *store;
  LcUndoStack *undo;
  gint64       convention;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->store = lc_test_open_store (&f->dir);
  f->undo = lc_undo_stack_new (f->store);
  f->convention = lc_test_add_convention (f->store, "Partners", "2023-05-10", "2023-05-11");
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

static GListStore *
list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListStore *organisations = lc_organisations_list (f->store, f->convention, &error);

  g_assert_no_error (error);
  return organisations;
}

/* The English names as the library orders them, each with its role. */
static char *
stored (Fixture *f)
{
  g_autoptr(GListStore) organisations = list (f);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (organisations)); i++)
    {
      g_autoptr(LcOrganisation) o = g_list_model_get_item (G_LIST_MODEL (organisations), i);

      g_string_append_printf (out, "%s%s:%s", i ? "|" : "",
                              lc_enum_to_nick (LC_TYPE_ORGANISATION_ROLE, lc_organisation_get_role (o)),
                              lc_organisation_get_name (o, LC_LANGUAGE_ENGLISH));
    }
  return g_string_free (out, FALSE);
}

static LcOrganisation *
add (Fixture            *f,
     const char         *ar,
     const char         *en,
     LcOrganisationRole  role)
{
  g_autoptr(GListStore) organisations = list (f);
  g_autoptr(GError) error = NULL;
  LcOrganisation *o = g_object_new (LC_TYPE_ORGANISATION, NULL);

  lc_organisation_set_convention_id (o, f->convention);
  lc_organisation_set_name (o, ar, en);
  lc_organisation_set_role (o, role);
  g_assert_true (lc_organisations_add (f->undo, G_LIST_MODEL (organisations), o, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lc_record_get_id (LC_RECORD (o)), >, 0);
  return o;
}

static void
test_add_edit_move_undo (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LcOrganisation) host = add (f, "الهيئة الملكية", "  Royal Commission ", LC_ORGANISATION_ROLE_HOST);
  g_autoptr(LcOrganisation) partner = add (f, "", "UIL", LC_ORGANISATION_ROLE_PARTNER);
  g_autoptr(LcOrganisation) edited = NULL;
  g_autoptr(GListStore) organisations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *names = NULL;

  g_assert_cmpstr ((names = stored (f)), ==, "host:Royal Commission|partner:UIL");
  g_clear_pointer (&names, g_free);
  g_assert_cmpstr (lc_undo_stack_get_undo_label (f->undo), ==, "Undo Add Organisation");

  /* Every field, one step. */
  edited = LC_ORGANISATION (lc_record_copy (LC_RECORD (partner)));
  lc_organisation_set_name (edited, "معهد اليونسكو", "UNESCO Institute for Lifelong Learning");
  lc_organisation_set_role (edited, LC_ORGANISATION_ROLE_SPONSOR);
  lc_organisation_set_country (edited, "DE");
  lc_organisation_set_website (edited, " https://www.uil.unesco.org/ ");
  g_assert_true (lc_organisations_update (f->undo, edited, &error));
  g_assert_no_error (error);
  g_assert_cmpstr ((names = stored (f)), ==, "host:Royal Commission|sponsor:UNESCO Institute for Lifelong Learning");
  g_clear_pointer (&names, g_free);
  {
    g_autoptr(LcRecord) back = lc_store_get (f->store, LC_TYPE_ORGANISATION, lc_record_get_id (LC_RECORD (partner)), &error);

    g_assert_no_error (error);
    g_assert_cmpstr (lc_organisation_get_country (LC_ORGANISATION (back)), ==, "DE");
    g_assert_cmpstr (lc_organisation_get_website (LC_ORGANISATION (back)), ==, "https://www.uil.unesco.org/");
    g_assert_cmpstr (lc_organisation_get_name (LC_ORGANISATION (back), LC_LANGUAGE_ARABIC), ==, "معهد اليونسكو");
  }

  /* Reordered: the sponsor first, one step; undone and redone. */
  organisations = list (f);
  g_assert_true (lc_organisations_move (f->undo, G_LIST_MODEL (organisations), 1, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr ((names = stored (f)), ==, "sponsor:UNESCO Institute for Lifelong Learning|host:Royal Commission");
  g_clear_pointer (&names, g_free);
  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_cmpstr ((names = stored (f)), ==, "host:Royal Commission|sponsor:UNESCO Institute for Lifelong Learning");
  g_clear_pointer (&names, g_free);
  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_cmpstr ((names = stored (f)), ==, "sponsor:UNESCO Institute for Lifelong Learning|host:Royal Commission");
  g_clear_pointer (&names, g_free);

  /* Undo the move, the edit and both additions: nothing is left. */
  for (int i = 0; i < 4; i++)
    g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  g_assert_cmpstr ((names = stored (f)), ==, "");
  g_clear_pointer (&names, g_free);
  g_assert_true (lc_undo_stack_redo (f->undo, &error));
  g_assert_cmpstr ((names = stored (f)), ==, "host:Royal Commission");
}

static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  static const struct { const char *en, *country, *website, *says; } cases[] = {
    { "  ", "", "", "a name in Arabic or in English" },
    { "UIL", "de", "", "“de” is not a country code" },
    { "UIL", "DEU", "", "“DEU” is not a country code" },
    { "UIL", "", "www.uil.org", "“www.uil.org” is not a web address" },
    { "UIL", "", "javascript:alert(1)", "is not a web address" },
    { "UIL", "", "ftp://uil.org/", "is not a web address" },
    { "UIL", "", "https://", "is not a web address" },
    { "UIL", "", "https://uil.org/a b", "is not a web address" },
  };
  g_autofree char *names = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GListStore) organisations = list (f);
      g_autoptr(LcOrganisation) o = g_object_new (LC_TYPE_ORGANISATION, NULL);
      g_autoptr(GError) error = NULL;

      lc_organisation_set_convention_id (o, f->convention);
      lc_organisation_set_name (o, "", cases[i].en);
      lc_organisation_set_country (o, cases[i].country);
      lc_organisation_set_website (o, cases[i].website);
      g_assert_false (lc_organisations_add (f->undo, G_LIST_MODEL (organisations), o, &error));
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
  g_assert_cmpstr ((names = stored (f)), ==, "");
  g_assert_false (lc_undo_stack_get_can_undo (f->undo));
}

/* A person's organisation: one of the convention's, never another's; when
 * it goes the person stays, and undo brings the link back. */
static void
test_person_link (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LcOrganisation) uil = add (f, "", "UIL", LC_ORGANISATION_ROLE_ORGANISER);
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(LcRecord) stranger = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(LcRecord) back = NULL;
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other = lc_test_add_convention (f->store, "Other", "2023-01-01", "2023-01-02");

  lc_record_set_int (person, "convention-id", f->convention);
  lc_record_set_string (person, "name-en", "Raúl Valdés");
  lc_record_set_int (person, "organisation-id", lc_record_get_id (LC_RECORD (uil)));
  g_assert_true (lc_undo_stack_insert (f->undo, person, "Add Person", &error));
  g_assert_no_error (error);

  lc_record_set_int (stranger, "convention-id", other);
  lc_record_set_int (stranger, "organisation-id", lc_record_get_id (LC_RECORD (uil)));
  g_assert_false (lc_store_insert (f->store, stranger, &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_CONSTRAINT);
  g_clear_error (&error);

  people = lc_organisations_list_people (f->store, uil, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);

  g_assert_true (lc_organisations_delete (f->undo, uil, &error));
  g_assert_no_error (error);
  back = lc_store_get (f->store, LC_TYPE_PERSON, lc_record_get_id (person), &error);
  g_assert_cmpint (lc_record_get_int (back, "organisation-id"), ==, 0);
  g_assert_cmpstr (lc_record_get_string (back, "name-en"), ==, "Raúl Valdés");
  g_clear_object (&back);

  g_assert_true (lc_undo_stack_undo (f->undo, &error));
  g_assert_no_error (error);
  back = lc_store_get (f->store, LC_TYPE_PERSON, lc_record_get_id (person), &error);
  g_assert_cmpint (lc_record_get_int (back, "organisation-id"), ==, lc_record_get_id (LC_RECORD (uil)));
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *contents,
            gssize      length)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

/* A 1000×400 image: kept as a PNG 256 pixels wide, its shape kept. */
static void
test_logo_scaled (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GdkPixbuf) big = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 1000, 400);
  g_autofree char *jpeg = NULL;
  g_autofree char *path = NULL;
  g_autofree char *logo = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GdkPixbuf) back = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  gdk_pixbuf_fill (big, 0x2060a0ff);
  g_assert_true (gdk_pixbuf_save_to_buffer (big, &jpeg, &length, "jpeg", &error, NULL));
  path = write_file (f, "logo.jpg", jpeg, length);

  logo = lc_organisation_logo_from_file (path, &error);
  g_assert_no_error (error);
  png = lc_organisation_logo_decode (logo, &error);
  g_assert_no_error (error);
  stream = g_memory_input_stream_new_from_bytes (png);
  back = gdk_pixbuf_new_from_stream (stream, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_pixbuf_get_width (back), ==, LC_ORGANISATION_LOGO_MAX_SIDE);
  g_assert_cmpint (gdk_pixbuf_get_height (back), ==, 102);
}

static void
test_logo_refused (Fixture       *f,
                   gconstpointer  data)
{
  static const guchar truncated_png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H' };
  g_autofree char *text = write_file (f, "notes.png", "Partners: UIL, ABEGS\n", -1);
  g_autofree char *cut = write_file (f, "cut.png", (const char *) truncated_png, sizeof truncated_png);
  g_autofree char *empty = write_file (f, "empty.png", "", 0);
  g_autofree char *missing = g_build_filename (f->dir, "missing.png", NULL);
  const char *paths[] = { text, cut, empty };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *logo = lc_organisation_logo_from_file (paths[i], &error);
      g_autofree char *name = g_path_get_basename (paths[i]);

      g_assert_null (logo);
      g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_FILE);
      g_test_message ("%s", error->message);
      /* The message names the file and says what to choose instead. */
      g_assert_true (g_str_has_prefix (error->message, name));
      g_assert_nonnull (strstr (error->message, "is not an image"));
      g_clear_error (&error);
    }
  g_assert_null (lc_organisation_logo_from_file (missing, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Text that is not a stored logo, as a hand-edited library may hold. */
  g_assert_null (lc_organisation_logo_decode ("not base64 <svg>", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
  g_clear_error (&error);
  g_assert_null (lc_organisation_logo_decode ("aGVsbG8=", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE);
}

/* A file bigger than the limit is refused before it is decoded. */
static void
test_logo_too_large (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree guchar *big = g_malloc0 (LC_ORGANISATION_LOGO_MAX_FILE + 1);
  g_autoptr(GError) error = NULL;

  g_assert_null (lc_organisation_logo_from_data (big, LC_ORGANISATION_LOGO_MAX_FILE + 1, "huge.png", &error));
  g_assert_error (error, LC_ERROR, LC_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "huge.png: "));
}

/* Format version 3 carries every field, the logo and a person's link, and
 * another library reads back the same; an old file's free-text host
 * becomes an organisation. */
static void
test_convention_file (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GdkPixbuf) image = gdk_pixbuf_new (GDK_COLORSPACE_RGB, TRUE, 8, 40, 20);
  g_autoptr(LcOrganisation) uil = add (f, "معهد اليونسكو", "UIL", LC_ORGANISATION_ROLE_SPONSOR);
  g_autoptr(LcOrganisation) edited = LC_ORGANISATION (lc_record_copy (LC_RECORD (uil)));
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(LcStore) other = NULL;
  g_autoptr(GListStore) read = NULL;
  g_autoptr(GListStore) people = NULL;
  g_autoptr(LcOrganisation) back = NULL;
  g_autoptr(LcRecord) back_person = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *png = NULL, *logo = NULL, *file = NULL, *again = NULL, *other_dir = NULL;
  gsize length, file_length, again_length;
  gint64 copy;
  static const char *old_file =
    "{\"format\": \"learning-cities-convention\", \"version\": 2, \"convention\": {"
    "\"uid\": \"0f8c6d2e-3b1a-4c5d-9e7f-0123456789ab\", "
    "\"title\": {\"en\": \"Old\"}, \"host\": {\"ar\": \"الهيئة الملكية\", \"en\": \"Royal Commission\"}, "
    "\"organisers\": {\"en\": \"ABEGS and UIL, with UNESCO Beirut\"}, "
    "\"start_date\": \"2023-05-10\", \"end_date\": \"2023-05-11\", \"time_zone\": \"Asia/Riyadh\"}}";

  gdk_pixbuf_fill (image, 0xc03020ff);
  g_assert_true (gdk_pixbuf_save_to_buffer (image, &png, &length, "png", &error, NULL));
  logo = lc_organisation_logo_from_data ((const guchar *) png, length, "logo.png", &error);
  g_assert_no_error (error);
  lc_organisation_set_logo (edited, logo);
  lc_organisation_set_country (edited, "DE");
  lc_organisation_set_website (edited, "https://www.uil.unesco.org/");
  g_assert_true (lc_organisations_update (f->undo, edited, &error));
  lc_record_set_int (person, "convention-id", f->convention);
  lc_record_set_string (person, "name-en", "Raúl Valdés");
  lc_record_set_int (person, "organisation-id", lc_record_get_id (LC_RECORD (uil)));
  g_assert_true (lc_store_insert (f->store, person, &error));
  g_assert_no_error (error);

  file = lc_convention_export_data (f->store, f->convention, &file_length, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (file, "\"version\" : 5"));
  other = lc_test_open_store (&other_dir);
  copy = lc_convention_import_data (other, file, file_length, "uil.json", &error);
  g_assert_no_error (error);

  read = lc_organisations_list (other, copy, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (read)), ==, 1);
  back = g_list_model_get_item (G_LIST_MODEL (read), 0);
  g_assert_cmpstr (lc_organisation_get_name (back, LC_LANGUAGE_ARABIC), ==, "معهد اليونسكو");
  g_assert_cmpint (lc_organisation_get_role (back), ==, LC_ORGANISATION_ROLE_SPONSOR);
  g_assert_cmpstr (lc_organisation_get_country (back), ==, "DE");
  g_assert_cmpstr (lc_organisation_get_website (back), ==, "https://www.uil.unesco.org/");
  g_assert_cmpstr (lc_organisation_get_logo (back), ==, logo);
  g_assert_cmpstr (lc_record_get_uid (LC_RECORD (back)), ==, lc_record_get_uid (LC_RECORD (uil)));
  people = lc_organisations_list_people (other, back, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  back_person = g_list_model_get_item (G_LIST_MODEL (people), 0);
  g_assert_cmpstr (lc_record_get_string (back_person, "name-en"), ==, "Raúl Valdés");
  again = lc_convention_export_data (other, copy, &again_length, &error);
  g_assert_cmpstr (again, ==, file);
  g_clear_object (&read);

  /* An old file: the host and (unsplit) organisers, with the identities a
   * migrated library gives them. */
  copy = lc_convention_import_data (other, old_file, strlen (old_file), "old.json", &error);
  g_assert_no_error (error);
  read = lc_organisations_list (other, copy, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (read)), ==, 2);
  {
    g_autoptr(LcOrganisation) host = g_list_model_get_item (G_LIST_MODEL (read), 0);
    g_autoptr(LcOrganisation) organisers = g_list_model_get_item (G_LIST_MODEL (read), 1);
    g_autoptr(LcRecord) convention = lc_store_get (other, LC_TYPE_CONVENTION, copy, &error);

    g_assert_cmpint (lc_organisation_get_role (host), ==, LC_ORGANISATION_ROLE_HOST);
    g_assert_cmpstr (lc_organisation_get_name (host, LC_LANGUAGE_ARABIC), ==, "الهيئة الملكية");
    g_assert_cmpstr (lc_organisation_get_name (host, LC_LANGUAGE_ENGLISH), ==, "Royal Commission");
    g_assert_cmpstr (lc_record_get_uid (LC_RECORD (host)), ==, "0f8c6d2e-3b1a-4c5d-9e7f-000000000001");
    g_assert_cmpint (lc_organisation_get_role (organisers), ==, LC_ORGANISATION_ROLE_ORGANISER);
    g_assert_cmpstr (lc_organisation_get_name (organisers, LC_LANGUAGE_ENGLISH), ==, "ABEGS and UIL, with UNESCO Beirut");
    g_assert_cmpstr (lc_record_get_string (convention, "host-en"), ==, "");
  }

  g_clear_object (&other);
  lc_test_remove_tree (other_dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/organisations/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("add-edit-move-undo", test_add_edit_move_undo);
  ADD ("refused", test_refused);
  ADD ("person-link", test_person_link);
  ADD ("logo-scaled", test_logo_scaled);
  ADD ("logo-refused", test_logo_refused);
  ADD ("logo-too-large", test_logo_too_large);
  ADD ("convention-file", test_convention_file);
#undef ADD

  return g_test_run ();
}
