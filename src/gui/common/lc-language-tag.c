/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-language-tag.h"
#include "lc-util.h"

/*
 * Text that has no version in the interface's language is shown in the
 * other one, at full strength and in its own direction: it is the
 * organiser's own text, not something disabled. Where a convention mixes
 * the two languages, a small tag beside such a text names its language;
 * where the convention is written in one language only, the convention
 * says so once (lc_language_tag_note()) and no text carries a tag.
 */

/**
 * lc_language_tag_new:
 *
 * Returns: (transfer floating): a hidden tag for lc_language_tag_show()
 */
GtkWidget *
lc_language_tag_new (void)
{
  GtkWidget *tag = gtk_label_new (NULL);

  gtk_widget_set_visible (tag, FALSE);
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (tag, "lc-language-tag");
  return tag;
}

/**
 * lc_language_tag_wanted:
 * @model: (nullable): the open convention
 *
 * Returns: whether a text of @model shown in the other language should
 *   carry a tag: %FALSE when nothing of it is written in the interface's
 *   language, since then every text would
 */
gboolean
lc_language_tag_wanted (LcConventionModel *model)
{
  return model == NULL || lc_convention_model_has_text_in (model, lc_ui_language ());
}

/** lc_language_tag_text: Returns: the tag's word: the other language, abbreviated */
const char *
lc_language_tag_text (void)
{
  return lc_ui_language () == LC_LANGUAGE_ENGLISH
         /* Translators: a small tag beside a text shown in Arabic because it has no text in the interface's language */
         ? C_("language tag", "AR")
         /* Translators: a small tag beside a text shown in English because it has no Arabic text */
         : C_("language tag", "EN");
}

/** lc_language_tag_spoken: Returns: the tag as a screen reader says it: the other language, in words */
const char *
lc_language_tag_spoken (void)
{
  return lc_ui_language () == LC_LANGUAGE_ENGLISH ? _("In Arabic") : _("In English");
}

/**
 * lc_language_tag_show:
 * @tag: a tag from lc_language_tag_new()
 * @fell_back: whether the text beside it is shown in the other language
 * @model: (nullable): the open convention, which decides whether tags are wanted
 *
 * Shows @tag beside a text that fell back, when @model mixes languages.
 */
void
lc_language_tag_show (GtkWidget         *tag,
                      gboolean           fell_back,
                      LcConventionModel *model)
{
  gboolean shown = fell_back && lc_language_tag_wanted (model);
  gboolean english = lc_ui_language () == LC_LANGUAGE_ENGLISH;
  const char *tip;

  g_return_if_fail (GTK_IS_LABEL (tag));

  gtk_widget_set_visible (tag, shown);
  if (!shown)
    return;
  gtk_label_set_text (GTK_LABEL (tag), lc_language_tag_text ());
  tip = english ? _("No English text yet: shown in Arabic") : _("No Arabic text yet: shown in English");
  /* Only when it changes: setting a tooltip makes GTK ask the X server
   * where the pointer is, and list rows show their tags on every bind. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (tag), tip) != 0)
    gtk_widget_set_tooltip_text (tag, tip);
  /* A screen reader says the language in words, not the abbreviation. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (tag), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  lc_language_tag_spoken (), -1);
}

/**
 * lc_language_tag_note:
 * @model: (nullable): the open convention
 *
 * Returns: (nullable): the one line that says a convention is written in
 *   the other language only, or %NULL when it has text in the interface's
 *   language (or none at all)
 */
const char *
lc_language_tag_note (LcConventionModel *model)
{
  LcLanguage ui = lc_ui_language ();
  LcLanguage other = ui == LC_LANGUAGE_ARABIC ? LC_LANGUAGE_ENGLISH : LC_LANGUAGE_ARABIC;

  if (model == NULL || lc_convention_model_has_text_in (model, ui)
      || !lc_convention_model_has_text_in (model, other))
    return NULL;

  return other == LC_LANGUAGE_ARABIC ? _("Written in Arabic only") : _("Written in English only");
}
