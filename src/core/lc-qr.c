/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <qrencode.h>

#include "lc-error.h"
#include "lc-qr.h"

/* QR codes drawn as vector squares: libqrencode makes the symbol, cairo
 * fills its dark modules, so a badge's code is sharp at any printer's
 * resolution and costs a few hundred bytes of the PDF. */

/* The blank margin every reader needs around a symbol, in modules. */
#define QUIET_ZONE 4

static QRcode *
encode (const char  *text,
        GError     **error)
{
  /* Level M: a badge is handled, bent and pinned; 15 % of the symbol may
   * be damaged and still read. Case-sensitive with the 8-bit hint lets
   * libqrencode pick alphanumeric mode for a participant code. */
  QRcode *code = QRcode_encodeString (text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);

  if (code == NULL)
    g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE,
                 _("The QR code for “%s” could not be made (%s)."), text, g_strerror (errno));
  return code;
}

/**
 * lc_qr_modules:
 * @text: what the code carries
 *
 * Returns: how many modules wide the symbol is with its quiet zone, or 0
 *   when it cannot be made
 */
guint
lc_qr_modules (const char *text)
{
  QRcode *code = encode (text, NULL);
  guint modules = code != NULL ? (guint) code->width + 2 * QUIET_ZONE : 0;

  g_clear_pointer (&code, QRcode_free);
  return modules;
}

/**
 * lc_qr_draw:
 * @cr: where to draw
 * @text: what the code carries
 * @x: the left edge of the square, quiet zone included
 * @y: its top edge
 * @size: its side
 * @error: return location for a #GError
 *
 * Draws @text as a QR code: a white square with the dark modules in black,
 * each row's runs of dark modules as one rectangle.
 *
 * Returns: %TRUE when drawn
 */
gboolean
lc_qr_draw (cairo_t     *cr,
            const char  *text,
            double       x,
            double       y,
            double       size,
            GError     **error)
{
  QRcode *code;
  double module;
  int width;

  g_return_val_if_fail (cr != NULL && text != NULL, FALSE);

  code = encode (text, error);
  if (code == NULL)
    return FALSE;
  width = code->width;
  module = size / (width + 2 * QUIET_ZONE);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_rectangle (cr, x, y, size, size);
  cairo_fill (cr);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int row = 0; row < width; row++)
    for (int col = 0; col < width; col++)
      {
        int start = col;

        /* The lowest bit of each byte is the module's colour. */
        while (col < width && (code->data[row * width + col] & 1))
          col++;
        if (col > start)
          cairo_rectangle (cr, x + (QUIET_ZONE + start) * module, y + (QUIET_ZONE + row) * module,
                           (col - start) * module, module);
      }
  /* Winding fill: touching rectangles of one row and the next leave no
   * hairline between them. */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill (cr);
  cairo_restore (cr);

  QRcode_free (code);
  return TRUE;
}
