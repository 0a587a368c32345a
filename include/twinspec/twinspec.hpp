// twinspec/twinspec.hpp — the umbrella header: everything twinspec offers.
// For compile time, include the layer headers (<twinspec/core.hpp> …) or single headers.
#pragma once

#include <twinspec/core.hpp>
#include <twinspec/core/hana.hpp>
#include <twinspec/data.hpp>
#include <twinspec/standards.hpp>
#include <twinspec/twin.hpp>
#include <twinspec/platform.hpp>  // platform: components, device access, mechanism models
// io/ — the JSON writer (header-only); the reader (<twinspec/io/json_read.hpp>) needs twinspec::json
#include <twinspec/io/json_write.hpp>
#include <twinspec/io/export.hpp>  // io/ — schema exports (JSON Schema, DTDL v3, AAS V3.0) and export_all
