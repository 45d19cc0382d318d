/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-item-editor-attendance.h"
#include "lc-item-editor-private.h"
#include "lc-participant.h"
#include "lc-search.h"
#include "lc-util.h"

/*
 * Who attended an item with limited places (issue 14): a workshop, a field
 * visit. A window of its own, opened from the item editor's Attendance
 * row, rather than a part of the editor: the editor keeps its fields until
 * Save, while a tick here is stored at once, as at the door, and Ctrl+Z
 * takes it back. Mixing both in one form would leave a person unsure which
 * of their changes Cancel throws away.
 *
 * Each of the convention's people has two checks, In person and Online
 * (one at most); the count says how many of the room's places are taken,
 * and when more came in person than the room holds, a warning says so in
 * words (the core only warns: nobody is turned away at the door).
 */

struct _LcItemAttendanceWindow
{
  AdwWindow           parent_instance;

  LcConventionModel  *model;
  LcUndoStack        *undo;
  LcStore            *store;
  gint64              item_id;
  GHashTable         *attendance;     /* person id → LcAttendance, as stored */
  GtkCustomFilter    *filter;
  char               *needle;
  /* Ctrl+Z here undoes only the steps this window made, and only while
   * they are the history's last: never an edit made meanwhile elsewhere. */
  guint               n_ours;
  guint               n_undo_after;
  guint               refresh_idle;
  gboolean            updating;

  AdwWindowTitle     *window_title;
  AdwToastOverlay    *toast_overlay;
  GtkLabel           *count_label;
  GtkLabel           *warning_label;
  GtkSearchEntry     *search_entry;
  GtkListView        *people_list;
  GHashTable         *bound;          /* the row boxes showing a person now */
};

G_DEFINE_FINAL_TYPE (LcItemAttendanceWindow, lc_item_attendance_window, ADW_TYPE_WINDOW)

static void
say (LcItemAttendanceWindow *self,
     const char             *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* The count against the room's places, and the warning when over. */
static void
update_count (LcItemAttendanceWindow *self,
              LcItem                 *item)
{
  g_autoptr(LcRecord) room = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *count = NULL, *online_text = NULL;
  GHashTableIter iter;
  gpointer value;
  guint in_person = 0, online = 0;
  gint64 over;
  int capacity = 0;

  g_hash_table_iter_init (&iter, self->attendance);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      if (GPOINTER_TO_INT (value) == LC_ATTENDANCE_IN_PERSON)
        in_person++;
      else
        online++;
    }

  if (lc_item_get_room_id (item) > 0)
    room = lc_store_get (self->store, LC_TYPE_ROOM, lc_item_get_room_id (item), NULL);
  if (room != NULL)
    capacity = lc_room_get_capacity (LC_ROOM (room));

  if (capacity > 0)
    /* Translators: people who attended in person and the room's places, e.g. “23 of 30 places” */
    count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u place", "%1$u of %2$u places",
                                       (gulong) capacity), in_person, (guint) capacity);
  else
    /* Translators: the item's room has no known number of places */
    count = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u in person (the room’s places are not known)",
                                       "%u in person (the room’s places are not known)", in_person),
                          in_person);
  /* Translators: people who followed the item online, after the places taken */
  online_text = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u online", "%s · %u online", online),
                              count, online);
  gtk_label_set_text (self->count_label, online_text);

  over = lc_item_attendance_over_capacity (self->store, item, &error);
  if (over < 0)
    {
      gtk_label_set_text (self->warning_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->warning_label), TRUE);
      return;
    }
  if (over > 0)
    {
      g_autofree char *warning = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "Over capacity: %u person more attended in person "
                                                            "than the room holds.",
                                                            "Over capacity: %u people more attended in person "
                                                            "than the room holds.",
                                                            (gulong) over),
                                               (guint) over);

      gtk_label_set_text (self->warning_label, warning);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label), over > 0);
}

static void
set_row_checks (GtkWidget    *row,
                LcAttendance  attendance)
{
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "in-person"),
                               attendance == LC_ATTENDANCE_IN_PERSON);
  gtk_check_button_set_active (g_object_get_data (G_OBJECT (row), "online"), attendance == LC_ATTENDANCE_ONLINE);
}

/* Reads the item's attendance again: after each change, undo and redo,
 * and edits from another window or program. */
static gboolean
refresh (gpointer user_data)
{
  LcItemAttendanceWindow *self = user_data;
  g_autoptr(GListStore) rows = NULL;
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer box;

  self->refresh_idle = 0;
  item = lc_store_get (self->store, LC_TYPE_ITEM, self->item_id, &error);
  rows = item ? lc_store_list (self->store, LC_TYPE_ITEM_ATTENDANCE, "item_id", self->item_id, &error) : NULL;
  if (rows == NULL)
    {
      /* The item was deleted (or the library failed): nothing to tick. */
      gtk_label_set_text (self->count_label,
                          error ? error->message : _("This item is no longer in the convention."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->people_list), FALSE);
      return G_SOURCE_REMOVE;
    }

  g_hash_table_remove_all (self->attendance);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(LcItemAttendance) row = g_list_model_get_item (G_LIST_MODEL (rows), i);

      g_hash_table_insert (self->attendance, GSIZE_TO_POINTER (lc_item_attendance_get_person_id (row)),
                           GINT_TO_POINTER (lc_item_attendance_get_attendance (row)));
    }

  adw_window_title_set_subtitle (self->window_title,
                                 lc_record_get_display_text (item, "title", lc_ui_language (), NULL));
  self->updating = TRUE;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &box, NULL))
    {
      LcRecord *person = g_object_get_data (G_OBJECT (box), "person");

      if (person != NULL)
        set_row_checks (box, GPOINTER_TO_INT (g_hash_table_lookup (
                               self->attendance, GSIZE_TO_POINTER (lc_record_get_id (person)))));
    }
  self->updating = FALSE;
  update_count (self, LC_ITEM (item));
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (LcItemAttendanceWindow *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh, self);
}

/* A check toggled by the person: stored at once, one undo step. */
static void
on_check_toggled_cb (GtkCheckButton *check,
                     gpointer        user_data)
{
  LcItemAttendanceWindow *self = user_data;
  GtkWidget *row = gtk_widget_get_parent (GTK_WIDGET (check));
  LcPerson *person = g_object_get_data (G_OBJECT (row), "person");
  GtkCheckButton *in_person = g_object_get_data (G_OBJECT (row), "in-person");
  g_autoptr(LcRecord) item = NULL;
  g_autoptr(GError) error = NULL;
  LcAttendance attendance;
  guint before;

  if (self->updating || person == NULL)
    return;
  /* In person and online exclude each other: the check just ticked wins. */
  if (gtk_check_button_get_active (check))
    attendance = check == in_person ? LC_ATTENDANCE_IN_PERSON : LC_ATTENDANCE_ONLINE;
  else
    attendance = LC_ATTENDANCE_UNSET;

  before = lc_undo_stack_get_n_undo (self->undo);
  item = lc_store_get (self->store, LC_TYPE_ITEM, self->item_id, &error);
  if (item == NULL || !lc_item_attendance_set (self->undo, LC_ITEM (item), person, attendance, &error))
    say (self, error ? error->message : _("This item is no longer in the convention."));
  else if (lc_undo_stack_get_n_undo (self->undo) > before)
    {
      self->n_ours = (self->n_undo_after == before ? self->n_ours : 0) + 1;
      self->n_undo_after = lc_undo_stack_get_n_undo (self->undo);
    }
  /* The store's "changed" refreshes too; this also puts back a check a
   * failed write left ticked. */
  queue_refresh (self);
}

/* A list view, not a list box: a convention of a thousand people built a
 * thousand rows at once, and the window took 6 s to show. Rows are made
 * for the people on screen and given another person as the list scrolls. */
static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  LcItemAttendanceWindow *self = user_data;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *in_person = gtk_check_button_new_with_label (C_("attendance", "In person"));
  GtkWidget *online = gtk_check_button_new_with_label (C_("attendance", "Online"));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), in_person);
  gtk_box_append (GTK_BOX (box), online);
  g_object_set_data (G_OBJECT (box), "label", label);
  g_object_set_data (G_OBJECT (box), "in-person", in_person);
  g_object_set_data (G_OBJECT (box), "online", online);
  g_signal_connect_object (in_person, "toggled", G_CALLBACK (on_check_toggled_cb), self, 0);
  g_signal_connect_object (online, "toggled", G_CALLBACK (on_check_toggled_cb), self, 0);
  gtk_list_item_set_activatable (list_item, FALSE);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  LcItemAttendanceWindow *self = user_data;
  GtkWidget *box = gtk_list_item_get_child (list_item);
  LcRecord *person = gtk_list_item_get_item (list_item);
  const char *name = lc_record_get_display_text (person, "name", lc_ui_language (), NULL);

  gtk_label_set_text (g_object_get_data (G_OBJECT (box), "label"), name);
  /* A screen reader on a check says whose it is, not only “In person”. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (box), "in-person")),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (g_object_get_data (G_OBJECT (box), "online")),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, name, -1);
  self->updating = TRUE;
  set_row_checks (box, GPOINTER_TO_INT (g_hash_table_lookup (self->attendance,
                                                             GSIZE_TO_POINTER (lc_record_get_id (person)))));
  self->updating = FALSE;
  g_object_set_data_full (G_OBJECT (box), "person", g_object_ref (person), g_object_unref);
  g_hash_table_add (self->bound, box);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            gpointer                  user_data)
{
  LcItemAttendanceWindow *self = user_data;
  GtkWidget *box = gtk_list_item_get_child (list_item);

  /* The list unbinds its rows as the window goes, after dispose (). */
  if (self->bound != NULL)
    g_hash_table_remove (self->bound, box);
  g_object_set_data (G_OBJECT (box), "person", NULL);
}

static gboolean
person_matches (gpointer item,
                gpointer user_data)
{
  LcItemAttendanceWindow *self = user_data;

  return self->needle == NULL || lc_search_record_matches (item, self->needle);
}

static void
on_search_entry_search_changed_cb (LcItemAttendanceWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  g_clear_pointer (&self->needle, g_free);
  if (*text != '\0')
    self->needle = lc_search_normalise (text);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_search_entry_stop_search_cb (LcItemAttendanceWindow *self)
{
  lc_search_clear_or_close (GTK_EDITABLE (self->search_entry));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcItemAttendanceWindow *self = LC_ITEM_ATTENDANCE_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->n_ours == 0 || lc_undo_stack_get_n_undo (self->undo) != self->n_undo_after
      || !lc_undo_stack_get_can_undo (self->undo))
    {
      say (self, _("There is no change of attendance here to undo."));
      return;
    }
  if (!lc_undo_stack_undo (self->undo, &error))
    {
      say (self, error->message);
      return;
    }
  self->n_ours--;
  self->n_undo_after = lc_undo_stack_get_n_undo (self->undo);
  say (self, _("Attendance change undone"));
  queue_refresh (self);
}

static void
lc_item_attendance_window_dispose (GObject *object)
{
  LcItemAttendanceWindow *self = LC_ITEM_ATTENDANCE_WINDOW (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->model);
  g_clear_object (&self->undo);
  g_clear_object (&self->store);
  g_clear_object (&self->filter);
  g_clear_pointer (&self->attendance, g_hash_table_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (lc_item_attendance_window_parent_class)->dispose (object);
}

static void
lc_item_attendance_window_class_init (LcItemAttendanceWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_item_attendance_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/example/LearningCities/ui/agenda/lc-item-editor-attendance.ui");
  gtk_widget_class_bind_template_child (widget_class, LcItemAttendanceWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LcItemAttendanceWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LcItemAttendanceWindow, count_label);
  gtk_widget_class_bind_template_child (widget_class, LcItemAttendanceWindow, warning_label);
  gtk_widget_class_bind_template_child (widget_class, LcItemAttendanceWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcItemAttendanceWindow, people_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);

  gtk_widget_class_install_action (widget_class, "attendance.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lc_item_attendance_window_init (LcItemAttendanceWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->attendance = g_hash_table_new (NULL, NULL);
  self->bound = g_hash_table_new (NULL, NULL);

  /* Ctrl+Z undoes the last tick even while the search has the keyboard,
   * whose own text undo would otherwise take the key. */
  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                                                          gtk_named_action_new ("attendance.undo")));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

/**
 * lc_item_attendance_window_new:
 * @parent: the item editor
 * @model: the open convention
 * @undo: its undo history, which each tick joins
 * @item_id: a stored item
 *
 * Returns: (transfer none): the window, not yet shown
 */
LcItemAttendanceWindow *
lc_item_attendance_window_new (GtkWindow         *parent,
                               LcConventionModel *model,
                               LcUndoStack       *undo,
                               gint64             item_id)
{
  LcItemAttendanceWindow *self = g_object_new (LC_TYPE_ITEM_ATTENDANCE_WINDOW, "transient-for", parent,
                                               "destroy-with-parent", TRUE, NULL);
  GtkFilterListModel *people;
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  g_return_val_if_fail (LC_IS_CONVENTION_MODEL (model), NULL);
  g_return_val_if_fail (LC_IS_UNDO_STACK (undo), NULL);

  self->model = g_object_ref (model);
  self->undo = g_object_ref (undo);
  self->store = g_object_ref (lc_undo_stack_get_store (undo));
  self->item_id = item_id;
  refresh (self);

  self->filter = gtk_custom_filter_new (person_matches, self, NULL);
  people = gtk_filter_list_model_new (g_object_ref (lc_convention_model_get_people (model)),
                                      GTK_FILTER (g_object_ref (self->filter)));
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row), self, 0);
  gtk_list_view_set_factory (self->people_list, factory);
  g_object_unref (factory);
  selection = gtk_no_selection_new (G_LIST_MODEL (people));
  gtk_list_view_set_model (self->people_list, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_signal_connect_object (self->store, "changed", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "external-change", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  return self;
}

static void
on_attendance_row_activated_cb (AdwActionRow *row,
                                gpointer      user_data)
{
  LcItemEditor *self = user_data;
  LcItemAttendanceWindow *window = lc_item_attendance_window_new (GTK_WINDOW (self), self->model, self->undo,
                                                                  lc_record_get_id (LC_RECORD (self->item)));

  gtk_window_present (GTK_WINDOW (window));
}

/**
 * lc_item_editor_attendance_load:
 * @self: the editor, while it loads
 *
 * Adds the Attendance row under the room's, for a stored item only: who
 * attended an item not saved yet has nowhere to be kept.
 */
void
lc_item_editor_attendance_load (LcItemEditor *self)
{
  AdwPreferencesGroup *group;
  GtkWidget *row;

  if (lc_item_editor_is_new (self))
    return;
  group = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (GTK_WIDGET (self->room_row), ADW_TYPE_PREFERENCES_GROUP));
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Attendance"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Who attended, against the room’s places; stored at once"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_attendance_row_activated_cb), self, 0);
  adw_preferences_group_add (group, row);
}
