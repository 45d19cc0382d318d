/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-item-layout.h"
#include "lc-agenda-row-private.h"

/*
 * The parts of an agenda row, made in code when the row first needs them.
 *
 * GTK 4.8's list view builds some 200 rows before its first frame, however
 * few it shows. Built from a template, each row parsed and made all its
 * twenty widgets — day heading, language tags, a line of names for each
 * role, conflict icon — most of them hidden for most items: 1.5 M
 * instructions a row, an eighth of the main thread's work at 10,000 items.
 * Now a row makes the item's lines at its first item, a day's heading at
 * its first day, a tag, a room line, a role's names or the warning icon
 * the first time it has one to show, and keeps them for the items it is
 * recycled to. The widgets, their order and their style classes are the
 * ones the template had.
 */

/* A label as the rows' labels are: aligned at the start of its line. */
static GtkWidget *
new_label (const char *const *classes)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (classes != NULL)
    gtk_widget_set_css_classes (label, (const char **) classes);
  return label;
}

/* A label whose text wraps, at least twelve characters wide. */
static GtkWidget *
new_wrapping_label (const char *const *classes)
{
  GtkWidget *label = new_label (classes);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (label), 12);
  return label;
}

/* A small tag naming the language of the text before it, made hidden
 * (lc_language_tag_show () shows it). */
static GtkWidget *
new_tag (void)
{
  static const char *const classes[] = { "lc-language-tag", NULL };
  GtkWidget *tag = gtk_label_new (NULL);

  gtk_widget_set_css_classes (tag, (const char **) classes);
  gtk_widget_set_visible (tag, FALSE);
  return tag;
}

/** lc_agenda_row_make_pages: makes the box holding the day's heading and the item */
void
lc_agenda_row_make_pages (LcAgendaRow *self)
{
  /* A day's heading or an item, the other one hidden. Not a GtkStack:
   * allocating its page, a stack asks its width for the height given,
   * which a wrapping label answers by laying its text out again and again
   * (see lc-agenda-item-layout.c). */
  self->pages = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  adw_bin_set_child (ADW_BIN (self), self->pages);
}

/** lc_agenda_row_make_day: makes a day's heading, hidden */
void
lc_agenda_row_make_day (LcAgendaRow *self)
{
  static const char *const number_classes[] = { "caption-heading", "dim-label", NULL };
  static const char *const day_classes[] = { "title-3", NULL };

  if (self->day_box != NULL)
    return;

  self->day_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  gtk_widget_add_css_class (self->day_box, "lc-day-heading");
  gtk_widget_set_visible (self->day_box, FALSE);
  self->day_number_label = GTK_LABEL (new_label (number_classes));
  self->day_label = GTK_LABEL (new_wrapping_label (day_classes));
  gtk_box_append (GTK_BOX (self->day_box), GTK_WIDGET (self->day_number_label));
  gtk_box_append (GTK_BOX (self->day_box), GTK_WIDGET (self->day_label));
  /* Above the item, as it was in the template: only one is shown. */
  gtk_box_prepend (GTK_BOX (self->pages), self->day_box);
}

/** lc_agenda_row_make_item: makes an item's time, kind and title, hidden */
void
lc_agenda_row_make_item (LcAgendaRow *self)
{
  static const char *const time_classes[] = { "numeric", "lc-agenda-time", NULL };
  static const char *const kind_classes[] = { "caption-heading", "dim-label", NULL };
  static const char *const title_classes[] = { "heading", NULL };

  if (self->item_box != NULL)
    return;

  self->item_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  /* Not the box's own layout: see lc-agenda-item-layout.c */
  gtk_widget_set_layout_manager (self->item_box, g_object_new (LC_TYPE_AGENDA_ITEM_LAYOUT, "spacing", 18, NULL));
  gtk_widget_add_css_class (self->item_box, "lc-agenda-item");
  gtk_widget_set_visible (self->item_box, FALSE);

  self->time_label = GTK_LABEL (new_label (time_classes));
  gtk_widget_set_valign (GTK_WIDGET (self->time_label), GTK_ALIGN_START);
  gtk_label_set_width_chars (self->time_label, 11);
  gtk_box_append (GTK_BOX (self->item_box), GTK_WIDGET (self->time_label));

  self->content_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (self->content_box, TRUE);
  gtk_box_append (GTK_BOX (self->item_box), self->content_box);

  self->kind_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->kind_icon = GTK_IMAGE (gtk_image_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->kind_icon), "dim-label");
  self->kind_label = GTK_LABEL (new_label (kind_classes));
  gtk_box_append (GTK_BOX (self->kind_box), GTK_WIDGET (self->kind_icon));
  gtk_box_append (GTK_BOX (self->kind_box), GTK_WIDGET (self->kind_label));
  gtk_box_append (GTK_BOX (self->content_box), self->kind_box);

  self->title_label = GTK_LABEL (new_wrapping_label (title_classes));
  gtk_label_set_wrap_mode (self->title_label, PANGO_WRAP_WORD_CHAR);
  gtk_box_append (GTK_BOX (self->content_box), GTK_WIDGET (self->title_label));

  gtk_box_append (GTK_BOX (self->pages), self->item_box);
}

/** lc_agenda_row_make_title_tag: makes the title's language tag, hidden */
void
lc_agenda_row_make_title_tag (LcAgendaRow *self)
{
  if (self->title_tag != NULL)
    return;

  /* On the line above the title, not beside it: GTK 4.8 measures a
   * wrapping label in a row of widgets inconsistently (a critical
   * warning). */
  self->title_tag = new_tag ();
  gtk_box_append (GTK_BOX (self->kind_box), self->title_tag);
}

/** lc_agenda_row_make_room: makes the line of the item's room or place, hidden */
void
lc_agenda_row_make_room (LcAgendaRow *self)
{
  static const char *const icon_classes[] = { "dim-label", NULL };
  static const char *const room_classes[] = { "caption", "dim-label", NULL };
  GtkWidget *icon;

  if (self->room_box != NULL)
    return;

  self->room_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_visible (self->room_box, FALSE);
  icon = gtk_image_new_from_icon_name ("mark-location-symbolic");
  gtk_image_set_pixel_size (GTK_IMAGE (icon), 12);
  gtk_widget_set_css_classes (icon, (const char **) icon_classes);
  self->room_label = GTK_LABEL (new_label (room_classes));
  gtk_label_set_ellipsize (self->room_label, PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (self->room_box), icon);
  gtk_box_append (GTK_BOX (self->room_box), GTK_WIDGET (self->room_label));
  /* Under the title, above the people. */
  gtk_box_insert_child_after (GTK_BOX (self->content_box), self->room_box, GTK_WIDGET (self->title_label));
}

/** lc_agenda_row_make_room_tag: makes the room's language tag, hidden */
void
lc_agenda_row_make_room_tag (LcAgendaRow *self)
{
  if (self->room_tag != NULL)
    return;

  self->room_tag = new_tag ();
  gtk_box_append (GTK_BOX (self->room_box), self->room_tag);
}

/**
 * lc_agenda_row_make_names:
 * @self: a row showing an item
 * @role: whose names
 *
 * Makes the line of @role's names (and the box of the people's lines),
 * shown: it is made for names to show.
 */
void
lc_agenda_row_make_names (LcAgendaRow *self,
                          LcRole       role)
{
  GtkWidget *before = NULL;

  if (self->names[role] != NULL)
    return;

  if (self->people_box == NULL)
    {
      self->people_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      gtk_widget_set_margin_top (self->people_box, 2);
      gtk_box_append (GTK_BOX (self->content_box), self->people_box);
    }

  self->names[role] = new_wrapping_label (NULL);
  gtk_label_set_use_markup (GTK_LABEL (self->names[role]), TRUE);
  /* The roles' lines in the order of the roles, whichever came first. */
  for (int r = (int) role - 1; r >= 0 && before == NULL; r--)
    before = self->names[r];
  gtk_box_insert_child_after (GTK_BOX (self->people_box), self->names[role], before);
}

/** lc_agenda_row_make_conflict_icon: makes the warning at the item's end, hidden */
void
lc_agenda_row_make_conflict_icon (LcAgendaRow *self)
{
  if (self->conflict_icon != NULL)
    return;

  self->conflict_icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  gtk_widget_set_visible (self->conflict_icon, FALSE);
  gtk_widget_set_valign (self->conflict_icon, GTK_ALIGN_START);
  gtk_widget_add_css_class (self->conflict_icon, "warning");
  gtk_box_append (GTK_BOX (self->item_box), self->conflict_icon);
}
