/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include "lc-csv-import.h"
#include "lc-store.h"

/* libFuzzer calls this for every input; the replay program (replay.c) calls
 * it for every file of a corpus, so the same code runs in the normal tests. */
int      LLVMFuzzerTestOneInput (const uint8_t *data,
                                 size_t         size);

/* The identity of fuzz_store()'s convention. */
#define FUZZ_CONVENTION_UID "0f8c6d2e-3b1a-4c5d-9e7f-0123456789ab"

LcStore    *fuzz_store          (gint64        *convention_id);
const char *fuzz_dir            (void);

typedef void (*FuzzCheck) (LcStore *store,
                           gint64   convention_id);

void        fuzz_import         (const uint8_t *data,
                                 size_t         size,
                                 FuzzCheck      check);
LcImportPlan *fuzz_import_rows  (LcCsvImportKind  kind,
                                 const char      *data,
                                 size_t           size,
                                 const char      *source_name);
