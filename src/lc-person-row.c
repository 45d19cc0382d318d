/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-person-row.h"
#include "lc-util.h"

/*
 * One person in the Speakers list: avatar, name in the interface's
 * language, small tags for what they do on the agenda, and where they come
 * from. Rows are recycled by the list view, so everything is set in
 * lc_person_row_update() and nothing is connected to the person.
 */

struct _LcPersonRow
{
  AdwBin      parent_instance;

  AdwAvatar  *avatar;
  GtkLabel   *name_label;
  GtkBox     *tags_box;
  GtkLabel   *subtitle_label;

  LcPerson   *person;
};

G_DEFINE_FINAL_TYPE (LcPersonRow, lc_person_row, ADW_TYPE_BIN)

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
lc_person_row_dispose (GObject *object)
{
  LcPersonRow *self = LC_PERSON_ROW (object);

  g_clear_object (&self->person);
  /* No gtk_widget_dispose_template (): AdwBin unparents its child itself. */

  G_OBJECT_CLASS (lc_person_row_parent_class)->dispose (object);
}

static void
lc_person_row_class_init (LcPersonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_person_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/lc-person-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPersonRow, avatar);
  gtk_widget_class_bind_template_child (widget_class, LcPersonRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LcPersonRow, tags_box);
  gtk_widget_class_bind_template_child (widget_class, LcPersonRow, subtitle_label);
}

static void
lc_person_row_init (LcPersonRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lc_person_row_new (void)
{
  return g_object_new (LC_TYPE_PERSON_ROW, NULL);
}

/** lc_person_row_get_person: Returns: (transfer none) (nullable): the person shown */
LcPerson *
lc_person_row_get_person (LcPersonRow *self)
{
  g_return_val_if_fail (LC_IS_PERSON_ROW (self), NULL);

  return self->person;
}

/**
 * lc_person_row_update:
 * @self: a row
 * @person: (nullable): the person to show, or %NULL to clear the row
 * @summary: what they do on the agenda
 * @city_name: (nullable): the name of their city
 *
 * Shows @person. Call again whenever the person, their participations or
 * their city change.
 */
void
lc_person_row_update (LcPersonRow           *self,
                      LcPerson              *person,
                      const LcPersonSummary *summary,
                      const char            *city_name)
{
  LcRecord *record = LC_RECORD (person);
  gboolean fell_back = FALSE;
  const char *name, *work;
  g_autoptr(GString) subtitle = g_string_new (NULL);

  g_return_if_fail (LC_IS_PERSON_ROW (self));

  g_set_object (&self->person, person);
  clear_box (self->tags_box);
  if (person == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      gtk_label_set_text (self->subtitle_label, "");
      return;
    }

  name = lc_ui_text (record, "name", &fell_back);
  gtk_label_set_text (self->name_label, name);
  adw_avatar_set_text (self->avatar, name);
  /* A name shown in the other language is marked, so it is not taken for a translation. */
  if (fell_back)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->name_label), "dim-label");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label),
                                   lc_ui_language () == LC_LANGUAGE_ENGLISH
                                   ? _("No English name yet: shown in Arabic")
                                   : _("No Arabic name yet: shown in English"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->name_label), "dim-label");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->name_label), NULL);
    }

  work = lc_ui_text (record, "organisation", NULL);
  if (*work == '\0')
    work = lc_ui_text (record, "position", NULL);
  g_string_append (subtitle, work);
  if (city_name != NULL && *city_name != '\0')
    {
      if (subtitle->len > 0)
        /* Translators: separates a person's organisation from their city in a list row */
        g_string_append (subtitle, C_("separator", " · "));
      g_string_append (subtitle, city_name);
    }
  gtk_label_set_text (self->subtitle_label, subtitle->str);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), subtitle->str);

  lc_person_add_role_tags (self->tags_box, summary);
}

/**
 * lc_role_get_label:
 * @role: a role on an agenda item
 *
 * Returns: (transfer none): the role's name, e.g. "Moderator"
 */
const char *
lc_role_get_label (LcRole role)
{
  switch (role)
    {
    case LC_ROLE_MODERATOR:
      return C_("role", "Moderator");
    case LC_ROLE_PRESENTER:
      return C_("role", "Presenter");
    case LC_ROLE_SPEAKER:
    default:
      return C_("role", "Speaker");
    }
}

/**
 * lc_person_tag_new:
 * @text: the tag's word
 * @style: (nullable): a style of tag: "moderator", "speaker", "presenter",
 *   "online" or "none"
 *
 * Returns: (transfer floating): a small rounded label
 */
GtkWidget *
lc_person_tag_new (const char *text,
                   const char *style)
{
  GtkWidget *tag = gtk_label_new (text);

  gtk_widget_add_css_class (tag, "lc-person-tag");
  if (style != NULL)
    gtk_widget_add_css_class (tag, style);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);

  return tag;
}

/**
 * lc_person_add_role_tags:
 * @box: a horizontal box
 * @summary: what a person does on the agenda
 *
 * Replaces what @box holds with a tag for each of the person's roles, one
 * for online attendance, or one saying they are on no item yet.
 */
void
lc_person_add_role_tags (GtkBox                *box,
                         const LcPersonSummary *summary)
{
  static const struct { LcRole role; const char *style; } roles[] = {
    { LC_ROLE_MODERATOR, "moderator" },
    { LC_ROLE_SPEAKER, "speaker" },
    { LC_ROLE_PRESENTER, "presenter" },
  };

  clear_box (box);

  for (guint i = 0; i < G_N_ELEMENTS (roles); i++)
    if (summary->roles & (1u << roles[i].role))
      gtk_box_append (box, lc_person_tag_new (lc_role_get_label (roles[i].role), roles[i].style));

  if (summary->n_items == 0)
    gtk_box_append (box, lc_person_tag_new (_("Not on the agenda"), "none"));

  if (summary->attendance & (1u << LC_ATTENDANCE_ONLINE))
    {
      GtkWidget *tag = lc_person_tag_new (C_("attendance", "Online"), "online");

      gtk_widget_set_tooltip_text (tag, summary->n_items > 0
                                   ? _("Takes part online in at least one item")
                                   : _("Usually takes part online"));
      gtk_box_append (box, tag);
    }
}
