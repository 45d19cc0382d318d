/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <time.h>

#include "lc-agenda-page.h"
#include "lc-agenda-row.h"
#include "lc-application.h"
#include "lc-conflicts-pane.h"
#include "lc-convention-view.h"
#include "lc-item-editor.h"
#include "lc-models.h"
#include "lc-person-picker.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-timeline.h"
#include "lc-util.h"
#include "lc-window.h"

/* The Agenda area as an organiser uses it, on a fresh library holding the
 * sample: the list, the editor, undo, conflicts. Run in English and in
 * Arabic (right to left). Eleven cases on one fixture (a window on the
 * sample); over 800 lines because each follows a whole task and checks both
 * the screen and the library. The real-key journeys are in journeys/. */

static LcApplication *app;

typedef struct
{
  LcWindow          *window;
  LcConventionView  *view;
  LcAgendaPage      *page;
  LcConventionModel *model;
  LcUndoStack       *undo;
} Fixture;

static gboolean
convention_shown (gpointer data)
{
  return g_strcmp0 (lc_window_get_page (data), "convention") == 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->window = lc_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1100, 760);
  gtk_window_present (GTK_WINDOW (f->window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-sample", NULL);
  lc_test_ui_wait_until (convention_shown, f->window, 10000);
  f->view = lc_window_get_convention_view (f->window);
  lc_convention_view_show_area (f->view, "agenda");
  f->page = LC_AGENDA_PAGE (lc_test_ui_find (GTK_WIDGET (f->window), LC_TYPE_AGENDA_PAGE, NULL));
  g_assert_nonnull (f->page);
  lc_agenda_page_set_view (f->page, "list");
  f->model = lc_convention_view_get_model (f->view);
  f->undo = lc_convention_view_get_undo (f->view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  /* Each test starts from the sample as shipped. */
  while (lc_undo_stack_get_can_undo (f->undo))
    g_assert_true (lc_undo_stack_undo (f->undo, NULL));
  gtk_window_destroy (GTK_WINDOW (f->window));
  lc_test_ui_settle ();
}

static guint
count_items (LcAgendaPage *page)
{
  GListModel *rows = lc_agenda_page_get_rows (page);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      n += LC_IS_ITEM (row);
    }

  return n;
}

static LcRecord *
find_item (Fixture    *f,
           const char *title_en,
           guint       nth)
{
  GListModel *items = lc_convention_model_get_items (f->model);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcRecord) item = g_list_model_get_item (items, i);

      if (g_str_equal (lc_record_get_string (item, "title-en"), title_en) && nth-- == 0)
        return item;
    }

  return NULL;
}

static LcItemEditor *
editor_of (Fixture *f)
{
  LcItemEditor *editor = lc_agenda_page_get_editor (f->page);

  g_assert_nonnull (editor);
  g_assert_true (LC_IS_ITEM_EDITOR (editor));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (editor));
  return editor;
}

static gboolean
editor_closed (gpointer page)
{
  return lc_agenda_page_get_editor (page) == NULL;
}

static void
select_item (Fixture  *f,
             LcRecord *item)
{
  lc_agenda_page_reveal_item (f->page, lc_record_get_id (item));
  g_assert_cmpint (lc_agenda_page_get_selected_id (f->page), ==, lc_record_get_id (item));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  lc_test_ui_settle ();
}

typedef struct
{
  char *day;
  int   start;
  int   end;
  guint index;
  char *title;
  guint online;
} Expected;

static int
compare_expected (gconstpointer a,
                  gconstpointer b)
{
  const Expected *x = a, *y = b;
  int c = g_strcmp0 (x->day, y->day);

  if (c == 0)
    c = x->start - y->start;
  if (c == 0)
    c = x->end - y->end;
  return c != 0 ? c : (int) x->index - (int) y->index;
}

static void
expected_clear (gpointer data)
{
  Expected *e = data;

  g_free (e->day);
  g_free (e->title);
}

/* The sample's items as the agenda should list them, read from the file. */
static GArray *
read_expected (void)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GArray *expected = g_array_new (FALSE, TRUE, sizeof (Expected));
  JsonArray *items;

  g_autoptr(GHashTable) online = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *people;

  g_array_set_clear_func (expected, expected_clear);
  json_parser_load_from_file (parser, g_getenv ("LC_SAMPLE"), &error);
  g_assert_no_error (error);
  items = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "items");
  people = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "people");
  for (guint i = 0; i < json_array_get_length (people); i++)
    {
      JsonObject *person = json_array_get_object_element (people, i);

      if (g_strcmp0 (json_object_get_string_member (person, "attendance"), "online") == 0)
        g_hash_table_add (online, (gpointer) json_object_get_string_member (person, "id"));
    }

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);
      JsonObject *title = json_object_get_object_member (item, "title");
      const char *ar = json_object_get_string_member (title, "ar");
      const char *en = json_object_get_string_member (title, "en");
      JsonArray *participants = json_object_get_array_member (item, "participants");
      Expected e = { g_strdup (json_object_get_string_member (item, "day")), 0, 0, i, NULL, 0 };

      g_assert_true (lc_time_parse (json_object_get_string_member (item, "start"), &e.start));
      g_assert_true (lc_time_parse (json_object_get_string_member (item, "end"), &e.end));
      if (lc_ui_language () == LC_LANGUAGE_ARABIC)
        e.title = g_strdup (*ar ? ar : en);
      else
        e.title = g_strdup (*en ? en : ar);
      for (guint j = 0; j < json_array_get_length (participants); j++)
        {
          JsonObject *p = json_array_get_object_element (participants, j);

          /* Online for this item, or else as the person usually takes part. */
          if (!json_object_get_null_member (p, "attendance"))
            e.online += g_strcmp0 (json_object_get_string_member (p, "attendance"), "online") == 0;
          else
            e.online += g_hash_table_contains (online, json_object_get_string_member (p, "person"));
        }
      g_array_append_val (expected, e);
    }

  g_array_sort (expected, compare_expected);
  return expected;
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GArray) expected = read_expected ();
  GListModel *rows = lc_agenda_page_get_rows (f->page);
  const char *day = NULL;
  guint k = 0, headings = 0;
  g_autofree char *shot = NULL;

  g_assert_cmpuint (expected->len, ==, 27);
  g_assert_cmpuint (count_items (f->page), ==, expected->len);

  /* Day headings, then that day's items in time order with their titles. */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);
      Expected *e;

      if (GTK_IS_STRING_OBJECT (row))
        {
          day = gtk_string_object_get_string (GTK_STRING_OBJECT (row));
          headings++;
          continue;
        }

      e = &g_array_index (expected, Expected, k++);
      g_assert_cmpstr (day, ==, e->day);
      g_assert_cmpstr (lc_record_get_string (LC_RECORD (row), "day"), ==, e->day);
      g_assert_cmpint (lc_record_get_int (LC_RECORD (row), "start-minute"), ==, e->start);
      g_assert_cmpstr (lc_ui_text (LC_RECORD (row), "title", NULL), ==, e->title);
    }
  g_assert_cmpuint (headings, ==, 2);

  /* What the rows on screen show: the title in the interface's language,
   * and an "online" badge where someone takes part online. */
  for (guint i = 0; i < expected->len; i++)
    {
      Expected *e = &g_array_index (expected, Expected, i);
      g_autoptr(GObject) item = NULL;
      GtkWidget *row;
      guint n = 0;

      for (guint j = 0; j < g_list_model_get_n_items (rows) && item == NULL; j++)
        {
          g_autoptr(GObject) candidate = g_list_model_get_item (rows, j);

          if (LC_IS_ITEM (candidate) && n++ == i)
            item = g_steal_pointer (&candidate);
        }
      g_assert_nonnull (item);
      lc_agenda_page_reveal_item (f->page, lc_record_get_id (LC_RECORD (item)));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      lc_test_ui_settle ();
      row = lc_agenda_page_get_row_widget (f->page, lc_record_get_id (LC_RECORD (item)));
      g_assert_nonnull (row);
      g_assert_cmpstr (lc_agenda_row_get_title (LC_AGENDA_ROW (row)), ==, e->title);
      g_assert_cmpuint (lc_agenda_row_get_n_online (LC_AGENDA_ROW (row)), ==, e->online);
    }

  lc_agenda_page_reveal_item (f->page, lc_record_get_id (find_item (f, "Opening session", 0)));
  shot = lc_test_ui_screenshot (GTK_WIDGET (f->window), "agenda-list");
}

static void
test_add_undo_redo (Fixture       *f,
                    gconstpointer  data)
{
  guint before = count_items (f->page);
  guint n_undo = lc_undo_stack_get_n_undo (f->undo);
  guint n_participations = g_list_model_get_n_items (lc_convention_model_get_participations (f->model));
  LcItemEditor *editor;
  LcPersonPicker *picker;
  LcRecord *added;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *shot = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.add", NULL);
  editor = editor_of (f);
  g_assert_false (lc_item_editor_get_modified (editor));
  /* Nothing typed yet: Save waits for a title. */
  g_assert_false (lc_item_editor_get_can_save (editor));
  g_assert_cmpstr (lc_item_editor_get_problem (editor), ==, _("Give the item a title in Arabic, English or both."));
  shot = lc_test_ui_screenshot (GTK_WIDGET (editor), "agenda-editor-new");
  g_clear_pointer (&shot, g_free);

  lc_item_editor_set_title (editor, LC_LANGUAGE_ENGLISH, "Closing reception");
  lc_item_editor_set_title (editor, LC_LANGUAGE_ARABIC, "حفل الختام");
  lc_item_editor_set_kind (editor, LC_ITEM_KIND_CLOSING);
  g_assert_true (lc_item_editor_set_day (editor, "2023-05-11"));
  lc_item_editor_set_times (editor, "21:00", "22:30");

  /* Search as you type, in Arabic without the hamza, finds "أحمد"-like
   * spellings; here the sample's "خالد السالم" by his Arabic first name. */
  picker = lc_item_editor_get_picker (editor);
  gtk_popover_popup (GTK_POPOVER (picker));
  lc_person_picker_set_search (picker, "خالد");
  g_assert_cmpuint (g_list_model_get_n_items (lc_person_picker_get_results (picker)), >=, 1);
  shot = lc_test_ui_screenshot (GTK_WIDGET (picker), "agenda-person-picker");
  lc_person_picker_set_search (picker, "KHALID al salem");
  g_assert_cmpuint (g_list_model_get_n_items (lc_person_picker_get_results (picker)), ==, 1);
  lc_person_picker_choose (picker, 0);
  /* And a new person, made from the picker. */
  lc_person_picker_create (picker, "ضيف جديد", "New Guest");
  g_assert_cmpuint (g_list_model_get_n_items (lc_item_editor_get_participants (editor)), ==, 2);
  g_assert_null (lc_item_editor_get_problem (editor));
  g_assert_true (lc_item_editor_get_can_save (editor));
  g_assert_true (lc_item_editor_get_modified (editor));

  g_assert_true (lc_item_editor_save (editor, NULL));
  lc_test_ui_wait_until (editor_closed, f->page, 10000);

  /* One more row, selected, saved as one undoable step. */
  g_assert_cmpuint (count_items (f->page), ==, before + 1);
  added = find_item (f, "Closing reception", 0);
  g_assert_nonnull (added);
  g_assert_cmpint (lc_agenda_page_get_selected_id (f->page), ==, lc_record_get_id (added));
  g_assert_cmpint (lc_record_get_int (added, "start-minute"), ==, 21 * 60);
  g_assert_cmpint (lc_record_get_int (added, "kind"), ==, LC_ITEM_KIND_CLOSING);
  people = lc_convention_model_get_item_participations (f->model, lc_record_get_id (added));
  g_assert_cmpuint (people->len, ==, 2);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, n_undo + 1);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.undo", NULL);
  g_assert_cmpuint (count_items (f->page), ==, before);
  g_assert_null (find_item (f, "Closing reception", 0));
  g_assert_cmpuint (g_list_model_get_n_items (lc_convention_model_get_participations (f->model)), ==, n_participations);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.redo", NULL);
  g_assert_cmpuint (count_items (f->page), ==, before + 1);
  added = find_item (f, "Closing reception", 0);
  g_assert_nonnull (added);
  g_clear_pointer (&people, g_ptr_array_unref);
  people = lc_convention_model_get_item_participations (f->model, lc_record_get_id (added));
  g_assert_cmpuint (people->len, ==, 2);
}

static void
test_editor_validation (Fixture       *f,
                        gconstpointer  data)
{
  LcRecord *session = find_item (f, "Regional trends in learning cities", 0);
  LcItemEditor *editor;
  g_autofree char *shot = NULL;

  g_assert_nonnull (session);
  select_item (f, session);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.edit", NULL);
  editor = editor_of (f);
  g_assert_null (lc_item_editor_get_problem (editor));
  g_assert_true (lc_item_editor_get_can_save (editor));
  g_assert_cmpuint (g_list_model_get_n_items (lc_item_editor_get_participants (editor)), ==, 2);
  shot = lc_test_ui_screenshot (GTK_WIDGET (editor), "agenda-editor");

  /* End before start: refused, with the reason in words. */
  lc_item_editor_set_times (editor, "11:30", "11:00");
  g_assert_cmpstr (lc_item_editor_get_problem (editor), ==, _("The item must end after it starts."));
  g_assert_false (lc_item_editor_get_can_save (editor));
  g_assert_false (lc_item_editor_save (editor, NULL));
  g_clear_pointer (&shot, g_free);
  shot = lc_test_ui_screenshot (GTK_WIDGET (editor), "agenda-editor-invalid");

  lc_item_editor_set_times (editor, "11:30", "25:00");
  {
    g_autofree char *example = lc_ui_format_time (10 * 60 + 15);
    g_autofree char *expected = g_strdup_printf (_("The end must be a time of day, hours and minutes, such as %s."),
                                                 example);

    g_assert_cmpstr (lc_item_editor_get_problem (editor), ==, expected);
  }

  /* Times typed with Arabic-Indic digits are times too. */
  lc_item_editor_set_times (editor, "١١:٣٠", "١٢:٠٠");
  g_assert_null (lc_item_editor_get_problem (editor));

  lc_item_editor_set_title (editor, LC_LANGUAGE_ARABIC, " ");
  lc_item_editor_set_title (editor, LC_LANGUAGE_ENGLISH, "");
  g_assert_cmpstr (lc_item_editor_get_problem (editor), ==,
                   _("Give the item a title in Arabic, English or both."));
  g_assert_false (lc_item_editor_get_can_save (editor));
  lc_item_editor_set_title (editor, LC_LANGUAGE_ENGLISH, "Regional trends");
  g_assert_true (lc_item_editor_get_can_save (editor));

  /* Only the convention's days are on offer. */
  g_assert_false (lc_item_editor_set_day (editor, "2023-05-12"));

  lc_item_editor_set_number (editor, "two");
  g_assert_false (lc_item_editor_get_can_save (editor));
  lc_item_editor_set_number (editor, "٢");
  g_assert_true (lc_item_editor_get_can_save (editor));

  /* Nothing was stored while typing. */
  g_assert_cmpstr (lc_record_get_string (session, "title-en"), ==, "Regional trends in learning cities");
  gtk_window_destroy (GTK_WINDOW (editor));
}

static gboolean
conflicts_grew (gpointer data)
{
  gpointer *args = data;

  return lc_conflicts_pane_get_count (args[0]) > GPOINTER_TO_UINT (args[1]);
}

static gboolean
conflicts_back (gpointer data)
{
  gpointer *args = data;

  return lc_conflicts_pane_get_count (args[0]) == GPOINTER_TO_UINT (args[1]);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  LcRecord *coffee = find_item (f, "Coffee break", 0);
  LcRecord *raul;
  LcConflictsPane *pane;
  LcItemEditor *editor;
  LcPersonPicker *picker;
  GtkWidget *row;
  guint before;
  gpointer args[2];
  g_autofree char *shot = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.toggle-conflicts", NULL);
  lc_test_ui_settle ();
  pane = LC_CONFLICTS_PANE (lc_test_ui_find (GTK_WIDGET (f->window), LC_TYPE_CONFLICTS_PANE, NULL));
  g_assert_nonnull (pane);
  before = lc_conflicts_pane_get_count (pane);

  /* Raúl Valdés speaks in session 1 (10:30–11:30); put him in the coffee
   * break and move it into that session's time. */
  g_assert_nonnull (coffee);
  select_item (f, coffee);
  g_assert_nonnull (row = lc_agenda_page_get_row_widget (f->page, lc_record_get_id (coffee)));
  g_assert_cmpuint (lc_agenda_row_get_n_conflicts (LC_AGENDA_ROW (row)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.edit", NULL);
  editor = editor_of (f);
  picker = lc_item_editor_get_picker (editor);
  lc_person_picker_set_search (picker, "raul valdes");
  g_assert_cmpuint (g_list_model_get_n_items (lc_person_picker_get_results (picker)), ==, 1);
  raul = g_list_model_get_item (lc_person_picker_get_results (picker), 0);
  g_object_unref (raul);
  lc_person_picker_choose (picker, 0);
  lc_item_editor_set_times (editor, "10:40", "11:00");
  /* The editor warns before saving, and lets it be saved. */
  g_assert_cmpuint (lc_item_editor_get_n_warnings (editor), >=, 1);
  g_assert_true (lc_item_editor_get_can_save (editor));
  g_clear_pointer (&shot, g_free);
  shot = lc_test_ui_screenshot (GTK_WIDGET (editor), "agenda-editor-conflict");
  g_assert_true (lc_item_editor_save (editor, NULL));

  args[0] = pane;
  args[1] = GUINT_TO_POINTER (before);
  lc_test_ui_wait_until (conflicts_grew, args, 5000);

  /* Shown where it happens: the row warns, with the sentence as tooltip. */
  select_item (f, coffee);
  lc_test_ui_settle ();
  row = lc_agenda_page_get_row_widget (f->page, lc_record_get_id (coffee));
  g_assert_nonnull (row);
  g_assert_cmpuint (lc_agenda_row_get_n_conflicts (LC_AGENDA_ROW (row)), >=, 1);
  g_assert_nonnull (lc_test_ui_find (row, GTK_TYPE_IMAGE, NULL));
  g_clear_pointer (&shot, g_free);
  shot = lc_test_ui_screenshot (GTK_WIDGET (f->window), "agenda-conflict");

  /* Undone, the warning goes. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.undo", NULL);
  lc_test_ui_wait_until (conflicts_back, args, 5000);
  select_item (f, coffee);
  row = lc_agenda_page_get_row_widget (f->page, lc_record_get_id (coffee));
  g_assert_cmpuint (lc_agenda_row_get_n_conflicts (LC_AGENDA_ROW (row)), ==, 0);
}

/* A label showing all of @data's words (a NULL-terminated array). */
static gboolean
label_says (GtkWidget     *widget,
            gconstpointer  data)
{
  const char *const *words = data;

  if (!GTK_IS_LABEL (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (gtk_label_get_label (GTK_LABEL (widget)), words[i]) == NULL)
      return FALSE;
  return TRUE;
}

/* An item on a day the convention does not have, as an organiser's file
 * may bring it: the conflicts list names it and its day. */
static void
test_outside_dates (Fixture       *f,
                    gconstpointer  data)
{
  LcRecord *coffee = find_item (f, "Coffee break", 0);
  g_autoptr(LcRecord) copy = lc_record_copy (coffee);
  g_autofree char *day = lc_format_date ("2023-05-12");
  const char *words[] = { lc_ui_text (coffee, "title", NULL), day,
                          lc_test_ui_is_arabic () ? "خارج تواريخ الملتقى"
                                                  : "outside the convention’s dates", NULL };
  g_autoptr(GError) error = NULL;
  LcConflictsPane *pane;
  GtkWidget *label;
  gpointer args[2];

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.toggle-conflicts", NULL);
  lc_test_ui_settle ();
  pane = LC_CONFLICTS_PANE (lc_test_ui_find (GTK_WIDGET (f->window), LC_TYPE_CONFLICTS_PANE, NULL));
  g_assert_nonnull (pane);
  g_assert_null (lc_test_ui_find_matching (GTK_WIDGET (pane), label_says, words));

  args[0] = pane;
  args[1] = GUINT_TO_POINTER (lc_conflicts_pane_get_count (pane));
  lc_record_set_string (copy, "day", "2023-05-12");
  g_assert_true (lc_undo_stack_update (f->undo, copy, "test", &error));
  g_assert_no_error (error);
  lc_test_ui_wait_until (conflicts_grew, args, 5000);
  lc_test_ui_settle ();

  label = lc_test_ui_find_matching (GTK_WIDGET (pane), label_says, words);
  g_assert_nonnull (label);
  if (!lc_test_ui_is_arabic ())
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==,
                     "“Coffee break” is on Friday 12 May 2023, outside the convention’s dates.");
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  LcRecord *session = find_item (f, "Regional trends in learning cities", 0);
  int start = (int) lc_record_get_int (session, "start-minute");
  int end = (int) lc_record_get_int (session, "end-minute");

  select_item (f, session);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.move-later", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.move-later", NULL);
  g_assert_cmpint (lc_record_get_int (session, "start-minute"), ==, start + 10);
  g_assert_cmpint (lc_record_get_int (session, "end-minute"), ==, end + 10);
  /* Still selected after the list re-sorted. */
  g_assert_cmpint (lc_agenda_page_get_selected_id (f->page), ==, lc_record_get_id (session));
  gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.move-earlier", NULL);
  g_assert_cmpint (lc_record_get_int (session, "start-minute"), ==, start + 5);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.undo", NULL);
  g_assert_cmpint (lc_record_get_int (session, "start-minute"), ==, start);
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  LcRecord *session = find_item (f, "The UNESCO Global Network of Learning Cities: what is a learning city, from vision to implementation?", 0);
  g_autoptr(GPtrArray) original = NULL;
  g_autoptr(GPtrArray) copied = NULL;
  guint before = count_items (f->page);
  guint n_undo = lc_undo_stack_get_n_undo (f->undo);
  LcRecord *copy;

  g_assert_nonnull (session);
  original = lc_convention_model_get_item_participations (f->model, lc_record_get_id (session));
  g_assert_cmpuint (original->len, ==, 3);

  select_item (f, session);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.duplicate", NULL);
  g_assert_cmpuint (count_items (f->page), ==, before + 1);
  g_assert_cmpuint (lc_undo_stack_get_n_undo (f->undo), ==, n_undo + 1);

  copy = find_item (f, lc_record_get_string (session, "title-en"), 1);
  g_assert_nonnull (copy);
  g_assert_cmpint (lc_agenda_page_get_selected_id (f->page), ==, lc_record_get_id (copy));
  /* Placed right after the original, so nobody is in two places. */
  g_assert_cmpint (lc_record_get_int (copy, "start-minute"), ==, lc_record_get_int (session, "end-minute"));
  copied = lc_convention_model_get_item_participations (f->model, lc_record_get_id (copy));
  g_assert_cmpuint (copied->len, ==, original->len);
  for (guint i = 0; i < copied->len; i++)
    {
      g_assert_cmpint (lc_record_get_int (g_ptr_array_index (copied, i), "person-id"), ==,
                       lc_record_get_int (g_ptr_array_index (original, i), "person-id"));
      g_assert_cmpint (lc_record_get_int (g_ptr_array_index (copied, i), "role"), ==,
                       lc_record_get_int (g_ptr_array_index (original, i), "role"));
    }

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.undo", NULL);
  g_assert_cmpuint (count_items (f->page), ==, before);
  g_assert_null (find_item (f, lc_record_get_string (session, "title-en"), 1));
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  LcRecord *session = find_item (f, "The UNESCO Global Network of Learning Cities: what is a learning city, from vision to implementation?", 0);
  gint64 id = lc_record_get_id (session);
  g_autoptr(GPtrArray) people = lc_convention_model_get_item_participations (f->model, id);
  g_autoptr(GPtrArray) restored = NULL;
  guint before = count_items (f->page);

  g_assert_cmpuint (people->len, ==, 3);
  select_item (f, session);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.delete", NULL);
  g_assert_cmpuint (count_items (f->page), ==, before - 1);
  g_assert_null (lc_convention_model_lookup (f->model, LC_TYPE_ITEM, id));
  g_clear_pointer (&restored, g_ptr_array_unref);
  restored = lc_convention_model_get_item_participations (f->model, id);
  g_assert_cmpuint (restored->len, ==, 0);
  /* The keyboard stays in the list, on the next item. */
  g_assert_cmpint (lc_agenda_page_get_selected_id (f->page), !=, 0);

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.undo", NULL);
  g_assert_cmpuint (count_items (f->page), ==, before);
  g_assert_nonnull (lc_convention_model_lookup (f->model, LC_TYPE_ITEM, id));
  g_clear_pointer (&restored, g_ptr_array_unref);
  restored = lc_convention_model_get_item_participations (f->model, id);
  g_assert_cmpuint (restored->len, ==, people->len);
  for (guint i = 0; i < people->len; i++)
    {
      g_assert_cmpint (lc_record_get_id (g_ptr_array_index (restored, i)), ==,
                       lc_record_get_id (g_ptr_array_index (people, i)));
      g_assert_cmpint (lc_record_get_int (g_ptr_array_index (restored, i), "person-id"), ==,
                       lc_record_get_int (g_ptr_array_index (people, i), "person-id"));
    }
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *entry = lc_test_ui_find (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY, NULL);
  guint total = count_items (f->page);

  g_assert_nonnull (entry);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.search", NULL);
  g_assert_true (gtk_widget_has_focus (entry) || gtk_widget_is_focus (gtk_widget_get_first_child (entry))
                 || gtk_widget_get_focus_child (entry) != NULL);

  /* A speaker's Arabic name without its hamza (أحمد) finds the items they are in. */
  lc_test_ui_search (entry, "احمد الخزعلي");
  g_assert_cmpuint (count_items (f->page), >=, 1);
  g_assert_cmpuint (count_items (f->page), <, total);

  lc_test_ui_search (entry, "zzzz no such thing");
  g_assert_cmpuint (count_items (f->page), ==, 0);

  lc_test_ui_search (entry, "");
  g_assert_cmpuint (count_items (f->page), ==, total);
}

static void
test_timeline (Fixture       *f,
               gconstpointer  data)
{
  GSettings *settings = lc_application_get_settings (app);
  LcRecord *session = find_item (f, "Regional trends in learning cities", 0);
  GtkWidget *timeline;
  GtkDropDown *days;
  LcItemEditor *editor;
  g_autofree char *shot = NULL;
  g_autofree char *kept = NULL;
  guint before = count_items (f->page);

  g_assert_nonnull (settings);
  lc_agenda_page_set_view (f->page, "timeline");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_assert_cmpstr (lc_agenda_page_get_view (f->page), ==, "timeline");
  kept = g_settings_get_string (settings, "agenda-view");
  g_assert_cmpstr (kept, ==, "timeline");

  timeline = lc_test_ui_find (GTK_WIDGET (f->page), LC_TYPE_TIMELINE, NULL);
  g_assert_nonnull (timeline);
  g_assert_cmpstr (lc_timeline_get_day (LC_TIMELINE (timeline)), ==, "2023-05-10");

  /* The day selector turns the timeline to another day. */
  days = GTK_DROP_DOWN (lc_test_ui_find (GTK_WIDGET (f->page), GTK_TYPE_DROP_DOWN, NULL));
  g_assert_nonnull (days);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (days)), ==, 2);
  gtk_drop_down_set_selected (days, 1);
  g_assert_cmpstr (lc_timeline_get_day (LC_TIMELINE (timeline)), ==, "2023-05-11");

  /* Revealing an item (as the conflicts list does) turns to its day. */
  lc_agenda_page_reveal_item (f->page, lc_record_get_id (session));
  g_assert_cmpstr (lc_timeline_get_day (LC_TIMELINE (timeline)), ==, "2023-05-10");
  g_assert_cmpuint (gtk_drop_down_get_selected (days), ==, 0);
  g_assert_cmpint (lc_timeline_get_focus_item (LC_TIMELINE (timeline)), ==, lc_record_get_id (session));
  shot = lc_test_ui_screenshot (GTK_WIDGET (f->window), "agenda-timeline");

  /* A block's activation opens the editor on its item. */
  g_signal_emit_by_name (timeline, "item-activated", lc_record_get_id (session));
  editor = editor_of (f);
  g_assert_cmpuint (g_list_model_get_n_items (lc_item_editor_get_participants (editor)), ==, 2);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* The item actions act on the timeline's focused block. */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.delete", NULL);
  g_assert_null (lc_convention_model_lookup (f->model, LC_TYPE_ITEM, lc_record_get_id (session)));
  g_assert_cmpuint (count_items (f->page), ==, before - 1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.undo", NULL);
  g_assert_cmpuint (count_items (f->page), ==, before);

  /* Adding from the timeline starts on the day it shows. */
  gtk_drop_down_set_selected (days, 1);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.add", NULL);
  editor = editor_of (f);
  g_assert_true (lc_item_editor_set_day (editor, "2023-05-11"));
  g_assert_false (lc_item_editor_get_modified (editor));
  gtk_window_destroy (GTK_WINDOW (editor));

  lc_agenda_page_set_view (f->page, "list");
  g_clear_pointer (&kept, g_free);
  kept = g_settings_get_string (settings, "agenda-view");
  g_assert_cmpstr (kept, ==, "list");
}

static gboolean
agenda_loaded (gpointer data)
{
  Fixture *f = data;

  return convention_shown (f->window) && lc_convention_view_get_model (f->view) != NULL;
}

/* A large convention: 2,000 items over three days in 10 rooms, 5,000
 * people, 6,000 participations. Opening it, scrolling from the first
 * item to the last and searching must each stay well inside a frame
 * budget a user would notice; the figures are printed. */
static void
insert (LcStore  *store,
        LcRecord *record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lc_store_insert (store, record, &error));
  g_assert_no_error (error);
}

static gint64
cpu_time (void)
{
  struct timespec now;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &now);
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  LcStore *store = lc_window_get_store (f->window);
  gint64 id = lc_test_add_convention (store, "Large convention", "2024-03-01", "2024-03-03");
  g_autoptr(GArray) rooms = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (gint64));
  GtkWidget *entry;
  GtkAdjustment *adjustment;
  gint64 started, worst = 0, total = 0;
  GListModel *rows;
  guint headings = 0;

  g_assert_true (lc_store_begin (store, NULL));
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(LcRecord) room = g_object_new (LC_TYPE_ROOM, NULL);
      g_autofree char *name = g_strdup_printf ("Room %u", i + 1);
      gint64 room_id;

      lc_record_set_int (room, "convention-id", id);
      lc_record_set_text (room, "name", "", name);
      lc_record_set_int (room, "position", i);
      insert (store, room);
      room_id = lc_record_get_id (room);
      g_array_append_val (rooms, room_id);
    }
  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(LcRecord) person = g_object_new (LC_TYPE_PERSON, NULL);
      g_autofree char *en = g_strdup_printf ("Person %u", i);
      g_autofree char *ar = g_strdup_printf ("شخص %u", i);
      gint64 person_id;

      lc_record_set_int (person, "convention-id", id);
      lc_record_set_text (person, "name", ar, en);
      lc_record_set_int (person, "attendance", i % 7 == 0 ? LC_ATTENDANCE_ONLINE : LC_ATTENDANCE_IN_PERSON);
      insert (store, person);
      person_id = lc_record_get_id (person);
      g_array_append_val (people, person_id);
    }
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(LcRecord) item = g_object_new (LC_TYPE_ITEM, NULL);
      g_autofree char *en = g_strdup_printf ("Workshop %u on learning cities", i);
      char day[16];
      guint slot = i / 10 % 67;

      g_snprintf (day, sizeof day, "2024-03-%02u", 1 + i / 670);
      lc_record_set_int (item, "convention-id", id);
      lc_record_set_text (item, "title", "", en);
      lc_record_set_string (item, "day", day);
      lc_record_set_int (item, "start-minute", 7 * 60 + slot * 15);
      lc_record_set_int (item, "end-minute", 7 * 60 + slot * 15 + 15);
      lc_record_set_int (item, "room-id", g_array_index (rooms, gint64, i % 10));
      insert (store, item);
      for (guint j = 0; j < 3; j++)
        {
          g_autoptr(LcRecord) p = g_object_new (LC_TYPE_PARTICIPATION, NULL);

          lc_record_set_int (p, "item-id", lc_record_get_id (item));
          lc_record_set_int (p, "person-id", g_array_index (people, gint64, (i * 3 + j) % 5000));
          lc_record_set_int (p, "role", j == 0 ? LC_ROLE_MODERATOR : LC_ROLE_SPEAKER);
          lc_record_set_int (p, "position", j);
          insert (store, p);
        }
    }
  g_assert_true (lc_store_commit (store, NULL));

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.close", NULL);
  g_assert_null (lc_convention_view_get_model (f->view));
  started = g_get_monotonic_time ();
  lc_window_open_convention (f->window, id);
  lc_test_ui_wait_until (agenda_loaded, f, 30000);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
  g_test_message ("opened 2,000 items and drew the agenda in %" G_GINT64_FORMAT " ms",
                  (g_get_monotonic_time () - started) / 1000);
  f->model = lc_convention_view_get_model (f->view);
  f->undo = lc_convention_view_get_undo (f->view);

  rows = lc_agenda_page_get_rows (f->page);
  g_assert_cmpuint (count_items (f->page), ==, 2000);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      headings += GTK_IS_STRING_OBJECT (row);
    }
  g_assert_cmpuint (headings, ==, 3);

  /* Scrolling as a mouse wheel or touchpad does, from the top down: each
   * step binds the rows coming into view and draws. Timed in processor
   * time, which other programs on the machine do not inflate. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (lc_test_ui_find (GTK_WIDGET (f->page), GTK_TYPE_LIST_VIEW, NULL)), GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_nonnull (adjustment);
  for (guint i = 0; i < 80; i++)
    {
      gint64 step = cpu_time ();

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + 150);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      step = cpu_time () - step;
      worst = MAX (worst, step);
      total += step;
    }
  g_test_message ("scrolling 2,000 items: %" G_GINT64_FORMAT " ms per step on average, %" G_GINT64_FORMAT
                  " ms at worst (processor time)", total / 80 / 1000, worst / 1000);

  /* Jumping far, as dragging the scroll bar does: GtkListView (4.8) then
   * binds its 200 rows anew. */
  worst = 0;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i += 397)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);
      gint64 step = cpu_time ();

      if (!LC_IS_ITEM (row))
        continue;
      lc_agenda_page_reveal_item (f->page, lc_record_get_id (LC_RECORD (row)));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      worst = MAX (worst, cpu_time () - step);
      g_assert_nonnull (lc_agenda_page_get_row_widget (f->page, lc_record_get_id (LC_RECORD (row))));
    }
  g_test_message ("jumping through 2,000 items: %" G_GINT64_FORMAT " ms at worst (processor time)", worst / 1000);

  /* An edit: the item moves in the list, the conflicts are computed again
   * and the rows on screen refreshed. GtkListView (4.8) binds the rows
   * after a changed position anew while one of them has the focus, so this
   * costs about as much as a jump. */
  {
    LcRecord *item = LC_RECORD (g_list_model_get_item (lc_convention_model_get_items (f->model), 1000));
    gint64 step;

    g_object_unref (item);
    lc_agenda_page_reveal_item (f->page, lc_record_get_id (item));
    gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
    step = cpu_time ();
    gtk_widget_activate_action (GTK_WIDGET (f->page), "agenda.move-later", NULL);
    lc_test_ui_settle ();
    gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
    step = cpu_time () - step;
    g_test_message ("moving an item and refreshing the rows: %" G_GINT64_FORMAT " ms (processor time)", step / 1000);
  }

  /* Searching 2,000 items and their 6,000 people, per key; the first
   * search also normalises every title and name once. */
  entry = lc_test_ui_find (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY, NULL);
  for (guint i = 0; i < 2; i++)
    {
      started = cpu_time ();
      gtk_editable_set_text (GTK_EDITABLE (entry), i == 0 ? "Person 499" : "Person 4999");
      g_signal_emit_by_name (entry, "search-changed");
      gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));
      started = cpu_time () - started;
      g_test_message ("search over 2,000 items (%s): %" G_GINT64_FORMAT " ms (processor time)",
                      i == 0 ? "first" : "next", started / 1000);
    }
  g_assert_cmpuint (count_items (f->page), ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_cmpuint (count_items (f->page), ==, 2000);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  LcStore *store = lc_window_get_store (f->window);
  gint64 id = lc_test_add_convention (store, "Empty convention", "2024-01-01", "2024-01-02");
  GtkWidget *button;
  g_autofree char *shot = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->view), "view.close", NULL);
  g_assert_null (lc_convention_view_get_model (f->view));
  lc_window_open_convention (f->window, id);
  lc_test_ui_wait_until (agenda_loaded, f, 10000);
  f->model = lc_convention_view_get_model (f->view);
  f->undo = lc_convention_view_get_undo (f->view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (f->window));

  g_assert_cmpuint (count_items (f->page), ==, 0);
  g_assert_nonnull (lc_test_ui_find (GTK_WIDGET (f->page), ADW_TYPE_STATUS_PAGE, NULL));
  button = lc_test_ui_find (GTK_WIDGET (f->page), GTK_TYPE_BUTTON, _("_Add Item"));
  g_assert_nonnull (button);
  shot = lc_test_ui_screenshot (GTK_WIDGET (f->window), "agenda-empty");

  /* The empty state's button opens the editor on the first day. */
  g_signal_emit_by_name (button, "clicked");
  g_assert_nonnull (lc_agenda_page_get_editor (f->page));
  gtk_window_destroy (GTK_WINDOW (lc_agenda_page_get_editor (f->page)));
}

int
main (int   argc,
      char *argv[])
{
  app = lc_test_ui_app_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/agenda/list", test_list);
  ADD ("/agenda/add-undo-redo", test_add_undo_redo);
  ADD ("/agenda/editor-validation", test_editor_validation);
  ADD ("/agenda/conflict", test_conflict);
  ADD ("/agenda/outside-dates", test_outside_dates);
  ADD ("/agenda/move", test_move);
  ADD ("/agenda/duplicate", test_duplicate);
  ADD ("/agenda/delete-undo", test_delete_undo);
  ADD ("/agenda/search", test_search);
  ADD ("/agenda/timeline", test_timeline);
  ADD ("/agenda/empty", test_empty);
  ADD ("/agenda/large", test_large);
#undef ADD

  return lc_test_ui_app_run ();
}
