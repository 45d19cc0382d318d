/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _LcJsonWriter LcJsonWriter;

LcJsonWriter *lc_json_writer_new               (void);
void          lc_json_writer_free              (LcJsonWriter *self);
char         *lc_json_writer_free_to_data      (LcJsonWriter *self,
                                                gsize        *length);
void          lc_json_writer_begin_object      (LcJsonWriter *self);
void          lc_json_writer_end_object        (LcJsonWriter *self);
void          lc_json_writer_begin_array       (LcJsonWriter *self);
void          lc_json_writer_end_array         (LcJsonWriter *self);
void          lc_json_writer_set_member_name   (LcJsonWriter *self,
                                                const char   *name);
void          lc_json_writer_add_string_value  (LcJsonWriter *self,
                                                const char   *value);
void          lc_json_writer_add_int_value     (LcJsonWriter *self,
                                                gint64        value);
void          lc_json_writer_add_boolean_value (LcJsonWriter *self,
                                                gboolean      value);
void          lc_json_writer_add_null_value    (LcJsonWriter *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LcJsonWriter, lc_json_writer_free)

G_END_DECLS
