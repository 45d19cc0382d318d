/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>

#include "lc-growing-text-view.h"
#include "lc-test-ui.h"

/* LcGrowingTextView, the text view the Declaration page and the editors
 * show a clause in, on its own in a plain window: as tall as its whole
 * text from the first frame painted (a plain GtkTextView outside a
 * scrolled window first paints too short and grows later), and taller
 * when the window is narrowed. Run in English and in Arabic, with a
 * paragraph in the language of the run. */

#define PARAGRAPH_EN "Cities commit to make learning throughout life a right for every resident, " \
                     "to open their libraries, schools and community centres in the evening, and to " \
                     "report each year on the learners they reached, the partners who joined them and " \
                     "what they will change next."
#define PARAGRAPH_AR "تلتزم المدن بأن يكون التعلم مدى الحياة حقًا لكل من يسكنها، وبأن تفتح مكتباتها " \
                     "ومدارسها ومراكزها المجتمعية في المساء، وبأن تقدم كل عام تقريرًا عن المتعلمين الذين " \
                     "وصلت إليهم والشركاء الذين انضموا إليها وما ستغيّره بعد ذلك."

typedef struct
{
  GtkWindow *window;
  GtkWidget *view;
  int        first_painted;  /* the view's height when the window first painted, or -1 */
  guint      paints;
} Fixture;

static void
on_after_paint (GdkFrameClock *clock,
                Fixture       *f)
{
  if (f->paints++ == 0)
    f->first_painted = gtk_widget_get_height (f->view);
}

/* The bottom of the text's last line, in the view's coordinates, once the
 * view has laid all of it out. */
static int
text_bottom (GtkWidget *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter end;
  int y = 0, height = 0;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_view_get_line_yrange (GTK_TEXT_VIEW (view), &end, &y, &height);
  return y + height + gtk_text_view_get_top_margin (GTK_TEXT_VIEW (view))
         + gtk_text_view_get_bottom_margin (GTK_TEXT_VIEW (view));
}

static gboolean
painted_twice (gpointer data)
{
  return ((Fixture *) data)->paints >= 2;
}

static void
fixture_open (Fixture *f,
              int      width)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  f->first_painted = -1;
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, 600);
  f->view = lc_growing_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (f->view), GTK_WRAP_WORD_CHAR);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->view)),
                            lc_test_ui_is_arabic () ? PARAGRAPH_AR : PARAGRAPH_EN, -1);
  gtk_box_append (GTK_BOX (box), f->view);
  /* What follows the clause in a column: it must not cover the text. */
  gtk_box_append (GTK_BOX (box), gtk_label_new ("—"));
  gtk_window_set_child (f->window, box);

  gtk_widget_realize (GTK_WIDGET (f->window));
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (f->window)), "after-paint",
                    G_CALLBACK (on_after_paint), f);
  gtk_window_present (f->window);
  lc_test_ui_wait_until (painted_twice, f, 30000);
  lc_test_ui_settle ();
}

static void
fixture_close (Fixture *f)
{
  g_signal_handlers_disconnect_by_data (gtk_widget_get_frame_clock (GTK_WIDGET (f->window)), f);
  gtk_window_destroy (f->window);
}

/* The whole paragraph shows, at the height the first frame already had. */
static void
test_first_frame (void)
{
  Fixture f = { 0 };
  int bottom;

  fixture_open (&f, 360);
  bottom = text_bottom (f.view);
  /* Several lines at this width: the case means something. */
  g_assert_cmpint (bottom, >, 3 * 16);
  if (gtk_widget_get_height (f.view) < bottom)
    g_error ("the text is cut: the view is %d px tall, its text %d px", gtk_widget_get_height (f.view), bottom);
  if (f.first_painted != gtk_widget_get_height (f.view))
    g_error ("the first frame painted the view %d px tall, it grew to %d px later",
             f.first_painted, gtk_widget_get_height (f.view));
  fixture_close (&f);
}

static gboolean
grew (gpointer data)
{
  Fixture *f = data;

  return gtk_widget_get_width (f->view) < 600 && gtk_widget_get_height (f->view) >= text_bottom (f->view);
}

/* Narrowed, the text wraps on more lines and the view grows with it. */
static void
test_narrowed (void)
{
  Fixture f = { 0 };
  int wide;

  fixture_open (&f, 900);
  wide = gtk_widget_get_height (f.view);
  g_assert_cmpint (wide, >=, text_bottom (f.view));

  gtk_window_set_default_size (f.window, 300, 600);
  lc_test_ui_wait_until (grew, &f, 30000);
  g_assert_cmpint (gtk_widget_get_height (f.view), >, wide);
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  lc_test_ui_init (&argc, &argv);

  g_test_add_func ("/growing-text-view/first-frame", test_first_frame);
  g_test_add_func ("/growing-text-view/narrowed", test_narrowed);

  return g_test_run ();
}
