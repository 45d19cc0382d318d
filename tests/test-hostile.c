/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "lc-application.h"
#include "lc-convention-dialog.h"
#include "lc-date-row.h"
#include "lc-time-zone-row.h"
#include "lc-convention-io.h"
#include "lc-convention-view.h"
#include "lc-generator.h"
#include "lc-organisation.h"
#include "lc-places.h"
#include "lc-tracks.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-window.h"

/*
 * Hostile text in every area of the window: Pango markup characters,
 * Unicode bidi controls and stacked combining marks, SQL-looking text and a
 * 1 MB title. Nothing may crash, nothing may be read as markup or SQL, and
 * the text must come back from the library exactly as it was stored.
 * (Invalid UTF-8 and NUL bytes cannot reach a GTK text field; the importers'
 * tests and fuzzers cover them in files.)
 */

#define MARKUP "<b>Bold</b> & <i>Co</i>"
#define BIDI "\xE2\x80\xAE" "evil" "\xE2\x80\xAC" " \xE2\x81\xA7x\xE2\x81\xA9"
#define COMBINING "Ze\xCC\x81\xCC\x81\xCC\x81\xCC\x81\xCC\x81ro"
#define SQL "Robert'); DROP TABLE people;--"
#define FSI "\342\201\250"
#define PDI "\342\201\251"

static LcApplication *app;

static gboolean
convention_shown (gpointer data)
{
  return g_strcmp0 (lc_window_get_page (data), "convention") == 0;
}

/* Whether some label on screen shows @text literally. */
static gboolean
label_shows (GtkWidget  *root,
             const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  if (GTK_IS_INSCRIPTION (root) && gtk_inscription_get_text (GTK_INSCRIPTION (root))
      && strstr (gtk_inscription_get_text (GTK_INSCRIPTION (root)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (label_shows (child, text))
      return TRUE;

  return FALSE;
}

static gint64
add_hostile_convention (LcStore  *store,
                        char    **huge_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LcRecord) c = g_object_new (LC_TYPE_CONVENTION, NULL);
  g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
  g_autoptr(LcRecord) city = g_object_new (LC_TYPE_CITY, NULL);
  g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(LcRecord) other = g_object_new (LC_TYPE_PERSON, NULL);
  g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(LcRecord) big = g_object_new (LC_TYPE_ITEM, NULL);
  g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);
  g_autoptr(LcRecord) track = g_object_new (LC_TYPE_TRACK, NULL);
  g_autoptr(LcRecord) organisation = g_object_new (LC_TYPE_ORGANISATION, NULL);
  g_autoptr(LcRecord) place = g_object_new (LC_TYPE_PLACE, NULL);
  char *huge = g_strnfill (1024 * 1024, 'x');
  gint64 id;

  /* Words every 60 characters, so the huge title wraps as text does. */
  for (gsize i = 60; i < 1024 * 1024; i += 61)
    huge[i] = ' ';

  lc_record_set_text (c, "title", "ملتقى " BIDI, MARKUP " " SQL);
  lc_record_set_text (c, "venue", COMBINING, SQL);
  lc_record_set_string (c, "start-date", "2024-03-01");
  lc_record_set_string (c, "end-date", "2024-03-02");
  lc_record_set_string (c, "time-zone", "Asia/Riyadh");
  g_assert_true (lc_store_insert (store, c, &error));
  id = lc_record_get_id (c);

  lc_record_set_int (room, "convention-id", id);
  lc_record_set_text (room, "name", BIDI, MARKUP);
  /* Issue 12's fields: a room's location, a track, an organisation, a
   * place and a person's contact details and biography. */
  lc_record_set_text (room, "location", SQL, MARKUP " floor");
  g_assert_true (lc_store_insert (store, room, &error));
  lc_record_set_int (track, "convention-id", id);
  lc_record_set_text (track, "name", BIDI, MARKUP " track");
  lc_record_set_string (track, "colour", "#3584e4");
  g_assert_true (lc_store_insert (store, track, &error));
  lc_record_set_int (organisation, "convention-id", id);
  lc_record_set_text (organisation, "name", COMBINING, MARKUP " organisation");
  lc_record_set_string (organisation, "website", "https://example.org/<b>?q='1'&r=\"2\"");
  g_assert_true (lc_store_insert (store, organisation, &error));
  lc_record_set_int (place, "convention-id", id);
  lc_record_set_text (place, "name", BIDI, MARKUP " place");
  lc_record_set_text (place, "address", SQL, COMBINING);
  g_assert_true (lc_store_insert (store, place, &error));

  lc_record_set_int (city, "convention-id", id);
  lc_record_set_text (city, "name", COMBINING, MARKUP " city");
  lc_record_set_text (city, "trait", SQL, BIDI);
  lc_record_set_int (city, "sdgs", (1 << 3) | (1 << 17));
  g_assert_true (lc_store_insert (store, city, &error));

  lc_record_set_int (person, "convention-id", id);
  lc_record_set_text (person, "name", "سماح " BIDI, MARKUP " person");
  lc_record_set_text (person, "organisation", COMBINING, SQL);
  lc_record_set_text (person, "bio", BIDI, MARKUP " bio");
  lc_record_set_int (person, "organisation-id", lc_record_get_id (organisation));
  lc_record_set_int (person, "city-id", lc_record_get_id (city));
  g_assert_true (lc_store_insert (store, person, &error));

  lc_record_set_int (other, "convention-id", id);
  lc_record_set_text (other, "name", "", SQL);
  g_assert_true (lc_store_insert (store, other, &error));

  lc_record_set_int (item, "convention-id", id);
  lc_record_set_text (item, "title", BIDI, MARKUP " item");
  lc_record_set_text (item, "description", SQL, COMBINING);
  lc_record_set_string (item, "day", "2024-03-01");
  lc_record_set_int (item, "start-minute", 540);
  lc_record_set_int (item, "end-minute", 600);
  lc_record_set_int (item, "room-id", lc_record_get_id (room));
  lc_record_set_int (item, "track-id", lc_record_get_id (track));
  g_assert_true (lc_store_insert (store, item, &error));

  lc_record_set_int (big, "convention-id", id);
  lc_record_set_text (big, "title", "", huge);
  lc_record_set_string (big, "day", "2024-03-02");
  lc_record_set_int (big, "start-minute", 540);
  lc_record_set_int (big, "end-minute", 600);
  lc_record_set_int (big, "place-id", lc_record_get_id (place));
  g_assert_true (lc_store_insert (store, big, &error));

  lc_record_set_int (part, "item-id", lc_record_get_id (item));
  lc_record_set_int (part, "person-id", lc_record_get_id (person));
  lc_record_set_int (part, "role", LC_ROLE_MODERATOR);
  g_assert_true (lc_store_insert (store, part, &error));
  g_assert_no_error (error);

  *huge_out = huge;
  return id;
}

static void
test_hostile_text (void)
{
  g_autofree char *db = g_build_filename (g_get_user_data_dir (), "learning-cities", "library.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *huge = NULL;
  g_autoptr(LcStore) store = lc_store_open (db, &error);
  const char *areas[] = { "agenda", "speakers", "cities", "declaration", "report" };
  g_autoptr(GListStore) items = NULL;
  LcConventionView *view;
  LcWindow *window;
  gint64 id;

  g_assert_no_error (error);
  id = add_hostile_convention (store, &huge);

  window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* The library list shows the title as text, tags and all. */
  g_assert_cmpstr (lc_window_get_library_state (window), ==, "list");
  if (!lc_test_ui_is_arabic ())
    g_assert_true (label_shows (GTK_WIDGET (window), MARKUP));

  lc_window_open_convention (window, id);
  lc_test_ui_wait_until (convention_shown, window, 20000);
  view = lc_window_get_convention_view (window);

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autofree char *name = g_strconcat ("hostile-", areas[i], NULL);
      g_autofree char *shot = NULL;

      lc_convention_view_show_area (view, areas[i]);
      lc_test_ui_settle ();
      shot = lc_test_ui_screenshot (GTK_WIDGET (window), name);
    }

  /* Markup characters are shown, never interpreted. */
  lc_convention_view_show_area (view, "agenda");
  lc_test_ui_settle ();
  if (!lc_test_ui_is_arabic ())
    g_assert_true (label_shows (GTK_WIDGET (window), MARKUP " item"));
  /* The track's name is shown as typed (in the track filter and the row). */
  g_assert_true (label_shows (GTK_WIDGET (window), lc_test_ui_is_arabic () ? BIDI : MARKUP " track"));
  /* Each name in the row is isolated (issue 20, point 15): an override
   * left open in one cannot turn the names after it around. */
  g_assert_true (label_shows (GTK_WIDGET (window), lc_test_ui_is_arabic () ? FSI "سماح " BIDI PDI
                                                                          : FSI MARKUP " person" PDI));
  lc_convention_view_show_area (view, "speakers");
  lc_test_ui_settle ();
  if (!lc_test_ui_is_arabic ())
    g_assert_true (label_shows (GTK_WIDGET (window), MARKUP " person"));

  /* The conflicts pane and the details dialog take the same text. */
  gtk_widget_activate_action (GTK_WIDGET (view), "view.toggle-conflicts", NULL);
  lc_test_ui_settle ();
  gtk_widget_activate_action (GTK_WIDGET (view), "view.toggle-conflicts", NULL);

  /* Nothing was taken as SQL: every table and row is still there, as stored. */
  g_assert_cmpint (lc_store_count (store, LC_TYPE_PERSON, "convention_id", id, NULL), ==, 2);
  items = lc_store_list (store, LC_TYPE_ITEM, "convention_id", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (items)), ==, 2);
  {
    g_autoptr(LcRecord) first = g_list_model_get_item (G_LIST_MODEL (items), 0);
    g_autoptr(LcRecord) second = g_list_model_get_item (G_LIST_MODEL (items), 1);

    g_assert_cmpstr (lc_record_get_string (first, "title-en"), ==, MARKUP " item");
    g_assert_cmpstr (lc_record_get_string (first, "title-ar"), ==, BIDI);
    g_assert_cmpstr (lc_record_get_string (first, "description-ar"), ==, SQL);
    g_assert_cmpuint (strlen (lc_record_get_string (second, "title-en")), ==, 1024 * 1024);
    g_assert_cmpstr (lc_record_get_string (second, "title-en"), ==, huge);
  }

  /* The convention still exports and imports whole. */
  {
    g_autofree char *json = lc_convention_export_data (store, id, NULL, &error);
    gint64 again;

    g_assert_no_error (error);
    again = lc_convention_import_data (store, json, strlen (json), "hostile.json", &error);
    g_assert_no_error (error);
    g_assert_cmpint (again, >, id);
    /* Issue 12's fields came back as they were stored. */
    {
      g_autoptr(GListStore) places = lc_store_list (store, LC_TYPE_PLACE, "convention_id", again, &error);
      g_autoptr(GListStore) tracks = lc_store_list (store, LC_TYPE_TRACK, "convention_id", again, &error);
      g_autoptr(GListStore) organisations = lc_store_list (store, LC_TYPE_ORGANISATION, "convention_id",
                                                           again, &error);
      g_autoptr(GListStore) rooms = lc_store_list (store, LC_TYPE_ROOM, "convention_id", again, &error);
      g_autoptr(LcRecord) place = NULL;
      g_autoptr(LcRecord) track = NULL;
      g_autoptr(LcRecord) organisation = NULL;
      g_autoptr(LcRecord) room = NULL;

      g_assert_no_error (error);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (places)), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (tracks)), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (organisations)), ==, 1);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rooms)), ==, 1);
      place = g_list_model_get_item (G_LIST_MODEL (places), 0);
      track = g_list_model_get_item (G_LIST_MODEL (tracks), 0);
      organisation = g_list_model_get_item (G_LIST_MODEL (organisations), 0);
      room = g_list_model_get_item (G_LIST_MODEL (rooms), 0);
      g_assert_cmpstr (lc_record_get_string (place, "name-en"), ==, MARKUP " place");
      g_assert_cmpstr (lc_record_get_string (place, "address-en"), ==, COMBINING);
      g_assert_cmpstr (lc_record_get_string (track, "name-ar"), ==, BIDI);
      g_assert_cmpstr (lc_record_get_string (organisation, "name-en"), ==, MARKUP " organisation");
      g_assert_cmpstr (lc_record_get_string (organisation, "website"), ==, "https://example.org/<b>?q='1'&r=\"2\"");
      g_assert_cmpstr (lc_record_get_string (room, "location-ar"), ==, SQL);
    }
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* ---- Issue 20 ---- */

static gboolean
is_row (GtkWidget     *widget,
        gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                       g_dgettext (GETTEXT_PACKAGE, title)) == 0;
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  GtkWidget *row = lc_test_ui_find_matching (root, is_row, title);

  g_assert_nonnull (row);
  return row;
}

/* Point 2: New Convention follows the importer's rules, from the same
 * function: no time zone given as a file, no span beyond 31 days. */
static void
test_convention_dialog_rules (void)
{
  LcWindow *window = lc_window_new (app);
  LcConventionDialog *dialog;
  GtkWidget *zone, *first, *last;

  gtk_window_present (GTK_WINDOW (window));
  dialog = lc_convention_dialog_new_convention (GTK_WINDOW (window), lc_window_get_store (window));
  gtk_window_present (GTK_WINDOW (dialog));
  zone = find_row (GTK_WIDGET (dialog), "Time Zone");
  first = find_row (GTK_WIDGET (dialog), "First Day");
  last = find_row (GTK_WIDGET (dialog), "Last Day");

  gtk_editable_set_text (GTK_EDITABLE (find_row (GTK_WIDGET (dialog), "Title in English")), "Hostile");
  lc_date_row_set_date (LC_DATE_ROW (first), "2023-05-10");
  lc_date_row_set_date (LC_DATE_ROW (last), "2023-05-11");
  lc_time_zone_row_set_zone (LC_TIME_ZONE_ROW (zone), "Asia/Riyadh");
  g_assert_true (lc_convention_dialog_validate (dialog, NULL));

  /* GLib reads a zone from a file; the importer refuses one, so must this
   * (a convention stored by an older version may hold one). */
  lc_time_zone_row_set_zone (LC_TIME_ZONE_ROW (zone), "/usr/share/zoneinfo/Asia/Riyadh");
  g_assert_false (lc_convention_dialog_validate (dialog, NULL));
  g_assert_true (gtk_widget_has_css_class (zone, "error"));

  /* A convention of two thousand years (a typo in the year). */
  lc_time_zone_row_set_zone (LC_TIME_ZONE_ROW (zone), "Asia/Riyadh");
  lc_date_row_set_date (LC_DATE_ROW (first), "0023-05-10");
  g_assert_false (lc_convention_dialog_validate (dialog, NULL));
  g_assert_true (gtk_widget_has_css_class (last, "error"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
error_dialog_names (gpointer data)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data)
        && strstr (adw_message_dialog_get_body (l->data), data) != NULL)
      return TRUE;

  return FALSE;
}

typedef struct
{
  guint ticks;
  guint n_conventions;
  LcWindow *window;
} Waiting;

static gboolean
count_tick (gpointer data)
{
  ((Waiting *) data)->ticks++;
  return G_SOURCE_CONTINUE;
}

static gboolean
convention_added (gpointer data)
{
  Waiting *w = data;

  return g_list_model_get_n_items (lc_window_get_conventions (w->window)) > w->n_conventions;
}

/* Point 3: the window imports on a worker thread. A file nested 100,000
 * deep is refused with a message; a large one leaves the window drawing. */
static void
test_import_on_worker (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *hostile = g_build_filename (dir, "hostile.json", NULL);
  g_autofree char *large = g_build_filename (dir, "large.json", NULL);
  g_autofree char *source_db = g_build_filename (dir, "source.db", NULL);
  g_autoptr(GString) deep = g_string_new ("{\"format\": \"learning-cities-convention\", \"version\": 2, \"comment\": ");
  g_autoptr(GError) error = NULL;
  LcWindow *window = lc_window_new (app);
  Waiting w = { 0, 0, window };
  guint tick;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  g_assert_true (g_file_set_contents (hostile, deep->str, deep->len, NULL));
  {
    g_autoptr(LcStore) source = lc_store_open (source_db, &error);
    LcGeneratorSize size;
    gint64 id;

    lc_generator_size_init (&size, 3000);
    id = lc_generator_create (source, &size, 3, &error);
    g_assert_no_error (error);
    g_assert_true (lc_convention_export_file (source, id, large, &error));
  }

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  lc_window_import_file (window, hostile);
  lc_test_ui_wait_until (error_dialog_names, "hostile.json", 20000);

  /* The window keeps running while the large file is read and stored. */
  w.n_conventions = g_list_model_get_n_items (lc_window_get_conventions (window));
  tick = g_timeout_add (10, count_tick, &w);
  lc_window_import_file (window, large);
  g_assert_cmpuint (w.ticks, ==, 0);
  lc_test_ui_wait_until (convention_added, &w, 120000);
  /* Done when the window opens the new convention. */
  lc_test_ui_wait_until (convention_shown, window, 120000);
  g_source_remove (tick);
  g_test_message ("the main loop ran %u times during the import", w.ticks);
  g_assert_cmpuint (w.ticks, >, 5);

  gtk_window_destroy (GTK_WINDOW (window));
  lc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  app = lc_test_ui_app_init (&argc, &argv);

  g_test_add_func ("/hostile/text-in-every-area", test_hostile_text);
  g_test_add_func ("/hostile/convention-dialog/same-rules-as-import", test_convention_dialog_rules);
  g_test_add_func ("/hostile/import/on-a-worker", test_import_on_worker);
  return lc_test_ui_app_run ();
}
