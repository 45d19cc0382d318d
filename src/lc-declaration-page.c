/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-declaration-page.h"

struct _LcDeclarationPage
{
  AdwBin             parent_instance;

  LcConventionModel *model;
  LcUndoStack       *undo;
};

static void lc_declaration_page_page_iface_init (LcPageInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LcDeclarationPage, lc_declaration_page, ADW_TYPE_BIN,
                               G_IMPLEMENT_INTERFACE (LC_TYPE_PAGE, lc_declaration_page_page_iface_init))

static void
lc_declaration_page_set_context (LcPage            *page,
                        LcConventionModel *model,
                        LcUndoStack       *undo)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (page);

  g_set_object (&self->model, model);
  g_set_object (&self->undo, undo);
}

static void
lc_declaration_page_page_iface_init (LcPageInterface *iface)
{
  iface->set_context = lc_declaration_page_set_context;
}

static void
lc_declaration_page_dispose (GObject *object)
{
  LcDeclarationPage *self = LC_DECLARATION_PAGE (object);

  g_clear_object (&self->model);
  g_clear_object (&self->undo);

  G_OBJECT_CLASS (lc_declaration_page_parent_class)->dispose (object);
}

static void
lc_declaration_page_class_init (LcDeclarationPageClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = lc_declaration_page_dispose;
}

static void
lc_declaration_page_init (LcDeclarationPage *self)
{
}
