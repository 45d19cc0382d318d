/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-amendment-dialog.h"
#include "lc-declaration-ui.h"
#include "lc-feedback.h"
#include "lc-growing-text-view.h"
#include "lc-keyboard.h"
#include "lc-util.h"

/*
 * Propose Amendment: the clause (chosen here, or the one it was opened
 * for), what the amendment does, the proposed text and the rationale in
 * both languages side by side, the proposer (a city or a person of the
 * convention) and the agenda item where it was discussed. Propose stores
 * it through lc_declaration_ui_propose() (so it can be undone); when the
 * rules refuse it, the dialog stays open with the reason. Closing with
 * something typed asks first.
 */

struct _LcAmendmentDialog
{
  AdwWindow          parent_instance;

  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkBox            *form_box;
  GtkWidget         *clause_group;
  AdwComboRow       *clause_row;
  AdwComboRow       *kind_row;
  GtkLabel          *text_heading;
  GtkLabel          *text_hint;
  GtkLabel          *rationale_heading;
  AdwComboRow       *proposer_row;
  AdwComboRow       *item_row;
  GtkWidget         *text_pair;
  GtkTextView       *text_en;
  GtkTextView       *text_ar;
  GtkTextView       *rationale_en;
  GtkTextView       *rationale_ar;
  GtkLabel          *current_en;
  GtkLabel          *current_ar;

  LcConventionModel *model;
  LcDeclarationText *working;
  LcUndoStack       *undo;
  gint64             declaration_id;
  GArray            *clause_keys;     /* gint64 per clause choice */
  GArray            *proposer_keys;   /* gint64: > 0 a city, < 0 a person */
  GArray            *item_keys;       /* gint64: 0 for none */
  gboolean           discard;         /* closing was confirmed */
};

G_DEFINE_FINAL_TYPE (LcAmendmentDialog, lc_amendment_dialog, ADW_TYPE_WINDOW)

static const LcAmendmentKind kinds[] = {
  LC_AMENDMENT_KIND_REPLACE, LC_AMENDMENT_KIND_INSERT_AFTER, LC_AMENDMENT_KIND_DELETE,
};

static GtkTextView *
make_text_view (const char *accessible_name)
{
  GtkWidget *view = lc_growing_text_view_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 10);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_widget_set_size_request (view, -1, 90);
  gtk_widget_add_css_class (view, "lc-clause-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);

  return GTK_TEXT_VIEW (view);
}

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static gboolean
has_typed (LcAmendmentDialog *self)
{
  GtkTextView *views[] = { self->text_en, self->text_ar, self->rationale_en, self->rationale_ar };

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (gtk_text_buffer_get_char_count (gtk_text_view_get_buffer (views[i])) > 0)
      return TRUE;

  return FALSE;
}

static gint64
selected_key (AdwComboRow *row,
              GArray      *keys)
{
  guint position = adw_combo_row_get_selected (row);

  return position < keys->len ? g_array_index (keys, gint64, position) : 0;
}

static void
on_kind_changed_cb (LcAmendmentDialog *self)
{
  guint position = adw_combo_row_get_selected (self->kind_row);
  LcAmendmentKind kind = position < G_N_ELEMENTS (kinds) ? kinds[position] : LC_AMENDMENT_KIND_REPLACE;

  gtk_widget_set_visible (self->text_pair, kind != LC_AMENDMENT_KIND_DELETE);
  gtk_widget_set_visible (GTK_WIDGET (self->text_heading), kind != LC_AMENDMENT_KIND_DELETE);
  gtk_label_set_text (self->text_hint,
                      kind == LC_AMENDMENT_KIND_REPLACE
                      ? _("The new wording. A language left empty keeps the clause’s text in that language.")
                      : kind == LC_AMENDMENT_KIND_INSERT_AFTER
                      ? _("The clause to add after this one, in Arabic, English or both.")
                      : _("The clause is taken out of the text when the amendment is accepted."));
}

static GtkLabel *
make_current_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "dim-label");

  return GTK_LABEL (label);
}

/* The clause as it reads now, to amend it knowingly. */
static void
on_clause_changed_cb (LcAmendmentDialog *self)
{
  const LcTextClause *clause = NULL;
  gint64 key;

  if (self->working == NULL || self->clause_keys == NULL)
    return;

  key = selected_key (self->clause_row, self->clause_keys);
  clause = lc_declaration_text_find_clause (self->working, key, NULL);
  gtk_label_set_text (self->current_en, clause ? clause->text_en : "");
  gtk_label_set_text (self->current_ar, clause ? clause->text_ar : "");
}

static void
on_propose_clicked_cb (LcAmendmentDialog *self)
{
  lc_amendment_dialog_propose (self);
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_discard_response (AdwMessageDialog  *dialog,
                     const char        *response,
                     LcAmendmentDialog *self)
{
  if (g_strcmp0 (response, "discard") != 0)
    return;

  /* Once the question has closed: it is a child of this window. */
  self->discard = TRUE;
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
}

static gboolean
lc_amendment_dialog_close_request (GtkWindow *window)
{
  LcAmendmentDialog *self = LC_AMENDMENT_DIALOG (window);
  GtkWidget *confirm;

  if (self->discard || !has_typed (self))
    return GTK_WINDOW_CLASS (lc_amendment_dialog_parent_class)->close_request (window);

  confirm = adw_message_dialog_new (window, _("Discard the Amendment?"),
                                    _("What you typed for this amendment is not kept."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (confirm),
                                    "keep", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (confirm), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (confirm), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (confirm), "keep");
  g_signal_connect_object (confirm, "response", G_CALLBACK (on_discard_response), self, 0);
  gtk_window_present (GTK_WINDOW (confirm));

  return TRUE;
}

static void
lc_amendment_dialog_dispose (GObject *object)
{
  LcAmendmentDialog *self = LC_AMENDMENT_DIALOG (object);

  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->working, lc_declaration_text_unref);
  g_clear_pointer (&self->clause_keys, g_array_unref);
  g_clear_pointer (&self->proposer_keys, g_array_unref);
  g_clear_pointer (&self->item_keys, g_array_unref);

  G_OBJECT_CLASS (lc_amendment_dialog_parent_class)->dispose (object);
}

static void
lc_amendment_dialog_class_init (LcAmendmentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = lc_amendment_dialog_dispose;
  window_class->close_request = lc_amendment_dialog_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/declaration/lc-amendment-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, clause_group);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, clause_row);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, text_heading);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, text_hint);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, rationale_heading);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, proposer_row);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentDialog, item_row);
  gtk_widget_class_bind_template_callback (widget_class, on_propose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clause_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_amendment_dialog_init (LcAmendmentDialog *self)
{
  g_autoptr(GtkStringList) kind_names = gtk_string_list_new (NULL);
  GtkWidget *rationale_pair;

  self->clause_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->proposer_keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->item_keys = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
  lc_keyboard_fix_rows (GTK_WIDGET (self));

  self->current_en = make_current_label ();
  self->current_ar = make_current_label ();
  gtk_box_insert_child_after (self->form_box,
                              lc_declaration_ui_pair (GTK_WIDGET (self->current_en), GTK_WIDGET (self->current_ar)),
                              self->clause_group);

  self->text_en = make_text_view (_("Proposed text in English"));
  self->text_ar = make_text_view (_("Proposed text in Arabic"));
  self->text_pair = lc_declaration_ui_pair (GTK_WIDGET (self->text_en), GTK_WIDGET (self->text_ar));
  gtk_box_insert_child_after (self->form_box, self->text_pair, GTK_WIDGET (self->text_hint));
  self->rationale_en = make_text_view (_("Rationale in English"));
  self->rationale_ar = make_text_view (_("Rationale in Arabic"));
  rationale_pair = lc_declaration_ui_pair (GTK_WIDGET (self->rationale_en), GTK_WIDGET (self->rationale_ar));
  gtk_box_insert_child_after (self->form_box, rationale_pair, GTK_WIDGET (self->rationale_heading));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_names, lc_amendment_kind_to_string (kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_names));
  on_kind_changed_cb (self);
}

/* The proposers: the convention's cities, then its people. */
static void
fill_proposers (LcAmendmentDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *lists[] = { lc_convention_model_get_cities (self->model), lc_convention_model_get_people (self->model) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(LcRecord) record = g_list_model_get_item (lists[l], i);
        gint64 key = l == 0 ? lc_record_get_id (record) : -lc_record_get_id (record);
        g_autofree char *name = NULL;

        if (l == 0)
          /* Translators: a city as the proposer of an amendment, in a list of cities and people */
          name = g_strdup_printf (_("%s (city)"), lc_ui_text (record, "name", NULL));
        else
          name = g_strdup (lc_ui_text (record, "name", NULL));
        g_array_append_val (self->proposer_keys, key);
        gtk_string_list_append (names, name);
      }
  adw_combo_row_set_model (self->proposer_row, G_LIST_MODEL (names));
}

static void
fill_items (LcAmendmentDialog *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *items = lc_convention_model_get_items (self->model);
  gint64 none = 0;

  g_array_append_val (self->item_keys, none);
  gtk_string_list_append (names, _("No agenda item"));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);
      gint64 id = lc_record_get_id (item);

      g_array_append_val (self->item_keys, id);
      gtk_string_list_append (names, lc_ui_text (item, "title", NULL));
    }
  adw_combo_row_set_model (self->item_row, G_LIST_MODEL (names));
}

/**
 * lc_amendment_dialog_new:
 * @parent: the window
 * @model: the open convention
 * @undo: its undo stack
 * @declaration_id: the declaration
 * @working: its working text, whose clauses can be amended
 * @clause_id: the clause to amend, or 0 to choose one
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
LcAmendmentDialog *
lc_amendment_dialog_new (GtkWindow         *parent,
                         LcConventionModel *model,
                         LcUndoStack       *undo,
                         gint64             declaration_id,
                         LcDeclarationText *working,
                         gint64             clause_id)
{
  LcAmendmentDialog *self = g_object_new (LC_TYPE_AMENDMENT_DIALOG, "transient-for", parent, NULL);
  g_autoptr(GtkStringList) clauses = gtk_string_list_new (NULL);
  guint selected = 0;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (model), NULL);
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);

  self->model = g_object_ref (model);
  self->undo = g_object_ref (undo);
  self->working = lc_declaration_text_ref (working);
  self->declaration_id = declaration_id;

  for (guint i = 0; i < working->sections->len; i++)
    {
      LcTextSection *section = g_ptr_array_index (working->sections, i);

      for (guint j = 0; j < section->clauses->len; j++)
        {
          LcTextClause *clause = g_ptr_array_index (section->clauses, j);
          g_autofree char *label = lc_declaration_ui_clause_label (working, clause->key);

          if (clause->key == clause_id)
            selected = self->clause_keys->len;
          g_array_append_val (self->clause_keys, clause->key);
          gtk_string_list_append (clauses, label);
        }
    }
  adw_combo_row_set_model (self->clause_row, G_LIST_MODEL (clauses));
  adw_combo_row_set_selected (self->clause_row, selected);
  on_clause_changed_cb (self);

  fill_proposers (self);
  fill_items (self);

  return self;
}

/**
 * lc_amendment_dialog_fill:
 * @self: the dialog
 * @kind: what the amendment does
 * @text_ar: the proposed Arabic text
 * @text_en: the proposed English text
 * @rationale_en: the rationale in English
 * @proposer: a city id, or minus a person id
 *
 * Fills the form as a user would.
 */
void
lc_amendment_dialog_fill (LcAmendmentDialog *self,
                          LcAmendmentKind    kind,
                          const char        *text_ar,
                          const char        *text_en,
                          const char        *rationale_en,
                          gint64             proposer)
{
  g_return_if_fail (LC_IS_AMENDMENT_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (kinds[i] == kind)
      adw_combo_row_set_selected (self->kind_row, i);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_ar), text_ar, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_en), text_en, -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->rationale_en), rationale_en, -1);
  for (guint i = 0; i < self->proposer_keys->len; i++)
    if (g_array_index (self->proposer_keys, gint64, i) == proposer)
      adw_combo_row_set_selected (self->proposer_row, i);
}

/**
 * lc_amendment_dialog_propose:
 * @self: the dialog
 *
 * Stores the amendment as Propose does: on success the dialog closes and
 * the window says so; otherwise it shows why and stays open.
 *
 * Returns: whether the amendment was stored
 */
gboolean
lc_amendment_dialog_propose (LcAmendmentDialog *self)
{
  g_autoptr(LcAmendment) amendment = g_object_new (LC_TYPE_AMENDMENT, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text_ar = text_of (self->text_ar);
  g_autofree char *text_en = text_of (self->text_en);
  g_autofree char *rationale_ar = text_of (self->rationale_ar);
  g_autofree char *rationale_en = text_of (self->rationale_en);
  g_autofree char *done = NULL;
  LcRecord *record = LC_RECORD (amendment);
  guint kind = adw_combo_row_get_selected (self->kind_row);
  gint64 proposer = selected_key (self->proposer_row, self->proposer_keys);

  g_return_val_if_fail (LC_IS_AMENDMENT_DIALOG (self), FALSE);

  lc_amendment_set_declaration_id (LC_AMENDMENT (record), self->declaration_id);
  lc_amendment_set_clause_id (LC_AMENDMENT (record), selected_key (self->clause_row, self->clause_keys));
  lc_amendment_set_kind (LC_AMENDMENT (record), kind < G_N_ELEMENTS (kinds) ? kinds[kind] : LC_AMENDMENT_KIND_REPLACE);
  lc_amendment_set_text (LC_AMENDMENT (record), text_ar, text_en);
  lc_amendment_set_rationale (LC_AMENDMENT (record), rationale_ar, rationale_en);
  if (proposer > 0)
    lc_amendment_set_city_id (LC_AMENDMENT (record), proposer);
  else if (proposer < 0)
    lc_amendment_set_person_id (LC_AMENDMENT (record), -proposer);
  lc_amendment_set_item_id (LC_AMENDMENT (record), selected_key (self->item_row, self->item_keys));

  if (!lc_declaration_undo_propose (self->undo, amendment, &error))
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_revealer_set_reveal_child (self->error_revealer, TRUE);
      return FALSE;
    }

  /* Translators: said once an amendment is stored, with its number */
  done = lc_ui_printf (_("Amendment %d proposed"), (int) lc_amendment_get_number (LC_AMENDMENT (record)));
  lc_widget_show_undo_toast (GTK_WIDGET (self), done);
  self->discard = TRUE;
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * lc_amendment_dialog_get_error:
 * @self: the dialog
 *
 * Returns: (transfer none): the reason shown for the last refusal, or ""
 */
const char *
lc_amendment_dialog_get_error (LcAmendmentDialog *self)
{
  g_return_val_if_fail (LC_IS_AMENDMENT_DIALOG (self), NULL);

  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_text (self->error_label) : "";
}
