/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "lc-declaration-printer.h"
#include "lc-declaration.h"
#include "lc-feedback.h"
#include "lc-pdf-export.h"
#include "lc-util.h"

/*
 * "Export Declaration as PDF…": asks for the language, the paper and the
 * text (the working text or a published version), then for a file, and
 * writes the PDF in a worker thread with its own connection to the library,
 * through the export the agenda's uses too (lc-pdf-export.c).
 */

typedef struct
{
  gint64 declaration_id;
  int    version;      /* a published version, or 0 for the working text */
  int    last;         /* the last published version */
} Document;

static gboolean
write_declaration (LcStore           *store,
                   gconstpointer      data,
                   const char        *path,
                   LcAgendaLanguage   language,
                   LcDigits           digits,
                   LcPaper            paper,
                   GCancellable      *cancellable,
                   LcExportProgressFunc progress,
                   gpointer           progress_data,
                   GError           **error)
{
  const Document *d = data;

  return lc_declaration_write_pdf (store, d->declaration_id, d->version, path, language, digits, paper, error);
}

static const LcPdfDocument declaration_document = {
  .title = N_("Export Declaration as PDF"),
  .body = N_("Choose the text, the language and the paper size."),
  /* Translators: the suggested file name of an exported declaration */
  .file_name = N_("declaration.pdf"),
  .exporting = N_("Exporting the declaration…"),
  .exported = N_("Declaration exported as PDF"),
  .write = write_declaration,
};

/* The choices: the working text, then the versions from the last down. */
static void
choose_version (GtkWidget *choice,
                gpointer   data)
{
  Document *d = data;
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (choice));

  d->version = chosen == 0 || chosen == GTK_INVALID_LIST_POSITION ? 0 : d->last - (int) chosen + 1;
}

/* "Working text", then "Version N — label" for each published version,
 * the last first. */
static GtkWidget *
version_drop_down (LcStore *store,
                   gint64   declaration_id,
                   int      last)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  LcLanguage language = lc_l10n_language_from_environment ();

  gtk_string_list_append (list, _("Working text (not yet published)"));
  for (int n = last; n > 0; n--)
    {
      g_autoptr(LcDeclarationText) text = lc_declaration_get_version_text (store, declaration_id,
                                                                           n, NULL);
      const char *label = "";
      g_autofree char *shown = NULL;

      if (text != NULL)
        label = language == LC_LANGUAGE_ARABIC && *text->label_ar != '\0' ? text->label_ar
                                                                           : text->label_en;
      if (*label != '\0')
        /* Translators: a choice of the declaration's text to export: %d is the
         * version's number, %s its label */
        shown = lc_ui_printf (_("Version %d — %s"), n, label);
      else
        /* Translators: a choice of the declaration's text to export */
        shown = lc_ui_printf (_("Version %d"), n);
      gtk_string_list_append (list, shown);
    }

  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
}

/**
 * lc_declaration_printer_export_pdf:
 * @parent: the window
 * @store: the library
 * @convention_id: the convention
 *
 * Asks for the language, the paper and the text of the convention's first
 * declaration, then for a file, then writes the PDF.
 */
void
lc_declaration_printer_export_pdf (GtkWindow *parent,
                                   LcStore   *store,
                                   gint64     convention_id)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *version;
  Document *d;
  gint64 declaration_id;
  int last;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (LC_IS_STORE (store));

  declaration_id = lc_declaration_get_first (store, convention_id, &error);
  last = declaration_id > 0 ? lc_declaration_get_last_version (store, declaration_id, &error) : -1;
  if (declaration_id <= 0 || last < 0)
    {
      if (error != NULL)
        lc_widget_show_error (GTK_WIDGET (parent), error);
      return;
    }

  d = g_new0 (Document, 1);
  d->declaration_id = declaration_id;
  d->last = last;
  version = version_drop_down (store, declaration_id, last);
  /* The last published version is what people usually print. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (version), last > 0 ? 1 : 0);
  lc_pdf_export_ask (parent, store, &declaration_document, d, g_free, _("_Text"), version, choose_version);
}
