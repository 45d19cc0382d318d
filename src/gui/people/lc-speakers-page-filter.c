/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-search.h"
#include "lc-speakers-page-private.h"
#include "lc-util.h"

/*
 * Who the Speakers list shows, and in which order: the search over Arabic
 * and English names, the role, city and attendance filters, and the sort
 * by the name in the interface's language.
 *
 * Searching compares normalised names cached on each record (lc-search.h),
 * so a keystroke costs one strstr() per person and no SQL. What each person
 * does on the agenda (roles; online or in person) comes from one pass over
 * the participations, redone only after they changed.
 */

typedef struct
{
  LcPersonSummary summary;
  gint64          last_item;   /* participations come by item: count each item once */
} SummaryEntry;

/* Positions of the role filter, after "any role". */
static const LcRole filter_roles[] = { LC_ROLE_MODERATOR, LC_ROLE_SPEAKER, LC_ROLE_PRESENTER };
/* Positions of the attendance filter, after "in person or online". */
static const LcAttendance filter_attendances[] = { LC_ATTENDANCE_IN_PERSON, LC_ATTENDANCE_ONLINE };

/* ---- what people do on the agenda ------------------------------------- */

static void
ensure_summaries (LcSpeakersPage *self)
{
  GListModel *participations;
  guint n;

  if (!self->summaries_dirty || self->model == NULL)
    return;

  g_hash_table_remove_all (self->summaries);
  participations = lc_convention_model_get_participations (self->model);
  n = g_list_model_get_n_items (participations);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) p = g_list_model_get_item (participations, i);
      gint64 person_id = lc_participation_get_person_id (LC_PARTICIPATION (p));
      gint64 item_id = lc_participation_get_item_id (LC_PARTICIPATION (p));
      SummaryEntry *entry = g_hash_table_lookup (self->summaries, &person_id);

      if (entry == NULL)
        {
          entry = g_new0 (SummaryEntry, 1);
          g_hash_table_insert (self->summaries, g_memdup2 (&person_id, sizeof person_id), entry);
        }
      entry->summary.roles |= 1u << lc_participation_get_role (LC_PARTICIPATION (p));
      entry->summary.attendance |= 1u << lc_convention_model_get_attendance (self->model, LC_PARTICIPATION (p));
      if (entry->last_item != item_id)
        entry->summary.n_items++;
      entry->last_item = item_id;
    }

  self->summaries_dirty = FALSE;
}

/* Effective attendance: over their items, or their usual one when on none. */
LcPersonSummary
lc_speakers_page_summary_of (LcSpeakersPage *self,
                             LcRecord       *person)
{
  LcPersonSummary summary = { 0, 0, 0, FALSE };
  gint64 id = lc_record_get_id (person);
  SummaryEntry *entry;

  ensure_summaries (self);
  entry = g_hash_table_lookup (self->summaries, &id);
  if (entry != NULL)
    summary = entry->summary;
  if (summary.n_items == 0)
    summary.attendance = 1u << lc_person_get_attendance (LC_PERSON (person));

  return summary;
}

const char *
lc_speakers_page_city_name (LcSpeakersPage *self,
                            LcRecord       *person)
{
  gint64 city_id = lc_person_get_city_id (LC_PERSON (person));
  LcRecord *city = city_id ? lc_convention_model_lookup (self->model, LC_TYPE_CITY, city_id) : NULL;

  return city ? lc_ui_text (city, "name", NULL) : NULL;
}

/* ---- sorting and filtering --------------------------------------------- */

typedef struct
{
  char *source;
  char *key;
} CollateCache;

static G_DEFINE_QUARK (lc-speakers-collate, collate_cache)

static void
collate_cache_free (gpointer data)
{
  CollateCache *cache = data;

  g_free (cache->source);
  g_free (cache->key);
  g_free (cache);
}

/* The key is kept on the person and made again only when the name shown changed. */
static const char *
collate_key (LcRecord *person)
{
  const char *name = lc_ui_text (person, "name", NULL);
  CollateCache *cache = g_object_get_qdata (G_OBJECT (person), collate_cache_quark ());

  if (cache == NULL)
    {
      cache = g_new0 (CollateCache, 1);
      g_object_set_qdata_full (G_OBJECT (person), collate_cache_quark (), cache, collate_cache_free);
    }
  if (cache->source == NULL || strcmp (cache->source, name) != 0)
    {
      g_free (cache->source);
      g_free (cache->key);
      cache->source = g_strdup (name);
      cache->key = g_utf8_collate_key (name, -1);
    }

  return cache->key;
}

int
lc_speakers_page_compare_people (gconstpointer a,
                                 gconstpointer b,
                                 gpointer      user_data)
{
  LcRecord *x = (LcRecord *) a, *y = (LcRecord *) b;
  const char *kx = collate_key (x), *ky = collate_key (y);
  gint64 ix, iy;
  int c;

  /* Nameless people last, not first. */
  if ((*kx == '\0') != (*ky == '\0'))
    return *kx == '\0' ? 1 : -1;
  c = strcmp (kx, ky);
  if (c != 0)
    return c;

  ix = lc_record_get_id (x);
  iy = lc_record_get_id (y);
  return (ix > iy) - (ix < iy);
}

/* For g_ptr_array_sort_with_data(), which passes pointers to the elements. */
static int
compare_by_name (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return lc_speakers_page_compare_people (*(LcRecord **) a, *(LcRecord **) b, NULL);
}

static gboolean
search_match (gpointer item,
              gpointer user_data)
{
  LcSpeakersPage *self = user_data;

  return lc_search_record_matches (item, self->needle);
}

static gboolean
role_match (gpointer item,
            gpointer user_data)
{
  LcSpeakersPage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->role_dropdown);
  LcPersonSummary summary = lc_speakers_page_summary_of (self, item);

  return selected == 0 || selected > G_N_ELEMENTS (filter_roles)
         || (summary.roles & (1u << filter_roles[selected - 1])) != 0;
}

static gboolean
city_match (gpointer item,
            gpointer user_data)
{
  LcSpeakersPage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->city_dropdown);
  gint64 wanted;

  if (selected >= self->city_ids->len)
    return TRUE;
  wanted = g_array_index (self->city_ids, gint64, selected);

  return wanted == LC_SPEAKERS_ANY_CITY || lc_person_get_city_id (LC_PERSON (item)) == wanted;
}

static gboolean
attendance_match (gpointer item,
                  gpointer user_data)
{
  LcSpeakersPage *self = user_data;
  guint selected = gtk_drop_down_get_selected (self->attendance_dropdown);
  LcPersonSummary summary = lc_speakers_page_summary_of (self, item);

  return selected == 0 || selected > G_N_ELEMENTS (filter_attendances)
         || (summary.attendance & (1u << filter_attendances[selected - 1])) != 0;
}

/* A filter that lets everything through has no function, so the filter
 * model knows it need not look at anyone. */
static void
update_filter (LcSpeakersPage      *self,
               GtkCustomFilter     *filter,
               gboolean             active,
               GtkCustomFilterFunc  func)
{
  gtk_custom_filter_set_filter_func (filter, active ? func : NULL, active ? self : NULL, NULL);
}

static gboolean
city_filter_active (LcSpeakersPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->city_dropdown);

  return selected < self->city_ids->len && g_array_index (self->city_ids, gint64, selected) != LC_SPEAKERS_ANY_CITY;
}

void
lc_speakers_page_fill_city_filter (LcSpeakersPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->city_dropdown);
  gint64 keep = selected < self->city_ids->len ? g_array_index (self->city_ids, gint64, selected) : LC_SPEAKERS_ANY_CITY;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) cities = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 any = LC_SPEAKERS_ANY_CITY, none = 0;
  guint position = 0;

  if (self->model != NULL)
    {
      GListModel *list = lc_convention_model_get_cities (self->model);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (cities, g_list_model_get_item (list, i));
    }
  g_ptr_array_sort_with_data (cities, compare_by_name, NULL);

  g_array_set_size (self->city_ids, 0);
  gtk_string_list_append (names, C_("filter", "Any City"));
  g_array_append_val (self->city_ids, any);
  for (guint i = 0; i < cities->len; i++)
    {
      LcRecord *city = g_ptr_array_index (cities, i);
      gint64 id = lc_record_get_id (city);

      gtk_string_list_append (names, lc_ui_text (city, "name", NULL));
      g_array_append_val (self->city_ids, id);
    }
  gtk_string_list_append (names, C_("filter", "No City"));
  g_array_append_val (self->city_ids, none);

  for (guint i = 0; i < self->city_ids->len; i++)
    if (g_array_index (self->city_ids, gint64, i) == keep)
      position = i;

  /* Replacing the model resets the choice: put it back before filtering. */
  self->filling_cities = TRUE;
  gtk_drop_down_set_model (self->city_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->city_dropdown, position);
  self->filling_cities = FALSE;
  update_filter (self, self->city_filter, city_filter_active (self), city_match);
}

static void
on_search_entry_search_changed_cb (GtkSearchEntry *entry,
                                   LcSpeakersPage *self)
{
  g_autofree char *old = g_steal_pointer (&self->needle);
  GtkFilterChange change;

  self->needle = lc_search_normalise (gtk_editable_get_text (GTK_EDITABLE (entry)));
  if (g_str_equal (old, self->needle))
    return;

  if (*self->needle == '\0' || *old == '\0')
    {
      update_filter (self, self->search_filter, *self->needle != '\0', search_match);
      return;
    }

  /* Typing on only narrows what matched; deleting only widens it. Every
   * word of a needle must occur, so a longer needle can only match less. */
  if (g_str_has_prefix (self->needle, old))
    change = GTK_FILTER_CHANGE_MORE_STRICT;
  else if (g_str_has_prefix (old, self->needle))
    change = GTK_FILTER_CHANGE_LESS_STRICT;
  else
    change = GTK_FILTER_CHANGE_DIFFERENT;
  gtk_filter_changed (GTK_FILTER (self->search_filter), change);
}

static void
on_search_entry_stop_search_cb (GtkSearchEntry *entry,
                                LcSpeakersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_role_dropdown_selected_cb (LcSpeakersPage *self)
{
  update_filter (self, self->role_filter, gtk_drop_down_get_selected (self->role_dropdown) != 0, role_match);
}

static void
on_city_dropdown_selected_cb (LcSpeakersPage *self)
{
  if (!self->filling_cities)
    update_filter (self, self->city_filter, city_filter_active (self), city_match);
}

static void
on_attendance_dropdown_selected_cb (LcSpeakersPage *self)
{
  update_filter (self, self->attendance_filter,
                 gtk_drop_down_get_selected (self->attendance_dropdown) != 0, attendance_match);
}

/**
 * lc_speakers_page_prepare_search:
 * @self: the page
 *
 * Normalises everyone's names now, when the convention opens, so the first
 * keystroke of a search does not have to (the keys stay on the records and
 * are made again only for a changed name).
 */
void
lc_speakers_page_prepare_search (LcSpeakersPage *self)
{
  GListModel *people = self->model ? lc_convention_model_get_people (self->model) : NULL;
  guint n = people ? g_list_model_get_n_items (people) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) person = g_list_model_get_item (people, i);

      lc_search_record_matches (person, "");
    }
}

/**
 * lc_speakers_page_refilter_agenda:
 * @self: the page
 *
 * Filters again by role and attendance, after the agenda changed what
 * people do on it.
 */
void
lc_speakers_page_refilter_agenda (LcSpeakersPage *self)
{
  if (gtk_drop_down_get_selected (self->role_dropdown) != 0)
    gtk_filter_changed (GTK_FILTER (self->role_filter), GTK_FILTER_CHANGE_DIFFERENT);
  if (gtk_drop_down_get_selected (self->attendance_dropdown) != 0)
    gtk_filter_changed (GTK_FILTER (self->attendance_filter), GTK_FILTER_CHANGE_DIFFERENT);
}

/**
 * lc_speakers_page_clear_filters:
 * @self: the page
 *
 * Empties the search and sets every filter back to "any", at once.
 */
void
lc_speakers_page_clear_filters (LcSpeakersPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* Without waiting for the entry's typing pause. */
  on_search_entry_search_changed_cb (self->search_entry, self);
  gtk_drop_down_set_selected (self->role_dropdown, 0);
  gtk_drop_down_set_selected (self->city_dropdown, 0);
  gtk_drop_down_set_selected (self->attendance_dropdown, 0);
  lc_speakers_page_clear_participant_filters (self);
}

static void
setup_choice (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  /* Three filters share a 360 px wide pane: the chosen words shorten with
   * an ellipsis (each filter says what it does in its tooltip, which a
   * tooltip here would hide). */
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_choice (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkStringObject *choice = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_list_item_get_child (list_item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (choice));
}

/**
 * lc_speakers_page_init_filters:
 * @self: the page
 *
 * Sets up the filter drop-downs (after the template is loaded).
 */
void
lc_speakers_page_init_filters (LcSpeakersPage *self)
{
  GtkDropDown *dropdowns[] = { self->role_dropdown, self->city_dropdown, self->attendance_dropdown,
                               self->category_dropdown, self->status_dropdown };
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    gtk_drop_down_set_factory (dropdowns[i], factory);

  lc_speakers_page_fill_city_filter (self);
}

void
lc_speakers_page_class_filter_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_role_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_city_dropdown_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_attendance_dropdown_selected_cb);
}
