/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-speaker-item-row.h"

/*
 * An item a speaker is in, in the Speakers page's detail pane and in the
 * question before deleting them: the page fills its child; the row keeps
 * the item, so activating it opens that item in the Agenda.
 */

struct _LcSpeakerItemRow
{
  GtkListBoxRow  parent_instance;

  LcItem        *item;
};

G_DEFINE_FINAL_TYPE (LcSpeakerItemRow, lc_speaker_item_row, GTK_TYPE_LIST_BOX_ROW)

static void
lc_speaker_item_row_dispose (GObject *object)
{
  g_clear_object (&LC_SPEAKER_ITEM_ROW (object)->item);

  G_OBJECT_CLASS (lc_speaker_item_row_parent_class)->dispose (object);
}

static void
lc_speaker_item_row_class_init (LcSpeakerItemRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lc_speaker_item_row_dispose;
}

static void
lc_speaker_item_row_init (LcSpeakerItemRow *self)
{
}

/**
 * lc_speaker_item_row_new:
 * @item: the item
 *
 * Returns: (transfer floating): an empty row for @item
 */
GtkWidget *
lc_speaker_item_row_new (LcItem *item)
{
  LcSpeakerItemRow *self;

  g_return_val_if_fail (LC_IS_ITEM (item), NULL);

  self = g_object_new (LC_TYPE_SPEAKER_ITEM_ROW, NULL);
  self->item = g_object_ref (item);
  return GTK_WIDGET (self);
}

/**
 * lc_speaker_item_row_get_item:
 * @self: the row
 *
 * Returns: (transfer none): the item it shows
 */
LcItem *
lc_speaker_item_row_get_item (LcSpeakerItemRow *self)
{
  g_return_val_if_fail (LC_IS_SPEAKER_ITEM_ROW (self), NULL);

  return self->item;
}
