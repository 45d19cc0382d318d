/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-page.h"

G_DEFINE_INTERFACE (LcPage, lc_page, GTK_TYPE_WIDGET)

static void
lc_page_default_init (LcPageInterface *iface)
{
}

void
lc_page_set_context (LcPage            *self,
                     LcConventionModel *model,
                     LcUndoStack       *undo)
{
  g_return_if_fail (LC_IS_PAGE (self));

  LC_PAGE_GET_IFACE (self)->set_context (self, model, undo);
}

void
lc_page_add (LcPage *self)
{
  g_return_if_fail (LC_IS_PAGE (self));

  if (LC_PAGE_GET_IFACE (self)->add)
    LC_PAGE_GET_IFACE (self)->add (self);
}

void
lc_page_search (LcPage *self)
{
  g_return_if_fail (LC_IS_PAGE (self));

  if (LC_PAGE_GET_IFACE (self)->search)
    LC_PAGE_GET_IFACE (self)->search (self);
}

/**
 * lc_page_restore_focus:
 * @self: a page
 *
 * Gives the keyboard focus to the page's main control (by default its
 * first focusable one), after the focus was lost.
 */
void
lc_page_restore_focus (LcPage *self)
{
  g_return_if_fail (LC_IS_PAGE (self));

  if (LC_PAGE_GET_IFACE (self)->restore_focus)
    LC_PAGE_GET_IFACE (self)->restore_focus (self);
  else
    gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD);
}
