/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-exchange.h"
#include "lc-test-util.h"

G_BEGIN_DECLS

/* Shared by the exchange tests (issue 15): organisers, each with a library
 * of their own in which they imported the same convention file, the edits
 * a person makes, and what sending and merging leave behind. */

typedef struct
{
  char    *dir;
  char    *path;
  LcStore *store;
  gint64   convention;
  char    *name;
  guint    sent;
} Organiser;

char      *exchange_shared_file     (const char  *dir);
Organiser *organiser_new            (const char  *name,
                                     const char  *shared);
void       organiser_free           (Organiser   *o);
char      *organiser_send           (Organiser   *o,
                                     guint       *n_changes);
LcExchangeMerge *organiser_read     (Organiser   *o,
                                     const char  *file,
                                     GError     **error);
void       organiser_merge          (Organiser   *o,
                                     const char  *file,
                                     LcExchangeChoice choice);
char      *organiser_export         (Organiser   *o);
char      *organiser_state          (Organiser   *o);
LcRecord  *exchange_nth             (LcStore     *store,
                                     GType        type,
                                     const char  *column,
                                     gint64       value,
                                     guint        index);
LcRecord  *organiser_item           (Organiser   *o,
                                     guint        index);
LcRecord  *organiser_clause         (Organiser   *o,
                                     guint        index);
void       organiser_rename_item    (Organiser   *o,
                                     guint        index,
                                     const char  *title);
void       organiser_move_item      (Organiser   *o,
                                     guint        index,
                                     int          minutes);
void       organiser_edit_clause    (Organiser   *o,
                                     guint        index,
                                     const char  *text);
gint64     organiser_add_person     (Organiser   *o,
                                     const char  *name);
void       organiser_assert_same    (Organiser   *a,
                                     Organiser   *b);
void       exchange_organisers_new  (char       **dir,
                                     Organiser  **a,
                                     Organiser  **b);
void       exchange_organisers_free (char        *dir,
                                     Organiser   *a,
                                     Organiser   *b);
void       organiser_assert_refuses (Organiser   *o,
                                     const char  *contents,
                                     gsize        length,
                                     int          code,
                                     const char  *words);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Organiser, organiser_free)

/* Amal and Badr, each with the shared convention imported. */
typedef struct
{
  char      *dir;
  char      *shared;
  Organiser *a;
  Organiser *b;
} ExchangeFixture;

void       exchange_fixture_set_up    (ExchangeFixture *f,
                                       gconstpointer    data);
void       exchange_fixture_tear_down (ExchangeFixture *f,
                                       gconstpointer    data);

G_END_DECLS
