/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-l10n.h"
#include "lc-role.h"

/* The words for the people of an agenda item, one place for every view
 * that lists them: the agenda list, the timeline's tooltips, the printed
 * agenda and the exported schedules. */

/**
 * lc_role_heading:
 * @role: a role
 * @n: how many people are listed under it (only picks the plural form)
 * @language: the language wanted
 *
 * The heading before a list of names, such as "Moderators" or, in Arabic,
 * the dual for two.
 *
 * Returns: the heading in @language
 */
const char *
lc_role_heading (LcRole      role,
                 gulong      n,
                 LcLanguage  language)
{
  switch (role)
    {
    case LC_ROLE_MODERATOR:
      /* Translators: headings before the people of an agenda item */
      return lc_l10n_ngettext (language, "Moderator", "Moderators", n);
    case LC_ROLE_PRESENTER:
      return lc_l10n_ngettext (language, "Presenter", "Presenters", n);
    case LC_ROLE_SPEAKER:
    default:
      return lc_l10n_ngettext (language, "Speaker", "Speakers", n);
    }
}
