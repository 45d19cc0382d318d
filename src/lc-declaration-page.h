/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-page.h"

G_BEGIN_DECLS

#define LC_TYPE_DECLARATION_PAGE (lc_declaration_page_get_type ())

G_DECLARE_FINAL_TYPE (LcDeclarationPage, lc_declaration_page, LC, DECLARATION_PAGE, AdwBin)

G_END_DECLS
