/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "lc-error.h"
#include "lc-schedule-import-private.h"

/* A schedule read by lc-schedule-import.c, stored as a new convention in
 * one transaction, and the report of what it held that a convention has no
 * place for. */

void
lc_draft_record_free (gpointer data)
{
  LcDraftRecord *draft = data;

  g_clear_object (&draft->record);
  g_free (draft->uid);
  g_free (draft);
}

static void
draft_item_free (gpointer data)
{
  LcDraftItem *item = data;

  g_clear_object (&item->item.record);
  g_free (item->item.uid);
  g_ptr_array_unref (item->people);
  g_free (item);
}

void
lc_schedule_draft_clear (LcScheduleDraft *draft)
{
  g_clear_object (&draft->convention.record);
  g_clear_pointer (&draft->zone, g_time_zone_unref);
  if (draft->items != NULL)
    g_ptr_array_set_free_func (draft->items, draft_item_free);
  g_clear_pointer (&draft->items, g_ptr_array_unref);
  g_clear_pointer (&draft->rooms, g_ptr_array_unref);
  g_clear_pointer (&draft->people, g_ptr_array_unref);
  g_clear_pointer (&draft->room_by_name, g_hash_table_unref);
  g_clear_pointer (&draft->person_by_key, g_hash_table_unref);
  g_clear_pointer (&draft->other_left, g_hash_table_unref);
  g_clear_pointer (&draft->conference_left, g_hash_table_unref);
}

/* Inserts @draft's record, then gives it the file's identity unless this
 * library already has a record with it (the same file imported twice):
 * then it keeps the new identity the schema gave it. */
static gboolean
insert (LcStore        *store,
        LcDraftRecord  *draft,
        GError        **error)
{
  gboolean taken;

  if (!lc_store_insert (store, draft->record, error))
    return FALSE;
  if (draft->uid == NULL || !lc_uid_is_valid (draft->uid))
    return TRUE;

  return lc_store_take_uid (store, G_OBJECT_TYPE (draft->record), lc_record_get_id (draft->record),
                            draft->uid, &taken, error);
}

static gboolean
insert_all (LcScheduleDraft  *draft,
            LcStore          *store,
            GError          **error)
{
  gint64 convention_id;

  if (!insert (store, &draft->convention, error))
    return FALSE;
  convention_id = lc_record_get_id (draft->convention.record);

  for (guint i = 0; i < draft->rooms->len; i++)
    {
      LcDraftRecord *room = g_ptr_array_index (draft->rooms, i);

      lc_record_set_int (room->record, "convention-id", convention_id);
      if (!insert (store, room, error))
        return FALSE;
    }

  for (guint i = 0; i < draft->people->len; i++)
    {
      LcDraftRecord *person = g_ptr_array_index (draft->people, i);

      lc_record_set_int (person->record, "convention-id", convention_id);
      if (!insert (store, person, error))
        return FALSE;
    }

  for (guint i = 0; i < draft->items->len; i++)
    {
      LcDraftItem *item = g_ptr_array_index (draft->items, i);
      gint64 item_id;

      lc_record_set_int (item->item.record, "convention-id", convention_id);
      if (item->room != NULL)
        lc_record_set_int (item->item.record, "room-id", lc_record_get_id (item->room->record));
      if (!insert (store, &item->item, error))
        return FALSE;
      item_id = lc_record_get_id (item->item.record);

      /* The format has no roles: everyone an event names speaks. */
      for (guint p = 0; p < item->people->len; p++)
        {
          LcDraftRecord *person = g_ptr_array_index (item->people, p);
          g_autoptr(LcRecord) part = g_object_new (LC_TYPE_PARTICIPATION, NULL);

          lc_record_set_int (part, "item-id", item_id);
          lc_record_set_int (part, "person-id", lc_record_get_id (person->record));
          lc_record_set_int (part, "role", LC_ROLE_SPEAKER);
          lc_record_set_int (part, "position", p);
          if (!lc_store_insert (store, part, error))
            return FALSE;
        }
    }

  return TRUE;
}

/**
 * lc_schedule_draft_store:
 * @draft: a schedule read whole
 * @store: the library
 * @error: return location for a #GError
 *
 * Inserts the convention, its rooms, people, items and participations in
 * one transaction: a failure of the store leaves the library as it was.
 *
 * Returns: the new convention's id, or 0 with @error set
 */
gint64
lc_schedule_draft_store (LcScheduleDraft  *draft,
                         LcStore          *store,
                         GError          **error)
{
  if (!lc_store_begin (store, error))
    goto failed;

  if (!insert_all (draft, store, error))
    {
      lc_store_rollback (store);
      goto failed;
    }

  /* A failed commit rolls back by itself. */
  if (!lc_store_commit (store, error))
    goto failed;

  return lc_record_get_id (draft->convention.record);

failed:
  /* Translators: %s is the name of a schedule file; the reason follows */
  g_prefix_error (error, _("%s could not be imported: "), draft->source);
  return 0;
}

/* A line for @n things left out, none for none; @format is g_dngettext()'s
 * choice for @n, written at the call so that xgettext finds both forms. */
static void add_count (GPtrArray  *lines,
                       guint       n,
                       const char *format,
                       ...) G_GNUC_PRINTF (3, 4);

static void
add_count (GPtrArray  *lines,
           guint       n,
           const char *format,
           ...)
{
  va_list args;

  if (n == 0)
    return;
  va_start (args, format);
  g_ptr_array_add (lines, g_strdup_vprintf (format, args));
  va_end (args);
}

/**
 * lc_schedule_draft_left_out:
 * @draft: a schedule read whole
 *
 * Returns: (transfer full): one sentence for each kind of thing the
 *   schedule held that the convention has no place for, in the order of
 *   the format; an empty list when nothing was left out
 */
char **
lc_schedule_draft_left_out (LcScheduleDraft *draft)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GList) names = NULL;
  const guint *n = draft->left;

  /* Translators: what a schedule file held that was not imported; %u is a
   * number of events (the same below) */
  add_count (lines, n[LC_LEFT_LINKS],
             g_dngettext (GETTEXT_PACKAGE, "%u event’s links were not imported.",
                          "%u events’ links were not imported.", n[LC_LEFT_LINKS]),
             n[LC_LEFT_LINKS]);
  add_count (lines, n[LC_LEFT_ATTACHMENTS],
             g_dngettext (GETTEXT_PACKAGE, "%u event’s attachments were not imported.",
                          "%u events’ attachments were not imported.", n[LC_LEFT_ATTACHMENTS]),
             n[LC_LEFT_ATTACHMENTS]);
  add_count (lines, n[LC_LEFT_RECORDING],
             g_dngettext (GETTEXT_PACKAGE, "%u event’s recording settings were not imported.",
                          "%u events’ recording settings were not imported.", n[LC_LEFT_RECORDING]),
             n[LC_LEFT_RECORDING]);
  add_count (lines, n[LC_LEFT_TRACK],
             g_dngettext (GETTEXT_PACKAGE, "%u event’s track was not imported.",
                          "%u events’ tracks were not imported.", n[LC_LEFT_TRACK]),
             n[LC_LEFT_TRACK]);
  add_count (lines, n[LC_LEFT_LANGUAGE],
             g_dngettext (GETTEXT_PACKAGE, "%u event’s language was not imported.",
                          "%u events’ languages were not imported.", n[LC_LEFT_LANGUAGE]),
             n[LC_LEFT_LANGUAGE]);
  add_count (lines, n[LC_LEFT_SUBTITLE],
             g_dngettext (GETTEXT_PACKAGE, "%u event’s subtitle was not imported.",
                          "%u events’ subtitles were not imported.", n[LC_LEFT_SUBTITLE]),
             n[LC_LEFT_SUBTITLE]);
  add_count (lines, n[LC_LEFT_URL],
             g_dngettext (GETTEXT_PACKAGE, "%u event’s web address was not imported.",
                          "%u events’ web addresses were not imported.", n[LC_LEFT_URL]),
             n[LC_LEFT_URL]);
  add_count (lines, n[LC_LEFT_LOGO],
             g_dngettext (GETTEXT_PACKAGE, "%u event’s picture was not imported.",
                          "%u events’ pictures were not imported.", n[LC_LEFT_LOGO]),
             n[LC_LEFT_LOGO]);
  add_count (lines, n[LC_LEFT_KIND],
             g_dngettext (GETTEXT_PACKAGE, "%u event has a type with no matching kind of item and is now of the kind "
                          "“Other”.",
                          "%u events have a type with no matching kind of item and are now of the "
                          "kind “Other”.", n[LC_LEFT_KIND]),
             n[LC_LEFT_KIND]);
  add_count (lines, n[LC_LEFT_MIDNIGHT],
             g_dngettext (GETTEXT_PACKAGE, "%u event ran on past midnight and now ends at midnight.",
                          "%u events ran on past midnight and now end at midnight.", n[LC_LEFT_MIDNIGHT]),
             n[LC_LEFT_MIDNIGHT]);
  /* Translators: %u is a number of tracks of the conference */
  add_count (lines, n[LC_LEFT_CONFERENCE_TRACKS],
             g_dngettext (GETTEXT_PACKAGE, "The conference’s %u track was not imported.",
                          "The conference’s %u tracks were not imported.", n[LC_LEFT_CONFERENCE_TRACKS]),
             n[LC_LEFT_CONFERENCE_TRACKS]);

  /* What no tool we know writes, by the element's name. */
  names = g_list_sort (g_hash_table_get_keys (draft->other_left), (GCompareFunc) g_strcmp0);
  for (GList *l = names; l != NULL; l = l->next)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (draft->other_left, l->data));

      g_ptr_array_add (lines, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: %1$u is a number of events,
                                                             * %2$s the name of an XML element,
                                                             * such as “feedback” */
                                                            "%1$u event’s <%2$s> was not imported.",
                                                            "%1$u events’ <%2$s> were not imported.",
                                                            count),
                                               count, (const char *) l->data));
    }
  g_clear_pointer (&names, g_list_free);
  names = g_list_sort (g_hash_table_get_keys (draft->conference_left), (GCompareFunc) g_strcmp0);
  for (GList *l = names; l != NULL; l = l->next)
    /* Translators: %s is the name of an XML element, such as “base_url” */
    g_ptr_array_add (lines, g_strdup_printf (_("The conference’s <%s> was not imported."),
                                             (const char *) l->data));

  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_steal (lines, NULL);
}
