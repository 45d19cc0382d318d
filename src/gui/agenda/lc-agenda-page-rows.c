/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-agenda-page-private.h"
#include "lc-agenda-row.h"
#include "lc-agenda-row-pacer.h"
#include "lc-context.h"
#include "lc-language-tag.h"

/*
 * The agenda list's rows: filled when GTK's list view binds them, and
 * looked at again when what they show but do not hold changes (people,
 * rooms, conflicts, an item edited in place). Each row keeps what it shows
 * (lc-agenda-row.c), so looking again touches only the rows that change:
 * after an edit, the edited row, not the two hundred GTK 4.8 keeps.
 *
 * GTK 4.8's list view binds a row again whenever its position changes,
 * with the same item: each list item remembers what its row was filled
 * from (Shown), and a row bound again to an item of the same revision,
 * with nothing else it shows changed since, only has its conflicts looked
 * at: no text is made to compare (issue 17: some 35 M instructions per
 * move at 10,000 items, for some 250 rows).
 */

/* What a list item's row was last filled from. */
typedef struct
{
  guint64  revision;     /* the item's (lc_record_get_revision ()), 0 for a day or nothing */
  guint64  generation;   /* the page's: bumped when people, rooms, tracks, the convention or the digits change */
  gboolean tags;         /* lc_language_tag_wanted () */
} Shown;

static Shown *
shown_of (GtkListItem *list_item)
{
  return g_object_get_data (G_OBJECT (list_item), "lc-agenda-shown");
}

/* Whether the row, filled from @shown, would show @item the same now. */
static gboolean
shows_the_same (LcAgendaPage *self,
                Shown        *shown,
                LcRecord     *item)
{
  return shown->revision == lc_record_get_revision (item)
         && shown->generation == self->generation
         && shown->tags == lc_language_tag_wanted (self->model);
}

static void
remember_shown (LcAgendaPage *self,
                GtkListItem  *list_item,
                LcRecord     *item)
{
  Shown *shown = shown_of (list_item);

  shown->revision = item ? lc_record_get_revision (item) : 0;
  shown->generation = self->generation;
  shown->tags = lc_language_tag_wanted (self->model);
}

static void
bind_list_item (LcAgendaPage *self,
                GtkListItem  *list_item)
{
  LcAgendaRow *row = LC_AGENDA_ROW (gtk_list_item_get_child (list_item));
  gpointer item = gtk_list_item_get_item (list_item);

  if (GTK_IS_STRING_OBJECT (item))
    {
      const char *day = gtk_string_object_get_string (item);

      lc_agenda_row_show_day (row, day, lc_agenda_page_day_number (self, day));
      remember_shown (self, list_item, NULL);
      gtk_list_item_set_selectable (list_item, FALSE);
      gtk_list_item_set_activatable (list_item, FALSE);
    }
  else if (LC_IS_ITEM (item))
    {
      lc_agenda_row_show_item (row, self->model, item,
                               lc_agenda_page_participations_of (self, lc_record_get_id (item)));
      remember_shown (self, list_item, item);
      gtk_list_item_set_selectable (list_item, TRUE);
      gtk_list_item_set_activatable (list_item, TRUE);
    }
}

/* Fills again the rows marked stale, and shows the others' conflicts anew
 * where they changed: after an edit that is the edited row, and those it
 * now conflicts with or no longer does, not every row on screen. */
static gboolean
refresh_rows (gpointer data)
{
  LcAgendaPage *self = data;
  GHashTableIter iter;
  gpointer list_item, stale;

  self->refresh_idle = 0;
  if (self->model == NULL)
    return G_SOURCE_REMOVE;

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &list_item, &stale))
    {
      LcAgendaRow *row = LC_AGENDA_ROW (gtk_list_item_get_child (list_item));
      LcItem *item = lc_agenda_row_get_item (row);

      g_hash_table_iter_replace (&iter, GINT_TO_POINTER (REFRESH_NONE));
      if (GPOINTER_TO_INT (stale) == REFRESH_ALL)
        {
          bind_list_item (self, list_item);
        }
      else if (item != NULL)
        {
          if (GPOINTER_TO_INT (stale) == REFRESH_PEOPLE)
            lc_agenda_row_show_people (row, lc_agenda_page_participations_of (self, lc_record_get_id (LC_RECORD (item))));
          lc_agenda_row_show_conflicts (row);
          /* Up to date with every change queued so far. */
          shown_of (list_item)->generation = self->generation;
        }
    }

  return G_SOURCE_REMOVE;
}

/* People, rooms and conflicts are shown in the rows but are not the rows'
 * items: when they change, the rows on screen are looked at again, once.
 * A change to people or participations fills only the rows whose people
 * changed; rooms and the convention (rarely changed) fill every row. */
void
lc_agenda_page_queue_refresh (LcAgendaPage *self,
                              Refresh       refresh)
{
  GHashTableIter iter;
  gpointer stale;

  /* Rows bound later, not in self->bound now, are filled anew then. */
  self->generation++;
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, NULL, &stale))
    g_hash_table_iter_replace (&iter, GINT_TO_POINTER (MAX (GPOINTER_TO_INT (stale), (int) refresh)));
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_rows, self, NULL);
}

/* An item on screen changed in place (an edit waiting for a busy library
 * shows at once): its row alone is filled again. */
static void
on_bound_item_notify (LcItem      *item,
                      GParamSpec  *pspec,
                      GtkListItem *list_item)
{
  LcAgendaPage *self = g_object_get_data (G_OBJECT (list_item), "lc-agenda-page");

  if (self == NULL || !g_hash_table_contains (self->bound, list_item))
    return;
  g_hash_table_insert (self->bound, list_item, GINT_TO_POINTER (REFRESH_ALL));
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_rows, self, NULL);
}

/* Now rather than in an idle: the model already gathers a burst of
 * changes into one conflicts-changed. */
void
lc_agenda_page_refresh_rows (LcAgendaPage *self)
{
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  refresh_rows (self);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           LcAgendaPage             *self)
{
  GtkWidget *row = lc_agenda_row_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect (click, "pressed", G_CALLBACK (lc_agenda_page_on_row_pressed), list_item);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (click));
  gtk_list_item_set_child (list_item, row);
  g_object_set_data (G_OBJECT (list_item), "lc-agenda-page", self);
  lc_agenda_row_pacer_add (GTK_WIDGET (self->list_view), LC_AGENDA_ROW (row));
  g_object_set_data_full (G_OBJECT (list_item), "lc-agenda-shown", g_new0 (Shown, 1), g_free);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          LcAgendaPage             *self)
{
  gpointer item = gtk_list_item_get_item (list_item);

  g_hash_table_insert (self->bound, list_item, GINT_TO_POINTER (REFRESH_NONE));
  if (LC_IS_ITEM (item))
    {
      g_signal_connect_object (item, "notify", G_CALLBACK (on_bound_item_notify), list_item, 0);
      if (shows_the_same (self, shown_of (list_item), item))
        {
          lc_agenda_row_show_item_again (LC_AGENDA_ROW (gtk_list_item_get_child (list_item)), self->model, item);
          return;
        }
    }
  bind_list_item (self, list_item);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *list_item,
            LcAgendaPage             *self)
{
  gpointer item = gtk_list_item_get_item (list_item);

  if (item != NULL)
    g_signal_handlers_disconnect_by_func (item, on_bound_item_notify, list_item);
  g_hash_table_remove (self->bound, list_item);
  lc_agenda_row_clear (LC_AGENDA_ROW (gtk_list_item_get_child (list_item)));
}

/* The rows bound from now on show times and numbers in the new digits
 * (asking the setting on each bind costs more than the rest of it). */
static void
on_digits_changed (LcAgendaPage *self)
{
  self->generation++;
}

void
lc_agenda_page_connect_factory (LcAgendaPage       *self,
                                GtkListItemFactory *factory)
{
  GSettings *settings = lc_context_get_settings (lc_context_get_default ());

  if (settings != NULL)
    g_signal_connect_object (settings, "changed::digits", G_CALLBACK (on_digits_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
}

/**
 * lc_agenda_page_get_row_widget:
 * @self: the agenda
 * @item_id: an item
 *
 * Returns: (transfer none) (nullable): the #LcAgendaRow showing the item,
 *   when it is on screen
 */
GtkWidget *
lc_agenda_page_get_row_widget (LcAgendaPage *self,
                               gint64        item_id)
{
  GHashTableIter iter;
  gpointer list_item;

  g_return_val_if_fail (LC_IS_AGENDA_PAGE (self), NULL);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &list_item, NULL))
    {
      GtkWidget *row = gtk_list_item_get_child (list_item);
      LcItem *item = lc_agenda_row_get_item (LC_AGENDA_ROW (row));

      if (item != NULL && lc_record_get_id (LC_RECORD (item)) == item_id)
        return row;
    }

  return NULL;
}
