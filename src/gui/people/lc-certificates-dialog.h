/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-store.h"

G_BEGIN_DECLS

#define LC_TYPE_CERTIFICATES_DIALOG (lc_certificates_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LcCertificatesDialog, lc_certificates_dialog, LC, CERTIFICATES_DIALOG, AdwWindow)

LcCertificatesDialog *lc_certificates_dialog_new (GtkWindow *parent,
                                                  LcStore   *store,
                                                  gint64     convention_id);

G_END_DECLS
