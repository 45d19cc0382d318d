/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-agenda-row.h"
#include "lc-amendment-row.h"
#include "lc-application.h"
#include "lc-city-row.h"
#include "lc-convention-io.h"
#include "lc-convention-view.h"
#include "lc-language-tag.h"
#include "lc-person-row.h"
#include "lc-speakers-page.h"
#include "lc-test-pdf.h"
#include "lc-test-ui.h"
#include "lc-test-util.h"
#include "lc-timeline.h"
#include "lc-util.h"
#include "lc-window.h"

/* A convention written in the language the interface does not speak, as
 * an organiser sees it: their own text at full strength, never greyed out
 * as if disabled, and one quiet line saying it is written in that language
 * only. Where a convention mixes languages, only the texts that fell back
 * carry a small tag naming their language. Run in English (an Arabic-only
 * convention) and in Arabic (an English-only one). */

static LcApplication *app;

typedef struct
{
  LcWindow          *window;
  LcConventionView  *view;
  LcConventionModel *model;
  LcAgendaPage      *page;
  gint64             want;      /* the convention opened */
  gint64             item_id;   /* the item waited for */
  LcRecord          *record;    /* the record whose row is waited for */
} Ui;

/* What a one-language convention is written in for this run. */
static LcLanguage
other_language (void)
{
  return lc_ui_language () == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
}

static const char *
ui_field (const char *field)
{
  static char name[64];

  g_snprintf (name, sizeof name, "%s-%s", field, lc_ui_language () == LC_LANGUAGE_ARABIC ? "ar" : "en");
  return name;
}

static gboolean
convention_open (gpointer data)
{
  Ui *ui = data;
  LcConventionView *view = lc_window_get_convention_view (ui->window);
  LcConventionModel *model = view ? lc_convention_view_get_model (view) : NULL;

  return g_strcmp0 (lc_window_get_page (ui->window), "convention") == 0 && model != NULL
         && lc_convention_model_get_id (model) == ui->want;
}

/* Imports the convention file at @path into the window's library, as a
 * person does, and opens it on its agenda list. */
static Ui
open_convention (const char *path)
{
  g_autoptr(GError) error = NULL;
  Ui ui = { 0 };

  ui.window = lc_window_new (app);
  ui.want = lc_convention_import_file (lc_window_get_store (ui.window), path, &error);
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (ui.window), 1100, 760);
  gtk_window_present (GTK_WINDOW (ui.window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (ui.window));
  lc_window_open_convention (ui.window, ui.want);
  lc_test_ui_wait_until (convention_open, &ui, 10000);
  ui.view = lc_window_get_convention_view (ui.window);
  ui.model = lc_convention_view_get_model (ui.view);
  lc_convention_view_show_area (ui.view, "agenda");
  ui.page = LC_AGENDA_PAGE (lc_test_ui_find (GTK_WIDGET (ui.window), LC_TYPE_AGENDA_PAGE, NULL));
  g_assert_nonnull (ui.page);
  lc_agenda_page_set_view (ui.page, "list");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (ui.window));
  lc_test_ui_settle ();
  return ui;
}

static gboolean
is_shown_tag (GtkWidget    *widget,
              gconstpointer data)
{
  return gtk_widget_has_css_class (widget, "lc-language-tag") && gtk_widget_get_mapped (widget);
}

static gboolean
is_note (GtkWidget    *widget,
         gconstpointer data)
{
  return gtk_widget_has_css_class (widget, "lc-language-note");
}

/* Whether the label looks disabled: dimmed by a style class or drawn
 * less than opaque, by itself or by a box around it inside the row. */
static gboolean
looks_dimmed (GtkWidget *label,
              GtkWidget *row)
{
  for (GtkWidget *w = label; w != NULL && w != gtk_widget_get_parent (row); w = gtk_widget_get_parent (w))
    if (gtk_widget_has_css_class (w, "dim-label") || gtk_widget_has_css_class (w, "lc-fallback")
        || gtk_widget_get_opacity (w) < 1.0)
      return TRUE;
  return FALSE;
}

/* The row of @item, scrolled to and drawn. */
static GtkWidget *
row_of (Ui     *ui,
        LcItem *item)
{
  GtkWidget *row;

  lc_agenda_page_reveal_item (ui->page, lc_record_get_id (LC_RECORD (item)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (ui->window));
  lc_test_ui_settle ();
  row = lc_agenda_page_get_row_widget (ui->page, lc_record_get_id (LC_RECORD (item)));
  g_assert_nonnull (row);
  return row;
}

/* The title in its heading style: a break's kind may read as its title. */
static gboolean
is_title (GtkWidget    *widget,
          gconstpointer title)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "heading")
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), title) == 0;
}

static GtkWidget *
title_label_of (GtkWidget *row)
{
  GtkWidget *label = lc_test_ui_find_matching (row, is_title, lc_agenda_row_get_title (LC_AGENDA_ROW (row)));

  g_assert_nonnull (label);
  return label;
}

static void
test_one_language (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = lc_test_one_language_file (dir, other_language ());
  Ui ui = open_convention (path);
  GListModel *items;
  GtkWidget *note;
  g_autofree char *shot = NULL;
  guint checked = 0;

  lc_test_remove_tree (dir);

  /* Nothing of it is in the interface's language: the file really is one-language. */
  g_assert_false (lc_convention_model_has_text_in (ui.model, lc_ui_language ()));
  g_assert_true (lc_convention_model_has_text_in (ui.model, other_language ()));

  /* One line at the top says so, in the interface's language. */
  note = lc_test_ui_find_matching (GTK_WIDGET (ui.window), is_note, NULL);
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_get_mapped (note));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==,
                   other_language () == LC_LANGUAGE_ARABIC ? _("Written in Arabic only") : _("Written in English only"));

  /* Every item's title as written, at full strength, with no tag. */
  items = lc_convention_model_get_items (ui.model);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcItem) item = g_list_model_get_item (items, i);
      GtkWidget *row = row_of (&ui, item);
      const char *written = lc_record_get_string (LC_RECORD (item),
                                                  other_language () == LC_LANGUAGE_ARABIC ? "title-ar" : "title-en");

      if (*written == '\0')
        continue;
      g_assert_cmpstr (lc_agenda_row_get_title (LC_AGENDA_ROW (row)), ==, written);
      g_assert_false (looks_dimmed (title_label_of (row), row));
      g_assert_null (lc_test_ui_find_matching (row, is_shown_tag, NULL));
      checked++;
    }
  g_assert_cmpuint (checked, >, 10);
  shot = lc_test_ui_screenshot (GTK_WIDGET (ui.window), "one-language-agenda");

  /* No tags on the other areas either: every text would have one. */
  lc_convention_view_show_area (ui.view, "speakers");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (ui.window));
  lc_test_ui_settle ();
  g_assert_null (lc_test_ui_find_matching (GTK_WIDGET (ui.window), is_shown_tag, NULL));
  lc_convention_view_show_area (ui.view, "cities");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (ui.window));
  lc_test_ui_settle ();
  g_assert_null (lc_test_ui_find_matching (GTK_WIDGET (ui.window), is_shown_tag, NULL));
  g_assert_true (gtk_widget_get_mapped (note));

  gtk_window_destroy (GTK_WINDOW (ui.window));
  lc_test_ui_settle ();
}

static gboolean
shows_text (GtkWidget    *widget,
            gconstpointer text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The middle of the first letter of @text in @label's first line, in
 * Pango units from the label's start. */
static int
x_of (GtkWidget  *label,
      const char *text)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  const char *all = pango_layout_get_text (layout);
  const char *at = strstr (all, text);
  PangoRectangle pos;

  g_assert_nonnull (at);
  pango_layout_index_to_pos (layout, (int) (at - all), &pos);
  return pos.x + pos.width / 2;
}

/* The first item with two people in one role, and their names in that
 * order. */
static LcItem *
item_with_two (Ui          *ui,
               const char **first,
               const char **second)
{
  GListModel *items = lc_convention_model_get_items (ui->model);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcItem) item = g_list_model_get_item (items, i);
      g_autoptr(GPtrArray) parts = lc_convention_model_get_item_participations (ui->model,
                                                                              lc_record_get_id (LC_RECORD (item)));

      for (guint a = 0; parts && a < parts->len; a++)
        for (guint b = a + 1; b < parts->len; b++)
          {
            LcParticipation *pa = g_ptr_array_index (parts, a), *pb = g_ptr_array_index (parts, b);

            /* The first of @pa's role after it: next to it in the row. */
            if (lc_participation_get_role (pa) != lc_participation_get_role (pb))
              continue;
            *first = lc_ui_text (lc_convention_model_lookup (ui->model, LC_TYPE_PERSON,
                                                             lc_participation_get_person_id (pa)),
                                 "name", NULL);
            *second = lc_ui_text (lc_convention_model_lookup (ui->model, LC_TYPE_PERSON,
                                                              lc_participation_get_person_id (pb)),
                                  "name", NULL);
            return g_steal_pointer (&item);
          }
    }
  g_assert_not_reached ();
}

/* The people line of an agenda row: names written in the other language
 * than the interface's read in their own direction, with their own
 * script's separator, as the PDFs print them. */
static void
test_names_in_their_direction (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = lc_test_one_language_file (dir, other_language ());
  Ui ui = open_convention (path);
  gboolean arabic_names = other_language () == LC_LANGUAGE_ARABIC;
  const char *first = NULL, *second = NULL;
  g_autoptr(LcItem) item = NULL;
  g_autofree char *together = NULL;
  GtkWidget *row, *label;
  const char *text;

  lc_test_remove_tree (dir);
  item = item_with_two (&ui, &first, &second);
  row = row_of (&ui, item);
  label = lc_test_ui_find_matching (row, shows_text, first);
  g_assert_nonnull (label);
  text = gtk_label_get_text (GTK_LABEL (label));
  g_test_message ("people line: %s", text);

  /* What the label holds: the names isolated one by one, then together in
   * their direction (RIGHT-TO-LEFT or LEFT-TO-RIGHT ISOLATE), with the
   * separator of their script between them. */
  together = g_strdup_printf ("\342\201\250%s\342\201\251%s\342\201\250%s\342\201\251", first,
                              arabic_names ? "، " : ", ", second);
  g_assert_nonnull (strstr (text, together));
  g_assert_nonnull (strstr (text, arabic_names ? "\342\201\247" : "\342\201\246"));

  /* Where Pango draws them: the first name read first, from the right in
   * Arabic, from the left in English, whatever the window's direction. */
  if (arabic_names)
    g_assert_cmpint (x_of (label, first), >, x_of (label, second));
  else
    g_assert_cmpint (x_of (label, first), <, x_of (label, second));

  gtk_window_destroy (GTK_WINDOW (ui.window));
  lc_test_ui_settle ();
}

static gboolean
row_has_tag (gpointer data)
{
  Ui *ui = data;
  GtkWidget *row = lc_agenda_page_get_row_widget (ui->page, ui->item_id);

  return row != NULL && lc_test_ui_find_matching (row, is_shown_tag, NULL) != NULL;
}

static void
test_mixed (void)
{
  Ui ui = open_convention (g_getenv ("LC_SAMPLE"));
  GListModel *items = lc_convention_model_get_items (ui.model);
  LcUndoStack *undo = lc_convention_view_get_undo (ui.view);
  g_autoptr(LcItem) victim = g_list_model_get_item (items, 1);
  g_autoptr(LcRecord) copy = lc_record_copy (LC_RECORD (victim));
  g_autoptr(GError) error = NULL;
  GtkWidget *row, *tag, *note;

  /* The bilingual sample: no note, no tags. */
  note = lc_test_ui_find_matching (GTK_WIDGET (ui.window), is_note, NULL);
  g_assert_nonnull (note);
  g_assert_false (gtk_widget_get_mapped (note));
  row = row_of (&ui, victim);
  g_assert_null (lc_test_ui_find_matching (row, is_shown_tag, NULL));

  /* One item loses its title in the interface's language, as an organiser
   * who has not translated it yet would leave it. */
  g_assert_cmpstr (lc_record_get_text (copy, "title", other_language (), NULL), !=, "");
  lc_record_set_string (copy, ui_field ("title"), "");
  g_assert_true (lc_undo_stack_update (undo, copy, "Edit Item", &error));
  g_assert_no_error (error);
  ui.item_id = lc_record_get_id (LC_RECORD (victim));
  lc_agenda_page_reveal_item (ui.page, ui.item_id);
  lc_test_ui_wait_until (row_has_tag, &ui, 10000);

  /* Its row shows the other language's title at full strength, with a tag
   * naming that language beside it, explained by its tooltip. */
  row = row_of (&ui, victim);
  g_assert_cmpstr (lc_agenda_row_get_title (LC_AGENDA_ROW (row)), ==,
                   lc_record_get_text (LC_RECORD (victim), "title", other_language (), NULL));
  g_assert_false (looks_dimmed (title_label_of (row), row));
  tag = lc_test_ui_find_matching (row, is_shown_tag, NULL);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tag)), ==, lc_language_tag_text ());
  g_assert_cmpstr (gtk_widget_get_tooltip_text (tag), ==,
                   lc_ui_language () == LC_LANGUAGE_ENGLISH ? _("No English text yet: shown in Arabic")
                                                            : _("No Arabic text yet: shown in English"));

  /* The convention still has text in the interface's language: no note,
   * and the other rows carry no tag. */
  g_assert_false (gtk_widget_get_mapped (note));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LcItem) item = g_list_model_get_item (items, i);

      if (item == victim || *lc_record_get_text (LC_RECORD (item), "title", lc_ui_language (), NULL) == '\0')
        continue;
      row = row_of (&ui, item);
      g_assert_null (lc_test_ui_find_matching (row, is_shown_tag, NULL));
      g_assert_false (looks_dimmed (title_label_of (row), row));
    }

  /* Undone, the tag goes. */
  g_assert_true (lc_undo_stack_undo (undo, NULL));
  lc_test_ui_settle ();
  g_assert_null (lc_test_ui_find_matching (row_of (&ui, victim), is_shown_tag, NULL));

  gtk_window_destroy (GTK_WINDOW (ui.window));
  lc_test_ui_settle ();
}

/* An amendment whose rationale is written in the other language only, in
 * a row of its own built for @ui's convention: the rationale as written,
 * at full strength, tagged with its language only when @tagged. */
static void
check_rationale (Ui       *ui,
                 gboolean  tagged)
{
  g_autoptr(LcAmendment) amendment = g_object_new (LC_TYPE_AMENDMENT, NULL);
  const char *rationale = other_language () == LC_LANGUAGE_ARABIC ? "لأن الملتقى طلب ذلك"
                                                                  : "Because the meeting asked for it";
  GtkWidget *window = gtk_window_new ();
  GtkWidget *row, *label, *tag;

  lc_amendment_set_number (amendment, 1);
  lc_amendment_set_created (amendment, "2023-05-10T10:00:00+03:00");
  lc_amendment_set_text (amendment, "نص", "Text");
  if (other_language () == LC_LANGUAGE_ARABIC)
    lc_amendment_set_rationale (amendment, rationale, "");
  else
    lc_amendment_set_rationale (amendment, "", rationale);
  row = lc_amendment_row_new (amendment, "Objectives 5", "Yanbu", NULL, ui->model);
  gtk_window_set_child (GTK_WINDOW (window), row);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);

  label = lc_test_ui_find_matching (row, shows_text, rationale);
  g_assert_nonnull (label);
  g_assert_false (looks_dimmed (label, row));
  tag = lc_test_ui_find_matching (row, is_shown_tag, NULL);
  if (tagged)
    {
      g_assert_nonnull (tag);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tag)), ==, lc_language_tag_text ());
      g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (tag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                         lc_language_tag_spoken ()));
    }
  else
    g_assert_null (tag);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_rationale_one_language (void)
{
  g_autofree char *dir = lc_test_make_tmpdir ();
  g_autofree char *path = lc_test_one_language_file (dir, other_language ());
  Ui ui = open_convention (path);

  lc_test_remove_tree (dir);
  check_rationale (&ui, FALSE);
  gtk_window_destroy (GTK_WINDOW (ui.window));
  lc_test_ui_settle ();
}

/* Saves @record without its text of @field in the interface's language. */
static void
drop_own_text (Ui         *ui,
               LcRecord   *record,
               const char *field)
{
  g_autoptr(LcRecord) copy = lc_record_copy (record);
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (lc_record_get_text (copy, field, other_language (), NULL), !=, "");
  lc_record_set_string (copy, ui_field (field), "");
  g_assert_true (lc_undo_stack_update (lc_convention_view_get_undo (ui->view), copy, "test", &error));
  g_assert_no_error (error);
}

static gboolean
is_row_of (GtkWidget    *widget,
           gconstpointer record)
{
  if (LC_IS_PERSON_ROW (widget))
    return (gconstpointer) lc_person_row_get_person (LC_PERSON_ROW (widget)) == record;
  if (LC_IS_CITY_ROW (widget))
    return (gconstpointer) lc_city_row_get_city (LC_CITY_ROW (widget)) == record;
  return FALSE;
}

static void
collect (GtkWidget *root,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static gboolean
row_shown (gpointer data)
{
  Ui *ui = data;
  GtkWidget *row = lc_test_ui_find_matching (GTK_WIDGET (ui->window), is_row_of, ui->record);

  return row != NULL && gtk_widget_get_mapped (row);
}

/* The row of @record (unless %NULL) carries a language tag, read as the
 * language in words; no other row of @type on screen has one (but the row
 * of the last record checked). Returns how many other rows were seen. */
static guint
check_row_tags (Ui       *ui,
                GType     type,
                LcRecord *record)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *row = NULL, *tag;
  guint n = 0;

  if (record != NULL)
    {
      ui->record = record;
      lc_test_ui_wait_until (row_shown, ui, 10000);
      row = lc_test_ui_find_matching (GTK_WIDGET (ui->window), is_row_of, record);
      tag = lc_test_ui_find_matching (row, is_shown_tag, NULL);
      g_assert_nonnull (tag);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (tag)), ==, lc_language_tag_text ());
      g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (tag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                         lc_language_tag_spoken ()));
    }

  /* The other rows of that list: no tag. */
  collect (GTK_WIDGET (ui->window), type, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *other = g_ptr_array_index (rows, i);

      if (other == row || !gtk_widget_get_mapped (other) || is_row_of (other, ui->record))
        continue;
      g_assert_null (lc_test_ui_find_matching (other, is_shown_tag, NULL));
      n++;
    }
  return n;
}

static gboolean
block_described (gpointer data)
{
  Ui *ui = data;
  LcTimeline *timeline = LC_TIMELINE (lc_test_ui_find (GTK_WIDGET (ui->window), LC_TYPE_TIMELINE, NULL));
  GtkWidget *block = timeline ? lc_timeline_get_item_block (timeline, ui->item_id) : NULL;

  return block != NULL && gtk_test_accessible_has_property (GTK_ACCESSIBLE (block),
                                                            GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* A mixed convention: the speaker, the city and the timeline block whose
 * text fell back carry the tag, read as the language in words; the others
 * do not. An amendment's rationale is tagged the same way. */
static void
test_mixed_areas (void)
{
  Ui ui = open_convention (g_getenv ("LC_SAMPLE"));
  GListModel *items = lc_convention_model_get_items (ui.model);
  g_autoptr(LcItem) victim = g_list_model_get_item (items, 1);
  g_autoptr(LcItem) neighbour = g_list_model_get_item (items, 0);
  LcRecord *person = g_list_model_get_item (lc_convention_model_get_people (ui.model), 2);
  LcRecord *city = g_list_model_get_item (lc_convention_model_get_cities (ui.model), 2);
  LcTimeline *timeline;
  GtkWidget *block, *search;

  /* The model holds them: no reference is kept here. */
  g_object_unref (person);
  g_object_unref (city);
  drop_own_text (&ui, person, "name");
  drop_own_text (&ui, city, "name");
  drop_own_text (&ui, LC_RECORD (victim), "title");
  lc_test_ui_settle ();

  /* The speaker found by their name (GTK 4.8's list cannot be scrolled to
   * a row, and makes rows only for what is on screen), then the others. */
  lc_convention_view_show_area (ui.view, "speakers");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (ui.window));
  search = lc_test_ui_find (lc_test_ui_find (GTK_WIDGET (ui.window), LC_TYPE_SPEAKERS_PAGE, NULL),
                            GTK_TYPE_SEARCH_ENTRY, NULL);
  lc_test_ui_search (search, lc_record_get_text (person, "name", other_language (), NULL));
  check_row_tags (&ui, LC_TYPE_PERSON_ROW, person);
  lc_test_ui_search (search, "");
  g_assert_cmpuint (check_row_tags (&ui, LC_TYPE_PERSON_ROW, NULL), >, 1);

  lc_convention_view_show_area (ui.view, "cities");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (ui.window));
  lc_test_ui_settle ();
  g_assert_cmpuint (check_row_tags (&ui, LC_TYPE_CITY_ROW, city), >, 1);

  /* The timeline of the item's day: its block described by its language,
   * the block before it not. */
  lc_convention_view_show_area (ui.view, "agenda");
  lc_agenda_page_reveal_item (ui.page, lc_record_get_id (LC_RECORD (victim)));
  lc_agenda_page_set_view (ui.page, "timeline");
  ui.item_id = lc_record_get_id (LC_RECORD (victim));
  lc_test_ui_wait_until (block_described, &ui, 10000);
  timeline = LC_TIMELINE (lc_test_ui_find (GTK_WIDGET (ui.window), LC_TYPE_TIMELINE, NULL));
  block = lc_timeline_get_item_block (timeline, ui.item_id);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (block),
                                                     GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                     lc_language_tag_spoken ()));
  block = lc_timeline_get_item_block (timeline, lc_record_get_id (LC_RECORD (neighbour)));
  g_assert_nonnull (block);
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (block),
                                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));

  check_rationale (&ui, TRUE);

  gtk_window_destroy (GTK_WINDOW (ui.window));
  lc_test_ui_settle ();
}

int
main (int   argc,
      char *argv[])
{
  /* The language tags are checked as a screen reader is told them. */
  if (g_getenv ("GTK_A11Y") == NULL || g_str_equal (g_getenv ("GTK_A11Y"), "none"))
    g_setenv ("GTK_A11Y", "test", TRUE);
  app = lc_test_ui_app_init (&argc, &argv);

  g_test_add_func ("/one-language/agenda", test_one_language);
  g_test_add_func ("/one-language/mixed", test_mixed);
  g_test_add_func ("/one-language/names", test_names_in_their_direction);
  g_test_add_func ("/one-language/rationale", test_rationale_one_language);
  g_test_add_func ("/one-language/mixed-areas", test_mixed_areas);

  return lc_test_ui_app_run ();
}
