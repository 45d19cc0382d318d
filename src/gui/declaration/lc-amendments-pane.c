/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-amendment-row.h"
#include "lc-amendments-pane.h"
#include "lc-declaration.h"
#include "lc-util.h"

/*
 * The amendments of a declaration, or of one of its clauses, filtered by
 * status and proposer. The page owns the list of amendments (reloaded from
 * the store) and the names of the clauses; rows are LcAmendmentRow.
 */

struct _LcAmendmentsPane
{
  AdwBin              parent_instance;

  GtkLabel           *title_label;
  GtkButton          *close_button;
  GtkDropDown        *status_dropdown;
  GtkDropDown        *proposer_dropdown;
  GtkButton          *propose_button;
  GtkStack           *stack;
  GtkListBox         *list_box;
  AdwStatusPage      *empty_page;

  LcConventionModel  *model;
  GListModel         *amendments;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GHashTable         *clause_labels;   /* gint64* → char* */
  GArray             *proposer_keys;   /* gint64: 0 anyone, > 0 a city, < 0 a person */
  gint64              clause_id;       /* 0 for the whole declaration */
  gboolean            filling;
};

G_DEFINE_FINAL_TYPE (LcAmendmentsPane, lc_amendments_pane, ADW_TYPE_BIN)

/* The status filter's positions: anything, then each status in order. */
static const char *const status_choices[] = {
  NC_("amendment filter", "Any Status"),
  NC_("amendment filter", "Proposed"),
  NC_("amendment filter", "Accepted"),
  NC_("amendment filter", "Rejected"),
  NC_("amendment filter", "Withdrawn"),
};

static gint64
proposer_key (LcRecord *amendment)
{
  gint64 city = lc_amendment_get_city_id (LC_AMENDMENT (amendment));

  return city != 0 ? city : -lc_amendment_get_person_id (LC_AMENDMENT (amendment));
}

static const char *
proposer_name (LcAmendmentsPane *self,
               gint64            key)
{
  LcRecord *record = NULL;

  if (self->model != NULL)
    record = lc_convention_model_lookup (self->model, key > 0 ? LC_TYPE_CITY : LC_TYPE_PERSON, ABS (key));

  return record ? lc_ui_text (record, "name", NULL) : _("Unknown proposer");
}

static const char *
clause_label (LcAmendmentsPane *self,
              gint64            clause_id)
{
  const char *label = self->clause_labels ? g_hash_table_lookup (self->clause_labels, &clause_id) : NULL;

  return label ? label : _("A clause");
}

static gboolean
filter_func (gpointer item,
             gpointer data)
{
  LcAmendmentsPane *self = data;
  LcRecord *amendment = item;
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint proposer = gtk_drop_down_get_selected (self->proposer_dropdown);

  if (self->clause_id != 0 && lc_amendment_get_clause_id (LC_AMENDMENT (amendment)) != self->clause_id)
    return FALSE;
  if (status != GTK_INVALID_LIST_POSITION && status > 0
      && lc_amendment_get_status (LC_AMENDMENT (amendment)) != (gint64) status - 1)
    return FALSE;
  if (proposer != GTK_INVALID_LIST_POSITION && proposer > 0 && proposer < self->proposer_keys->len
      && proposer_key (amendment) != g_array_index (self->proposer_keys, gint64, proposer))
    return FALSE;

  return TRUE;
}

static GtkWidget *
create_row (gpointer item,
            gpointer data)
{
  LcAmendmentsPane *self = data;
  LcRecord *amendment = item;
  LcRecord *agenda_item = NULL;
  gint64 item_id = lc_amendment_get_item_id (LC_AMENDMENT (amendment));

  if (item_id != 0 && self->model != NULL)
    agenda_item = lc_convention_model_lookup (self->model, LC_TYPE_ITEM, item_id);

  return lc_amendment_row_new (LC_AMENDMENT (amendment),
                               clause_label (self, lc_amendment_get_clause_id (LC_AMENDMENT (amendment))),
                               proposer_name (self, proposer_key (amendment)),
                               agenda_item ? lc_ui_text (agenda_item, "title", NULL) : NULL,
                               self->model);
}

static void
update_state (LcAmendmentsPane *self)
{
  guint shown = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  gboolean any = FALSE;

  if (shown > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "list");
      return;
    }

  for (guint i = 0; self->amendments && i < g_list_model_get_n_items (self->amendments) && !any; i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (self->amendments, i);

      any = self->clause_id == 0 || lc_amendment_get_clause_id (LC_AMENDMENT (amendment)) == self->clause_id;
    }

  if (any)
    {
      adw_status_page_set_title (self->empty_page, _("No Matching Amendments"));
      adw_status_page_set_description (self->empty_page, _("No amendment has this status and proposer."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No Amendments"));
      adw_status_page_set_description (self->empty_page,
                                       _("An amendment replaces a clause, adds one after it, or deletes it."));
    }
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

/* The proposers of the shown amendments, cities first, keeping the one
 * chosen. */
static void
fill_proposers (LcAmendmentsPane *self)
{
  guint selected = gtk_drop_down_get_selected (self->proposer_dropdown);
  gint64 chosen = selected != GTK_INVALID_LIST_POSITION && selected < self->proposer_keys->len
                  ? g_array_index (self->proposer_keys, gint64, selected) : 0;
  g_autoptr(GArray) cities = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint position = 0;
  gint64 any = 0;

  for (guint i = 0; self->amendments && i < g_list_model_get_n_items (self->amendments); i++)
    {
      g_autoptr(LcRecord) amendment = g_list_model_get_item (self->amendments, i);
      gint64 key = proposer_key (amendment);
      GArray *list = key > 0 ? cities : people;
      gboolean seen = FALSE;

      if (self->clause_id != 0 && lc_amendment_get_clause_id (LC_AMENDMENT (amendment)) != self->clause_id)
        continue;
      for (guint j = 0; j < list->len && !seen; j++)
        seen = g_array_index (list, gint64, j) == key;
      if (!seen)
        g_array_append_val (list, key);
    }

  g_array_set_size (self->proposer_keys, 0);
  g_array_append_val (self->proposer_keys, any);
  gtk_string_list_append (names, _("Any Proposer"));
  g_array_append_vals (self->proposer_keys, cities->data, cities->len);
  g_array_append_vals (self->proposer_keys, people->data, people->len);
  for (guint i = 1; i < self->proposer_keys->len; i++)
    {
      gint64 key = g_array_index (self->proposer_keys, gint64, i);

      gtk_string_list_append (names, proposer_name (self, key));
      if (key == chosen)
        position = i;
    }

  self->filling = TRUE;
  gtk_drop_down_set_model (self->proposer_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->proposer_dropdown, position);
  self->filling = FALSE;
}

static void
update_title (LcAmendmentsPane *self)
{
  g_autofree char *title = NULL;

  if (self->clause_id == 0)
    {
      gtk_label_set_text (self->title_label, _("Amendments"));
      return;
    }

  /* Translators: the title of the amendments of one clause, such as “Amendments to Objectives 5” */
  title = g_strdup_printf (_("Amendments to %s"), clause_label (self, self->clause_id));
  gtk_label_set_text (self->title_label, title);
}

static void
on_filter_changed_cb (LcAmendmentsPane *self)
{
  if (self->filling || self->filter == NULL)
    return;

  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
on_amendments_changed (GListModel       *list,
                       guint             position,
                       guint             removed,
                       guint             added,
                       LcAmendmentsPane *self)
{
  fill_proposers (self);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

static void
lc_amendments_pane_dispose (GObject *object)
{
  LcAmendmentsPane *self = LC_AMENDMENTS_PANE (object);

  if (self->amendments != NULL)
    g_signal_handlers_disconnect_by_data (self->amendments, self);
  g_clear_object (&self->model);
  g_clear_object (&self->amendments);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->clause_labels, g_hash_table_unref);
  g_clear_pointer (&self->proposer_keys, g_array_unref);

  G_OBJECT_CLASS (lc_amendments_pane_parent_class)->dispose (object);
}

static void
lc_amendments_pane_class_init (LcAmendmentsPaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_amendments_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/declaration/lc-amendments-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentsPane, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentsPane, close_button);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentsPane, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentsPane, proposer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentsPane, propose_button);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentsPane, stack);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentsPane, list_box);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentsPane, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
}

static void
lc_amendments_pane_init (LcAmendmentsPane *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  self->proposer_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (status_choices); i++)
    gtk_string_list_append (statuses, g_dpgettext2 (GETTEXT_PACKAGE, "amendment filter", status_choices[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  self->filling = FALSE;

  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->propose_button), g_variant_new_int64 (0));
  fill_proposers (self);
  update_title (self);
  update_state (self);
}

/**
 * lc_amendments_pane_set_context:
 * @self: a pane
 * @model: (nullable): the open convention, for names
 * @amendments: (nullable): the declaration's amendments (#LcAmendment)
 */
void
lc_amendments_pane_set_context (LcAmendmentsPane  *self,
                                LcConventionModel *model,
                                GListModel        *amendments)
{
  g_return_if_fail (LC_IS_AMENDMENTS_PANE (self));

  g_set_object (&self->model, model);
  if (self->amendments != amendments)
    {
      if (self->amendments != NULL)
        g_signal_handlers_disconnect_by_data (self->amendments, self);
      g_set_object (&self->amendments, amendments);
      g_clear_object (&self->filtered);
      g_clear_object (&self->filter);
      if (amendments != NULL)
        {
          self->filter = gtk_custom_filter_new (filter_func, self, NULL);
          self->filtered = gtk_filter_list_model_new (g_object_ref (amendments),
                                                      GTK_FILTER (g_object_ref (self->filter)));
          g_signal_connect_object (amendments, "items-changed", G_CALLBACK (on_amendments_changed), self, 0);
        }
      gtk_list_box_bind_model (self->list_box, self->filtered ? G_LIST_MODEL (self->filtered) : NULL,
                               create_row, self, NULL);
    }

  fill_proposers (self);
  update_state (self);
}

/**
 * lc_amendments_pane_set_clause:
 * @self: a pane
 * @clause_id: the clause whose amendments to show, or 0 for all
 * @closable: whether the pane shows a Close button
 */
void
lc_amendments_pane_set_clause (LcAmendmentsPane *self,
                               gint64            clause_id,
                               gboolean          closable)
{
  g_return_if_fail (LC_IS_AMENDMENTS_PANE (self));

  self->clause_id = clause_id;
  gtk_widget_set_visible (GTK_WIDGET (self->close_button), closable);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->propose_button), g_variant_new_int64 (clause_id));
  update_title (self);
  fill_proposers (self);
  if (self->filter != NULL)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_state (self);
}

/**
 * lc_amendments_pane_refresh:
 * @self: a pane
 * @clause_labels: (nullable): clause key (gint64*) → name, such as "Objectives 5"
 *
 * Takes the clauses' names; rows made from now on use them.
 */
void
lc_amendments_pane_refresh (LcAmendmentsPane *self,
                            GHashTable       *clause_labels)
{
  g_return_if_fail (LC_IS_AMENDMENTS_PANE (self));

  g_clear_pointer (&self->clause_labels, g_hash_table_unref);
  if (clause_labels != NULL)
    self->clause_labels = g_hash_table_ref (clause_labels);
  update_title (self);
}

/**
 * lc_amendments_pane_set_filters:
 * @self: a pane
 * @status: an #LcAmendmentStatus, or -1 for any
 * @proposer: a city id, minus a person id, or 0 for anyone
 *
 * Chooses the filters, as a user does with the drop-downs.
 */
void
lc_amendments_pane_set_filters (LcAmendmentsPane *self,
                                int               status,
                                gint64            proposer)
{
  guint position = 0;

  g_return_if_fail (LC_IS_AMENDMENTS_PANE (self));

  for (guint i = 0; i < self->proposer_keys->len; i++)
    if (g_array_index (self->proposer_keys, gint64, i) == proposer)
      position = i;

  gtk_drop_down_set_selected (self->status_dropdown, status < 0 ? 0 : (guint) status + 1);
  gtk_drop_down_set_selected (self->proposer_dropdown, position);
}

GtkListBox *
lc_amendments_pane_get_list_box (LcAmendmentsPane *self)
{
  g_return_val_if_fail (LC_IS_AMENDMENTS_PANE (self), NULL);

  return self->list_box;
}
