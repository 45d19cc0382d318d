/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The app's own classes, declared without their headers, so that a header
 * that only passes one of them around does not pull in the class (and
 * everything it includes): this is what keeps the window, the application
 * and the widgets out of each other's include chains.
 */

typedef struct _LcApplication    LcApplication;
typedef struct _LcContext        LcContext;
typedef struct _LcConventionView LcConventionView;
typedef struct _LcWindow         LcWindow;

G_END_DECLS
