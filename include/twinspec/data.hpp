// twinspec/data.hpp — the twin data layer: data classes, samples, columnar series and the
// store, schema-driven preprocessing views (clean, flag, dedup, order, fill, resample,
// window, unit conversion, fusion), data-quality reports and CSV import/export.
// JSON Lines (Boost.JSON, link twinspec::json) is in <twinspec/data/jsonl.hpp>, not here.
#pragma once

#include <twinspec/data/classes.hpp>
#include <twinspec/data/csv.hpp>
#include <twinspec/data/field.hpp>
#include <twinspec/data/quality_report.hpp>
#include <twinspec/data/sample.hpp>
#include <twinspec/data/sample_range.hpp>
#include <twinspec/data/series.hpp>
#include <twinspec/data/store.hpp>
#include <twinspec/data/versioning.hpp>
#include <twinspec/data/views.hpp>
