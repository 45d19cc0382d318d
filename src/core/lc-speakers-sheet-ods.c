/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <gsf/gsf.h>
#include <string.h>
#include <libxml/xmlwriter.h>

#include "lc-error.h"
#include "lc-speakers-sheet.h"

/* The speakers' sheet as an OpenDocument spreadsheet: a zip (libgsf) of the
 * uncompressed "mimetype" first, the manifest and content.xml, each XML
 * part written by libxml2's xmlTextWriter, so every text is escaped by the
 * library. LibreOffice, Excel and the project's own reader (lc-sheet-ods.c)
 * open it. */

#define ODS_MIME "application/vnd.oasis.opendocument.spreadsheet"

static xmlChar *
x (const char *text)
{
  return (xmlChar *) text;
}

/* An XML part written into @buffer, from its declaration on. */
static xmlTextWriterPtr
start_part (xmlBufferPtr *buffer)
{
  xmlTextWriterPtr writer;

  *buffer = xmlBufferCreate ();
  writer = xmlNewTextWriterMemory (*buffer, 0);
  xmlTextWriterStartDocument (writer, "1.0", "UTF-8", NULL);
  return writer;
}

/* Closes every element left open and hands the part's text over. */
static char *
end_part (xmlTextWriterPtr writer,
          xmlBufferPtr     buffer)
{
  char *out;

  xmlTextWriterEndDocument (writer);
  xmlFreeTextWriter (writer);
  out = g_strdup ((const char *) xmlBufferContent (buffer));
  xmlBufferFree (buffer);
  return out;
}

static char *
manifest_xml (void)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer = start_part (&buffer);

  xmlTextWriterStartElement (writer, x ("manifest:manifest"));
  xmlTextWriterWriteAttribute (writer, x ("xmlns:manifest"), x ("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"));
  xmlTextWriterWriteAttribute (writer, x ("manifest:version"), x ("1.2"));
  xmlTextWriterStartElement (writer, x ("manifest:file-entry"));
  xmlTextWriterWriteAttribute (writer, x ("manifest:full-path"), x ("/"));
  xmlTextWriterWriteAttribute (writer, x ("manifest:media-type"), x (ODS_MIME));
  xmlTextWriterEndElement (writer);
  xmlTextWriterStartElement (writer, x ("manifest:file-entry"));
  xmlTextWriterWriteAttribute (writer, x ("manifest:full-path"), x ("content.xml"));
  xmlTextWriterWriteAttribute (writer, x ("manifest:media-type"), x ("text/xml"));
  return end_part (writer, buffer);
}

static char *
content_xml (GPtrArray  *rows,
             const char *sheet_name)
{
  xmlBufferPtr buffer;
  xmlTextWriterPtr writer = start_part (&buffer);

  xmlTextWriterStartElement (writer, x ("office:document-content"));
  xmlTextWriterWriteAttribute (writer, x ("xmlns:office"), x ("urn:oasis:names:tc:opendocument:xmlns:office:1.0"));
  xmlTextWriterWriteAttribute (writer, x ("xmlns:table"), x ("urn:oasis:names:tc:opendocument:xmlns:table:1.0"));
  xmlTextWriterWriteAttribute (writer, x ("xmlns:text"), x ("urn:oasis:names:tc:opendocument:xmlns:text:1.0"));
  xmlTextWriterWriteAttribute (writer, x ("office:version"), x ("1.2"));
  xmlTextWriterStartElement (writer, x ("office:body"));
  xmlTextWriterStartElement (writer, x ("office:spreadsheet"));
  xmlTextWriterStartElement (writer, x ("table:table"));
  xmlTextWriterWriteAttribute (writer, x ("table:name"), x (sheet_name));
  for (guint r = 0; r < rows->len; r++)
    {
      GStrv cells = g_ptr_array_index (rows, r);

      xmlTextWriterStartElement (writer, x ("table:table-row"));
      for (guint c = 0; cells[c] != NULL; c++)
        {
          xmlTextWriterStartElement (writer, x ("table:table-cell"));
          /* Every cell is text, a phone number too: never a number or a
           * formula. */
          if (*cells[c] != '\0')
            {
              xmlTextWriterWriteAttribute (writer, x ("office:value-type"), x ("string"));
              xmlTextWriterWriteElement (writer, x ("text:p"), x (cells[c]));
            }
          xmlTextWriterEndElement (writer);
        }
      xmlTextWriterEndElement (writer);
    }
  return end_part (writer, buffer);
}

static gboolean
add_part (GsfOutfile  *zip,
          const char  *name,
          const char  *text,
          gboolean     stored)
{
  GsfOutput *part = stored
    ? gsf_outfile_new_child_full (zip, name, FALSE, "compression-level", GSF_ZIP_STORED, NULL)
    : gsf_outfile_new_child (zip, name, FALSE);
  gboolean ok = part != NULL && gsf_output_write (part, strlen (text), (const guint8 *) text)
                && gsf_output_close (part);

  g_clear_object (&part);
  return ok;
}

/**
 * lc_speakers_sheet_ods:
 * @rows: (element-type GStrv): rows from lc_speakers_sheet_rows ()
 * @sheet_name: the sheet's tab
 * @error: where a reason is put
 *
 * Returns: (transfer full): the .ods file's bytes, or %NULL on error
 */
GBytes *
lc_speakers_sheet_ods (GPtrArray   *rows,
                       const char  *sheet_name,
                       GError     **error)
{
  /* libgsf declares no autoptr cleanups: each object is released below. */
  GsfOutput *sink = gsf_output_memory_new ();
  GsfOutfile *zip = NULL;
  GsfOutput *meta = NULL;
  g_autofree char *manifest = manifest_xml ();
  g_autofree char *content = content_xml (rows, sheet_name);
  GBytes *bytes = NULL;
  gboolean ok;

  zip = gsf_outfile_zip_new (sink, error);
  if (zip == NULL)
    {
      g_object_unref (sink);
      return NULL;
    }

  /* The mimetype first and uncompressed: how a reader knows the zip. */
  ok = add_part (zip, "mimetype", ODS_MIME, TRUE);
  meta = ok ? gsf_outfile_new_child (zip, "META-INF", TRUE) : NULL;
  ok = ok && meta != NULL && add_part (GSF_OUTFILE (meta), "manifest.xml", manifest, FALSE)
       && gsf_output_close (meta)
       && add_part (zip, "content.xml", content, FALSE)
       && gsf_output_close (GSF_OUTPUT (zip));
  if (ok)
    bytes = g_bytes_new (gsf_output_memory_get_bytes (GSF_OUTPUT_MEMORY (sink)), gsf_output_size (sink));
  else
    g_set_error (error, LC_ERROR, LC_ERROR_INVALID_VALUE, _("The spreadsheet could not be put together."));

  g_clear_object (&meta);
  g_clear_object (&zip);
  g_clear_object (&sink);
  return bytes;
}
