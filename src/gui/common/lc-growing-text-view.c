/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-growing-text-view.h"

/*
 * A wrapping text view, outside a scrolled window, as tall as its text.
 *
 * GtkTextView asks for the height of its last layout, which it works out
 * only after it has been given a width, in an idle; in a column of them,
 * each clause starts clipped (or at the height of its previous width) and
 * grows a moment later, if at all. This one answers the height for the
 * width it is offered, measured with a Pango layout of the same text,
 * font and margins, so the column is right from the first frame.
 */

struct _LcGrowingTextView
{
  GtkTextView parent_instance;
};

G_DEFINE_FINAL_TYPE (LcGrowingTextView, lc_growing_text_view, GTK_TYPE_TEXT_VIEW)

static GtkSizeRequestMode
lc_growing_text_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
lc_growing_text_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  GtkTextView *view = GTK_TEXT_VIEW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;
  int width, height;

  GTK_WIDGET_CLASS (lc_growing_text_view_parent_class)->measure (widget, orientation, for_size, minimum, natural,
                                                                   minimum_baseline, natural_baseline);
  if (orientation != GTK_ORIENTATION_VERTICAL || for_size <= 0)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  /* An empty text still has a line to type in. */
  layout = gtk_widget_create_pango_layout (widget, *text != '\0' ? text : " ");
  width = for_size - gtk_text_view_get_left_margin (view) - gtk_text_view_get_right_margin (view);
  pango_layout_set_width (layout, MAX (width, 1) * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, NULL, &height);
  height += gtk_text_view_get_top_margin (view) + gtk_text_view_get_bottom_margin (view);

  *minimum = MAX (*minimum, height);
  *natural = MAX (*natural, height);
}

static void
on_buffer_changed (GtkTextBuffer *buffer,
                   GtkWidget     *widget)
{
  gtk_widget_queue_resize (widget);
}

static void
on_buffer_notify (GtkTextView *view)
{
  g_signal_connect_object (gtk_text_view_get_buffer (view), "changed",
                           G_CALLBACK (on_buffer_changed), view, 0);
}

static void
lc_growing_text_view_class_init (LcGrowingTextViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->get_request_mode = lc_growing_text_view_get_request_mode;
  widget_class->measure = lc_growing_text_view_measure;
}

static void
lc_growing_text_view_init (LcGrowingTextView *self)
{
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self), GTK_WRAP_WORD_CHAR);
  g_signal_connect (self, "notify::buffer", G_CALLBACK (on_buffer_notify), NULL);
  on_buffer_notify (GTK_TEXT_VIEW (self));
}

/**
 * lc_growing_text_view_new:
 *
 * Returns: (transfer floating): a wrapping text view as tall as its text
 */
GtkWidget *
lc_growing_text_view_new (void)
{
  return g_object_new (LC_TYPE_GROWING_TEXT_VIEW, NULL);
}
