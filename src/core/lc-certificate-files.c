/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <errno.h>
#include <glib/gstdio.h>

#include "lc-agenda-pdf-private.h"
#include "lc-certificate-private.h"
#include "lc-error.h"
#include "lc-file.h"
#include "lc-l10n.h"

/* Certificates written as one PDF with a page a person, or as one PDF per
 * person in a folder, each named after the person. */

/* A file name is at most this many bytes before ".pdf": well under the
 * 255 bytes most file systems allow, an Arabic letter taking two. */
#define NAME_MAX_BYTES 160

/**
 * lc_safe_file_name:
 * @text: a name, in any script
 * @fallback: the name when nothing of @text is left
 *
 * A file name made from a person's name: the letters of any script kept
 * (Arabic stays Arabic), but no folder separator, no control or direction
 * control character, none of the characters Windows refuses, no leading
 * dot, space or hyphen, cut at a letter's boundary.
 *
 * Returns: (transfer full): the name, never empty
 */
char *
lc_safe_file_name (const char *text,
                   const char *fallback)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  GString *out = g_string_new (NULL);

  for (const char *p = valid; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type;

      /* Tabs and line breaks part words as spaces do. */
      if (c == '\t' || c == '\n' || c == '\r')
        c = ' ';
      type = g_unichar_type (c);

      /* Joiners shape some scripts' letters: kept. Other format characters
       * (the bidi overrides, isolates and marks) could make a name read
       * differently from what it is. */
      if (type == G_UNICODE_CONTROL || type == G_UNICODE_LINE_SEPARATOR
          || type == G_UNICODE_PARAGRAPH_SEPARATOR || type == G_UNICODE_SURROGATE
          || type == G_UNICODE_UNASSIGNED || type == G_UNICODE_PRIVATE_USE
          || (type == G_UNICODE_FORMAT && c != 0x200C && c != 0x200D))
        continue;
      if (c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<'
          || c == '>' || c == '|')
        c = '-';
      if (g_unichar_isspace (c))
        c = ' ';
      /* No leading dot (a hidden file), space or hyphen (an option to a
       * command), no doubled spaces. */
      if ((c == '.' || c == ' ' || c == '-') && out->len == 0)
        continue;
      if (c == ' ' && out->str[out->len - 1] == ' ')
        continue;
      if (out->len + g_unichar_to_utf8 (c, NULL) > NAME_MAX_BYTES)
        break;
      g_string_append_unichar (out, c);
    }
  /* Nor trailing ones, which Windows drops. */
  while (out->len > 0 && (out->str[out->len - 1] == ' ' || out->str[out->len - 1] == '.'))
    g_string_truncate (out, out->len - 1);

  if (out->len == 0)
    g_string_append (out, fallback);
  return g_string_free (out, FALSE);
}

/**
 * lc_certificate_file_name:
 * @entry: a person
 * @language: the language whose name comes first
 *
 * The file of @entry's certificate in a folder of them: the person's
 * name, then their participant code, which keeps two people of the same
 * name apart.
 *
 * Returns: (transfer full): a file name ending in .pdf
 */
char *
lc_certificate_file_name (const LcBadgeEntry *entry,
                          LcLanguage          language)
{
  g_autofree char *name = lc_safe_file_name (lc_badge_pick ((char **) entry->name, language),
                                             lc_l10n_gettext (language, N_("Certificate")));

  return g_strdup_printf ("%s %s.pdf", name, entry->code);
}

typedef struct
{
  LcCertificateDraw *draw;
  GPtrArray         *entries;  /* the pages' LcBadgeEntry */
} LcCertificatePages;

static gboolean
draw_pages (cairo_surface_t  *surface,
            double            unused_width,
            double            unused_height,
            gpointer          user_data,
            GError          **error)
{
  LcCertificatePages *pages = user_data;
  LcLanguage main = pages->draw->languages[LC_LANGUAGE_ARABIC] ? LC_LANGUAGE_ARABIC
                                                               : LC_LANGUAGE_ENGLISH;
  cairo_t *cr;

  cairo_pdf_surface_set_size (surface, pages->draw->width, pages->draw->height);
  lc_badge_set_metadata (surface, pages->draw->set,
                         /* Translators: the title of the certificates' PDF, after the
                          * convention's */
                         lc_l10n_gettext (main, N_("Certificates")));
  cr = cairo_create (surface);
  for (guint i = 0; i < pages->entries->len; i++)
    {
      lc_certificate_draw_page (pages->draw, cr, g_ptr_array_index (pages->entries, i));
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return TRUE;
}

static GPtrArray *
wanted_entries (LcBadgeSet *set)
{
  GPtrArray *wanted = g_ptr_array_new ();

  for (guint i = 0; i < set->entries->len; i++)
    if (lc_certificate_wanted (g_ptr_array_index (set->entries, i)))
      g_ptr_array_add (wanted, g_ptr_array_index (set->entries, i));
  return wanted;
}

/* A certificate goes only to who attended or spoke: when nobody did, the
 * badges' "add speakers or moderators" would send the organiser the wrong
 * way, so the reason is said for certificates. */
static gboolean
check_anyone (LcBadgeSet  *set,
              GError     **error)
{
  g_autoptr(GPtrArray) entries = wanted_entries (set);

  if (entries->len == 0)
    {
      g_set_error_literal (error, LC_ERROR, LC_ERROR_NOT_FOUND,
                           _("Nobody attended or spoke at this convention yet, and a certificate goes "
                             "only to who did: check people in, or mark them attended, first. Nothing "
                             "was written."));
      return FALSE;
    }
  return lc_badge_set_check_people (set, lc_certificate_wanted, error);
}

/**
 * lc_certificates_write_pdf:
 * @set: the people and the convention
 * @options: the signatory
 * @path: the PDF to write
 * @language: the pages' language, or both
 * @error: return location for a #GError
 *
 * Writes one PDF with a certificate a page for each person who gets one
 * (lc_certificate_wanted()).
 *
 * Returns: %TRUE on success
 */
gboolean
lc_certificates_write_pdf (LcBadgeSet                  *set,
                           const LcCertificateOptions  *options,
                           const char                  *path,
                           LcAgendaLanguage             language,
                           GError                     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  LcCertificateDraw draw;
  LcCertificatePages pages;
  gboolean ok;

  g_return_val_if_fail (set != NULL && options != NULL && path != NULL, FALSE);

  if (!check_anyone (set, error)
      || !lc_certificate_draw_init (&draw, set, options, language, error))
    return FALSE;
  entries = wanted_entries (set);
  pages = (LcCertificatePages) { &draw, entries };
  ok = lc_pdf_write_file (path, LC_PAPER_A4, draw_pages, &pages, error);
  lc_certificate_draw_clear (&draw);
  return ok;
}

/**
 * lc_certificates_write_folder:
 * @set: the people and the convention
 * @options: the signatory
 * @folder: the folder to write into (made if missing)
 * @language: the pages' language, or both
 * @cancellable: (nullable): stops the writing between two files
 * @progress: (nullable): told the fraction of the people written
 * @progress_data: data for @progress
 * @written: (out) (optional) (transfer container): the paths written
 * @error: return location for a #GError
 *
 * Writes one PDF per person who gets a certificate, named by
 * lc_certificate_file_name(). All or nothing, as far as a folder allows:
 * when one cannot be written, or @cancellable is cancelled before the
 * last is, the files this call added are removed again
 * (a file it replaced, from an earlier export, is kept: it holds the same
 * person's certificate).
 *
 * Returns: %TRUE on success
 */
gboolean
lc_certificates_write_folder (LcBadgeSet                  *set,
                              const LcCertificateOptions  *options,
                              const char                  *folder,
                              LcAgendaLanguage             language,
                              GCancellable                *cancellable,
                              LcExportProgressFunc         progress,
                              gpointer                     progress_data,
                              GPtrArray                  **written,
                              GError                     **error)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_free);
  LcLanguage main = language == LC_AGENDA_LANGUAGE_ENGLISH ? LC_LANGUAGE_ENGLISH
                                                           : LC_LANGUAGE_ARABIC;
  LcCertificateDraw draw;
  gboolean ok = TRUE;

  g_return_val_if_fail (set != NULL && options != NULL && folder != NULL, FALSE);

  if (!check_anyone (set, error))
    return FALSE;
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (folder);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("The folder “%s” could not be made: %s. Nothing was written."), display,
                   g_strerror (saved));
      return FALSE;
    }
  if (!lc_certificate_draw_init (&draw, set, options, language, error))
    return FALSE;

  entries = wanted_entries (set);
  for (guint i = 0; ok && i < entries->len; i++)
    {
      g_autofree char *name = lc_certificate_file_name (g_ptr_array_index (entries, i), main);
      char *path = g_build_filename (folder, name, NULL);
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      LcCertificatePages pages = { &draw, one };

      gboolean existed = g_file_test (path, G_FILE_TEST_EXISTS);

      g_ptr_array_add (one, g_ptr_array_index (entries, i));
      ok = !g_cancellable_set_error_if_cancelled (cancellable, error)
           && lc_file_check_target (path, error)
           && lc_pdf_write_file (path, LC_PAPER_A4, draw_pages, &pages, error);
      if (ok && progress != NULL)
        progress ((double) (i + 1) / entries->len, progress_data);
      if (ok)
        g_ptr_array_add (paths, path);
      if (ok && !existed)
        g_ptr_array_add (added, g_strdup (path));
      if (!ok)
        g_free (path);
    }
  lc_certificate_draw_clear (&draw);

  if (!ok)
    {
      for (guint i = 0; i < added->len; i++)
        g_unlink (g_ptr_array_index (added, i));
      return FALSE;
    }
  if (written != NULL)
    *written = g_steal_pointer (&paths);
  return TRUE;
}
