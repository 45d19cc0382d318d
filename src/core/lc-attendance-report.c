/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-attendance-report.h"
#include "lc-csv-import-private.h"
#include "lc-csv.h"
#include "lc-cli.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-l10n.h"

/* Zoom writes "Name (Original Name)", "User Email", then times; Teams a
 * summary first, then "Full Name", "Email" (or "Participant ID (UPN)"), one
 * row per join. The participants' table starts at the first row that has a
 * name column; every row of it is one join of one person. */

#define NAME_HEADERS "name|full name|name original name|participant|participant name|display name|" \
                     "attendee|الاسم|الاسم الكامل|اسم المشارك|المشارك"
#define EMAIL_HEADERS "email|e-mail|user email|email address|attendee email|participant id upn|upn|" \
                      "البريد الإلكتروني|البريد"

typedef struct
{
  guint     line;
  char     *name;      /* as the report has it */
  LcPerson *person;    /* NULL when unmatched */
  gboolean  by_email;  /* matched by the address, not the name */
  char     *reason;    /* why not applied, when unmatched or refused */
} Row;

struct _LcAttendancePlan
{
  char      *source;
  GPtrArray *rows;     /* Row, one per person or unmatched name */
  GPtrArray *people;   /* LcPerson to mark, each once */
  guint      n_by_email;   /* of people: how many were matched by email */
};

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->name);
  g_clear_object (&row->person);
  g_free (row->reason);
  g_free (row);
}

void
lc_attendance_plan_free (LcAttendancePlan *self)
{
  if (self == NULL)
    return;
  g_free (self->source);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->people);
  g_free (self);
}

/* "Omar (Omar El Fassi)": Zoom's name as renamed, then as registered. */
static char *
original_name (const char *name)
{
  const char *open = strrchr (name, '(');
  gsize n = strlen (name);

  if (open == NULL || n < 2 || name[n - 1] != ')' || open == name)
    return NULL;
  return g_strstrip (g_strndup (open + 1, name + n - 1 - (open + 1)));
}

/* The convention's people by email and by name, made once per plan: a
 * report of 20,000 joins looked up person by person, each name normalised
 * again for every row, took minutes with 1,000 people. */
typedef struct
{
  GHashTable *by_email;   /* lower-case address → LcPerson (owned by the list) */
  GHashTable *by_name;    /* normalised name, either language → LcPerson */
} Lookup;

static void
lookup_clear (Lookup *lookup)
{
  g_clear_pointer (&lookup->by_email, g_hash_table_unref);
  g_clear_pointer (&lookup->by_name, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Lookup, lookup_clear)

/* Keeps the first person in the list's order for each key, as a search
 * through the list would find them. */
static void
lookup_init (Lookup     *lookup,
             GListModel *people)
{
  guint n = g_list_model_get_n_items (people);

  lookup->by_email = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lookup->by_name = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcPerson) person = g_list_model_get_item (people, i);
      const char *email = lc_person_get_email (person);

      if (email != NULL && *email != '\0')
        {
          char *key = g_ascii_strdown (email, -1);

          if (g_hash_table_contains (lookup->by_email, key))
            g_free (key);
          else
            g_hash_table_insert (lookup->by_email, key, person);
        }
      for (LcLanguage l = LC_LANGUAGE_ARABIC; l <= LC_LANGUAGE_ENGLISH; l++)
        {
          char *key = lc_csv_import_normalize_key (lc_person_get_name (person, l), FALSE);

          if (*key == '\0' || g_hash_table_contains (lookup->by_name, key))
            g_free (key);
          else
            g_hash_table_insert (lookup->by_name, key, person);
        }
    }
}

static LcPerson *
find_person (Lookup     *lookup,
             const char *email,
             const char *name,
             gboolean   *by_email)
{
  g_autofree char *key = name && *name ? lc_csv_import_normalize_key (name, FALSE) : NULL;
  LcPerson *person = NULL;

  /* Email first: names are typed many ways, an address one. */
  if (email && *email)
    {
      g_autofree char *address = g_ascii_strdown (email, -1);

      person = g_hash_table_lookup (lookup->by_email, address);
    }
  *by_email = person != NULL;
  if (person == NULL && key && *key)
    person = g_hash_table_lookup (lookup->by_name, key);
  return person ? g_object_ref (person) : NULL;
}

static int
column_of (GStrv       fields,
           const char *aliases)
{
  for (int i = 0; fields[i] != NULL; i++)
    {
      g_autofree char *key = lc_csv_import_normalize_key (fields[i], TRUE);

      if (lc_csv_import_key_in (aliases, key))
        return i;
    }
  return -1;
}

static void
add_row (LcAttendancePlan *self,
         guint             line,
         const char       *name,
         LcPerson         *person,
         gboolean          by_email)
{
  Row *row;

  for (guint i = 0; person != NULL && i < self->rows->len; i++)
    if (((Row *) g_ptr_array_index (self->rows, i))->person == person)
      return;   /* joined again: one person, one row */

  row = g_new0 (Row, 1);
  row->line = line;
  row->name = g_strdup (name);
  row->person = person ? g_object_ref (person) : NULL;
  row->by_email = by_email;
  if (person == NULL)
    row->reason = g_strdup (_("no person of the convention has this email or name"));
  else if (lc_person_get_status (person) == LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON
           || lc_person_get_status (person) == LC_PARTICIPANT_STATUS_ATTENDED_ONLINE)
    row->reason = g_strdup (_("already marked as attended"));
  else if (!lc_participant_status_can_change (lc_person_get_status (person),
                                              LC_PARTICIPANT_STATUS_ATTENDED_ONLINE))
    /* Translators: %s is a status, such as “Declined” */
    row->reason = g_strdup_printf (_("left as “%s”: confirm them first if they did attend"),
                                   lc_participant_status_label (lc_person_get_status (person),
                                                                lc_l10n_language_from_environment ()));
  else
    {
      g_ptr_array_add (self->people, g_object_ref (person));
      self->n_by_email += by_email ? 1 : 0;
    }
  g_ptr_array_add (self->rows, row);
}

/**
 * lc_attendance_plan_new:
 * @store: the library
 * @convention_id: the convention the meeting was part of
 * @data: the report's bytes (CSV or TSV, UTF-8 or UTF-16, as lc-csv.c reads)
 * @length: their length
 * @source_name: the file's name, for messages
 * @error: return location for a #GError
 *
 * Reads the report and matches each attendee, writing nothing. A report
 * with no name column, or with more than %LC_ATTENDANCE_MAX_ROWS rows, is
 * refused with the file's name (and line).
 *
 * Returns: (transfer full) (nullable): the plan
 */
/* Reads the report with @separator, or the one its first line suggests
 * when it is 0. Returns FALSE with no error when no name column was found
 * that way. */
static gboolean
read_report (LcAttendancePlan  *self,
             Lookup            *lookup,
             const char        *data,
             gsize              length,
             char               separator,
             GError           **error)
{
  g_autoptr(LcCsvReader) reader = lc_csv_reader_new (data, length, self->source, error);
  g_autoptr(GError) local = NULL;
  int name_column = -1, email_column = -1;
  guint n_rows = 0, line = 0;
  GStrv fields = NULL;

  if (reader == NULL)
    return FALSE;
  if (separator != 0)
    lc_csv_reader_set_separator (reader, separator);
  g_ptr_array_set_size (self->rows, 0);
  g_ptr_array_set_size (self->people, 0);
  self->n_by_email = 0;

  while (lc_csv_reader_next (reader, &fields, &line, &local))
    {
      g_auto(GStrv) owned = fields;
      guint n_fields = g_strv_length (owned);
      g_autoptr(LcPerson) person = NULL;
      g_autofree char *original = NULL;
      const char *name, *email;
      gboolean by_email = FALSE;

      if (name_column < 0)
        {
          name_column = column_of (owned, NAME_HEADERS);
          email_column = name_column < 0 ? -1 : column_of (owned, EMAIL_HEADERS);
          continue;
        }
      if (++n_rows > LC_ATTENDANCE_MAX_ROWS)
        {
          /* Translators: a file's name, a line number and the most rows read */
          g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                       _("%1$s, line %2$u: an attendance report has at most %3$d rows"),
                       self->source, line, LC_ATTENDANCE_MAX_ROWS);
          return FALSE;
        }
      name = (guint) name_column < n_fields ? g_strstrip (owned[name_column]) : "";
      email = email_column >= 0 && (guint) email_column < n_fields ? g_strstrip (owned[email_column]) : "";
      if (*name == '\0' && *email == '\0')
        continue;
      person = find_person (lookup, email, name, &by_email);
      if (person == NULL && (original = original_name (name)) != NULL)
        person = find_person (lookup, NULL, original, &by_email);
      add_row (self, line, *name ? name : email, person, by_email);
    }
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return name_column >= 0;
}

/**
 * lc_attendance_plan_new:
 * @store: the library
 * @convention_id: the convention the meeting was part of
 * @data: the report's bytes (CSV or TSV, UTF-8 or UTF-16, as lc-csv.c reads)
 * @length: their length
 * @source_name: the file's name, for messages
 * @error: return location for a #GError
 *
 * Reads the report and matches each attendee, writing nothing. A report
 * with no name column, or with more than %LC_ATTENDANCE_MAX_ROWS rows, is
 * refused with the file's name (and line).
 *
 * Returns: (transfer full) (nullable): the plan
 */
LcAttendancePlan *
lc_attendance_plan_new (LcStore     *store,
                        gint64       convention_id,
                        const char  *data,
                        gsize        length,
                        const char  *source_name,
                        GError     **error)
{
  /* The first line's separator, then the others: Teams' summary comes
   * first, and its first line has no separator at all. */
  static const char separators[] = { 0, '\t', ';', ',' };
  g_autoptr(LcAttendancePlan) self = g_new0 (LcAttendancePlan, 1);
  g_autoptr(GListStore) people = lc_store_list (store, LC_TYPE_PERSON, "convention_id", convention_id, error);
  g_auto(Lookup) lookup = { NULL, NULL };

  if (people == NULL)
    return NULL;
  lookup_init (&lookup, G_LIST_MODEL (people));
  self->source = g_strdup (source_name);
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->people = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      g_autoptr(GError) local = NULL;

      if (read_report (self, &lookup, data, length, separators[i], &local))
        return g_steal_pointer (&self);
      if (local != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
    }
  g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
               _("%s: no column of names was found (such as “Name” or “Full Name”); is this a "
                 "meeting’s attendance report?"), source_name);
  return NULL;
}

guint
lc_attendance_plan_get_n_matched (LcAttendancePlan *self)
{
  return self->people->len;
}

guint
lc_attendance_plan_get_n_unmatched (LcAttendancePlan *self)
{
  return self->rows->len - self->people->len;
}

/**
 * lc_attendance_plan_get_n_by_email:
 * @self: a plan
 *
 * Returns: how many of the people to mark were found by their email (the
 *   others, lc_attendance_plan_get_n_matched () less these, by name)
 */
guint
lc_attendance_plan_get_n_by_email (LcAttendancePlan *self)
{
  return self->n_by_email;
}

/**
 * lc_attendance_plan_describe:
 * @self: a plan
 * @language: the language the preview's numbers are read in
 * @digits: the digits they are written in
 *
 * Returns: (transfer full): the preview: how many will be marked attended
 *   online, then each row left as it is with its line and why
 */
char *
lc_attendance_plan_describe (LcAttendancePlan *self,
                             LcLanguage        language,
                             LcDigits          digits)
{
  GString *text = g_string_new (NULL);
  g_autofree char *marked = NULL;

  marked = lc_l10n_printf (language, digits,
                           g_dngettext (GETTEXT_PACKAGE, "%u person will be marked as attended online.",
                                        "%u people will be marked as attended online.", self->people->len),
                           self->people->len);
  g_string_append (text, marked);
  g_string_append_c (text, '\n');
  if (self->people->len > 0)
    {
      /* Translators: how the people to mark were found in the library */
      g_autofree char *found = lc_l10n_printf (language, digits, _("Found by email: %1$u; by name: %2$u."),
                                               self->n_by_email, self->people->len - self->n_by_email);

      g_string_append (text, found);
      g_string_append_c (text, '\n');
    }
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      g_autofree char *shown = NULL, *line = NULL;

      if (row->reason == NULL)
        continue;
      shown = lc_csv_import_shorten (row->name);
      /* Translators: a line of the file, a name as the report has it, and why it is left */
      line = lc_l10n_printf (language, digits, _("Line %1$u, “%2$s”: %3$s"), row->line, shown, row->reason);
      g_string_append (text, line);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

/**
 * lc_attendance_plan_apply:
 * @self: a plan
 * @undo: the convention's undo history
 * @error: return location for a #GError
 *
 * Marks every matched person attended online, as one undo step.
 *
 * Returns: how many were marked; 0 with @error set on failure
 */
guint
lc_attendance_plan_apply (LcAttendancePlan  *self,
                          LcUndoStack       *undo,
                          GError           **error)
{
  return lc_participants_set_status (undo, self->people, LC_PARTICIPANT_STATUS_ATTENDED_ONLINE, NULL, error);
}

/**
 * lc_attendance_cli_import:
 * @ctx: the command's context
 * @path: the attendance report
 * @error: return location for a #GError
 *
 * The command line's --import-attendance: prints the preview, then marks
 * the people matched as attended online.
 *
 * Returns: whether the report was read and applied
 */
gboolean
lc_attendance_cli_import (LcCliContext  *ctx,
                          const char    *path,
                          GError       **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = NULL;
  g_autofree char *preview = NULL;
  g_autoptr(LcAttendancePlan) plan = NULL;
  g_autoptr(LcUndoStack) undo = NULL;
  g_autoptr(GError) local = NULL;
  gsize length;
  guint n;

  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE, _("Give the attendance report to import."));
      return FALSE;
    }
  name = g_path_get_basename (path);
  if (!lc_file_read_bounded (path, LC_FILE_MAX_CSV_BYTES, &data, &length, error))
    return FALSE;
  plan = lc_attendance_plan_new (ctx->store, ctx->convention_id, data, length, name, error);
  if (plan == NULL)
    return FALSE;
  /* A script reads what it prints: numbers in ASCII digits, as the other commands print them. */
  preview = lc_attendance_plan_describe (plan, lc_l10n_language_from_environment (), LC_DIGITS_WESTERN);
  g_print ("%s", preview);
  if (lc_attendance_plan_get_n_matched (plan) == 0)
    return TRUE;
  undo = lc_undo_stack_new (ctx->store);
  n = lc_attendance_plan_apply (plan, undo, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  g_print (g_dngettext (GETTEXT_PACKAGE, "Marked %u person as attended online.\n",
                        "Marked %u people as attended online.\n", n), n);
  return TRUE;
}
