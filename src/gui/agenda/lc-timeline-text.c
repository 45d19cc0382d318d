/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-conflicts-pane.h"
#include "lc-role.h"
#include "lc-text.h"
#include "lc-timeline-private.h"
#include "lc-util.h"

/*
 * The timeline in words: a block's tooltip (title, time, room, people,
 * conflicts), a block's accessible name, and the day's summary that
 * assistive technologies read as the timeline's description.
 */

/** lc_timeline_column_name: Returns: the column's room name, or "No room" */
const char *
lc_timeline_column_name (LcTimelineColumn *column)
{
  return column->room != NULL ? lc_ui_text (LC_RECORD (column->room), "name", NULL) : _("No room");
}

/**
 * lc_timeline_format_range:
 * @start: minutes since midnight
 * @end: minutes since midnight
 *
 * Returns: (transfer full): "09:00 – 09:45", as the agenda list says it
 */
char *
lc_timeline_format_range (int start,
                          int end)
{
  return lc_ui_format_time_range (start, end);
}

/**
 * lc_timeline_isolate_range:
 * @widget: the widget that shows it
 * @start: minutes since midnight
 * @end: minutes since midnight
 *
 * Returns: (transfer full): the range as lc_timeline_format_range() says
 *   it, isolated in the widget's direction: the start time is read first
 *   (on the left in English, on the right in Arabic, as in the printed
 *   agenda) whatever text stands beside it
 */
char *
lc_timeline_isolate_range (GtkWidget *widget,
                           int        start,
                           int        end)
{
  g_autofree char *range = lc_timeline_format_range (start, end);

  return g_strconcat (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL ? LC_TIMELINE_RLI : LC_TIMELINE_LRI,
                      range, LC_TIMELINE_PDI, NULL);
}

/**
 * lc_timeline_block_label:
 * @item: an item
 * @start: its start, as shown
 * @end: its end, as shown
 * @room_name: its room, as the header shows it
 * @track_name: (nullable): its track's name, as the block shows it
 * @n_conflicts: how many conflicts it has
 *
 * Returns: (transfer full): the block's accessible name: what a screen
 *   reader says when the keyboard lands on it
 */
char *
lc_timeline_block_label (LcItem     *item,
                         int         start,
                         int         end,
                         const char *room_name,
                         const char *track_name,
                         guint       n_conflicts)
{
  g_autofree char *from = lc_ui_format_time (start);
  g_autofree char *to = lc_ui_format_time (end);
  g_autofree char *range = NULL;
  g_autofree char *label = NULL;
  g_autofree char *conflicts = NULL;

  /* Translators: a time range as a screen reader says it, in words (not a dash), e.g. “09:00 to 09:45” */
  range = g_strdup_printf (_("%1$s to %2$s"), from, to);
  /* Translators: what a screen reader says for a block of the timeline: its time range, title and room */
  label = g_strdup_printf (_("%1$s, %2$s, %3$s"), range, lc_ui_text (LC_RECORD (item), "title", NULL), room_name);
  if (track_name != NULL && *track_name != '\0')
    {
      g_autofree char *untracked = g_steal_pointer (&label);

      /* The track the block shows after the time, said after the room. */
      label = g_strdup_printf (_("%1$s, %2$s"), untracked, track_name);
    }
  if (n_conflicts == 0)
    return g_steal_pointer (&label);

  conflicts = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict", "%u conflicts", n_conflicts), n_conflicts);
  /* Translators: a block's accessible name, then how many conflicts it has, e.g. “…, Main Hall, 2 conflicts” */
  return g_strdup_printf (_("%1$s, %2$s"), label, conflicts);
}

/**
 * lc_timeline_update_accessible:
 * @self: a timeline
 *
 * Says what the timeline shows to assistive technologies.
 */
void
lc_timeline_update_accessible (LcTimeline *self)
{
  g_autofree char *date = self->day ? lc_format_date (self->day) : NULL;
  /* Translators: the accessible name of the timeline; %s is a date */
  g_autofree char *label = date ? g_strdup_printf (_("Timeline of %s"), date) : g_strdup (_("Timeline"));
  g_autofree char *summary = lc_timeline_dup_summary (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, summary,
                                  -1);
}

static void
append_people (LcTimeline *self,
               GString    *text,
               gint64      item_id)
{
  static const LcRole roles[] = { LC_ROLE_MODERATOR, LC_ROLE_SPEAKER, LC_ROLE_PRESENTER };
  g_autoptr(GPtrArray) participations = lc_convention_model_get_item_participations (self->model, item_id);

  for (guint r = 0; participations != NULL && r < G_N_ELEMENTS (roles); r++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
      guint n = 0;

      for (guint i = 0; i < participations->len; i++)
        {
          LcParticipation *p = g_ptr_array_index (participations, i);
          g_autofree char *isolated = NULL;
          LcRecord *person;
          const char *name;

          if (lc_participation_get_role (p) != (gint64) roles[r])
            continue;
          person = lc_convention_model_lookup (self->model, LC_TYPE_PERSON,
                                               lc_participation_get_person_id (p));
          if (person == NULL)
            continue;
          n++;
          /* Each name isolated, so one cannot turn the next around. */
          name = lc_ui_text (person, "name", NULL);
          isolated = lc_text_isolate (name);
          g_ptr_array_add (names, (gpointer) name);
          if (lc_convention_model_get_attendance (self->model, p) == LC_ATTENDANCE_ONLINE)
            /* Translators: a person's name in a list of the people of an item, when they take part online */
            g_ptr_array_add (shown, g_strdup_printf (_("%s (online)"), isolated));
          else
            g_ptr_array_add (shown, g_steal_pointer (&isolated));
        }

      if (n > 0)
        {
          g_autofree char *line = NULL;
          /* Arabic names from the right with "، " in an English window. */
          g_autofree char *joined = lc_ui_join_list (names, shown);

          /* Translators: in a tooltip: a role (such as "Speakers"), then the names of the people in it */
          line = g_markup_printf_escaped (_("%1$s: %2$s"), lc_role_heading (roles[r], n, lc_ui_language ()),
                                          joined);
          g_string_append_c (text, '\n');
          g_string_append (text, line);
        }
    }
}

/**
 * lc_timeline_dup_tooltip:
 * @self: a timeline
 * @item_id: an item of the day shown
 *
 * Returns: (transfer full) (nullable): what the item's tooltip says, as
 *   Pango markup: title, time, room, people, and each conflict in words
 */
char *
lc_timeline_dup_tooltip (LcTimeline *self,
                         gint64      item_id)
{
  LcTimelineBlock *block;
  LcRecord *item;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *range = NULL;
  g_autofree char *line = NULL;
  gboolean fell_back = FALSE;
  const char *title;

  lc_timeline_ensure_blocks (self);
  block = lc_timeline_find_block (self, item_id, NULL);
  if (block == NULL)
    return NULL;

  item = LC_RECORD (block->item);
  title = lc_ui_text (item, "title", &fell_back);
  line = g_markup_printf_escaped ("<b>%s</b>", title);
  g_string_append (text, line);
  if (fell_back)
    {
      g_clear_pointer (&line, g_free);
      line = g_markup_printf_escaped ("\n<i>%s</i>", lc_ui_language () == LC_LANGUAGE_ENGLISH
                                                     ? _("No English text yet: shown in Arabic")
                                                     : _("No Arabic text yet: shown in English"));
      g_string_append (text, line);
    }

  range = lc_timeline_format_range (block->span.start, block->span.end);
  g_clear_pointer (&line, g_free);
  line = g_markup_printf_escaped ("\n%s\n%s", range,
                                  lc_timeline_column_name (&g_array_index (self->columns, LcTimelineColumn, block->span.column)));
  g_string_append (text, line);

  append_people (self, text, item_id);

  if (block->n_conflicts > 0)
    {
      GPtrArray *conflicts = lc_conflict_list_get_for_item (lc_convention_model_get_conflicts (self->model),
                                                            item_id);
      g_autofree char *heading = NULL;

      /* Translators: in a tooltip, before the sentences saying what clashes */
      heading = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u conflict:", "%u conflicts:", block->n_conflicts),
                              block->n_conflicts);
      g_clear_pointer (&line, g_free);
      line = g_markup_printf_escaped ("\n\n⚠ <b>%s</b>", heading);
      g_string_append (text, line);
      for (guint i = 0; conflicts != NULL && i < conflicts->len; i++)
        {
          g_autofree char *sentence = lc_conflict_describe (self->model, g_ptr_array_index (conflicts, i));

          g_clear_pointer (&line, g_free);
          line = g_markup_printf_escaped ("\n• %s", sentence);
          g_string_append (text, line);
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * lc_timeline_dup_summary:
 * @self: a timeline
 *
 * Returns: (transfer full): the day in words, as the accessible description
 *   says it: how many items in how many rooms, the hours, the conflicts,
 *   and the item the keyboard is on
 */
char *
lc_timeline_dup_summary (LcTimeline *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *date = NULL;
  g_autofree char *items = NULL;
  g_autofree char *rooms = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *sentence = NULL;
  LcTimelineBlock *focus;
  guint n_rooms = 0;

  g_return_val_if_fail (LC_IS_TIMELINE (self), NULL);

  lc_timeline_ensure_blocks (self);
  if (self->day == NULL)
    return g_strdup ("");

  date = lc_format_date (self->day);
  if (self->blocks->len == 0)
    /* Translators: %s is a date */
    return g_strdup_printf (_("%s: nothing is planned on this day."), date);

  for (guint i = 0; i < self->columns->len; i++)
    if (g_array_index (self->columns, LcTimelineColumn, i).room != NULL)
      n_rooms++;
  items = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", self->blocks->len),
                           self->blocks->len);
  rooms = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u room", "%u rooms", n_rooms), n_rooms);
  from = lc_ui_format_time (self->first_minute);
  to = lc_ui_format_time (self->last_minute);
  /* Translators: the timeline in words: a date, "N items", "N rooms", two times */
  sentence = g_strdup_printf (_("%1$s: %2$s in %3$s, from %4$s to %5$s."), date, items, rooms, from, to);
  g_string_append (text, sentence);

  if (self->n_conflicting > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u item is in conflict.",
                                                 "%u items are in conflict.", self->n_conflicting),
                              self->n_conflicting);
    }

  focus = lc_timeline_find_block (self, self->focus_id, NULL);
  if (focus != NULL)
    {
      g_autofree char *range = lc_timeline_format_range (focus->span.start, focus->span.end);
      g_autofree char *selected = NULL;

      /* Translators: the item the keyboard is on: its title, time and room */
      selected = g_strdup_printf (_("Selected: %1$s, %2$s, %3$s."),
                                  lc_ui_text (LC_RECORD (focus->item), "title", NULL), range,
                                  lc_timeline_column_name (&g_array_index (self->columns, LcTimelineColumn, focus->span.column)));
      g_string_append_c (text, ' ');
      g_string_append (text, selected);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}
