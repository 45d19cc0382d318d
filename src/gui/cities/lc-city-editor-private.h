/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "lc-city-editor.h"
#include "lc-field-rows.h"

G_BEGIN_DECLS

/* Shared by lc-city-editor.c (the widgets) and lc-city-editor-store.c
 * (storing the changes). */

#define YEAR_DELAY_MS 800

struct _LcCityEditor
{
  AdwWindow          parent_instance;

  AdwHeaderBar      *header_bar;
  AdwWindowTitle    *window_title;
  GtkButton         *cancel_button;
  GtkButton         *add_button;
  GtkRevealer       *problem_revealer;
  GtkLabel          *problem_label;
  AdwEntryRow       *name_ar;
  AdwEntryRow       *name_en;
  AdwEntryRow       *country;
  GtkLabel          *country_name;
  GtkSwitch         *arab_switch;
  GtkSwitch         *candidate_switch;
  AdwExpanderRow    *year_row;
  GtkSpinButton     *year_spin;
  AdwComboRow       *attendance_row;
  AdwEntryRow       *representative_ar;
  AdwEntryRow       *representative_en;
  AdwEntryRow       *trait_ar;
  AdwEntryRow       *trait_en;
  GtkFlowBox        *sdg_box;
  GtkWidget         *sdg_note;
  GtkLabel          *sdg_note_label;
  GtkWidget         *delete_group;

  GtkToggleButton   *toggles[LC_SDG_COUNT + 1];
  GtkWidget         *checks[LC_SDG_COUNT + 1];

  LcConventionModel *model;
  LcUndoStack       *undo;
  LcCity            *city;     /* the model's record, or NULL for a new city */
  LcRecord          *shown;    /* the stored values the fields were last set from */
  guint              year_timeout;
  gboolean           loading;
  gboolean           closing;  /* nothing more to store or ask: just close */
};

/* The editor's text fields, each with the name of the undo step that
 * changes it. */
#define N_TEXT_FIELDS 7

extern const LcFieldRow lc_city_editor_text_fields[N_TEXT_FIELDS];

char     *lc_city_editor_field_value   (LcCityEditor    *self,
                                        const LcFieldRow *field);
void      lc_city_editor_show_problem  (LcCityEditor    *self,
                                        const char      *problem);
void      lc_city_editor_load_all      (LcCityEditor    *self,
                                        LcRecord        *record);
gint64    lc_city_editor_chosen_sdgs   (LcCityEditor    *self);
gint64    lc_city_editor_chosen_year   (LcCityEditor    *self);

gboolean  lc_city_editor_store_int     (LcCityEditor    *self,
                                        const char      *property,
                                        gint64           value,
                                        const char      *label);
gboolean  lc_city_editor_store_field   (LcCityEditor    *self,
                                        const LcFieldRow *field);
void      lc_city_editor_store_year    (LcCityEditor    *self);
void      lc_city_editor_schedule_year (LcCityEditor    *self);
void      lc_city_editor_add_city      (LcCityEditor    *self);
void      lc_city_editor_delete_city   (LcCityEditor    *self);
gboolean  lc_city_editor_may_close     (LcCityEditor    *self);

G_END_DECLS
