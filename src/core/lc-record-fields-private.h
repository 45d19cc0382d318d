/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-record.h"

G_BEGIN_DECLS

/*
 * Typed accessors for record fields, written once each.
 *
 * A record keeps its fields as properties reached by name
 * (lc_record_get_int (record, "start-minute")), so a misspelt name is only
 * a critical at run time. The public headers list one real prototype per
 * accessor (lc_item_get_start_minute () …); the .c files that define them
 * use these macros so that each is wired to its property in one line.
 *
 * @Type, @type and @TYPE are the class's names (LcItem, lc_item, ITEM),
 * @field the accessor's suffix and @name the property's name, a string
 * literal.
 */

/* A text field: never %NULL, "" when empty. */
#define LC_DEFINE_STRING_FIELD(Type, type, TYPE, field, name)                  \
  const char *                                                                \
  type##_get_##field (Type *self)                                             \
  {                                                                           \
    g_return_val_if_fail (LC_IS_##TYPE (self), "");                           \
    return lc_record_get_string (LC_RECORD (self), name);                     \
  }                                                                           \
                                                                              \
  void                                                                        \
  type##_set_##field (Type       *self,                                       \
                      const char *value)                                      \
  {                                                                           \
    g_return_if_fail (LC_IS_##TYPE (self));                                   \
    lc_record_set_string (LC_RECORD (self), name, value);                     \
  }

/* An integer, boolean, enumeration or reference field, as @CType. */
#define LC_DEFINE_INT_GETTER(Type, type, TYPE, field, name, CType)             \
  CType                                                                       \
  type##_get_##field (Type *self)                                             \
  {                                                                           \
    g_return_val_if_fail (LC_IS_##TYPE (self), 0);                            \
    return (CType) lc_record_get_int (LC_RECORD (self), name);                \
  }

#define LC_DEFINE_INT_FIELD(Type, type, TYPE, field, name, CType)              \
  LC_DEFINE_INT_GETTER (Type, type, TYPE, field, name, CType)                 \
                                                                              \
  void                                                                        \
  type##_set_##field (Type  *self,                                            \
                      CType  value)                                           \
  {                                                                           \
    g_return_if_fail (LC_IS_##TYPE (self));                                   \
    lc_record_set_int (LC_RECORD (self), name, value);                        \
  }

/* A bilingual field ("@name-ar" and "@name-en"): read one language exactly,
 * with no fall-back to the other (lc_record_get_text () falls back), and
 * set both at once. */
#define LC_DEFINE_BILINGUAL_FIELD(Type, type, TYPE, field, name)               \
  const char *                                                                \
  type##_get_##field (Type       *self,                                       \
                      LcLanguage  language)                                   \
  {                                                                           \
    g_return_val_if_fail (LC_IS_##TYPE (self), "");                           \
    return lc_record_get_string (LC_RECORD (self),                            \
                                 language == LC_LANGUAGE_ARABIC               \
                                 ? name "-ar" : name "-en");                  \
  }                                                                           \
                                                                              \
  void                                                                        \
  type##_set_##field (Type       *self,                                       \
                      const char *arabic,                                     \
                      const char *english)                                    \
  {                                                                           \
    g_return_if_fail (LC_IS_##TYPE (self));                                   \
    lc_record_set_text (LC_RECORD (self), name, arabic, english);             \
  }

G_END_DECLS
