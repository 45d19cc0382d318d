/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-agenda-row-private.h"
#include "lc-conflicts-pane.h"
#include "lc-language-tag.h"
#include "lc-places.h"
#include "lc-role.h"
#include "lc-text.h"
#include "lc-tracks.h"
#include "lc-util.h"

/*
 * The list view recycles rows: lc_agenda_row_show_item() and
 * lc_agenda_row_show_day() fill a row from scratch each time, reading only
 * what the convention model holds in memory, so scrolling through
 * thousands of items never touches the database.
 */

G_DEFINE_FINAL_TYPE (LcAgendaRow, lc_agenda_row, ADW_TYPE_BIN)

static LcAgendaCounts counts;

/* Connected when the widgets they answer for are made (fill_people (),
 * fill_conflicts ()). */
static gboolean on_conflict_icon_query_tooltip (GtkWidget   *icon,
                                                int          x,
                                                int          y,
                                                gboolean     keyboard,
                                                GtkTooltip  *tooltip,
                                                LcAgendaRow *self);
static gboolean on_names_query_tooltip         (GtkWidget   *label,
                                                int          x,
                                                int          y,
                                                gboolean     keyboard,
                                                GtkTooltip  *tooltip,
                                                LcAgendaRow *self);

static const struct
{
  const char *icon_name;
  const char *label;
} kinds[] = {
  [LC_ITEM_KIND_OPENING] = { "daytime-sunrise-symbolic", NC_("item kind", "Opening") },
  [LC_ITEM_KIND_SESSION] = { "audio-input-microphone-symbolic", NC_("item kind", "Session") },
  [LC_ITEM_KIND_BREAK] = { "emoji-food-symbolic", NC_("item kind", "Break") },
  [LC_ITEM_KIND_FIELD_VISIT] = { "emoji-travel-symbolic", NC_("item kind", "Field Visit") },
  [LC_ITEM_KIND_EXERCISE] = { "emoji-activities-symbolic", NC_("item kind", "Exercise") },
  [LC_ITEM_KIND_DECLARATION_READING] = { "x-office-document-symbolic", NC_("item kind", "Declaration Reading") },
  [LC_ITEM_KIND_CLOSING] = { "daytime-sunset-symbolic", NC_("item kind", "Closing") },
  /* Our own icons (data/icons/hicolor/symbolic/actions), from the resources. */
  /* Translators: a panel discussion, several speakers on one stage */
  [LC_ITEM_KIND_PANEL] = { "lc-kind-panel-symbolic", NC_("item kind", "Panel") },
  [LC_ITEM_KIND_WORKSHOP] = { "lc-kind-workshop-symbolic", NC_("item kind", "Workshop") },
  [LC_ITEM_KIND_EXHIBITION] = { "lc-kind-exhibition-symbolic", NC_("item kind", "Exhibition") },
  [LC_ITEM_KIND_CEREMONY] = { "lc-kind-ceremony-symbolic", NC_("item kind", "Ceremony") },
  [LC_ITEM_KIND_MEAL] = { "lc-kind-meal-symbolic", NC_("item kind", "Meal") },
  [LC_ITEM_KIND_OTHER] = { "x-office-presentation-symbolic", NC_("item kind", "Other") },
};

/* Sets a label only when its text changes: setting it again, even to the
 * same text, would lay it out again, and the rows on screen are refreshed
 * after every edit. */
static void
update_label (GtkWidget  *label,
              const char *text)
{
  if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_label (GTK_LABEL (label), text);
}

/* Who takes part and how, as fill_people () shows it, in few bytes: after
 * a change to people or participations every row on screen compares it
 * with what it shows, and only a row whose people changed is filled. */
static char *
people_key (LcConventionModel *model,
            GPtrArray         *participations)
{
  GString *key = g_string_new (lc_language_tag_wanted (model) ? "t" : "");

  for (guint i = 0; participations && i < participations->len; i++)
    {
      LcParticipation *p = g_ptr_array_index (participations, i);
      LcRecord *person = lc_convention_model_lookup (model, LC_TYPE_PERSON, lc_participation_get_person_id (p));
      gboolean fell_back = FALSE;
      const char *name = person ? lc_ui_text (person, "name", &fell_back) : "";

      g_string_append_printf (key, "\x1f%d:%d:%d:%s", (int) lc_participation_get_role (p), fell_back,
                              (int) lc_convention_model_get_attendance (model, p), name);
    }

  return g_string_free (key, FALSE);
}

/* Online participants carry a badge. One wrapping label per role keeps a
 * long list of names readable at any width (GTK 4.8 has no wrap box). */
static void
fill_people (LcAgendaRow       *self,
             LcConventionModel *model,
             GPtrArray         *participations)
{
  gboolean any_line = FALSE;
  gboolean tags = lc_language_tag_wanted (model);

  self->n_online = 0;
  for (LcRole role = LC_ROLE_MODERATOR; role <= LC_ROLE_PRESENTER; role++)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) read = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GString) markup = NULL;
      g_autoptr(GString) spoken = NULL;
      g_autofree char *heading = NULL, *joined = NULL;
      gboolean any_tag = FALSE;
      guint n = 0;

      for (guint i = 0; participations && i < participations->len; i++)
        {
          LcParticipation *p = g_ptr_array_index (participations, i);
          LcRecord *person;
          gboolean fell_back = FALSE;
          const char *name;
          g_autofree char *escaped = NULL, *isolated = NULL;

          if (lc_participation_get_role (p) != role)
            continue;

          person = lc_convention_model_lookup (model, LC_TYPE_PERSON, lc_participation_get_person_id (p));
          name = person ? lc_ui_text (person, "name", &fell_back) : "";
          fell_back = fell_back && tags;
          any_tag |= fell_back;
          n++;

          /* A name not in the interface's language is shown as written,
           * followed by a quiet tag naming its language. Tag and badge are
           * words, without a padded background: padding spaces make GTK
           * 4.8 measure a wrapping label inconsistently (a critical
           * warning, overlapping text). */
          /* Each name isolated: one ending in an unclosed right-to-left
           * override must not turn the names after it around. */
          isolated = lc_text_isolate (name);
          escaped = g_markup_printf_escaped (fell_back ? "%s <span size=\"small\" weight=\"bold\" "
                                                         "alpha=\"65%%\">%s</span>" : "%s%s",
                                             isolated, fell_back ? lc_language_tag_text () : "");
          g_ptr_array_add (names, (gpointer) name);
          if (lc_convention_model_get_attendance (model, p) == LC_ATTENDANCE_ONLINE)
            {
              g_autofree char *badge = g_markup_printf_escaped (" <span size=\"small\" weight=\"bold\" "
                                                                "foreground=\"#1c71d8\">%s</span>",
                                                                C_("attendance badge", "online"));

              g_ptr_array_add (shown, g_strconcat (escaped, badge, NULL));
              g_ptr_array_add (read, g_strdup_printf ("%s %s", isolated,
                                                      C_("attendance badge", "online")));
              self->n_online++;
            }
          else
            {
              g_ptr_array_add (shown, g_steal_pointer (&escaped));
              g_ptr_array_add (read, g_steal_pointer (&isolated));
            }
        }

      /* A role's line is made the first time the row has such names. */
      if (n == 0)
        {
          if (self->names[role] != NULL)
            gtk_widget_set_visible (self->names[role], FALSE);
          continue;
        }
      if (self->names[role] == NULL)
        {
          lc_agenda_row_make_names (self, role);
          g_signal_connect_object (self->names[role], "query-tooltip", G_CALLBACK (on_names_query_tooltip), self, 0);
        }
      gtk_widget_set_visible (self->names[role], TRUE);
      /* Names all in Arabic read from the right with "، " in an English
       * line too, as on paper; each name is isolated in any case. */
      joined = lc_ui_join_list (names, shown);
      markup = g_string_new (joined);
      g_free (joined);
      joined = lc_ui_join_list (names, read);
      spoken = g_string_new (joined);

      /* The role leads the line, dimmed, rather than in a column of its
       * own: on a narrow window the names keep the width. */
      heading = g_markup_printf_escaped ("<span alpha=\"55%%\">%s</span>  ",
                                         lc_role_heading (role, n, lc_ui_language ()));
      g_string_prepend (markup, heading);
      any_line = TRUE;
      update_label (self->names[role], markup->str);
      /* The tooltip's text is made when it is asked for (on_names_query_tooltip ()):
       * setting it makes GTK ask the X server where the pointer is. */
      gtk_widget_set_has_tooltip (self->names[role], any_tag);
      if (any_tag)
        {
          /* A screen reader reads the names, not the tags' abbreviations. */
          g_string_prepend (spoken, "  ");
          g_string_prepend (spoken, lc_role_heading (role, n, lc_ui_language ()));
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->names[role]),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, spoken->str, -1);
        }
      else
        {
          gtk_accessible_reset_property (GTK_ACCESSIBLE (self->names[role]), GTK_ACCESSIBLE_PROPERTY_LABEL);
        }
    }

  if (self->people_box != NULL)
    gtk_widget_set_visible (self->people_box, any_line);
}

/* The conflicts of the row's item as sentences, one a line. */
static char *
describe_conflicts (LcAgendaRow *self)
{
  GPtrArray *conflicts;
  GString *text = g_string_new (NULL);

  if (self->item == NULL || self->model == NULL)
    return g_string_free (text, FALSE);

  conflicts = lc_conflict_list_get_for_item (lc_convention_model_get_conflicts (self->model),
                                             lc_record_get_id (LC_RECORD (self->item)));
  for (guint i = 0; conflicts && i < conflicts->len; i++)
    {
      g_autofree char *sentence = lc_conflict_describe (self->model, g_ptr_array_index (conflicts, i));

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, sentence);
    }

  return g_string_free (text, FALSE);
}

/* Which conflicts the item has, in few bytes: after an edit every row on
 * screen compares it with what it shows, and only a row whose conflicts
 * changed describes them again. */
static char *
conflicts_key (LcConventionModel *model,
               LcItem            *item)
{
  GPtrArray *conflicts = lc_conflict_list_get_for_item (lc_convention_model_get_conflicts (model),
                                                        lc_record_get_id (LC_RECORD (item)));
  GString *key = g_string_new (NULL);

  /* Its own id too: the sentences name the item, and a row keeps its keys
   * when it is bound to another item. */
  g_string_append_printf (key, "%" G_GINT64_FORMAT "|", lc_record_get_id (LC_RECORD (item)));
  for (guint i = 0; conflicts && i < conflicts->len; i++)
    {
      LcConflict *c = g_ptr_array_index (conflicts, i);

      g_string_append_printf (key, "%d:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ";",
                              (int) lc_conflict_get_kind (c), lc_conflict_get_other_item_id (c),
                              lc_conflict_get_person_id (c), lc_conflict_get_room_id (c));
    }

  return g_string_free (key, FALSE);
}

static gboolean
fill_conflicts (LcAgendaRow *self)
{
  g_autofree char *key = conflicts_key (self->model, self->item);
  g_autofree char *text = NULL;
  GPtrArray *conflicts;

  /* The same conflicts: nothing to do. (The tooltip's sentences are made
   * when shown, so a renamed person or room shows there at once.) */
  if (g_strcmp0 (key, self->conflicts_key) == 0)
    return FALSE;

  counts.conflict_updates++;
  lc_agenda_row_make_item (self);
  g_free (self->conflicts_key);
  self->conflicts_key = g_steal_pointer (&key);
  conflicts = lc_conflict_list_get_for_item (lc_convention_model_get_conflicts (self->model),
                                             lc_record_get_id (LC_RECORD (self->item)));
  self->n_conflicts = conflicts ? conflicts->len : 0;
  text = describe_conflicts (self);

  if (self->n_conflicts > 0 && self->conflict_icon == NULL)
    {
      lc_agenda_row_make_conflict_icon (self);
      g_signal_connect_object (self->conflict_icon, "query-tooltip", G_CALLBACK (on_conflict_icon_query_tooltip), self, 0);
    }
  if (self->conflict_icon != NULL)
    {
      gtk_widget_set_visible (self->conflict_icon, self->n_conflicts > 0);
      /* The text is made when the tooltip shows (on_conflict_icon_query_tooltip ()). */
      gtk_widget_set_has_tooltip (self->conflict_icon, self->n_conflicts > 0);
    }
  if (self->n_conflicts > 0)
    gtk_widget_add_css_class (self->item_box, "lc-conflict");
  else
    gtk_widget_remove_css_class (self->item_box, "lc-conflict");

  /* Screen readers hear the conflicts too, not only see an icon. */
  lc_a11y_describe_list_row (GTK_WIDGET (self), text);
  return TRUE;
}

static gboolean
on_conflict_icon_query_tooltip (GtkWidget   *icon,
                                int          x,
                                int          y,
                                gboolean     keyboard,
                                GtkTooltip  *tooltip,
                                LcAgendaRow *self)
{
  g_autofree char *text = describe_conflicts (self);

  counts.tooltip_queries++;
  if (*text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
on_names_query_tooltip (GtkWidget   *label,
                        int          x,
                        int          y,
                        gboolean     keyboard,
                        GtkTooltip  *tooltip,
                        LcAgendaRow *self)
{
  g_autofree char *tip = g_strdup_printf (lc_ui_language () == LC_LANGUAGE_ARABIC
                                          /* Translators: %s is the tag beside such names, “EN” */
                                          ? _("Names marked “%s” have no Arabic spelling yet: shown in English")
                                          /* Translators: %s is the tag beside such names, “AR” */
                                          : _("Names marked “%s” have no English spelling yet: shown in Arabic"),
                                          lc_language_tag_text ());

  counts.tooltip_queries++;
  gtk_tooltip_set_text (tooltip, tip);
  return TRUE;
}

static void
lc_agenda_row_dispose (GObject *object)
{
  LcAgendaRow *self = LC_AGENDA_ROW (object);

  g_clear_object (&self->item);
  g_clear_object (&self->model);
  g_clear_pointer (&self->conflicts_key, g_free);
  g_clear_pointer (&self->people_key, g_free);
  g_clear_pointer (&self->shown_key, g_free);
  lc_agenda_row_drop_pending (self);

  G_OBJECT_CLASS (lc_agenda_row_parent_class)->dispose (object);
}

static void
lc_agenda_row_class_init (LcAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lc_agenda_row_dispose;
}

static void
lc_agenda_row_init (LcAgendaRow *self)
{
  /* The rest is made when first shown (lc-agenda-row-parts.c). */
  lc_agenda_row_make_pages (self);
  counts.rows_set_up++;
}

GtkWidget *
lc_agenda_row_new (void)
{
  return g_object_new (LC_TYPE_AGENDA_ROW, NULL);
}

/**
 * lc_agenda_row_show_day:
 * @self: a row
 * @day: the day, YYYY-MM-DD
 * @day_number: which day of the convention it is (1 for the first), or 0
 *   when it is outside the convention's dates
 *
 * Makes the row the heading above the items of @day.
 */
void
lc_agenda_row_show_day (LcAgendaRow *self,
                        const char  *day,
                        guint        day_number)
{
  g_autofree char *date = lc_format_date (day);
  g_autofree char *number = NULL;

  g_return_if_fail (LC_IS_AGENDA_ROW (self));

  g_clear_object (&self->item);
  lc_agenda_row_drop_pending (self);
  g_clear_pointer (&self->conflicts_key, g_free);
  g_clear_pointer (&self->people_key, g_free);
  g_clear_pointer (&self->shown_key, g_free);
  self->n_conflicts = 0;
  self->n_online = 0;

  if (day_number > 0)
    /* Translators: above a day's items in the agenda; %u is 1 for the convention's first day */
    number = lc_ui_printf (_("Day %u"), day_number);
  else
    number = g_strdup (_("Outside the convention’s dates"));

  lc_agenda_row_make_day (self);
  update_label (GTK_WIDGET (self->day_number_label), number);
  update_label (GTK_WIDGET (self->day_label), date);
  if (day_number == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->day_number_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->day_number_label), "warning");
  if (self->item_box != NULL)
    gtk_widget_set_visible (self->item_box, FALSE);
  gtk_widget_set_visible (self->day_box, TRUE);
  {
    /* Translators: how a screen reader names a day's heading in the agenda: “Day 1, Wednesday 10 May 2023” */
    g_autofree char *name = g_strdup_printf (_("%1$s, %2$s"), number, date);

    lc_a11y_name_list_row (GTK_WIDGET (self), name);
  }
  lc_a11y_describe_list_row (GTK_WIDGET (self), "");
}

/**
 * lc_agenda_row_show_item:
 * @self: a row
 * @model: the open convention
 * @item: one of its items
 * @participations: (element-type LcParticipation) (nullable): who takes
 *   part in @item, in order
 *
 * Shows @item, with its conflicts as @model has them now.
 */
void
lc_agenda_row_show_item (LcAgendaRow       *self,
                         LcConventionModel *model,
                         LcItem            *item,
                         GPtrArray         *participations)
{
  g_return_if_fail (LC_IS_AGENDA_ROW (self));
  g_return_if_fail (LC_IS_CONVENTION_MODEL (model));

  counts.items_bound++;
  g_set_object (&self->item, item);
  g_set_object (&self->model, model);
  /* A held row is filled when it is let go (lc-agenda-row-held.c). */
  if (!lc_agenda_row_defer (self, participations))
    lc_agenda_row_fill_item (self, participations);
}

/* Shows the row's item and model, as lc_agenda_row_show_item () describes. */
void
lc_agenda_row_fill_item (LcAgendaRow *self,
                         GPtrArray   *participations)
{
  LcConventionModel *model = self->model;
  LcRecord *record = LC_RECORD (self->item);
  LcItemKind kind = lc_item_get_kind (LC_ITEM (record));
  gint64 number = lc_item_get_number (LC_ITEM (record));
  LcRecord *room = lc_convention_model_lookup (model, LC_TYPE_ROOM, lc_item_get_room_id (LC_ITEM (record)));
  LcRecord *track;
  g_autofree char *times = lc_ui_format_time_range ((int) lc_item_get_start_minute (LC_ITEM (record)),
                                                    (int) lc_item_get_end_minute (LC_ITEM (record)));
  g_autofree char *kind_text = NULL;
  g_autofree char *people = NULL;
  g_autofree char *shown = NULL;
  const char *title, *room_name;
  gboolean fell_back = FALSE, room_fell_back = FALSE;

  if ((guint) kind >= G_N_ELEMENTS (kinds))
    kind = LC_ITEM_KIND_OTHER;
  if (number > 0)
    /* Translators: an item's kind and number, such as “Session 3” */
    kind_text = lc_ui_printf (_("%1$s %2$d"), lc_item_kind_get_label (kind), (int) number);
  else
    kind_text = g_strdup (lc_item_kind_get_label (kind));
  track = lc_convention_model_lookup (model, LC_TYPE_TRACK, lc_item_get_track_id (LC_ITEM (record)));
  if (track != NULL)
    {
      g_autofree char *kind_only = g_steal_pointer (&kind_text);

      /* Translators: an item's kind (and number) and its track, such as “Workshop · Digital learning” */
      kind_text = g_strdup_printf (_("%1$s · %2$s"), kind_only, lc_ui_text (track, "name", NULL));
    }
  /* A field visit is at an off-site place rather than in a room: the
   * place shows where the room would. */
  if (room == NULL && lc_item_get_place_id (LC_ITEM (record)) != 0)
    room = lc_convention_model_lookup (model, LC_TYPE_PLACE, lc_item_get_place_id (LC_ITEM (record)));
  title = lc_ui_text (record, "title", &fell_back);
  room_name = room ? lc_ui_text (room, "name", &room_fell_back) : NULL;
  people = people_key (model, participations);

  /* GTK 4.8's list view binds every row after a changed position again
   * (an edit rebinds some fifty): a row that would show the same is left
   * as it is, its conflicts alone looked at. */
  shown = g_strdup_printf ("%d\x1f%s\x1f%s\x1f%d%s\x1f%d%d%s\x1f%d%s", (int) kind, times, kind_text, fell_back, title,
                           room != NULL, room_fell_back, room_name ? room_name : "", lc_language_tag_wanted (model),
                           people);
  if (g_strcmp0 (shown, self->shown_key) == 0)
    {
      fill_conflicts (self);
      return;
    }

  counts.items_shown++;
  lc_agenda_row_make_item (self);
  g_free (self->shown_key);
  self->shown_key = g_steal_pointer (&shown);
  update_label (GTK_WIDGET (self->time_label), times);
  gtk_image_set_from_icon_name (self->kind_icon, kinds[kind].icon_name);
  update_label (GTK_WIDGET (self->kind_label), kind_text);
  update_label (GTK_WIDGET (self->title_label), title);
  /* A tag, or the room's line, is made the first time it is shown. */
  if (fell_back && lc_language_tag_wanted (model))
    lc_agenda_row_make_title_tag (self);
  if (self->title_tag != NULL)
    lc_language_tag_show (self->title_tag, fell_back, model);

  if (room != NULL)
    lc_agenda_row_make_room (self);
  if (self->room_box != NULL)
    gtk_widget_set_visible (self->room_box, room != NULL);
  if (room != NULL)
    {
      update_label (GTK_WIDGET (self->room_label), room_name);
      if (room_fell_back && lc_language_tag_wanted (model))
        lc_agenda_row_make_room_tag (self);
      if (self->room_tag != NULL)
        lc_language_tag_show (self->room_tag, room_fell_back, model);
    }

  {
    /* Translators: how a screen reader names an agenda item: its times, its kind (and number), its title */
    g_autofree char *name = g_strdup_printf (_("%1$s, %2$s: %3$s"), times, kind_text, title);

    lc_a11y_name_list_row (GTK_WIDGET (self), name);
  }
  g_free (self->people_key);
  self->people_key = g_steal_pointer (&people);
  fill_people (self, model, participations);
  fill_conflicts (self);
  if (self->day_box != NULL)
    gtk_widget_set_visible (self->day_box, FALSE);
  gtk_widget_set_visible (self->item_box, TRUE);
}

/**
 * lc_agenda_row_show_item_again:
 * @self: a row
 * @model: the open convention
 * @item: the item the row showed last, with nothing it shows changed since
 *
 * Like lc_agenda_row_show_item () when the caller knows the row would show
 * the same (the agenda compares the item's revision): only the conflicts
 * are looked at, and no text is made to compare.
 */
void
lc_agenda_row_show_item_again (LcAgendaRow       *self,
                               LcConventionModel *model,
                               LcItem            *item)
{
  g_return_if_fail (LC_IS_AGENDA_ROW (self));

  g_set_object (&self->item, item);
  g_set_object (&self->model, model);
  /* Not filled yet: it is, with this item, now or when let go. */
  if (self->pending)
    {
      if (!lc_agenda_row_get_held (self))
        lc_agenda_row_fill_pending (self);
      return;
    }
  fill_conflicts (self);
}

/**
 * lc_agenda_row_clear:
 * @self: a row
 *
 * Lets go of the item shown, when the list view recycles the row.
 */
void
lc_agenda_row_clear (LcAgendaRow *self)
{
  g_return_if_fail (LC_IS_AGENDA_ROW (self));

  /* The keys of what the row shows stay: bound again to the same item, or
   * to one that shows the same, it has nothing to change. */
  g_clear_object (&self->item);
  g_clear_object (&self->model);
}

/**
 * lc_agenda_row_show_people:
 * @self: a row showing an item
 * @participations: (element-type LcParticipation) (nullable): who takes
 *   part in the item now, in order
 *
 * Shows the item's people as they are now, touching nothing when they are
 * the ones shown.
 *
 * Returns: whether the row changed
 */
gboolean
lc_agenda_row_show_people (LcAgendaRow *self,
                           GPtrArray   *participations)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), FALSE);

  if (self->item == NULL || self->model == NULL)
    return FALSE;
  if (lc_agenda_row_defer_people (self, participations))
    return FALSE;
  key = people_key (self->model, participations);
  if (g_strcmp0 (key, self->people_key) == 0)
    return FALSE;

  counts.people_updates++;
  g_free (self->people_key);
  self->people_key = g_steal_pointer (&key);
  fill_people (self, self->model, participations);
  return TRUE;
}

/**
 * lc_agenda_row_show_conflicts:
 * @self: a row showing an item
 *
 * Shows the item's conflicts as its model has them now, touching nothing
 * when they are the ones shown.
 *
 * Returns: whether the row changed
 */
gboolean
lc_agenda_row_show_conflicts (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), FALSE);

  /* A row not filled yet shows its conflicts as they are when it is. */
  return self->item != NULL && self->model != NULL && !self->pending && fill_conflicts (self);
}

/**
 * lc_agenda_row_dup_conflicts_text:
 * @self: a row
 *
 * Returns: (transfer full): the sentences the conflict icon's tooltip
 *   shows, one a line; empty when the item has no conflicts
 */
char *
lc_agenda_row_dup_conflicts_text (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), NULL);

  return describe_conflicts (self);
}

/**
 * lc_agenda_counts:
 *
 * Returns: (transfer none): how much work the agenda's rows have done in
 *   this process; the tests and the benchmark read it, nothing else does
 */
LcAgendaCounts *
lc_agenda_counts (void)
{
  return &counts;
}

/** lc_agenda_row_get_item: Returns: (transfer none) (nullable): the item shown */
LcItem *
lc_agenda_row_get_item (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), NULL);

  return self->item;
}

/** lc_agenda_row_get_title: Returns: the title as shown, or the day's date for a heading */
const char *
lc_agenda_row_get_title (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), NULL);

  lc_agenda_row_fill_pending (self);
  if (self->item != NULL)
    return gtk_label_get_text (self->title_label);
  return self->day_label != NULL ? gtk_label_get_text (self->day_label) : "";
}

/** lc_agenda_row_get_n_conflicts: Returns: how many conflicts the row warns about */
guint
lc_agenda_row_get_n_conflicts (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), 0);

  lc_agenda_row_fill_pending (self);
  return self->n_conflicts;
}

/** lc_agenda_row_get_n_online: Returns: how many "online" badges the row shows */
guint
lc_agenda_row_get_n_online (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), 0);

  lc_agenda_row_fill_pending (self);
  return self->n_online;
}

/** lc_item_kind_get_icon_name: Returns: a symbolic icon for items of @kind */
const char *
lc_item_kind_get_icon_name (LcItemKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), kinds[LC_ITEM_KIND_OTHER].icon_name);

  return kinds[kind].icon_name;
}

/** lc_item_kind_get_label: Returns: the word for items of @kind, translated */
const char *
lc_item_kind_get_label (LcItemKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kinds), "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "item kind", kinds[kind].label);
}
