/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-page.h"

G_BEGIN_DECLS

#define LC_TYPE_AGENDA_PAGE (lc_agenda_page_get_type ())

G_DECLARE_FINAL_TYPE (LcAgendaPage, lc_agenda_page, LC, AGENDA_PAGE, AdwBin)

void        lc_agenda_page_reveal_item      (LcAgendaPage *self,
                                             gint64        item_id);
gint64      lc_agenda_page_get_selected_id  (LcAgendaPage *self);
GListModel *lc_agenda_page_get_rows         (LcAgendaPage *self);
const char *lc_agenda_page_get_view         (LcAgendaPage *self);
void        lc_agenda_page_set_view         (LcAgendaPage *self,
                                             const char   *view);
gpointer    lc_agenda_page_get_editor       (LcAgendaPage *self);
GtkWidget  *lc_agenda_page_get_row_widget   (LcAgendaPage *self,
                                             gint64        item_id);

G_END_DECLS
