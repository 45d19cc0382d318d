/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-time-zone-row.h"

struct _LcTimeZoneRow
{
  AdwActionRow        parent_instance;

  GtkMenuButton      *button;
  GtkPopover         *popover;
  GtkSearchEntry     *search;
  GtkListView        *list;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  char               *zone;
  char               *needle;      /* folded search text, or NULL */
};

G_DEFINE_FINAL_TYPE (LcTimeZoneRow, lc_time_zone_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_ZONE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define MAX_ZONES 2000

/* A zone as people write it: "Asia/Riyadh" → "asia riyadh". */
static char *
fold (const char *text)
{
  g_autofree char *lower = g_utf8_casefold (text, -1);

  g_strdelimit (lower, "_/-", ' ');
  return g_steal_pointer (&lower);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * lc_time_zone_list:
 *
 * The time zones the system knows, from the time zone database's zone.tab
 * (one zone per region of each country), with UTC: what an organiser picks
 * from. Only identifiers that GLib can load are kept.
 *
 * Returns: (transfer full): the identifiers, sorted
 */
GStrv
lc_time_zone_list (void)
{
  const char *dir = g_getenv ("TZDIR") ? g_getenv ("TZDIR") : "/usr/share/zoneinfo";
  g_autofree char *path = g_build_filename (dir, "zone.tab", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) zones = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) lines = NULL;

  g_ptr_array_add (zones, g_strdup ("UTC"));
  if (g_file_get_contents (path, &contents, NULL, NULL))
    lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines && lines[i] && zones->len < MAX_ZONES; i++)
    {
      g_auto(GStrv) columns = NULL;
      g_autoptr(GTimeZone) zone = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      columns = g_strsplit (lines[i], "\t", 4);
      if (g_strv_length (columns) < 3 || !g_utf8_validate (columns[2], -1, NULL))
        continue;
      zone = g_time_zone_new_identifier (columns[2]);
      if (zone != NULL)
        g_ptr_array_add (zones, g_strdup (columns[2]));
    }

  g_ptr_array_sort (zones, compare_strings);
  g_ptr_array_add (zones, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&zones), FALSE);
}

/* "Asia/Riyadh (UTC+03:00)", offset as of now. */
static char *
describe (const char *identifier)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier (identifier);
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *offset = NULL;
  g_autofree char *name = g_strdup (identifier);

  g_strdelimit (name, "_", ' ');
  if (zone == NULL)
    return g_steal_pointer (&name);

  now = g_date_time_new_now (zone);
  offset = g_date_time_format (now, "%:z");
  /* Translators: a time zone and its offset from UTC, e.g. "Asia/Riyadh (UTC+03:00)" */
  return g_strdup_printf (_("%1$s (UTC%2$s)"), name, offset);
}

static gboolean
zone_matches (gpointer item,
              gpointer user_data)
{
  LcTimeZoneRow *self = user_data;
  g_autofree char *folded = NULL;

  if (self->needle == NULL)
    return TRUE;

  folded = fold (gtk_string_object_get_string (item));
  return strstr (folded, self->needle) != NULL;
}

static void
choose (LcTimeZoneRow *self,
        guint          position)
{
  g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item == NULL)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }

  lc_time_zone_row_set_zone (self, gtk_string_object_get_string (item));
  gtk_popover_popdown (self->popover);
}

static void
on_search_changed (GtkSearchEntry *entry,
                   LcTimeZoneRow  *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *needle = g_strstrip (fold (text));

  g_clear_pointer (&self->needle, g_free);
  if (*needle != '\0')
    self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_activate (GtkSearchEntry *entry,
                    LcTimeZoneRow  *self)
{
  /* Enter pressed before the search entry's delay has passed chooses from
   * what was typed, not from the list as it was a few letters earlier. */
  on_search_changed (entry, self);
  choose (self, gtk_single_selection_get_selected (self->selection));
}

/* Down from the search goes into the list, on the first match. */
static gboolean
on_search_key_pressed (GtkEventControllerKey *keys,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       LcTimeZoneRow         *self)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return FALSE;

  /* What was typed, even before the search entry's delay has passed. */
  on_search_changed (self->search, self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u",
                                gtk_single_selection_get_selected (self->selection));
  return TRUE;
}

static void
on_list_activate (GtkListView   *list,
                  guint          position,
                  LcTimeZoneRow *self)
{
  choose (self, position);
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  g_autofree char *text = describe (gtk_string_object_get_string (gtk_list_item_get_item (list_item)));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)), text);
}

static void
on_popover_shown (LcTimeZoneRow *self)
{
  GListModel *model = G_LIST_MODEL (self->selection);
  guint n = g_list_model_get_n_items (model);

  /* Open on the zone chosen, with the search empty. */
  gtk_editable_set_text (GTK_EDITABLE (self->search), "");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), self->zone) == 0)
        {
          gtk_single_selection_set_selected (self->selection, i);
          gtk_widget_activate_action (GTK_WIDGET (self->list), "list.scroll-to-item", "u", i);
          break;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

static void
on_activated (AdwActionRow *row)
{
  lc_time_zone_row_popup (LC_TIME_ZONE_ROW (row));
}

static void
lc_time_zone_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LcTimeZoneRow *self = LC_TIME_ZONE_ROW (object);

  switch (prop_id)
    {
    case PROP_ZONE:
      g_value_set_string (value, self->zone);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_time_zone_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LcTimeZoneRow *self = LC_TIME_ZONE_ROW (object);

  switch (prop_id)
    {
    case PROP_ZONE:
      lc_time_zone_row_set_zone (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_time_zone_row_finalize (GObject *object)
{
  LcTimeZoneRow *self = LC_TIME_ZONE_ROW (object);

  g_free (self->zone);
  g_free (self->needle);
  g_clear_object (&self->selection);

  G_OBJECT_CLASS (lc_time_zone_row_parent_class)->finalize (object);
}

static void
lc_time_zone_row_class_init (LcTimeZoneRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = lc_time_zone_row_get_property;
  object_class->set_property = lc_time_zone_row_set_property;
  object_class->finalize = lc_time_zone_row_finalize;

  /**
   * LcTimeZoneRow:zone:
   *
   * The IANA identifier of the zone chosen, such as "Asia/Riyadh".
   */
  properties[PROP_ZONE] =
    g_param_spec_string ("zone", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_time_zone_row_init (LcTimeZoneRow *self)
{
  g_auto(GStrv) zones = lc_time_zone_list ();
  GtkStringList *names = gtk_string_list_new ((const char * const *) zones);
  GtkFilterListModel *filtered;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkWidget *box, *scrolled;

  self->filter = gtk_custom_filter_new (zone_matches, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (names), GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), NULL);
  self->list = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_list_view_set_single_click_activate (self->list, TRUE);
  g_signal_connect (self->list, "activate", G_CALLBACK (on_list_activate), self);

  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("City or region, such as Riyadh"), NULL);
  g_signal_connect (self->search, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search, "activate", G_CALLBACK (on_search_activate), self);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search), keys);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_propagate_natural_width (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->search));
  gtk_box_append (GTK_BOX (box), scrolled);
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, box);
  g_signal_connect_swapped (self->popover, "show", G_CALLBACK (on_popover_shown), self);

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "find-location-symbolic");
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Time Zone"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  g_signal_connect (self, "activated", G_CALLBACK (on_activated), NULL);
}

GtkWidget *
lc_time_zone_row_new (void)
{
  return g_object_new (LC_TYPE_TIME_ZONE_ROW, NULL);
}

/** lc_time_zone_row_get_zone: Returns: (nullable): the zone's identifier */
const char *
lc_time_zone_row_get_zone (LcTimeZoneRow *self)
{
  g_return_val_if_fail (LC_IS_TIME_ZONE_ROW (self), NULL);

  return self->zone;
}

/**
 * lc_time_zone_row_set_zone:
 * @self: the row
 * @identifier: an IANA time zone identifier
 *
 * Shows @identifier with its offset from UTC.
 */
void
lc_time_zone_row_set_zone (LcTimeZoneRow *self,
                           const char    *identifier)
{
  g_autofree char *shown = NULL;
  g_autofree char *escaped = NULL;

  g_return_if_fail (LC_IS_TIME_ZONE_ROW (self));

  if (g_strcmp0 (self->zone, identifier) == 0)
    return;

  g_free (self->zone);
  self->zone = g_strdup (identifier);
  shown = identifier ? describe (identifier) : g_strdup ("");
  /* The subtitle is markup in libadwaita 1.2, and a zone may come from a file. */
  escaped = g_markup_escape_text (shown, -1);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), escaped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZONE]);
}

/**
 * lc_time_zone_row_popup:
 * @self: the row
 *
 * Opens the list of zones with the keyboard in its search.
 */
void
lc_time_zone_row_popup (LcTimeZoneRow *self)
{
  g_return_if_fail (LC_IS_TIME_ZONE_ROW (self));

  gtk_menu_button_popup (self->button);
}
