/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-convention-io.h"
#include "lc-convention-model.h"
#include "lc-convention-view.h"
#include "lc-declaration.h"
#include "lc-exchange.h"
#include "lc-item-editor.h"
#include "lc-journey.h"
#include "lc-merge-dialog.h"
#include "lc-models.h"
#include "lc-test-util.h"

/*
 * Merge Changes… (issue 15): Amal, a colleague with the same convention in
 * her own library, renames a session and rewords a clause, and sends her
 * changes (through the core: the window's Send Changes… is built beside
 * this). Badr, in the window, renames the same session his own way, then
 * opens her file with Ctrl+Shift+M: the dialog says whose changes they are
 * and shows the conflict; he takes hers by keyboard, merges, and one Ctrl+Z
 * takes the whole merge back. A clause both reworded can be kept both ways,
 * hers as a proposed amendment; a damaged file is refused by name with the
 * library untouched.
 */

#define AUTHOR "Amal Haddad"
#define SESSION_EN "Regional trends in learning cities"
#define SESSION_AR "الاتجاهات الإقليمية في مدن التعلم"
#define AMAL_EN "Learning cities across the region"
#define AMAL_AR "مدن التعلم في أنحاء المنطقة"
#define AMAL_CLAUSE_EN "Cities share their learning festivals with one another."
#define AMAL_CLAUSE_AR "تتبادل المدن مهرجانات التعلم فيما بينها."
#define BADR_CLAUSE_EN "Cities share their learning festivals every year."
#define BADR_CLAUSE_AR "تتبادل المدن مهرجانات التعلم كل عام."

typedef struct
{
  LcWindow *window;
  gint64    convention;
  char     *changes;        /* Amal's changes file */
  char     *clause_en;      /* the clause's text before anyone changed it */
} Merge;

static void
merge_clear (Merge *m)
{
  g_free (m->changes);
  g_free (m->clause_en);
}

static GtkWidget *
find_containing (GtkWidget  *root,
                 const char *part)
{
  g_autofree char *own = NULL;

  if (!gtk_widget_get_mapped (root))
    return NULL;
  own = lc_test_visible_text (root);
  if (own != NULL && strstr (own, part) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_containing (child, part);

      if (found)
        return found;
    }
  return NULL;
}

/* The words a label shows struck through (or underlined), as one string. */
static char *
words_marked (GtkWidget      *root,
              PangoAttrType   type)
{
  GString *marked = g_string_new (NULL);

  if (GTK_IS_LABEL (root) && gtk_widget_get_mapped (root))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (root));
      PangoAttrList *attrs = pango_layout_get_attributes (layout);
      const char *text = pango_layout_get_text (layout);
      g_autoptr(GSList) all = attrs ? pango_attr_list_get_attributes (attrs) : NULL;

      for (GSList *l = all; l != NULL; l = l->next)
        {
          PangoAttribute *attr = l->data;

          if (attr->klass->type == type && ((PangoAttrInt *) attr)->value != 0)
            g_string_append_len (marked, text + attr->start_index, attr->end_index - attr->start_index);
        }
      g_slist_free_full (g_steal_pointer (&all), (GDestroyNotify) pango_attribute_destroy);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      g_autofree char *more = words_marked (child, type);

      g_string_append (marked, more);
    }
  return g_string_free (marked, FALSE);
}

static void
edit_clause (LcStore    *store,
             gint64      convention,
             const char *text_en,
             const char *text_ar)
{
  g_autoptr(LcRecord) clause = lc_test_first_clause (store, convention);
  g_autoptr(GError) error = NULL;

  lc_record_set_string (clause, "text-en", text_en);
  lc_record_set_string (clause, "text-ar", text_ar);
  g_assert_true (lc_store_update (store, clause, &error));
  g_assert_no_error (error);
}

static char *
clause_in_library (void)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) conventions = lc_store_list_conventions (store, NULL);
  g_autoptr(LcRecord) convention = g_list_model_get_item (G_LIST_MODEL (conventions), 0);
  g_autoptr(LcRecord) clause = lc_test_first_clause (store, lc_record_get_id (convention));

  return g_strdup (lc_record_get_string (clause, "text-en"));
}

static gboolean
item_in_library (const char *title_en)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(LcRecord) item = lc_journey_find_item (store, title_en);

  return item != NULL;
}

/* Badr's window on the sample; Amal's library imports his convention's
 * file (same identities, as Share Convention… gives her), renames the
 * session and rewords the first clause, and sends her changes. */
static void
set_up (Merge *m)
{
  LcStore *store;
  g_autofree char *shared = g_build_filename (lc_journey_tmpdir (), "shared.json", NULL);
  g_autofree char *amal_path = g_build_filename (lc_journey_tmpdir (), "amal.db", NULL);
  g_autoptr(LcStore) amal = NULL;
  g_autoptr(LcRecord) item = NULL, clause = NULL;
  g_autoptr(GError) error = NULL;
  gint64 theirs;
  guint n = 0;

  m->window = lc_journey_open_window (1100, 760);
  lc_journey_open_sample (m->window);
  store = lc_window_get_store (m->window);
  m->convention = lc_convention_model_get_id (lc_convention_view_get_model (lc_window_get_convention_view (m->window)));
  g_assert_true (lc_exchange_track (store, m->convention, &error));
  g_assert_no_error (error);
  g_assert_true (lc_convention_export_file (store, m->convention, shared, &error));
  g_assert_no_error (error);
  clause = lc_test_first_clause (store, m->convention);
  m->clause_en = g_strdup (lc_record_get_string (clause, "text-en"));

  amal = lc_store_open (amal_path, &error);
  g_assert_no_error (error);
  theirs = lc_convention_import_file (amal, shared, &error);
  g_assert_no_error (error);
  g_assert_true (lc_exchange_track (amal, theirs, &error));
  g_assert_no_error (error);
  item = lc_journey_find_item (amal, SESSION_EN);
  lc_record_set_string (item, "title-en", AMAL_EN);
  lc_record_set_string (item, "title-ar", AMAL_AR);
  g_assert_true (lc_store_update (amal, item, &error));
  g_assert_no_error (error);
  edit_clause (amal, theirs, AMAL_CLAUSE_EN, AMAL_CLAUSE_AR);
  m->changes = g_build_filename (lc_journey_tmpdir (), "amal-1.changes", NULL);
  g_assert_true (lc_exchange_send (amal, theirs, AUTHOR, m->changes, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
}

/* Merge Changes… with its shortcut, the path typed into the chooser. */
static void
choose_file (Merge      *m,
             const char *path)
{
  GtkWindow *chooser;

  lc_test_focus_window (GTK_WINDOW (m->window));
  lc_test_press ("<Control><Shift>m");
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Merge Changes"));
  /* Typing a path opens the chooser's location field. */
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
}

static GtkWindow *
open_merge (Merge *m)
{
  GtkWindow *dialog;

  choose_file (m, m->changes);
  dialog = lc_test_wait_for_window (LC_TYPE_MERGE_DIALOG, _("Merge Changes"));
  /* Who sent it. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), AUTHOR));
  return dialog;
}

/* A conflict's choice, as a keyboard reaches a group of radio buttons:
 * Tab goes to the group (to its chosen button, if any), the arrow keys
 * along it, Space chooses. */
static void
choose_by_keyboard (GtkWindow  *dialog,
                    const char *choice)
{
  GtkWidget *button = gtk_widget_get_ancestor (lc_test_wait_for_text (GTK_WIDGET (dialog), choice),
                                               GTK_TYPE_CHECK_BUTTON);
  GtkWidget *group = gtk_widget_get_parent (button), *entry = button;
  const char *next;

  g_assert_nonnull (button);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (button)));
  for (GtkWidget *b = gtk_widget_get_first_child (group); b != NULL; b = gtk_widget_get_next_sibling (b))
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (b)))
      entry = b;
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (group)) == GTK_ORIENTATION_VERTICAL)
    next = "Down";
  else
    next = gtk_widget_get_direction (group) == GTK_TEXT_DIR_RTL ? "Left" : "Right";

  lc_journey_tab_to (entry);
  for (guint i = 0; !gtk_widget_has_focus (button); i++)
    {
      GtkWidget *before = lc_test_focus_widget ();

      g_assert_cmpuint (i, <, 3);
      lc_test_press (next);
      LC_TEST_WAIT (lc_test_focus_widget () != before, "the arrow key to move along the choices");
    }
  if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (button)))
    lc_test_press ("space");
  LC_TEST_WAIT (gtk_check_button_get_active (GTK_CHECK_BUTTON (button)), "the choice to be made");
}

static void
test_take_theirs_and_undo (void)
{
  Merge m = { 0 };
  const char *session = lc_journey_pick (SESSION_EN, SESSION_AR);
  const char *badr = lc_journey_pick (SESSION_EN " (Badr)", SESSION_AR " (بدر)");
  const char *amal = lc_journey_pick (AMAL_EN, AMAL_AR);
  g_autofree char *toast = NULL, *toast_format = NULL, *clause = NULL;
  GtkWidget *agenda;
  GtkWindow *editor, *dialog;

  set_up (&m);
  agenda = lc_test_find_type (GTK_WIDGET (m.window), LC_TYPE_AGENDA_PAGE);

  /* Badr renames the same session, in the language he reads. */
  lc_test_click (lc_test_wait_for_text (agenda, session));
  LC_TEST_WAIT (lc_agenda_page_get_selected_id (LC_AGENDA_PAGE (agenda)) != 0, "a selected row");
  lc_test_press ("Return");
  editor = lc_test_wait_for_window (LC_TYPE_ITEM_EDITOR, _("Edit Item"));
  lc_journey_tab_to (lc_journey_row_titled (GTK_WIDGET (editor),
                                            lc_test_ui_is_arabic () ? _("Title in Arabic") : _("Title in English")));
  lc_test_press ("End");
  lc_test_type (lc_journey_pick (" (Badr)", " (بدر)"));
  lc_test_press ("Return");
  lc_test_wait_window_gone (editor);
  lc_test_wait_for_text (agenda, badr);

  /* Her file: who sent it, the conflict, the choice by keyboard. */
  dialog = open_merge (&m);
  LC_TEST_WAIT (find_containing (GTK_WIDGET (dialog), badr) != NULL, "the conflict with Badr's title");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge"));
  /* Keep Mine for All settles it (Merge becomes possible), then he
   * changes his mind for this one, by keyboard. */
  lc_journey_press_button (GTK_WIDGET (dialog), _("Keep Mine for _All"));
  LC_TEST_WAIT (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge"),
                "Merge to be possible");
  choose_by_keyboard (dialog, _("Take theirs"));
  g_free (lc_test_ui_screenshot (GTK_WIDGET (dialog), "journey-exchange-merge"));
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Merge"));
  lc_test_wait_window_gone (dialog);

  /* Her title on the agenda and in the library, her clause too. */
  lc_test_wait_for_text (agenda, amal);
  g_assert_true (item_in_library (AMAL_EN));
  clause = clause_in_library ();
  g_assert_cmpstr (clause, ==, AMAL_CLAUSE_EN);
  toast_format = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Merged %1$u change from %2$s",
                                               "Merged %1$u changes from %2$s", 2), 2, "\u2068" AUTHOR "\u2069");
  toast = lc_journey_digits (toast_format);
  lc_test_wait_for_text (GTK_WIDGET (m.window), toast);

  /* One Ctrl+Z: his title back, and her clause gone with the rest. */
  lc_test_focus_window (GTK_WINDOW (m.window));
  lc_test_press ("<Control>z");
  lc_test_wait_for_text (agenda, badr);
  g_assert_false (item_in_library (AMAL_EN));
  g_free (clause);
  clause = clause_in_library ();
  g_assert_cmpstr (clause, ==, m.clause_en);
  lc_test_press ("<Control><Shift>z");
  lc_test_wait_for_text (agenda, amal);
  g_assert_true (item_in_library (AMAL_EN));

  /* The same file again: merged already, said by name, nothing changes. */
  choose_file (&m, m.changes);
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, NULL);
  lc_test_wait_for_text (GTK_WIDGET (dialog), _("Nothing to Merge"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "amal-1.changes"));
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Close"));
  lc_test_wait_window_gone (dialog);
  g_assert_true (item_in_library (AMAL_EN));

  lc_journey_close_window (m.window);
  merge_clear (&m);
}

/* Both reworded the clause: Badr keeps his, hers becomes a proposed
 * amendment by her, which the Declaration shows. */
static void
test_clause_as_amendment (void)
{
  Merge m = { 0 };
  g_autoptr(LcStore) library = NULL;
  g_autoptr(LcRecord) clause = NULL, amendment = NULL, person = NULL;
  g_autoptr(GListStore) amendments = NULL;
  GtkWindow *dialog;

  set_up (&m);
  /* His wording, made before the merge (the Declaration's editing has
   * journeys of its own). */
  edit_clause (lc_window_get_store (m.window), m.convention, BADR_CLAUSE_EN, BADR_CLAUSE_AR);

  dialog = open_merge (&m);
  /* The two wordings compared: his own words struck through, hers
   * underlined, as the Declaration's comparison shows them. */
  lc_test_wait_for_text (GTK_WIDGET (dialog), _("Keep both: theirs as a proposed amendment"));
  {
    g_autofree char *struck = words_marked (GTK_WIDGET (dialog), PANGO_ATTR_STRIKETHROUGH);
    g_autofree char *underlined = words_marked (GTK_WIDGET (dialog), PANGO_ATTR_UNDERLINE);

    /* In the language the person reads. */
    g_assert_nonnull (strstr (struck, lc_journey_pick ("every year", "كل عام")));
    g_assert_nonnull (strstr (underlined, lc_journey_pick ("with one another", "فيما بينها")));
    g_assert_null (strstr (struck, lc_journey_pick ("festivals", "مهرجانات")));
  }
  choose_by_keyboard (dialog, _("Keep both: theirs as a proposed amendment"));
  LC_TEST_WAIT (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "merge"),
                "Merge to be possible");
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Merge"));
  lc_test_wait_window_gone (dialog);

  lc_test_focus_window (GTK_WINDOW (m.window));
  lc_test_press ("<Alt>4");
  lc_journey_press_button (GTK_WIDGET (lc_window_get_convention_view (m.window)), _("_Amendments"));
  LC_TEST_WAIT (find_containing (GTK_WIDGET (m.window), lc_journey_pick (AMAL_CLAUSE_EN, AMAL_CLAUSE_AR)) != NULL,
                "her wording shown as an amendment");

  library = lc_journey_open_library ();
  clause = lc_test_first_clause (library, m.convention);
  g_assert_cmpstr (lc_record_get_string (clause, "text-en"), ==, BADR_CLAUSE_EN);
  amendments = lc_store_list (library, LC_TYPE_AMENDMENT, "clause_id", lc_record_get_id (clause), NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (amendments)), >=, 1);
  amendment = g_list_model_get_item (G_LIST_MODEL (amendments), g_list_model_get_n_items (G_LIST_MODEL (amendments)) - 1);
  g_assert_cmpstr (lc_record_get_string (amendment, "text-en"), ==, AMAL_CLAUSE_EN);
  g_assert_cmpint (lc_record_get_int (amendment, "status"), ==, LC_AMENDMENT_STATUS_PROPOSED);
  person = lc_store_get (library, LC_TYPE_PERSON, lc_record_get_int (amendment, "person-id"), NULL);
  g_assert_cmpstr (lc_record_get_string (person, "name-en"), ==, AUTHOR);

  lc_journey_close_window (m.window);
  merge_clear (&m);
}

static void
add_checksum (GString    *sums,
              const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (g_file_get_contents (path, &contents, &length, NULL))
    {
      g_autofree char *sum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);

      g_string_append_printf (sums, "%s:%s ", path, sum);
    }
}

/* The library, what it has committed but not yet written back, and what
 * it last sent of each convention (LIBRARY.exchange/). */
static char *
library_checksum (void)
{
  GString *sums = g_string_new (NULL);
  g_autofree char *wal = g_strconcat (lc_journey_library_path (), "-wal", NULL);
  g_autofree char *exchange = g_strconcat (lc_journey_library_path (), ".exchange", NULL);
  g_autoptr(GDir) dir = g_dir_open (exchange, 0, NULL);
  const char *name;

  add_checksum (sums, lc_journey_library_path ());
  add_checksum (sums, wal);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (exchange, name, NULL);

      add_checksum (sums, path);
    }
  return g_string_free (sums, FALSE);
}

/* Half a file: the message names it, and the library is as it was. */
static void
test_refused (void)
{
  Merge m = { 0 };
  g_autofree char *contents = NULL, *half = NULL, *before = NULL, *after = NULL;
  g_autofree char *heading = NULL;
  gsize length;
  GtkWindow *dialog;

  set_up (&m);
  half = g_build_filename (lc_journey_tmpdir (), "amal-half.changes", NULL);
  g_assert_true (g_file_get_contents (m.changes, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (half, contents, length / 2, NULL));
  lc_test_wait_for_idle ();
  before = library_checksum ();

  choose_file (&m, half);
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, NULL);
  lc_test_wait_for_text (GTK_WIDGET (dialog), _("The Changes Were Not Merged"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "amal-half.changes"));
  lc_journey_press_button (GTK_WIDGET (dialog), _("_Close"));
  lc_test_wait_window_gone (dialog);
  after = library_checksum ();
  g_assert_nonnull (strstr (before, ".exchange"));
  g_assert_cmpstr (before, ==, after);

  lc_journey_close_window (m.window);
  merge_clear (&m);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/exchange-merge/take-theirs-and-undo", test_take_theirs_and_undo);
  g_test_add_func ("/journey/exchange-merge/clause-as-amendment", test_clause_as_amendment);
  g_test_add_func ("/journey/exchange-merge/refused", test_refused);
  return lc_journey_run ();
}
