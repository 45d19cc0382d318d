/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "lc-agenda-pdf-private.h"
#include "lc-badge-private.h"
#include "lc-l10n.h"
#include "lc-organisation.h"
#include "lc-participant.h"
#include "lc-role.h"
#include "lc-text.h"

/*
 * Who gets a badge, with which category, and the participant code on it
 * (issue 14). The printed things (lc-badge-pdf.c, lc-badge-tent.c,
 * lc-certificate.c) are drawn from an LcBadgeSet alone.
 */

/* Crockford's base 32: no I, L, O or U, so a code read aloud or typed from
 * paper has no letters to confuse with 1 and 0. */
static const char code_alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
#define CODE_LENGTH 10

/* A name is cut well before it could fill a badge many times over: the
 * layout's own ellipsis then has little text to measure. */
#define BADGE_MAX_CHARS 300

/**
 * lc_badge_hash_code:
 * @prefix: what the code is for, so that two kinds of code never agree
 * @first: a uid
 * @second: (nullable): another
 * @length: how many letters, at most 12
 *
 * Returns: (transfer full): @length letters and digits of Crockford's base
 *   32 from a SHA-256 of the uids
 */
char *
lc_badge_hash_code (const char *prefix,
                    const char *first,
                    const char *second,
                    guint       length)
{
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);
  guint8 digest[32];
  gsize digest_length = sizeof digest;
  guint64 bits = 0;
  char *code;

  g_return_val_if_fail (length <= 12, NULL);

  g_checksum_update (sum, (const guchar *) prefix, -1);
  g_checksum_update (sum, (const guchar *) first, -1);
  if (second != NULL)
    {
      g_checksum_update (sum, (const guchar *) "/", 1);
      g_checksum_update (sum, (const guchar *) second, -1);
    }
  g_checksum_get_digest (sum, digest, &digest_length);
  for (guint i = 0; i < 8; i++)
    bits = bits << 8 | digest[i];

  code = g_malloc (length + 1);
  for (guint i = 0; i < length; i++)
    code[i] = code_alphabet[(bits >> (59 - 5 * i)) & 31];
  code[length] = '\0';
  return code;
}

/**
 * lc_participant_code:
 * @person_uid: a person's uid (lc_record_get_uid())
 *
 * The short code printed on a person's badge (as text and as a QR code)
 * and typed or scanned at the door: ten letters and digits of Crockford's
 * base 32 taken from a SHA-256 of the uid. The uid travels with the person
 * in the convention file, so every library that holds the convention gives
 * the person the same code, and the code says nothing about the library's
 * row numbers. Fifty bits: two of a convention's thousand people share one
 * with a chance of about one in two thousand million.
 *
 * Returns: (transfer full): the code, such as "7K2QX0M4RD"
 */
char *
lc_participant_code (const char *person_uid)
{
  g_return_val_if_fail (person_uid != NULL, NULL);

  /* A prefix of its own, so that the code is not the start of any other
   * hash of the uid the application prints. */
  return lc_badge_hash_code ("learning-cities/participant/", person_uid, NULL, CODE_LENGTH);
}

/**
 * lc_badge_layout_from_string:
 * @text: a4-2x4, a4-2x5 or single
 * @layout: (out): the layout
 *
 * Returns: %FALSE when @text names no layout
 */
gboolean
lc_badge_layout_from_string (const char    *text,
                             LcBadgeLayout *layout)
{
  static const char *const names[] = { "a4-2x4", "a4-2x5", "single" };

  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *layout = (LcBadgeLayout) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * lc_badge_entry_free:
 * @entry: (transfer full): an entry
 */
void
lc_badge_entry_free (LcBadgeEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->person_uid);
  g_free (entry->code);
  for (guint l = 0; l < 2; l++)
    {
      g_free (entry->name[l]);
      g_free (entry->honorific[l]);
      g_free (entry->position[l]);
      g_free (entry->organisation[l]);
      g_free (entry->category[l]);
    }
  g_free (entry);
}

/**
 * lc_badge_set_free:
 * @self: (transfer full): a set
 */
void
lc_badge_set_free (LcBadgeSet *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  for (guint l = 0; l < 2; l++)
    {
      g_free (self->title[l]);
      g_free (self->venue[l]);
    }
  g_free (self->start_date);
  g_free (self->end_date);
  g_free (self->convention_uid);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  g_free (self);
}

/* A text as a badge prints it: cleaned and cut short (lc-text.c). */
static char *
printable (const char *text,
           LcLanguage  language)
{
  return lc_text_for_display (text != NULL ? text : "", BADGE_MAX_CHARS,
                              lc_text_shortened_note (language));
}

static void
set_pair (char       *pair[2],
          LcRecord   *record,
          const char *name)
{
  g_autofree char *ar = g_strconcat (name, "-ar", NULL);
  g_autofree char *en = g_strconcat (name, "-en", NULL);

  pair[0] = printable (record != NULL ? lc_record_get_string (record, ar) : "",
                       LC_LANGUAGE_ARABIC);
  pair[1] = printable (record != NULL ? lc_record_get_string (record, en) : "",
                       LC_LANGUAGE_ENGLISH);
}

/* Which of a person's programme roles names their badge: a person who
 * speaks anywhere is a speaker, even if they also moderate. */
static int
role_rank (LcRole role)
{
  switch (role)
    {
    case LC_ROLE_SPEAKER:
      return 3;
    case LC_ROLE_PRESENTER:
      return 2;
    case LC_ROLE_MODERATOR:
    default:
      return 1;
    }
}

/*
 * The badge's category: its word in both languages and its colour, never
 * the colour alone. The programme role comes first (a delegate who speaks
 * wears a speaker's badge); everyone else wears their participant
 * category's word.
 */
static void
set_category (LcBadgeEntry *entry,
              LcRole        role)
{
  static const guint32 colours[] = {
    [LC_ROLE_MODERATOR] = 0x8A3B12,  /* brick */
    [LC_ROLE_SPEAKER] = 0x0F4C81,    /* the agenda's accent blue */
    [LC_ROLE_PRESENTER] = 0x2E6B30,  /* green */
  };

  entry->role = role;
  entry->on_programme = TRUE;
  entry->colour = (guint) role < G_N_ELEMENTS (colours) ? colours[role] : MUTED;
  entry->category[0] = g_strdup (lc_role_heading (role, 1, LC_LANGUAGE_ARABIC));
  entry->category[1] = g_strdup (lc_role_heading (role, 1, LC_LANGUAGE_ENGLISH));
}

/* The same for someone not on the programme: a colour of its own for each
 * category, none of them a programme role's, dark enough for white text. */
static void
set_participant_category (LcBadgeEntry          *entry,
                          LcParticipantCategory  category)
{
  static const guint32 colours[] = {
    [LC_PARTICIPANT_CATEGORY_PROGRAMME] = MUTED,
    [LC_PARTICIPANT_CATEGORY_DELEGATE] = 0x5B2A86,  /* purple */
    [LC_PARTICIPANT_CATEGORY_OBSERVER] = 0x00666B,  /* teal */
    [LC_PARTICIPANT_CATEGORY_PRESS] = 0x9A5B00,     /* ochre */
    [LC_PARTICIPANT_CATEGORY_STAFF] = 0x333333,     /* charcoal */
  };

  entry->on_programme = FALSE;
  entry->colour = (guint) category < G_N_ELEMENTS (colours) ? colours[category] : MUTED;
  entry->category[0] = g_strdup (lc_participant_category_label (category, LC_LANGUAGE_ARABIC));
  entry->category[1] = g_strdup (lc_participant_category_label (category, LC_LANGUAGE_ENGLISH));
}

static gboolean
set_organisation_by_id (LcBadgeEntry *entry,
                        LcAgenda     *agenda,
                        gint64        id)
{
  for (guint i = 0; id > 0 && i < agenda->organisations->len; i++)
    {
      LcRecord *organisation = g_ptr_array_index (agenda->organisations, i);

      if (lc_record_get_id (organisation) == id)
        {
          set_pair (entry->organisation, organisation, "name");
          return TRUE;
        }
    }
  return FALSE;
}

/* Whom a person represents, as they said it (lc_person_get_represents ());
 * when unsaid, one of the convention's organisations, else their own words
 * for it, else their city. */
static void
set_organisation (LcBadgeEntry        *entry,
                  LcAgenda            *agenda,
                  LcAgendaParticipant *p)
{
  LcRecord *person = LC_RECORD (p->person);
  gint64 id = lc_record_get_int (person, "organisation-id");

  switch (lc_person_get_represents (p->person))
    {
    case LC_REPRESENTS_CITY:
      set_pair (entry->organisation, LC_RECORD (p->city), "name");
      return;
    case LC_REPRESENTS_OTHER:
      set_pair (entry->organisation, person, "represents");
      return;
    case LC_REPRESENTS_ORGANISATION:
    case LC_REPRESENTS_UNSET:
    default:
      break;
    }

  if (set_organisation_by_id (entry, agenda, id))
    return;
  set_pair (entry->organisation, person, "organisation");
  if (*entry->organisation[0] == '\0' && *entry->organisation[1] == '\0')
    {
      g_free (entry->organisation[0]);
      g_free (entry->organisation[1]);
      set_pair (entry->organisation, LC_RECORD (p->city), "name");
    }
}

static LcBadgeEntry *
entry_new (LcAgenda            *agenda,
           LcAgendaParticipant *p,
           gboolean             on_programme)
{
  LcRecord *person = LC_RECORD (p->person);
  LcBadgeEntry *entry = g_new0 (LcBadgeEntry, 1);
  const char *uid = lc_record_get_uid (person);
  g_autofree char *fallback = NULL;

  /* A library at a version before uids (opened read-only by a test) has
   * none: the row number then stands in, stable within that library. */
  if (uid == NULL)
    uid = fallback = g_strdup_printf ("row-%" G_GINT64_FORMAT, lc_record_get_id (person));
  entry->person_id = lc_record_get_id (person);
  entry->person_uid = g_strdup (uid);
  entry->code = lc_participant_code (uid);
  set_pair (entry->name, person, "name");
  set_pair (entry->honorific, person, "honorific");
  set_pair (entry->position, person, "position");
  set_organisation (entry, agenda, p);
  entry->participant_category = lc_person_get_category (p->person);
  entry->status = lc_person_get_status (p->person);
  if (on_programme)
    set_category (entry, p->role);
  else
    set_participant_category (entry, entry->participant_category);
  return entry;
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LcBadgeEntry *x = *(LcBadgeEntry * const *) a;
  const LcBadgeEntry *y = *(LcBadgeEntry * const *) b;
  /* By the English name where both have one, else the Arabic: the order
   * an organiser sorts the printed badges in. */
  const char *kx = *x->name[1] != '\0' ? x->name[1] : x->name[0];
  const char *ky = *y->name[1] != '\0' ? y->name[1] : y->name[0];
  int order = g_utf8_collate (kx, ky);

  return order != 0 ? order : strcmp (x->person_uid, y->person_uid);
}

static gint64 *
id_key (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

/* The convention's people who are not on its programme and still come
 * (everyone but those who declined), each with their city. */
static gboolean
add_participants (GPtrArray  *entries,
                  GHashTable *seen_ids,
                  LcAgenda   *agenda,
                  LcStore    *store,
                  gint64      convention_id,
                  GError    **error)
{
  g_autoptr(GListStore) people = NULL;
  g_autoptr(GListStore) cities = NULL;
  g_autoptr(GHashTable) city_by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n;

  people = lc_store_list_for_convention (store, LC_TYPE_PERSON, convention_id, error);
  if (people == NULL)
    return FALSE;
  cities = lc_store_list_for_convention (store, LC_TYPE_CITY, convention_id, error);
  if (cities == NULL)
    return FALSE;
  n = g_list_model_get_n_items (G_LIST_MODEL (cities));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcRecord) city = g_list_model_get_item (G_LIST_MODEL (cities), i);

      /* The list store keeps the city alive, and its id with it. */
      g_hash_table_insert (city_by_id, id_key (lc_record_get_id (city)), city);
    }

  n = g_list_model_get_n_items (G_LIST_MODEL (people));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LcPerson) person = g_list_model_get_item (G_LIST_MODEL (people), i);
      gint64 id = lc_record_get_id (LC_RECORD (person));
      gint64 city_id = lc_record_get_int (LC_RECORD (person), "city-id");
      LcAgendaParticipant p = { person, g_hash_table_lookup (city_by_id, &city_id), 0, FALSE };

      if (g_hash_table_contains (seen_ids, &id)
          || lc_person_get_status (person) == LC_PARTICIPANT_STATUS_DECLINED)
        continue;
      g_ptr_array_add (entries, entry_new (agenda, &p, FALSE));
    }
  return TRUE;
}

/* Collects who gets a badge: everyone linked to one of the convention's
 * items, once, with their highest-ranking role (whatever their status:
 * the programme says they come); then every other person of the
 * convention who has not declined, by their participant category. */
static GPtrArray *
collect_entries (LcAgenda  *agenda,
                 LcStore   *store,
                 gint64     convention_id,
                 GError   **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) seen_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) lc_badge_entry_free);

  for (guint e = 0; e < agenda->entries->len; e++)
    {
      const LcAgendaEntry *item = g_ptr_array_index (agenda->entries, e);

      for (guint i = 0; i < item->participants->len; i++)
        {
          LcAgendaParticipant *p = g_ptr_array_index (item->participants, i);
          LcBadgeEntry *entry = g_hash_table_lookup (seen, p->person);

          if (entry == NULL)
            {
              entry = entry_new (agenda, p, TRUE);
              g_hash_table_insert (seen, p->person, entry);
              g_hash_table_add (seen_ids, id_key (lc_record_get_id (LC_RECORD (p->person))));
              g_ptr_array_add (entries, entry);
            }
          else if (role_rank (p->role) > role_rank (entry->role))
            {
              g_free (entry->category[0]);
              g_free (entry->category[1]);
              set_category (entry, p->role);
            }
        }
    }

  if (!add_participants (entries, seen_ids, agenda, store, convention_id, error))
    return NULL;
  g_ptr_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}

/* The host's logo, else the first organisation's that has one. */
static cairo_surface_t *
pick_logo (LcAgenda *agenda)
{
  cairo_surface_t *first = NULL;

  for (guint i = 0; i < agenda->organisations->len; i++)
    {
      LcOrganisation *organisation = g_ptr_array_index (agenda->organisations, i);
      cairo_surface_t *logo = g_ptr_array_index (agenda->logos, i);

      if (logo == NULL)
        continue;
      if (lc_organisation_get_role (organisation) == LC_ORGANISATION_ROLE_HOST)
        return cairo_surface_reference (logo);
      if (first == NULL)
        first = logo;
    }
  return first != NULL ? cairo_surface_reference (first) : NULL;
}

/**
 * lc_badge_set_load:
 * @store: a library
 * @convention_id: the convention
 * @error: return location for a #GError
 *
 * Reads who gets a badge (see collect_entries()) and what the badges,
 * table tents and certificates print about the convention, so that they
 * can be drawn without the store (in another thread, say).
 *
 * Returns: (transfer full) (nullable): the set
 */
LcBadgeSet *
lc_badge_set_load (LcStore  *store,
                   gint64    convention_id,
                   GError  **error)
{
  g_autoptr(LcAgenda) agenda = NULL;
  GPtrArray *entries;
  LcBadgeSet *self;
  LcRecord *convention;

  g_return_val_if_fail (LC_IS_STORE (store), NULL);

  /* The agenda already reads the programme's people, their cities and the
   * organisations' logos, cleaned for print. */
  agenda = lc_agenda_load (store, convention_id, error);
  if (agenda == NULL)
    return NULL;

  convention = LC_RECORD (agenda->convention);
  entries = collect_entries (agenda, store, convention_id, error);
  if (entries == NULL)
    return NULL;
  self = g_new0 (LcBadgeSet, 1);
  self->entries = entries;
  set_pair (self->title, convention, "title");
  set_pair (self->venue, convention, "venue");
  self->start_date = g_strdup (lc_record_get_string (convention, "start-date"));
  self->end_date = g_strdup (lc_record_get_string (convention, "end-date"));
  self->convention_uid = g_strdup (lc_record_get_uid (convention));
  self->logo = pick_logo (agenda);
  return self;
}
