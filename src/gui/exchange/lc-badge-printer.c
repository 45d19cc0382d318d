/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-badge-printer.h"
#include "lc-badge.h"
#include "lc-pdf-export.h"

/*
 * Export Badges as PDF… (issue 14): the shared PDF export (options, file
 * chooser, a worker thread with its own connection to the library, toasts)
 * with the sheet as the document's own choice. Badges have their own page
 * sizes, so the paper asked for is not used.
 */

typedef struct
{
  gint64        convention_id;
  LcBadgeLayout layout;
} Document;

static gboolean
write_badges (LcStore             *store,
              gconstpointer        data,
              const char          *path,
              LcAgendaLanguage     language,
              LcDigits             digits,
              LcPaper              paper,
              GCancellable        *cancellable,
              LcExportProgressFunc progress,
              gpointer             progress_data,
              GError             **error)
{
  const Document *d = data;
  g_autoptr(LcBadgeSet) set = lc_badge_set_load (store, d->convention_id, error);

  return set != NULL && lc_badges_write_pdf (set, path, d->layout, language, error);
}

static const LcPdfDocument badges_document = {
  .title = N_("Export Badges as PDF"),
  .body = N_("Choose the sheet of badges and the language of their words; names are printed in "
             "both scripts."),
  /* Translators: the suggested file name of exported badges */
  .file_name = N_("badges.pdf"),
  .exporting = N_("Exporting the badges…"),
  .exported = N_("Badges exported as PDF"),
  .write = write_badges,
};

static void
choose_layout (GtkWidget *choice,
               gpointer   data)
{
  Document *d = data;

  /* The drop-down's rows are in LcBadgeLayout's order. */
  d->layout = (LcBadgeLayout) gtk_drop_down_get_selected (GTK_DROP_DOWN (choice));
}

/**
 * lc_badge_printer_export_pdf:
 * @parent: the window
 * @store: the library
 * @convention_id: the convention
 *
 * Asks for the sheet and the language, then for a file, then writes the
 * badges of the convention's people as a PDF.
 */
void
lc_badge_printer_export_pdf (GtkWindow *parent,
                             LcStore   *store,
                             gint64     convention_id)
{
  const char *const layouts[] = {
    [LC_BADGE_LAYOUT_A4_2X4] = _("A4, 2 × 4 badges"),
    [LC_BADGE_LAYOUT_A4_2X5] = _("A4, 2 × 5 badges"),
    [LC_BADGE_LAYOUT_SINGLE] = _("One badge a page, 100 × 70 mm (badge printer)"),
    NULL,
  };
  Document *d;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (LC_IS_STORE (store));

  d = g_new0 (Document, 1);
  d->convention_id = convention_id;
  d->layout = LC_BADGE_LAYOUT_A4_2X4;
  lc_pdf_export_ask (parent, store, &badges_document, d, g_free, _("_Sheet"),
                     gtk_drop_down_new_from_strings (layouts), choose_layout);
}
