/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-certificate.h"
#include "lc-test-badges.h"
#include "lc-test-pdf.h"
#include "lc-test-util.h"

/*
 * Certificates (issue 14): one PDF with a page a person, or a folder of
 * them named after the people in either script, read back with poppler;
 * the first pages in Arabic and English are left as PNG in
 * <build>/artefacts/pdf/.
 */

static void
test_safe_names (void)
{
  static const struct { const char *name, *expected; } cases[] = {
    { "Amina Haddad", "Amina Haddad" },
    { "أمينة حداد", "أمينة حداد" },                          /* Arabic kept */
    { "../../etc/passwd", "etc-passwd" },                    /* no folder, no leading dot */
    { "-rf name", "rf name" },                               /* no leading hyphen */
    { "...hidden", "hidden" },
    { "a\tb\nc\001d", "a b cd" },                            /* control characters */
    { "\342\200\256evil\342\200\254 name", "evil name" },    /* direction overrides */
    { "C:\\x*y?\"<z>|", "C--x-y---z--" },                    /* what Windows refuses */
    { "name. ", "name" },                                    /* no trailing dot or space */
    { "", "fallback" },
    { "\342\200\256", "fallback" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *safe = lc_safe_file_name (cases[i].name, "fallback");

      g_assert_cmpstr (safe, ==, cases[i].expected);
    }
}

static char *
write_signature (const char *dir)
{
  return lc_test_write_photo (dir, "signature.png", TRUE, 300, 100, 0x10204080);
}

/* A person uid whose certificate code has a first group of digits only,
 * and a second that starts with a digit (@digit) or a letter: after Arabic
 * text such a code is where the direction of its parts mattered. */
static char *
uid_with_code (const char *convention_uid,
               gboolean    digit)
{
  for (guint n = 0;; n++)
    {
      g_autofree char *uid = g_strdup_printf ("person-%u", n);
      g_autofree char *code = lc_certificate_verification_code (convention_uid, uid);
      gboolean digits = TRUE;

      for (guint i = 0; i < 4; i++)
        digits = digits && g_ascii_isdigit (code[i]);
      if (digits && g_ascii_isdigit (code[5]) == digit)
        return g_steal_pointer (&uid);
    }
}

static void
test_one_pdf (void)
{
  g_autofree char *dir = NULL;
  gint64 id;
  g_autoptr(LcStore) store = lc_test_pdf_sample_store (&dir, &id);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, id, &error);
  static const struct { LcAgendaLanguage language; const char *png; } cases[] = {
    { LC_AGENDA_LANGUAGE_ARABIC, "certificate-ar" },
    { LC_AGENDA_LANGUAGE_ENGLISH, "certificate-en" },
    { LC_AGENDA_LANGUAGE_BILINGUAL, "certificate-bilingual" },
  };
  g_autofree char *signature = write_signature (dir);
  LcCertificateOptions options = { "Dr. Jane Doe", "Director of the Convention", signature };
  guint wanted = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < set->entries->len; i++)
    {
      LcBadgeEntry *entry = g_ptr_array_index (set->entries, i);

      /* The first two pages get codes that start with digits. */
      if (lc_certificate_wanted (entry) && wanted < 2)
        {
          g_free (entry->person_uid);
          entry->person_uid = uid_with_code (set->convention_uid, wanted == 0);
        }
      wanted += lc_certificate_wanted (entry);
    }
  g_assert_cmpuint (wanted, >, 10);

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *pdf = g_build_filename (dir, "certificates.pdf", NULL);
      g_assert_true (lc_certificates_write_pdf (set, &options, pdf, cases[c].language, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (lc_test_pdf_pages (pdf), ==, wanted);
      lc_test_badges_save_png (pdf, cases[c].png);

      /* Each page is its person's: the English name, the verification
       * code, whole and in its order in an Arabic line too, and the
       * signatory (Latin text, which pdftotext reads whole). */
      for (guint p = 0, i = 0; i < set->entries->len; i++)
        {
          const LcBadgeEntry *entry = g_ptr_array_index (set->entries, i);
          g_autofree char *code = NULL, *text = NULL, *read = NULL, *name = NULL;

          if (!lc_certificate_wanted (entry) || ++p > 4)
            continue;
          code = lc_certificate_verification_code (set->convention_uid, entry->person_uid);
          text = lc_test_badges_text (pdf, p, 0, 0, 842, 596);
          g_assert_nonnull (strstr (text, code));
          if (cases[c].language == LC_AGENDA_LANGUAGE_ARABIC)
            continue;
          read = lc_test_badges_squeeze (text, FALSE);
          name = lc_test_badges_squeeze (entry->name[1], TRUE);
          g_assert_nonnull (strstr (read, name));
          g_assert_nonnull (strstr (text, "Certificate of Participation"));
          g_assert_nonnull (strstr (text, "Dr. Jane Doe"));
          g_assert_nonnull (strstr (text, "First Regional Convention for Learning Cities"));
        }
    }

  lc_test_remove_tree (dir);
}

static void
test_verification_code (void)
{
  g_autofree char *a = lc_certificate_verification_code ("c-1", "p-1");
  g_autofree char *b = lc_certificate_verification_code ("c-1", "p-1");
  g_autofree char *other_person = lc_certificate_verification_code ("c-1", "p-2");
  g_autofree char *other_convention = lc_certificate_verification_code ("c-2", "p-1");

  g_assert_cmpstr (a, ==, b);
  g_assert_cmpstr (a, !=, other_person);
  g_assert_cmpstr (a, !=, other_convention);
  g_assert_cmpuint (strlen (a), ==, 14);
  g_assert_true (a[4] == '-' && a[9] == '-');
}

static void
note_fraction (double   fraction,
               gpointer data)
{
  *(double *) data = fraction;
}

/* One file per person, named in the page's main script. */
static void
test_folder (gconstpointer data)
{
  LcAgendaLanguage language = GPOINTER_TO_INT (data);
  LcLanguage main = language == LC_AGENDA_LANGUAGE_ENGLISH ? LC_LANGUAGE_ENGLISH
                                                           : LC_LANGUAGE_ARABIC;
  g_autofree char *dir = NULL, *folder = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_test_badges_programme (store, 5, "\342\200\256../أمينة/حداد", ".hidden/../Amina");
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, id, &error);
  g_autoptr(GPtrArray) written = NULL;
  LcCertificateOptions options = { 0 };
  double fraction = 0;

  g_assert_no_error (error);
  folder = g_build_filename (dir, "certificates", NULL);
  g_assert_true (lc_certificates_write_folder (set, &options, folder, language, NULL, note_fraction, &fraction,
                                              &written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (written->len, ==, 5);
  g_assert_cmpfloat (fraction, ==, 1.0);
  /* Nothing else, and nothing outside the folder. */
  g_assert_cmpuint (lc_test_count_files (folder), ==, 5);

  for (guint i = 0; i < set->entries->len; i++)
    {
      const LcBadgeEntry *entry = g_ptr_array_index (set->entries, i);
      g_autofree char *name = lc_certificate_file_name (entry, main);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      g_autofree char *text = NULL;

      g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
      g_assert_cmpuint (lc_test_pdf_pages (path), ==, 1);
      g_assert_null (strchr (name, '/'));
      g_assert_cmpint (name[0], !=, '.');
      g_assert_true (g_str_has_suffix (name, ".pdf"));
      g_assert_nonnull (strstr (name, entry->code));
      if (g_str_has_prefix (entry->name[1], "Person"))
        {
          /* The name in the file's name, in the main script. */
          g_autofree char *expected = g_strdup (entry->name[main]);

          g_assert_true (g_str_has_prefix (name, expected));
        }
      else
        {
          g_autofree char *expected = g_strconcat (main == LC_LANGUAGE_ARABIC ? "أمينة-حداد"
                                                                              : "hidden-..-Amina",
                                                   " ", entry->code, ".pdf", NULL);

          g_assert_cmpstr (name, ==, expected);
        }
      /* The file holds its person's certificate. */
      text = lc_test_tool_output ("pdftotext", path, "-", NULL);
      if (g_str_has_prefix (entry->name[1], "Person"))
        g_assert_nonnull (strstr (text, entry->name[1]));
    }

  lc_test_remove_tree (dir);
}

/* Cancels once two of the files are written. */
static void
cancel_at_two (double   fraction,
               gpointer data)
{
  if (fraction >= 2.0 / 5 - 1e-9)
    g_cancellable_cancel (data);
}

/* Cancelled half way (Cancel on the window's toast): the files this export
 * added are taken away again, and an earlier export's file stays. */
static void
test_folder_cancelled (void)
{
  g_autofree char *dir = NULL, *folder = NULL, *earlier = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_test_badges_programme (store, 5, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, id, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  LcCertificateOptions options = { 0 };

  g_assert_no_error (error);
  folder = g_build_filename (dir, "certificates", NULL);
  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  earlier = g_build_filename (folder, "kept.txt", NULL);
  g_assert_true (g_file_set_contents (earlier, "from before", -1, &error));
  g_assert_false (lc_certificates_write_folder (set, &options, folder, LC_AGENDA_LANGUAGE_ENGLISH, cancellable,
                                                cancel_at_two, cancellable, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (lc_test_count_files (folder), ==, 1);
  g_assert_true (g_file_test (earlier, G_FILE_TEST_IS_REGULAR));

  lc_test_remove_tree (dir);
}

/* A signature that is not an image: refused, in words, nothing written. */
static void
test_bad_signature (void)
{
  g_autofree char *dir = NULL, *pdf = NULL, *bad = NULL, *folder = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 id = lc_test_badges_programme (store, 3, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, id, &error);
  LcCertificateOptions options = { "Jane", NULL, NULL };

  g_assert_no_error (error);
  bad = g_build_filename (dir, "signature.png", NULL);
  g_assert_true (g_file_set_contents (bad, "not an image", -1, &error));
  options.signature = bad;
  pdf = g_build_filename (dir, "out.pdf", NULL);
  g_assert_false (lc_certificates_write_pdf (set, &options, pdf, LC_AGENDA_LANGUAGE_ENGLISH,
                                             &error));
  g_assert_nonnull (strstr (error->message, "signature.png"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  folder = g_build_filename (dir, "certificates", NULL);
  g_assert_false (lc_certificates_write_folder (set, &options, folder, LC_AGENDA_LANGUAGE_ENGLISH,
                                                NULL, NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (lc_test_count_files (folder), ==, 0);

  lc_test_remove_tree (dir);
}

/* A name that is markup and 10,000 letters long: printed as typed,
 * shortened, and above the signatory, whose place it never takes. */
static void
test_hostile (void)
{
  g_autoptr(GString) long_name = g_string_new ("<b>Bold</b> &amp; ");
  g_autofree char *dir = NULL, *pdf = NULL, *text = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = NULL;
  g_autoptr(GArray) words = NULL;
  LcCertificateOptions options = { "Signatory", "Director", NULL };
  double signatory = 0, lowest = 0;
  gint64 id;

  for (guint i = 0; long_name->len < 10000; i++)
    g_string_append_printf (long_name, "Longname%u ", i);
  id = lc_test_badges_programme (store, 1, NULL, long_name->str);
  set = lc_badge_set_load (store, id, &error);
  g_assert_no_error (error);
  pdf = g_build_filename (dir, "hostile.pdf", NULL);
  g_assert_true (lc_certificates_write_pdf (set, &options, pdf, LC_AGENDA_LANGUAGE_BILINGUAL,
                                            &error));
  g_assert_no_error (error);
  lc_test_badges_save_png (pdf, "certificate-hostile");

  text = lc_test_tool_output ("pdftotext", pdf, "-", NULL);
  g_assert_nonnull (strstr (text, "<b>Bold</b>"));
  g_assert_null (strstr (text, "Longname100 "));
  words = lc_test_pdf_words (pdf, 1);
  for (guint w = 0; w < words->len; w++)
    {
      const LcTestWord *word = &g_array_index (words, LcTestWord, w);

      /* Inside the frame, 12 mm from the edges. */
      g_assert_cmpfloat (word->x_min, >=, 34);
      g_assert_cmpfloat (word->x_max, <=, 842 - 34);
      g_assert_cmpfloat (word->y_max, <=, 596 - 34);
      if (g_str_equal (word->text, "Signatory"))
        signatory = word->y_min;
      if (g_str_has_prefix (word->text, "Longname"))
        lowest = MAX (lowest, word->y_max);
    }
  g_assert_cmpfloat (lowest, >, 0);
  g_assert_cmpfloat (signatory, >, lowest);

  lc_test_remove_tree (dir);
}

static void
test_cli_folder (void)
{
  g_autofree char *dir = NULL, *db = NULL, *id = NULL, *folder = NULL;
  g_auto(LcTestRun) run = { 0 };

  db = lc_test_badges_library (4, &dir, &id);
  /* A trailing slash: a folder, made, with a file a person. */
  folder = g_strconcat (dir, G_DIR_SEPARATOR_S "out" G_DIR_SEPARATOR_S, NULL);
  lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id,
                                            "--export-certificates", folder, "--language=en",
                                            "--signatory-name=Jane Doe", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (lc_test_count_files (folder), ==, 4);

  lc_test_remove_tree (dir);
}

/* Participants get a certificate when they came, in person or online;
 * one who confirmed and stayed away gets none. */
static void
test_participants (void)
{
  g_autofree char *dir = NULL, *pdf = NULL, *text = NULL;
  g_autoptr(LcStore) store = lc_test_open_store (&dir);
  gint64 convention = lc_test_badges_programme (store, 2, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LcBadgeSet) set = NULL;
  LcCertificateOptions options = { 0 };
  guint wanted = 0;

  lc_test_badges_participant (store, convention, "Olga Observer", LC_PARTICIPANT_CATEGORY_OBSERVER,
                              LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON, NULL);
  lc_test_badges_participant (store, convention, "Oscar Online", LC_PARTICIPANT_CATEGORY_DELEGATE,
                              LC_PARTICIPANT_STATUS_ATTENDED_ONLINE, NULL);
  lc_test_badges_participant (store, convention, "Colin Confirmed", LC_PARTICIPANT_CATEGORY_DELEGATE,
                              LC_PARTICIPANT_STATUS_CONFIRMED, NULL);
  lc_test_badges_participant (store, convention, "Nina Noshow", LC_PARTICIPANT_CATEGORY_PRESS,
                              LC_PARTICIPANT_STATUS_NO_SHOW, NULL);

  set = lc_badge_set_load (store, convention, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < set->entries->len; i++)
    wanted += lc_certificate_wanted (g_ptr_array_index (set->entries, i));
  /* The two on the programme and the two who came. */
  g_assert_cmpuint (wanted, ==, 4);

  pdf = g_build_filename (dir, "certificates.pdf", NULL);
  g_assert_true (lc_certificates_write_pdf (set, &options, pdf, LC_AGENDA_LANGUAGE_ENGLISH, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lc_test_pdf_pages (pdf), ==, 4);
  text = lc_test_tool_output ("pdftotext", pdf, "-", NULL);
  g_assert_nonnull (strstr (text, "Olga Observer"));
  g_assert_nonnull (strstr (text, "Oscar Online"));
  g_assert_nonnull (strstr (text, "taking part as Observer"));
  g_assert_nonnull (strstr (text, "Person 0001"));
  g_assert_null (strstr (text, "Colin"));
  g_assert_null (strstr (text, "Nina"));

  lc_test_remove_tree (dir);
}

/* A convention whose participants were invited and confirmed, and whose
 * programme has nobody: the command line says that nobody attended or
 * spoke, not the badges' "add speakers or moderators", and writes nothing. */
static void
test_cli_nobody_came (void)
{
  g_autofree char *dir = NULL, *id = NULL, *pdf = NULL, *db = NULL;
  g_auto(LcTestRun) run = { 0 };
  gint64 convention;

  {
    g_autoptr(LcStore) store = lc_test_open_store (&dir);

    convention = lc_test_badges_programme (store, 0, NULL, NULL);
    lc_test_badges_participant (store, convention, "Ivan Invited", LC_PARTICIPANT_CATEGORY_DELEGATE,
                                LC_PARTICIPANT_STATUS_INVITED, NULL);
    lc_test_badges_participant (store, convention, "Colin Confirmed", LC_PARTICIPANT_CATEGORY_PRESS,
                                LC_PARTICIPANT_STATUS_CONFIRMED, NULL);
    id = g_strdup_printf ("%" G_GINT64_FORMAT, convention);
    db = g_strdup (lc_store_get_path (store));
  }
  pdf = g_build_filename (dir, "certificates.pdf", NULL);
  lc_test_run_cli (&run, (const char *[]) { "--database", db, "--convention", id,
                                            "--export-certificates", pdf, "--language=en", NULL });
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "Nobody attended or spoke at this convention yet"));
  g_assert_null (strstr (run.err, "speakers or moderators"));
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));

  lc_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  int skipped = 0;

  if (!lc_test_pdf_init (&argc, &argv, &skipped))
    return skipped;

  g_test_add_func ("/certificates/safe-names", test_safe_names);
  g_test_add_func ("/certificates/verification-code", test_verification_code);
  g_test_add_func ("/certificates/one-pdf", test_one_pdf);
  g_test_add_data_func ("/certificates/folder/ar", GINT_TO_POINTER (LC_AGENDA_LANGUAGE_ARABIC),
                        test_folder);
  g_test_add_data_func ("/certificates/folder/en", GINT_TO_POINTER (LC_AGENDA_LANGUAGE_ENGLISH),
                        test_folder);
  g_test_add_func ("/certificates/folder-cancelled", test_folder_cancelled);
  g_test_add_func ("/certificates/bad-signature", test_bad_signature);
  g_test_add_func ("/certificates/hostile", test_hostile);
  g_test_add_func ("/certificates/cli-folder", test_cli_folder);
  g_test_add_func ("/certificates/participants", test_participants);
  g_test_add_func ("/certificates/cli-nobody-came", test_cli_nobody_came);

  return g_test_run ();
}
