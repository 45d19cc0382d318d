/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-l10n.h"

#define EN LC_LANGUAGE_ENGLISH
#define AR LC_LANGUAGE_ARABIC

/* With Western digits lc_l10n_printf() must write what printf writes: the
 * C library is the oracle for the parsing of each format. */
#define ASSERT_LIKE_PRINTF(format, ...)                                            \
  G_STMT_START {                                                                   \
    g_autofree char *expected_ = g_strdup_printf (format, __VA_ARGS__);            \
    g_autofree char *got_ = lc_l10n_printf (EN, LC_DIGITS_WESTERN, format, __VA_ARGS__); \
    g_assert_cmpstr (got_, ==, expected_);                                         \
  } G_STMT_END

static void
test_like_printf (void)
{
  gint64 big = G_GINT64_CONSTANT (-9007199254740993);
  guint64 huge = G_GUINT64_CONSTANT (18446744073709551615);

  ASSERT_LIKE_PRINTF ("%u cities", 22u);
  ASSERT_LIKE_PRINTF ("%d", -35);
  ASSERT_LIKE_PRINTF ("%i people", 0);
  ASSERT_LIKE_PRINTF ("%ld %lu", -7L, 7UL);
  ASSERT_LIKE_PRINTF ("%lld %llu", -7LL, 7ULL);
  ASSERT_LIKE_PRINTF ("%" G_GINT64_FORMAT " %" G_GUINT64_FORMAT, big, huge);
  ASSERT_LIKE_PRINTF ("%" G_GSIZE_FORMAT, (gsize) 4096);
  ASSERT_LIKE_PRINTF ("%02d:%02d", 9, 5);
  ASSERT_LIKE_PRINTF ("[%5d|%-5d|%05d]", -42, 42, -42);
  ASSERT_LIKE_PRINTF ("“%s” deleted", "Session 11");
  ASSERT_LIKE_PRINTF ("%.3s|%6s|%-6s|", "abcdef", "ab", "ab");
  ASSERT_LIKE_PRINTF ("%c%c", 'o', 'k');
  ASSERT_LIKE_PRINTF ("100%% of %u", 3u);
  ASSERT_LIKE_PRINTF ("%2$s: %1$d, %3$s", 7, "Version", "draft");
  ASSERT_LIKE_PRINTF ("%1$s\n%2$u city: %3$s", "Goal", 2u, "Amman, Yanbu");
  ASSERT_LIKE_PRINTF ("%s", "");
  ASSERT_LIKE_PRINTF ("%%d %s", "literal");
}

static void
test_digits (void)
{
  g_autofree char *ar_default = lc_l10n_printf (AR, LC_DIGITS_DEFAULT, "%u مدينة", 22u);
  g_autofree char *en_default = lc_l10n_printf (EN, LC_DIGITS_DEFAULT, "%u cities", 22u);
  g_autofree char *ar_western = lc_l10n_printf (AR, LC_DIGITS_WESTERN, "%u مدينة", 22u);
  g_autofree char *en_indic = lc_l10n_printf (EN, LC_DIGITS_ARABIC_INDIC, "%u cities", 22u);
  g_autofree char *padded = lc_l10n_printf (AR, LC_DIGITS_ARABIC_INDIC, "%02d:%02d", 9, 30);
  g_autofree char *negative = lc_l10n_printf (AR, LC_DIGITS_ARABIC_INDIC, "%03d", -5);
  g_autofree char *number = lc_l10n_format_number (AR, LC_DIGITS_DEFAULT, 2023);
  g_autofree char *western = lc_l10n_format_number (AR, LC_DIGITS_WESTERN, 2023);

  g_assert_cmpstr (ar_default, ==, "٢٢ مدينة");
  g_assert_cmpstr (en_default, ==, "22 cities");
  g_assert_cmpstr (ar_western, ==, "22 مدينة");
  g_assert_cmpstr (en_indic, ==, "٢٢ cities");
  /* Zeros that pad are digits too. */
  g_assert_cmpstr (padded, ==, "٠٩:٣٠");
  g_assert_cmpstr (negative, ==, "-٠٥");
  g_assert_cmpstr (number, ==, "٢٠٢٣");
  g_assert_cmpstr (western, ==, "2023");
}

/* Digits a person typed into a title stay as typed: only the numbers given
 * to the sentence follow the setting. */
static void
test_strings_kept (void)
{
  g_autofree char *deleted = lc_l10n_printf (AR, LC_DIGITS_ARABIC_INDIC, "حُذفت «%s» (%u)", "Session 2", 3u);
  g_autofree char *mixed = lc_l10n_printf (EN, LC_DIGITS_WESTERN, "%s: %d", "الجلسة ٢", 2);

  g_assert_cmpstr (deleted, ==, "حُذفت «Session 2» (٣)");
  g_assert_cmpstr (mixed, ==, "الجلسة ٢: 2");
}

/* What a catalogue would give: like _(), the compiler checks the English
 * format against the arguments, and the translation is what runs. */
static const char *
translate (const char *msgid) G_GNUC_FORMAT (1);

static const char *
translate (const char *msgid)
{
  if (strcmp (msgid, "%1$s\n%2$u city: %3$s") == 0)
    return "%1$s\nمدينتان: %3$s";

  return msgid;
}

/* A translation may leave a number out (Arabic's singular and dual say
 * "one city", "two cities" in words), and may reorder the rest. */
static void
test_translation_drops_number (void)
{
  g_autofree char *dual = lc_l10n_printf (AR, LC_DIGITS_DEFAULT, translate ("%1$s\n%2$u city: %3$s"),
                                          "الهدف ٤", 2u, "عمّان، ينبع");
  g_autofree char *reordered = lc_l10n_printf (AR, LC_DIGITS_DEFAULT, "%2$s النسخة %1$d", 3, "—");

  g_assert_cmpstr (dual, ==, "الهدف ٤\nمدينتان: عمّان، ينبع");
  g_assert_cmpstr (reordered, ==, "— النسخة ٣");
}

static void
test_refused (void)
{
  if (g_test_subprocess ())
    {
      /* A format the app never uses: a translation could still carry one. */
      g_autofree char *text = lc_l10n_printf (EN, LC_DIGITS_WESTERN, "%f", 1.5);

      g_assert_cmpstr (text, ==, "%f");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*%f*is not understood*");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/l10n/printf/like-printf", test_like_printf);
  g_test_add_func ("/l10n/printf/digits", test_digits);
  g_test_add_func ("/l10n/printf/strings-kept", test_strings_kept);
  g_test_add_func ("/l10n/printf/translation-drops-number", test_translation_drops_number);
  g_test_add_func ("/l10n/printf/refused", test_refused);

  return g_test_run ();
}
