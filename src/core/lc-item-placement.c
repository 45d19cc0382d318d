/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-item-placement.h"

/* Where the agenda puts an item the user adds or duplicates: rules of the
 * agenda, not of the list or timeline that asks, so both views and the
 * tests get the same answer. */

#define DEFAULT_START   (9 * 60)   /* an empty day starts at 09:00 */
#define LATEST_START    (23 * 60)  /* a new item keeps an hour in the day */
#define DRAFT_LENGTH    60         /* minutes */
#define DAY_MINUTES     (24 * 60)

/**
 * lc_item_new_draft:
 * @convention: the convention the item is for
 * @items: (element-type LcItem): the convention's items, by day and time
 * @day: (nullable): the day shown (a timeline's day), as YYYY-MM-DD
 * @selected: (nullable): the item selected, if any
 *
 * A new item, not stored: a session of an hour on @day, or else on the
 * selected item's day, or else on the convention's first day. It starts
 * where the selected item ends when that one is on the same day, or else
 * where the day's last item ends, or else at 09:00; never after 23:00, and
 * it ends by 24:00. It takes the selected item's room.
 *
 * Returns: (transfer full): the draft
 */
LcItem *
lc_item_new_draft (LcRecord   *convention,
                   GListModel *items,
                   const char *day,
                   LcRecord   *selected)
{
  LcItem *item;
  int start = DEFAULT_START;

  g_return_val_if_fail (LC_IS_CONVENTION (convention), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (items), NULL);
  g_return_val_if_fail (selected == NULL || LC_IS_ITEM (selected), NULL);

  if (day == NULL)
    day = selected != NULL ? lc_record_get_string (selected, "day")
                           : lc_record_get_string (convention, "start-date");

  if (selected != NULL && g_str_equal (lc_record_get_string (selected, "day"), day))
    start = (int) lc_record_get_int (selected, "end-minute");
  else
    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(LcRecord) other = g_list_model_get_item (items, i);

        if (g_str_equal (lc_record_get_string (other, "day"), day))
          start = (int) lc_record_get_int (other, "end-minute");
      }
  start = MIN (start, LATEST_START);

  item = g_object_new (LC_TYPE_ITEM, NULL);
  lc_record_set_int (LC_RECORD (item), "convention-id", lc_record_get_id (convention));
  lc_record_set_int (LC_RECORD (item), "kind", LC_ITEM_KIND_SESSION);
  lc_record_set_string (LC_RECORD (item), "day", day);
  lc_record_set_int (LC_RECORD (item), "start-minute", start);
  lc_record_set_int (LC_RECORD (item), "end-minute", MIN (start + DRAFT_LENGTH, DAY_MINUTES));
  if (selected != NULL)
    lc_record_set_int (LC_RECORD (item), "room-id", lc_record_get_int (selected, "room-id"));

  return item;
}

/**
 * lc_item_copy_for_duplicate:
 * @item: a stored item
 *
 * The copy Duplicate stores: the same item, not stored yet, right after the
 * original when the day has room for it, so that duplicating does not put
 * its people in two places at once; at the same time otherwise.
 *
 * Returns: (transfer full): the copy, with no id
 */
LcRecord *
lc_item_copy_for_duplicate (LcRecord *item)
{
  LcRecord *copy;
  int start, end;

  g_return_val_if_fail (LC_IS_ITEM (item), NULL);

  start = (int) lc_record_get_int (item, "start-minute");
  end = (int) lc_record_get_int (item, "end-minute");
  copy = lc_record_copy (item);
  lc_record_set_id (copy, 0);
  if (end + (end - start) <= DAY_MINUTES)
    {
      lc_record_set_int (copy, "start-minute", end);
      lc_record_set_int (copy, "end-minute", end + (end - start));
    }

  return copy;
}
