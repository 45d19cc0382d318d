/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-record-private.h"
#include "lc-text.h"

/* What a record knows beyond its values: the values the store held when it
 * was read or written (so an edit writes only what changed), its texts as
 * they may be laid out (see lc-text.c), and its revision. */

/* One counter for every record of the process, so that a revision names
 * one record's values at one time: a view that remembers it needs no
 * pointer to the record, which may be freed and another made at its
 * address. Records are read in worker threads, hence atomic; 64 bits do
 * not wrap. */
static gsize revisions;

/* A field changed (or the record was made). */
void
lc_record_bump_revision (LcRecord *self)
{
  lc_record_private (self)->revision = (guint64) g_atomic_pointer_add (&revisions, 1) + 1;
}

/**
 * lc_record_get_revision:
 * @self: a record
 *
 * A number that changes whenever one of the record's fields (or its id)
 * changes, and that no other record of the process has ever had: a view
 * that remembers it knows, by comparing one number, whether what it shows
 * of the record can have changed, without building a text to compare.
 * The store fills a record it has just made before anyone holds it; the
 * record keeps the revision it was made with.
 *
 * Returns: the record's revision, never 0
 */
guint64
lc_record_get_revision (LcRecord *self)
{
  g_return_val_if_fail (LC_IS_RECORD (self), 0);

  return lc_record_private (self)->revision;
}

/* A copy of @n values. */
static GValue *
copy_values (const GValue *from,
             guint         n)
{
  GValue *to = g_new0 (GValue, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_value_init (&to[i], G_VALUE_TYPE (&from[i]));
      g_value_copy (&from[i], &to[i]);
    }

  return to;
}

/* Takes what the store held of @from, as @to's. */
void
lc_record_copy_stored (LcRecord *to,
                       LcRecord *from)
{
  LcRecordPrivate *priv_from = lc_record_private (from);
  LcRecordPrivate *priv_to = lc_record_private (to);

  lc_record_forget_stored (to);
  if (priv_from->stored == NULL && !priv_from->stored_is_values)
    return;

  lc_record_ensure_values (to);
  priv_to->stored = copy_values (priv_from->stored_is_values ? priv_from->values : priv_from->stored,
                                 priv_to->n_values);
}

/**
 * lc_record_get_display_text:
 * @self: a record
 * @field: a bilingual field, such as "title"
 * @language: the language wanted, the screen's
 * @fell_back: (out) (optional): set to %TRUE when the other language had to be used
 *
 * Like lc_record_get_text(), as the text may be laid out: cleaned and
 * bounded by lc_text_for_display() for the screen (at most
 * %LC_TEXT_MAX_SCREEN_CHARS) when it must be (the stored text is
 * untouched). The result is kept with the record until the field changes.
 *
 * Returns: (transfer none): the text to show
 */
const char *
lc_record_get_display_text (LcRecord   *self,
                            const char *field,
                            LcLanguage  language,
                            gboolean   *fell_back)
{
  LcRecordPrivate *priv = lc_record_private (self);
  gboolean other = FALSE;
  const char *text = lc_record_get_text (self, field, language, &other);
  char property[64];
  GValue *value;
  guint index;

  if (fell_back != NULL)
    *fell_back = other;

  /* The common case costs one pass over the text and nothing else. */
  if (lc_text_is_displayable (text, LC_TEXT_MAX_SCREEN_CHARS))
    return text;

  g_snprintf (property, sizeof property, "%s-%s", field,
              (language == LC_LANGUAGE_ARABIC) != other ? "ar" : "en");
  value = lc_record_value_for_name (self, property);
  g_return_val_if_fail (value != NULL, text);
  index = value - priv->values;

  if (priv->display == NULL)
    priv->display = g_new0 (char *, priv->n_values + 1);
  if (priv->display[index] == NULL)
    priv->display[index] = lc_text_for_display (text, LC_TEXT_MAX_SCREEN_CHARS,
                                                lc_text_shortened_note (language));

  return priv->display[index];
}

/* What the store knows of a record: the values it was last read with or
 * written as. lc_store_update () writes only the fields that differ from
 * them, so a window's edit of one field never writes back its old copy of
 * the others over a change another process made meanwhile. */

/**
 * lc_record_set_stored:
 * @self: a record
 *
 * Remembers the record's values as the ones the store holds. The store
 * calls this when it reads or writes the record.
 */
void
lc_record_set_stored (LcRecord *self)
{
  LcRecordPrivate *priv = lc_record_private (self);

  lc_record_ensure_values (self);
  lc_record_forget_stored (self);
  /* Not copied: the values are what the store holds until one of them
   * changes (lc_record_keep_stored ()). A large convention's records are
   * read by the half million values, and few of them are ever edited. */
  priv->stored_is_values = TRUE;
}

/* Before one of the record's values changes: what the store holds is
 * copied apart, when it was the values themselves. */
void
lc_record_keep_stored (LcRecord *self)
{
  LcRecordPrivate *priv = lc_record_private (self);

  if (!priv->stored_is_values)
    return;
  priv->stored = copy_values (priv->values, priv->n_values);
  priv->stored_is_values = FALSE;
}

/**
 * lc_record_forget_stored:
 * @self: a record
 *
 * Forgets what the store held: lc_store_update () then writes every field.
 */
void
lc_record_forget_stored (LcRecord *self)
{
  LcRecordPrivate *priv = lc_record_private (self);

  priv->stored_is_values = FALSE;
  if (priv->stored == NULL)
    return;
  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->stored[i]);
  g_clear_pointer (&priv->stored, g_free);
}

/**
 * lc_record_is_changed:
 * @self: a record
 * @column: the index of a column of its class
 *
 * Returns: %TRUE when the column's value differs from the one the store
 *   held, or when that is not known
 */
gboolean
lc_record_is_changed (LcRecord *self,
                      guint     column)
{
  LcRecordPrivate *priv = lc_record_private (self);
  LcRecordClass *klass = LC_RECORD_GET_CLASS (self);
  GValue *values = lc_record_ensure_values (self);

  g_return_val_if_fail (column < priv->n_values, TRUE);

  if (priv->stored_is_values)
    return FALSE;
  if (priv->stored == NULL)
    return TRUE;

  return g_param_values_cmp (((LcColumn *) g_ptr_array_index (klass->columns, column))->pspec,
                             &values[column], &priv->stored[column]) != 0;
}

/**
 * lc_record_assign:
 * @self: a record
 * @other: a record of the same class and id, such as a fresh copy from the store
 *
 * Takes @other's values, and what the store holds, keeping @self the
 * object views hold; notifies each property that changes.
 */
void
lc_record_assign (LcRecord *self,
                  LcRecord *other)
{
  lc_record_assign_values (self, other);
  lc_record_copy_stored (self, other);
}

/**
 * lc_record_assign_values:
 * @self: a record
 * @other: a record of the same class and id, such as an edit not stored yet
 *
 * Takes @other's values, keeping what the store holds; notifies each
 * property that changes.
 */
void
lc_record_assign_values (LcRecord *self,
                         LcRecord *other)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (self);

  g_return_if_fail (G_OBJECT_TYPE (self) == G_OBJECT_TYPE (other));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < klass->columns->len; i++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, i);
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, column->pspec->value_type);
      g_object_get_property (G_OBJECT (other), column->pspec->name, &value);
      g_object_set_property (G_OBJECT (self), column->pspec->name, &value);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * lc_record_peek_value:
 * @self: a record
 * @column: the index of a column of its class
 *
 * The value of a column, by its index: what the store reads and writes
 * for every row, without looking the property up by name.
 *
 * Returns: (transfer none): the value
 */
const GValue *
lc_record_peek_value (LcRecord *self,
                      guint     column)
{
  LcRecordPrivate *priv = lc_record_private (self);
  GValue *values = lc_record_ensure_values (self);

  g_return_val_if_fail (column < priv->n_values, NULL);

  return &values[column];
}
