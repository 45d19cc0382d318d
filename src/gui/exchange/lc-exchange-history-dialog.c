/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-exchange-history-dialog.h"
#include "lc-exchange-history.h"
#include "lc-feedback.h"
#include "lc-util.h"

/*
 * Changes History… (issue 15): every changes file sent from or merged
 * into the convention, newest first — sent or merged, by whom, when, what
 * it added, changed and deleted — so that anyone can see where a value
 * came from. The names come from files a colleague wrote: each is
 * escaped, and isolated so that a direction mark in it cannot turn the
 * rest of the line around.
 */

struct _LcExchangeHistoryDialog
{
  AdwWindow   parent_instance;

  GtkStack   *stack;
  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (LcExchangeHistoryDialog, lc_exchange_history_dialog, ADW_TYPE_WINDOW)

/* Appends one part of a summary, "2 records added", taking it. */
static void
append_part (GString *summary,
             char    *part)
{
  if (summary->len > 0)
    /* Translators: between the parts of a summary, "2 records added, 1 record changed" */
    g_string_append (summary, _(", "));
  g_string_append (summary, part);
  g_free (part);
}

/* What the file did, in words: "1 record changed", or "No change". */
static char *
format_summary (const LcExchangeHistoryEntry *entry)
{
  GString *summary = g_string_new (NULL);
  g_autofree char *added = lc_ui_format_number (entry->added);
  g_autofree char *changed = lc_ui_format_number (entry->changed);
  g_autofree char *deleted = lc_ui_format_number (entry->deleted);
  g_autofree char *conflicts = lc_ui_format_number (entry->conflicts);

  if (entry->added > 0)
    /* Translators: %s is a number, in the interface's digits */
    append_part (summary, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s record added", "%s records added",
                                                        entry->added), added));
  if (entry->changed > 0)
    /* Translators: %s is a number, in the interface's digits */
    append_part (summary, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s record changed",
                                                        "%s records changed", entry->changed), changed));
  if (entry->deleted > 0)
    /* Translators: %s is a number, in the interface's digits */
    append_part (summary, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s record deleted",
                                                        "%s records deleted", entry->deleted), deleted));
  if (entry->conflicts > 0)
    /* Translators: %s is a number, in the interface's digits */
    append_part (summary, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s conflict resolved",
                                                        "%s conflicts resolved", entry->conflicts), conflicts));
  if (summary->len == 0)
    g_string_append (summary, _("No change"));
  return g_string_free (summary, FALSE);
}

static GtkWidget *
new_row (const LcExchangeHistoryEntry *entry)
{
  g_autofree char *title = NULL, *when = NULL, *summary = NULL, *number = NULL, *file = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  /* U+2068 … U+2069 keep the name's own direction (and any override in
   * it) to the name. */
  if (entry->kind == LC_EXCHANGE_HISTORY_SENT)
    /* Translators: %s is the organiser's name as they typed it */
    title = g_markup_printf_escaped (_("Sent by \u2068%s\u2069"), entry->author);
  else
    /* Translators: %s is the name of the organiser who sent the merged file */
    title = g_markup_printf_escaped (_("Merged from \u2068%s\u2069"), entry->author);

  when = lc_format_date_time (entry->happened_at);
  summary = format_summary (entry);
  number = lc_ui_format_number (entry->sequence);
  /* Translators: %s is a number: the organiser's first, second… changes file */
  file = g_strdup_printf (_("changes file %s"), number);
  /* Translators: when, what changed, which file */
  subtitle = g_markup_printf_escaped (_("%1$s · %2$s · %3$s"), when, summary, file);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), TRUE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), entry->kind == LC_EXCHANGE_HISTORY_SENT
                                ? "document-send-symbolic" : "document-open-symbolic");
  return row;
}

static void
lc_exchange_history_dialog_class_init (LcExchangeHistoryDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/exchange/lc-exchange-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LcExchangeHistoryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, LcExchangeHistoryDialog, list);
  /* A list to read, nothing to confirm: Escape closes it. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_exchange_history_dialog_init (LcExchangeHistoryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lc_exchange_history_dialog_new:
 * @parent: the main window
 * @store: the library
 * @convention_id: the convention whose history is shown
 *
 * Reads the convention's exchange history (a few rows: one per file sent
 * or merged) and shows it; a library that cannot be read says why instead.
 *
 * Returns: (transfer none) (nullable): the dialog, to present; %NULL when
 *   the history could not be read (the error is shown)
 */
GtkWindow *
lc_exchange_history_dialog_new (GtkWindow *parent,
                                LcStore   *store,
                                gint64     convention_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  LcExchangeHistoryDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  entries = lc_exchange_history_list (store, convention_id, &error);
  if (entries == NULL)
    {
      lc_widget_show_error (GTK_WIDGET (parent), error);
      return NULL;
    }

  self = g_object_new (LC_TYPE_EXCHANGE_HISTORY_DIALOG, "transient-for", parent, NULL);
  for (guint i = 0; i < entries->len; i++)
    gtk_list_box_append (self->list, new_row (g_ptr_array_index (entries, i)));
  gtk_stack_set_visible_child_name (self->stack, entries->len > 0 ? "list" : "empty");
  return GTK_WINDOW (self);
}
