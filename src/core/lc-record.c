/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-record-private.h"

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (LcRecord, lc_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* For lc-record-state.c. */
LcRecordPrivate *
lc_record_private (LcRecord *self)
{
  return lc_record_get_instance_private (self);
}

static void
lc_column_free (gpointer data)
{
  LcColumn *column = data;

  g_param_spec_unref (column->pspec);
  g_free (column->name);
  g_free (column);
}

static GValue *
ensure_values (LcRecord *self,
               gboolean  defaults)
{
  LcRecordPrivate *priv = lc_record_get_instance_private (self);
  LcRecordClass *klass = LC_RECORD_GET_CLASS (self);

  if (priv->values == NULL)
    {
      guint n = klass->columns ? klass->columns->len : 0;

      priv->n_values = n;
      priv->values = g_new0 (GValue, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          const LcColumn *column = g_ptr_array_index (klass->columns, i);

          g_value_init (&priv->values[i], column->pspec->value_type);
          if (defaults)
            g_param_value_set_default (column->pspec, &priv->values[i]);
        }
    }

  return priv->values;
}

GValue *
lc_record_ensure_values (LcRecord *self)
{
  return ensure_values (self, TRUE);
}

/* For the store's reader, which sets every value of a new record: each
 * value is of its column's type, empty rather than the default, which the
 * reader would only throw away (hundreds of thousands of values for a
 * large convention). */
GValue *
lc_record_ensure_empty_values (LcRecord *self)
{
  return ensure_values (self, FALSE);
}

/* Property ids of a subclass are 1 + the column index. */
static GValue *
value_for_pspec (LcRecord   *self,
                 GParamSpec *pspec)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (self);
  guint index = pspec->param_id - 1;

  if (index < klass->columns->len && ((LcColumn *) g_ptr_array_index (klass->columns, index))->pspec == pspec)
    return &lc_record_ensure_values (self)[index];

  for (guint i = 0; i < klass->columns->len; i++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, i);

      if (column->pspec == pspec)
        return &lc_record_ensure_values (self)[i];
    }

  return NULL;
}

GValue *
lc_record_value_for_name (LcRecord   *self,
                          const char *property)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (self);
  gpointer found = klass->column_index ? g_hash_table_lookup (klass->column_index, property) : NULL;
  GParamSpec *pspec;
  GValue *value;

  /* Every field read goes through here: views read thousands per change,
   * and GObject's property lookup by name costs five times this table's. */
  if (found != NULL)
    return &lc_record_ensure_values (self)[GPOINTER_TO_UINT (found) - 1];

  /* Names GObject also takes, such as "start_minute". */
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (self), property);
  value = pspec ? value_for_pspec (self, pspec) : NULL;

  if (value == NULL)
    g_critical ("%s has no stored property “%s”", G_OBJECT_TYPE_NAME (self), property);

  return value;
}

/* The text shown for a column is made again after it changes. */
static void
forget_display (LcRecord *self,
                GValue   *value)
{
  LcRecordPrivate *priv = lc_record_get_instance_private (self);

  if (priv->display != NULL)
    g_clear_pointer (&priv->display[value - priv->values], g_free);
}

static void
lc_record_finalize (GObject *object)
{
  LcRecordPrivate *priv = lc_record_get_instance_private (LC_RECORD (object));

  for (guint i = 0; i < priv->n_values; i++)
    g_value_unset (&priv->values[i]);
  g_free (priv->values);
  lc_record_forget_stored (LC_RECORD (object));
  /* Not g_strfreev (): a column with nothing to show apart is a NULL. */
  for (guint i = 0; priv->display != NULL && i < priv->n_values; i++)
    g_free (priv->display[i]);
  g_free (priv->display);
  g_free (priv->uid);

  G_OBJECT_CLASS (lc_record_parent_class)->finalize (object);
}

static void
lc_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LcRecord *self = LC_RECORD (object);

  if (pspec->owner_type == LC_TYPE_RECORD && prop_id == PROP_ID)
    {
      g_value_set_int64 (value, lc_record_get_id (self));
      return;
    }

  g_value_copy (value_for_pspec (self, pspec), value);
}

static void
lc_record_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LcRecord *self = LC_RECORD (object);
  GValue *stored;

  if (pspec->owner_type == LC_TYPE_RECORD && prop_id == PROP_ID)
    {
      lc_record_set_id (self, g_value_get_int64 (value));
      return;
    }

  stored = value_for_pspec (self, pspec);
  if (g_param_values_cmp (pspec, stored, value) == 0)
    return;

  lc_record_keep_stored (self);
  g_value_copy (value, stored);
  forget_display (self, stored);
  lc_record_bump_revision (self);
  g_object_notify_by_pspec (object, pspec);
}

static void
lc_record_class_init (LcRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lc_record_finalize;
  object_class->get_property = lc_record_get_property;
  object_class->set_property = lc_record_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_record_init (LcRecord *self)
{
  lc_record_bump_revision (self);
}

static void
add_column (LcRecordClass *klass,
            GParamSpec    *pspec,
            gboolean       zero_is_null,
            const char    *references)
{
  LcColumn *column = g_new0 (LcColumn, 1);

  if (klass->columns == NULL)
    klass->columns = g_ptr_array_new_with_free_func (lc_column_free);

  column->pspec = g_param_spec_ref_sink (pspec);
  column->name = g_strdelimit (g_strdup (pspec->name), "-", '_');
  column->zero_is_null = zero_is_null;
  column->references = references;
  g_ptr_array_add (klass->columns, column);
  /* Filled while the class is made, read-only after: the store's worker
   * reads records too. */
  if (klass->column_index == NULL)
    klass->column_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (klass->column_index, (gpointer) g_param_spec_get_name (pspec),
                       GUINT_TO_POINTER (klass->columns->len));

  g_object_class_install_property (G_OBJECT_CLASS (klass), klass->columns->len, pspec);
}

#define FLAGS (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB)

/**
 * lc_record_class_set_table:
 * @klass: a record class
 * @table: its SQL table
 * @parent_column: (nullable): the column that names the owner, if any
 * @order_by: the SQL ordering for lists
 *
 * Names where records of @klass are stored. Call first in class_init.
 */
void
lc_record_class_set_table (LcRecordClass *klass,
                           const char    *table,
                           const char    *parent_column,
                           const char    *order_by)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  klass->table = table;
  klass->parent_column = parent_column;
  klass->order_by = order_by;

  /* GObject does not inherit these: each class that installs properties
   * needs its own, and ours are generic. */
  object_class->get_property = lc_record_get_property;
  object_class->set_property = lc_record_set_property;
}

/**
 * lc_record_class_add_text:
 * @klass: a record class
 * @name: the property name
 *
 * Adds a text column; its value is never %NULL (empty by default).
 */
void
lc_record_class_add_text (LcRecordClass *klass,
                          const char    *name)
{
  add_column (klass, g_param_spec_string (g_intern_string (name), NULL, NULL, "", FLAGS), FALSE, NULL);
}

/**
 * lc_record_class_add_bilingual:
 * @klass: a record class
 * @name: the field name, such as "title"
 *
 * Adds the two text columns "@name-ar" and "@name-en".
 */
void
lc_record_class_add_bilingual (LcRecordClass *klass,
                               const char    *name)
{
  g_autofree char *ar = g_strconcat (name, "-ar", NULL);
  g_autofree char *en = g_strconcat (name, "-en", NULL);

  lc_record_class_add_text (klass, ar);
  lc_record_class_add_text (klass, en);
}

/**
 * lc_record_class_add_int:
 * @klass: a record class
 * @name: the property name
 * @minimum: the smallest value
 * @maximum: the largest value
 * @zero_is_null: whether 0 means "none" and is stored as NULL
 *
 * Adds an integer column.
 */
void
lc_record_class_add_int (LcRecordClass *klass,
                         const char    *name,
                         int            minimum,
                         int            maximum,
                         gboolean       zero_is_null)
{
  add_column (klass,
              g_param_spec_int (g_intern_string (name), NULL, NULL, minimum, maximum,
                                CLAMP (0, minimum, maximum), FLAGS),
              zero_is_null, NULL);
}

/**
 * lc_record_class_add_boolean:
 * @klass: a record class
 * @name: the property name
 *
 * Adds a boolean column, stored as 0 or 1.
 */
void
lc_record_class_add_boolean (LcRecordClass *klass,
                             const char    *name)
{
  add_column (klass, g_param_spec_boolean (g_intern_string (name), NULL, NULL, FALSE, FLAGS), FALSE, NULL);
}

/**
 * lc_record_class_add_enum:
 * @klass: a record class
 * @name: the property name
 * @enum_type: the enumeration
 * @default_value: its default
 * @zero_is_null: whether the value 0 is stored as NULL
 *
 * Adds an enumeration column, stored as the value's nick.
 */
void
lc_record_class_add_enum (LcRecordClass *klass,
                          const char    *name,
                          GType          enum_type,
                          int            default_value,
                          gboolean       zero_is_null)
{
  add_column (klass,
              g_param_spec_enum (g_intern_string (name), NULL, NULL, enum_type, default_value, FLAGS),
              zero_is_null, NULL);
}

/**
 * lc_record_class_add_reference:
 * @klass: a record class
 * @name: the property name, such as "city-id"
 * @table: the table it refers to
 *
 * Adds a reference to another record; 0 means none and is stored as NULL.
 */
void
lc_record_class_add_reference (LcRecordClass *klass,
                               const char    *name,
                               const char    *table)
{
  add_column (klass,
              g_param_spec_int64 (g_intern_string (name), NULL, NULL, 0, G_MAXINT64, 0, FLAGS),
              TRUE, table);
}

/**
 * lc_record_class_find_column:
 * @klass: a record class
 * @column: an SQL column name
 *
 * Returns: (nullable): the column, or %NULL when @klass has none by that name
 */
const LcColumn *
lc_record_class_find_column (LcRecordClass *klass,
                             const char    *column)
{
  for (guint i = 0; klass->columns && i < klass->columns->len; i++)
    {
      const LcColumn *c = g_ptr_array_index (klass->columns, i);

      if (g_str_equal (c->name, column))
        return c;
    }

  return NULL;
}

/**
 * lc_record_get_id:
 * @self: a record
 *
 * Returns: the row id, or 0 for a record that was never stored
 */
gint64
lc_record_get_id (LcRecord *self)
{
  LcRecordPrivate *priv = lc_record_get_instance_private (self);

  g_return_val_if_fail (LC_IS_RECORD (self), 0);

  return priv->id;
}

/**
 * lc_record_get_uid:
 * @self: a record
 *
 * The record's identity across libraries, as the store read it (see
 * lc_store_get_uid()); a copy has its original's, so that restoring a
 * deleted record with lc_store_insert() gives it back its identity.
 *
 * Returns: (nullable): the UUID, or %NULL for a record not read from the
 *   store (inserting it gives it a new one)
 */
const char *
lc_record_get_uid (LcRecord *self)
{
  LcRecordPrivate *priv = lc_record_get_instance_private (self);

  g_return_val_if_fail (LC_IS_RECORD (self), NULL);

  return priv->uid;
}

/**
 * lc_record_set_uid:
 * @self: a record
 * @uid: (nullable): a UUID, or %NULL for a record that is to get a new
 *   identity when inserted (a duplicate)
 */
void
lc_record_set_uid (LcRecord   *self,
                   const char *uid)
{
  LcRecordPrivate *priv = lc_record_get_instance_private (self);

  g_return_if_fail (LC_IS_RECORD (self));

  g_free (priv->uid);
  priv->uid = g_strdup (uid);
}

void
lc_record_set_id (LcRecord *self,
                  gint64    id)
{
  LcRecordPrivate *priv = lc_record_get_instance_private (self);

  g_return_if_fail (LC_IS_RECORD (self));

  if (priv->id == id)
    return;

  priv->id = id;
  lc_record_bump_revision (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

/**
 * lc_record_get_parent_id:
 * @self: a record
 *
 * Returns: the id in the class's parent column (the owning convention, item…),
 *   or 0 when the class has none
 */
gint64
lc_record_get_parent_id (LcRecord *self)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (self);
  g_autofree char *property = NULL;

  if (klass->parent_column == NULL)
    return 0;

  property = g_strdelimit (g_strdup (klass->parent_column), "_", '-');
  return lc_record_get_int (self, property);
}

/**
 * lc_record_get_string:
 * @self: a record
 * @property: a text property
 *
 * Returns: (transfer none): the value, never %NULL
 */
const char *
lc_record_get_string (LcRecord   *self,
                      const char *property)
{
  GValue *value = lc_record_value_for_name (self, property);
  const char *s;

  g_return_val_if_fail (value && G_VALUE_HOLDS_STRING (value), "");

  s = g_value_get_string (value);
  return s ? s : "";
}

void
lc_record_set_string (LcRecord   *self,
                      const char *property,
                      const char *value)
{
  g_object_set (self, property, value ? value : "", NULL);
}

/**
 * lc_record_get_int:
 * @self: a record
 * @property: an integer, boolean, enumeration or reference property
 *
 * Returns: the value as a 64-bit integer
 */
gint64
lc_record_get_int (LcRecord   *self,
                   const char *property)
{
  GValue *value = lc_record_value_for_name (self, property);

  g_return_val_if_fail (value != NULL, 0);

  /* The fundamental type, asked once rather than per G_VALUE_HOLDS_*. */
  switch (G_TYPE_FUNDAMENTAL (G_VALUE_TYPE (value)))
    {
    case G_TYPE_INT64:
      return g_value_get_int64 (value);
    case G_TYPE_INT:
      return g_value_get_int (value);
    case G_TYPE_BOOLEAN:
      return g_value_get_boolean (value);
    case G_TYPE_ENUM:
      return g_value_get_enum (value);
    default:
      g_return_val_if_reached (0);
    }
}

void
lc_record_set_int (LcRecord   *self,
                   const char *property,
                   gint64      value)
{
  GValue *stored = lc_record_value_for_name (self, property);
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_if_fail (stored != NULL);

  g_value_init (&v, G_VALUE_TYPE (stored));
  if (!lc_record_value_set_int (&v, value))
    g_return_if_reached ();

  g_object_set_property (G_OBJECT (self), property, &v);
}

/* Sets an integer, boolean or enumeration @value; FALSE for other types. */
gboolean
lc_record_value_set_int (GValue *value,
                         gint64  number)
{
  if (G_VALUE_HOLDS_INT64 (value))
    g_value_set_int64 (value, number);
  else if (G_VALUE_HOLDS_INT (value))
    g_value_set_int (value, (int) number);
  else if (G_VALUE_HOLDS_BOOLEAN (value))
    g_value_set_boolean (value, number != 0);
  else if (G_VALUE_HOLDS_ENUM (value))
    g_value_set_enum (value, (int) number);
  else
    return FALSE;

  return TRUE;
}

/**
 * lc_record_get_text:
 * @self: a record
 * @field: a bilingual field, such as "title"
 * @language: the language wanted
 * @fell_back: (out) (optional): set to %TRUE when the other language had to be used
 *
 * Returns: (transfer none): the text in @language, or in the other language
 *   when that one is empty
 */
const char *
lc_record_get_text (LcRecord   *self,
                    const char *field,
                    LcLanguage  language,
                    gboolean   *fell_back)
{
  char name[64];
  gsize length = strlen (field);
  const char *text, *other;

  g_return_val_if_fail (length + sizeof "-ar" <= sizeof name, "");

  /* Put together by hand: exports ask for a few texts of every record, and
   * formatting the two names took as long as finding their values. */
  memcpy (name, field, length);
  memcpy (name + length, language == LC_LANGUAGE_ARABIC ? "-ar" : "-en", sizeof "-ar");
  text = lc_record_get_string (self, name);
  if (fell_back)
    *fell_back = FALSE;
  if (*text != '\0')
    return text;

  memcpy (name + length, language == LC_LANGUAGE_ARABIC ? "-en" : "-ar", sizeof "-ar");
  other = lc_record_get_string (self, name);
  if (*other != '\0')
    {
      if (fell_back)
        *fell_back = TRUE;
      text = other;
    }

  return text;
}

void
lc_record_set_text (LcRecord   *self,
                    const char *field,
                    const char *arabic,
                    const char *english)
{
  g_autofree char *ar = g_strconcat (field, "-ar", NULL);
  g_autofree char *en = g_strconcat (field, "-en", NULL);

  lc_record_set_string (self, ar, arabic);
  lc_record_set_string (self, en, english);
}

/**
 * lc_record_copy:
 * @self: a record
 *
 * Returns: (transfer full): a new record of the same class with the same id and values
 */
LcRecord *
lc_record_copy (LcRecord *self)
{
  LcRecord *copy = g_object_new (G_OBJECT_TYPE (self), NULL);
  GValue *from = lc_record_ensure_values (self);
  GValue *to = lc_record_ensure_values (copy);
  LcRecordPrivate *priv = lc_record_get_instance_private (self);

  for (guint i = 0; i < priv->n_values; i++)
    g_value_copy (&from[i], &to[i]);
  lc_record_set_id (copy, lc_record_get_id (self));
  lc_record_set_uid (copy, priv->uid);
  /* A copy made to edit remembers what the store held when it was made:
   * saving it writes only what was changed since (see lc_store_update ()). */
  lc_record_copy_stored (copy, self);

  return copy;
}

/**
 * lc_record_equal:
 * @a: a record
 * @b: another record
 *
 * Returns: whether both are of one class with the same id and values
 */
gboolean
lc_record_equal (LcRecord *a,
                 LcRecord *b)
{
  LcRecordClass *klass = LC_RECORD_GET_CLASS (a);
  GValue *va, *vb;

  if (G_OBJECT_TYPE (a) != G_OBJECT_TYPE (b) || lc_record_get_id (a) != lc_record_get_id (b))
    return FALSE;

  va = lc_record_ensure_values (a);
  vb = lc_record_ensure_values (b);
  for (guint i = 0; i < klass->columns->len; i++)
    {
      const LcColumn *column = g_ptr_array_index (klass->columns, i);

      if (g_param_values_cmp (column->pspec, &va[i], &vb[i]) != 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * lc_enum_to_nick:
 * @enum_type: an enumeration type
 * @value: one of its values
 *
 * Returns: (transfer none) (nullable): the value's nick
 */
const char *
lc_enum_to_nick (GType enum_type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = g_enum_get_value (klass, value);

  return v ? v->value_nick : NULL;
}

/**
 * lc_enum_from_nick:
 * @enum_type: an enumeration type
 * @nick: (nullable): a nick
 * @value: (out): the value
 *
 * Returns: %TRUE when @nick names a value of @enum_type
 */
gboolean
lc_enum_from_nick (GType       enum_type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  GEnumValue *v = nick ? g_enum_get_value_by_nick (klass, nick) : NULL;

  if (v == NULL)
    return FALSE;

  *value = v->value;
  return TRUE;
}
