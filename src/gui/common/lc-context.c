/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "lc-context.h"

/*
 * The shared state of the interface. The application makes one at startup
 * and makes it the default, so code with no widget at hand (formatting
 * numbers in lc-util.c) finds it as widgets do; a test makes its own.
 */

struct _LcContext
{
  GObject    parent_instance;

  GSettings *settings;    /* NULL when the schema is not installed */
};

G_DEFINE_FINAL_TYPE (LcContext, lc_context, G_TYPE_OBJECT)

static LcContext *default_context;

static void
lc_context_finalize (GObject *object)
{
  LcContext *self = LC_CONTEXT (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lc_context_parent_class)->finalize (object);
}

static void
lc_context_class_init (LcContextClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lc_context_finalize;
}

static void
lc_context_init (LcContext *self)
{
}

/**
 * lc_context_new:
 * @settings: (nullable): the app's settings, or %NULL when the schema is
 *   not installed (running from a bare build tree)
 *
 * Returns: (transfer full): a new context
 */
LcContext *
lc_context_new (GSettings *settings)
{
  LcContext *self;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (LC_TYPE_CONTEXT, NULL);
  self->settings = settings ? g_object_ref (settings) : NULL;
  return self;
}

/**
 * lc_context_get_settings:
 * @self: (nullable): a context
 *
 * Returns: (transfer none) (nullable): the app's settings; %NULL without a
 *   context or without the installed schema, where the defaults apply
 */
GSettings *
lc_context_get_settings (LcContext *self)
{
  g_return_val_if_fail (self == NULL || LC_IS_CONTEXT (self), NULL);

  return self ? self->settings : NULL;
}

/**
 * lc_context_get_default:
 *
 * Returns: (transfer none) (nullable): the context the application set, or
 *   %NULL outside the app (the command line, tests of a single widget)
 */
LcContext *
lc_context_get_default (void)
{
  return default_context;
}

/**
 * lc_context_set_default:
 * @context: (nullable): the context, or %NULL as the application shuts down
 *
 * Makes @context the one lc_context_get_default() returns; keeps a
 * reference until it is replaced.
 */
void
lc_context_set_default (LcContext *context)
{
  g_return_if_fail (context == NULL || LC_IS_CONTEXT (context));

  g_set_object (&default_context, context);
}
