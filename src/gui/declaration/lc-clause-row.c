/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-clause-row.h"
#include "lc-declaration-ui.h"
#include "lc-growing-text-view.h"
#include "lc-util.h"

/*
 * One clause of the working text, edited in place: its English and Arabic
 * text side by side (lc_declaration_ui_pair()), its number, how many
 * amendments concern it, and a menu (propose an amendment, add a clause
 * below, remove it).
 *
 * What is typed is stored after a pause or when the text loses the focus,
 * as one undoable edit, through the page's "declaration.edit-clause"
 * action. Until then the row keeps what was typed even when the page
 * refreshes it.
 */

/* How long typing may pause before the clause is stored. */
#define SAVE_DELAY_MS 800

struct _LcClauseRow
{
  AdwBin         parent_instance;

  GtkBox        *box;
  GtkLabel      *number_label;
  GtkLabel      *note_label;
  GtkButton     *amendments_button;
  GtkLabel      *amendments_label;
  GtkMenuButton *menu_button;
  GtkTextView   *text_en;
  GtkTextView   *text_ar;

  gint64         key;
  gboolean       dirty;      /* typed, not stored yet */
  gboolean       setting;    /* the buffers are being filled, not typed in */
  guint          save_timeout;
};

G_DEFINE_FINAL_TYPE (LcClauseRow, lc_clause_row, ADW_TYPE_BIN)

static gboolean
save_timeout_cb (gpointer data)
{
  LcClauseRow *self = data;

  self->save_timeout = 0;
  lc_clause_row_flush (self);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   LcClauseRow   *self)
{
  if (self->setting)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_timeout, g_source_remove);
  self->save_timeout = g_timeout_add (SAVE_DELAY_MS, save_timeout_cb, self);
}

static void
on_focus_leave (GtkEventControllerFocus *controller,
                LcClauseRow             *self)
{
  lc_clause_row_flush (self);
}

static GtkTextView *
make_text_view (LcClauseRow *self,
                const char  *accessible_name)
{
  GtkWidget *view = lc_growing_text_view_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  /* One history for everything: Ctrl+Z is the convention's Undo, which
   * stores what is being typed first (see lc-declaration-page.c). */
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), FALSE);
  gtk_widget_add_css_class (view, "lc-clause-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);

  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                           G_CALLBACK (on_buffer_changed), self, 0);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_focus_leave), self, 0);
  gtk_widget_add_controller (view, focus);

  return GTK_TEXT_VIEW (view);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
set_buffer (LcClauseRow *self,
            GtkTextView *view,
            const char  *text)
{
  g_autofree char *current = buffer_text (view);

  if (g_strcmp0 (current, text) == 0)
    return;

  self->setting = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  self->setting = FALSE;
}

static GMenuModel *
make_menu (gint64 key)
{
  GMenu *menu = g_menu_new ();
  GMenu *section = g_menu_new ();
  g_autoptr(GMenuItem) propose = g_menu_item_new (_("_Propose Amendment…"), NULL);
  g_autoptr(GMenuItem) insert = g_menu_item_new (_("_Add Clause Below"), NULL);
  g_autoptr(GMenuItem) remove = g_menu_item_new (_("_Remove Clause"), NULL);

  g_menu_item_set_action_and_target_value (propose, "declaration.propose", g_variant_new_int64 (key));
  g_menu_item_set_action_and_target_value (insert, "declaration.insert-clause", g_variant_new_int64 (key));
  g_menu_item_set_action_and_target_value (remove, "declaration.remove-clause", g_variant_new_int64 (key));
  g_menu_append_item (menu, propose);
  g_menu_append_item (menu, insert);
  g_menu_append_item (section, remove);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
  g_object_unref (section);

  return G_MENU_MODEL (menu);
}

static void
lc_clause_row_dispose (GObject *object)
{
  LcClauseRow *self = LC_CLAUSE_ROW (object);

  g_clear_handle_id (&self->save_timeout, g_source_remove);

  G_OBJECT_CLASS (lc_clause_row_parent_class)->dispose (object);
}

static void
lc_clause_row_class_init (LcClauseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_clause_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/declaration/lc-clause-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LcClauseRow, box);
  gtk_widget_class_bind_template_child (widget_class, LcClauseRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, LcClauseRow, note_label);
  gtk_widget_class_bind_template_child (widget_class, LcClauseRow, amendments_button);
  gtk_widget_class_bind_template_child (widget_class, LcClauseRow, amendments_label);
  gtk_widget_class_bind_template_child (widget_class, LcClauseRow, menu_button);
}

static void
lc_clause_row_init (LcClauseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->text_en = make_text_view (self, _("English text of the clause"));
  self->text_ar = make_text_view (self, _("Arabic text of the clause"));
  gtk_box_append (self->box, lc_declaration_ui_pair (GTK_WIDGET (self->text_en), GTK_WIDGET (self->text_ar)));
}

/**
 * lc_clause_row_new:
 * @key: the clause's key (its id)
 *
 * Returns: (transfer floating): a row for the clause
 */
LcClauseRow *
lc_clause_row_new (gint64 key)
{
  LcClauseRow *self = g_object_new (LC_TYPE_CLAUSE_ROW, NULL);
  g_autoptr(GMenuModel) menu = make_menu (key);

  self->key = key;
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->amendments_button), g_variant_new_int64 (key));
  gtk_menu_button_set_menu_model (self->menu_button, menu);

  return self;
}

gint64
lc_clause_row_get_key (LcClauseRow *self)
{
  g_return_val_if_fail (LC_IS_CLAUSE_ROW (self), 0);

  return self->key;
}

/**
 * lc_clause_row_set_clause:
 * @self: a row
 * @text_ar: the Arabic text
 * @text_en: the English text
 * @number: (nullable): "5" for a numbered clause, "¶ 2" for a paragraph
 * @note: (nullable): a plain-text note, such as why the clause cannot be
 *   edited now
 * @n_amendments: how many amendments concern the clause
 * @editable: whether its text can be edited
 *
 * Shows the clause as stored. Text being typed and not stored yet is kept.
 */
void
lc_clause_row_set_clause (LcClauseRow *self,
                          const char  *text_ar,
                          const char  *text_en,
                          const char  *number,
                          const char  *note,
                          guint        n_amendments,
                          gboolean     editable)
{
  g_autofree char *count = NULL;

  g_return_if_fail (LC_IS_CLAUSE_ROW (self));

  if (!self->dirty)
    {
      set_buffer (self, self->text_ar, text_ar);
      set_buffer (self, self->text_en, text_en);
    }
  /* The cursor stays visible in read-only text (where the keyboard can
   * still select and copy). In GTK 4.8 a text view keeps blinking for a
   * while after it loses the focus, and hiding its cursor then makes the
   * next blink abort on an assertion: accepting an amendment moments after
   * typing in its clause crashed the app. */
  gtk_text_view_set_editable (self->text_ar, editable);
  gtk_text_view_set_editable (self->text_en, editable);
  if (editable)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "lc-read-only");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "lc-read-only");

  gtk_label_set_text (self->number_label, number ? number : "");
  gtk_label_set_text (self->note_label, note ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL && *note != '\0');

  count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u amendment", "%u amendments", n_amendments),
                           n_amendments);
  gtk_label_set_text (self->amendments_label, count);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->amendments_button), _("Show the amendments to this clause"));
  if (n_amendments == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->amendments_button), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->amendments_button), "dim-label");
}

/**
 * lc_clause_row_get_text_view:
 * @self: a row
 * @arabic: which language
 *
 * Returns: (transfer none): the text view of that language
 */
GtkTextView *
lc_clause_row_get_text_view (LcClauseRow *self,
                             gboolean     arabic)
{
  g_return_val_if_fail (LC_IS_CLAUSE_ROW (self), NULL);

  return arabic ? self->text_ar : self->text_en;
}

/**
 * lc_clause_row_flush:
 * @self: a row
 *
 * Stores what was typed and not stored yet, now.
 */
void
lc_clause_row_flush (LcClauseRow *self)
{
  g_autofree char *ar = NULL;
  g_autofree char *en = NULL;

  g_return_if_fail (LC_IS_CLAUSE_ROW (self));

  g_clear_handle_id (&self->save_timeout, g_source_remove);
  if (!self->dirty)
    return;

  self->dirty = FALSE;
  ar = buffer_text (self->text_ar);
  en = buffer_text (self->text_en);
  gtk_widget_activate_action (GTK_WIDGET (self), "declaration.edit-clause", "(xss)", self->key, ar, en);
}
