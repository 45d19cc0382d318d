/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-declaration-page-private.h"
#include "lc-declaration-ui.h"
#include "lc-feedback.h"
#include "lc-section-box.h"
#include "lc-util.h"
#include "lc-version-row.h"

/*
 * The Declaration area: the convention's declaration as a bilingual
 * document. Three tabs:
 *
 * - Text: the working text (the last version with the accepted amendments
 *   applied), section by section, each clause's English and Arabic side by
 *   side (Arabic on the right in both interface directions, as the printed
 *   declaration), edited in place. A clause that an accepted amendment
 *   changed or added shows the amendment's text and is read-only until the
 *   amendment is reopened. Each clause opens its amendments in a side pane.
 * - Amendments: all of them, filtered by status and proposer.
 * - Versions: the published versions, Publish Version…, and the comparison
 *   of any two texts.
 *
 * Declarations are not in LcConventionModel: the page reads them from the
 * store and reads again (once, when idle) after the store says a record of
 * theirs changed. Widgets are kept across reloads (rows by clause key,
 * sections by section key), so what is being typed survives them.
 */

static void lc_declaration_page_page_iface_init (LcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcDeclarationPage, lc_declaration_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LC_TYPE_PAGE, lc_declaration_page_page_iface_init))

static gboolean
is_declaration_type (GType type)
{
  return type == LC_TYPE_DECLARATION || type == LC_TYPE_DECLARATION_SECTION || type == LC_TYPE_CLAUSE
         || type == LC_TYPE_AMENDMENT || type == LC_TYPE_DECLARATION_VERSION
         /* Proposers and agenda items are named in the amendments. */
         || type == LC_TYPE_CITY || type == LC_TYPE_PERSON || type == LC_TYPE_ITEM;
}

static gboolean
refresh_idle_cb (gpointer data)
{
  LcDeclarationPage *self = data;

  self->refresh_idle = 0;
  lc_declaration_page_refresh (self);
  return G_SOURCE_REMOVE;
}

void
lc_declaration_page_queue_refresh (LcDeclarationPage *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

static void
on_store_changed (LcStore           *store,
                  GType              type,
                  gint64             id,
                  int                kind,
                  LcDeclarationPage *self)
{
  /* A publication or an import changes many rows: read once, when idle. */
  if (is_declaration_type (type))
    lc_declaration_page_queue_refresh (self);
}

/**
 * lc_declaration_page_flush:
 * @self: the page
 *
 * Stores every text being typed (clauses, titles) now.
 */
void
lc_declaration_page_flush (LcDeclarationPage *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->sections);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    lc_section_box_flush (value);
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    lc_clause_row_flush (value);

  if (self->title_dirty)
    {
      self->title_dirty = FALSE;
      gtk_widget_activate_action (GTK_WIDGET (self), "declaration.edit-title", "(ss)",
                                  gtk_editable_get_text (GTK_EDITABLE (self->title_ar)),
                                  gtk_editable_get_text (GTK_EDITABLE (self->title_en)));
    }
}

void
lc_declaration_page_report (LcDeclarationPage *self,
                            const GError      *error)
{
  lc_widget_show_error (GTK_WIDGET (self), error);
}

void
lc_declaration_page_toast (LcDeclarationPage *self,
                           const char        *message,
                           gboolean           undoable)
{
  if (undoable)
    lc_widget_show_undo_toast (GTK_WIDGET (self), message);
  else
    lc_widget_show_toast (GTK_WIDGET (self), message);
}

static void
on_declaration_selected_cb (LcDeclarationPage *self)
{
  guint position = gtk_drop_down_get_selected (self->declaration_dropdown);

  if (self->filling || position >= self->declaration_ids->len)
    return;

  lc_declaration_page_flush (self);
  self->declaration_id = g_array_index (self->declaration_ids, gint64, position);
  adw_flap_set_reveal_flap (self->clause_flap, FALSE);
  lc_declaration_page_refresh (self);
}

static void
on_version_activated_cb (LcDeclarationPage *self,
                         GtkListBoxRow     *row)
{
  int number = lc_version_row_get_number (LC_VERSION_ROW (row));

  /* What the version changed; the first one against what came after. */
  if (number > 1)
    lc_compare_view_set_range (self->compare_view, number - 1, number);
  else
    lc_compare_view_set_range (self->compare_view, number, 0);
}

/* The tabs: linked toggle buttons rather than a stack switcher, whose
 * equal widths would not fit a narrow window. */
static void
on_tab_toggled_cb (LcDeclarationPage *self,
                   GtkToggleButton   *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  gtk_stack_set_visible_child_name (self->content_stack,
                                    button == self->versions_tab ? "versions"
                                    : button == self->amendments_tab ? "amendments" : "text");
}

static void
on_tab_shown_cb (LcDeclarationPage *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->content_stack);
  GtkToggleButton *button = g_strcmp0 (name, "versions") == 0 ? self->versions_tab
                            : g_strcmp0 (name, "amendments") == 0 ? self->amendments_tab : self->text_tab;

  gtk_toggle_button_set_active (button, TRUE);
}

static void
on_title_changed (GtkEditable       *editable,
                  LcDeclarationPage *self)
{
  if (!self->filling)
    self->title_dirty = TRUE;
}

static void
on_title_done (LcDeclarationPage *self)
{
  lc_declaration_page_flush (self);
}

static GtkEntry *
make_title_entry (LcDeclarationPage *self,
                  const char        *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  /* Narrow windows: the two languages share the width. */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  gtk_widget_add_css_class (entry, "lc-declaration-title");
  g_signal_connect_object (entry, "changed", G_CALLBACK (on_title_changed), self, 0);
  g_signal_connect_object (entry, "activate", G_CALLBACK (on_title_done), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (on_title_done), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (entry, focus);

  return GTK_ENTRY (entry);
}

static GtkWidget *
column_heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");

  return label;
}

static void
set_context (LcPage            *page,
             LcConventionModel *model,
             LcUndoStack       *undo)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (page);

  if (self->model != NULL)
    lc_declaration_page_flush (self);
  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);

  lc_declaration_page_clear (self);
  g_set_object (&self->model, model);
  g_set_object (&self->undo, undo);
  g_clear_object (&self->store);
  if (model != NULL)
    {
      self->store = g_object_ref (lc_convention_model_get_store (model));
      self->changed_handler = g_signal_connect (self->store, "changed", G_CALLBACK (on_store_changed), self);
    }

  lc_amendments_pane_set_context (self->clause_pane, model, model ? G_LIST_MODEL (self->amendments) : NULL);
  lc_amendments_pane_set_context (self->amendments_pane, model, model ? G_LIST_MODEL (self->amendments) : NULL);
  gtk_stack_set_visible_child_name (self->content_stack, "text");
  lc_declaration_page_refresh (self);
}

/* Ctrl+N: a clause after the one being edited, or at the end. */
static void
add (LcPage *page)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (page);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, LC_TYPE_CLAUSE_ROW) : NULL;
  LcTextSection *last;

  if (self->declaration_id == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "declaration.new", NULL);
      return;
    }

  gtk_stack_set_visible_child_name (self->content_stack, "text");
  if (row != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "declaration.insert-clause", "x",
                                lc_clause_row_get_key (LC_CLAUSE_ROW (row)));
  else if (self->working != NULL && self->working->sections->len > 0)
    {
      last = g_ptr_array_index (self->working->sections, self->working->sections->len - 1);
      gtk_widget_activate_action (GTK_WIDGET (self), "declaration.add-clause", "x", last->key);
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "declaration.add-section", NULL);
}

static void
lc_declaration_page_page_iface_init (LcPageInterface *iface)
{
  iface->set_context = set_context;
  iface->add = add;
}

static void
lc_declaration_page_dispose (GObject *object)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (object);

  if (self->store != NULL)
    g_clear_signal_handler (&self->changed_handler, self->store);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  g_clear_object (&self->store);
  g_clear_pointer (&self->working, lc_declaration_text_unref);
  g_clear_pointer (&self->clause_labels, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_hash_table_unref);
  g_clear_pointer (&self->sections, g_hash_table_unref);

  G_OBJECT_CLASS (lc_declaration_page_parent_class)->dispose (object);
}

static void
lc_declaration_page_finalize (GObject *object)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (object);

  g_clear_object (&self->amendments);
  g_clear_object (&self->versions);
  g_array_unref (self->declaration_ids);

  G_OBJECT_CLASS (lc_declaration_page_parent_class)->finalize (object);
}

static void
lc_declaration_page_class_init (LcDeclarationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_declaration_page_dispose;
  object_class->finalize = lc_declaration_page_finalize;

  /* The undo stack finds what a deletion takes with it among the record
   * classes registered when it is made, which happens after this. */
  g_type_ensure (LC_TYPE_DECLARATION);
  g_type_ensure (LC_TYPE_DECLARATION_SECTION);
  g_type_ensure (LC_TYPE_CLAUSE);
  g_type_ensure (LC_TYPE_AMENDMENT);
  g_type_ensure (LC_TYPE_DECLARATION_VERSION);
  g_type_ensure (LC_TYPE_VERSION_SECTION);
  g_type_ensure (LC_TYPE_VERSION_CLAUSE);
  g_type_ensure (LC_TYPE_AMENDMENTS_PANE);
  g_type_ensure (LC_TYPE_COMPARE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/declaration/lc-declaration-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, text_tab);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, amendments_tab);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, versions_tab);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, declaration_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, clause_flap);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, text_box);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, sections_box);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, clause_pane);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, amendments_pane);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, versions_list);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, no_versions_label);
  gtk_widget_class_bind_template_child (widget_class, LcDeclarationPage, compare_view);
  gtk_widget_class_bind_template_callback (widget_class, on_declaration_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_version_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tab_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_tab_shown_cb);

  lc_declaration_page_class_actions_init (widget_class);
}

static void
lc_declaration_page_init (LcDeclarationPage *self)
{
  GtkWidget *titles, *headings;

  self->declaration_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->amendments = g_list_store_new (LC_TYPE_AMENDMENT);
  self->versions = g_list_store_new (LC_TYPE_DECLARATION_VERSION);
  self->rows = lc_declaration_page_key_table_new (g_object_unref);
  self->sections = lc_declaration_page_key_table_new (g_object_unref);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The declaration's title, then the columns' names, above the sections. */
  self->title_en = make_title_entry (self, _("Title of the declaration in English"));
  self->title_ar = make_title_entry (self, _("Title of the declaration in Arabic"));
  titles = lc_declaration_ui_pair (GTK_WIDGET (self->title_en), GTK_WIDGET (self->title_ar));
  headings = lc_declaration_ui_pair (column_heading (_("English")), column_heading (_("Arabic")));
  gtk_box_prepend (self->text_box, headings);
  gtk_box_prepend (self->text_box, titles);

  lc_amendments_pane_set_clause (self->amendments_pane, 0, FALSE);
}

/**
 * lc_declaration_page_get_declaration_id:
 * @self: the page
 *
 * Returns: the declaration shown, or 0 when the convention has none
 */
gint64
lc_declaration_page_get_declaration_id (LcDeclarationPage *self)
{
  g_return_val_if_fail (LC_IS_DECLARATION_PAGE (self), 0);

  return self->declaration_id;
}

/**
 * lc_declaration_page_show_tab:
 * @self: the page
 * @name: "text", "amendments" or "versions"
 */
void
lc_declaration_page_show_tab (LcDeclarationPage *self,
                              const char        *name)
{
  g_return_if_fail (LC_IS_DECLARATION_PAGE (self));

  gtk_stack_set_visible_child_name (self->content_stack, name);
}

/**
 * lc_declaration_page_get_row:
 * @self: the page
 * @clause_key: a clause of the working text
 *
 * Returns: (transfer none) (nullable): the row showing it
 */
LcClauseRow *
lc_declaration_page_get_row (LcDeclarationPage *self,
                             gint64             clause_key)
{
  g_return_val_if_fail (LC_IS_DECLARATION_PAGE (self), NULL);

  return lc_declaration_page_lookup (self->rows, clause_key);
}

guint
lc_declaration_page_get_n_rows (LcDeclarationPage *self)
{
  g_return_val_if_fail (LC_IS_DECLARATION_PAGE (self), 0);

  return g_hash_table_size (self->rows);
}

guint
lc_declaration_page_get_n_versions (LcDeclarationPage *self)
{
  g_return_val_if_fail (LC_IS_DECLARATION_PAGE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->versions));
}

/**
 * lc_declaration_page_is_up_to_date:
 * @self: the page
 *
 * Returns: whether the page shows the store as it is (no reload waiting)
 */
gboolean
lc_declaration_page_is_up_to_date (LcDeclarationPage *self)
{
  g_return_val_if_fail (LC_IS_DECLARATION_PAGE (self), FALSE);

  return self->refresh_idle == 0;
}
