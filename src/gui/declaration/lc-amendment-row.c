/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-amendment-row.h"
#include "lc-language-tag.h"
#include "lc-util.h"
#include "lc-declaration-ui.h"

/*
 * One amendment: its number and status, the clause it concerns and what it
 * does, who proposed it where, the proposed text in both languages side by
 * side, the rationale, and the buttons that move it on. A button is only
 * sensitive for a transition the rules allow (lc_amendment_status_can_change()
 * and not yet in a version); a change the working text then refuses is
 * reported by the page with the declaration API's message.
 */

struct _LcAmendmentRow
{
  AdwBin       parent_instance;

  GtkBox      *box;
  GtkLabel    *title_label;
  GtkLabel    *status_label;
  GtkLabel    *target_label;
  GtkLabel    *proposer_label;
  GtkWidget   *rationale_box;
  GtkLabel    *rationale_label;
  GtkWidget   *rationale_tag;
  GtkButton   *accept_button;
  GtkButton   *reject_button;
  GtkButton   *withdraw_button;
  GtkButton   *reopen_button;
  GtkLabel    *note_label;
  GtkWidget   *text_pair;
  GtkLabel    *text_en;
  GtkLabel    *text_ar;

  LcAmendment *amendment;
};

G_DEFINE_FINAL_TYPE (LcAmendmentRow, lc_amendment_row, ADW_TYPE_BIN)

static const char *const status_classes[] = {
  [LC_AMENDMENT_STATUS_PROPOSED] = "lc-status-proposed",
  [LC_AMENDMENT_STATUS_ACCEPTED] = "lc-status-accepted",
  [LC_AMENDMENT_STATUS_REJECTED] = "lc-status-rejected",
  [LC_AMENDMENT_STATUS_WITHDRAWN] = "lc-status-withdrawn",
};

static LcAmendmentStatus
button_status (LcAmendmentRow *self,
               GtkButton      *button)
{
  if (button == self->accept_button)
    return LC_AMENDMENT_STATUS_ACCEPTED;
  if (button == self->reject_button)
    return LC_AMENDMENT_STATUS_REJECTED;
  if (button == self->withdraw_button)
    return LC_AMENDMENT_STATUS_WITHDRAWN;

  return LC_AMENDMENT_STATUS_PROPOSED;
}

static void
on_status_button_clicked_cb (GtkButton      *button,
                             LcAmendmentRow *self)
{
  LcAmendmentStatus status = button_status (self, button);

  gtk_widget_activate_action (GTK_WIDGET (self), "declaration.set-status", "(xs)",
                              lc_record_get_id (LC_RECORD (self->amendment)),
                              lc_enum_to_nick (LC_TYPE_AMENDMENT_STATUS, status));
}

static GtkLabel *
make_text_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_valign (label, GTK_ALIGN_START);
  gtk_widget_add_css_class (label, "lc-proposed-text");

  return GTK_LABEL (label);
}

/* A language left empty: for a replacement it keeps the clause's text. */
static void
set_text (GtkLabel        *label,
          const char      *text,
          LcAmendmentKind  kind)
{
  if (*text != '\0')
    {
      gtk_label_set_text (label, text);
      gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
      return;
    }

  gtk_label_set_text (label, kind == LC_AMENDMENT_KIND_REPLACE ? _("(unchanged in this language)")
                                                               : _("(not given in this language)"));
  gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
}

static char *
describe_created (const char *created)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_iso8601 (created, NULL);

  if (when == NULL)
    return g_strdup (created);

  return lc_format_date_time (when);
}

static void
lc_amendment_row_dispose (GObject *object)
{
  LcAmendmentRow *self = LC_AMENDMENT_ROW (object);

  g_clear_object (&self->amendment);

  G_OBJECT_CLASS (lc_amendment_row_parent_class)->dispose (object);
}

static void
lc_amendment_row_class_init (LcAmendmentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_amendment_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/declaration/lc-amendment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, box);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, status_label);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, target_label);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, proposer_label);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, rationale_box);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, rationale_label);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, accept_button);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, reject_button);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, withdraw_button);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, reopen_button);
  gtk_widget_class_bind_template_child (widget_class, LcAmendmentRow, note_label);
  gtk_widget_class_bind_template_callback (widget_class, on_status_button_clicked_cb);
}

static void
lc_amendment_row_init (LcAmendmentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rationale_tag = lc_language_tag_new ();
  gtk_box_append (GTK_BOX (self->rationale_box), self->rationale_tag);

  self->text_en = make_text_label ();
  self->text_ar = make_text_label ();
  self->text_pair = lc_declaration_ui_pair (GTK_WIDGET (self->text_en), GTK_WIDGET (self->text_ar));
  gtk_box_insert_child_after (self->box, self->text_pair, GTK_WIDGET (self->proposer_label));
}

/**
 * lc_amendment_row_new:
 * @amendment: the amendment
 * @clause_label: the clause it concerns, such as "Objectives 5"
 * @proposer: the name of the city or person that proposed it
 * @item_title: (nullable): the agenda item where it was discussed
 * @model: (nullable): the open convention, which decides whether a text in
 *   the other language is tagged (lc_language_tag_show())
 *
 * Returns: (transfer floating): a row showing @amendment
 */
GtkWidget *
lc_amendment_row_new (LcAmendment       *amendment,
                      const char        *clause_label,
                      const char        *proposer,
                      const char        *item_title,
                      LcConventionModel *model)
{
  LcAmendmentRow *self = g_object_new (LC_TYPE_AMENDMENT_ROW, NULL);
  LcRecord *record = LC_RECORD (amendment);
  LcAmendmentStatus status = lc_amendment_get_status (LC_AMENDMENT (record));
  LcAmendmentKind kind = lc_amendment_get_kind (LC_AMENDMENT (record));
  int number = (int) lc_amendment_get_number (LC_AMENDMENT (record));
  int incorporated = (int) lc_amendment_get_incorporated_in (LC_AMENDMENT (record));
  g_autofree char *title = NULL, *target = NULL, *when = NULL, *by = NULL;
  const char *rationale;
  gboolean fell_back;

  g_return_val_if_fail (LC_IS_AMENDMENT (amendment), NULL);

  self->amendment = g_object_ref (amendment);

  /* Translators: the title of an amendment, with its number */
  title = lc_ui_printf (_("Amendment %d"), number);
  gtk_label_set_text (self->title_label, title);

  gtk_label_set_text (self->status_label, lc_amendment_status_to_string (status));
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), status_classes[status]);

  /* Translators: the clause an amendment concerns, then what it does to it, e.g. “Objectives 5: replace the clause” */
  target = g_strdup_printf (_("%1$s: %2$s"), clause_label, lc_amendment_kind_to_string (kind));
  gtk_label_set_text (self->target_label, target);

  when = describe_created (lc_amendment_get_created (LC_AMENDMENT (record)));
  if (item_title != NULL && *item_title != '\0')
    /* Translators: who proposed an amendment, in which agenda item, and when */
    by = g_strdup_printf (_("Proposed by %1$s in “%2$s”, %3$s"), proposer, item_title, when);
  else
    /* Translators: who proposed an amendment, and when */
    by = g_strdup_printf (_("Proposed by %1$s, %2$s"), proposer, when);
  gtk_label_set_text (self->proposer_label, by);

  gtk_widget_set_visible (self->text_pair, kind != LC_AMENDMENT_KIND_DELETE);
  set_text (self->text_en, lc_amendment_get_text (LC_AMENDMENT (record), LC_LANGUAGE_ENGLISH), kind);
  set_text (self->text_ar, lc_amendment_get_text (LC_AMENDMENT (record), LC_LANGUAGE_ARABIC), kind);

  rationale = lc_declaration_ui_pick (lc_amendment_get_rationale (LC_AMENDMENT (record), LC_LANGUAGE_ARABIC),
                                      lc_amendment_get_rationale (LC_AMENDMENT (record), LC_LANGUAGE_ENGLISH), &fell_back);
  gtk_label_set_text (self->rationale_label, rationale);
  gtk_widget_set_visible (self->rationale_box, *rationale != '\0');
  gtk_widget_set_direction (GTK_WIDGET (self->rationale_label),
                            rationale == lc_amendment_get_rationale (LC_AMENDMENT (record), LC_LANGUAGE_ARABIC) ? GTK_TEXT_DIR_RTL
                                                                                          : GTK_TEXT_DIR_LTR);
  /* The other language's rationale at full strength, as the organiser
   * wrote it: tagged where the convention mixes languages, never dimmed
   * as if disabled. */
  lc_language_tag_show (self->rationale_tag, fell_back, model);

  /* Only the transitions the rules allow; none once in a version. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->accept_button),
                            !incorporated && lc_amendment_status_can_change (status, LC_AMENDMENT_STATUS_ACCEPTED));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reject_button),
                            !incorporated && lc_amendment_status_can_change (status, LC_AMENDMENT_STATUS_REJECTED));
  gtk_widget_set_sensitive (GTK_WIDGET (self->withdraw_button),
                            !incorporated && lc_amendment_status_can_change (status, LC_AMENDMENT_STATUS_WITHDRAWN));
  gtk_widget_set_sensitive (GTK_WIDGET (self->reopen_button),
                            !incorporated && lc_amendment_status_can_change (status, LC_AMENDMENT_STATUS_PROPOSED));
  if (gtk_widget_get_sensitive (GTK_WIDGET (self->accept_button)))
    gtk_widget_add_css_class (GTK_WIDGET (self->accept_button), "suggested-action");

  if (incorporated)
    {
      g_autofree char *note = lc_ui_printf (_("Part of version %d: it can no longer change."), incorporated);

      gtk_label_set_text (self->note_label, note);
    }
  else if (status == LC_AMENDMENT_STATUS_WITHDRAWN)
    gtk_label_set_text (self->note_label, _("Withdrawn by its proposer: this is final."));
  else if (status == LC_AMENDMENT_STATUS_ACCEPTED)
    gtk_label_set_text (self->note_label, _("In the working text; the next published version will include it."));
  gtk_widget_set_visible (GTK_WIDGET (self->note_label),
                          *gtk_label_get_text (self->note_label) != '\0');

  return GTK_WIDGET (self);
}

LcAmendment *
lc_amendment_row_get_amendment (LcAmendmentRow *self)
{
  g_return_val_if_fail (LC_IS_AMENDMENT_ROW (self), NULL);

  return self->amendment;
}

/**
 * lc_amendment_row_get_button:
 * @self: a row
 * @status: the status a button moves the amendment to (proposed: Reopen)
 *
 * Returns: (transfer none): that button
 */
GtkWidget *
lc_amendment_row_get_button (LcAmendmentRow    *self,
                             LcAmendmentStatus  status)
{
  g_return_val_if_fail (LC_IS_AMENDMENT_ROW (self), NULL);

  switch (status)
    {
    case LC_AMENDMENT_STATUS_ACCEPTED:
      return GTK_WIDGET (self->accept_button);
    case LC_AMENDMENT_STATUS_REJECTED:
      return GTK_WIDGET (self->reject_button);
    case LC_AMENDMENT_STATUS_WITHDRAWN:
      return GTK_WIDGET (self->withdraw_button);
    case LC_AMENDMENT_STATUS_PROPOSED:
    default:
      return GTK_WIDGET (self->reopen_button);
    }
}
