/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "lc-declaration-ui.h"
#include "lc-util.h"

/*
 * What the widgets of the Declaration area share: the two languages side by
 * side and the names of clauses. The edits they make through the undo
 * stack are the core's (lc-declaration-undo.c).
 */

/**
 * lc_declaration_ui_pair:
 * @english: the English widget
 * @arabic: the Arabic widget
 *
 * Puts the two languages side by side in columns of equal width, English
 * on the left and Arabic on the right whatever the interface's direction,
 * as a bilingual document is laid out. Each widget gets its own direction.
 *
 * Returns: (transfer floating): the box
 */
GtkWidget *
lc_declaration_ui_pair (GtkWidget *english,
                        GtkWidget *arabic)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  g_return_val_if_fail (GTK_IS_WIDGET (english), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (arabic), NULL);

  /* A box lays its children out from the start; fixing its direction keeps
   * Arabic on the right in an Arabic interface too. */
  gtk_widget_set_direction (box, GTK_TEXT_DIR_LTR);
  gtk_box_set_homogeneous (GTK_BOX (box), TRUE);
  gtk_widget_set_direction (english, GTK_TEXT_DIR_LTR);
  gtk_widget_set_direction (arabic, GTK_TEXT_DIR_RTL);
  gtk_widget_set_hexpand (english, TRUE);
  gtk_widget_set_hexpand (arabic, TRUE);
  gtk_box_append (GTK_BOX (box), english);
  gtk_box_append (GTK_BOX (box), arabic);
  gtk_widget_add_css_class (box, "lc-language-pair");

  return box;
}

/**
 * lc_declaration_ui_pick:
 * @ar: the Arabic text
 * @en: the English text
 * @fell_back: (out) (optional): whether the other language was used
 *
 * Returns: (transfer none): the text in the interface's language, or in the
 *   other one when that is empty
 */
const char *
lc_declaration_ui_pick (const char *ar,
                        const char *en,
                        gboolean   *fell_back)
{
  gboolean arabic = lc_ui_language () == LC_LANGUAGE_ARABIC;
  const char *wanted = arabic ? ar : en;
  const char *other = arabic ? en : ar;
  gboolean empty = wanted == NULL || *wanted == '\0';

  if (fell_back != NULL)
    *fell_back = empty && other != NULL && *other != '\0';

  return empty ? (other ? other : "") : wanted;
}

static gboolean
locate (LcDeclarationText    *text,
        gint64                key,
        const LcTextSection **section,
        guint                *index)
{
  for (guint i = 0; i < text->sections->len; i++)
    {
      const LcTextSection *s = g_ptr_array_index (text->sections, i);
      guint numbered = 0, paragraphs = 0;

      for (guint j = 0; j < s->clauses->len; j++)
        {
          const LcTextClause *clause = g_ptr_array_index (s->clauses, j);

          if (clause->numbered)
            numbered++;
          else
            paragraphs++;
          if (clause->key == key)
            {
              *section = s;
              *index = clause->numbered ? numbered : paragraphs;
              return TRUE;
            }
        }
    }

  return FALSE;
}

/**
 * lc_declaration_ui_clause_number:
 * @text: a text of a declaration
 * @key: a clause key
 *
 * Numbered clauses (objectives) count 1, 2, … in their section; other
 * clauses are paragraphs, counted apart.
 *
 * Returns: (transfer full) (nullable): "5" for the fifth numbered clause,
 *   "¶ 2" for the second paragraph, %NULL when @text has no clause @key
 */
char *
lc_declaration_ui_clause_number (LcDeclarationText *text,
                                 gint64             key)
{
  const LcTextSection *section;
  const LcTextClause *clause = lc_declaration_text_find_clause (text, key, NULL);
  guint index;

  if (clause == NULL || !locate (text, key, &section, &index))
    return NULL;

  if (clause->numbered)
    return lc_ui_format_number (index);

  /* Translators: the mark of the second paragraph of a section of a declaration */
  return lc_ui_printf (_("¶ %u"), index);
}

/**
 * lc_declaration_ui_clause_label:
 * @text: a text of a declaration
 * @key: a clause key
 *
 * Returns: (transfer full) (nullable): a name for the clause such as
 *   "Objectives 5" or "Preamble, paragraph 2", or %NULL when @text has no
 *   clause @key
 */
char *
lc_declaration_ui_clause_label (LcDeclarationText *text,
                                gint64             key)
{
  const LcTextSection *section;
  const LcTextClause *clause = lc_declaration_text_find_clause (text, key, NULL);
  const char *title;
  guint index;

  if (clause == NULL || !locate (text, key, &section, &index))
    return NULL;

  title = lc_declaration_ui_pick (section->title_ar, section->title_en, NULL);
  if (*title == '\0')
    title = _("Untitled section");

  if (clause->numbered)
    /* Translators: a numbered clause of a declaration: the section's title and the number, as in “Objectives 5” */
    return lc_ui_printf (C_("clause label", "%1$s %2$u"), title, index);

  /* Translators: a paragraph of a declaration: the section's title and the paragraph's number */
  return lc_ui_printf (_("%1$s, paragraph %2$u"), title, index);
}
