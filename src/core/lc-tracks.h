/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-models.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* A convention's tracks (themes): a name in both languages and a colour,
 * which items may belong to. The record class and the edits the window
 * makes, each one undo step (lc-tracks.c). */

#define LC_TYPE_TRACK (lc_track_get_type ())
G_DECLARE_FINAL_TYPE (LcTrack, lc_track, LC, TRACK, LcRecord)

/* The colour a new track gets, and how many palette colours there are. */
#define LC_TRACK_DEFAULT_COLOUR "#1c71d8"
#define LC_TRACK_N_COLOURS 8

const char *lc_track_get_colour      (LcTrack      *self);
const char *lc_track_palette_colour  (guint         index);
gboolean    lc_track_colour_is_valid (const char   *colour);

LcRecord   *lc_tracks_add            (LcUndoStack  *undo,
                                      GListModel   *tracks,
                                      gint64        convention_id,
                                      const char   *name_ar,
                                      const char   *name_en,
                                      GError      **error);
gboolean    lc_tracks_rename         (LcUndoStack  *undo,
                                      LcRecord     *track,
                                      const char   *name_ar,
                                      const char   *name_en,
                                      GError      **error);
gboolean    lc_tracks_set_colour     (LcUndoStack  *undo,
                                      LcRecord     *track,
                                      const char   *colour,
                                      GError      **error);
gboolean    lc_tracks_move           (LcUndoStack  *undo,
                                      GListModel   *tracks,
                                      guint         from,
                                      guint         to,
                                      GError      **error);
gint64      lc_tracks_count_items    (LcStore      *store,
                                      LcRecord     *track,
                                      GError      **error);
gboolean    lc_tracks_delete         (LcUndoStack  *undo,
                                      LcRecord     *track,
                                      GError      **error);

G_END_DECLS
