/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-search.h"

struct _LcSearchIndex
{
  grefcount  ref_count;
  GPtrArray *keys;          /* normalised "arabic\nenglish", one per entry */
  GArray    *ids;           /* gint64, one per entry */
};

G_DEFINE_BOXED_TYPE (LcSearchIndex, lc_search_index, lc_search_index_ref, lc_search_index_unref)

/* Where a record keeps its normalised names. */
static G_DEFINE_QUARK (lc-search-key, lc_search_key)

typedef struct
{
  char *key;                /* NULL until needed, and again after an edit */
} RecordCache;

static gboolean
is_apostrophe (gunichar c)
{
  return c == '\'' || c == 0x2018 || c == 0x2019 || c == 0x02BC || c == 0x0060;
}

static gboolean
is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

static gboolean
is_separator (gunichar c)
{
  switch (g_unichar_type (c))
    {
    case G_UNICODE_CONNECT_PUNCTUATION:
    case G_UNICODE_DASH_PUNCTUATION:
    case G_UNICODE_OPEN_PUNCTUATION:
    case G_UNICODE_CLOSE_PUNCTUATION:
    case G_UNICODE_INITIAL_PUNCTUATION:
    case G_UNICODE_FINAL_PUNCTUATION:
    case G_UNICODE_OTHER_PUNCTUATION:
    case G_UNICODE_SPACE_SEPARATOR:
    case G_UNICODE_LINE_SEPARATOR:
    case G_UNICODE_PARAGRAPH_SEPARATOR:
      return TRUE;
    default:
      return g_unichar_isspace (c);
    }
}

/* Letters that spell the same name in different ways; the hamza and madda
 * forms of alef, waw and yaa are already handled by dropping their marks. */
static gunichar
fold_letter (gunichar c)
{
  switch (c)
    {
    case 0x0671:  /* alef wasla */
    case 0x0672:  /* alef with wavy hamza above */
    case 0x0673:  /* alef with wavy hamza below */
      return 0x0627;
    case 0x0629:  /* taa marbuta → haa */
      return 0x0647;
    case 0x0649:  /* alef maqsura → yaa */
    case 0x06CC:  /* Persian yeh */
      return 0x064A;
    case 0x06A9:  /* Persian keheh → kaf */
      return 0x0643;
    default:
      return c;
    }
}

static char *
make_key (const char *arabic,
          const char *english)
{
  g_autofree char *ar = lc_search_normalise (arabic);
  g_autofree char *en = lc_search_normalise (english);

  /* A newline can be in no needle word, so no match spans both names. */
  return g_strconcat (ar, "\n", en, NULL);
}

static void
record_cache_free (gpointer data)
{
  RecordCache *cache = data;

  g_free (cache->key);
  g_free (cache);
}

static void
on_record_name_notify_cb (GObject    *record,
                          GParamSpec *pspec,
                          gpointer    user_data)
{
  RecordCache *cache = user_data;

  g_clear_pointer (&cache->key, g_free);
}

static const char *
record_field (LcRecord *record)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (record);

  if (g_object_class_find_property (klass, "name-ar") != NULL)
    return "name";
  if (g_object_class_find_property (klass, "title-ar") != NULL)
    return "title";
  return NULL;
}

static const char *
record_key (LcRecord *record)
{
  GQuark quark = lc_search_key_quark ();
  const char *field = record_field (record);
  RecordCache *cache;

  cache = g_object_get_qdata (G_OBJECT (record), quark);
  if (cache == NULL)
    {
      cache = g_new0 (RecordCache, 1);
      g_object_set_qdata_full (G_OBJECT (record), quark, cache, record_cache_free);

      /* The cache lives as long as the record, and the handlers with it. */
      if (field != NULL)
        {
          g_autofree char *ar = g_strdup_printf ("notify::%s-ar", field);
          g_autofree char *en = g_strdup_printf ("notify::%s-en", field);

          g_signal_connect (record, ar, G_CALLBACK (on_record_name_notify_cb), cache);
          g_signal_connect (record, en, G_CALLBACK (on_record_name_notify_cb), cache);
        }
    }

  if (cache->key == NULL)
    {
      if (field != NULL)
        {
          char ar[64], en[64];

          g_snprintf (ar, sizeof ar, "%s-ar", field);
          g_snprintf (en, sizeof en, "%s-en", field);
          cache->key = make_key (lc_record_get_string (record, ar),
                                 lc_record_get_string (record, en));
        }
      else
        {
          cache->key = g_strdup ("");
        }
    }

  return cache->key;
}

/* Whether @word (@len bytes, no space in it) is written at @at with the
 * haystack's spaces left out: "عبدالرحمن" at "عبد الرحمن …". */
static gboolean
occurs_joined_at (const char *at,
                  const char *word,
                  gsize       len)
{
  gsize i = 0;

  while (i < len)
    {
      if (*at == word[i])
        {
          at++;
          i++;
        }
      else if (*at == ' ' && i > 0)
        at++;
      else
        return FALSE;
    }

  return TRUE;
}

/* Whether a needle's word occurs in a normalised haystack: anywhere inside
 * a word, or from the start of a word on across the spaces of a compound
 * name, so that the joined spelling finds the spaced one (عبدالله, عبد الله;
 * أبوبكر, أبو بكر; Abdulrahman, Abdul Rahman). The spaced spelling finds the
 * joined one already, each of its words being inside it. */
static gboolean
word_occurs (const char *haystack,
             const char *word,
             gsize       len)
{
  char buffer[128];
  g_autofree char *allocated = NULL;
  const char *token = buffer;

  /* A NUL-terminated copy for strstr(), on the stack when short. */
  if (len < sizeof buffer)
    {
      memcpy (buffer, word, len);
      buffer[len] = '\0';
    }
  else
    {
      token = allocated = g_strndup (word, len);
    }

  if (strstr (haystack, token) != NULL)
    return TRUE;

  for (const char *p = haystack; *p != '\0'; p++)
    if ((p == haystack || p[-1] == ' ' || p[-1] == '\n') && *p == *word
        && occurs_joined_at (p, word, len))
      return TRUE;

  return FALSE;
}

/**
 * lc_search_normalise:
 * @text: (nullable): a name, or what was typed in a search entry
 *
 * Brings @text to the form searches compare, following the rules at the
 * top of lc-search.h. Text that is not valid UTF-8 is repaired first.
 *
 * Returns: (transfer full): the normalised text, never %NULL
 */
char *
lc_search_normalise (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *final = NULL;
  GString *out;
  gboolean pending_space = FALSE;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  /* Normalising is most of the cost of a convention's search keys, built
   * while it loads: ASCII, and text already decomposed, stay as they are,
   * so they are not normalised again. */
  valid = g_utf8_make_valid (text, -1);
  decomposed = is_ascii (valid) ? g_strdup (valid) : g_utf8_normalize (valid, -1, G_NORMALIZE_NFKD);
  folded = g_utf8_casefold (decomposed, -1);
  /* Folding can yield precomposed letters again (rarely): decompose once more. */
  if (is_ascii (folded) || strcmp (folded, decomposed) == 0)
    final = g_steal_pointer (&folded);
  else
    final = g_utf8_normalize (folded, -1, G_NORMALIZE_NFKD);
  out = g_string_sized_new (strlen (final));

  for (const char *p = final; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_ENCLOSING_MARK
          || type == G_UNICODE_FORMAT || c == 0x0640 || is_apostrophe (c))
        continue;

      if (is_separator (c))
        {
          pending_space = out->len > 0;
          continue;
        }

      if (type == G_UNICODE_DECIMAL_NUMBER)
        c = '0' + g_unichar_digit_value (c);
      else
        c = fold_letter (c);

      if (pending_space)
        g_string_append_c (out, ' ');
      pending_space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/**
 * lc_search_matches:
 * @normalised_haystack: text from lc_search_normalise()
 * @normalised_needle: a search from lc_search_normalise()
 *
 * Returns: whether every space-separated word of @normalised_needle occurs
 *   somewhere in @normalised_haystack; %TRUE for an empty needle
 */
gboolean
lc_search_matches (const char *normalised_haystack,
                   const char *normalised_needle)
{
  const char *word = normalised_needle;

  g_return_val_if_fail (normalised_haystack != NULL, FALSE);

  if (word == NULL)
    return TRUE;

  while (*word)
    {
      const char *end = strchr (word, ' ');
      gsize len = end ? (gsize) (end - word) : strlen (word);

      if (len > 0 && !word_occurs (normalised_haystack, word, len))
        return FALSE;

      word += len;
      while (*word == ' ')
        word++;
    }

  return TRUE;
}

/**
 * lc_search_record_matches:
 * @record: a record with a bilingual "name" (a person, city or room) or
 *   else "title" (an item)
 * @normalised_needle: a search from lc_search_normalise()
 *
 * Matches @normalised_needle against the record's Arabic and English names.
 * The normalised names are kept on the record and recomputed after either
 * name changes, so a filter can call this for every row on every key. Use
 * it from one thread only (the one that edits the record).
 *
 * Returns: whether the record matches
 */
gboolean
lc_search_record_matches (LcRecord   *record,
                          const char *normalised_needle)
{
  g_return_val_if_fail (LC_IS_RECORD (record), FALSE);

  return lc_search_matches (record_key (record), normalised_needle);
}

/**
 * lc_search_index_new:
 *
 * An index holds the normalised names of many records (people, say) so a
 * search over all of them normalises only the needle.
 *
 * Returns: (transfer full): an empty index
 */
LcSearchIndex *
lc_search_index_new (void)
{
  LcSearchIndex *self = g_new0 (LcSearchIndex, 1);

  g_ref_count_init (&self->ref_count);
  self->keys = g_ptr_array_new_with_free_func (g_free);
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  return self;
}

/**
 * lc_search_index_ref:
 * @self: an index
 *
 * Returns: (transfer full): @self
 */
LcSearchIndex *
lc_search_index_ref (LcSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * lc_search_index_unref:
 * @self: (transfer full): an index
 *
 * Drops a reference; the last one frees the index.
 */
void
lc_search_index_unref (LcSearchIndex *self)
{
  g_return_if_fail (self != NULL);

  if (!g_ref_count_dec (&self->ref_count))
    return;

  g_ptr_array_unref (self->keys);
  g_array_unref (self->ids);
  g_free (self);
}

/**
 * lc_search_index_add:
 * @self: an index
 * @id: the record's id (returned by lc_search_index_get_id())
 * @arabic: (nullable): its Arabic name
 * @english: (nullable): its English name
 *
 * Returns: the entry's position, counting from 0 in the order added
 */
guint
lc_search_index_add (LcSearchIndex *self,
                     gint64         id,
                     const char    *arabic,
                     const char    *english)
{
  g_return_val_if_fail (self != NULL, 0);

  g_ptr_array_add (self->keys, make_key (arabic, english));
  g_array_append_val (self->ids, id);

  return self->keys->len - 1;
}

/**
 * lc_search_index_add_record:
 * @self: an index
 * @record: a record
 * @field: its bilingual field to index, such as "name"
 *
 * Adds the record's id with the two texts of @field.
 *
 * Returns: the entry's position
 */
guint
lc_search_index_add_record (LcSearchIndex *self,
                            LcRecord      *record,
                            const char    *field)
{
  g_autofree char *ar = g_strconcat (field, "-ar", NULL);
  g_autofree char *en = g_strconcat (field, "-en", NULL);

  g_return_val_if_fail (LC_IS_RECORD (record), 0);

  return lc_search_index_add (self, lc_record_get_id (record),
                              lc_record_get_string (record, ar),
                              lc_record_get_string (record, en));
}

/**
 * lc_search_index_get_n_entries:
 * @self: an index
 *
 * Returns: how many entries were added
 */
guint
lc_search_index_get_n_entries (LcSearchIndex *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->keys->len;
}

/**
 * lc_search_index_get_id:
 * @self: an index
 * @position: an entry's position
 *
 * Returns: the id given when the entry was added
 */
gint64
lc_search_index_get_id (LcSearchIndex *self,
                        guint          position)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (position < self->ids->len, 0);

  return g_array_index (self->ids, gint64, position);
}

/**
 * lc_search_index_query:
 * @self: an index
 * @needle: (nullable): what was typed, not yet normalised
 *
 * Returns: (transfer full) (element-type guint): the positions of the
 *   entries that match, in the order they were added
 */
GArray *
lc_search_index_query (LcSearchIndex *self,
                       const char    *needle)
{
  g_autofree char *normalised = lc_search_normalise (needle);
  g_auto(GStrv) words = NULL;
  GArray *result;

  g_return_val_if_fail (self != NULL, NULL);

  words = g_strsplit (normalised, " ", -1);
  result = g_array_sized_new (FALSE, FALSE, sizeof (guint), 64);

  for (guint i = 0; i < self->keys->len; i++)
    {
      const char *key = g_ptr_array_index (self->keys, i);
      gboolean match = TRUE;

      for (guint w = 0; match && words[w] != NULL; w++)
        match = words[w][0] == '\0' || word_occurs (key, words[w], strlen (words[w]));

      if (match)
        g_array_append_val (result, i);
    }

  return result;
}
