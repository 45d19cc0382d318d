/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-about-window.h"
#include "lc-util.h"

/* What AdwAboutWindow shows, rebuilt from widgets that libadwaita 1.2 has
 * (see lc-about-window.h for why): a main page with the app's name,
 * version, summary and links, and two pages reached from it, Credits and
 * Legal, in a leaflet that never unfolds. Both go back to the main page
 * (the leaflet's own navigation would go from Legal to Credits). */

#define WEBSITE_URL "https://example.org/learning-cities"
#define ISSUE_URL "https://example.org/learning-cities/issues"
#define LICENCE_URL "https://www.gnu.org/licenses/gpl-3.0.html"

struct _LcAboutWindow
{
  AdwWindow      parent_instance;

  AdwLeaflet    *leaflet;
  GtkLabel      *version_label;
  AdwActionRow  *website_row;
  AdwActionRow  *issue_row;
  AdwActionRow  *licence_row;
  GtkBox        *credits_box;
};

G_DEFINE_FINAL_TYPE (LcAboutWindow, lc_about_window, ADW_TYPE_WINDOW)

static void
add_credits_group (LcAboutWindow      *self,
                   const char         *title,
                   const char * const *names)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  for (guint i = 0; names[i] != NULL; i++)
    {
      GtkWidget *row;

      if (*names[i] == '\0')
        continue;
      row = adw_action_row_new ();
      /* A name is text, not markup. */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), names[i]);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }
  gtk_box_append (self->credits_box, group);
}

static void
on_link_row_activated_cb (AdwActionRow  *row,
                          LcAboutWindow *self)
{
  const char *uri = row == self->website_row ? WEBSITE_URL
                    : row == self->issue_row ? ISSUE_URL
                    : LICENCE_URL;

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

static void
on_page_row_activated_cb (AdwActionRow  *row,
                          LcAboutWindow *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
on_back_button_clicked_cb (GtkButton     *button,
                           LcAboutWindow *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet, "main");
}

/* Escape goes back from a page, and closes the window from the first. */
static gboolean
escape_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  LcAboutWindow *self = LC_ABOUT_WINDOW (widget);

  if (g_strcmp0 (adw_leaflet_get_visible_child_name (self->leaflet), "main") != 0)
    adw_leaflet_set_visible_child_name (self->leaflet, "main");
  else
    gtk_window_close (GTK_WINDOW (self));

  return TRUE;
}

static void
lc_about_window_class_init (LcAboutWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/common/lc-about-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LcAboutWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LcAboutWindow, version_label);
  gtk_widget_class_bind_template_child (widget_class, LcAboutWindow, website_row);
  gtk_widget_class_bind_template_child (widget_class, LcAboutWindow, issue_row);
  gtk_widget_class_bind_template_child (widget_class, LcAboutWindow, licence_row);
  gtk_widget_class_bind_template_child (widget_class, LcAboutWindow, credits_box);
  gtk_widget_class_bind_template_callback (widget_class, on_link_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_page_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, escape_cb, NULL);
}

static void
lc_about_window_init (LcAboutWindow *self)
{
  const char *developers[] = { _("Learning Cities developers"), NULL };
  /* Translators: put your names here, one per line */
  const char *translators = _("translator-credits");
  g_autofree char *version = lc_ui_localise (PACKAGE_VERSION);
  g_autofree char *licence = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_label_set_text (self->version_label, version);
  /* Translators: %d is the licence's version, 3 */
  licence = lc_ui_printf (_("GNU General Public License, version %d or later"), 3);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->licence_row), licence);

  /* Translators: a heading above the names of the app's programmers */
  add_credits_group (self, _("Code by"), developers);
  /* The English catalogue has no translators to name. */
  if (g_strcmp0 (translators, "translator-credits") != 0)
    {
      g_auto(GStrv) names = g_strsplit (translators, "\n", -1);

      /* Translators: a heading above the names of the app's translators */
      add_credits_group (self, _("Translated by"), (const char * const *) names);
    }
}

/**
 * lc_about_window_new:
 * @parent: (nullable): the main window
 *
 * Returns: (transfer none): the About window, not yet shown
 */
GtkWindow *
lc_about_window_new (GtkWindow *parent)
{
  return g_object_new (LC_TYPE_ABOUT_WINDOW, "transient-for", parent, NULL);
}
