/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>

#include "lc-error.h"
#include "lc-file.h"
#include "lc-organisation.h"

/*
 * An organisation's logo as the library keeps it: whatever image a person
 * chose (PNG, JPEG, SVG… what gdk-pixbuf reads), scaled down to at most
 * LC_ORGANISATION_LOGO_MAX_SIDE pixels a side and stored as a PNG in
 * base64, so that every record path (undo, convention file, update) carries
 * it as text. The file is read bounded, and the image's size is known
 * before its pixels are decoded, so a small file that claims a huge image
 * is refused rather than unpacked.
 */

/* Beyond this an image is refused before decoding: 64 megapixels. */
#define MAX_PIXELS (64 * 1024 * 1024)

typedef struct
{
  gboolean too_large;
} SizeCheck;

static void
on_size_prepared_cb (GdkPixbufLoader *loader,
                     int              width,
                     int              height,
                     SizeCheck       *check)
{
  double scale;

  if (width <= 0 || height <= 0 || (gint64) width * height > MAX_PIXELS)
    {
      check->too_large = TRUE;
      gdk_pixbuf_loader_set_size (loader, 1, 1);
      return;
    }
  /* Scaled while decoding: an SVG is drawn at the size kept. */
  scale = MIN (1.0, (double) LC_ORGANISATION_LOGO_MAX_SIDE / MAX (width, height));
  gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale + 0.5)),
                              MAX (1, (int) (height * scale + 0.5)));
}

/**
 * lc_organisation_logo_from_data:
 * @data: the bytes of an image file
 * @length: their length
 * @where: the file's name or place, said in errors
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the logo as stored: a PNG of at
 *   most LC_ORGANISATION_LOGO_MAX_SIDE pixels a side, in base64; %NULL
 *   with an error naming @where when @data is not an image gdk-pixbuf reads
 */
char *
lc_organisation_logo_from_data (const guchar  *data,
                                gsize          length,
                                const char    *where,
                                GError       **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *png = NULL;
  SizeCheck check = { FALSE };
  GdkPixbuf *pixbuf;
  gsize png_length;
  gboolean ok;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (where != NULL, NULL);

  if (length > LC_ORGANISATION_LOGO_MAX_FILE)
    {
      g_autofree char *limit = lc_file_format_size (LC_ORGANISATION_LOGO_MAX_FILE);

      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("%1$s: a logo may be at most %2$s."), where, limit);
      return NULL;
    }

  loader = gdk_pixbuf_loader_new ();
  g_signal_connect (loader, "size-prepared", G_CALLBACK (on_size_prepared_cb), &check);
  ok = gdk_pixbuf_loader_write (loader, data, length, &local);
  /* Closed even after a failed write, which GdkPixbufLoader requires. */
  ok = gdk_pixbuf_loader_close (loader, ok ? &local : NULL) && ok;
  if (check.too_large)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_TOO_LARGE,
                   _("%s: the image is too large to use as a logo (more than 64 million pixels)."),
                   where);
      return NULL;
    }
  pixbuf = ok ? gdk_pixbuf_loader_get_pixbuf (loader) : NULL;
  if (pixbuf == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("%s is not an image this app can read: choose a PNG, JPEG or SVG file."),
                   where);
      return NULL;
    }

  if (!gdk_pixbuf_save_to_buffer (pixbuf, &png, &png_length, "png", &local, NULL))
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("%1$s: the logo could not be converted: %2$s"), where, local->message);
      return NULL;
    }

  return g_base64_encode ((const guchar *) png, png_length);
}

/**
 * lc_organisation_logo_from_file:
 * @path: an image file
 * @error: return location for a #GError
 *
 * Reads at most LC_ORGANISATION_LOGO_MAX_FILE bytes of @path and makes a
 * logo of them, as lc_organisation_logo_from_data () does.
 *
 * Returns: (transfer full) (nullable): the logo as stored, or %NULL with
 *   an error naming the file
 */
char *
lc_organisation_logo_from_file (const char  *path,
                                GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!lc_file_read_bounded (path, LC_ORGANISATION_LOGO_MAX_FILE, &contents, &length, error))
    return NULL;
  name = g_filename_display_basename (path);
  return lc_organisation_logo_from_data ((const guchar *) contents, length, name, error);
}

/**
 * lc_organisation_logo_decode:
 * @logo: a logo as stored (base64 of a PNG)
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the PNG's bytes, or %NULL when
 *   @logo is not base64 text of a PNG (a hand-edited library or file)
 */
GBytes *
lc_organisation_logo_decode (const char  *logo,
                             GError     **error)
{
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  guchar *png;
  gsize length;

  g_return_val_if_fail (logo != NULL, NULL);

  /* g_base64_decode () skips what is not base64; checking the alphabet
   * first keeps any text from passing for a logo. */
  for (const char *p = logo; *p; p++)
    if (!g_ascii_isalnum (*p) && *p != '+' && *p != '/' && *p != '=')
      {
        g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                             _("The logo is not a PNG image in base64."));
        return NULL;
      }
  png = g_base64_decode (logo, &length);
  if (length < sizeof signature || memcmp (png, signature, sizeof signature) != 0)
    {
      g_free (png);
      g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                           _("The logo is not a PNG image in base64."));
      return NULL;
    }

  return g_bytes_new_take (png, length);
}
