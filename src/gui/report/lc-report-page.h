/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-page.h"

G_BEGIN_DECLS

#define LC_TYPE_REPORT_PAGE (lc_report_page_get_type ())

G_DECLARE_FINAL_TYPE (LcReportPage, lc_report_page, LC, REPORT_PAGE, AdwBin)

void lc_report_page_flush (LcReportPage *self);

G_END_DECLS
