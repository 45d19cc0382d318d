/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "lc-enums.h"

G_BEGIN_DECLS

/* The words of generated conventions, in lc-generator-text.c, for
 * lc-generator.c. */

typedef struct
{
  const char *ar;
  const char *en;
} LcGeneratorPair;

typedef struct
{
  const char *ar;
  const char *en;
  const char *country;        /* ISO 3166-1 alpha-2 */
  gboolean    arab_region;
} LcGeneratorCity;

typedef struct
{
  LcItemKind  kind;
  char       *title_ar;
  char       *title_en;
  char       *description_ar;
  char       *description_en;
} LcGeneratorItemText;

/* Each list with its length. */
extern const LcGeneratorCity lc_generator_cities[];
extern const guint           lc_generator_n_cities;
extern const LcGeneratorPair lc_generator_rooms[];
extern const guint           lc_generator_n_rooms;
extern const LcGeneratorPair lc_generator_honorifics[];
extern const guint           lc_generator_n_honorifics;
extern const LcGeneratorPair lc_generator_city_traits[];
extern const guint           lc_generator_n_city_traits;
extern const LcGeneratorPair lc_generator_positions[];
extern const guint           lc_generator_n_positions;
extern const LcGeneratorPair lc_generator_organisations[];
extern const guint           lc_generator_n_organisations;

guint  lc_generator_pick            (GRand                *rand,
                                     guint                 n);
char  *lc_generator_fill_city       (const char           *pattern,
                                     const char           *city);
guint  lc_generator_n_names         (void);
void   lc_generator_name            (guint                 index,
                                     char                **ar,
                                     char                **en);
void   lc_generator_random_name     (GRand                *rand,
                                     char                **ar,
                                     char                **en);
void   lc_generator_item_text       (GRand                *rand,
                                     guint                 index,
                                     guint                 n_items,
                                     GPtrArray            *city_ar,
                                     GPtrArray            *city_en,
                                     LcGeneratorItemText  *text);
void   lc_generator_item_text_clear (LcGeneratorItemText  *text);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LcGeneratorItemText, lc_generator_item_text_clear)

G_END_DECLS
