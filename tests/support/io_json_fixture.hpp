// Entities shared by the JSON I/O tests and the JSON reader's fuzz target: a nested cell with
// every kind of member the JSON layer handles.
#pragma once

#include <twinspec/core.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/ref.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace io_json_fixture {

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENUM(CellState, std::uint8_t, active, sleeping, barred);

TWINSPEC_ENTITY(Beam, ts::meta(),
    (std::int16_t, azimuth, ts::unit<deci_deg>, ts::range(-1800, 1800)),
    (std::int16_t, tilt, ts::unit<deci_deg>, ts::range(-900, 900)));

TWINSPEC_ENTITY(Sample, ts::meta(),
    (std::chrono::sys_time<std::chrono::nanoseconds>, at),
    (double, value));

TWINSPEC_ENTITY(Cell, ts::meta(ts::id("dtmi:example:io:Cell;1")),
    (std::uint16_t, pci, ts::property, ts::range(0, 1007)),
    (std::string, name, ts::length(1, 32)),
    (CellState, state, ts::default_value(CellState::active)),
    (int, ssbPeriodicity, ts::unit<ms>, ts::one_of(5, 10, 20, 40, 80, 160), ts::default_value(20)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::optional<float>, prbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (std::vector<Beam>, beams, ts::component, ts::items(0, 8)),
    ((std::array<double, 3>), position, ts::unit<m>),
    (std::vector<Sample>, samples, ts::optional_field),
    (std::optional<std::string>, label, ts::pattern<"^[a-z]+$">),
    (std::chrono::milliseconds, period, ts::optional_field),
    (bool, enabled, ts::optional_field));

/// Every scalar kind at its limits.
TWINSPEC_ENTITY(Numbers, ts::meta(),
    (std::int64_t, i64),
    (std::uint64_t, u64),
    (std::int8_t, i8, ts::optional_field),
    (std::uint8_t, u8, ts::optional_field),
    (double, d),
    (float, f, ts::optional_field),
    (std::vector<double>, ds, ts::optional_field),
    (std::string, text, ts::optional_field));

TWINSPEC_ENTITY(Site, ts::meta(),
    (std::string, name),
    (std::vector<ts::ref<Site>>, neighbours, ts::relationship, ts::optional_field));

TWINSPEC_ENTITY(Radio, ts::meta(),
    (std::string, name),
    (ts::ref<Site>, site, ts::relationship, ts::optional_field));

using radio_model = ts::model<Site, Radio>;

}  // namespace io_json_fixture
