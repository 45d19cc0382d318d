/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-declaration-ui.h"
#include "lc-section-box.h"
#include "lc-util.h"

/*
 * A section of the working text: its title in both languages, edited in
 * place (stored when Enter is pressed or the entry loses the focus), its
 * clause rows, and buttons to add a clause and remove the section. The
 * rows belong to the page, which can move a clause between sections.
 */

struct _LcSectionBox
{
  AdwBin     parent_instance;

  GtkBox    *header_box;
  GtkLabel  *number_label;
  GtkButton *remove_button;
  GtkBox    *clauses_box;
  GtkButton *add_button;
  GtkEntry  *title_en;
  GtkEntry  *title_ar;

  gint64     key;
  gboolean   dirty;
  gboolean   setting;
};

G_DEFINE_FINAL_TYPE (LcSectionBox, lc_section_box, ADW_TYPE_BIN)

static void
on_title_changed (GtkEditable  *editable,
                  LcSectionBox *self)
{
  if (!self->setting)
    self->dirty = TRUE;
}

static void
on_title_activate (GtkEntry     *entry,
                   LcSectionBox *self)
{
  lc_section_box_flush (self);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                LcSectionBox            *self)
{
  lc_section_box_flush (self);
}

static GtkEntry *
make_entry (LcSectionBox *self,
            const char   *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  /* Narrow windows: the two languages share the width. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_widget_add_css_class (entry, "lc-section-title");
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_title_changed), self, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_title_activate), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self, 0);
  gtk_widget_add_controller (entry, focus);

  return GTK_ENTRY (entry);
}

static void
lc_section_box_class_init (LcSectionBoxClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/declaration/lc-section-box.ui");
  gtk_widget_class_bind_template_child (widget_class, LcSectionBox, header_box);
  gtk_widget_class_bind_template_child (widget_class, LcSectionBox, number_label);
  gtk_widget_class_bind_template_child (widget_class, LcSectionBox, remove_button);
  gtk_widget_class_bind_template_child (widget_class, LcSectionBox, clauses_box);
  gtk_widget_class_bind_template_child (widget_class, LcSectionBox, add_button);
}

static void
lc_section_box_init (LcSectionBox *self)
{
  GtkWidget *pair;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->title_en = make_entry (self, _("Section title in English"));
  self->title_ar = make_entry (self, _("Section title in Arabic"));
  pair = lc_declaration_ui_pair (GTK_WIDGET (self->title_en), GTK_WIDGET (self->title_ar));
  gtk_box_append (self->header_box, pair);
}

/**
 * lc_section_box_new:
 * @key: the section's key (its id)
 *
 * Returns: (transfer floating): a box for the section
 */
LcSectionBox *
lc_section_box_new (gint64 key)
{
  LcSectionBox *self = g_object_new (LC_TYPE_SECTION_BOX, NULL);

  self->key = key;
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->remove_button), g_variant_new_int64 (key));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->add_button), g_variant_new_int64 (key));

  return self;
}

gint64
lc_section_box_get_key (LcSectionBox *self)
{
  g_return_val_if_fail (LC_IS_SECTION_BOX (self), 0);

  return self->key;
}

/**
 * lc_section_box_set_number:
 * @self: a section box
 * @number: its place in the text, from 1
 */
void
lc_section_box_set_number (LcSectionBox *self,
                           guint         number)
{
  g_autofree char *text = NULL;

  g_return_if_fail (LC_IS_SECTION_BOX (self));

  /* Translators: the heading above a section of a declaration */
  text = lc_ui_printf (_("Section %u"), number);
  gtk_label_set_text (self->number_label, text);
}

/**
 * lc_section_box_set_title:
 * @self: a section box
 * @title_ar: the Arabic title
 * @title_en: the English title
 *
 * Shows the title as stored; a title being typed is kept.
 */
void
lc_section_box_set_title (LcSectionBox *self,
                          const char   *title_ar,
                          const char   *title_en)
{
  g_return_if_fail (LC_IS_SECTION_BOX (self));

  if (self->dirty)
    return;

  self->setting = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_ar)), title_ar) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_ar), title_ar);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_en)), title_en) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->title_en), title_en);
  self->setting = FALSE;
}

/**
 * lc_section_box_set_rows:
 * @self: a section box
 * @rows: (element-type LcClauseRow): the rows of its clauses, in order
 *
 * Shows @rows, taking them from the section they were in, and drops the
 * rows that are no longer in the section.
 */
void
lc_section_box_set_rows (LcSectionBox *self,
                         GPtrArray    *rows)
{
  GtkWidget *previous = NULL;
  GtkWidget *child;

  g_return_if_fail (LC_IS_SECTION_BOX (self));

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      if (gtk_widget_get_parent (row) == GTK_WIDGET (self->clauses_box))
        gtk_box_reorder_child_after (self->clauses_box, row, previous);
      else
        {
          if (gtk_widget_get_parent (row) != NULL)
            gtk_widget_unparent (row);
          gtk_box_insert_child_after (self->clauses_box, row, previous);
        }
      previous = row;
    }

  /* What follows the last row is no longer in the section. */
  child = previous ? gtk_widget_get_next_sibling (previous) : gtk_widget_get_first_child (GTK_WIDGET (self->clauses_box));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (self->clauses_box, child);
      child = next;
    }
}

/**
 * lc_section_box_flush:
 * @self: a section box
 *
 * Stores the title and the clauses being typed, now.
 */
void
lc_section_box_flush (LcSectionBox *self)
{
  g_return_if_fail (LC_IS_SECTION_BOX (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->clauses_box));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    lc_clause_row_flush (LC_CLAUSE_ROW (child));

  if (!self->dirty)
    return;

  self->dirty = FALSE;
  gtk_widget_activate_action (GTK_WIDGET (self), "declaration.edit-section-title", "(xss)", self->key,
                              gtk_editable_get_text (GTK_EDITABLE (self->title_ar)),
                              gtk_editable_get_text (GTK_EDITABLE (self->title_en)));
}
