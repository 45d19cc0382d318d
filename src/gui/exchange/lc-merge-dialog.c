/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-compare-view.h"
#include "lc-diff.h"
#include "lc-feedback.h"
#include "lc-merge-dialog.h"
#include "lc-update-dialog.h"
#include "lc-util.h"

/*
 * Merge Changes… (issue 15): a colleague's changes file, read and checked
 * (lc-merge-dialog-file.c), shown before anything is written: who sent it
 * and when, what merging changes besides the conflicts (the convention
 * update's rows, as the Update dialog shows them), and each conflict with
 * its values and a choice: keep mine, take theirs, or for a declaration
 * clause's text both edited, keep both (theirs as a proposed amendment,
 * lc-exchange-amend.c), with the word diff the Declaration's comparison
 * uses. Merge is offered once every conflict is chosen; it writes
 * everything in one transaction, one step of the convention's undo history.
 */

struct _LcMergeDialog
{
  AdwMessageDialog  parent_instance;

  LcExchangeMerge  *merge;
  LcUndoStack      *undo;
  GPtrArray        *buttons;   /* per conflict: its choices' GtkCheckButtons, by LcExchangeChoice - 1 */

  GtkLabel         *changes_label;
  AdwBin           *preview_bin;
  GtkWidget        *conflicts_box;
  GtkLabel         *conflicts_label;
  GtkScrolledWindow *conflicts_scrolled;
  GtkListBox       *conflicts_list;
  GtkLabel         *status_label;
};

G_DEFINE_FINAL_TYPE (LcMergeDialog, lc_merge_dialog, ADW_TYPE_MESSAGE_DIALOG)

#define N_CHOICES 3

static guint
count_unresolved (LcMergeDialog *self)
{
  guint n = lc_exchange_merge_get_n_conflicts (self->merge);
  guint unresolved = 0;

  for (guint i = 0; i < n; i++)
    unresolved += lc_exchange_merge_get_conflict (self->merge, i)->choice == LC_EXCHANGE_UNRESOLVED;
  return unresolved;
}

static void
update_state (LcMergeDialog *self)
{
  guint unresolved = count_unresolved (self);
  g_autofree char *status = NULL;

  if (unresolved > 0)
    status = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Choose how to settle %u conflict: Merge is possible once each "
                                        "is chosen.",
                                        "Choose how to settle %u conflicts: Merge is possible once each "
                                        "is chosen.", unresolved), unresolved);
  else
    status = g_strdup (_("Merge writes all of it at once; Undo takes all of it back."));
  gtk_label_set_text (self->status_label, status);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "merge", unresolved == 0);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), unresolved == 0 ? "merge" : "cancel");
}

static void
on_choice_toggled_cb (GtkCheckButton *button,
                      LcMergeDialog  *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "conflict"));
  LcExchangeChoice choice = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "choice"));

  if (!gtk_check_button_get_active (button))
    return;
  lc_exchange_merge_resolve (self->merge, index, choice);
  update_state (self);
}

static void
choose_all (LcMergeDialog    *self,
            LcExchangeChoice  choice)
{
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget **buttons = g_ptr_array_index (self->buttons, i);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (buttons[choice - 1]), TRUE);
    }
}

static void
on_all_mine_button_clicked_cb (LcMergeDialog *self)
{
  choose_all (self, LC_EXCHANGE_MINE);
}

static void
on_all_theirs_button_clicked_cb (LcMergeDialog *self)
{
  choose_all (self, LC_EXCHANGE_THEIRS);
}

static GtkWidget *
make_label (const char *text,
            gboolean    dim)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

/* The clause's text here against the file's, words struck out and added
 * as the Declaration's comparison shows them (markup escaped there). */
static GtkWidget *
make_text_diff (const char *here,
                const char *theirs)
{
  g_autoptr(GPtrArray) segments = lc_diff_words (here, theirs, 0);
  g_autofree char *markup = lc_compare_view_segments_markup (segments);
  GtkWidget *label = make_label (NULL, FALSE);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Your text compared with theirs: struck out is only yours, "
                                    "underlined only theirs"), -1);
  return label;
}

static GtkWidget *
make_conflict_row (LcMergeDialog *self,
                   guint          index)
{
  const LcExchangeConflict *conflict = lc_exchange_merge_get_conflict (self->merge, index);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget **buttons = g_new0 (GtkWidget *, N_CHOICES);
  g_autofree char *title = NULL, *name = NULL, *here = NULL, *theirs = NULL;
  static const char *const labels[N_CHOICES] = {
    N_("Keep mine"), N_("Take theirs"), N_("Keep both: theirs as a proposed amendment"),
  };
  guint n_choices = 2;
  GtkWidget *title_label;

  /* Translators: a conflict's heading: its number, the area (“Agenda items”) and the record */
  title = lc_ui_printf (_("Conflict %1$u, %2$s: %3$s"), index + 1, conflict->area, conflict->label);
  title_label = make_label (title, FALSE);
  gtk_widget_add_css_class (title_label, "heading");
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), make_label (conflict->detail, TRUE));
  if (lc_exchange_merge_get_clause_texts (self->merge, index, &here, &theirs))
    {
      gtk_box_append (GTK_BOX (box), make_text_diff (here, theirs));
      n_choices = N_CHOICES;
    }

  for (guint c = 0; c < n_choices; c++)
    {
      buttons[c] = gtk_check_button_new_with_label (_(labels[c]));
      if (c > 0)
        gtk_check_button_set_group (GTK_CHECK_BUTTON (buttons[c]), GTK_CHECK_BUTTON (buttons[0]));
      /* A screen reader says which conflict the choice settles. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (buttons[c]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
      g_object_set_data (G_OBJECT (buttons[c]), "conflict", GUINT_TO_POINTER (index));
      g_object_set_data (G_OBJECT (buttons[c]), "choice", GINT_TO_POINTER (c + 1));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (buttons[c]), conflict->choice == (LcExchangeChoice) (c + 1));
      g_signal_connect_object (buttons[c], "toggled", G_CALLBACK (on_choice_toggled_cb), self, 0);
      gtk_box_append (GTK_BOX (choices), buttons[c]);
    }
  /* Two choices fit a line; the third does not in Arabic. */
  if (n_choices == N_CHOICES)
    gtk_orientable_set_orientation (GTK_ORIENTABLE (choices), GTK_ORIENTATION_VERTICAL);
  gtk_box_append (GTK_BOX (box), choices);
  g_ptr_array_add (self->buttons, buttons);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  name = g_strdup_printf ("merge-conflict-%u", index);
  gtk_widget_set_name (box, name);
  return box;
}

/* What merging changes besides the conflicts: planned with each conflict
 * left as it is here, then the conflicts are open again. */
static void
fill_preview (LcMergeDialog *self)
{
  guint n = lc_exchange_merge_get_n_conflicts (self->merge);
  g_autoptr(GError) error = NULL;
  LcConventionUpdate *update;
  guint rows;

  for (guint i = 0; i < n; i++)
    lc_exchange_merge_resolve (self->merge, i, LC_EXCHANGE_MINE);
  if (!lc_exchange_merge_plan (self->merge, &error))
    {
      gtk_label_set_text (self->changes_label, error->message);
      return;
    }
  update = lc_exchange_merge_get_update (self->merge);
  rows = lc_convention_update_get_n_rows (update);
  if (rows == 0)
    gtk_label_set_text (self->changes_label,
                        n > 0 ? _("Besides the conflicts, the file changes nothing.")
                              : _("Nothing to merge: the file holds what your library holds."));
  else
    {
      g_autofree char *text = lc_ui_printf (n > 0
                                            ? g_dngettext (GETTEXT_PACKAGE,
                                                           "Besides the conflicts, merging makes %u change:",
                                                           "Besides the conflicts, merging makes %u changes:",
                                                           rows)
                                            : g_dngettext (GETTEXT_PACKAGE, "Merging makes %u change:",
                                                           "Merging makes %u changes:", rows),
                                            rows);

      gtk_label_set_text (self->changes_label, text);
      adw_bin_set_child (self->preview_bin, lc_update_dialog_make_preview (update));
    }
  if (n > 0)
    for (guint i = 0; i < n; i++)
      lc_exchange_merge_resolve (self->merge, i, LC_EXCHANGE_UNRESOLVED);
}

static void
fill (LcMergeDialog *self)
{
  guint n = lc_exchange_merge_get_n_conflicts (self->merge);
  g_autoptr(GDateTime) created = g_date_time_new_from_iso8601 (lc_exchange_merge_get_created (self->merge), NULL);
  g_autofree char *when = created ? lc_format_date_time (created) : g_strdup (lc_exchange_merge_get_created (self->merge));
  g_autofree char *author = g_strconcat ("\u2068", lc_exchange_merge_get_author (self->merge), "\u2069", NULL);
  g_autofree char *conflicts = NULL;

  /* Translators: %1$s is an organiser's name, %2$s a date and time */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self), _("Changes sent by %1$s on %2$s."), author, when);
  fill_preview (self);

  gtk_widget_set_visible (self->conflicts_box, n > 0);
  conflicts = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u conflict: you and they changed the same thing differently.",
                                         "%u conflicts: you and they changed the same things differently.", n), n);
  gtk_label_set_text (self->conflicts_label, conflicts);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (self->conflicts_list, make_conflict_row (self, i));
  /* A wrapped label's height is not known when the dialog is sized: room
   * for a conflict or two, so that none starts half hidden; more scroll. */
  gtk_scrolled_window_set_min_content_height (self->conflicts_scrolled, MIN (n, 2) * 190);
  update_state (self);
}

static void
on_response_cb (AdwMessageDialog *dialog,
                const char       *response)
{
  LcMergeDialog *self = LC_MERGE_DIALOG (dialog);
  GtkWidget *where = GTK_WIDGET (gtk_window_get_transient_for (GTK_WINDOW (self)));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL, *author = NULL;
  LcConventionUpdate *update;
  guint n;

  if (!g_str_equal (response, "merge"))
    return;
  if (where == NULL)
    where = GTK_WIDGET (self);
  if (!lc_exchange_merge_apply (self->merge, &error))
    {
      lc_widget_show_error (where, error);
      return;
    }
  update = lc_exchange_merge_get_update (self->merge);
  n = lc_convention_update_get_n_rows (update);
  lc_undo_stack_record_applied (self->undo, _("Merge Changes"), lc_convention_update_take_changes (update));
  author = g_strconcat ("\u2068", lc_exchange_merge_get_author (self->merge), "\u2069", NULL);
  /* Translators: after merging a changes file: %1$u records, %2$s the organiser who sent it */
  message = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "Merged %1$u change from %2$s",
                                       "Merged %1$u changes from %2$s", n), n, author);
  lc_widget_show_undo_toast (where, message);
}

static void
lc_merge_dialog_finalize (GObject *object)
{
  LcMergeDialog *self = LC_MERGE_DIALOG (object);

  g_clear_pointer (&self->merge, lc_exchange_merge_free);
  g_clear_object (&self->undo);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);

  G_OBJECT_CLASS (lc_merge_dialog_parent_class)->finalize (object);
}

static void
lc_merge_dialog_class_init (LcMergeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lc_merge_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/exchange/lc-merge-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcMergeDialog, changes_label);
  gtk_widget_class_bind_template_child (widget_class, LcMergeDialog, preview_bin);
  gtk_widget_class_bind_template_child (widget_class, LcMergeDialog, conflicts_box);
  gtk_widget_class_bind_template_child (widget_class, LcMergeDialog, conflicts_label);
  gtk_widget_class_bind_template_child (widget_class, LcMergeDialog, conflicts_scrolled);
  gtk_widget_class_bind_template_child (widget_class, LcMergeDialog, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, LcMergeDialog, status_label);
  gtk_widget_class_bind_template_callback (widget_class, on_all_mine_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_all_theirs_button_clicked_cb);
}

static void
lc_merge_dialog_init (LcMergeDialog *self)
{
  self->buttons = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "response", G_CALLBACK (on_response_cb), NULL);
}

/**
 * lc_merge_dialog_new:
 * @parent: the convention's window
 * @undo: the history of the convention the file changes
 * @merge: (transfer full): the file, read and checked
 *
 * Returns: (transfer floating): the dialog; Merge applies the file as one
 *   step of @undo and says so in a toast
 */
GtkWidget *
lc_merge_dialog_new (GtkWindow       *parent,
                     LcUndoStack     *undo,
                     LcExchangeMerge *merge)
{
  LcMergeDialog *self = g_object_new (LC_TYPE_MERGE_DIALOG, "transient-for", parent, "modal", TRUE, NULL);

  self->merge = merge;
  self->undo = g_object_ref (undo);
  fill (self);
  return GTK_WIDGET (self);
}
