/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>

#include "lc-agenda-pdf.h"
#include "lc-cli-badges.h"
#include "lc-cli-exchange.h"
#include "lc-attendance-report.h"
#include "lc-check-in.h"
#include "lc-cli-export.h"
#include "lc-cli.h"
#include "lc-conflicts.h"
#include "lc-convention-io.h"
#include "lc-csv-import.h"
#include "lc-declaration-pdf.h"
#include "lc-report-pdf.h"
#include "lc-error.h"
#include "lc-exchange.h"
#include "lc-file.h"
#include "lc-schedule-import.h"

/* The command line works without a display: every command here opens the
 * library, does one thing in one transaction, and returns an exit status. */

typedef gboolean (*LcCliFunc) (LcCliContext  *ctx,
                               const char    *argument,
                               GError       **error);

typedef struct
{
  const char *option;          /* the option that selects the command */
  gboolean    needs_existing;  /* refuse a library file that does not exist */
  gboolean    needs_convention;
  gboolean    writes_file;     /* its argument is a file it writes */
  LcCliFunc   run;
} LcCliCommand;

static void
warn (const char *message)
{
  /* Translators: a warning of the command line; %s says what is wrong */
  g_autofree char *text = g_strdup_printf (_("warning: %s"), message);

  g_printerr ("learning-cities: %s\n", text);
}

/* What an import leaves to free: the file read for it, its parsed tree,
 * and the records made from it. */
typedef struct
{
  LcCliImportFile  file;
  GPtrArray       *records;
} LcCliImportLeft;

static gpointer
free_import_left (gpointer data)
{
  LcCliImportLeft *left = data;

  lc_cli_import_file_clear (&left->file);
  g_clear_pointer (&left->records, g_ptr_array_unref);
  g_free (left);
  return NULL;
}

/* A thread joined when it goes out of scope, whichever way the command ends. */
typedef GThread LcJoinedThread;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcJoinedThread, g_thread_join)

static gboolean
cli_import (LcCliContext  *ctx,
            const char    *path,
            GError       **error)
{
  g_auto(GStrv) left_out = NULL;
  g_auto(GStrv) outside = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(LcJoinedThread) freeing = NULL;
  g_autoptr(GPtrArray) records = NULL;
  LcCliImportFile file = { 0 };
  gboolean handled;
  gint64 id;

  /* A convention the library has already: update it, or say so. */
  if (!lc_convention_update_cli (ctx, path, &file, &handled, error)
      || (!handled && file.contents == NULL && !lc_cli_import_file_take (ctx, &file, path, error)))
    {
      lc_cli_import_file_clear (&file);
      return FALSE;
    }
  if (handled)
    {
      lc_cli_import_file_clear (&file);
      return TRUE;
    }

  /* The file read and parsed once, for the question above and the import
   * (issue 17: a 10,000-item file took 0.5 s to parse a second time). */
  if (file.schedule)
    id = lc_schedule_import_data (ctx->store, file.contents, file.length, file.display, &left_out, error);
  else if (file.parser == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&file.parse_error));
      id = 0;
    }
  else
    {
      id = lc_convention_import_parsed_full (ctx->store, file.parser, file.display, &records, error);
      left_out = g_new0 (char *, 1);
    }
  if (id <= 0)
    {
      lc_cli_import_file_clear (&file);
      return FALSE;
    }
  /* The file's tree of JSON nodes and the records made from it are freed
   * on the other processor while the rest is done (issue 17: a tenth of a
   * second and more at 10,000 items); nothing stored refers to them, and
   * only that thread touches them. Joined before the command returns. */
  if (g_get_num_processors () > 1)
    {
      LcCliImportLeft *left = g_new0 (LcCliImportLeft, 1);

      left->file = file;
      file = (LcCliImportFile) { 0 };
      left->records = g_steal_pointer (&records);
      freeing = g_thread_new ("lc-import-free", free_import_left, left);
    }
  else
    lc_cli_import_file_clear (&file);

  /* What a schedule held that a convention has no place for. */
  for (guint i = 0; left_out[i] != NULL; i++)
    warn (left_out[i]);

  /* The file is imported whole; what lies outside the convention's dates
   * is said, on standard error so that standard output stays the id. */
  outside = lc_conflicts_describe_outside_dates (ctx->store, id, &local_error);
  if (outside == NULL)
    {
      /* Translators: %s says why; the file was imported all the same */
      g_autofree char *text = g_strdup_printf (_("The items’ days could not be checked: %s"),
                                               local_error->message);

      warn (text);
    }
  for (guint i = 0; outside != NULL && outside[i] != NULL; i++)
    warn (outside[i]);

  /* core15: what changes from now on can be sent to the colleagues who
   * import the same file (lc-exchange.c). */
  if (!lc_exchange_track (ctx->store, id, &local_error))
    {
      /* Translators: %s says why; the file was imported all the same */
      g_autofree char *text = g_strdup_printf (_("Changes to this convention cannot be sent: %s"),
                                               local_error->message);

      warn (text);
    }

  /* The id alone on the last line, for scripts. */
  g_print ("%" G_GINT64_FORMAT "\n", id);
  return TRUE;
}

static gboolean
cli_list (LcCliContext  *ctx,
          const char    *unused,
          GError       **error)
{
  g_autoptr(GListStore) conventions = lc_store_list_conventions (ctx->store, error);

  if (conventions == NULL)
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (conventions)); i++)
    {
      g_autoptr(LcRecord) c = g_list_model_get_item (G_LIST_MODEL (conventions), i);

      g_print ("%" G_GINT64_FORMAT "\t%s\t%s\t%s\t%s\n",
               lc_record_get_id (c),
               lc_record_get_string (c, "start-date"),
               lc_record_get_string (c, "end-date"),
               lc_record_get_string (c, "title-en"),
               lc_record_get_string (c, "title-ar"));
    }

  return TRUE;
}

static gboolean
cli_export (LcCliContext  *ctx,
            const char    *path,
            GError       **error)
{
  return lc_convention_export_file (ctx->store, ctx->convention_id, path, error);
}

/* The commands that draw a PDF in the agenda's fonts: those are chosen in
 * a thread while the library opens (lc_pdf_fonts_prepare()). */
static const char *const pdf_commands[] = {
  "export-agenda-pdf", "export-declaration-pdf", "export-badges", "export-table-tents",
  "export-certificates",
};

/* Each command's option is declared in lc_cli_entries below, too. */
static const LcCliCommand commands[] = {
  { "import", FALSE, FALSE, FALSE, cli_import },
  { "list", TRUE, FALSE, FALSE, cli_list },
  { "export", TRUE, TRUE, TRUE, cli_export },
  { "export-agenda-pdf", TRUE, TRUE, TRUE, lc_agenda_cli_export_pdf },
  { "export-declaration-pdf", TRUE, TRUE, TRUE, lc_declaration_cli_export_pdf },
  { "export-report", TRUE, TRUE, TRUE, lc_report_cli_export },
  { "import-speakers", TRUE, TRUE, FALSE, lc_csv_import_cli_speakers },
  { "import-cities", TRUE, TRUE, FALSE, lc_csv_import_cli_cities },
  /* people14 */
  { "import-attendance", TRUE, TRUE, FALSE, lc_attendance_cli_import },
  { "export-ics", TRUE, TRUE, TRUE, lc_export_cli_ics },
  { "export-schedule-xml", TRUE, TRUE, TRUE, lc_export_cli_schedule_xml },
  { "export-schedule-json", TRUE, TRUE, TRUE, lc_export_cli_schedule_json },
  { "export-speakers", TRUE, TRUE, TRUE, lc_export_cli_speakers },
  /* badges14 (issue 14): a folder of certificates is checked by its writer */
  { "export-badges", TRUE, TRUE, TRUE, lc_badges_cli_export },
  { "export-table-tents", TRUE, TRUE, TRUE, lc_table_tents_cli_export },
  { "export-certificates", TRUE, TRUE, FALSE, lc_certificates_cli_export },
  { "check-in", TRUE, TRUE, FALSE, lc_check_in_cli },
  { "export-counts", TRUE, TRUE, TRUE, lc_participant_counts_cli_export },
  /* core15 (issue 15) */
  { "send-changes", TRUE, TRUE, TRUE, lc_exchange_cli_send },
  { "merge-changes", TRUE, FALSE, FALSE, lc_exchange_cli_merge },
};

const GOptionEntry lc_cli_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the library database at PATH instead of the default one"), N_("PATH") },
  { "convention", 'c', 0, G_OPTION_ARG_INT64, NULL,
    N_("Work on the convention with this id (see --list)"), N_("ID") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a convention file and print the new convention’s id"), N_("FILE.json") },
  { "update", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import of a convention already in the library: update it from the file and "
       "print what changed"), NULL },
  { "copy", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import of a convention already in the library: import the file as a second "
       "convention"), NULL },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import: print what --update would change, and write nothing"), NULL },
  { "list", 'l', 0, G_OPTION_ARG_NONE, NULL,
    N_("List the library’s conventions: id, start and end dates, English and Arabic titles"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export the convention to a file"), N_("FILE.json") },
  { "export-agenda-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the convention’s agenda as a PDF (see --language and --paper)"), N_("FILE.pdf") },
  { "export-declaration-pdf", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the convention’s first declaration as a PDF (see --declaration-version, "
       "--language and --paper)"), N_("FILE.pdf") },
  { "export-report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the convention’s final report as a PDF, or as an OpenDocument text for "
       "LibreOffice when FILE ends in .fodt (see --language and --paper)"),
    N_("FILE.pdf") },
  { "declaration-version", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("The published version of the declaration to write (default: the working text, "
       "with the accepted amendments)"), N_("N") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Language of an exported agenda: ar or en, or bilingual for the PDF "
       "(default: the user’s language)"), N_("LANGUAGE") },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size of the agenda PDF: a4 or letter (default: a4)"), N_("PAPER") },
  { "import-speakers", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import or update speakers from a spreadsheet (CSV, .xlsx or .ods); print what is added, "
       "updated and rejected (nothing is written when a row is rejected)"), N_("FILE") },
  { "import-cities", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import or update cities from a spreadsheet (CSV, .xlsx or .ods), like --import-speakers"),
    N_("FILE") },
  { "import-attendance", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Mark the people an online meeting’s attendance report (CSV, as Zoom or Teams write it) "
       "names, by email or name, as attended online; print who was left and why"), N_("FILE.csv") },
  { "column", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --import-speakers or --import-cities: what a column means, such as "
       "--column='اللقب=family-name' (COLUMN is a header or a number from 1; repeat for each "
       "column to state)"), N_("COLUMN=MEANING") },
  { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the agenda as an iCalendar file (see --language: ar or en)"), N_("FILE.ics") },
  { "export-schedule-xml", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the agenda as a conference schedule (frab schedule.xml; see --language: ar or en)"),
    N_("FILE.xml") },
  { "export-schedule-json", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the agenda as a conference schedule (schedule.json; see --language: ar or en)"),
    N_("FILE.json") },
  { "export-speakers", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the speakers’ sheet: everyone with their details, roles and items, as .csv or .ods "
       "(see --language: ar or en)"), N_("FILE.csv") },
  /* badges14 (issue 14) */
  { "export-badges", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write badges for the convention’s people as a PDF (see --badge-layout and --language)"),
    N_("FILE.pdf") },
  { "badge-layout", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Sheet of exported badges: a4-2x4, a4-2x5, or single for a badge printer "
       "(default: a4-2x4)"), N_("LAYOUT") },
  { "badge-category", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Only the badges of one category: programme, delegate, observer, press or staff"),
    N_("CATEGORY") },
  { "export-table-tents", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write folded table tents for the speakers and moderators as a PDF (see --language)"),
    N_("FILE.pdf") },
  { "export-certificates", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write certificates of participation: one PDF, or one PDF per person when PATH is a "
       "folder or ends in a slash (see --language and --signatory-name)"), N_("PATH") },
  { "signatory-name", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Name of who signs the certificates"), N_("NAME") },
  { "signatory-title", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Title of who signs the certificates"), N_("TITLE") },
  { "signature", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("An image of the signature on the certificates (PNG or JPEG)"), N_("FILE") },
  { "check-in", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Mark the person with this participant code (as on their badge) as attended in person, "
       "and print the running count"), N_("CODE") },
  { "export-counts", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write how many people are invited, confirmed, declined and attended (in person or "
       "online), in all and by category, city and country, as CSV (see --language: ar or en)"),
    N_("FILE.csv") },
  /* core15 (issue 15) */
  { "send-changes", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write what changed in the convention since the last send to a changes file, for "
       "colleagues who have the same convention (see --author)"), N_("FILE") },
  { "author", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --send-changes: the organiser’s name written into the file (default: yours)"), N_("NAME") },
  { "merge-changes", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Merge a colleague’s changes file into its convention; print what changes and the "
       "conflicts (see --prefer and --dry-run)"), N_("FILE") },
  { "prefer", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --merge-changes: resolve every conflict with mine or theirs"), N_("mine|theirs") },
  { "sample", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the bundled sample convention (imported into the library if it is not there)"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the program’s version"), NULL },
  { NULL }
};

/**
 * lc_cli_get_string:
 * @ctx: the command's context
 * @option: a long option name taking a string or file name
 *
 * Returns: (nullable): the option's value
 */
const char *
lc_cli_get_string (LcCliContext *ctx,
                   const char   *option)
{
  const char *value = NULL;

  if (!g_variant_dict_lookup (ctx->options, option, "&s", &value))
    g_variant_dict_lookup (ctx->options, option, "^&ay", &value);

  return value;
}

/**
 * lc_cli_resolve_convention:
 * @store: a library
 * @requested: the id given with --convention, or 0
 * @error: return location for a #GError
 *
 * Picks the convention a command works on: the one requested, or the only one.
 *
 * Returns: its id, or 0 with @error set
 */
gint64
lc_cli_resolve_convention (LcStore  *store,
                           gint64    requested,
                           GError  **error)
{
  g_autoptr(GListStore) conventions = NULL;
  g_autoptr(LcRecord) only = NULL;
  guint n;

  if (requested > 0)
    {
      g_autoptr(LcRecord) convention = lc_store_get (store, LC_TYPE_CONVENTION, requested, NULL);

      if (convention == NULL)
        {
          /* The id as a string: a G_GINT64_FORMAT inside a msgid cannot be translated. */
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, requested);

          g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                       _("There is no convention with the id %s in the library; "
                         "--list shows the conventions there are."), id);
          return 0;
        }
      return requested;
    }

  conventions = lc_store_list_conventions (store, error);
  if (conventions == NULL)
    return 0;

  n = g_list_model_get_n_items (G_LIST_MODEL (conventions));
  if (n == 0)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                   _("The library holds no convention; import one with --import=FILE.json."));
      return 0;
    }
  if (n > 1)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_AMBIGUOUS,
                   _("The library holds %u conventions: choose one with --convention=ID "
                     "(--list shows their ids)."), n);
      return 0;
    }

  only = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  return lc_record_get_id (only);
}

/* Whether --import's file can be read while the library opens: only on
 * more than one processor, and not when it is the library's own file,
 * whose contents the opening may make or change. */
static gboolean
import_read_ahead (const char *library,
                   const char *import)
{
  GStatBuf library_stat, import_stat;

  if (g_get_num_processors () < 2 || g_stat (import, &import_stat) != 0)
    return FALSE;
  if (g_stat (library, &library_stat) != 0)
    return TRUE;
  return library_stat.st_dev != import_stat.st_dev || library_stat.st_ino != import_stat.st_ino;
}

/* The file read ahead for --import, when the command did not take it. */
static void
lc_cli_context_clear (LcCliContext *ctx)
{
  lc_cli_import_file_discard (g_steal_pointer (&ctx->import_reader));
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LcCliContext, lc_cli_context_clear)

static int
fail (GError *error)
{
  g_printerr ("learning-cities: %s\n", error->message);
  g_error_free (error);
  return 1;
}

/**
 * lc_cli_run:
 * @options: the parsed command line
 *
 * Runs the command the options ask for, if any.
 *
 * Returns: the exit status, or -1 when no command was given (open the window)
 */
int
lc_cli_run (GVariantDict *options)
{
  g_autoptr(LcStore) store = NULL;
  g_autoptr(LcJoinedThread) fonts = NULL;
  g_autofree char *default_path = NULL;
  const LcCliCommand *command = NULL;
  const char *path = NULL;
  const char *argument = NULL;
  gint64 requested = 0;
  GError *error = NULL;
  g_auto(LcCliContext) ctx = { NULL, 0, options, NULL };
  guint n_commands = 0;

  /* Past the file size limit (ulimit -f), a write fails with EFBIG, which
   * every writer reports in words, instead of the signal killing the
   * program without a message. */
  signal (SIGXFSZ, SIG_IGN);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("learning-cities %s\n", PACKAGE_VERSION);
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_variant_dict_contains (options, commands[i].option))
      {
        command = &commands[i];
        n_commands++;
      }

  if (command == NULL)
    return -1;

  if (n_commands > 1)
    {
      g_printerr ("learning-cities: %s\n", _("Give one command at a time."));
      return 1;
    }

  for (guint i = 0; i < G_N_ELEMENTS (pdf_commands) && fonts == NULL; i++)
    if (g_str_equal (command->option, pdf_commands[i]))
      fonts = lc_pdf_fonts_prepare ();

  if (!g_variant_dict_lookup (options, "database", "^&ay", &path))
    path = default_path = lc_store_default_path ();
  g_variant_dict_lookup (options, "convention", "x", &requested);
  argument = lc_cli_get_string (&ctx, command->option);

  if (command->needs_existing && !g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *display = g_filename_display_name (path);

      g_printerr ("learning-cities: ");
      g_printerr (_("There is no library at “%s”."), display);
      g_printerr ("\n");
      return 1;
    }

  /* Issue 17: the file is read and parsed on the second processor while
   * the library opens (or is made); a failure to read it is said where it
   * was before, after the library opened. */
  if (command->run == cli_import && argument != NULL && import_read_ahead (path, argument))
    ctx.import_reader = lc_cli_import_file_read_async (argument);

  store = lc_store_open (path, &error);
  if (store == NULL)
    return fail (error);

  /* An export onto the library would replace it: refuse before any work
   * (the writers check again). */
  if (command->writes_file && argument != NULL && !lc_file_check_target (argument, &error))
    return fail (error);

  ctx.store = store;
  if (command->needs_convention)
    {
      ctx.convention_id = lc_cli_resolve_convention (store, requested, &error);
      if (ctx.convention_id == 0)
        return fail (error);
    }

  if (!command->run (&ctx, argument, &error))
    return fail (error);

  return 0;
}
