/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-agenda-row.h"
#include "lc-conflicts-pane.h"
#include "lc-language-tag.h"
#include "lc-role.h"
#include "lc-text.h"
#include "lc-util.h"

/*
 * The list view recycles rows: lc_agenda_row_show_item() and
 * lc_agenda_row_show_day() fill a row from scratch each time, reading only
 * what the convention model holds in memory, so scrolling through
 * thousands of items never touches the database.
 */

struct _LcAgendaRow
{
  AdwBin     parent_instance;

  GtkStack  *stack;
  GtkLabel  *day_number_label;
  GtkLabel  *day_label;
  GtkWidget *item_box;
  GtkLabel  *time_label;
  GtkImage  *kind_icon;
  GtkLabel  *kind_label;
  GtkLabel  *title_label;
  GtkWidget *title_tag;
  GtkWidget *room_box;
  GtkLabel  *room_label;
  GtkWidget *room_tag;
  GtkWidget *people_box;
  GtkWidget *names[3];      /* by LcRole: moderators, speakers, presenters */
  GtkWidget *conflict_icon;

  LcItem    *item;
  guint      n_conflicts;
  guint      n_online;
};

G_DEFINE_FINAL_TYPE (LcAgendaRow, lc_agenda_row, ADW_TYPE_BIN)

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

      gtk_widget_set_visible (self->names[role], n > 0);
      if (n == 0)
        continue;
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
      if (any_tag)
        {
          g_autofree char *tip = g_strdup_printf (lc_ui_language () == LC_LANGUAGE_ARABIC
                                                  /* Translators: %s is the tag beside such names, “EN” */
                                                  ? _("Names marked “%s” have no Arabic spelling yet: shown in English")
                                                  /* Translators: %s is the tag beside such names, “AR” */
                                                  : _("Names marked “%s” have no English spelling yet: shown in Arabic"),
                                                  lc_language_tag_text ());

          gtk_widget_set_tooltip_text (self->names[role], tip);
          /* A screen reader reads the names, not the tags' abbreviations. */
          g_string_prepend (spoken, "  ");
          g_string_prepend (spoken, lc_role_heading (role, n, lc_ui_language ()));
          gtk_accessible_update_property (GTK_ACCESSIBLE (self->names[role]),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, spoken->str, -1);
        }
      else
        {
          gtk_widget_set_tooltip_text (self->names[role], NULL);
          gtk_accessible_reset_property (GTK_ACCESSIBLE (self->names[role]), GTK_ACCESSIBLE_PROPERTY_LABEL);
        }
    }

  gtk_widget_set_visible (self->people_box, any_line);
}

static void
fill_conflicts (LcAgendaRow       *self,
                LcConventionModel *model)
{
  GPtrArray *conflicts = lc_conflict_list_get_for_item (lc_convention_model_get_conflicts (model),
                                                        lc_record_get_id (LC_RECORD (self->item)));
  g_autoptr(GString) text = g_string_new (NULL);

  self->n_conflicts = conflicts ? conflicts->len : 0;
  for (guint i = 0; i < self->n_conflicts; i++)
    {
      g_autofree char *sentence = lc_conflict_describe (model, g_ptr_array_index (conflicts, i));

      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, sentence);
    }

  gtk_widget_set_visible (self->conflict_icon, self->n_conflicts > 0);
  gtk_widget_set_tooltip_text (self->conflict_icon, self->n_conflicts > 0 ? text->str : NULL);
  if (self->n_conflicts > 0)
    gtk_widget_add_css_class (self->item_box, "lc-conflict");
  else
    gtk_widget_remove_css_class (self->item_box, "lc-conflict");

  /* Screen readers hear the conflicts too, not only see an icon. */
  lc_a11y_describe_list_row (GTK_WIDGET (self), self->n_conflicts > 0 ? text->str : "");
}

static void
lc_agenda_row_dispose (GObject *object)
{
  LcAgendaRow *self = LC_AGENDA_ROW (object);

  g_clear_object (&self->item);
  /* The stack is both the bin's child and a template child: let the bin
   * drop it first, so it does not hold on to it after the template has. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_AGENDA_ROW);

  G_OBJECT_CLASS (lc_agenda_row_parent_class)->dispose (object);
}

static void
lc_agenda_row_class_init (LcAgendaRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_agenda_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/agenda/lc-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, stack);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, day_number_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, item_box);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, title_tag);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, room_box);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, room_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, room_tag);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, people_box);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, conflict_icon);
  gtk_widget_class_bind_template_child_full (widget_class, "moderator_names", FALSE, G_STRUCT_OFFSET (LcAgendaRow, names[LC_ROLE_MODERATOR]));
  gtk_widget_class_bind_template_child_full (widget_class, "speaker_names", FALSE, G_STRUCT_OFFSET (LcAgendaRow, names[LC_ROLE_SPEAKER]));
  gtk_widget_class_bind_template_child_full (widget_class, "presenter_names", FALSE, G_STRUCT_OFFSET (LcAgendaRow, names[LC_ROLE_PRESENTER]));
}

static void
lc_agenda_row_init (LcAgendaRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
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
  self->n_conflicts = 0;
  self->n_online = 0;

  if (day_number > 0)
    /* Translators: above a day's items in the agenda; %u is 1 for the convention's first day */
    number = lc_ui_printf (_("Day %u"), day_number);
  else
    number = g_strdup (_("Outside the convention’s dates"));

  update_label (GTK_WIDGET (self->day_number_label), number);
  update_label (GTK_WIDGET (self->day_label), date);
  if (day_number == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->day_number_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->day_number_label), "warning");
  gtk_stack_set_visible_child_name (self->stack, "day");
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
  LcRecord *record = LC_RECORD (item);
  LcItemKind kind = lc_item_get_kind (LC_ITEM (record));
  gint64 number = lc_item_get_number (LC_ITEM (record));
  LcRecord *room = lc_convention_model_lookup (model, LC_TYPE_ROOM, lc_item_get_room_id (LC_ITEM (record)));
  g_autofree char *times = lc_ui_format_time_range ((int) lc_item_get_start_minute (LC_ITEM (record)),
                                                    (int) lc_item_get_end_minute (LC_ITEM (record)));
  g_autofree char *kind_text = NULL;
  const char *title;
  gboolean fell_back = FALSE;

  g_return_if_fail (LC_IS_AGENDA_ROW (self));
  g_return_if_fail (LC_IS_CONVENTION_MODEL (model));

  g_set_object (&self->item, item);

  update_label (GTK_WIDGET (self->time_label), times);

  if ((guint) kind >= G_N_ELEMENTS (kinds))
    kind = LC_ITEM_KIND_OTHER;
  gtk_image_set_from_icon_name (self->kind_icon, kinds[kind].icon_name);
  if (number > 0)
    /* Translators: an item's kind and number, such as “Session 3” */
    kind_text = lc_ui_printf (_("%1$s %2$d"), lc_item_kind_get_label (kind), (int) number);
  else
    kind_text = g_strdup (lc_item_kind_get_label (kind));
  update_label (GTK_WIDGET (self->kind_label), kind_text);

  title = lc_ui_text (record, "title", &fell_back);
  update_label (GTK_WIDGET (self->title_label), title);
  lc_language_tag_show (self->title_tag, fell_back, model);

  gtk_widget_set_visible (self->room_box, room != NULL);
  if (room != NULL)
    {
      gboolean room_fell_back = FALSE;

      update_label (GTK_WIDGET (self->room_label), lc_ui_text (room, "name", &room_fell_back));
      lc_language_tag_show (self->room_tag, room_fell_back, model);
    }

  {
    /* Translators: how a screen reader names an agenda item: its times, its kind (and number), its title */
    g_autofree char *name = g_strdup_printf (_("%1$s, %2$s: %3$s"), times, kind_text, title);

    lc_a11y_name_list_row (GTK_WIDGET (self), name);
  }
  fill_people (self, model, participations);
  fill_conflicts (self, model);
  gtk_stack_set_visible_child_name (self->stack, "item");
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

  g_clear_object (&self->item);
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

  return gtk_label_get_text (self->item ? self->title_label : self->day_label);
}

/** lc_agenda_row_get_n_conflicts: Returns: how many conflicts the row warns about */
guint
lc_agenda_row_get_n_conflicts (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), 0);

  return self->n_conflicts;
}

/** lc_agenda_row_get_n_online: Returns: how many "online" badges the row shows */
guint
lc_agenda_row_get_n_online (LcAgendaRow *self)
{
  g_return_val_if_fail (LC_IS_AGENDA_ROW (self), 0);

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
