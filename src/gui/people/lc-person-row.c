/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-a11y.h"
#include "lc-language-tag.h"
#include "lc-participant.h"
#include "lc-person-row.h"
#include "lc-util.h"

/*
 * One person in the Speakers list: initials, name in the interface's
 * language, small tags for what they do on the agenda, and where they come
 * from. The Speakers page refills the same rows with other people as the
 * search changes, so everything is set in lc_person_row_update() and
 * nothing is connected to the person.
 */

enum {
  TAG_MODERATOR,
  TAG_SPEAKER,
  TAG_PRESENTER,
  TAG_NONE,
  TAG_ONLINE,
  TAG_USUALLY_ONLINE,
  TAG_LANGUAGE,
  N_TAGS
};

struct _LcPersonRow
{
  AdwBin          parent_instance;

  GtkLabel       *initials_label;
  GtkInscription *name_label;
  GtkBox         *tags_box;
  GtkInscription *subtitle_label;

  GtkWidget      *tags[N_TAGS];    /* made when first needed, then shown or hidden */
  LcPerson       *person;
  gboolean        name_fell_back;
};

G_DEFINE_FINAL_TYPE (LcPersonRow, lc_person_row, ADW_TYPE_BIN)

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* Most people need one tag: make the others only when someone needs them,
 * as the list makes up to 200 rows per search. */
static void
show_tag (LcPersonRow *self,
          guint        tag,
          gboolean     show)
{
  GtkWidget *before = NULL;

  if (self->tags[tag] == NULL)
    {
      if (!show)
        return;

      switch (tag)
        {
        case TAG_MODERATOR:
          self->tags[tag] = lc_person_tag_new (lc_role_get_label (LC_ROLE_MODERATOR), "moderator");
          break;
        case TAG_SPEAKER:
          self->tags[tag] = lc_person_tag_new (lc_role_get_label (LC_ROLE_SPEAKER), "speaker");
          break;
        case TAG_PRESENTER:
          self->tags[tag] = lc_person_tag_new (lc_role_get_label (LC_ROLE_PRESENTER), "presenter");
          break;
        case TAG_NONE:
          self->tags[tag] = lc_person_tag_new (_("Not on the agenda"), "none");
          break;
        case TAG_ONLINE:
          self->tags[tag] = lc_person_tag_new (C_("attendance", "Online"), "online");
          gtk_widget_set_tooltip_text (self->tags[tag], _("Takes part online in at least one item"));
          break;
        case TAG_LANGUAGE:
          self->tags[tag] = lc_language_tag_new ();
          lc_language_tag_show (self->tags[tag], TRUE, NULL);
          break;
        case TAG_USUALLY_ONLINE:
        default:
          self->tags[tag] = lc_person_tag_new (C_("attendance", "Online"), "online");
          gtk_widget_set_tooltip_text (self->tags[tag], _("Usually takes part online"));
          break;
        }

      /* In the order of the enum, whatever order they were made in. */
      for (guint i = 0; i < tag; i++)
        if (self->tags[i] != NULL)
          before = self->tags[i];
      gtk_box_insert_child_after (self->tags_box, self->tags[tag], before);
    }

  gtk_widget_set_visible (self->tags[tag], show);
}

#define N_COLOURS 8

/* The letter a word is known by: past the Arabic article (الـ) and a Latin
 * "Al-" or "El-", so "Al-Salem" and "السالم" give S and س, not A and ا. */
static gunichar
initial_of (const char *word)
{
  if (g_str_has_prefix (word, "ال") && g_utf8_strlen (word, -1) > 3)
    word = g_utf8_offset_to_pointer (word, 2);
  else if ((g_ascii_strncasecmp (word, "al-", 3) == 0 || g_ascii_strncasecmp (word, "el-", 3) == 0) && word[3] != '\0')
    word += 3;

  return g_unichar_toupper (g_utf8_get_char (word));
}

/**
 * lc_person_set_initials:
 * @label: a label with the "lc-initials" style class
 * @name: a person's name
 *
 * Shows the initials of @name (of the first and last words) in a colour
 * that stays the same for the same name.
 */
void
lc_person_set_initials (GtkLabel   *label,
                        const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " \t", -1);
  g_autoptr(GString) initials = g_string_new (NULL);
  guint n = 0, colour = g_str_hash (name) % N_COLOURS;
  char class_name[32];

  g_return_if_fail (GTK_IS_LABEL (label));

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      n = i + 1;
  for (guint i = 0; i < n; i++)
    if (*words[i] != '\0' && (initials->len == 0 || i == n - 1))
      g_string_append_unichar (initials, initial_of (words[i]));
  gtk_label_set_text (label, initials->str);

  for (guint i = 0; i < N_COLOURS; i++)
    {
      g_snprintf (class_name, sizeof class_name, "lc-colour-%u", i);
      if (i == colour)
        gtk_widget_add_css_class (GTK_WIDGET (label), class_name);
      else
        gtk_widget_remove_css_class (GTK_WIDGET (label), class_name);
    }
}

/* Tooltips are answered when asked: setting one on every bind would cost
 * a round trip to the display server per row and keystroke. */
static gboolean
on_name_label_query_tooltip_cb (GtkWidget   *label,
                                int          x,
                                int          y,
                                gboolean     keyboard,
                                GtkTooltip  *tooltip,
                                LcPersonRow *self)
{
  if (!self->name_fell_back)
    return FALSE;

  gtk_tooltip_set_text (tooltip, lc_ui_language () == LC_LANGUAGE_ENGLISH
                                 ? _("No English name yet: shown in Arabic")
                                 : _("No Arabic name yet: shown in English"));
  return TRUE;
}

static gboolean
on_subtitle_label_query_tooltip_cb (GtkWidget   *label,
                                    int          x,
                                    int          y,
                                    gboolean     keyboard,
                                    GtkTooltip  *tooltip,
                                    LcPersonRow *self)
{
  const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (label));

  /* The whole text, for when the row is too narrow to show it. */
  if (text == NULL || *text == '\0')
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
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

  gtk_widget_class_set_template_from_resource (widget_class, "/org/example/LearningCities/ui/people/lc-person-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LcPersonRow, initials_label);
  gtk_widget_class_bind_template_child (widget_class, LcPersonRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LcPersonRow, tags_box);
  gtk_widget_class_bind_template_child (widget_class, LcPersonRow, subtitle_label);
  gtk_widget_class_bind_template_callback (widget_class, on_name_label_query_tooltip_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_subtitle_label_query_tooltip_cb);
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
  gboolean online;
  const char *name, *work;
  g_autoptr(GString) subtitle = g_string_new (NULL);

  g_return_if_fail (LC_IS_PERSON_ROW (self));

  g_set_object (&self->person, person);
  if (person == NULL)
    return;

  name = lc_ui_text (record, "name", &self->name_fell_back);
  gtk_inscription_set_text (self->name_label, name);
  lc_person_set_initials (self->initials_label, name);

  work = lc_ui_text (record, "organisation", NULL);
  if (*work == '\0')
    work = lc_ui_text (record, "position", NULL);
  /* people14: why they come and where they stand, first. */
  g_string_append (subtitle, lc_participant_category_label (lc_person_get_category (person), lc_ui_language ()));
  g_string_append (subtitle, C_("separator", " · "));
  g_string_append (subtitle, lc_participant_status_label (lc_person_get_status (person), lc_ui_language ()));
  if (*work != '\0')
    {
      g_string_append (subtitle, C_("separator", " · "));
      g_string_append (subtitle, work);
    }
  if (city_name != NULL && *city_name != '\0')
    {
      if (subtitle->len > 0)
        /* Translators: separates a person's organisation from their city in a list row */
        g_string_append (subtitle, C_("separator", " · "));
      g_string_append (subtitle, city_name);
    }
  gtk_inscription_set_text (self->subtitle_label, subtitle->str);
  /* The list's row is what a screen reader reads: the name, then the rest. */
  lc_a11y_name_list_row (GTK_WIDGET (self), name);
  lc_a11y_describe_list_row (GTK_WIDGET (self), subtitle->str);

  online = (summary->attendance & (1u << LC_ATTENDANCE_ONLINE)) != 0;
  show_tag (self, TAG_MODERATOR, (summary->roles & (1u << LC_ROLE_MODERATOR)) != 0);
  show_tag (self, TAG_SPEAKER, (summary->roles & (1u << LC_ROLE_SPEAKER)) != 0);
  show_tag (self, TAG_PRESENTER, (summary->roles & (1u << LC_ROLE_PRESENTER)) != 0);
  show_tag (self, TAG_NONE, summary->n_items == 0);
  show_tag (self, TAG_ONLINE, online && summary->n_items > 0);
  show_tag (self, TAG_USUALLY_ONLINE, online && summary->n_items == 0);
  /* A name shown in the other language is tagged, so it is not taken for
   * a translation, but not where every name is (one-language conventions). */
  show_tag (self, TAG_LANGUAGE, self->name_fell_back && summary->tag_language);
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
  g_return_if_fail (GTK_IS_BOX (box));

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
