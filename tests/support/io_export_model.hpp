// Entities of the schema-export tests (tests/runtime/io_export_*.cpp) and of the fixture program
// that exports artefacts for the independent validators (tests/external/export_fixtures.cpp):
// every field shape and annotation the exporters map.
#pragma once

#include <twinspec/core.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/ref.hpp>
#include <twinspec/twin/relationship.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace io_export_model {

namespace ts = twinspec;
using namespace ts::units;

TWINSPEC_ENUM(CellState, std::uint8_t, active, sleeping, barred);

TWINSPEC_ENTITY(Beam, ts::meta(ts::id("dtmi:example:io:Beam;1"), ts::doc("An SSB beam", "SSB 波束")),
    (std::int16_t, azimuth, ts::property, ts::unit<deci_deg>, ts::range(-1800, 1800)),
    (std::int16_t, tilt, ts::property, ts::unit<deci_deg>, ts::range(-900, 900)));

TWINSPEC_ENTITY(Antenna, ts::meta(ts::doc("Antenna", "天线")),
    (double, gain, ts::property, ts::unit<dB>, ts::range(0.0, 30.0)),
    (double, height, ts::property, ts::unit<m>, ts::minimum(0.0), ts::semantic("https://example.org/antenna#height")));

struct Cell;

TWINSPEC_ENTITY(GNodeB,
    ts::meta(ts::id("dtmi:example:io:GNodeB;1"), ts::display_name("gNodeB", "基站"), ts::doc("A 5G base station", "5G 基站")),
    (std::uint32_t, gnbId, ts::range(0, 4194303), ts::display_name("gNodeB id", "基站标识")),
    (double, txPower, ts::telemetry, ts::unit<W>, ts::range(0.0, 200.0)),
    (double, temperature, ts::telemetry, ts::unit<degC>, ts::description("Cabinet temperature", "机柜温度")),
    (Antenna, antenna, ts::component),
    (double, tilt, ts::command, ts::unit<deg>, ts::range(-15.0, 15.0)),
    (std::string, site, ts::pattern<"^[A-Z]{3}[0-9]+$">),
    (std::chrono::sys_time<std::chrono::milliseconds>, commissioned),
    (std::chrono::milliseconds, uptime, ts::telemetry),
    (std::uint64_t, packets, ts::telemetry));

TWINSPEC_ENTITY(Cell,
    ts::meta(ts::id("dtmi:example:io:Cell;1"), ts::doc("NR cell", "NR 小区")),
    (std::uint16_t, pci, ts::property, ts::writable, ts::range(0, 1007),
        ts::display_name("Physical cell id", "物理小区标识"),
        ts::semantic("urn:3gpp:ts:28.541:NRCellDU:nRPCI", "0173-1#02-AAO677#002")),
    (std::string, name, ts::property, ts::length(1, 32)),
    (CellState, state, ts::property, ts::writable, ts::default_value(CellState::active)),
    (int, ssbPeriodicity, ts::property, ts::unit<ms>, ts::one_of(5, 10, 20, 40, 80, 160), ts::default_value(20)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, sinr, ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (std::optional<float>, prbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (std::vector<Beam>, beams, ts::component, ts::items(1, 8)),
    ((std::array<double, 3>), position, ts::unit<m>),
    (std::vector<double>, rsrpHistory, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0), ts::max_items(16)),
    (std::optional<std::string>, label, ts::pattern<"^[a-z]+$">),
    (bool, enabled, ts::optional_field),
    (ts::ref<GNodeB>, servedBy, ts::relationship),
    (std::vector<ts::ref<Cell>>, neighbours, ts::relationship, ts::max_items(32)));

/// Maps: not written by the JSON instance writer, exported as schemas only.
TWINSPEC_ENTITY(Inventory, ts::meta(ts::doc("Named counters and labels", "计数器与标签")),
    ((std::map<std::string, double>), counters, ts::telemetry),
    ((std::map<std::string, std::string>), title));

using network = ts::model<GNodeB, Cell>;

/// A small filled model: two gNodeBs, three cells.
inline network make_network() {
    network m;
    GNodeB g{};
    g.gnbId = 17;
    g.txPower = 40.0;
    g.temperature = 31.5;
    g.antenna = {15.5, 30.0};
    g.tilt = 0.0;
    g.site = "SZX1";
    g.commissioned = std::chrono::sys_time<std::chrono::milliseconds>{std::chrono::milliseconds{1763856000123}};
    g.uptime = std::chrono::milliseconds{86400000};
    g.packets = 18446744073709551615ULL;
    const auto g1 = m.add(g, "gnb-17");
    g.gnbId = 18;
    g.site = "SZX2";
    (void)m.add(g, "gnb-18");
    Cell c{};
    c.pci = 17;
    c.name = "gNB-17/cell-1";
    c.state = CellState::active;
    c.ssbPeriodicity = 20;
    c.rsrp = -95.5;
    c.sinr = 12.25;
    c.prbUtilisation = 42.5f;
    c.beams = {{0, -30}, {1200, -30}};
    c.position = {113.9, 22.5, 35.0};
    c.rsrpHistory = {-95.5, -96.0, -94.75};
    c.label = "north";
    c.enabled = true;
    c.servedBy = g1;
    const auto c1 = m.add(c, "cell-17-1");
    c.pci = 18;
    c.name = "gNB-17/cell-2";
    c.prbUtilisation.reset();
    c.label.reset();
    c.neighbours = {c1};
    const auto c2 = m.add(c, "cell-17-2");
    c.pci = 19;
    c.name = "gNB-17/cell-3 \"quoted\" 小区";
    c.state = CellState::sleeping;
    c.neighbours = {c1, c2};
    c.servedBy = ts::null_ref;
    (void)m.add(c, "cell-17-3");
    return m;
}

}  // namespace io_export_model
