/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n.h>
#include <sqlite3.h>
#include <string.h>

#include "lc-convention-view.h"
#include "lc-journey.h"
#include "lc-person-editor.h"

/*
 * A person's photo (issue 12): in the sample's Speakers, add a person and
 * click Choose… in the Photo row; a text file is refused with its name in
 * the message; a camera's photo typed into the file chooser is shown small
 * in the editor, stored scaled with the person on Add, and shown in the
 * person's details. Edit, Remove, Save: the initials come back, and Ctrl+Z
 * brings the photo back.
 */

/* The first column of the first row of @sql with @arg bound, read from the
 * library file directly: opening it with lc_store_open () would purge the
 * images no person names now, which the window's undo history may need. */
static char *
query_library (const char *sql,
               const char *arg)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *value = NULL;

  g_assert_cmpint (sqlite3_open_v2 (lc_journey_library_path (), &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, arg, -1, SQLITE_STATIC);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return value;
}

/* The photo of the person named @name (either language), NULL when the
 * person is not in the library. */
static char *
stored_photo (const char *name)
{
  return query_library ("SELECT photo FROM people WHERE name_en = ?1 OR name_ar = ?1", name);
}

static gboolean
photo_is (const char *name,
          const char *photo)
{
  g_autofree char *stored = stored_photo (name);

  return g_strcmp0 (stored, photo) == 0;
}

/* The first picture under @root that shows something, or NULL. */
static GtkWidget *
shown_picture (GtkWidget *root)
{
  if (GTK_IS_PICTURE (root) && gtk_widget_get_mapped (root)
      && gtk_picture_get_paintable (GTK_PICTURE (root)) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = shown_picture (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first label under @root whose text holds @part, or NULL. */
static GtkWidget *
label_with (GtkWidget  *root,
            const char *part)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), part) != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = label_with (child, part);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Click Choose… in the Photo row and type @path into the file chooser. */
static void
choose_file (GtkWindow  *editor,
             const char *path)
{
  GtkWindow *chooser;
  GtkWidget *button = lc_test_find_activatable (lc_test_wait_for_text (GTK_WIDGET (editor), _("C_hoose…")));

  /* Below the city and organisation: scrolled to first. */
  lc_test_scroll_into_view (button);
  lc_test_click (button);
  chooser = lc_test_wait_for_window (GTK_TYPE_FILE_CHOOSER_DIALOG, _("Choose a Photo"));
  /* Typing a path opens the chooser's location field. */
  lc_test_type (path);
  lc_test_press ("Return");
  lc_test_wait_window_gone (chooser);
}

static void
test_photo (void)
{
  const char *name = lc_journey_pick ("Layla Haddad", "ليلى حداد");
  g_autofree char *camera = g_build_filename (lc_journey_tmpdir (), "camera.jpg", NULL);
  g_autofree char *notes = g_build_filename (lc_journey_tmpdir (), "notes.png", NULL);
  g_autofree char *photo = NULL;
  g_autofree char *size = NULL;
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 1200, 900);
  g_autoptr(GError) error = NULL;
  LcWindow *window = lc_journey_open_window (1200, 900);
  LcConventionView *view;
  GtkWindow *editor, *dialog;
  GtkWidget *add;

  gdk_pixbuf_fill (pixbuf, 0x3080c0ff);
  g_assert_true (gdk_pixbuf_save (pixbuf, camera, "jpeg", &error, NULL));
  g_assert_true (g_file_set_contents (notes, "Notes for the session\n", -1, &error));
  g_assert_no_error (error);

  lc_journey_open_sample (window);
  view = lc_window_get_convention_view (window);
  lc_test_press ("<Alt>2");
  LC_TEST_WAIT (g_strcmp0 (lc_convention_view_get_area (view), "speakers") == 0, "Speakers");
  lc_journey_press_button (GTK_WIDGET (view), _("Add Person"));
  editor = lc_test_wait_for_window (LC_TYPE_PERSON_EDITOR, _("New Person"));
  lc_test_type (name);
  add = lc_test_find_activatable (lc_test_find_text (GTK_WIDGET (editor), _("_Add")));
  LC_TEST_WAIT (gtk_widget_is_sensitive (add), "Add to be possible with a name");

  /* Not a photo: refused, with the file's name. */
  choose_file (editor, notes);
  dialog = lc_test_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, _("Something Went Wrong"));
  LC_TEST_WAIT (label_with (GTK_WIDGET (dialog), "notes.png") != NULL, "the file named in the message");
  lc_test_press ("Escape");
  lc_test_wait_window_gone (dialog);
  g_assert_null (shown_picture (GTK_WIDGET (editor)));

  /* A camera's photo: shown small in the editor, stored on Add. */
  choose_file (editor, camera);
  LC_TEST_WAIT (shown_picture (GTK_WIDGET (editor)) != NULL, "the photo in the editor");
  g_object_ref (editor);
  lc_test_click (add);
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);
  photo = stored_photo (name);
  g_assert_nonnull (photo);
  g_assert_cmpuint (strlen (photo), ==, 64);
  size = query_library ("SELECT width || 'x' || height FROM report_images WHERE hash = ?1", photo);
  g_assert_cmpstr (size, ==, "512x384");
  LC_TEST_WAIT (shown_picture (GTK_WIDGET (view)) != NULL, "the photo in the person's details");

  /* Edit, Remove, Save: no photo; Ctrl+Z brings it back. */
  lc_journey_press_button (GTK_WIDGET (view), _("_Edit"));
  editor = lc_test_wait_for_window (LC_TYPE_PERSON_EDITOR, _("Edit Person"));
  LC_TEST_WAIT (shown_picture (GTK_WIDGET (editor)) != NULL, "the photo in the editor");
  lc_journey_press_button (GTK_WIDGET (editor), _("Remove the Photo"));
  LC_TEST_WAIT (shown_picture (GTK_WIDGET (editor)) == NULL, "the photo gone from the editor");
  g_object_ref (editor);
  lc_journey_press_button (GTK_WIDGET (editor), _("_Save"));
  lc_test_wait_window_gone (editor);
  g_object_unref (editor);
  LC_TEST_WAIT (photo_is (name, ""), "no photo in the library");
  LC_TEST_WAIT (shown_picture (GTK_WIDGET (view)) == NULL, "the initials in the person's details");

  lc_test_press ("<Control>z");
  LC_TEST_WAIT (photo_is (name, photo), "the photo back in the library");
  LC_TEST_WAIT (shown_picture (GTK_WIDGET (view)) != NULL, "the photo back in the person's details");

  lc_journey_close_window (window);
}

int
main (int argc, char *argv[])
{
  lc_journey_init (&argc, &argv);
  g_test_add_func ("/journey/people/photo", test_photo);
  return lc_journey_run ();
}
