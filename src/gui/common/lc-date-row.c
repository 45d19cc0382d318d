/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-date-row.h"
#include "lc-models.h"
#include "lc-util.h"

struct _LcDateRow
{
  AdwActionRow  parent_instance;

  GtkMenuButton *button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;
  char          *date;       /* YYYY-MM-DD */
  gboolean       syncing;
};

G_DEFINE_FINAL_TYPE (LcDateRow, lc_date_row, ADW_TYPE_ACTION_ROW)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_calendar (LcDateRow *self)
{
  GDate date;
  g_autoptr(GDateTime) when = NULL;

  if (self->date == NULL || !lc_date_parse (self->date, &date))
    return;

  when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, when);
  self->syncing = FALSE;
}

static void
take_calendar_day (LcDateRow *self)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (self->calendar);
  g_autofree char *iso = g_date_time_format (when, "%Y-%m-%d");

  lc_date_row_set_date (self, iso);
}

static void
on_day_selected (GtkCalendar *calendar,
                 LcDateRow   *self)
{
  if (!self->syncing)
    take_calendar_day (self);
}

/* A click on a day chooses it and closes the calendar; the arrows only move. */
static void
on_calendar_released (GtkGestureClick *gesture,
                      int              n_press,
                      double           x,
                      double           y,
                      LcDateRow       *self)
{
  take_calendar_day (self);
  gtk_popover_popdown (self->popover);
}

/* The calendar's own arrows move a focus mark that GTK 4.8 does not let
 * us read, and only Space picks that day: here the arrows move the chosen
 * day itself (by a day, a week, a month with Page Up/Down; Left is the next
 * day in a right-to-left window), and Enter or Space keeps it. */
static gboolean
on_calendar_key_pressed (GtkEventControllerKey *keys,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         LcDateRow             *self)
{
  g_autoptr(GDateTime) when = gtk_calendar_get_date (self->calendar);
  g_autoptr(GDateTime) moved = NULL;
  int forward = gtk_widget_get_direction (GTK_WIDGET (self->calendar)) == GTK_TEXT_DIR_RTL ? -1 : 1;

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
      take_calendar_day (self);
      gtk_popover_popdown (self->popover);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      moved = g_date_time_add_days (when, -forward);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      moved = g_date_time_add_days (when, forward);
      break;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      moved = g_date_time_add_weeks (when, -1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      moved = g_date_time_add_weeks (when, 1);
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      moved = g_date_time_add_months (when, -1);
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      moved = g_date_time_add_months (when, 1);
      break;
    default:
      return FALSE;
    }

  /* GTK 4.8 does not always say "day-selected" when the month changes
   * backwards (Page Up from 29 February showed 29 January and left the
   * row on February): take the day here, once. */
  if (moved == NULL)
    return TRUE;
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, moved);
  self->syncing = FALSE;
  take_calendar_day (self);
  return TRUE;
}

static void
on_activated (AdwActionRow *row)
{
  lc_date_row_popup (LC_DATE_ROW (row));
}

static void
lc_date_row_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LcDateRow *self = LC_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_date_row_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LcDateRow *self = LC_DATE_ROW (object);

  switch (prop_id)
    {
    case PROP_DATE:
      lc_date_row_set_date (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lc_date_row_finalize (GObject *object)
{
  LcDateRow *self = LC_DATE_ROW (object);

  g_free (self->date);

  G_OBJECT_CLASS (lc_date_row_parent_class)->finalize (object);
}

static void
lc_date_row_class_init (LcDateRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = lc_date_row_get_property;
  object_class->set_property = lc_date_row_set_property;
  object_class->finalize = lc_date_row_finalize;

  /**
   * LcDateRow:date:
   *
   * The date chosen, as YYYY-MM-DD.
   */
  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lc_date_row_init (LcDateRow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, GTK_WIDGET (self->calendar));

  self->button = GTK_MENU_BUTTON (gtk_menu_button_new ());
  gtk_menu_button_set_icon_name (self->button, "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (self->button, GTK_WIDGET (self->popover));
  gtk_widget_set_valign (GTK_WIDGET (self->button), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->button), "flat");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->button), _("Choose a Day"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->button));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
  g_signal_connect (self, "activated", G_CALLBACK (on_activated), NULL);

  /* Released, not pressed: the press also moves the calendar's day. */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_BUBBLE);
  g_signal_connect (click, "released", G_CALLBACK (on_calendar_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), GTK_EVENT_CONTROLLER (click));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_calendar_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->calendar), keys);
  g_signal_connect (self->calendar, "day-selected", G_CALLBACK (on_day_selected), self);
}

GtkWidget *
lc_date_row_new (void)
{
  return g_object_new (LC_TYPE_DATE_ROW, NULL);
}

/** lc_date_row_get_date: Returns: (nullable): the date, YYYY-MM-DD */
const char *
lc_date_row_get_date (LcDateRow *self)
{
  g_return_val_if_fail (LC_IS_DATE_ROW (self), NULL);

  return self->date;
}

/**
 * lc_date_row_set_date:
 * @self: the row
 * @iso_date: a date as YYYY-MM-DD
 *
 * Shows @iso_date, written in the reader's language and digits.
 */
void
lc_date_row_set_date (LcDateRow  *self,
                      const char *iso_date)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (LC_IS_DATE_ROW (self));

  if (g_strcmp0 (self->date, iso_date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (iso_date);
  shown = iso_date && lc_date_parse (iso_date, NULL) ? lc_format_date (iso_date) : g_strdup ("");
  /* The subtitle is markup in libadwaita 1.2. */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), shown);
  sync_calendar (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/**
 * lc_date_row_popup:
 * @self: the row
 *
 * Opens the calendar, on the row's day, with the keyboard in it.
 */
void
lc_date_row_popup (LcDateRow *self)
{
  g_return_if_fail (LC_IS_DATE_ROW (self));

  sync_calendar (self);
  gtk_menu_button_popup (self->button);
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}
