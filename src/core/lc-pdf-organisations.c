/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-agenda-pdf-private.h"
#include "lc-organisation.h"

/*
 * The organisations on the agenda's title page (issue 12): their names
 * under a heading for each role, and their logos in a row below the title
 * block, in the list's order from the start side of the page.
 */

/* A logo is at most this tall and wide on the page, in points. */
#define LOGO_HEIGHT 36.0
#define LOGO_MAX_WIDTH 108.0
#define LOGO_GAP 14.0

typedef struct
{
  const guchar *data;
  gsize         length;
  gsize         offset;
} PngReader;

static cairo_status_t
read_png_cb (void          *closure,
             unsigned char *out,
             unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->length - reader->offset < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (out, reader->data + reader->offset, length);
  reader->offset += length;
  return CAIRO_STATUS_SUCCESS;
}

/* The stored logo as an image cairo can paint, or NULL: a library written
 * by hand may hold anything, and a logo that is not a PNG is left out. */
static cairo_surface_t *
logo_surface (const char *logo)
{
  g_autoptr(GBytes) png = NULL;
  PngReader reader = { 0 };
  cairo_surface_t *surface;

  if (*logo == '\0' || (png = lc_organisation_logo_decode (logo, NULL)) == NULL)
    return NULL;
  reader.data = g_bytes_get_data (png, &reader.length);
  surface = cairo_image_surface_create_from_png_stream (read_png_cb, &reader);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS
      || cairo_image_surface_get_width (surface) < 1 || cairo_image_surface_get_height (surface) < 1)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  return surface;
}

static void
surface_free (gpointer surface)
{
  if (surface != NULL)
    cairo_surface_destroy (surface);
}

/**
 * lc_agenda_load_organisations:
 * @agenda: an agenda being loaded
 * @store: its library
 * @convention_id: its convention
 * @error: return location for a #GError
 *
 * Reads the convention's organisations and decodes their logos, once, so
 * that laying out and drawing pages need neither the store nor base64.
 *
 * Returns: %TRUE on success
 */
gboolean
lc_agenda_load_organisations (LcAgenda  *agenda,
                              LcStore   *store,
                              gint64     convention_id,
                              GError   **error)
{
  g_autoptr(GListStore) organisations = lc_organisations_list (store, convention_id, error);

  if (organisations == NULL)
    return FALSE;

  agenda->organisations = g_ptr_array_new_with_free_func (g_object_unref);
  agenda->logos = g_ptr_array_new_with_free_func (surface_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (organisations)); i++)
    {
      g_autoptr(LcRecord) organisation = g_list_model_get_item (G_LIST_MODEL (organisations), i);

      g_ptr_array_add (agenda->logos, logo_surface (lc_record_get_string (organisation, "logo")));
      /* Decoded: its text would only be cut short as an over-long field. */
      lc_record_set_string (organisation, "logo", "");
      g_ptr_array_add (agenda->organisations, g_object_ref (organisation));
      /* The agenda's records are cleaned for print together. */
      g_ptr_array_add (agenda->records, g_steal_pointer (&organisation));
    }

  return TRUE;
}

/**
 * lc_pdf_organisation_names:
 * @agenda: an agenda
 * @role: an #LcOrganisationRole
 * @language: the language wanted (falling back to the other)
 *
 * Returns: (transfer full) (nullable): the names of the organisations with
 *   @role, each isolated, one a line; %NULL for none
 */
char *
lc_pdf_organisation_names (LcAgenda   *agenda,
                           int         role,
                           LcLanguage  language)
{
  GString *names = NULL;

  for (guint i = 0; i < agenda->organisations->len; i++)
    {
      LcRecord *organisation = g_ptr_array_index (agenda->organisations, i);
      g_autofree char *name = NULL;

      if (lc_record_get_int (organisation, "role") != role)
        continue;
      name = lc_pdf_isolate (lc_pdf_field (organisation, "name", language));
      if (names == NULL)
        names = g_string_new (name);
      else
        g_string_append_printf (names, "\n%s", name);
    }

  return names ? g_string_free (names, FALSE) : NULL;
}

/**
 * lc_agenda_author:
 * @agenda: an agenda
 * @language: the language wanted
 *
 * Returns: (transfer none): who makes the convention, for a PDF's
 *   metadata: the first organiser, else the host, else ""
 */
const char *
lc_agenda_author (LcAgenda   *agenda,
                  LcLanguage  language)
{
  static const int roles[] = { LC_ORGANISATION_ROLE_ORGANISER, LC_ORGANISATION_ROLE_HOST };

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    for (guint i = 0; i < agenda->organisations->len; i++)
      {
        LcRecord *organisation = g_ptr_array_index (agenda->organisations, i);

        if (lc_record_get_int (organisation, "role") == roles[r])
          return lc_pdf_field (organisation, "name", language);
      }

  return "";
}

/**
 * lc_pdf_add_logos:
 * @self: a layout
 * @leaves: the title block's leaves
 * @width: the width of the row
 * @y: the top of the row
 * @rtl: whether the row starts on the right
 *
 * Adds the organisations' logos, each scaled to fit LOGO_HEIGHT by
 * LOGO_MAX_WIDTH points, in rows as wide as @width.
 *
 * Returns: the height taken, 0 when no organisation has a logo
 */
double
lc_pdf_add_logos (LcAgendaLayout *self,
                  GArray         *leaves,
                  double          width,
                  double          y,
                  gboolean        rtl)
{
  LcAgenda *agenda = self->agenda;
  double x = 0, top = y;
  gboolean any = FALSE;

  for (guint i = 0; i < agenda->logos->len; i++)
    {
      cairo_surface_t *image = g_ptr_array_index (agenda->logos, i);
      LcLeaf leaf = { LC_LEAF_IMAGE, 0, 0, 0, 0, NULL, 0, 0, 0, 0, image };
      double w, h;

      if (image == NULL)
        continue;
      h = LOGO_HEIGHT;
      w = h * cairo_image_surface_get_width (image) / cairo_image_surface_get_height (image);
      if (w > LOGO_MAX_WIDTH)
        {
          h *= LOGO_MAX_WIDTH / w;
          w = LOGO_MAX_WIDTH;
        }
      if (any && x + w > width)
        {
          x = 0;
          y += LOGO_HEIGHT + LOGO_GAP / 2;
        }
      leaf.x = rtl ? width - x - w : x;
      /* Each sits on the row's baseline, whatever its shape. */
      leaf.y = y + (LOGO_HEIGHT - h);
      leaf.width = w;
      leaf.height = h;
      g_array_append_val (leaves, leaf);
      x += w + LOGO_GAP;
      any = TRUE;
    }

  return any ? y + LOGO_HEIGHT - top : 0;
}
