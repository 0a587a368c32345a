// Shared declarations of the platform compile-fail tests (tests/compile_fail/platform_*.cpp):
// the wiring tests use the entity Query and the interfaces DataApi and PointsApi, the point-map
// tests the entity Cell; each test includes this and adds the declarations that break a rule.
#pragma once

#include <twinspec/core/entity.hpp>
#include <twinspec/platform/platform.hpp>
#include <twinspec/platform/point_map.hpp>

#include <cstdint>
#include <string>

namespace ts = twinspec;
namespace pf = ts::platform;
using namespace ts::units;

// ---- wiring ----------------------------------------------------------------------------------
TWINSPEC_ENTITY(Query, ts::meta(), (int, cell));
struct DataApi : pf::interface<"twin-data", pf::semver{1, 3, 0}, pf::operation<"query", Query, Query>> {};
struct PointsApi : pf::interface<"device-points", pf::semver{2, 1, 0}, pf::operation<"read", Query, Query>> {};

// ---- point maps --------------------------------------------------------------------------------
TWINSPEC_ENTITY(Cell, ts::meta(),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::string, name),
    (bool, barred));
