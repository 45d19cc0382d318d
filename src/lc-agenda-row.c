/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-agenda-row.h"
#include "lc-conflicts-pane.h"
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
  GtkWidget *room_box;
  GtkLabel  *room_label;
  GtkWidget *people_box;
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

static const char *
role_heading (LcRole role,
              guint  n)
{
  /* Headings before a list of names; the count only picks the plural form. */
  switch (role)
    {
    case LC_ROLE_MODERATOR:
      return g_dngettext (GETTEXT_PACKAGE, "Moderator", "Moderators", n);
    case LC_ROLE_PRESENTER:
      return g_dngettext (GETTEXT_PACKAGE, "Presenter", "Presenters", n);
    case LC_ROLE_SPEAKER:
    default:
      return g_dngettext (GETTEXT_PACKAGE, "Speaker", "Speakers", n);
    }
}

static void
set_fallback_mark (GtkWidget *label,
                   gboolean   fell_back,
                   LcLanguage shown)
{
  /* Text shown in the other language than the interface's is dimmed and says so. */
  if (fell_back)
    {
      gtk_widget_add_css_class (label, "lc-fallback");
      gtk_widget_set_tooltip_text (label, shown == LC_LANGUAGE_ARABIC
                                          ? _("No English text yet: shown in Arabic")
                                          : _("No Arabic text yet: shown in English"));
    }
  else
    {
      gtk_widget_remove_css_class (label, "lc-fallback");
      gtk_widget_set_tooltip_text (label, NULL);
    }
}

static LcLanguage
other_language (void)
{
  return lc_ui_language () == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
}

static GtkWidget *
person_chip (LcConventionModel *model,
             LcParticipation   *participation,
             gboolean          *online)
{
  LcRecord *person = lc_convention_model_lookup (model, LC_TYPE_PERSON,
                                                 lc_record_get_int (LC_RECORD (participation), "person-id"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name;
  gboolean fell_back = FALSE;

  name = gtk_label_new (person ? lc_ui_text (person, "name", &fell_back) : "");
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  set_fallback_mark (name, fell_back, other_language ());
  gtk_box_append (GTK_BOX (box), name);
  gtk_widget_set_halign (box, GTK_ALIGN_START);

  *online = lc_convention_model_get_attendance (model, participation) == LC_ATTENDANCE_ONLINE;
  if (*online)
    {
      GtkWidget *badge = gtk_label_new (C_("attendance badge", "Online"));

      gtk_widget_add_css_class (badge, "lc-online-badge");
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (badge, _("Takes part online"));
      gtk_box_append (GTK_BOX (box), badge);
    }

  return box;
}

static void
fill_people (LcAgendaRow       *self,
             LcConventionModel *model,
             GPtrArray         *participations)
{
  static const LcRole roles[] = { LC_ROLE_MODERATOR, LC_ROLE_SPEAKER, LC_ROLE_PRESENTER };
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->people_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->people_box), child);
  self->n_online = 0;

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      GtkWidget *line = NULL;
      GtkWidget *flow = NULL;
      GtkWidget *heading = NULL;
      guint n = 0;

      for (guint i = 0; participations && i < participations->len; i++)
        {
          LcParticipation *p = g_ptr_array_index (participations, i);
          gboolean online;

          if (lc_record_get_int (LC_RECORD (p), "role") != roles[r])
            continue;

          if (line == NULL)
            {
              line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
              heading = gtk_label_new (NULL);
              gtk_widget_add_css_class (heading, "dim-label");
              gtk_widget_set_valign (heading, GTK_ALIGN_START);
              gtk_label_set_xalign (GTK_LABEL (heading), 0);
              gtk_label_set_width_chars (GTK_LABEL (heading), 10);
              flow = gtk_flow_box_new ();
              gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
              gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 8);
              gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 12);
              gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 2);
              /* Natural widths, wrapping only when the row is too narrow:
               * a flow box given spare width spreads the names apart. */
              gtk_widget_set_halign (flow, GTK_ALIGN_START);
              /* The row is the one focusable thing; the names are only read. */
              gtk_widget_set_can_focus (flow, FALSE);
              gtk_widget_set_can_target (flow, TRUE);
              gtk_box_append (GTK_BOX (line), heading);
              gtk_box_append (GTK_BOX (line), flow);
              gtk_box_append (GTK_BOX (self->people_box), line);
            }

          gtk_flow_box_append (GTK_FLOW_BOX (flow), person_chip (model, p, &online));
          n++;
          if (online)
            self->n_online++;
        }

      if (heading != NULL)
        gtk_label_set_text (GTK_LABEL (heading), role_heading (roles[r], n));
    }

  gtk_widget_set_visible (self->people_box, gtk_widget_get_first_child (self->people_box) != NULL);
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->n_conflicts > 0 ? text->str : "", -1);
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

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/lc-agenda-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, stack);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, day_number_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, day_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, item_box);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, kind_icon);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, kind_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, room_box);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, room_label);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, people_box);
  gtk_widget_class_bind_template_child (widget_class, LcAgendaRow, conflict_icon);
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

  g_clear_object (&self->item);
  self->n_conflicts = 0;
  self->n_online = 0;

  if (day_number > 0)
    /* Translators: above a day's items in the agenda; %u is 1 for the convention's first day */
    number = g_strdup_printf (_("Day %u"), day_number);
  else
    number = g_strdup (_("Outside the convention’s dates"));

  gtk_label_set_text (self->day_number_label, number);
  gtk_label_set_text (self->day_label, date);
  if (day_number == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->day_number_label), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->day_number_label), "warning");
  gtk_stack_set_visible_child_name (self->stack, "day");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "", -1);
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
  LcItemKind kind = lc_record_get_int (record, "kind");
  gint64 number = lc_record_get_int (record, "number");
  LcRecord *room = lc_convention_model_lookup (model, LC_TYPE_ROOM, lc_record_get_int (record, "room-id"));
  g_autofree char *start = lc_time_format ((int) lc_record_get_int (record, "start-minute"));
  g_autofree char *end = lc_time_format ((int) lc_record_get_int (record, "end-minute"));
  g_autofree char *times = NULL;
  g_autofree char *kind_text = NULL;
  const char *title;
  gboolean fell_back = FALSE;

  g_set_object (&self->item, item);

  /* Translators: a time range in the agenda, from the start to the end */
  times = g_strdup_printf (_("%s – %s"), start, end);
  gtk_label_set_text (self->time_label, times);

  if ((guint) kind >= G_N_ELEMENTS (kinds))
    kind = LC_ITEM_KIND_OTHER;
  gtk_image_set_from_icon_name (self->kind_icon, kinds[kind].icon_name);
  if (number > 0)
    /* Translators: an item's kind and number, such as “Session 3” */
    kind_text = g_strdup_printf (_("%1$s %2$d"), lc_item_kind_get_label (kind), (int) number);
  else
    kind_text = g_strdup (lc_item_kind_get_label (kind));
  gtk_label_set_text (self->kind_label, kind_text);

  title = lc_ui_text (record, "title", &fell_back);
  gtk_label_set_text (self->title_label, title);
  set_fallback_mark (GTK_WIDGET (self->title_label), fell_back, other_language ());

  gtk_widget_set_visible (self->room_box, room != NULL);
  if (room != NULL)
    {
      gboolean room_fell_back = FALSE;

      gtk_label_set_text (self->room_label, lc_ui_text (room, "name", &room_fell_back));
      set_fallback_mark (GTK_WIDGET (self->room_label), room_fell_back, other_language ());
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
  GtkWidget *child;

  g_clear_object (&self->item);
  while ((child = gtk_widget_get_first_child (self->people_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->people_box), child);
}

/** lc_agenda_row_get_item: Returns: (transfer none) (nullable): the item shown */
LcItem *
lc_agenda_row_get_item (LcAgendaRow *self)
{
  return self->item;
}

/** lc_agenda_row_get_title: Returns: the title as shown, or the day's date for a heading */
const char *
lc_agenda_row_get_title (LcAgendaRow *self)
{
  return gtk_label_get_text (self->item ? self->title_label : self->day_label);
}

/** lc_agenda_row_get_n_conflicts: Returns: how many conflicts the row warns about */
guint
lc_agenda_row_get_n_conflicts (LcAgendaRow *self)
{
  return self->n_conflicts;
}

/** lc_agenda_row_get_n_online: Returns: how many "online" badges the row shows */
guint
lc_agenda_row_get_n_online (LcAgendaRow *self)
{
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
