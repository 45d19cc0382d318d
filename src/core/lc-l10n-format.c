/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "lc-l10n.h"

/*
 * Numbers in the user's digits. lc_l10n_printf() is printf for the
 * interface's sentences: the numbers it is given are written in the digits
 * the user chose, while the strings it is given (names and titles from the
 * library) are copied as they are. Converting the finished sentence instead
 * would also rewrite digits a person typed into a title.
 *
 * It understands what the app's sentences and their translations use:
 * %s, %c, %d, %i, %u with the length modifiers hh h l ll j z t, an optional
 * width with the 0 and - flags, a precision for %s, positional arguments
 * (%2$s) and %%. Anything else is a programming error: it is reported and
 * copied as it is.
 */

#define MAX_ARGS 16

typedef enum
{
  ARG_NONE,
  ARG_INT,
  ARG_UINT,
  ARG_LONG,
  ARG_ULONG,
  ARG_LLONG,
  ARG_ULLONG,
  ARG_STRING,
} ArgType;

typedef struct
{
  ArgType type;
  union
  {
    gint64      i;
    guint64     u;
    const char *s;
  } value;
} Arg;

typedef struct
{
  const char *start;        /* the '%' */
  const char *end;          /* after the conversion character */
  guint       position;     /* 0-based argument */
  gboolean    left;         /* '-' flag */
  gboolean    zero;         /* '0' flag */
  int         width;
  int         precision;    /* -1 when none */
  char        conversion;
  ArgType     type;
} Spec;

static int
parse_int (const char **p)
{
  int value = 0;

  while (g_ascii_isdigit (**p) && value < 10000)
    value = value * 10 + (*(*p)++ - '0');

  return value;
}

static ArgType
integer_type (const char *length,
              gboolean    is_signed)
{
  if (strcmp (length, "") == 0 || strcmp (length, "h") == 0 || strcmp (length, "hh") == 0)
    return is_signed ? ARG_INT : ARG_UINT;
  if (strcmp (length, "l") == 0 || strcmp (length, "z") == 0 || strcmp (length, "t") == 0)
    return is_signed ? ARG_LONG : ARG_ULONG;
  if (strcmp (length, "ll") == 0 || strcmp (length, "j") == 0 || strcmp (length, "q") == 0)
    return is_signed ? ARG_LLONG : ARG_ULLONG;

  return ARG_NONE;
}

/* Reads the conversion at @p (just after its '%'); FALSE when it is not one
 * this printf understands. */
static gboolean
parse_spec (const char *p,
            guint       sequential,
            Spec       *spec)
{
  const char *digits = p;
  char length[3] = "";
  guint n_length = 0;

  memset (spec, 0, sizeof *spec);
  spec->start = p - 1;
  spec->precision = -1;
  spec->position = sequential;

  /* "%2$s": a position, counted from 1. */
  if (g_ascii_isdigit (*p))
    {
      int n = parse_int (&p);

      if (*p == '$' && n >= 1 && n <= MAX_ARGS)
        {
          spec->position = (guint) n - 1;
          p++;
        }
      else
        p = digits;
    }

  for (;; p++)
    {
      if (*p == '-')
        spec->left = TRUE;
      else if (*p == '0')
        spec->zero = TRUE;
      else
        break;
    }

  spec->width = parse_int (&p);
  if (*p == '.')
    {
      p++;
      spec->precision = parse_int (&p);
    }

  while (strchr ("hljztq", *p) != NULL && *p != '\0' && n_length < 2)
    length[n_length++] = *p++;
  length[n_length] = '\0';

  spec->conversion = *p;
  switch (*p)
    {
    case 'd':
    case 'i':
      spec->type = integer_type (length, TRUE);
      break;
    case 'u':
      spec->type = integer_type (length, FALSE);
      break;
    case 'c':
      spec->type = n_length == 0 ? ARG_INT : ARG_NONE;
      break;
    case 's':
      spec->type = n_length == 0 ? ARG_STRING : ARG_NONE;
      break;
    default:
      spec->type = ARG_NONE;
      break;
    }
  spec->end = *p ? p + 1 : p;

  return spec->type != ARG_NONE && spec->position < MAX_ARGS;
}

static void
fetch_args (Arg     *args,
            guint    n_args,
            va_list  ap)
{
  for (guint i = 0; i < n_args; i++)
    switch (args[i].type)
      {
      /* A translation may leave out an argument (Arabic's "one city" has no
       * number); its type is then unknown, and read as an int, which is
       * what the sentences leave out: counts. */
      case ARG_NONE:
      case ARG_INT:
        args[i].value.i = va_arg (ap, int);
        break;
      case ARG_UINT:
        args[i].value.u = va_arg (ap, unsigned int);
        break;
      case ARG_LONG:
        args[i].value.i = va_arg (ap, long);
        break;
      case ARG_ULONG:
        args[i].value.u = va_arg (ap, unsigned long);
        break;
      case ARG_LLONG:
        args[i].value.i = va_arg (ap, long long);
        break;
      case ARG_ULLONG:
        args[i].value.u = va_arg (ap, unsigned long long);
        break;
      case ARG_STRING:
        args[i].value.s = va_arg (ap, const char *);
        break;
      default:
        g_assert_not_reached ();
      }
}

/* The text between two conversions, where "%%" stands for '%'. */
static void
append_literal (GString    *out,
                const char *from,
                const char *to)
{
  for (const char *p = from; p < to; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '%' && p + 1 < to && p[1] == '%')
        p++;
    }
}

/* @text, with spaces up to the width, before it or (flag '-') after it. */
static void
append_padded (GString    *out,
               const Spec *spec,
               const char *text,
               gsize       len)
{
  glong chars = g_utf8_strlen (text, (gssize) len);
  glong pad = spec->width > chars ? spec->width - chars : 0;

  if (!spec->left)
    for (glong i = 0; i < pad; i++)
      g_string_append_c (out, ' ');

  g_string_append_len (out, text, (gssize) len);

  if (spec->left)
    for (glong i = 0; i < pad; i++)
      g_string_append_c (out, ' ');
}

static void
append_arg (GString     *out,
            const Spec  *spec,
            const Arg   *arg,
            LcLanguage   language,
            LcDigits     digits)
{
  char number[32];

  switch (spec->conversion)
    {
    case 's':
      {
        const char *text = arg->value.s ? arg->value.s : "(null)";
        gsize len = strlen (text);

        if (spec->precision >= 0 && (gsize) spec->precision < len)
          len = (gsize) (g_utf8_offset_to_pointer (text, spec->precision) - text);
        append_padded (out, spec, text, len);
      }
      break;

    case 'c':
      {
        char c = (char) arg->value.i;

        append_padded (out, spec, &c, 1);
      }
      break;

    default:
      {
        g_autofree char *shown = NULL;

        if (arg->type == ARG_INT || arg->type == ARG_LONG || arg->type == ARG_LLONG)
          g_snprintf (number, sizeof number, "%" G_GINT64_FORMAT, arg->value.i);
        else
          g_snprintf (number, sizeof number, "%" G_GUINT64_FORMAT, arg->value.u);
        shown = lc_l10n_convert_digits (language, digits, number);
        if (spec->zero && !spec->left)
          {
            /* The padding zeros are digits too, and go after the sign. */
            g_autofree char *zero = lc_l10n_convert_digits (language, digits, "0");
            glong pad = spec->width - g_utf8_strlen (shown, -1);

            if (*shown == '-')
              g_string_append_c (out, '-');
            for (glong i = 0; i < pad; i++)
              g_string_append (out, zero);
            g_string_append (out, *shown == '-' ? shown + 1 : shown);
          }
        else
          append_padded (out, spec, shown, strlen (shown));
      }
      break;
    }
}

/**
 * lc_l10n_vprintf:
 * @language: the language of the sentence
 * @digits: the digits its numbers are written with
 * @format: a printf format (see lc_l10n_printf())
 * @ap: its arguments
 *
 * Returns: (transfer full): the sentence
 */
char *
lc_l10n_vprintf (LcLanguage  language,
                 LcDigits    digits,
                 const char *format,
                 va_list     ap)
{
  Spec specs[2 * MAX_ARGS];
  Arg args[MAX_ARGS] = { { 0 } };
  guint n_specs = 0, n_args = 0, sequential = 0;
  gboolean valid = TRUE;
  const char *copied;
  GString *out;

  g_return_val_if_fail (format != NULL, NULL);

  /* First every conversion, to learn each argument's type: with positions
   * the arguments may be used in any order, but are read in theirs. */
  for (const char *p = format; *p != '\0'; p++)
    {
      Spec *spec;

      if (*p != '%')
        continue;
      if (p[1] == '%')
        {
          p++;
          continue;
        }
      if (n_specs == G_N_ELEMENTS (specs))
        {
          g_critical ("lc_l10n_printf: too many conversions in “%s”", format);
          valid = FALSE;
          break;
        }

      spec = &specs[n_specs];
      if (!parse_spec (p + 1, sequential++, spec))
        {
          g_critical ("lc_l10n_printf: “%.*s” is not understood in “%s”",
                      (int) (spec->end - spec->start), spec->start, format);
          valid = FALSE;
          break;
        }
      if (args[spec->position].type != ARG_NONE && args[spec->position].type != spec->type)
        {
          g_critical ("lc_l10n_printf: argument %u has two types in “%s”", spec->position + 1, format);
          valid = FALSE;
          break;
        }
      args[spec->position].type = spec->type;
      n_args = MAX (n_args, spec->position + 1);
      n_specs++;
      p = spec->end - 1;
    }

  if (!valid)
    return g_strdup (format);

  fetch_args (args, n_args, ap);

  out = g_string_sized_new (strlen (format) + 32);
  copied = format;
  for (guint i = 0; i < n_specs; i++)
    {
      append_literal (out, copied, specs[i].start);
      append_arg (out, &specs[i], &args[specs[i].position], language, digits);
      copied = specs[i].end;
    }
  append_literal (out, copied, copied + strlen (copied));

  return g_string_free (out, FALSE);
}

/**
 * lc_l10n_printf:
 * @language: the language of the sentence
 * @digits: the digits its numbers are written with; %LC_DIGITS_DEFAULT for
 *   @language's own
 * @format: a printf format, usually a translated sentence
 * @...: its arguments
 *
 * Like g_strdup_printf(), but every number given as an argument (%d, %i,
 * %u) is written in @digits; strings are copied unchanged.
 *
 * Returns: (transfer full): the sentence
 */
char *
lc_l10n_printf (LcLanguage  language,
                LcDigits    digits,
                const char *format,
                ...)
{
  va_list ap;
  char *text;

  va_start (ap, format);
  text = lc_l10n_vprintf (language, digits, format, ap);
  va_end (ap);

  return text;
}

/**
 * lc_l10n_format_number:
 * @language: the language of the text the number goes into
 * @digits: the digits wanted
 * @number: a whole number
 *
 * Returns: (transfer full): @number written in @digits
 */
char *
lc_l10n_format_number (LcLanguage language,
                       LcDigits   digits,
                       gint64     number)
{
  return lc_l10n_printf (language, digits, "%" G_GINT64_FORMAT, number);
}
