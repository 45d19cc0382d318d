/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-test-util.h"

G_BEGIN_DECLS

/* Shared by the export tests: the sample convention in a fresh library, the
 * agenda's expected instants computed here independently of the exporters,
 * and running other people's checkers. */

typedef struct
{
  char    *dir;
  LcStore *store;
  gint64   convention;
} LcExchangeFixture;

void        lc_exchange_fixture_set_up    (LcExchangeFixture *f,
                                           gconstpointer      data);
void        lc_exchange_fixture_tear_down (LcExchangeFixture *f,
                                           gconstpointer      data);
GDateTime  *lc_exchange_expected_time     (LcStore           *store,
                                           LcRecord          *item,
                                           gboolean           end);
GPtrArray  *lc_exchange_list              (LcStore           *store,
                                           GType              type,
                                           const char        *column,
                                           gint64             value);
const char *lc_exchange_python            (void);
int         lc_exchange_run               (const char *const *argv,
                                           char             **out,
                                           char             **err);

G_END_DECLS
