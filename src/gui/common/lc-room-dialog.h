/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-convention-model.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* Called once the dialog has written the room: @added says it is new. */
typedef void (*LcRoomDialogSaved) (gpointer user_data,
                                   gboolean added);

char *lc_room_describe       (LcRecord          *room);
char *lc_room_describe_over_capacity (LcRecord   *room,
                                      int         expected,
                                      const char *title);
void lc_room_dialog_present (GtkWidget         *parent,
                             LcConventionModel *model,
                             LcUndoStack       *undo,
                             LcRecord          *room,
                             LcRoomDialogSaved  saved,
                             gpointer           user_data);

G_END_DECLS
