/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/SAX2.h>

#include "lc-error.h"
#include "lc-schedule-import-private.h"

/* The XML of a schedule file, which comes from anywhere: libxml2 never
 * touches the network, a document type declaration stops the parser before
 * any entity of it is declared (so no entity is ever expanded or fetched),
 * and the nesting is bounded. Then small helpers to read the tree. */

#define X(s) ((const xmlChar *) (s))

/* What the SAX hooks saw while libxml2 built the tree. */
typedef struct
{
  int   depth;
  guint elements;
  guint events;
  long  doctype_line;
  long  deep_line;
  long  elements_line;
  long  events_line;
} ParseGuard;

gboolean
lc_schedule_is_element (xmlNodePtr  node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, X (name));
}

xmlNodePtr
lc_schedule_find_child (xmlNodePtr  parent,
            const char *name)
{
  for (xmlNodePtr child = parent->children; child != NULL; child = child->next)
    if (lc_schedule_is_element (child, name))
      return child;

  return NULL;
}

/* The text of @node with surrounding white space removed; never NULL. */
char *
lc_schedule_node_text (xmlNodePtr node)
{
  xmlChar *content;
  char *text;

  if (node == NULL)
    return g_strdup ("");

  content = xmlNodeGetContent (node);
  text = g_strstrip (g_strdup (content ? (const char *) content : ""));
  xmlFree (content);
  return text;
}

char *
lc_schedule_child_text (xmlNodePtr  parent,
            const char *name)
{
  return lc_schedule_node_text (lc_schedule_find_child (parent, name));
}

char *
lc_schedule_attribute (xmlNodePtr  node,
           const char *name)
{
  xmlChar *value = xmlGetProp (node, X (name));
  char *text = value ? g_strstrip (g_strdup ((const char *) value)) : NULL;

  xmlFree (value);
  return text;
}

/* Whether @node holds anything: an attribute, an element inside, or some
 * text (pretalx's <track name="…"/> is all attributes). */
gboolean
lc_schedule_has_content (xmlNodePtr node)
{
  g_autofree char *text = NULL;

  if (node->properties != NULL)
    return TRUE;
  for (xmlNodePtr child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      return TRUE;

  text = lc_schedule_node_text (node);
  return *text != '\0';
}

void
lc_schedule_set_invalid (LcScheduleDraft  *draft,
                         GError          **error,
                         long              line,
                         const char       *format,
                         ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (line > 0)
    /* Translators: a problem in a schedule file: the file's name, a line
     * number and what is wrong there */
    g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, _("%1$s: line %2$ld: %3$s"),
                 draft->source, line, detail);
  else
    /* Translators: a problem in a schedule file: the file's name and what is wrong */
    g_set_error (error, LC_ERROR, LC_ERROR_INVALID_FILE, _("%1$s: %2$s"), draft->source, detail);
}

/* Parsing, with the SAX hooks that keep libxml2 to what a schedule needs */

static void
on_internal_subset (void          *ctx,
                    const xmlChar *name,
                    const xmlChar *external_id,
                    const xmlChar *system_id)
{
  xmlParserCtxtPtr parser = ctx;
  ParseGuard *guard = parser->_private;

  /* Nothing of a DTD is read: its entities are how a file grows a billion
   * times in memory or reaches for other files. */
  guard->doctype_line = MAX (xmlSAX2GetLineNumber (ctx), 1);
  xmlStopParser (parser);
}

static void
on_start_element (void           *ctx,
                  const xmlChar  *localname,
                  const xmlChar  *prefix,
                  const xmlChar  *uri,
                  int             n_namespaces,
                  const xmlChar **namespaces,
                  int             n_attributes,
                  int             n_defaulted,
                  const xmlChar **attributes)
{
  xmlParserCtxtPtr parser = ctx;
  ParseGuard *guard = parser->_private;

  if (++guard->depth > LC_SCHEDULE_MAX_DEPTH)
    {
      guard->deep_line = MAX (xmlSAX2GetLineNumber (ctx), 1);
      xmlStopParser (parser);
      return;
    }
  /* Counted as the tree grows, so that a file of a million tiny elements
   * stops before it fills the memory. */
  if (++guard->elements > LC_SCHEDULE_MAX_ELEMENTS)
    {
      guard->elements_line = MAX (xmlSAX2GetLineNumber (ctx), 1);
      xmlStopParser (parser);
      return;
    }
  if (xmlStrEqual (localname, X ("event")) && ++guard->events > LC_SCHEDULE_MAX_EVENTS)
    {
      guard->events_line = MAX (xmlSAX2GetLineNumber (ctx), 1);
      xmlStopParser (parser);
      return;
    }

  xmlSAX2StartElementNs (ctx, localname, prefix, uri, n_namespaces, namespaces,
                         n_attributes, n_defaulted, attributes);
}

static void
on_end_element (void          *ctx,
                const xmlChar *localname,
                const xmlChar *prefix,
                const xmlChar *uri)
{
  xmlParserCtxtPtr parser = ctx;
  ParseGuard *guard = parser->_private;

  guard->depth--;
  xmlSAX2EndElementNs (ctx, localname, prefix, uri);
}

xmlDocPtr
lc_schedule_parse (LcScheduleDraft  *draft,
       const char       *data,
       gsize             length,
       GError          **error)
{
  xmlParserCtxtPtr parser = xmlNewParserCtxt ();
  ParseGuard guard = { 0, };
  xmlDocPtr doc;

  if (parser == NULL || length > G_MAXINT)
    {
      g_clear_pointer (&parser, xmlFreeParserCtxt);
      lc_schedule_set_invalid (draft, error, 0, _("the file could not be read as XML"));
      return NULL;
    }

  parser->_private = &guard;
  parser->sax->internalSubset = on_internal_subset;
  parser->sax->startElementNs = on_start_element;
  parser->sax->endElementNs = on_end_element;
  /* No network, no entity substitution, no DTD loading or validation
   * (none of XML_PARSE_NOENT, _DTDLOAD, _DTDATTR, _HUGE), and libxml2's
   * messages go to the error below rather than to standard error. */
  doc = xmlCtxtReadMemory (parser, data, (int) length, NULL, NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

  if (guard.doctype_line > 0)
    lc_schedule_set_invalid (draft, error, guard.doctype_line,
                             _("the file declares a document type (<!DOCTYPE …>), which schedules do not use; "
                               "it was not read, since such declarations can make a file expand without end"));
  else if (guard.deep_line > 0)
    lc_schedule_set_invalid (draft, error, guard.deep_line,
                             _("elements are nested more than %d levels deep; a schedule uses 6"),
                             LC_SCHEDULE_MAX_DEPTH);
  else if (guard.events_line > 0)
    lc_schedule_set_invalid (draft, error, guard.events_line,
                             _("the file holds more than %d events, the most Learning Cities reads "
                               "(see “Limits” in its README)"), LC_SCHEDULE_MAX_EVENTS);
  else if (guard.elements_line > 0)
    lc_schedule_set_invalid (draft, error, guard.elements_line,
                             _("the file holds more than %d elements, the most Learning Cities reads "
                               "(see “Limits” in its README)"), LC_SCHEDULE_MAX_ELEMENTS);
  else if (doc == NULL || !parser->wellFormed)
    {
      const xmlError *last = xmlCtxtGetLastError (parser);
      g_autofree char *message = g_strstrip (g_strdup (last && last->message ? last->message : ""));

      /* Translators: %s is libxml2's own description of the problem, in English */
      lc_schedule_set_invalid (draft, error, last ? last->line : 0, _("the file is not well-formed XML (%s)"),
                               message);
    }
  else
    {
      xmlFreeParserCtxt (parser);
      return doc;
    }

  g_clear_pointer (&doc, xmlFreeDoc);
  xmlFreeParserCtxt (parser);
  return NULL;
}
