/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "lc-models.h"
#include "lc-organisation-enums.h"
#include "lc-store.h"
#include "lc-undo.h"

G_BEGIN_DECLS

/* A convention's host, organisers, partners and sponsors (issue 12). */

#define LC_TYPE_ORGANISATION (lc_organisation_get_type ())
G_DECLARE_FINAL_TYPE (LcOrganisation, lc_organisation, LC, ORGANISATION, LcRecord)

/* The largest logo file read, and the largest side of a stored logo. */
#define LC_ORGANISATION_LOGO_MAX_FILE (8 * 1024 * 1024)
#define LC_ORGANISATION_LOGO_MAX_SIDE 256
/* A stored logo's base64 text is never longer: what the convention file's
 * reader accepts. A 256×256 PNG of noise is about 260 KB. */
#define LC_ORGANISATION_LOGO_MAX_TEXT (512 * 1024)

gint64              lc_organisation_get_convention_id (LcOrganisation *self);
void                lc_organisation_set_convention_id (LcOrganisation *self,
                                                       gint64          value);
const char         *lc_organisation_get_name          (LcOrganisation *self,
                                                       LcLanguage      language);
void                lc_organisation_set_name          (LcOrganisation *self,
                                                       const char     *arabic,
                                                       const char     *english);
LcOrganisationRole  lc_organisation_get_role          (LcOrganisation *self);
void                lc_organisation_set_role          (LcOrganisation     *self,
                                                       LcOrganisationRole  value);
const char         *lc_organisation_get_country       (LcOrganisation *self);
void                lc_organisation_set_country       (LcOrganisation *self,
                                                       const char     *value);
const char         *lc_organisation_get_website       (LcOrganisation *self);
void                lc_organisation_set_website       (LcOrganisation *self,
                                                       const char     *value);
const char         *lc_organisation_get_logo          (LcOrganisation *self);
void                lc_organisation_set_logo          (LcOrganisation *self,
                                                       const char     *value);
int                 lc_organisation_get_position      (LcOrganisation *self);
void                lc_organisation_set_position      (LcOrganisation *self,
                                                       int             value);

const char         *lc_organisation_role_label        (LcOrganisationRole role,
                                                       LcLanguage         language);
gboolean            lc_organisation_check             (LcOrganisation  *self,
                                                       GError         **error);

GListStore         *lc_organisations_list             (LcStore         *store,
                                                       gint64           convention_id,
                                                       GError         **error);
gboolean            lc_organisations_add              (LcUndoStack     *undo,
                                                       GListModel      *organisations,
                                                       LcOrganisation  *organisation,
                                                       GError         **error);
gboolean            lc_organisations_update           (LcUndoStack     *undo,
                                                       LcOrganisation  *organisation,
                                                       GError         **error);
gboolean            lc_organisations_move             (LcUndoStack     *undo,
                                                       GListModel      *organisations,
                                                       guint            from,
                                                       guint            to,
                                                       GError         **error);
GListStore         *lc_organisations_list_people      (LcStore         *store,
                                                       LcOrganisation  *organisation,
                                                       GError         **error);
gboolean            lc_organisations_delete           (LcUndoStack     *undo,
                                                       LcOrganisation  *organisation,
                                                       GError         **error);
char               *lc_organisations_names            (GListModel         *organisations,
                                                       LcOrganisationRole  role,
                                                       LcLanguage          language);

/* Logos (lc-organisation-logo.c): no GTK, only gdk-pixbuf. */
char               *lc_organisation_logo_from_file    (const char  *path,
                                                       GError     **error);
char               *lc_organisation_logo_from_data    (const guchar *data,
                                                       gsize         length,
                                                       const char   *where,
                                                       GError      **error);
GBytes             *lc_organisation_logo_decode       (const char  *logo,
                                                       GError     **error);

G_END_DECLS
