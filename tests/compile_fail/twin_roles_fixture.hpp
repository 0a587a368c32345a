// Shared entities of the twin roles compile-fail tests (tests/compile_fail/twin_*.cpp): each
// test includes this and adds the one declaration that breaks a rule.
#pragma once

#include <twinspec/core/entity.hpp>
#include <twinspec/twin/roles.hpp>

#include <cstdint>
#include <string>

namespace ts = twinspec;
using namespace ts::units;

struct EdgeNode;
TWINSPEC_ENTITY(EdgeNode, ts::meta(), (std::uint32_t, nodeId));
TWINSPEC_ENTITY(TiltRequest, ts::meta(), (std::int16_t, tilt, ts::unit<deci_deg>, ts::range(-900, 900)));
TWINSPEC_ENTITY(TiltResponse, ts::meta(), (bool, accepted));
TWINSPEC_ENTITY(Cell, ts::meta(),
    (std::uint16_t, pci, ts::property, ts::range(0, 1007)),
    (std::string, label, ts::telemetry),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, sinr, ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (double, bandwidth, ts::property, ts::unit<MHz>),
    (double, load, ts::telemetry),
    (ts::ref<EdgeNode>, servedBy, ts::relationship),
    (std::uint32_t, edgeId));
TWINSPEC_ENTITY(CellTwin, ts::meta(),
    (double, rsrp, ts::unit<dBm>),
    (double, rsrpMw, ts::unit<mW>),
    (double, sinr, ts::unit<dB>),
    (double, load),
    (double, azimuth, ts::unit<deg>),
    (std::string, label),
    (double, coverage));
TWINSPEC_ENTITY(CoverageIn, ts::meta(), (double, rsrp), (double, distance));
TWINSPEC_ENTITY(CoverageOut, ts::meta(), (double, coverage));
struct CoverageModel {
    CoverageOut operator()(const CoverageIn& in) const { return {in.rsrp + in.distance}; }
};
struct RsrpRule {
    bool operator()(const CellTwin& s) const { return s.rsrp > -156.0; }
};
using CellPE = ts::physical_entity<Cell, ts::sensing<"rsrp", ts::every<100, ms>>, ts::sensing<"sinr", ts::every<100, ms>>>;
using CellVE = ts::virtual_spec<Cell, CellTwin, ts::rule_model<RsrpRule>>;
