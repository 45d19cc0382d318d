/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-error.h"
#include "lc-named-list.h"
#include "lc-record-order.h"
#include "lc-tracks.h"

/*
 * Tracks (themes) made, renamed, coloured, reordered and deleted in the
 * window, each one step of the convention's undo history, written at once.
 * A track's colour is never its only cue: every view that colours an item
 * by its track also names the track.
 */

struct _LcTrack { LcRecord parent_instance; };

G_DEFINE_FINAL_TYPE (LcTrack, lc_track, LC_TYPE_RECORD)

#define MISSING_NAME _("Give the track a name in Arabic or in English.")

/* Colours that keep white text readable (contrast 4.5:1 or more) and stay
 * apart from each other, from GNOME's palette. */
static const char *const palette[LC_TRACK_N_COLOURS] = {
  LC_TRACK_DEFAULT_COLOUR, "#26a269", "#c64600", "#a51d2d",
  "#813d9c", "#865e3c", "#0c7479", "#5e5c64",
};

static void
lc_track_class_init (LcTrackClass *klass)
{
  LcRecordClass *rc = LC_RECORD_CLASS (klass);

  lc_record_class_set_table (rc, "tracks", "convention_id", "position, id");
  lc_record_class_add_reference (rc, "convention-id", "conventions");
  lc_record_class_add_bilingual (rc, "name");
  lc_record_class_add_text (rc, "colour");
  lc_record_class_add_int (rc, "position", 0, G_MAXINT, FALSE);
}

static void
lc_track_init (LcTrack *self)
{
  lc_record_set_string (LC_RECORD (self), "colour", LC_TRACK_DEFAULT_COLOUR);
}

/**
 * lc_track_get_colour:
 * @self: a track
 *
 * Returns: its colour, as "#rrggbb" in lower case ("colour")
 */
const char *
lc_track_get_colour (LcTrack *self)
{
  g_return_val_if_fail (LC_IS_TRACK (self), LC_TRACK_DEFAULT_COLOUR);

  return lc_record_get_string (LC_RECORD (self), "colour");
}

/**
 * lc_track_palette_colour:
 * @index: from 0 to %LC_TRACK_N_COLOURS - 1
 *
 * Returns: one of the colours offered for tracks
 */
const char *
lc_track_palette_colour (guint index)
{
  g_return_val_if_fail (index < G_N_ELEMENTS (palette), LC_TRACK_DEFAULT_COLOUR);

  return palette[index];
}

/**
 * lc_track_colour_is_valid:
 * @colour: (nullable): text
 *
 * Returns: whether @colour is a colour as the library keeps it: "#" and six
 *   hexadecimal digits in lower case
 */
gboolean
lc_track_colour_is_valid (const char *colour)
{
  if (colour == NULL || strlen (colour) != 7 || colour[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (colour[i]) || g_ascii_isupper (colour[i]))
      return FALSE;
  return TRUE;
}

/**
 * lc_tracks_add:
 * @undo: the convention's undo history
 * @tracks: the convention's tracks, in their order
 * @convention_id: the convention
 * @name_ar: the name in Arabic, or ""
 * @name_en: the name in English, or ""
 * @error: return location for a #GError
 *
 * Adds a track after the last of @tracks, as one step “Add Track”. It takes
 * the first colour of the palette no other track has.
 *
 * Returns: (transfer full) (nullable): the stored track, or %NULL when a
 *   name is missing or the library refused it
 */
LcRecord *
lc_tracks_add (LcUndoStack  *undo,
               GListModel   *tracks,
               gint64        convention_id,
               const char   *name_ar,
               const char   *name_en,
               GError      **error)
{
  g_autoptr(LcRecord) track = NULL;
  guint n, colour = 0;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (tracks), NULL);

  /* Tracks told apart at a glance, as long as the palette lasts. */
  n = g_list_model_get_n_items (tracks);
  for (gboolean taken = TRUE; taken && colour < G_N_ELEMENTS (palette); )
    {
      taken = FALSE;
      for (guint i = 0; i < n && !taken; i++)
        {
          g_autoptr(LcRecord) other = g_list_model_get_item (tracks, i);

          taken = g_strcmp0 (lc_record_get_string (other, "colour"), palette[colour]) == 0;
        }
      if (taken)
        colour++;
    }

  track = g_object_new (LC_TYPE_TRACK, NULL);
  if (!lc_named_list_set_names (track, name_ar, name_en, MISSING_NAME, error))
    return NULL;
  lc_record_set_int (track, "convention-id", convention_id);
  lc_record_set_int (track, "position", lc_named_list_next_position (tracks));
  lc_record_set_string (track, "colour", palette[colour % G_N_ELEMENTS (palette)]);
  if (!lc_undo_stack_insert (undo, track, _("Add Track"), error))
    return NULL;

  return g_steal_pointer (&track);
}

/**
 * lc_tracks_rename:
 * @undo: the convention's undo history
 * @track: a stored track
 * @name_ar: the new name in Arabic, or ""
 * @name_en: the new name in English, or ""
 * @error: return location for a #GError
 *
 * Renames @track, as one step “Rename Track”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_tracks_rename (LcUndoStack  *undo,
                  LcRecord     *track,
                  const char   *name_ar,
                  const char   *name_en,
                  GError      **error)
{
  g_autoptr(LcRecord) renamed = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_TRACK (track), FALSE);

  renamed = lc_record_copy (track);
  if (!lc_named_list_set_names (renamed, name_ar, name_en, MISSING_NAME, error))
    return FALSE;
  return lc_undo_stack_update (undo, renamed, _("Rename Track"), error);
}

/**
 * lc_tracks_set_colour:
 * @undo: the convention's undo history
 * @track: a stored track
 * @colour: "#rrggbb"; upper case is taken as lower case
 * @error: return location for a #GError
 *
 * Gives @track another colour, as one step “Change Track Colour”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_tracks_set_colour (LcUndoStack  *undo,
                      LcRecord     *track,
                      const char   *colour,
                      GError      **error)
{
  g_autoptr(LcRecord) coloured = NULL;
  g_autofree char *lower = NULL;

  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), FALSE);
  g_return_val_if_fail (LC_IS_TRACK (track), FALSE);

  lower = g_ascii_strdown (colour ? colour : "", -1);
  if (!lc_track_colour_is_valid (lower))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                   _("“%s” is not a colour: write it as # and six hexadecimal digits, "
                     "such as #1c71d8."), colour ? colour : "");
      return FALSE;
    }
  if (g_strcmp0 (lower, lc_record_get_string (track, "colour")) == 0)
    return TRUE;

  coloured = lc_record_copy (track);
  lc_record_set_string (coloured, "colour", lower);
  return lc_undo_stack_update (undo, coloured, _("Change Track Colour"), error);
}

/**
 * lc_tracks_move:
 * @undo: the convention's undo history
 * @tracks: the convention's tracks, in their order
 * @from: the index of the track to move
 * @to: the index it takes
 * @error: return location for a #GError
 *
 * Moves a track within the order, as one step “Move Track”.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_tracks_move (LcUndoStack  *undo,
                GListModel   *tracks,
                guint         from,
                guint         to,
                GError      **error)
{
  return lc_record_order_move (undo, tracks, from, to, _("Move Track"), error);
}

/**
 * lc_tracks_count_items:
 * @store: the library
 * @track: a stored track
 * @error: return location for a #GError
 *
 * Returns: how many items are in @track, which deleting it would leave
 *   without a track; -1 on error
 */
gint64
lc_tracks_count_items (LcStore   *store,
                       LcRecord  *track,
                       GError   **error)
{
  g_return_val_if_fail (LC_IS_STORE (store), -1);
  g_return_val_if_fail (LC_IS_TRACK (track), -1);

  return lc_store_count (store, LC_TYPE_ITEM, "track_id", lc_record_get_id (track), error);
}

/**
 * lc_tracks_delete:
 * @undo: the convention's undo history
 * @track: a stored track
 * @error: return location for a #GError
 *
 * Deletes @track, as one step “Delete Track”; its items stay, with no
 * track. Undoing brings the track back, and its items into it.
 *
 * Returns: %TRUE on success; on failure nothing changes
 */
gboolean
lc_tracks_delete (LcUndoStack  *undo,
                  LcRecord     *track,
                  GError      **error)
{
  g_return_val_if_fail (LC_IS_TRACK (track), FALSE);

  return lc_undo_stack_delete (undo, track, _("Delete Track"), error);
}
