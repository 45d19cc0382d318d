/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "lc-agenda-row.h"

G_BEGIN_DECLS

void lc_agenda_row_pacer_add (GtkWidget   *list_view,
                              LcAgendaRow *row);

G_END_DECLS
