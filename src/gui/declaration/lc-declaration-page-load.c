/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-declaration-page-private.h"
#include "lc-declaration-ui.h"
#include "lc-section-box.h"
#include "lc-util.h"
#include "lc-version-row.h"

/* Reading the declaration shown from the store and showing it: the text
 * tab's sections and rows (kept by key across reloads), the names of the
 * clauses the amendments concern, the versions. See lc-declaration-page.c. */

GHashTable *
lc_declaration_page_key_table_new (GDestroyNotify value_free)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, value_free);
}

gpointer
lc_declaration_page_lookup (GHashTable *table,
                            gint64      key)
{
  return g_hash_table_lookup (table, &key);
}

static void
insert_key (GHashTable *table,
            gint64      key,
            gpointer    value)
{
  g_hash_table_insert (table, g_memdup2 (&key, sizeof key), value);
}

/* Names for every clause an amendment or the text mentions: from the
 * working text, else from the last version that has it, else what it is. */
static GHashTable *
make_clause_labels (LcDeclarationPage *self,
                    GListModel        *amendments)
{
  GHashTable *labels = lc_declaration_page_key_table_new (g_free);
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_declaration_text_unref);
  guint n_versions = g_list_model_get_n_items (G_LIST_MODEL (self->versions));
  guint n_amendments = g_list_model_get_n_items (amendments);

  for (guint i = 0; i < self->working->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (self->working->sections, i);

      for (guint j = 0; j < section->clauses->len; j++)
        {
          gint64 key = ((LcTextClause *) g_ptr_array_index (section->clauses, j))->key;

          insert_key (labels, key, lc_declaration_ui_clause_label (self->working, key));
        }
    }

  for (guint i = 0; i < n_amendments; i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (amendments, i);
      gint64 key = lc_amendment_get_clause_id (LC_AMENDMENT (amendment));
      g_autoptr(LcRecord) clause = NULL;
      char *label = NULL;

      if (g_hash_table_contains (labels, &key))
        continue;

      /* Versions are read only when needed, newest first. */
      for (guint v = 0; v < n_versions && label == NULL; v++)
        {
          LcDeclarationText *text;

          if (v == versions->len)
            {
              text = lc_declaration_get_version_text (self->store, self->declaration_id, n_versions - v, NULL);
              if (text == NULL)
                break;
              g_ptr_array_add (versions, text);
            }
          text = g_ptr_array_index (versions, v);
          label = lc_declaration_ui_clause_label (text, key);
        }

      clause = label ? NULL : lc_store_get (self->store, LC_TYPE_CLAUSE, key, NULL);
      if (clause != NULL && lc_clause_get_state (LC_CLAUSE (clause)) == LC_CLAUSE_STATE_PENDING)
        {
          g_autoptr(LcRecord) owner = lc_store_get (self->store, LC_TYPE_AMENDMENT,
                                                    lc_clause_get_amendment_id (LC_CLAUSE (clause)), NULL);

          /* Translators: the clause an insert-after amendment would add, named by the amendment's number */
          label = lc_ui_printf (_("the clause amendment %d adds"),
                                   owner ? (int) lc_amendment_get_number (LC_AMENDMENT (owner)) : 0);
        }
      if (label == NULL)
        label = g_strdup (_("a clause no longer in the text"));
      insert_key (labels, key, label);
    }

  return labels;
}

static int
amendment_number (LcDeclarationPage *self,
                  gint64             amendment_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->amendments)); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (G_LIST_MODEL (self->amendments), i);

      if (lc_record_get_id (amendment) == amendment_id)
        return (int) lc_amendment_get_number (LC_AMENDMENT (amendment));
    }

  return 0;
}

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

/* The text tab: section boxes and clause rows, made once and kept. */
static void
sync_text (LcDeclarationPage *self,
           GHashTable        *counts)
{
  g_autoptr(GHashTable) seen_sections = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) seen_rows = g_hash_table_new (g_int64_hash, g_int64_equal);
  GHashTableIter iter;
  gpointer key, value;
  GtkWidget *previous = NULL;

  if (!self->title_dirty)
    {
      self->filling = TRUE;
      set_entry_text (self->title_ar, self->working->title_ar);
      set_entry_text (self->title_en, self->working->title_en);
      self->filling = FALSE;
    }

  for (guint i = 0; i < self->working->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (self->working->sections, i);
      LcSectionBox *box = lc_declaration_page_lookup (self->sections, section->key);
      g_autoptr(GPtrArray) rows = g_ptr_array_new ();

      if (box == NULL)
        {
          box = g_object_ref_sink (lc_section_box_new (section->key));
          insert_key (self->sections, section->key, box);
        }
      g_hash_table_add (seen_sections, &section->key);
      lc_section_box_set_number (box, i + 1);
      lc_section_box_set_title (box, section->title_ar, section->title_en);

      for (guint j = 0; j < section->clauses->len; j++)
        {
          LcTextClause *clause = g_ptr_array_index (section->clauses, j);
          LcClauseRow *row = lc_declaration_page_lookup (self->rows, clause->key);
          g_autofree char *number = lc_declaration_ui_clause_number (self->working, clause->key);
          g_autofree char *note = NULL;
          guint n_amendments = GPOINTER_TO_UINT (lc_declaration_page_lookup (counts, clause->key));

          if (row == NULL)
            {
              row = g_object_ref_sink (lc_clause_row_new (clause->key));
              insert_key (self->rows, clause->key, row);
            }
          g_hash_table_add (seen_rows, &clause->key);

          if (clause->amendment_id != 0)
            /* Translators: a clause in the working text that an accepted amendment added or changed */
            note = lc_ui_printf (_("Text of accepted amendment %d: reopen the amendment to edit it here."),
                                    amendment_number (self, clause->amendment_id));
          lc_clause_row_set_clause (row, clause->text_ar, clause->text_en, number, note, n_amendments,
                                    clause->amendment_id == 0);
          g_ptr_array_add (rows, row);
        }
      lc_section_box_set_rows (box, rows);

      if (gtk_widget_get_parent (GTK_WIDGET (box)) == NULL)
        gtk_box_insert_child_after (self->sections_box, GTK_WIDGET (box), previous);
      else
        gtk_box_reorder_child_after (self->sections_box, GTK_WIDGET (box), previous);
      previous = GTK_WIDGET (box);
    }

  /* Only now: a clause may have moved out of a section that went. */
  g_hash_table_iter_init (&iter, self->sections);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (seen_sections, key))
      {
        if (gtk_widget_get_parent (value) != NULL)
          gtk_box_remove (self->sections_box, value);
        g_hash_table_iter_remove (&iter);
      }
  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!g_hash_table_contains (seen_rows, key))
      {
        if (gtk_widget_get_parent (value) != NULL)
          gtk_widget_unparent (value);
        g_hash_table_iter_remove (&iter);
      }

  if (self->focus_clause != 0)
    {
      LcClauseRow *row = lc_declaration_page_lookup (self->rows, self->focus_clause);

      self->focus_clause = 0;
      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (lc_clause_row_get_text_view (row, lc_ui_language () == LC_LANGUAGE_ARABIC)));
    }
}

static void
sync_versions (LcDeclarationPage *self)
{
  GtkWidget *child;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->versions));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->versions_list))) != NULL)
    gtk_list_box_remove (self->versions_list, child);

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(LcRecord) version = g_list_model_get_item (G_LIST_MODEL (self->versions), i - 1);
      int number = (int) lc_declaration_version_get_number (LC_DECLARATION_VERSION (version));
      int clauses = (int) lc_declaration_version_get_clause_count (LC_DECLARATION_VERSION (version));
      const char *label = lc_declaration_ui_pick (lc_declaration_version_get_label (LC_DECLARATION_VERSION (version), LC_LANGUAGE_ARABIC),
                                                  lc_declaration_version_get_label (LC_DECLARATION_VERSION (version), LC_LANGUAGE_ENGLISH), NULL);
      g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (lc_declaration_version_get_published (LC_DECLARATION_VERSION (version)), NULL);
      g_autofree char *title = NULL, *date = NULL, *subtitle = NULL, *count = NULL;
      GtkWidget *row = lc_version_row_new (number);

      /* Translators: a published version of a declaration: its number and its label */
      title = *label ? lc_ui_printf (_("Version %1$d: %2$s"), number, label)
                     : lc_ui_printf (_("Version %d"), number);
      date = when ? lc_format_date_time (when) : g_strdup ("");
      count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%d clause", "%d clauses", clauses), clauses);
      /* Translators: when a version was published, then how many clauses it has */
      subtitle = g_strdup_printf (_("%1$s · %2$s"), date, count);

      /* Labels come from the library: never markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, _("Compare with the text before it"));
      gtk_list_box_append (self->versions_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->versions_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_versions_label), n == 0);
  lc_compare_view_set_declaration (self->compare_view, self->store, self->declaration_id,
                                   G_LIST_MODEL (self->versions));
}

void
lc_declaration_page_clear (LcDeclarationPage *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->sections);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (gtk_widget_get_parent (value) != NULL)
      gtk_box_remove (self->sections_box, value);
  g_hash_table_remove_all (self->sections);
  g_hash_table_remove_all (self->rows);
  g_list_store_remove_all (self->amendments);
  g_list_store_remove_all (self->versions);
  g_clear_pointer (&self->working, lc_declaration_text_unref);
  self->declaration_id = 0;
  adw_flap_set_reveal_flap (self->clause_flap, FALSE);
}

/* The convention's declarations in the drop-down (shown when there are
 * several); keeps the one shown when it is still there. */
static gboolean
choose_declaration (LcDeclarationPage  *self,
                    GError            **error)
{
  g_autoptr(GListStore) declarations = NULL;
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  guint n, chosen = 0;

  declarations = lc_store_list (self->store, LC_TYPE_DECLARATION, "convention_id",
                                lc_convention_model_get_id (self->model), error);
  if (declarations == NULL)
    return FALSE;

  n = g_list_model_get_n_items (G_LIST_MODEL (declarations));
  g_array_set_size (self->declaration_ids, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) declaration = g_list_model_get_item (G_LIST_MODEL (declarations), i);
      gint64 id = lc_record_get_id (declaration);
      const char *title = lc_ui_text (declaration, "title", NULL);

      if (id == self->declaration_id)
        chosen = i;
      g_array_append_val (self->declaration_ids, id);
      gtk_string_list_append (titles, *title ? title : _("Untitled declaration"));
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->declaration_dropdown, G_LIST_MODEL (titles));
  gtk_drop_down_set_selected (self->declaration_dropdown, chosen);
  self->filling = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->declaration_dropdown), n > 1);

  self->declaration_id = n > 0 ? g_array_index (self->declaration_ids, gint64, chosen) : 0;
  return TRUE;
}

/**
 * lc_declaration_page_refresh:
 * @self: the page
 *
 * Reads the declaration shown from the store and shows it.
 */
void
lc_declaration_page_refresh (LcDeclarationPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) amendments = NULL;
  g_autoptr(GListStore) versions = NULL;
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) items = NULL;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);

  if (self->model == NULL || !choose_declaration (self, &error) || self->declaration_id == 0)
    {
      if (error != NULL)
        lc_declaration_page_report (self, error);
      lc_declaration_page_clear (self);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      return;
    }

  g_clear_pointer (&self->working, lc_declaration_text_unref);
  self->working = lc_declaration_get_working_text (self->store, self->declaration_id, &error);
  amendments = self->working ? lc_store_list (self->store, LC_TYPE_AMENDMENT, "declaration_id",
                                              self->declaration_id, &error) : NULL;
  versions = amendments ? lc_store_list (self->store, LC_TYPE_DECLARATION_VERSION, "declaration_id",
                                         self->declaration_id, &error) : NULL;
  if (versions == NULL)
    {
      lc_declaration_page_report (self, error);
      lc_declaration_page_clear (self);
      gtk_stack_set_visible_child_name (self->main_stack, "empty");
      return;
    }

  items = g_ptr_array_new_with_free_func (g_object_unref);
  counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (amendments)); i++)
    {
      LcRecord *amendment = g_list_model_get_item (G_LIST_MODEL (amendments), i);
      gint64 clause = lc_amendment_get_clause_id (LC_AMENDMENT (amendment));

      g_hash_table_replace (counts, g_memdup2 (&clause, sizeof clause),
                            GUINT_TO_POINTER (GPOINTER_TO_UINT (lc_declaration_page_lookup (counts, clause)) + 1));
      g_ptr_array_add (items, amendment);
    }

  g_list_store_splice (self->versions, 0, g_list_model_get_n_items (G_LIST_MODEL (self->versions)), NULL, 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (versions)); i++)
    {
      g_autoptr(GObject) version = g_list_model_get_item (G_LIST_MODEL (versions), i);

      g_list_store_append (self->versions, version);
    }

  /* The names first: the amendments' rows are made from them. */
  g_clear_pointer (&self->clause_labels, g_hash_table_unref);
  self->clause_labels = make_clause_labels (self, G_LIST_MODEL (amendments));
  lc_amendments_pane_refresh (self->clause_pane, self->clause_labels);
  lc_amendments_pane_refresh (self->amendments_pane, self->clause_labels);
  g_list_store_splice (self->amendments, 0, g_list_model_get_n_items (G_LIST_MODEL (self->amendments)),
                       items->pdata, items->len);

  sync_text (self, counts);
  sync_versions (self);
  gtk_stack_set_visible_child_name (self->main_stack, "declaration");
}
