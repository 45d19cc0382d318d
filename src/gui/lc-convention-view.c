/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-agenda-page.h"
#include "lc-agenda-printer.h"
#include "lc-badges-dialog.h"
#include "lc-certificates-dialog.h"
#include "lc-check-in-window.h"
#include "lc-cities-page.h"
#include "lc-conflicts-pane.h"
#include "lc-convention-dialog.h"
#include "lc-convention-io.h"
#include "lc-convention-view.h"
#include "lc-declaration-page.h"
#include "lc-declaration-printer.h"
#include "lc-exchange.h"
#include "lc-exchange-history-dialog.h"
#include "lc-export-dialog.h"
#include "lc-feedback.h"
#include "lc-file-chooser.h"
#include "lc-attendance-import.h"
#include "lc-import-dialog.h"
#include "lc-language-tag.h"
#include "lc-merge-dialog.h"
#include "lc-report-export.h"
#include "lc-report-page.h"
#include "lc-send-changes.h"
#include "lc-speakers-page.h"
#include "lc-util.h"

/*
 * An open convention: a header bar with a view switcher over its five
 * areas (a switcher bar at the bottom when the window is narrow), the
 * conflicts pane in a flap, and the actions that apply to the whole
 * convention: undo and redo, add, search, export, close.
 */

struct _LcConventionView
{
  AdwBin               parent_instance;

  AdwViewSwitcherTitle *switcher_title;
  GtkLabel             *title_label;
  GtkLabel             *language_note;
  GtkWidget            *switcher_bar;
  guint                 layout_idle;
  AdwViewStack         *view_stack;
  AdwFlap              *flap;
  LcConflictsPane      *conflicts_pane;
  GtkToggleButton      *conflicts_button;
  GtkLabel             *conflicts_label;
  GtkWidget            *slots[5];   /* an AdwBin per area, in the stack */
  GtkWidget            *pages[5];   /* each area's page, once it was shown */

  LcConventionModel    *model;
  LcUndoStack          *undo;
  GHashTable           *filled;     /* pages that were handed the model */
  gulong                conflicts_handler;
};

G_DEFINE_FINAL_TYPE (LcConventionView, lc_convention_view, ADW_TYPE_BIN)

enum {
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The areas, in the switcher's order and the order of the slots. A page is
 * hundreds of widgets (Cities also parses a stylesheet for its chart), and
 * one area is seen at a time: building all five made every start and every
 * opened convention pay for the three that were not shown. */
enum {
  AREA_AGENDA,
  AREA_SPEAKERS,
  AREA_CITIES,
  AREA_DECLARATION,
  AREA_REPORT,
  N_AREAS
};

static const struct
{
  const char *slot;
  GType     (*get_type) (void);
} areas[N_AREAS] = {
  [AREA_AGENDA] = { "agenda_slot", lc_agenda_page_get_type },
  [AREA_SPEAKERS] = { "speakers_slot", lc_speakers_page_get_type },
  [AREA_CITIES] = { "cities_slot", lc_cities_page_get_type },
  [AREA_DECLARATION] = { "declaration_slot", lc_declaration_page_get_type },
  [AREA_REPORT] = { "report_slot", lc_report_page_get_type },
};

G_STATIC_ASSERT (G_N_ELEMENTS (((LcConventionView *) NULL)->slots) == N_AREAS);
G_STATIC_ASSERT (G_N_ELEMENTS (((LcConventionView *) NULL)->pages) == N_AREAS);

static guint
area_of_slot (LcConventionView *self,
              GtkWidget        *slot)
{
  for (guint i = 0; i < N_AREAS; i++)
    if (self->slots[i] == slot)
      return i;

  return N_AREAS;
}

/* The visible area's page, or NULL before a convention showed it. */
static GtkWidget *
visible_page (LcConventionView *self)
{
  guint area = area_of_slot (self, adw_view_stack_get_visible_child (self->view_stack));

  return area < N_AREAS ? self->pages[area] : NULL;
}

static void
update_title (LcConventionView *self)
{
  LcRecord *convention = self->model ? LC_RECORD (lc_convention_model_get_convention (self->model)) : NULL;
  const char *title = convention ? lc_ui_text (convention, "title", NULL) : "";

  adw_view_switcher_title_set_title (self->switcher_title, title);
  gtk_label_set_text (self->title_label, title);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->title_label), title);
}

/* A convention written in the other language only says so once, here,
 * rather than beside every one of its texts. Asked again after each
 * change, since the model gathers them into one conflicts-changed. */
static void
update_language_note (LcConventionView *self)
{
  const char *note = lc_language_tag_note (self->model);

  gtk_widget_set_visible (GTK_WIDGET (self->language_note), note != NULL);
  if (note != NULL)
    gtk_label_set_text (self->language_note, note);
}

/* Wide, the switcher takes the title's place: the title moves to the start
 * of the header bar, so the open convention is always named. Narrow, the
 * switcher moves to the bar at the bottom.
 *
 * The switcher title decides while it is being laid out, and widgets shown
 * or hidden in the middle of a layout are drawn before they have a size
 * (GTK 4.8 warns "Trying to snapshot … without a current allocation"), so
 * the change waits for the layout to end. The bar is hidden rather than
 * unrevealed: GTK 4.8's revealer, closed with animations off, gives its
 * child a height of -1 and warns. */
static gboolean
apply_title_visible (gpointer data)
{
  LcConventionView *self = data;
  gboolean narrow = adw_view_switcher_title_get_title_visible (self->switcher_title);

  self->layout_idle = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->title_label), !narrow);
  gtk_widget_set_visible (self->switcher_bar, narrow);

  return G_SOURCE_REMOVE;
}

static void
on_title_visible_changed (LcConventionView *self)
{
  if (self->layout_idle == 0)
    self->layout_idle = g_idle_add (apply_title_visible, self);
}

static void
on_write_failed (LcConventionView *self,
                 const GError     *error)
{
  lc_widget_show_error (GTK_WIDGET (self), error);
}

static void
update_undo_actions (LcConventionView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.undo",
                                 self->undo && lc_undo_stack_get_can_undo (self->undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "view.redo",
                                 self->undo && lc_undo_stack_get_can_redo (self->undo));
}

/* Hidden areas cost time to build, fill and measure (hundreds of labels
 * each), so an area is built and gets the convention when it is first shown
 * with one, not when the window starts or the convention opens. Done at
 * once, inside the switch, so the area's first frame already shows it. */
static void
build_page (LcConventionView *self,
            guint             area)
{
  if (self->pages[area] != NULL)
    return;

  self->pages[area] = g_object_new (areas[area].get_type (), NULL);
  adw_bin_set_child (ADW_BIN (self->slots[area]), self->pages[area]);
}

static void
fill_visible_area (LcConventionView *self)
{
  guint area = area_of_slot (self, adw_view_stack_get_visible_child (self->view_stack));
  GtkWidget *page;

  if (area >= N_AREAS || self->model == NULL)
    return;

  build_page (self, area);
  page = self->pages[area];
  if (g_hash_table_contains (self->filled, page))
    return;

  g_hash_table_add (self->filled, page);
  lc_page_set_context (LC_PAGE (page), self->model, self->undo);
}

static void update_conflicts (LcConventionView *self);

static void
on_reveal_flap_changed (LcConventionView *self)
{
  if (adw_flap_get_reveal_flap (self->flap))
    lc_conflicts_pane_set_model (self->conflicts_pane, self->model);
  update_conflicts (self);
}

static void
update_conflicts (LcConventionView *self)
{
  LcConflictList *conflicts = self->model ? lc_convention_model_get_conflicts (self->model) : NULL;
  guint count = conflicts ? g_list_model_get_n_items (G_LIST_MODEL (conflicts)) : 0;
  g_autofree char *text = lc_ui_format_number (count);

  gtk_label_set_text (self->conflicts_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_label), count > 0);
  /* A warning sign with nothing to warn of is noise; it stays while the
   * pane is open (F9 opens it any time) so it can be closed by pointer. */
  gtk_widget_set_visible (GTK_WIDGET (self->conflicts_button), count > 0 || adw_flap_get_reveal_flap (self->flap));
  if (count > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->conflicts_button), "warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->conflicts_button), "warning");
}

/* The model gathers a burst of changes into one conflicts-changed. */
static void
on_model_changed (LcConventionView *self)
{
  update_conflicts (self);
  update_language_note (self);
}

/* Switches to the Agenda, which is then built, and shows the item there. */
static void
reveal_item (LcConventionView *self,
             gint64            item_id)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "agenda");
  if (self->pages[AREA_AGENDA] != NULL)
    lc_agenda_page_reveal_item (LC_AGENDA_PAGE (self->pages[AREA_AGENDA]), item_id);
}

static void
on_conflict_item_activated_cb (LcConflictsPane  *pane,
                               gint64            item_id,
                               LcConventionView *self)
{
  reveal_item (self, item_id);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LcConventionView *self = LC_CONVENTION_VIEW (widget);
  g_autoptr(GError) error = NULL;
  gboolean redo = g_str_equal (action_name, "view.redo");

  if (self->undo == NULL)
    return;

  if (!(redo ? lc_undo_stack_redo (self->undo, &error) : lc_undo_stack_undo (self->undo, &error)))
    lc_widget_show_error (GTK_WIDGET (self), error);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  GtkWidget *page = visible_page (LC_CONVENTION_VIEW (widget));

  if (page != NULL)
    lc_page_add (LC_PAGE (page));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  GtkWidget *page = visible_page (LC_CONVENTION_VIEW (widget));

  if (page != NULL)
    lc_page_search (LC_PAGE (page));
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_signal_emit (widget, signals[CLOSED], 0);
}

static void
show_area_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  lc_convention_view_show_area (LC_CONVENTION_VIEW (widget), g_variant_get_string (parameter, NULL));
}

static void
toggle_conflicts_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LcConventionView *self = LC_CONVENTION_VIEW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
on_export_chosen (const char *path,
                  gpointer    user_data)
{
  LcConventionView *self = LC_CONVENTION_VIEW (user_data);
  g_autoptr(GError) error = NULL;

  if (self->model == NULL)
    return;

  if (!lc_convention_export_file (lc_convention_model_get_store (self->model),
                                  lc_convention_model_get_id (self->model), path, &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  /* What is shared is where Send Changes… starts from, when nothing
   * was sent or imported before (issue 15). */
  else if (!lc_exchange_track (lc_convention_model_get_store (self->model),
                               lc_convention_model_get_id (self->model), &error))
    lc_widget_show_error (GTK_WIDGET (self), error);
  else
    lc_widget_show_file_toast (GTK_WIDGET (self), _("Convention shared"), path);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LcConventionView *self = LC_CONVENTION_VIEW (widget);
  LcRecord *convention;
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;

  if (self->model == NULL)
    return;

  convention = LC_RECORD (lc_convention_model_get_convention (self->model));
  /* Translators: the suggested file name of an exported convention; %s is its first day */
  name = g_strdup_printf (_("convention-%s.json"), lc_convention_get_start_date (LC_CONVENTION (convention)));

  chooser = lc_file_chooser_new_for (widget, GTK_FILE_CHOOSER_ACTION_SAVE, _("Share Convention"),
                                     _("_Save"), on_export_chosen);
  gtk_file_chooser_set_current_name (chooser, name);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
properties_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LcConventionView *self = LC_CONVENTION_VIEW (widget);

  if (self->model == NULL)
    return;

  gtk_window_present (GTK_WINDOW (lc_convention_dialog_edit (lc_widget_get_window (GTK_WIDGET (self)), self->undo,
                                                             self->model)));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LcConventionView *self = LC_CONVENTION_VIEW (widget);
  GtkWindow *parent = lc_widget_get_window (GTK_WIDGET (self));

  if (self->model == NULL)
    return;

  if (g_str_equal (action_name, "view.print-agenda"))
    lc_agenda_printer_print (parent, lc_convention_model_get_store (self->model),
                             lc_convention_model_get_id (self->model));
  else if (g_str_equal (action_name, "view.export-badges") || g_str_equal (action_name, "view.export-table-tents"))
    gtk_window_present (GTK_WINDOW (lc_badges_dialog_new (parent, lc_convention_model_get_store (self->model),
                                                          lc_convention_model_get_id (self->model),
                                                          g_str_equal (action_name, "view.export-badges")
                                                          ? LC_BADGES_KIND_BADGES : LC_BADGES_KIND_TABLE_TENTS,
                                                          NULL, 0)));
  else if (g_str_equal (action_name, "view.export-certificates"))
    gtk_window_present (GTK_WINDOW (lc_certificates_dialog_new (parent, lc_convention_model_get_store (self->model),
                                                                lc_convention_model_get_id (self->model))));
  else if (g_str_equal (action_name, "view.export-declaration-pdf"))
    lc_declaration_printer_export_pdf (parent, lc_convention_model_get_store (self->model),
                                       lc_convention_model_get_id (self->model));
  else if (g_str_equal (action_name, "view.export-report"))
    {
      /* What is being typed on the Report page belongs in the report. */
      if (self->pages[AREA_REPORT] != NULL)
        lc_report_page_flush (LC_REPORT_PAGE (self->pages[AREA_REPORT]));
      lc_report_export_ask (parent, lc_convention_model_get_store (self->model),
                            lc_convention_model_get_id (self->model));
    }
  else
    lc_agenda_printer_export_pdf (parent, lc_convention_model_get_store (self->model),
                                  lc_convention_model_get_id (self->model));
}

/* The door's window: a window of its own, so that it can stay open on a
 * second screen by the entrance while the main window is worked in. */
static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LcConventionView *self = LC_CONVENTION_VIEW (widget);

  if (self->model == NULL)
    return;
  lc_check_in_window_present (lc_widget_get_window (GTK_WIDGET (self)), self->undo,
                              lc_convention_model_get_store (self->model), lc_convention_model_get_id (self->model));
}

static void
exchange_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LcConventionView *self = LC_CONVENTION_VIEW (widget);
  GtkWindow *parent = lc_widget_get_window (GTK_WIDGET (self));
  LcStore *store;
  gint64 id;

  if (self->model == NULL || parent == NULL)
    return;

  store = lc_convention_model_get_store (self->model);
  id = lc_convention_model_get_id (self->model);
  if (g_str_equal (action_name, "view.import-speakers"))
    lc_import_dialog_choose_file (parent, self->undo, id, LC_CSV_IMPORT_SPEAKERS);
  else if (g_str_equal (action_name, "view.import-cities"))
    lc_import_dialog_choose_file (parent, self->undo, id, LC_CSV_IMPORT_CITIES);
  else if (g_str_equal (action_name, "view.import-attendance"))
    lc_attendance_import_choose_file (parent, self->undo, id);
  else if (g_str_equal (action_name, "view.merge-changes"))
    lc_merge_dialog_choose_file (parent, self->undo, id);
  else if (g_str_equal (action_name, "view.export-schedule-xml"))
    lc_export_dialog_choose_file (parent, store, id, LC_EXPORT_FORMAT_SCHEDULE_XML);
  else if (g_str_equal (action_name, "view.export-schedule-json"))
    lc_export_dialog_choose_file (parent, store, id, LC_EXPORT_FORMAT_SCHEDULE_JSON);
  else if (g_str_equal (action_name, "view.export-ics"))
    lc_export_dialog_choose_file (parent, store, id, LC_EXPORT_FORMAT_ICS);
  else if (g_str_equal (action_name, "view.send-changes"))
    lc_send_changes_ask (widget, store, id);
  else
    {
      GtkWindow *history = lc_exchange_history_dialog_new (parent, store, id);

      if (history != NULL)
        gtk_window_present (history);
    }
}

static void
lc_convention_view_dispose (GObject *object)
{
  LcConventionView *self = LC_CONVENTION_VIEW (object);

  if (self->filled != NULL)
    lc_convention_view_set_model (self, NULL);
  /* The slots own the pages, and go with the template's children. */
  memset (self->pages, 0, sizeof self->pages);
  g_clear_pointer (&self->filled, g_hash_table_unref);
  g_clear_handle_id (&self->layout_idle, g_source_remove);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself. */

  G_OBJECT_CLASS (lc_convention_view_parent_class)->dispose (object);
}

static void
lc_convention_view_class_init (LcConventionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_convention_view_dispose;

  /**
   * LcConventionView::closed:
   *
   * The user asked to go back to the library.
   */
  signals[CLOSED] = g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (LC_TYPE_CONFLICTS_PANE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/lc-convention-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, language_note);
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, flap);
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, conflicts_pane);
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, conflicts_button);
  gtk_widget_class_bind_template_child (widget_class, LcConventionView, conflicts_label);
  for (guint i = 0; i < N_AREAS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, areas[i].slot, FALSE,
                                               G_STRUCT_OFFSET (LcConventionView, slots) + i * sizeof (GtkWidget *));
  gtk_widget_class_bind_template_callback (widget_class, on_conflict_item_activated_cb);

  gtk_widget_class_install_action (widget_class, "view.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "view.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "view.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "view.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "view.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "view.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "view.properties", NULL, properties_action);
  gtk_widget_class_install_action (widget_class, "view.print-agenda", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "view.export-agenda-pdf", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "view.export-declaration-pdf", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "view.export-report", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "view.export-badges", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "view.export-table-tents", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "view.export-certificates", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "view.check-in", NULL, check_in_action);
  gtk_widget_class_install_action (widget_class, "view.show-area", "s", show_area_action);
  gtk_widget_class_install_action (widget_class, "view.import-speakers", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.import-cities", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.import-attendance", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.merge-changes", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.export-schedule-xml", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.export-schedule-json", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.export-ics", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.send-changes", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.changes-history", NULL, exchange_action);
  gtk_widget_class_install_action (widget_class, "view.toggle-conflicts", NULL, toggle_conflicts_action);
}

/* The convention's shortcuts. GTK resolves application accelerators from
 * the window, which cannot see actions installed on a widget inside it, so
 * "view.undo" set with gtk_application_set_accels_for_action() never fired.
 * A managed controller is run by the window whatever has the focus, and
 * activates the actions here, where they are; it acts only while the view
 * is shown, and after the focused widget (an entry keeps its own Ctrl+Z). */
static const struct
{
  const char *action;
  const char *target;
  const char *trigger;
} view_shortcuts[] = {
  { "view.undo", NULL, "<Control>z" },
  { "view.redo", NULL, "<Control><Shift>z|<Control>y" },
  { "view.add", NULL, "<Control>n" },
  { "view.search", NULL, "<Control>f" },
  { "view.close", NULL, "<Alt>Left" },
  { "view.export", NULL, "<Control>e" },
  { "view.properties", NULL, "<Alt>Return" },
  { "view.print-agenda", NULL, "<Control>p" },
  { "view.export-agenda-pdf", NULL, "<Control><Shift>e" },
  { "view.toggle-conflicts", NULL, "F9" },
  { "view.check-in", NULL, "<Control><Shift>k" },
  { "view.send-changes", NULL, "<Control><Shift>s" },
  { "view.merge-changes", NULL, "<Control><Shift>m" },
  { "view.show-area", "agenda", "<Alt>1" },
  { "view.show-area", "speakers", "<Alt>2" },
  { "view.show-area", "cities", "<Alt>3" },
  { "view.show-area", "declaration", "<Alt>4" },
  { "view.show-area", "report", "<Alt>5" },
};

static void
add_shortcuts (LcConventionView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_name (controller, "convention-shortcuts");
  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_MANAGED);
  for (guint i = 0; i < G_N_ELEMENTS (view_shortcuts); i++)
    {
      GtkShortcutTrigger *trigger = gtk_shortcut_trigger_parse_string (view_shortcuts[i].trigger);
      GtkShortcutAction *action = gtk_named_action_new (view_shortcuts[i].action);
      GtkShortcut *shortcut = gtk_shortcut_new (trigger, action);

      if (view_shortcuts[i].target != NULL)
        gtk_shortcut_set_arguments (shortcut, g_variant_new_string (view_shortcuts[i].target));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
lc_convention_view_init (LcConventionView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  add_shortcuts (self);
  /* The Agenda is what a convention opens on, and the view itself is
   * built only when one is shown; built now, it can be watched before the
   * convention arrives (test-agenda-edit counts its list's changes). */
  build_page (self, AREA_AGENDA);

  self->filled = g_hash_table_new (NULL, NULL);
  g_signal_connect_object (self->view_stack, "notify::visible-child",
                           G_CALLBACK (fill_visible_area), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::reveal-flap",
                           G_CALLBACK (on_reveal_flap_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->switcher_title, "notify::title-visible",
                           G_CALLBACK (on_title_visible_changed), self, G_CONNECT_SWAPPED);
  apply_title_visible (self);
  update_undo_actions (self);
  update_conflicts (self);
}

/**
 * lc_convention_view_set_model:
 * @self: the view
 * @model: (nullable): the convention to show
 *
 * Shows @model, with a fresh undo history: in the visible area now, in
 * each other area when it is first shown (an area's page is built then).
 */
void
lc_convention_view_set_model (LcConventionView  *self,
                              LcConventionModel *model)
{
  g_return_if_fail (LC_IS_CONVENTION_VIEW (self));

  if (self->model == model)
    return;

  if (self->model != NULL)
    {
      g_signal_handlers_disconnect_by_data (lc_convention_model_get_convention (self->model), self);
      g_clear_signal_handler (&self->conflicts_handler, self->model);
    }
  if (self->undo != NULL)
    g_signal_handlers_disconnect_by_data (self->undo, self);

  g_set_object (&self->model, model);
  g_clear_object (&self->undo);
  if (model != NULL)
    {
      self->undo = lc_undo_stack_new (lc_convention_model_get_store (model));
      g_signal_connect_swapped (self->undo, "notify::can-undo", G_CALLBACK (update_undo_actions), self);
      g_signal_connect_swapped (self->undo, "notify::can-redo", G_CALLBACK (update_undo_actions), self);
      /* An edit that waited for another process could not be written. */
      g_signal_connect_swapped (self->undo, "write-failed", G_CALLBACK (on_write_failed), self);
      g_signal_connect_swapped (lc_convention_model_get_convention (model), "notify",
                                G_CALLBACK (update_title), self);
    }

  /* Areas that showed the last convention let it go; the visible one shows this one. */
  for (guint i = 0; i < N_AREAS; i++)
    if (self->pages[i] != NULL && g_hash_table_remove (self->filled, self->pages[i]))
      lc_page_set_context (LC_PAGE (self->pages[i]), NULL, NULL);
  if (model != NULL)
    {
      fill_visible_area (self);
      self->conflicts_handler = g_signal_connect_swapped (model, "conflicts-changed",
                                                          G_CALLBACK (on_model_changed), self);
    }
  if (self->conflicts_pane != NULL)
    lc_conflicts_pane_set_model (self->conflicts_pane, adw_flap_get_reveal_flap (self->flap) ? model : NULL);

  update_title (self);
  update_undo_actions (self);
  update_conflicts (self);
  update_language_note (self);
}

/** lc_convention_view_get_model: Returns: (transfer none) (nullable): the convention shown */
LcConventionModel *
lc_convention_view_get_model (LcConventionView *self)
{
  g_return_val_if_fail (LC_IS_CONVENTION_VIEW (self), NULL);

  return self->model;
}

/** lc_convention_view_get_undo: Returns: (transfer none) (nullable): the undo history */
LcUndoStack *
lc_convention_view_get_undo (LcConventionView *self)
{
  g_return_val_if_fail (LC_IS_CONVENTION_VIEW (self), NULL);

  return self->undo;
}

/**
 * lc_convention_view_show_area:
 * @self: the view
 * @name: "agenda", "speakers", "cities", "declaration" or "report"
 */
void
lc_convention_view_show_area (LcConventionView *self,
                              const char       *name)
{
  g_return_if_fail (LC_IS_CONVENTION_VIEW (self));

  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

const char *
lc_convention_view_get_area (LcConventionView *self)
{
  g_return_val_if_fail (LC_IS_CONVENTION_VIEW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->view_stack);
}

/**
 * lc_convention_view_reveal_item:
 * @self: the view
 * @item_id: an item of the open convention
 *
 * Switches to the Agenda and shows the item there (from another area,
 * e.g. a person's list of items in Speakers).
 */
void
lc_convention_view_reveal_item (LcConventionView *self,
                                gint64            item_id)
{
  g_return_if_fail (LC_IS_CONVENTION_VIEW (self));

  reveal_item (self, item_id);
}

/**
 * lc_convention_view_restore_focus:
 * @self: the view
 *
 * Gives the keyboard to the visible area's main control.
 */
void
lc_convention_view_restore_focus (LcConventionView *self)
{
  GtkWidget *page = visible_page (self);

  g_return_if_fail (LC_IS_CONVENTION_VIEW (self));

  if (LC_IS_PAGE (page))
    lc_page_restore_focus (LC_PAGE (page));
}
