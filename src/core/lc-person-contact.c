/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lc-error.h"
#include "lc-person-contact.h"

/*
 * The rules for a person's contact details, asked by the person editor as
 * the user types, by the convention file and spreadsheet readers, and by
 * nothing else: the store keeps what these accepted. Each check takes the
 * text as it will be stored (already trimmed) and says what is wrong in
 * words, never a pattern. An empty text is always accepted: not known.
 */

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, LC_ERROR, LC_ERROR_INVALID_VALUE, message);
  return FALSE;
}

/* A domain's label: letters (of any script, for internationalised names),
 * digits and inner hyphens. */
static gboolean
is_domain_label (const char *start,
                 const char *end)
{
  if (start == end || *start == '-' || end[-1] == '-')
    return FALSE;
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != '-' && !g_unichar_isalnum (c))
        return FALSE;
    }
  return TRUE;
}

/**
 * lc_person_check_email:
 * @text: an email address as it would be stored
 * @error: where a reason is put
 *
 * Accepts "" and an address of the form name@example.org: one "@", a name
 * with no spaces before it, and after it a domain of at least two parts
 * separated by dots. Deliberately looser than RFC 5322 (no quoted names,
 * no comments): what a person types into a form.
 *
 * Returns: whether @text may be stored
 */
gboolean
lc_person_check_email (const char  *text,
                       GError     **error)
{
  const char *at, *domain, *dot;

  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0')
    return TRUE;
  if (strlen (text) > LC_PERSON_EMAIL_MAX_LENGTH || !g_utf8_validate (text, -1, NULL))
    return invalid (error, _("An email address is at most 254 characters long."));

  at = strchr (text, '@');
  if (at == NULL || strchr (at + 1, '@') != NULL)
    return invalid (error, _("An email address has one “@” between a name and a domain, "
                             "as in name@example.org."));
  if (at == text)
    return invalid (error, _("The email address needs a name before the “@”."));
  for (const char *p = text; p < at; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == ',' || c == ';' || c == '<' || c == '>'
          || c == '(' || c == ')' || c == '"')
        return invalid (error, _("The name before the “@” may not hold spaces, commas or brackets."));
    }
  if (*text == '.' || at[-1] == '.' || strstr (text, "..") != NULL)
    return invalid (error, _("The email address has a dot out of place."));

  domain = at + 1;
  if (strchr (domain, '.') == NULL)
    return invalid (error, _("The email address needs a domain with a dot after the “@”, "
                             "as in example.org."));
  for (const char *start = domain; ; start = dot + 1)
    {
      dot = strchr (start, '.');
      if (!is_domain_label (start, dot ? dot : start + strlen (start)))
        return invalid (error, _("The domain after the “@” may hold only letters, digits, "
                                 "hyphens and dots between them."));
      if (dot == NULL)
        break;
    }

  return TRUE;
}

/**
 * lc_person_check_phone:
 * @text: a phone number as it would be stored
 * @error: where a reason is put
 *
 * Accepts "", an international number in E.164 form (a "+", then the
 * country code, which never starts with 0, and at most 15 digits in all,
 * e.g. +971501234567), and a local number: digits grouped by spaces,
 * dashes or brackets (e.g. (04) 123-4567). Digits of any script count, so
 * a number typed with Arabic-Indic digits is accepted too.
 *
 * Returns: whether @text may be stored
 */
gboolean
lc_person_check_phone (const char  *text,
                       GError     **error)
{
  gboolean international;
  guint digits = 0, open = 0;
  int first = -1;

  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0')
    return TRUE;
  if (strlen (text) > LC_PERSON_PHONE_MAX_LENGTH * 4 || !g_utf8_validate (text, -1, NULL)
      || g_utf8_strlen (text, -1) > LC_PERSON_PHONE_MAX_LENGTH)
    return invalid (error, _("A phone number is at most 32 characters long."));

  international = *text == '+';
  for (const char *p = international ? text + 1 : text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int value = g_unichar_digit_value (c);

      if (value >= 0)
        {
          if (first < 0)
            first = value;
          digits++;
        }
      else if (c == '(')
        {
          if (open++ > 0)
            return invalid (error, _("The phone number has a bracket inside a bracket."));
        }
      else if (c == ')')
        {
          if (open-- == 0)
            return invalid (error, _("The phone number closes a bracket it never opened."));
        }
      else if (c != ' ' && c != '-')
        {
          return invalid (error, _("A phone number holds only digits, spaces, dashes and brackets, "
                                   "with a “+” at the start for an international one."));
        }
    }
  if (open > 0)
    return invalid (error, _("The phone number opens a bracket it never closes."));

  if (international)
    {
      if (first == 0)
        return invalid (error, _("After the “+” comes the country code, which never starts with 0."));
      if (digits < 8 || digits > 15)
        return invalid (error, _("An international number has 8 to 15 digits after the “+”, "
                                 "as in +971501234567."));
    }
  else if (digits < 3 || digits > 15)
    {
      return invalid (error, _("A phone number has 3 to 15 digits."));
    }

  return TRUE;
}

/**
 * lc_person_check_bio:
 * @text: a short biography
 * @error: where a reason is put
 *
 * Returns: whether @text is short enough to be a biography
 */
gboolean
lc_person_check_bio (const char  *text,
                     GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (g_utf8_strlen (text, -1) > LC_PERSON_BIO_MAX_LENGTH)
    return invalid (error, _("A short biography is at most 2,000 characters long."));
  return TRUE;
}

/**
 * lc_person_check_language:
 * @text: a language for correspondence
 * @error: where a reason is put
 *
 * Returns: whether @text is "ar", "en" or "" (not said)
 */
gboolean
lc_person_check_language (const char  *text,
                          GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (*text == '\0' || g_str_equal (text, "ar") || g_str_equal (text, "en"))
    return TRUE;
  return invalid (error, _("The language for correspondence is “ar” (Arabic), “en” (English) "
                           "or empty."));
}

/**
 * lc_person_normalize_phone:
 * @text: a phone number that lc_person_check_phone () accepts
 *
 * The number with every digit in ASCII and the spaces around it trimmed, so
 * that a number typed with Arabic-Indic digits dials and exports the same.
 *
 * Returns: (transfer full): the number to store
 */
char *
lc_person_normalize_phone (const char *text)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  out = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int value = g_unichar_digit_value (c);

      if (value >= 0)
        g_string_append_c (out, '0' + value);
      else
        g_string_append_unichar (out, c);
    }
  return g_strstrip (g_string_free (out, FALSE));
}
