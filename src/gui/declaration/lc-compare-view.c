/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-compare-view.h"
#include "lc-declaration-ui.h"
#include "lc-feedback.h"
#include "lc-util.h"

/*
 * Two texts of a declaration compared clause by clause (lc_diff_texts()):
 * any two published versions, or a version and the working text. Each
 * clause shows its English and Arabic side by side; inserted words are
 * underlined on a green ground and deleted words struck through on a red
 * one, so the change reads without colour too, and a caption names each
 * changed, new or deleted clause.
 */

/* Grounds light enough for the text over them, in light and dark styles. */
#define INSERTED_SPAN "<span underline=\"single\" background=\"#33d17a\" bgalpha=\"30%%\">%s</span>"
#define DELETED_SPAN "<span strikethrough=\"true\" background=\"#e01b24\" bgalpha=\"25%%\">%s</span>"

struct _LcCompareView
{
  AdwBin          parent_instance;

  GtkDropDown    *from_dropdown;
  GtkDropDown    *to_dropdown;
  GtkCheckButton *diacritics_check;
  GtkCheckButton *changes_only_check;
  GtkLabel       *inserted_legend;
  GtkLabel       *deleted_legend;
  GtkLabel       *summary_label;
  GtkStack       *stack;
  GtkBox         *content_box;

  LcStore        *store;
  gint64          declaration_id;
  guint           n_versions;
  LcTextDiff     *diff;
  gboolean        filling;
};

G_DEFINE_FINAL_TYPE (LcCompareView, lc_compare_view, ADW_TYPE_BIN)

/**
 * lc_compare_view_segments_markup:
 * @segments: (element-type LcDiffSegment): a comparison of one text
 *
 * Returns: (transfer full): Pango markup of the text, inserted stretches
 *   underlined and deleted ones struck through
 */
char *
lc_compare_view_segments_markup (GPtrArray *segments)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < segments->len; i++)
    {
      LcDiffSegment *segment = g_ptr_array_index (segments, i);
      g_autofree char *piece = NULL;

      switch (segment->kind)
        {
        case LC_DIFF_INSERTED:
          piece = g_markup_printf_escaped (INSERTED_SPAN, segment->text);
          break;
        case LC_DIFF_DELETED:
          piece = g_markup_printf_escaped (DELETED_SPAN, segment->text);
          break;
        case LC_DIFF_EQUAL:
        default:
          piece = g_markup_escape_text (segment->text, -1);
          break;
        }
      g_string_append (markup, piece);
    }

  return g_string_free (markup, FALSE);
}

/* A choice's position → a version number, 0 for the working text. */
static int
choice_version (LcCompareView *self,
                GtkDropDown   *dropdown)
{
  guint position = gtk_drop_down_get_selected (dropdown);

  if (position == GTK_INVALID_LIST_POSITION || position >= self->n_versions)
    return 0;

  return (int) position + 1;
}

static guint
version_choice (LcCompareView *self,
                int            version)
{
  return version <= 0 || (guint) version > self->n_versions ? self->n_versions : (guint) version - 1;
}

static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Labels of versions can be long; the narrow window still fits. */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_width_chars (GTK_LABEL (label), 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  const char *text = gtk_string_object_get_string (gtk_list_item_get_item (item));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
}

static GtkWidget *
markup_label (GPtrArray  *segments,
              const char *css_class)
{
  g_autofree char *markup = lc_compare_view_segments_markup (segments);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
change_caption (LcClauseChange change,
                gboolean       section)
{
  const char *text = NULL;
  GtkWidget *label;

  switch (change)
    {
    case LC_CLAUSE_CHANGE_CHANGED:
      text = section ? NULL : _("Changed");
      break;
    case LC_CLAUSE_CHANGE_INSERTED:
      text = section ? _("New section") : _("New clause");
      break;
    case LC_CLAUSE_CHANGE_DELETED:
      text = section ? _("Removed section") : _("Deleted clause");
      break;
    case LC_CLAUSE_CHANGE_UNCHANGED:
    default:
      break;
    }
  if (text == NULL)
    return NULL;

  label = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, change == LC_CLAUSE_CHANGE_DELETED ? "lc-diff-deleted"
                                   : change == LC_CLAUSE_CHANGE_INSERTED ? "lc-diff-inserted"
                                   : "lc-diff-changed");
  return label;
}

static void
render (LcCompareView *self)
{
  gboolean changes_only = gtk_check_button_get_active (self->changes_only_check);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content_box))) != NULL)
    gtk_box_remove (self->content_box, child);

  if (self->diff == NULL)
    {
      gtk_label_set_text (self->summary_label, "");
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  if (self->diff->n_changed == 0)
    gtk_label_set_text (self->summary_label, _("The two texts read the same."));
  else
    {
      g_autofree char *summary = lc_ui_printf (g_dngettext (GETTEXT_PACKAGE, "%u clause differs.",
                                                               "%u clauses differ.", self->diff->n_changed),
                                                  self->diff->n_changed);

      gtk_label_set_text (self->summary_label, summary);
    }

  for (guint i = 0; i < self->diff->sections->len; i++)
    {
      LcSectionDiff *section = g_ptr_array_index (self->diff->sections, i);
      GtkWidget *caption;
      GtkWidget *title;
      gboolean first;

      if (changes_only && section->change == LC_CLAUSE_CHANGE_UNCHANGED)
        continue;

      /* Space between sections, not above the first. */
      first = gtk_widget_get_first_child (GTK_WIDGET (self->content_box)) == NULL;
      caption = change_caption (section->change, TRUE);
      if (caption != NULL)
        gtk_box_append (self->content_box, caption);
      title = lc_declaration_ui_pair (markup_label (section->title_en, "heading"),
                                      markup_label (section->title_ar, "heading"));
      gtk_widget_set_margin_top (title, first ? 6 : 18);
      gtk_box_append (self->content_box, title);

      for (guint j = 0; j < section->clauses->len; j++)
        {
          LcClauseDiff *clause = g_ptr_array_index (section->clauses, j);
          GtkWidget *box;

          if (changes_only && clause->change == LC_CLAUSE_CHANGE_UNCHANGED)
            continue;

          box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
          caption = change_caption (clause->change, FALSE);
          if (caption != NULL)
            gtk_box_append (GTK_BOX (box), caption);
          gtk_box_append (GTK_BOX (box), lc_declaration_ui_pair (markup_label (clause->en, NULL),
                                                                 markup_label (clause->ar, NULL)));
          gtk_widget_add_css_class (box, "lc-diff-clause");
          if (clause->change != LC_CLAUSE_CHANGE_UNCHANGED)
            gtk_widget_add_css_class (box, "lc-diff-different");
          gtk_box_append (self->content_box, box);
        }
    }

  gtk_stack_set_visible_child_name (self->stack, "diff");
}

static LcDeclarationText *
load_text (LcCompareView  *self,
           int             version,
           GError        **error)
{
  if (version == 0)
    return lc_declaration_get_working_text (self->store, self->declaration_id, error);

  return lc_declaration_get_version_text (self->store, self->declaration_id, version, error);
}

static void
recompute (LcCompareView *self)
{
  g_autoptr(LcDeclarationText) old_text = NULL;
  g_autoptr(LcDeclarationText) new_text = NULL;
  g_autoptr(GError) error = NULL;
  LcDiffFlags flags = LC_DIFF_FLAGS_NONE;

  g_clear_pointer (&self->diff, lc_text_diff_unref);

  if (self->store != NULL && self->declaration_id != 0 && self->n_versions > 0)
    {
      old_text = load_text (self, choice_version (self, self->from_dropdown), &error);
      new_text = old_text ? load_text (self, choice_version (self, self->to_dropdown), &error) : NULL;
      if (new_text == NULL)
        lc_widget_show_error (GTK_WIDGET (self), error);
      else
        {
          if (gtk_check_button_get_active (self->diacritics_check))
            flags |= LC_DIFF_FLAGS_IGNORE_DIACRITICS;
          self->diff = lc_diff_texts (old_text, new_text, flags);
        }
    }

  render (self);
}

static void
on_choice_changed_cb (LcCompareView *self)
{
  if (!self->filling)
    recompute (self);
}

static void
lc_compare_view_dispose (GObject *object)
{
  LcCompareView *self = LC_COMPARE_VIEW (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->diff, lc_text_diff_unref);

  G_OBJECT_CLASS (lc_compare_view_parent_class)->dispose (object);
}

static void
lc_compare_view_class_init (LcCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_compare_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/declaration/lc-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, from_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, diacritics_check);
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, changes_only_check);
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, inserted_legend);
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, deleted_legend);
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, stack);
  gtk_widget_class_bind_template_child (widget_class, LcCompareView, content_box);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_changed_cb);
}

static void
lc_compare_view_init (LcCompareView *self)
{
  g_autofree char *inserted = NULL;
  g_autofree char *deleted = NULL;

  self->filling = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->filling = FALSE;

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_choice), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), NULL);
      gtk_drop_down_set_factory (i == 0 ? self->from_dropdown : self->to_dropdown, factory);
    }

  /* Translators: the legend of a comparison: how inserted words look */
  inserted = g_markup_printf_escaped (INSERTED_SPAN, _("inserted"));
  /* Translators: the legend of a comparison: how deleted words look */
  deleted = g_markup_printf_escaped (DELETED_SPAN, _("deleted"));
  gtk_label_set_markup (self->inserted_legend, inserted);
  gtk_label_set_markup (self->deleted_legend, deleted);
  render (self);
}

/**
 * lc_compare_view_set_declaration:
 * @self: a view
 * @store: (nullable): the store
 * @declaration_id: the declaration, or 0
 * @versions: (nullable): its versions (#LcDeclarationVersion), by number
 *
 * Compares the texts again, keeping the versions chosen when they still
 * exist. By default the last version is compared with the one before (or,
 * with one version, with the working text).
 */
void
lc_compare_view_set_declaration (LcCompareView *self,
                                 LcStore       *store,
                                 gint64         declaration_id,
                                 GListModel    *versions)
{
  g_autoptr(GtkStringList) choices = gtk_string_list_new (NULL);
  gboolean same = self->declaration_id == declaration_id && self->store == store;
  int from = choice_version (self, self->from_dropdown);
  int to = choice_version (self, self->to_dropdown);
  guint n = versions ? g_list_model_get_n_items (versions) : 0;

  g_return_if_fail (LC_IS_COMPARE_VIEW (self));

  if (!same || self->n_versions == 0 || (guint) from > n || (guint) to > n)
    {
      /* The latest change: the last version against the one before it. */
      from = n >= 2 ? (int) n - 1 : (int) n;
      to = n >= 2 ? (int) n : 0;
    }

  g_set_object (&self->store, store);
  self->declaration_id = declaration_id;
  self->n_versions = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) version = g_list_model_get_item (versions, i);
      const char *label = lc_declaration_ui_pick (lc_declaration_version_get_label (LC_DECLARATION_VERSION (version), LC_LANGUAGE_ARABIC),
                                                  lc_declaration_version_get_label (LC_DECLARATION_VERSION (version), LC_LANGUAGE_ENGLISH), NULL);
      g_autofree char *choice = NULL;

      if (*label != '\0')
        /* Translators: a version of a declaration in a list: its number and its label */
        choice = lc_ui_printf (_("Version %1$d: %2$s"), (int) lc_declaration_version_get_number (LC_DECLARATION_VERSION (version)), label);
      else
        choice = lc_ui_printf (_("Version %d"), (int) lc_declaration_version_get_number (LC_DECLARATION_VERSION (version)));
      gtk_string_list_append (choices, choice);
    }
  gtk_string_list_append (choices, _("Working text"));

  self->filling = TRUE;
  gtk_drop_down_set_model (self->from_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_model (self->to_dropdown, G_LIST_MODEL (choices));
  gtk_drop_down_set_selected (self->from_dropdown, version_choice (self, from));
  gtk_drop_down_set_selected (self->to_dropdown, version_choice (self, to));
  self->filling = FALSE;

  recompute (self);
}

/**
 * lc_compare_view_set_range:
 * @self: a view
 * @from: the older text: a version number, or 0 for the working text
 * @to: the newer text: a version number, or 0 for the working text
 */
void
lc_compare_view_set_range (LcCompareView *self,
                           int            from,
                           int            to)
{
  g_return_if_fail (LC_IS_COMPARE_VIEW (self));

  self->filling = TRUE;
  gtk_drop_down_set_selected (self->from_dropdown, version_choice (self, from));
  gtk_drop_down_set_selected (self->to_dropdown, version_choice (self, to));
  self->filling = FALSE;
  recompute (self);
}

void
lc_compare_view_set_ignore_diacritics (LcCompareView *self,
                                       gboolean       ignore)
{
  g_return_if_fail (LC_IS_COMPARE_VIEW (self));

  gtk_check_button_set_active (self->diacritics_check, ignore);
}

/**
 * lc_compare_view_get_diff:
 * @self: a view
 *
 * Returns: (transfer none) (nullable): the comparison shown
 */
LcTextDiff *
lc_compare_view_get_diff (LcCompareView *self)
{
  g_return_val_if_fail (LC_IS_COMPARE_VIEW (self), NULL);

  return self->diff;
}
