/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-agenda-pdf-private.h"
#include "lc-error.h"
#include "lc-places.h"
#include "lc-text.h"
#include "lc-tracks.h"

/* What the printed agenda shows, read from the store in one go, and the
 * names of its languages and paper sizes for the command line. */

#define A4_WIDTH (210.0 / 25.4 * 72.0)
#define A4_HEIGHT (297.0 / 25.4 * 72.0)
#define LETTER_WIDTH (8.5 * 72.0)
#define LETTER_HEIGHT (11.0 * 72.0)

static void
participant_free (LcAgendaParticipant *p)
{
  g_free (p);
}

static void
entry_free (LcAgendaEntry *entry)
{
  g_clear_pointer (&entry->participants, g_ptr_array_unref);
  g_free (entry);
}

static GHashTable *
index_records (LcStore     *store,
               GType        type,
               gint64       convention_id,
               GPtrArray   *keep,
               GError     **error)
{
  g_autoptr(GListStore) list = lc_store_list (store, type, "convention_id", convention_id, error);
  GHashTable *index;

  if (list == NULL)
    return NULL;

  index = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      LcRecord *record = g_list_model_get_item (G_LIST_MODEL (list), i);
      gint64 *key = g_new (gint64, 1);

      *key = lc_record_get_id (record);
      g_hash_table_insert (index, key, record);
      g_ptr_array_add (keep, record);
    }

  return index;
}

static gpointer
lookup (GHashTable *index,
        gint64      id)
{
  return id > 0 ? g_hash_table_lookup (index, &id) : NULL;
}

/* The organisation a person points at: a convention has a handful, so a
 * look along the list. */
static LcRecord *
organisation_of (LcAgenda *self,
                 LcRecord *person)
{
  gint64 id = lc_person_get_organisation_id (LC_PERSON (person));

  for (guint i = 0; id > 0 && i < self->organisations->len; i++)
    if (lc_record_get_id (g_ptr_array_index (self->organisations, i)) == id)
      return g_ptr_array_index (self->organisations, i);
  return NULL;
}

/* Everything an agenda holds is printed: its texts are cleaned and bounded
 * here, once (see lc-text.c), for the pages, the PDF's metadata and its
 * outline alike. These records are the agenda's own copies. */
static void
prepare_for_print (LcRecord *record)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (record);

  for (guint i = 0; i < klass->columns->len; i++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, i);
      const char *name = column->pspec->name;
      const char *text;
      g_autofree char *shown = NULL;

      if (G_PARAM_SPEC_VALUE_TYPE (column->pspec) != G_TYPE_STRING)
        continue;
      text = lc_record_get_string (record, name);
      if (lc_text_is_displayable (text, LC_TEXT_MAX_PRINT_CHARS))
        continue;
      shown = lc_text_for_display (text, LC_TEXT_MAX_PRINT_CHARS,
                                   lc_text_shortened_note (g_str_has_suffix (name, "-ar")
                                                           ? LC_LANGUAGE_ARABIC
                                                           : LC_LANGUAGE_ENGLISH));
      lc_record_set_string (record, name, shown);
    }
}

/**
 * lc_agenda_load:
 * @store: a library
 * @convention_id: the convention
 * @error: return location for a #GError
 *
 * Reads everything the printed agenda shows, so the pages can be laid out
 * and drawn later (or in another thread) without the store.
 *
 * Returns: (transfer full) (nullable): the agenda
 */
LcAgenda *
lc_agenda_load (LcStore  *store,
                gint64    convention_id,
                GError  **error)
{
  g_autoptr(LcAgenda) self = NULL;
  g_autoptr(GHashTable) rooms = NULL, tracks = NULL, places = NULL, cities = NULL, people = NULL;
  g_autoptr(GListStore) items = NULL;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  self = g_new0 (LcAgenda, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->records = g_ptr_array_new_with_free_func (g_object_unref);

  self->convention = lc_store_get (store, LC_TYPE_CONVENTION, convention_id, error);
  if (self->convention == NULL || !lc_agenda_load_organisations (self, store, convention_id, error))
    return NULL;

  if ((rooms = index_records (store, LC_TYPE_ROOM, convention_id, self->records, error)) == NULL
      || (tracks = index_records (store, LC_TYPE_TRACK, convention_id, self->records, error)) == NULL
      || (places = index_records (store, LC_TYPE_PLACE, convention_id, self->records, error)) == NULL
      || (cities = index_records (store, LC_TYPE_CITY, convention_id, self->records, error)) == NULL
      || (people = index_records (store, LC_TYPE_PERSON, convention_id, self->records,
                                  error)) == NULL)
    return NULL;

  items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", convention_id, error);
  if (items == NULL)
    return NULL;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (items)); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (G_LIST_MODEL (items), i);
      g_autoptr(GListStore) parts = NULL;
      LcAgendaEntry *entry;

      parts = lc_store_list (store, LC_TYPE_PARTICIPATION, "item_id", lc_record_get_id (item),
                             error);
      if (parts == NULL)
        return NULL;

      entry = g_new0 (LcAgendaEntry, 1);
      entry->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) participant_free);
      entry->item = LC_ITEM (item);
      entry->room = lookup (rooms, lc_record_get_int (item, "room-id"));
      entry->track = lookup (tracks, lc_record_get_int (item, "track-id"));
      entry->place = lookup (places, lc_record_get_int (item, "place-id"));
      g_ptr_array_add (self->records, g_object_ref (item));
      g_ptr_array_add (self->entries, entry);
      if (!lc_date_parse (lc_record_get_string (item, "day"), &entry->day))
        {
          g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                       _("The item “%s” has no valid day."),
                       lc_record_get_text (item, "title", LC_LANGUAGE_ENGLISH, NULL));
          return NULL;
        }

      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (parts)); k++)
        {
          g_autoptr(LcRecord) part = g_list_model_get_item (G_LIST_MODEL (parts), k);
          LcRecord *person = lookup (people, lc_record_get_int (part, "person-id"));
          LcAttendance attendance = lc_record_get_int (part, "attendance");
          LcAgendaParticipant *p;

          if (person == NULL)
            continue;
          if (attendance == LC_ATTENDANCE_UNSET)
            attendance = lc_record_get_int (person, "attendance");

          p = g_new0 (LcAgendaParticipant, 1);
          p->person = LC_PERSON (person);
          p->city = lookup (cities, lc_record_get_int (person, "city-id"));
          p->role = lc_record_get_int (part, "role");
          p->online = attendance == LC_ATTENDANCE_ONLINE;
          p->organisation = organisation_of (self, person);
          g_ptr_array_add (entry->participants, p);
        }
    }

  prepare_for_print (LC_RECORD (self->convention));
  for (guint i = 0; i < self->records->len; i++)
    prepare_for_print (g_ptr_array_index (self->records, i));

  return g_steal_pointer (&self);
}

/**
 * lc_agenda_ref:
 * @self: an agenda
 *
 * Returns: (transfer full): @self
 */
LcAgenda *
lc_agenda_ref (LcAgenda *self)
{
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * lc_agenda_unref:
 * @self: (transfer full): an agenda
 */
void
lc_agenda_unref (LcAgenda *self)
{
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_object (&self->convention);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->organisations, g_ptr_array_unref);
  g_clear_pointer (&self->logos, g_ptr_array_unref);
  g_free (self);
}

/**
 * lc_agenda_get_title:
 * @self: an agenda
 * @language: the language wanted
 *
 * Returns: the convention's title, for the name of a print job or a file
 */
const char *
lc_agenda_get_title (LcAgenda   *self,
                     LcLanguage  language)
{
  return lc_record_get_text (LC_RECORD (self->convention), "title", language, NULL);
}

/**
 * lc_agenda_get_n_items:
 * @self: an agenda
 *
 * Returns: how many items the agenda lists
 */
guint
lc_agenda_get_n_items (LcAgenda *self)
{
  return self->entries->len;
}

/**
 * lc_agenda_language_from_string:
 * @text: "ar", "en" or "bilingual"
 * @language: (out): the language
 *
 * Returns: %TRUE when @text names a language of the agenda
 */
gboolean
lc_agenda_language_from_string (const char       *text,
                                LcAgendaLanguage *language)
{
  static const char *names[] = {
    [LC_AGENDA_LANGUAGE_ARABIC] = "ar",
    [LC_AGENDA_LANGUAGE_ENGLISH] = "en",
    [LC_AGENDA_LANGUAGE_BILINGUAL] = "bilingual",
  };

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *language = (LcAgendaLanguage) i;
        return TRUE;
      }

  return FALSE;
}

/**
 * lc_agenda_language_default:
 *
 * Returns: Arabic for a user whose messages are in Arabic, else English
 */
LcAgendaLanguage
lc_agenda_language_default (void)
{
  return lc_l10n_language_from_environment () == LC_LANGUAGE_ARABIC ? LC_AGENDA_LANGUAGE_ARABIC
                                                                     : LC_AGENDA_LANGUAGE_ENGLISH;
}

/**
 * lc_paper_from_string:
 * @text: "a4" or "letter"
 * @paper: (out): the paper
 *
 * Returns: %TRUE when @text names a paper size
 */
gboolean
lc_paper_from_string (const char *text,
                      LcPaper    *paper)
{
  if (text != NULL && g_ascii_strcasecmp (text, "a4") == 0)
    *paper = LC_PAPER_A4;
  else if (text != NULL && g_ascii_strcasecmp (text, "letter") == 0)
    *paper = LC_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

/**
 * lc_paper_get_size:
 * @paper: a paper size
 * @width: (out): its width in points
 * @height: (out): its height in points
 */
void
lc_paper_get_size (LcPaper  paper,
                   double  *width,
                   double  *height)
{
  *width = paper == LC_PAPER_LETTER ? LETTER_WIDTH : A4_WIDTH;
  *height = paper == LC_PAPER_LETTER ? LETTER_HEIGHT : A4_HEIGHT;
}

/**
 * lc_agenda_cli_export_pdf:
 * @ctx: the command's context
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * The command line's --export-agenda-pdf, with --language and --paper.
 * A value it does not know is refused before anything is written.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_agenda_cli_export_pdf (LcCliContext  *ctx,
                          const char    *path,
                          GError       **error)
{
  const char *language_name = lc_cli_get_string (ctx, "language");
  const char *paper_name = lc_cli_get_string (ctx, "paper");
  LcAgendaLanguage language = lc_agenda_language_default ();
  LcPaper paper = LC_PAPER_A4;

  if (language_name != NULL && !lc_agenda_language_from_string (language_name, &language))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a language of the agenda: use ar, en or bilingual."),
                   language_name);
      return FALSE;
    }
  if (paper_name != NULL && !lc_paper_from_string (paper_name, &paper))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a paper size: use a4 or letter."), paper_name);
      return FALSE;
    }
  if (path == NULL || *path == '\0')
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("Give the PDF file to write: --export-agenda-pdf=FILE.pdf."));
      return FALSE;
    }

  return lc_agenda_export_pdf (ctx->store, ctx->convention_id, path, language, paper, error);
}
