/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/*
 * LcPage: what every area of an open convention (Agenda, Speakers, Cities,
 * Declaration) implements, so the convention view can hand it the open
 * convention and forward the shared actions to the visible area.
 */

#define LC_TYPE_PAGE (lc_page_get_type ())

G_DECLARE_INTERFACE (LcPage, lc_page, LC, PAGE, GtkWidget)

struct _LcPageInterface
{
  GTypeInterface parent_iface;

  /* Show @model (NULL to clear); edits go through @undo. */
  void (*set_context) (LcPage            *self,
                       LcConventionModel *model,
                       LcUndoStack       *undo);
  /* Ctrl+N: add a record of the page's kind. */
  void (*add)         (LcPage            *self);
  /* Ctrl+F: focus the page's search, if it has one. */
  void (*search)      (LcPage            *self);
  /* Put the keyboard focus where it belongs when it was lost (optional). */
  void (*restore_focus) (LcPage          *self);
};

void lc_page_set_context (LcPage            *self,
                          LcConventionModel *model,
                          LcUndoStack       *undo);
void lc_page_add         (LcPage            *self);
void lc_page_search      (LcPage            *self);
void lc_page_restore_focus (LcPage          *self);

G_END_DECLS
