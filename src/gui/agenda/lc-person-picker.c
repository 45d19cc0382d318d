/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-person-picker.h"
#include "lc-search.h"
#include "lc-util.h"

/*
 * The people are filtered with lc_search_record_matches(), which keeps each
 * record's normalised names, so filtering 5,000 people per key costs only
 * the comparisons. They are sorted by their name in the interface's
 * language, with the locale's collation. People already on the item
 * (lc_person_picker_set_taken()) are not offered: picking one again could
 * only be refused as a duplicate.
 */

struct _LcPersonPicker
{
  GtkPopover          parent_instance;

  GtkStack           *stack;
  GtkSearchEntry     *search_entry;
  GtkStack           *results_stack;
  GtkListView        *people_view;
  AdwEntryRow        *name_ar;
  AdwEntryRow        *name_en;
  GtkCheckButton     *online_check;
  GtkWidget          *create_button;
  GtkLabel           *empty_label;

  LcConventionModel  *model;
  GListModel         *taken;        /* LcParticipation drafts of the item */
  GtkFilter          *filter;
  GtkFilterListModel *filtered;
  char               *needle;
};

G_DEFINE_FINAL_TYPE (LcPersonPicker, lc_person_picker, GTK_TYPE_POPOVER)

enum {
  PERSON_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Whether @person is one of the item's people already: by id, or, for a
 * person made in this editor and not stored yet, as the same object. */
static gboolean
is_taken (LcPersonPicker *self,
          LcRecord       *person)
{
  gint64 id = lc_record_get_id (person);
  guint n = self->taken ? g_list_model_get_n_items (self->taken) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) participation = g_list_model_get_item (self->taken, i);

      if ((id > 0 && lc_participation_get_person_id (LC_PARTICIPATION (participation)) == id)
          || g_object_get_data (G_OBJECT (participation), "person") == (gpointer) person)
        return TRUE;
    }

  return FALSE;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  LcPersonPicker *self = user_data;

  return (self->needle == NULL || lc_search_record_matches (item, self->needle)) && !is_taken (self, item);
}

/* Whether what was typed names someone who is on the item already. */
static gboolean
search_finds_taken (LcPersonPicker *self)
{
  GListModel *people = self->model ? lc_convention_model_get_people (self->model) : NULL;
  guint n = people ? g_list_model_get_n_items (people) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (people, i);

      if ((self->needle == NULL || lc_search_record_matches (person, self->needle)) && is_taken (self, person))
        return TRUE;
    }

  return FALSE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return g_utf8_collate (lc_ui_text ((LcRecord *) a, "name", NULL), lc_ui_text ((LcRecord *) b, "name", NULL));
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *detail = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (detail), 0);
  gtk_label_set_ellipsize (GTK_LABEL (detail), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (detail, "caption");
  gtk_widget_add_css_class (detail, "dim-label");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), detail);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item,
          gpointer                  user_data)
{
  LcRecord *person = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *name = gtk_widget_get_first_child (box);
  GtkWidget *detail = gtk_widget_get_last_child (box);
  LcLanguage other = lc_ui_language () == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;
  gboolean fell_back = FALSE;
  const char *shown = lc_ui_text (person, "name", &fell_back);
  const char *second = fell_back ? "" : lc_record_get_text (person, "name", other, NULL);
  const char *organisation = lc_ui_text (person, "organisation", NULL);
  g_autofree char *text = NULL;

  /* The other language's name helps tell apart two people spelt alike.
   * It goes last: the first letters set the line's direction. */
  if (*second != '\0' && g_strcmp0 (second, shown) != 0 && *organisation != '\0')
    /* Translators: under a person's name: their organisation, then their name in the other language */
    text = g_strdup_printf (_("%s · %s"), organisation, second);
  else
    text = g_strdup (*second != '\0' && g_strcmp0 (second, shown) != 0 ? second : organisation);

  gtk_label_set_text (GTK_LABEL (name), shown);
  gtk_label_set_text (GTK_LABEL (detail), text);
  gtk_widget_set_visible (detail, *text != '\0');
}

/* The list, or else a sentence saying why it is empty; before anything is
 * typed that is never "no one has that name". */
static void
update_results (LcPersonPicker *self)
{
  guint n = self->filtered ? g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) : 0;
  GListModel *people = self->model ? lc_convention_model_get_people (self->model) : NULL;
  const char *why;

  if (n > 0)
    {
      gtk_stack_set_visible_child_name (self->results_stack, "list");
      return;
    }

  if (search_finds_taken (self))
    why = self->needle ? _("Everyone of that name is on this item already.")
                       : _("Everyone on the programme is on this item already.");
  else if (self->needle != NULL)
    why = _("No one on the programme has that name.");
  else if (people == NULL || g_list_model_get_n_items (people) == 0)
    why = _("No one is on the programme yet: add a new person.");
  else
    why = "";

  gtk_label_set_text (self->empty_label, why);
  gtk_stack_set_visible_child_name (self->results_stack, "empty");
}

static void
on_taken_items_changed_cb (GListModel     *taken,
                           guint           position,
                           guint           removed,
                           guint           added,
                           LcPersonPicker *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_results (self);
}

static void
emit_chosen (LcPersonPicker *self,
             LcPerson       *person)
{
  g_object_ref (person);
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[PERSON_CHOSEN], 0, person);
  g_object_unref (person);
}

static void
on_search_entry_search_changed_cb (GtkSearchEntry *entry,
                                   LcPersonPicker *self)
{
  g_autofree char *needle = lc_search_normalise (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_clear_pointer (&self->needle, g_free);
  if (*needle != '\0')
    self->needle = g_steal_pointer (&needle);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_results (self);
}

/* Enter in the search takes the first match of what was typed, even
 * before the search entry's delay has passed. */
static void
on_search_entry_activate_cb (GtkSearchEntry *entry,
                             LcPersonPicker *self)
{
  on_search_entry_search_changed_cb (entry, self);
  if (self->filtered != NULL && g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    lc_person_picker_choose (self, 0);
}

/* Down from the search goes into the list of what was typed, even before
 * the search entry's delay has passed: a person who types a name and
 * presses Down and Enter at once gets that name. */
static gboolean
on_search_key_pressed_cb (GtkEventControllerKey *keys,
                          guint                  keyval,
                          guint                  keycode,
                          GdkModifierType        state,
                          LcPersonPicker        *self)
{
  if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    on_search_entry_search_changed_cb (self->search_entry, self);

  return FALSE;
}

static void
on_people_view_activate_cb (GtkListView    *view,
                            guint           position,
                            LcPersonPicker *self)
{
  lc_person_picker_choose (self, position);
}

static gboolean
has_arabic (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_ARABIC)
      return TRUE;

  return FALSE;
}

static void
on_new_button_clicked_cb (GtkButton      *button,
                          LcPersonPicker *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  /* What was searched for is probably the new person's name. */
  gtk_editable_set_text (GTK_EDITABLE (self->name_ar), has_arabic (typed) ? typed : "");
  gtk_editable_set_text (GTK_EDITABLE (self->name_en), has_arabic (typed) ? "" : typed);
  gtk_check_button_set_active (self->online_check, FALSE);
  gtk_stack_set_visible_child_name (self->stack, "new");
  gtk_widget_grab_focus (GTK_WIDGET (has_arabic (typed) || *typed == '\0' ? self->name_ar : self->name_en));
}

static void
on_back_button_clicked_cb (GtkButton      *button,
                           LcPersonPicker *self)
{
  gtk_stack_set_visible_child_name (self->stack, "search");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static gboolean
names_given (LcPersonPicker *self)
{
  g_autofree char *ar = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_ar))));
  g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_en))));

  return *ar != '\0' || *en != '\0';
}

static void
on_name_changed_cb (GtkEditable    *editable,
                    LcPersonPicker *self)
{
  gtk_widget_set_sensitive (self->create_button, names_given (self));
}

static void
on_create_button_clicked_cb (GtkWidget      *widget,
                             LcPersonPicker *self)
{
  g_autofree char *ar = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_ar))));
  g_autofree char *en = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_en))));
  LcRecord *person;

  if (!names_given (self) || self->model == NULL)
    return;

  person = g_object_new (LC_TYPE_PERSON, NULL);
  lc_person_set_convention_id (LC_PERSON (person), lc_convention_model_get_id (self->model));
  lc_person_set_name (LC_PERSON (person), ar, en);
  lc_person_set_attendance (LC_PERSON (person),
                     gtk_check_button_get_active (self->online_check) ? LC_ATTENDANCE_ONLINE : LC_ATTENDANCE_IN_PERSON);
  emit_chosen (self, LC_PERSON (person));
  g_object_unref (person);
}

/* Below the button when the window has room for the picker there, else
 * above it: the picker stays inside its window (GTK only turns it over at
 * the screen's edge), whichever way the editor is scrolled. */
static void
choose_side (LcPersonPicker *self)
{
  GtkWidget *button = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *window = button ? GTK_WIDGET (gtk_widget_get_root (button)) : NULL;
  graphene_rect_t bounds;
  int height = 0, unused = 0;
  double above, below;

  if (window == NULL || !gtk_widget_compute_bounds (button, window, &bounds))
    return;

  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, -1, &unused, &height, NULL, NULL);
  above = bounds.origin.y;
  below = gtk_widget_get_height (window) - bounds.origin.y - bounds.size.height;
  gtk_popover_set_position (GTK_POPOVER (self), below >= height || below >= above ? GTK_POS_BOTTOM : GTK_POS_TOP);
}

static void
on_picker_show_cb (GtkWidget      *widget,
                   LcPersonPicker *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_stack_set_visible_child_name (self->stack, "search");
  choose_side (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/* GTK 4.8's GtkPopover measures its height for its whole width, shadow
 * included, though its contents get that width less the shadow: a text that
 * wraps (the New Person form's help, longer in Arabic) is measured on fewer
 * lines than it then needs, and the form, squeezed, was widened past the
 * popover's edges by GtkStack. Measured for the width the contents get, the
 * height is what they need. */
static void
lc_person_picker_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  GtkWidgetClass *parent_class = GTK_WIDGET_CLASS (lc_person_picker_parent_class);
  GtkWidget *contents = gtk_widget_get_first_child (widget);

  if (orientation == GTK_ORIENTATION_VERTICAL && for_size > 0 && contents != NULL)
    {
      int popover_width = 0, contents_width = 0, unused = 0, unused_baseline = -1;

      /* A class's own measure writes every answer: none may be NULL. */
      parent_class->measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &popover_width, &unused,
                             &unused_baseline, &unused_baseline);
      gtk_widget_measure (contents, GTK_ORIENTATION_HORIZONTAL, -1, &contents_width, NULL, NULL, NULL);
      for_size = MAX (contents_width, for_size - MAX (popover_width - contents_width, 0));
    }

  parent_class->measure (widget, orientation, for_size, minimum, natural, minimum_baseline, natural_baseline);
}

static void
lc_person_picker_dispose (GObject *object)
{
  LcPersonPicker *self = LC_PERSON_PICKER (object);

  gtk_list_view_set_model (self->people_view, NULL);
  g_clear_object (&self->filtered);
  if (self->filter != NULL)
    gtk_custom_filter_set_filter_func (GTK_CUSTOM_FILTER (self->filter), NULL, NULL, NULL);
  g_clear_object (&self->filter);
  g_clear_object (&self->model);
  g_clear_object (&self->taken);
  g_clear_pointer (&self->needle, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), LC_TYPE_PERSON_PICKER);

  G_OBJECT_CLASS (lc_person_picker_parent_class)->dispose (object);
}

static void
lc_person_picker_class_init (LcPersonPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_person_picker_dispose;
  widget_class->measure = lc_person_picker_measure;

  /**
   * LcPersonPicker::person-chosen:
   * @person: the person; a new one has no id yet and is not stored
   */
  signals[PERSON_CHOSEN] = g_signal_new ("person-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, LC_TYPE_PERSON);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/agenda/lc-person-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, stack);
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, results_stack);
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, people_view);
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, name_ar);
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, name_en);
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, online_check);
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, create_button);
  gtk_widget_class_bind_template_child (widget_class, LcPersonPicker, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_people_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_new_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_back_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_name_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_create_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_picker_show_cb);
}

static void
lc_person_picker_init (LcPersonPicker *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_search_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  gtk_widget_set_direction (GTK_WIDGET (self->name_ar), GTK_TEXT_DIR_RTL);
  gtk_widget_set_direction (GTK_WIDGET (self->name_en), GTK_TEXT_DIR_LTR);
  self->filter = GTK_FILTER (gtk_custom_filter_new (filter_func, self, NULL));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  gtk_list_view_set_factory (self->people_view, factory);
  update_results (self);
}

GtkWidget *
lc_person_picker_new (void)
{
  return g_object_new (LC_TYPE_PERSON_PICKER, NULL);
}

/**
 * lc_person_picker_set_model:
 * @self: the picker
 * @model: (nullable): the convention whose people are offered
 */
void
lc_person_picker_set_model (LcPersonPicker    *self,
                            LcConventionModel *model)
{
  g_autoptr(GtkSortListModel) sorted = NULL;

  g_return_if_fail (LC_IS_PERSON_PICKER (self));

  if (!g_set_object (&self->model, model))
    return;

  gtk_list_view_set_model (self->people_view, NULL);
  g_clear_object (&self->filtered);
  if (model != NULL)
    {
      sorted = gtk_sort_list_model_new (g_object_ref (lc_convention_model_get_people (model)),
                                        GTK_SORTER (gtk_custom_sorter_new (compare_names, NULL, NULL)));
      self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_steal_pointer (&sorted)),
                                                  g_object_ref (self->filter));
      g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (update_results), self, G_CONNECT_SWAPPED);
      gtk_list_view_set_model (self->people_view,
                               GTK_SELECTION_MODEL (gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)))));
    }
  update_results (self);
}

/**
 * lc_person_picker_set_taken:
 * @self: the picker
 * @participations: (nullable): the item's people as listed (LcParticipation
 *   drafts, a person not stored yet riding on each as its "person" data);
 *   the picker follows its changes
 *
 * The people on @participations are not offered.
 */
void
lc_person_picker_set_taken (LcPersonPicker *self,
                            GListModel     *participations)
{
  g_return_if_fail (LC_IS_PERSON_PICKER (self));

  if (self->taken == participations)
    return;

  if (self->taken != NULL)
    g_signal_handlers_disconnect_by_func (self->taken, on_taken_items_changed_cb, self);
  g_set_object (&self->taken, participations);
  if (participations != NULL)
    g_signal_connect_object (participations, "items-changed", G_CALLBACK (on_taken_items_changed_cb), self, 0);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  update_results (self);
}

/**
 * lc_person_picker_set_search:
 * @self: the picker
 * @text: what the user typed
 *
 * Searches as the search entry does when @text is typed in it.
 */
void
lc_person_picker_set_search (LcPersonPicker *self,
                             const char     *text)
{
  g_return_if_fail (LC_IS_PERSON_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  /* The entry reports changes after a delay; apply this one now. */
  on_search_entry_search_changed_cb (self->search_entry, self);
}

/** lc_person_picker_get_results: Returns: (transfer none): the people matching the search */
GListModel *
lc_person_picker_get_results (LcPersonPicker *self)
{
  g_return_val_if_fail (LC_IS_PERSON_PICKER (self), NULL);

  return G_LIST_MODEL (self->filtered);
}

/**
 * lc_person_picker_choose:
 * @self: the picker
 * @position: a position in lc_person_picker_get_results()
 *
 * Picks that person, as a click on their row does.
 */
void
lc_person_picker_choose (LcPersonPicker *self,
                         guint           position)
{
  g_autoptr(LcPerson) person = self->filtered ? g_list_model_get_item (G_LIST_MODEL (self->filtered), position) : NULL;

  g_return_if_fail (LC_IS_PERSON_PICKER (self));

  if (person != NULL)
    emit_chosen (self, person);
}

/**
 * lc_person_picker_create:
 * @self: the picker
 * @name_ar: the Arabic name
 * @name_en: the English name
 *
 * Fills in the new person's form and adds the person, as the Add Person
 * button does (nothing happens when both names are empty).
 */
void
lc_person_picker_create (LcPersonPicker *self,
                         const char     *name_ar,
                         const char     *name_en)
{
  g_return_if_fail (LC_IS_PERSON_PICKER (self));

  on_new_button_clicked_cb (NULL, self);
  gtk_editable_set_text (GTK_EDITABLE (self->name_ar), name_ar);
  gtk_editable_set_text (GTK_EDITABLE (self->name_en), name_en);
  on_create_button_clicked_cb (self->create_button, self);
}
