/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <sys/stat.h>

#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-models.h"
#include "lc-pdf-export.h"
#include "lc-report.h"
#include "lc-test-util.h"
#include "lc-util.h"

/*
 * The final report's page (issue 13), as a person uses it: the sample
 * opened, the Report area shown with Alt+5, a foreword typed, a coverage
 * entry added by typing and Enter, an item's summary written and taken back
 * with Ctrl+Z; then Export Report… from the convention's menu to a PDF in
 * English, through the options and the file chooser. The library holds
 * what was kept, and the PDF's text shows it, without the undone summary.
 * And an item's photo: added through the file chooser, captioned, deleted,
 * and brought back with Ctrl+Z.
 */

#define FOREWORD "Cities that learn together grow together."
#define HEADLINE "Yanbu hosts the learning cities convention"
#define OUTLET "Saudi Gazette"
#define SUMMARY "The presenters walked the room through the industrial city."

static const char *
item_title (void)
{
  return lc_journey_pick ("Yanbu Industrial City presentation", "عرض ينبع الصناعية");
}

/* Clicks the text field a label names, and waits for the keyboard there. */
static GtkWidget *
click_field (GtkWidget  *root,
             const char *label_text)
{
  GtkWidget *label = lc_test_wait_for_text (root, label_text);
  GtkWidget *field = gtk_label_get_mnemonic_widget (GTK_LABEL (label));

  g_assert_nonnull (field);
  lc_test_scroll_into_view (field);
  lc_test_click (field);
  LC_TEST_WAIT (lc_test_focus_widget () != NULL
                && (lc_test_focus_widget () == field || gtk_widget_is_ancestor (lc_test_focus_widget (), field)),
                "the keyboard in the field");
  return field;
}

/* Clicks the coverage form's headline and waits for the keyboard there. */
static void
click_headline (GtkWidget *page)
{
  GtkWidget *row = lc_journey_row_titled (page, _("_Headline"));

  lc_test_scroll_into_view (row);
  lc_test_click (row);
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && gtk_widget_is_ancestor (lc_test_focus_widget (), row),
                "the keyboard in the headline");
}

static char *
stored_foreword (gint64 convention_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcReport) report = lc_report_load (store, convention_id, NULL);

  return g_strdup (report ? lc_report_get_foreword (report, LC_LANGUAGE_ENGLISH) : "");
}

static char *
stored_summary (gint64 item_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcReportSummary) summary = lc_report_load_summary (store, item_id, NULL);

  return g_strdup (summary ? lc_report_summary_get_summary (summary, LC_LANGUAGE_ENGLISH) : "");
}

static gboolean
coverage_stored (gint64 convention_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) list = lc_store_list (store, LC_TYPE_COVERAGE, "convention_id", convention_id, NULL);

  for (guint i = 0; list && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcCoverage) entry = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (g_str_equal (lc_coverage_get_headline (entry), HEADLINE)
          && g_str_equal (lc_coverage_get_outlet (entry), OUTLET))
        return TRUE;
    }
  return FALSE;
}

static gboolean
text_is (char       *text,
         const char *expected)
{
  g_autofree char *owned = text;

  return g_strcmp0 (owned, expected) == 0;
}

/* pdftotext's words, with the line breaks of the layout made spaces. */
static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, NULL, &status, &error))
    g_error ("pdftotext: %s", error->message);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_strdelimit (out, "\n", ' ');
  return g_steal_pointer (&out);
}

/* The sample, its Report area (Alt+5) and @item chosen for its summary
 * and photos from the list of items, with the arrows. */
static GtkWidget *
open_report (LcWindow   *window,
             LcRecord  **item)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  GtkWidget *view, *page, *row;

  lc_journey_open_sample (window);
  view = GTK_WIDGET (lc_window_get_convention_view (window));
  *item = lc_journey_find_item (store, item_title ());
  g_assert_nonnull (*item);

  lc_test_press ("<Alt>5");
  LC_TEST_WAIT ((page = lc_test_find_type (view, g_type_from_name ("LcReportPage"))) != NULL
                && gtk_widget_is_drawable (page), "the Report page");
  row = lc_journey_row_titled (page, _("Agenda _Item"));
  lc_test_scroll_into_view (row);
  lc_test_click (row);
  lc_journey_arrow_to ("Down", item_title ());
  lc_test_press ("Return");
  LC_TEST_WAIT (lc_test_shows_text (row, item_title ()), "the item chosen");
  return page;
}

static guint
n_photos (gint64 item_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) list = lc_store_list (store, LC_TYPE_REPORT_PHOTO, "item_id", item_id, NULL);

  return list ? g_list_model_get_n_items (G_LIST_MODEL (list)) : 0;
}

static char *
stored_caption (gint64 item_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) list = lc_store_list (store, LC_TYPE_REPORT_PHOTO, "item_id", item_id, NULL);
  guint n = list ? g_list_model_get_n_items (G_LIST_MODEL (list)) : 0;
  g_autoptr(LcReportPhoto) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (list), n - 1) : NULL;

  return g_strdup (last ? lc_report_photo_get_caption (last, LC_LANGUAGE_ENGLISH) : "");
}

/* The button inside @root whose tooltip is @tooltip. */
static GtkWidget *
button_with_tooltip (GtkWidget  *root,
                     const char *tooltip)
{
  if (GTK_IS_BUTTON (root) && g_strcmp0 (gtk_widget_get_tooltip_text (root), tooltip) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = button_with_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

#define CAPTION "Delegates visit the industrial city"

/* The path of the last file the system was asked to open, or NULL. */
static char *
last_opened (void)
{
  g_autofree char *all = lc_journey_opened_files ();
  g_auto(GStrv) lines = g_strsplit (g_strstrip (all), "\n", -1);
  guint n = g_strv_length (lines);

  if (n == 0 || *lines[n - 1] == '\0')
    return NULL;
  return g_str_has_prefix (lines[n - 1], "file:") ? g_filename_from_uri (lines[n - 1], NULL, NULL)
                                                  : g_strdup (lines[n - 1]);
}

static void
test_photo_caption_delete_undo (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autoptr(LcRecord) item = NULL;
  g_autofree char *photo = lc_test_write_photo (lc_journey_tmpdir (), "visit.png", FALSE, 800, 600, 0x2060a0ff);
  GtkWidget *page = open_report (window, &item);
  gint64 item_id = lc_record_get_id (item);
  guint before = n_photos (item_id);
  GtkWindow *chooser, *dialog;
  GtkWidget *row, *button;

  /* Add Photo…: typing a path opens the chooser's location field. */
  lc_journey_press_button (page, _("Add _Photo…"));
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Add Photo"));
  lc_test_type (photo);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
  LC_TEST_WAIT (n_photos (item_id) == before + 1, "the photo in the library");
  row = lc_journey_row_titled (page, _("No caption yet"));

  /* Its caption, typed in English in the dialog; Enter saves. */
  button = button_with_tooltip (row, _("Caption"));
  lc_test_scroll_into_view (button);
  lc_test_click (button);
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Photo Caption"));
  click_field (GTK_WIDGET (dialog), _("Caption in _English"));
  lc_test_type (CAPTION);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (text_is (stored_caption (item_id), CAPTION), "the caption in the library");
  row = lc_journey_row_titled (page, CAPTION);

  /* Deleted, then back with Ctrl+Z. Seen on the page only: opening the
   * library from another connection clears images no photo uses
   * (lc_report_purge_images ()), which would make the deletion one that
   * cannot be undone. */
  button = button_with_tooltip (row, _("Delete Photo"));
  lc_test_click (button);
  LC_TEST_WAIT (!lc_test_shows_text (page, CAPTION), "the photo's row gone");
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && GTK_IS_BUTTON (lc_test_focus_widget ()),
                "the keyboard on a button of the page");
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (n_photos (item_id) == before + 1, "the deletion undone");
  LC_TEST_WAIT (text_is (stored_caption (item_id), CAPTION), "the photo back with its caption");
  lc_test_wait_for_text (page, CAPTION);

  lc_journey_close_window (window);
}

/* Writes @data's photo into the FIFO @data names once the reader opens
 * it: until then the page's worker waits on it. */
typedef struct
{
  char *fifo;
  char *photo;
} Feed;

static gpointer
feed_fifo (gpointer data)
{
  Feed *feed = data;
  g_autofree char *bytes = NULL;
  gsize length = 0;
  FILE *out;

  g_assert_true (g_file_get_contents (feed->photo, &bytes, &length, NULL));
  out = fopen (feed->fifo, "wb");
  g_assert_nonnull (out);
  g_assert_cmpuint (fwrite (bytes, 1, length, out), ==, length);
  fclose (out);
  return NULL;
}

static void
add_photo_file (GtkWidget  *page,
                const char *path)
{
  GtkWindow *chooser;

  lc_journey_press_button (page, _("Add _Photo…"));
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Add Photo"));
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
}

/* Add Photo… reads and scales the photo in the background: while its
 * file has not arrived (a FIFO no one writes yet), the page shows a row
 * with a spinner and the library has no photo more; once written, the
 * photo is stored and its row replaces the spinner's. A file that is no
 * photo is said in words. */
static void
test_photo_read_in_background (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autoptr(LcRecord) item = NULL;
  g_autofree char *dir = g_build_filename (lc_journey_tmpdir (), "arriving", NULL);
  g_autofree char *fifo = g_build_filename (dir, "arriving.jpg", NULL);
  g_autofree char *notes = g_build_filename (dir, "notes.jpg", NULL);
  g_autofree char *reading = g_strdup_printf (_("Reading “%s”…"), "arriving.jpg");
  g_autofree char *not_photo = g_strdup_printf (_("“%s” is not a photo: choose a PNG or JPEG image."),
                                                "notes.jpg");
  Feed feed = { fifo, NULL };
  GtkWidget *page, *row, *spinner;
  GThread *writer;
  gint64 item_id;
  guint before;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  feed.photo = lc_test_write_photo (dir, "camera.jpg", FALSE, 2400, 1600, 0x40a060ff);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  page = open_report (window, &item);
  item_id = lc_record_get_id (item);
  before = n_photos (item_id);

  add_photo_file (page, fifo);
  row = lc_test_wait_for_text (page, reading);
  row = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX_ROW);
  LC_TEST_WAIT ((spinner = lc_test_find_type (row, GTK_TYPE_SPINNER)) != NULL
                && gtk_widget_get_mapped (spinner) && gtk_spinner_get_spinning (GTK_SPINNER (spinner)),
                "a spinner on the photo being read");
  g_assert_cmpuint (n_photos (item_id), ==, before);

  writer = g_thread_new ("feed", feed_fifo, &feed);
  LC_TEST_WAIT (n_photos (item_id) == before + 1, "the photo in the library");
  LC_TEST_WAIT (!lc_test_shows_text (page, reading), "the spinner's row gone");
  lc_journey_row_titled (page, _("No caption yet"));
  g_thread_join (writer);

  g_assert_true (g_file_set_contents (notes, "Notes from the visit", -1, NULL));
  add_photo_file (page, notes);
  LC_TEST_WAIT (lc_test_find_text_in_windows (not_photo) != NULL, "the message that it is no photo");
  g_assert_cmpuint (n_photos (item_id), ==, before + 1);

  g_free (feed.photo);
  lc_journey_close_window (window);
}

static char *
coverage_headlines (gint64 convention_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) list = lc_store_list (store, LC_TYPE_COVERAGE, "convention_id", convention_id, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; list && i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcCoverage) entry = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_string_append_printf (out, "%s|", lc_coverage_get_headline (entry));
    }
  return g_string_free (out, FALSE);
}

/* A figure as the library holds it (0: not given). */
static gint64
stored_figure (gint64   convention_id,
               gint64 (*get) (LcReport *report))
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcReport) report = lc_report_load (store, convention_id, NULL);

  return report ? get (report) : -1;
}

/* Clicks the figure @title names, selects what it shows, and types @text
 * (a key name when it is "BackSpace"), then Enter. */
static GtkWidget *
type_figure (GtkWidget  *page,
             const char *title,
             const char *text)
{
  GtkWidget *entry = lc_test_find_type (lc_journey_row_titled (page, title), GTK_TYPE_ENTRY);

  lc_test_scroll_into_view (entry);
  lc_test_click (entry);
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && gtk_widget_is_ancestor (lc_test_focus_widget (), entry),
                "the keyboard in the figure");
  lc_test_press ("<Control>a");
  if (g_str_equal (text, "BackSpace"))
    lc_test_press (text);
  else
    lc_test_type (text);
  lc_test_press ("Return");
  return entry;
}

#define EDITED "Yanbu welcomes the Arab learning cities"

/* The figures: one emptied shows the library's count in grey, one typed
 * is kept on Enter. A coverage entry edited through its pencil, deleted
 * with its bin, and the deletion taken back with Ctrl+Z. */
static void
test_figures_and_coverage_edits (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autoptr(LcRecord) item = NULL;
  GtkWidget *page = open_report (window, &item);
  gint64 convention_id = lc_convention_model_get_id (
    lc_convention_view_get_model (lc_window_get_convention_view (window)));
  g_autoptr(LcStore) store = lc_journey_open_library ();
  LcReportFigures counted = { 0 };
  g_autofree char *countries = NULL;
  g_autofree char *before = coverage_headlines (convention_id);
  g_autofree char *added = NULL, *edited = NULL, *opened = NULL, *preview = NULL;
  GtkWidget *row, *entry;

  /* Countries, emptied: the report counts them, and the count shows in
   * grey where the figure was. */
  entry = type_figure (page, _("Cou_ntries"), "BackSpace");
  LC_TEST_WAIT (stored_figure (convention_id, lc_report_get_countries) == 0, "the countries no longer given");
  g_assert_true (lc_report_get_figures (store, convention_id, &counted, NULL));
  g_assert_false (counted.given & (1u << 3));
  countries = lc_ui_format_number (counted.countries);
  LC_TEST_WAIT (g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (entry)), countries) == 0,
                "the counted countries in grey");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* Online, typed: 250, Enter. */
  type_figure (page, _("_Online"), "250");
  LC_TEST_WAIT (stored_figure (convention_id, lc_report_get_online) == 250, "the online figure in the library");

  /* A new entry, then edited through its pencil. */
  click_headline (page);
  lc_test_type (HEADLINE);
  lc_test_press ("Return");
  added = g_strconcat (before, HEADLINE, "|", NULL);
  LC_TEST_WAIT (text_is (coverage_headlines (convention_id), added), "the entry added");
  row = lc_journey_row_titled (page, HEADLINE);
  lc_test_click (button_with_tooltip (row, _("Edit")));
  lc_test_wait_for_text (page, _("Edit Coverage"));
  LC_TEST_WAIT (lc_test_focus_widget () != NULL
                && gtk_widget_is_ancestor (lc_test_focus_widget (), lc_journey_row_titled (page, _("_Headline"))),
                "the keyboard in the form's headline");
  lc_test_press ("<Control>a");
  lc_test_type (EDITED);
  lc_test_press ("Return");
  edited = g_strconcat (before, EDITED, "|", NULL);
  LC_TEST_WAIT (text_is (coverage_headlines (convention_id), edited), "the entry edited");

  /* Deleted with its bin; Ctrl+Z brings it back. */
  row = lc_journey_row_titled (page, EDITED);
  lc_test_click (button_with_tooltip (row, _("Delete")));
  LC_TEST_WAIT (text_is (coverage_headlines (convention_id), before), "the entry deleted");
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && GTK_IS_BUTTON (lc_test_focus_widget ()),
                "the keyboard on a button of the page");
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (text_is (coverage_headlines (convention_id), edited), "the deletion undone");
  lc_test_wait_for_text (page, EDITED);

  /* Preview: the PDF, in the interface's language, opened in the viewer. */
  lc_test_scroll_into_view (lc_test_wait_for_text (page, _("Pre_view")));
  lc_journey_press_button (page, _("Pre_view"));
  LC_TEST_WAIT ((g_free (opened), opened = last_opened ()) != NULL, "the preview opened");
  g_assert_cmpstr (strrchr (opened, G_DIR_SEPARATOR) + 1, ==, _("report-preview.pdf"));
  preview = pdf_text (opened);
  g_assert_nonnull (strstr (preview, EDITED));

  /* The preview's folder goes with the window. */
  lc_journey_close_window (window);
  *strrchr (opened, G_DIR_SEPARATOR) = '\0';
  g_assert_false (g_file_test (opened, G_FILE_TEST_EXISTS));
}

/* Export Report… from the convention's menu: PDF, in English, to @path,
 * through the options and the file chooser. */
static void
export_report (GtkWidget  *view,
               const char *path)
{
  GtkWindow *options, *chooser;

  lc_journey_choose_menu_item (view, _("Main Menu"), _("Export _Report…"));
  options = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Export Report"));
  lc_test_wait_for_text (GTK_WIDGET (options), _("_Format"));
  /* The language offered first is the interface's: in Arabic, the
   * drop-down is opened and English chosen with the arrows. */
  if (lc_test_shows_text (GTK_WIDGET (options), _("Arabic")))
    {
      lc_test_click (lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (options), _("Arabic"))));
      lc_journey_arrow_to ("Down", _("English"));
      lc_test_press ("Return");
      LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (options), _("English")), "English chosen");
    }
  lc_journey_press_button (GTK_WIDGET (options), _("Choose _File…"));
  lc_test_wait_window_gone (options);
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Export Report"));
  lc_test_press ("<Control>a");
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
}

/* Holds the export's worker at its first progress past nothing done,
 * until the test has pressed Cancel: the click lands while the report is
 * being written however fast or slow the machine is. */
typedef struct
{
  GMutex   lock;
  GCond    cond;
  gboolean held, released;
  guint    told_after;   /* fractions told once released */
} Hold;

static void
hold_writer (double   fraction,
             gpointer data)
{
  Hold *hold = data;

  if (fraction <= 0)
    return;
  g_mutex_lock (&hold->lock);
  if (!hold->held)
    {
      hold->held = TRUE;
      while (!hold->released)
        g_cond_wait (&hold->cond, &hold->lock);
    }
  else
    hold->told_after++;
  g_mutex_unlock (&hold->lock);
}

static GtkWidget *
moving_progress_bar (GtkWidget *window)
{
  GtkWidget *bar = lc_test_find_type (window, GTK_TYPE_PROGRESS_BAR);

  return bar != NULL && gtk_widget_get_mapped (bar)
         && gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)) > 0 ? bar : NULL;
}

static void
test_write_and_export (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  GtkWidget *view, *page, *field;
  g_autofree char *path = g_build_filename (lc_journey_tmpdir (), "report-journey.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *text = NULL;
  g_autoptr(LcRecord) item = NULL;
  gint64 convention_id;

  page = open_report (window, &item);
  view = GTK_WIDGET (lc_window_get_convention_view (window));
  convention_id = lc_convention_model_get_id (lc_convention_view_get_model (LC_CONVENTION_VIEW (view)));
  before = stored_summary (lc_record_get_id (item));

  /* The English foreword, replaced; kept when the keyboard leaves it. */
  click_field (page, _("_Foreword (English)"));
  lc_test_press ("<Control>a");
  lc_test_type (FOREWORD);
  lc_test_press ("Tab");
  LC_TEST_WAIT (text_is (stored_foreword (convention_id), FOREWORD), "the foreword in the library");

  /* A press article: headline, Tab, outlet, Enter. */
  click_headline (page);
  lc_test_type (HEADLINE);
  lc_test_press ("Tab");
  lc_test_type (OUTLET);
  lc_test_press ("Return");
  LC_TEST_WAIT (coverage_stored (convention_id), "the coverage entry in the library");
  lc_test_wait_for_text (page, HEADLINE);

  /* The chosen item's summary, typed. */
  field = click_field (page, _("Su_mmary (English)"));
  lc_test_press ("<Control>a");
  lc_test_type (SUMMARY);
  lc_test_press ("Tab");
  LC_TEST_WAIT (text_is (stored_summary (lc_record_get_id (item)), SUMMARY), "the summary in the library");

  /* Ctrl+Z takes the summary back, in the library and on the page. */
  LC_TEST_WAIT (lc_test_focus_widget () != field, "the keyboard out of the summary");
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (text_is (stored_summary (lc_record_get_id (item)), before), "the summary undone");
  LC_TEST_WAIT (!lc_test_shows_text (page, SUMMARY), "the page to show the summary as it was");
  g_assert_true (text_is (stored_foreword (convention_id), FOREWORD));
  g_assert_true (coverage_stored (convention_id));

  export_report (view, path);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Report exported"));

  text = pdf_text (path);
  g_assert_nonnull (strstr (text, FOREWORD));
  g_assert_nonnull (strstr (text, HEADLINE));
  g_assert_null (strstr (text, SUMMARY));

  lc_journey_close_window (window);
}

/* Export Report…, then Cancel in the toast while its bar shows the
 * report being written: the writing stops there, the toast says no file
 * was written, and the folder holds none, not even a part of one. */
static void
test_export_cancelled (void)
{
  LcWindow *window = lc_journey_open_window (1200, 900);
  g_autofree char *dir = g_build_filename (lc_journey_tmpdir (), "cancelled-export", NULL);
  g_autofree char *path = g_build_filename (dir, "report-cancelled.pdf", NULL);
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(GDir) listing = NULL;
  GtkWidget *view, *bar, *toast;
  Hold hold = { 0 };

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  open_report (window, &item);
  view = GTK_WIDGET (lc_window_get_convention_view (window));

  lc_pdf_export_set_test_hook (hold_writer, &hold);
  export_report (view, path);
  LC_TEST_WAIT ((bar = moving_progress_bar (GTK_WIDGET (window))) != NULL, "the toast's bar to show progress");
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (GTK_PROGRESS_BAR (bar)), <, 1.0);
  toast = gtk_widget_get_ancestor (bar, g_type_from_name ("AdwToastWidget"));
  g_assert_nonnull (toast);
  lc_journey_press_button (toast, _("_Cancel"));

  g_mutex_lock (&hold.lock);
  hold.released = TRUE;
  g_cond_broadcast (&hold.cond);
  g_mutex_unlock (&hold.lock);
  lc_test_wait_for_text (GTK_WIDGET (window), _("Export cancelled: no file was written."));
  lc_pdf_export_set_test_hook (NULL, NULL);
  g_assert_true (hold.held);
  /* Stopped where it was, not written to the end and thrown away. */
  g_assert_cmpuint (hold.told_after, ==, 0);
  g_assert_null (g_dir_read_name (listing = g_dir_open (dir, 0, NULL)));

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/report/write-and-export", test_write_and_export);
  g_test_add_func ("/journey/report/export-cancelled", test_export_cancelled);
  g_test_add_func ("/journey/report/photo-caption-delete-undo", test_photo_caption_delete_undo);
  g_test_add_func ("/journey/report/photo-read-in-background", test_photo_read_in_background);
  g_test_add_func ("/journey/report/figures-and-coverage-edits", test_figures_and_coverage_edits);
  return lc_journey_run ();
}
