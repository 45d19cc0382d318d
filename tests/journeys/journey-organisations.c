/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include <string.h>

#include "lc-convention-dialog.h"
#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-organisation.h"
#include "lc-organisation-row.h"
#include "lc-organisations-group.h"
#include "lc-person-editor.h"

/*
 * A convention's partners (issue 12): from the empty library, make a
 * convention, open its details, add a partner organisation by typing its
 * name and a website, see it listed with its role, undo the addition with
 * Ctrl+Z and redo it with Ctrl+Shift+Z; then see the library's table; and
 * add a speaker whose organisation is that partner, chosen from the list.
 * And a logo, as a person gives one: Choose…, a path typed into the file
 * chooser, Add; the library holds it scaled to 256 pixels.
 */

typedef struct
{
  LcWindow   *window;
  GtkWindow  *details;
  GtkListBox *list;
} Journey;

static gboolean
shows (Journey    *j,
       const char *expected)
{
  g_autofree char *shown = lc_journey_rows_shown (j->list, TRUE);

  return g_strcmp0 (shown, expected) == 0;
}

/* The library's organisations: "role:name-ar/name-en:website|…". */
static char *
stored (gint64 convention_id)
{
  g_autoptr(LcStore) store = lc_journey_open_library ();
  g_autoptr(GListStore) list = lc_organisations_list (store, convention_id, NULL);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(LcOrganisation) o = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_string_append_printf (out, "%s%s:%s/%s:%s", i ? "|" : "",
                              lc_enum_to_nick (LC_TYPE_ORGANISATION_ROLE, lc_organisation_get_role (o)),
                              lc_organisation_get_name (o, LC_LANGUAGE_ARABIC),
                              lc_organisation_get_name (o, LC_LANGUAGE_ENGLISH),
                              lc_organisation_get_website (o));
    }
  return g_string_free (out, FALSE);
}

static void
test_add_partner (void)
{
  Journey journey = { 0 }, *j = &journey;
  const char *title = lc_journey_pick ("Fifth Convention", "الملتقى الخامس");
  const char *name = lc_journey_pick ("UNESCO Institute for Lifelong Learning", "معهد اليونسكو للتعلم مدى الحياة");
  g_autofree char *row = g_strdup_printf ("%s/%s", name, g_dpgettext2 (GETTEXT_PACKAGE, "organisation role", "Partner"));
  g_autofree char *expected = g_strdup_printf ("partner:%s/%s:https://www.uil.unesco.org/", lc_journey_pick ("", name),
                                               lc_journey_pick (name, ""));
  g_autofree char *in_library = NULL;
  g_autofree char *problem = g_strdup_printf (_("“%s” is not a web address: it starts with https:// "
                                                "or http:// and has no spaces."),
                                              "www.uil.unesco.org");
  const char *person = lc_journey_pick ("Raul Valdes", "راؤول فالديس");
  g_autofree char *delete = NULL;
  GtkWindow *dialog, *editor;
  GtkWidget *website, *organisation_row, *popover;
  gint64 convention_id;

  j->window = lc_journey_open_window (1200, 900);
  lc_journey_press_button (GTK_WIDGET (j->window), _("_New Convention…"));
  dialog = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("New Convention"));
  lc_test_type (title);
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (g_strcmp0 (lc_window_get_page (j->window), "convention") == 0, "the new convention to open");
  convention_id = lc_convention_model_get_id (lc_convention_view_get_model (lc_window_get_convention_view (j->window)));

  /* Its details (Alt+Return): the free-text host and organisers are gone,
   * an Organisations section is there, empty. */
  /* Its keys work once it is on screen, as for a person who sees it. */
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (j->window))), "the convention to be shown");
  lc_test_press ("<Alt>Return");
  j->details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  j->list = GTK_LIST_BOX (lc_test_find_type (lc_test_find_type (GTK_WIDGET (j->details), LC_TYPE_ORGANISATIONS_GROUP),
                                             GTK_TYPE_LIST_BOX));
  g_assert_true (lc_test_shows_text (GTK_WIDGET (j->details), _("No organisations yet")));
  g_assert_false (lc_test_shows_text (GTK_WIDGET (j->details), _("Host in English")));

  /* Add Organisation…: the name typed where the keyboard is (the
   * interface's language), then the website; a partner unless told. */
  lc_journey_press_button (GTK_WIDGET (j->details), _("Add _Organisation…"));
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Add Organisation"));
  lc_test_type (name);
  website = lc_journey_row_titled (GTK_WIDGET (dialog), _("Website"));
  lc_test_click (website);
  LC_TEST_WAIT (lc_test_focus_widget () != NULL && gtk_widget_is_ancestor (lc_test_focus_widget (), website),
                "the keyboard in the website's field");
  /* A typo is said under the fields, and Enter does not save it. */
  lc_test_type ("www.uil.unesco.org");
  LC_TEST_WAIT (lc_test_shows_text (GTK_WIDGET (dialog), problem), "the problem said");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"));
  lc_test_press ("<Control>a");
  lc_test_type ("https://www.uil.unesco.org/");
  LC_TEST_WAIT (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "save"), "Add to be possible");
  lc_test_press ("Return");
  lc_test_wait_window_gone (dialog);
  LC_TEST_WAIT (shows (j, row), "the partner's row");
  in_library = stored (convention_id);
  g_assert_cmpstr (in_library, ==, expected);
  g_clear_pointer (&in_library, g_free);

  /* Ctrl+Z in the list takes the addition back; Ctrl+Shift+Z redoes it. */
  LC_TEST_WAIT (gtk_widget_has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (j->list, 0))),
                "the keyboard on the new row");
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (shows (j, ""), "the addition undone");
  g_assert_true (lc_test_shows_text (GTK_WIDGET (j->details), _("No organisations yet")));
  in_library = stored (convention_id);
  g_assert_cmpstr (in_library, ==, "");
  g_clear_pointer (&in_library, g_free);
  lc_test_press ("<Control><Shift>z");
  LC_TEST_WAIT (shows (j, row), "the addition redone");
  in_library = stored (convention_id);
  g_assert_cmpstr (in_library, ==, expected);
  g_clear_pointer (&in_library, g_free);

  /* Its Delete button, reached with Tab and pressed with Space: nobody
   * belongs to it, so it goes at once; the keyboard stays in the group (on
   * Add Organisation…, the list being empty), so Ctrl+Z pressed next brings
   * it back. (By keyboard: a click would leave the pointer where the
   * person editor's list opens below, and GTK 4.8's combo list starts from
   * the row under the pointer.) */
  delete = g_strdup_printf (_("Delete “%s”"), name);
  lc_journey_tab_to (lc_test_ui_find_matching (GTK_WIDGET (j->details), lc_journey_has_tooltip, delete));
  lc_test_press ("space");
  LC_TEST_WAIT (shows (j, ""), "the organisation deleted");
  in_library = stored (convention_id);
  g_assert_cmpstr (in_library, ==, "");
  g_clear_pointer (&in_library, g_free);
  lc_test_press ("<Control>z");
  LC_TEST_WAIT (shows (j, row), "the deletion undone");
  in_library = stored (convention_id);
  g_assert_cmpstr (in_library, ==, expected);

  lc_test_press ("Escape");
  lc_test_wait_window_gone (j->details);

  /* A new speaker (Alt+2, Ctrl+N) whose organisation is the partner: Tab
   * to the list of the convention's organisations, Enter, arrows, Enter. */
  lc_test_press ("<Alt>2");
  lc_test_press ("<Control>n");
  editor = lc_test_wait_for_window (LC_TYPE_PERSON_EDITOR, NULL);
  lc_test_type (person);
  organisation_row = GTK_WIDGET (lc_test_find_type (GTK_WIDGET (editor), LC_TYPE_ORGANISATION_ROW));
  g_assert_true (lc_test_shows_text (organisation_row, C_("organisation", "As typed above")));
  lc_journey_tab_to (organisation_row);
  lc_test_press ("Return");
  LC_TEST_WAIT ((popover = lc_test_find_type (organisation_row, GTK_TYPE_POPOVER)) != NULL
                && gtk_widget_get_mapped (popover), "the list of organisations");
  lc_journey_arrow_to ("Down", name);
  lc_test_press ("Return");
  LC_TEST_WAIT (!gtk_widget_get_mapped (popover), "the list to close");
  lc_journey_press_button (GTK_WIDGET (editor), _("_Add"));
  lc_test_wait_window_gone (editor);
  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(GListStore) list = lc_organisations_list (store, convention_id, NULL);
    g_autoptr(LcOrganisation) partner = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(GListStore) people = lc_organisations_list_people (store, partner, NULL);

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (people)), ==, 1);
  }

  lc_journey_close_window (j->window);
}

/* A sponsor with its logo: Choose… clicked, the file's path typed into the
 * chooser (which opens its location field), Enter; the logo is shown and
 * Remove the Logo possible; Add; the library holds a PNG of 256×85. */
static void
test_logo (void)
{
  Journey journey = { 0 }, *j = &journey;
  const char *name = lc_journey_pick ("Hamburg Learning Festival", "مهرجان هامبورغ للتعلم");
  g_autofree char *path = g_build_filename (lc_journey_tmpdir (), "logo.png", NULL);
  g_autoptr(GdkPixbuf) image = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 600, 200);
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog, *chooser;
  GtkWidget *choose, *remove;

  gdk_pixbuf_fill (image, 0x1f6f8bff);
  g_assert_true (gdk_pixbuf_save (image, path, "png", &error, NULL));
  g_assert_no_error (error);

  j->window = lc_journey_open_window (1200, 900);
  lc_journey_new_convention (j->window, lc_journey_pick ("Seventh Convention", "الملتقى السابع"));
  LC_TEST_WAIT (gtk_widget_get_mapped (GTK_WIDGET (lc_window_get_convention_view (j->window))), "the convention to be shown");
  lc_test_press ("<Alt>Return");
  j->details = lc_test_wait_for_window (LC_TYPE_CONVENTION_DIALOG, _("Convention Details"));
  lc_journey_press_button (GTK_WIDGET (j->details), _("Add _Organisation…"));
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Add Organisation"));
  lc_test_type (name);

  remove = lc_test_ui_find_matching (GTK_WIDGET (dialog), lc_journey_has_tooltip, _("Remove the Logo"));
  g_assert_false (gtk_widget_is_sensitive (remove));
  choose = lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (dialog), _("C_hoose…")));
  lc_test_scroll_into_view (choose);
  lc_test_click (choose);
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Choose a Logo"));
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
  LC_TEST_WAIT (gtk_widget_is_sensitive (remove), "the logo to be shown");

  lc_journey_press_button (GTK_WIDGET (dialog), _("_Add"));
  lc_test_wait_window_gone (dialog);
  lc_test_press ("Escape");
  lc_test_wait_window_gone (j->details);

  {
    g_autoptr(LcStore) store = lc_journey_open_library ();
    g_autoptr(GListStore) list = lc_organisations_list (
      store, lc_convention_model_get_id (lc_convention_view_get_model (lc_window_get_convention_view (j->window))), NULL);
    g_autoptr(LcOrganisation) sponsor = NULL;
    g_autoptr(GBytes) png = NULL;
    g_autoptr(GInputStream) stream = NULL;
    g_autoptr(GdkPixbuf) decoded = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
    sponsor = g_list_model_get_item (G_LIST_MODEL (list), 0);
    png = lc_organisation_logo_decode (lc_organisation_get_logo (sponsor), &error);
    g_assert_no_error (error);
    stream = g_memory_input_stream_new_from_bytes (png);
    decoded = gdk_pixbuf_new_from_stream (stream, NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (gdk_pixbuf_get_width (decoded), ==, 256);
    g_assert_cmpint (gdk_pixbuf_get_height (decoded), ==, 85);
  }

  lc_journey_close_window (j->window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/organisations/add-partner-undo", test_add_partner);
  g_test_add_func ("/journey/organisations/logo", test_logo);
  return lc_journey_run ();
}
