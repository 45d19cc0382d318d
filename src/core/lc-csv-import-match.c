/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-csv-import-private.h"

/* Matching the rows of a plan against the records of the library: which
 * row adds a record, which updates one, which is ambiguous. */

/* The records of the convention, by the keys of their names. */
typedef struct
{
  GListStore *list;
  GHashTable *by_key[2];   /* key → GPtrArray of LcRecord, not owned */
} Index;

static void
index_clear (Index *index)
{
  g_clear_pointer (&index->by_key[SLOT_AR], g_hash_table_unref);
  g_clear_pointer (&index->by_key[SLOT_EN], g_hash_table_unref);
  g_clear_object (&index->list);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Index, index_clear)

static gboolean
index_load (Index    *index,
            LcStore  *store,
            GType     type,
            gint64    convention_id,
            GError  **error)
{
  const char *properties[2] = { "name-ar", "name-en" };

  index->list = lc_store_list (store, type, "convention_id", convention_id, error);
  if (index->list == NULL)
    return FALSE;

  for (int s = SLOT_AR; s <= SLOT_EN; s++)
    {
      index->by_key[s] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                (GDestroyNotify) g_ptr_array_unref);
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (index->list)); i++)
        {
          LcRecord *record = g_list_model_get_item (G_LIST_MODEL (index->list), i);
          g_autofree char *key = lc_csv_import_normalize_key (lc_record_get_string (record, properties[s]), FALSE);
          GPtrArray *same;

          /* The list holds a reference for as long as the index lives. */
          g_object_unref (record);
          if (*key == '\0')
            continue;
          same = g_hash_table_lookup (index->by_key[s], key);
          if (same == NULL)
            {
              same = g_ptr_array_new ();
              g_hash_table_insert (index->by_key[s], g_strdup (key), same);
            }
          g_ptr_array_add (same, record);
        }
    }

  return TRUE;
}

static char *
record_label (LcRecord *record)
{
  const char *en = lc_record_get_string (record, "name-en");
  const char *ar = lc_record_get_string (record, "name-ar");

  if (*en && *ar)
    return g_strdup_printf ("%s — %s", en, ar);

  return g_strdup (*en ? en : ar);
}

static void
set_value (LcRecord    *record,
           const Field *field,
           int          slot,
           const char  *value,
           gint64       city_id)
{
  g_autofree char *property = NULL;

  switch (field->type)
    {
    case F_TEXT:
      property = g_strconcat (field->property, slot == SLOT_AR ? "-ar" : "-en", NULL);
      lc_record_set_string (record, property, value);
      /* Whom a person represents, in words: neither their city nor their
       * organisation (lc-participant.h). */
      if (g_str_equal (field->property, "represents"))
        lc_record_set_int (record, "represents", LC_REPRESENTS_OTHER);
      break;
    case F_COUNTRY:
    case F_EMAIL:
    case F_PHONE:
      lc_record_set_string (record, field->property, value);
      break;
    case F_CITY:
      lc_record_set_int (record, field->property, city_id);
      break;
    default:
      lc_record_set_int (record, field->property, g_ascii_strtoll (value, NULL, 10));
    }
}

/* Whether the field, in the slot, differs between two records. */
static gboolean
field_differs (LcRecord    *a,
               LcRecord    *b,
               const Field *field,
               int          slot)
{
  g_autofree char *property = NULL;

  if (field->type == F_TEXT)
    property = g_strconcat (field->property, slot == SLOT_AR ? "-ar" : "-en", NULL);
  else
    property = g_strdup (field->property);

  if (field->type == F_TEXT || field->type == F_COUNTRY || field->type == F_EMAIL || field->type == F_PHONE)
    return !g_str_equal (lc_record_get_string (a, property), lc_record_get_string (b, property));

  return lc_record_get_int (a, property) != lc_record_get_int (b, property);
}

static LcRecord *
single_match (GPtrArray *matches)
{
  return matches && matches->len == 1 ? g_ptr_array_index (matches, 0) : NULL;
}

static char *
ambiguous_reason (LcCsvImportKind  kind,
                  guint            n,
                  const char      *name)
{
  g_autofree char *shown = lc_csv_import_shorten (name);

  if (kind == LC_CSV_IMPORT_CITIES)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u city of the convention is named “%s”; rename "
                                         "all but one first, so the row can tell which to update",
                                         "%u cities of the convention are named “%s”; rename "
                                         "all but one first, so the row can tell which to update", n),
                            n, shown);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u person of the convention is named “%s”; rename "
                                       "all but one first, so the row can tell which to update",
                                       "%u people of the convention are named “%s”; rename "
                                       "all but one first, so the row can tell which to update", n),
                          n, shown);
}

/* Finds the one city a speaker row names, in either language. */
static LcRecord *
find_city (Index       *cities,
           const char  *name,
           const char  *header,
           char       **reason)
{
  g_autofree char *key = lc_csv_import_normalize_key (name, FALSE);
  g_autofree char *shown = lc_csv_import_shorten (name);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (int s = SLOT_AR; s <= SLOT_EN; s++)
    {
      GPtrArray *same = g_hash_table_lookup (cities->by_key[s], key);

      for (guint i = 0; same && i < same->len; i++)
        if (!g_ptr_array_find (found, g_ptr_array_index (same, i), NULL))
          g_ptr_array_add (found, g_ptr_array_index (same, i));
    }

  if (found->len == 1)
    return g_ptr_array_index (found, 0);

  if (found->len == 0)
    *reason = g_strdup_printf (_("column “%s”: the convention has no city named “%s”; "
                                 "import or add the cities first"), header, shown);
  else
    *reason = ambiguous_reason (LC_CSV_IMPORT_CITIES, found->len, name);

  return NULL;
}

/* Decides, against the library as it is now, what each row does. Fills
 * @rows (LcImportRow) and @records (the record to write, or NULL). */
gboolean
lc_csv_import_resolve (LcImportPlan          *self,
                       LcStore               *store,
                       GPtrArray             *rows,
                       GPtrArray             *records,
                       GCancellable          *cancellable,
                       LcImportProgressFunc   progress,
                       gpointer               user_data,
                       double                 from,
                       double                 to,
                       GError               **error)
{
  guint n_fields;
  const Field *fields = lc_csv_import_fields_for (self->kind, &n_fields);
  GType type = self->kind == LC_CSV_IMPORT_CITIES ? LC_TYPE_CITY : LC_TYPE_PERSON;
  g_auto(Index) existing = { NULL, };
  g_auto(Index) cities = { NULL, };

  if (!index_load (&existing, store, type, self->convention_id, error))
    return FALSE;
  if (self->kind == LC_CSV_IMPORT_SPEAKERS
      && !index_load (&cities, store, LC_TYPE_CITY, self->convention_id, error))
    return FALSE;

  for (guint r = 0; r < self->parsed->len; r++)
    {
      ParsedRow *parsed = g_ptr_array_index (self->parsed, r);
      LcImportRow *row = g_new0 (LcImportRow, 1);
      g_autoptr(LcRecord) record = NULL;
      LcRecord *target = NULL, *match[2] = { NULL, NULL };
      gint64 city_id = 0;

      g_ptr_array_add (rows, row);
      row->line = parsed->line;
      row->label = g_strdup (parsed->values[0][SLOT_EN] ? parsed->values[0][SLOT_EN]
                             : parsed->values[0][SLOT_AR] ? parsed->values[0][SLOT_AR] : "");
      if (parsed->values[0][SLOT_EN] && parsed->values[0][SLOT_AR])
        {
          g_free (row->label);
          row->label = g_strdup_printf ("%s — %s", parsed->values[0][SLOT_EN], parsed->values[0][SLOT_AR]);
        }

      if (r % 64 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;
          if (progress)
            progress (from + (to - from) * r / self->parsed->len, user_data);
        }

      if (parsed->reject != NULL)
        {
          row->action = LC_IMPORT_ROW_REJECTED;
          row->reason = g_strdup (parsed->reject);
          g_ptr_array_add (records, NULL);
          continue;
        }

      if (parsed->leader >= 0)
        {
          LcImportRow *leader = g_ptr_array_index (rows, parsed->leader);

          row->action = LC_IMPORT_ROW_MERGED;
          row->merged_into = leader->line;
          row->target_id = leader->target_id;
          row->reason = g_strdup_printf (_("repeats line %u and was merged into it"), leader->line);
          g_ptr_array_add (records, NULL);
          continue;
        }

      for (int s = SLOT_AR; s <= SLOT_EN; s++)
        {
          g_autofree char *key = lc_csv_import_row_key (parsed, s);
          GPtrArray *same = key ? g_hash_table_lookup (existing.by_key[s], key) : NULL;

          if (same && same->len > 1 && row->reason == NULL)
            row->reason = ambiguous_reason (self->kind, same->len, parsed->values[0][s]);
          match[s] = single_match (same);
        }

      if (row->reason == NULL && match[SLOT_AR] && match[SLOT_EN] && match[SLOT_AR] != match[SLOT_EN])
        {
          g_autofree char *by_ar = record_label (match[SLOT_AR]);
          g_autofree char *by_en = record_label (match[SLOT_EN]);

          row->reason = g_strdup_printf (_("the Arabic name matches “%s” but the English name "
                                           "matches “%s”, another record"), by_ar, by_en);
        }

      for (guint f = 0; f < n_fields && row->reason == NULL; f++)
        if (fields[f].type == F_CITY && parsed->values[f][SLOT_AR] != NULL)
          {
            LcRecord *city = find_city (&cities, parsed->values[f][SLOT_AR],
                                        lc_csv_import_column_header (self, parsed->source[f][SLOT_AR]),
                                        &row->reason);

            city_id = city ? lc_record_get_id (city) : 0;
          }

      if (row->reason != NULL)
        {
          row->action = LC_IMPORT_ROW_REJECTED;
          g_ptr_array_add (records, NULL);
          continue;
        }

      target = match[SLOT_AR] ? match[SLOT_AR] : match[SLOT_EN];
      if (target != NULL)
        {
          record = lc_record_copy (target);
          /* Show the record as the library spells it. */
          g_free (row->label);
          row->label = record_label (target);
        }
      else
        {
          record = g_object_new (type, NULL);
          lc_record_set_int (record, "convention-id", self->convention_id);
        }

      for (guint f = 0; f < n_fields; f++)
        for (int s = SLOT_AR; s <= SLOT_EN; s++)
          {
            g_autofree char *key = NULL;

            if (parsed->values[f][s] == NULL)
              continue;
            /* A name that matched keeps the library's spelling: "SAMAH
             * SHALABY" finds Samah Shalaby but does not rename her. */
            if (f == 0 && target != NULL)
              {
                const char *current = lc_record_get_string (target, s == SLOT_AR ? "name-ar" : "name-en");
                g_autofree char *current_key = lc_csv_import_normalize_key (current, FALSE);

                key = lc_csv_import_row_key (parsed, s);
                if (g_str_equal (key, current_key))
                  continue;
              }
            set_value (record, &fields[f], s, parsed->values[f][s], city_id);
          }

      for (guint f = 0; f < n_fields && row->reason == NULL; f++)
        if (fields[f].type == F_STATUS && parsed->values[f][SLOT_AR] != NULL)
          lc_csv_import_check_status (target, record, lc_csv_import_column_header (self, parsed->source[f][SLOT_AR]),
                                      &row->reason);
      if (row->reason != NULL)
        {
          row->action = LC_IMPORT_ROW_REJECTED;
          g_ptr_array_add (records, NULL);
          continue;
        }

      if (target == NULL)
        {
          row->action = LC_IMPORT_ROW_ADD;
        }
      else if (lc_record_equal (record, target))
        {
          row->action = LC_IMPORT_ROW_UNCHANGED;
          row->target_id = lc_record_get_id (target);
        }
      else
        {
          g_autoptr(GString) changed = g_string_new (NULL);

          row->action = LC_IMPORT_ROW_UPDATE;
          row->target_id = lc_record_get_id (target);
          for (guint f = 0; f < n_fields; f++)
            for (int s = SLOT_AR; s <= SLOT_EN; s++)
              if (parsed->values[f][s] != NULL && field_differs (record, target, &fields[f], s))
                g_string_append_printf (changed, "%s%s", changed->len ? ", " : "",
                                        lc_csv_import_column_header (self, parsed->source[f][s]));
          row->changed = g_string_free (g_steal_pointer (&changed), FALSE);
        }

      g_ptr_array_add (records, g_steal_pointer (&record));
    }

  return TRUE;
}
