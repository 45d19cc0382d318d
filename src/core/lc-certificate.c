/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "lc-agenda-pdf-private.h"
#include "lc-badge-private.h"
#include "lc-certificate-private.h"
#include "lc-error.h"
#include "lc-l10n.h"
#include "lc-text.h"

/*
 * Certificates of participation (issue 14): A4 landscape, one page a
 * person, in Arabic, English or both (Arabic above English): the title, to
 * whom, in which role, the convention's title, dates and place, the
 * signatory with an optional signature image, and a verification code.
 */

/* A signature image is read only up to this size: it is a few hundred
 * kilobytes at most, and anything larger is not a signature. */
#define SIGNATURE_MAX_BYTES (8 * 1024 * 1024)
#define FRAME (12 * LC_MM)

/**
 * lc_certificate_wanted:
 * @entry: a person
 *
 * Who gets a certificate: the programme's people (speakers, moderators,
 * presenters), who took part whatever their recorded status, and every
 * participant who attended, in person or online. A participant who
 * confirmed and did not come gets none. This is the one place to decide it.
 *
 * Returns: %TRUE when @entry gets a certificate
 */
gboolean
lc_certificate_wanted (const LcBadgeEntry *entry)
{
  return entry->on_programme
         || entry->status == LC_PARTICIPANT_STATUS_ATTENDED_IN_PERSON
         || entry->status == LC_PARTICIPANT_STATUS_ATTENDED_ONLINE;
}

/**
 * lc_certificate_verification_code:
 * @convention_uid: (nullable): the convention's uid
 * @person_uid: the person's
 *
 * A code printed on a certificate that the organisers can check against
 * their library: the same convention and person always give the same
 * code, and another convention gives another.
 *
 * Returns: (transfer full): twelve letters and digits in groups of four,
 *   such as "K3Q9-XM2T-7RDA"
 */
char *
lc_certificate_verification_code (const char *convention_uid,
                                  const char *person_uid)
{
  g_autofree char *code = lc_badge_hash_code ("learning-cities/certificate/",
                                              convention_uid != NULL ? convention_uid : "",
                                              person_uid, 12);

  return g_strdup_printf ("%.4s-%.4s-%.4s", code, code + 4, code + 8);
}

/* The signature as an image cairo can paint, read with gdk-pixbuf (PNG,
 * JPEG) and scaled down to what a printed signature needs. */
static cairo_surface_t *
load_signature (const char  *path,
                GError     **error)
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *display = g_filename_display_name (path);
  cairo_surface_t *surface;
  GStatBuf st;
  int w, h, channels, stride, out_stride;
  const guchar *pixels;
  guchar *out;

  if (g_stat (path, &st) != 0 || st.st_size > SIGNATURE_MAX_BYTES)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("The signature image “%s” could not be read: it is missing or larger than "
                     "8 MB. Nothing was written."), display);
      return NULL;
    }
  pixbuf = gdk_pixbuf_new_from_file_at_size (path, 1200, 400, &local_error);
  if (pixbuf == NULL)
    {
      g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE,
                   _("The signature image “%s” could not be read (%s). Use a PNG or JPEG file. "
                     "Nothing was written."), display, local_error->message);
      return NULL;
    }

  w = gdk_pixbuf_get_width (pixbuf);
  h = gdk_pixbuf_get_height (pixbuf);
  channels = gdk_pixbuf_get_n_channels (pixbuf);
  stride = gdk_pixbuf_get_rowstride (pixbuf);
  pixels = gdk_pixbuf_read_pixels (pixbuf);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  out = cairo_image_surface_get_data (surface);
  out_stride = cairo_image_surface_get_stride (surface);
  /* cairo wants premultiplied native-endian ARGB; gdk-pixbuf gives RGB(A). */
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        const guchar *p = pixels + y * stride + x * channels;
        guint a = channels == 4 ? p[3] : 255;
        guint32 *q = (guint32 *) (out + y * out_stride) + x;

        *q = a << 24 | (p[0] * a / 255) << 16 | (p[1] * a / 255) << 8 | (p[2] * a / 255);
      }
  cairo_surface_mark_dirty (surface);
  return surface;
}

/* One line of the page, centred, in each language the page has: Arabic
 * above English, none of it below @bottom. Returns the height taken. */
static double
draw_pair (LcCertificateDraw  *draw,
           cairo_t            *cr,
           const char         *text[2],
           const LcBadgeStyle *style,
           double              y,
           double              width,
           double              bottom)
{
  double used = 0;

  for (guint l = 0; l < 2; l++)
    {
      double height;

      if (text[l] == NULL || !draw->languages[l])
        continue;
      height = lc_badge_draw_text (&draw->pen, cr, text[l], l, style, (draw->width - width) / 2,
                                   y + used, width, bottom - y - used);
      used += height > 0 ? height + style->size * 0.25 : 0;
    }
  return used;
}

static char *
dates_and_place (LcCertificateDraw *draw,
                 LcLanguage         language)
{
  GDate start, end;
  g_autofree char *from = NULL, *to = NULL;
  const char *venue = draw->set->venue[language];

  if (!lc_date_parse (draw->set->start_date, &start) || !lc_date_parse (draw->set->end_date, &end))
    return g_strdup (venue);
  from = lc_l10n_format_date (language, &start);
  to = lc_l10n_format_date (language, &end);
  if (*venue == '\0')
    /* Translators: a certificate's dates, the convention's first and last day */
    return lc_l10n_printf (language, LC_DIGITS_DEFAULT,
                           lc_l10n_gettext (language, N_("%1$s to %2$s")), from, to);
  /* Translators: a certificate's dates and place: the first and last day,
   * then the venue */
  return lc_l10n_printf (language, LC_DIGITS_DEFAULT,
                         lc_l10n_gettext (language, N_("%1$s to %2$s, %3$s")), from, to, venue);
}

/**
 * lc_certificate_draw_page:
 * @draw: what every page shares
 * @cr: the page
 * @entry: whose certificate
 *
 * Draws one certificate on a page of @draw's size.
 *
 * Returns: %TRUE (the page has no part that can fail once the images load)
 */
gboolean
lc_certificate_draw_page (LcCertificateDraw  *draw,
                          cairo_t            *cr,
                          const LcBadgeEntry *entry)
{
  const double text_width = draw->width - 2 * FRAME - 30 * LC_MM;
  LcBadgeStyle title = { 26, 16, 1, TRUE, FALSE, LC_BADGE_ALIGN_CENTRE, ACCENT_DARK };
  LcBadgeStyle line = { 12, 9, 1, FALSE, FALSE, LC_BADGE_ALIGN_CENTRE, MUTED };
  LcBadgeStyle name = { 24, 12, 1, TRUE, FALSE, LC_BADGE_ALIGN_CENTRE, INK };
  LcBadgeStyle convention = { 15, 10, 2, TRUE, FALSE, LC_BADGE_ALIGN_CENTRE, INK };
  LcBadgeStyle small = { 10, 8, 2, FALSE, TRUE, LC_BADGE_ALIGN_CENTRE, INK };
  g_autofree char *code = lc_certificate_verification_code (draw->set->convention_uid,
                                                            entry->person_uid);
  g_autofree char *as_ar = NULL, *as_en = NULL, *dates_ar = NULL, *dates_en = NULL;
  g_autofree char *code_ar = NULL, *code_en = NULL;
  const char *names[2] = { entry->name[0], entry->name[1] };
  const char *text[2];
  double y = FRAME + 8 * LC_MM, foot = draw->height - FRAME - 8 * LC_MM;
  /* The body ends above the signature's place: a long title or name is
   * set smaller, cut or left out, and never runs into it. */
  const double bottom = foot - 31 * LC_MM;

  /* The frame: a thick rule and a thin one inside it. */
  lc_badge_set_colour (cr, ACCENT);
  cairo_set_line_width (cr, 3);
  cairo_rectangle (cr, FRAME / 2, FRAME / 2, draw->width - FRAME, draw->height - FRAME);
  cairo_stroke (cr);
  cairo_set_line_width (cr, 0.8);
  cairo_rectangle (cr, FRAME * 0.75, FRAME * 0.75, draw->width - 1.5 * FRAME,
                   draw->height - 1.5 * FRAME);
  cairo_stroke (cr);

  if (draw->set->logo != NULL)
    {
      double scale = MIN (40 * LC_MM / cairo_image_surface_get_width (draw->set->logo),
                          14 * LC_MM / cairo_image_surface_get_height (draw->set->logo));
      double logo_width = cairo_image_surface_get_width (draw->set->logo) * scale;

      /* A box as wide as the scaled logo, in the middle. */
      lc_badge_draw_image (cr, draw->set->logo, (draw->width - logo_width) / 2, FRAME + 3 * LC_MM,
                           logo_width, 14 * LC_MM, FALSE);
      y += 8 * LC_MM;
    }

  text[0] = lc_l10n_gettext (LC_LANGUAGE_ARABIC, N_("Certificate of Participation"));
  text[1] = lc_l10n_gettext (LC_LANGUAGE_ENGLISH, N_("Certificate of Participation"));
  y += draw_pair (draw, cr, text, &title, y, text_width, bottom) + 2 * LC_MM;
  text[0] = lc_l10n_gettext (LC_LANGUAGE_ARABIC, N_("This certificate is awarded to"));
  text[1] = lc_l10n_gettext (LC_LANGUAGE_ENGLISH, N_("This certificate is awarded to"));
  y += draw_pair (draw, cr, text, &line, y, text_width, bottom) + 2 * LC_MM;

  /* The name in both scripts, whatever the page's language: a name is
   * the person's, not a translation. */
  for (guint l = 0; l < 2; l++)
    if (*names[l] != '\0')
      y += lc_badge_draw_text (&draw->pen, cr, names[l], l, &name, (draw->width - text_width) / 2,
                               y, text_width, bottom - y) + 2 * LC_MM;
  y += 2 * LC_MM;

  /* The badge's category word: the programme role, else the participant
   * category (an observer takes part as Observer). */
  /* Translators: on a certificate, before the convention's title; %s is
   * the person's role, such as "Speaker" */
  as_ar = lc_l10n_printf (LC_LANGUAGE_ARABIC, LC_DIGITS_DEFAULT,
                          lc_l10n_gettext (LC_LANGUAGE_ARABIC, N_("for taking part as %s in")),
                          entry->category[LC_LANGUAGE_ARABIC]);
  as_en = lc_l10n_printf (LC_LANGUAGE_ENGLISH, LC_DIGITS_DEFAULT,
                          lc_l10n_gettext (LC_LANGUAGE_ENGLISH, N_("for taking part as %s in")),
                          entry->category[LC_LANGUAGE_ENGLISH]);
  text[0] = as_ar;
  text[1] = as_en;
  y += draw_pair (draw, cr, text, &line, y, text_width, bottom) + 2 * LC_MM;
  text[0] = lc_badge_pick (draw->set->title, LC_LANGUAGE_ARABIC);
  text[1] = lc_badge_pick (draw->set->title, LC_LANGUAGE_ENGLISH);
  y += draw_pair (draw, cr, text, &convention, y, text_width, bottom) + 2 * LC_MM;
  dates_ar = dates_and_place (draw, LC_LANGUAGE_ARABIC);
  dates_en = dates_and_place (draw, LC_LANGUAGE_ENGLISH);
  text[0] = dates_ar;
  text[1] = dates_en;
  draw_pair (draw, cr, text, &line, y, text_width, bottom);

  /* The foot: the signatory in the middle, the code at the start corner. */
  {
    const double sign_width = 80 * LC_MM, sign_x = (draw->width - sign_width) / 2;
    double sign_y = foot - 16 * LC_MM;
    LcLanguage main = draw->languages[LC_LANGUAGE_ARABIC] ? LC_LANGUAGE_ARABIC
                                                          : LC_LANGUAGE_ENGLISH;

    if (draw->signature != NULL)
      lc_badge_draw_image (cr, draw->signature, sign_x + sign_width / 4, sign_y - 14 * LC_MM,
                           sign_width / 2, 13 * LC_MM, FALSE);
    if (draw->signature != NULL || draw->signatory_name != NULL)
      {
        lc_badge_set_colour (cr, MUTED);
        cairo_rectangle (cr, sign_x, sign_y, sign_width, 0.6);
        cairo_fill (cr);
      }
    sign_y += 1.5 * LC_MM;
    if (draw->signatory_name != NULL)
      sign_y += lc_badge_draw_text (&draw->pen, cr, draw->signatory_name,
                                    draw->signatory_rtl ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH,
                                    &small, sign_x, sign_y, sign_width, foot - sign_y);
    if (draw->signatory_title != NULL)
      lc_badge_draw_text (&draw->pen, cr, draw->signatory_title,
                          draw->signatory_rtl ? LC_LANGUAGE_ARABIC : LC_LANGUAGE_ENGLISH,
                          &small, sign_x, sign_y, sign_width, foot - sign_y);

    /* The code reads left to right as a whole in an Arabic line too. Not
     * isolated, a code whose first group is all digits came out in another
     * order: after Arabic letters its digits are Arabic numbers, which a
     * hyphen does not join, so 0947-0HZZ-5XA2 was printed 0HZZ-5XA2-0947. */
    g_autofree char *isolated = g_strconcat (LRI, code, PDI, NULL);

    /* Translators: at the foot of a certificate; %s is a code such as
     * K3Q9-XM2T-7RDA */
    code_ar = lc_l10n_printf (LC_LANGUAGE_ARABIC, LC_DIGITS_DEFAULT,
                              lc_l10n_gettext (LC_LANGUAGE_ARABIC, N_("Verification code: %s")),
                              isolated);
    code_en = lc_l10n_printf (LC_LANGUAGE_ENGLISH, LC_DIGITS_DEFAULT,
                              lc_l10n_gettext (LC_LANGUAGE_ENGLISH, N_("Verification code: %s")),
                              isolated);
    small.align = LC_BADGE_ALIGN_START;
    small.max_lines = 1;
    /* At the corner where the page's main language starts reading. */
    lc_badge_draw_text (&draw->pen, cr, main == LC_LANGUAGE_ARABIC ? code_ar : code_en, main,
                        &small, main == LC_LANGUAGE_ARABIC
                                ? draw->width - FRAME - 4 * LC_MM - 75 * LC_MM
                                : FRAME + 4 * LC_MM,
                        foot, 75 * LC_MM, G_MAXDOUBLE);
  }
  return TRUE;
}

static char *
signatory_text (const char *text)
{
  if (text == NULL || *text == '\0')
    return NULL;
  return lc_text_for_display (text, 300, NULL);
}

/* Whether the signatory writes in Arabic: the first letter decides. */
static gboolean
starts_arabic (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalpha (c))
        return g_unichar_get_script (c) == G_UNICODE_SCRIPT_ARABIC;
    }
  return FALSE;
}

/**
 * lc_certificate_draw_init:
 * @draw: to set up
 * @set: the people and the convention
 * @options: the signatory
 * @language: the page's language, or both
 * @error: return location for a #GError
 *
 * Reads the signature image, if any, before any page is drawn: a file that
 * cannot be read stops the export with nothing written.
 *
 * Returns: %TRUE when the pages can be drawn
 */
gboolean
lc_certificate_draw_init (LcCertificateDraw           *draw,
                          LcBadgeSet                  *set,
                          const LcCertificateOptions  *options,
                          LcAgendaLanguage             language,
                          GError                     **error)
{
  *draw = (LcCertificateDraw) { 0 };
  draw->set = set;
  draw->width = 297 * LC_MM;
  draw->height = 210 * LC_MM;
  draw->languages[LC_LANGUAGE_ARABIC] = language != LC_AGENDA_LANGUAGE_ENGLISH;
  draw->languages[LC_LANGUAGE_ENGLISH] = language != LC_AGENDA_LANGUAGE_ARABIC;
  draw->signatory_name = signatory_text (options->signatory_name);
  draw->signatory_title = signatory_text (options->signatory_title);
  draw->signatory_rtl = starts_arabic (options->signatory_name);
  if (options->signature != NULL && *options->signature != '\0'
      && (draw->signature = load_signature (options->signature, error)) == NULL)
    {
      lc_certificate_draw_clear (draw);
      return FALSE;
    }
  lc_badge_pen_init (&draw->pen);
  return TRUE;
}

void
lc_certificate_draw_clear (LcCertificateDraw *draw)
{
  lc_badge_pen_clear (&draw->pen);
  g_clear_pointer (&draw->signature, cairo_surface_destroy);
  g_clear_pointer (&draw->signatory_name, g_free);
  g_clear_pointer (&draw->signatory_title, g_free);
}
