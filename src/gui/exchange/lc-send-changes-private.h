/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "lc-feedback.h"
#include "lc-send-changes.h"
#include "lc-util.h"

G_BEGIN_DECLS

/* One Send Changes…, from the question of the name to the toast: shared
 * by lc-send-changes.c and lc-send-changes-name.c. */
typedef struct
{
  gatomicrefcount  refs;
  GtkWidget       *owner;      /* weak: the view that asked */
  LcStore         *store;
  gint64           convention_id;
  GSettings       *settings;   /* nullable: outside the app */
  char            *author;
} LcSendJob;

LcSendJob *lc_send_job_ref          (LcSendJob  *job);
void       lc_send_job_unref        (LcSendJob  *job);
void       lc_send_job_ask_name     (LcSendJob  *job);
void       lc_send_job_choose_file  (LcSendJob  *job,
                                     const char *author);

G_END_DECLS
