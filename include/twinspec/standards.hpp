// twinspec/standards.hpp — the standards layer: standard numbers parsed at compile time,
// descriptors, the seeds' catalogues, queries over them, and conformance claims and checks. Depends on core only.
#pragma once

#include <twinspec/standards/catalog_ccsa_2025_2.hpp>
#include <twinspec/standards/catalog_iip.hpp>
#include <twinspec/standards/catalog_mndt.hpp>
#include <twinspec/standards/catalogs.hpp>
#include <twinspec/standards/conformance.hpp>
#include <twinspec/standards/conformance_report.hpp>
#include <twinspec/standards/descriptor.hpp>
#include <twinspec/standards/identifier.hpp>
#include <twinspec/standards/query.hpp>
