// mobile_network_twin/schema.hpp — the entities of the flagship example, after the 3GPP NR
// network resource model (TS 28.541: GNBDUFunction, NRCellDU, NRSectorCarrier, Beam), with the
// UE, a transport link and an edge node, the virtual cell (CellTwin) and the UE measurement
// that feeds it (TS 38.215 SS-RSRP / SS-SINR). Attributes carry their 3GPP units and ranges.
// Used by examples/mobile_network_twin.cpp and bench/twin_bench.cpp.
#pragma once

#include <twinspec/core.hpp>
#include <twinspec/standards/conformance.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/ref.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mnt {

namespace ts = twinspec;
using namespace ts::units;

struct EdgeNode;
struct GNBDUFunction;
struct NRCellDU;
struct NRSectorCarrier;
struct Beam;
struct UE;

/// The twin specification (移动网络数字孪生系统技术规范, draft for comment) — claimed by title.
#define MNT_SPEC "移动网络数字孪生系统技术规范"

TWINSPEC_ENTITY(EdgeNode,
    ts::meta(ts::doc("Edge computing node serving a group of gNBs (edge collaboration)", "边缘节点")),
    (std::string,   name,     ts::property, ts::length(1, 32)),
    (std::uint16_t, cpuCores, ts::property, ts::range(1, 1024)),
    (double,        cpuLoad,  ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)));

TWINSPEC_ENTITY(TransportLink,
    ts::meta(ts::doc("Fronthaul/backhaul link between a gNB-DU and its edge node", "传输链路")),
    (ts::ref<GNBDUFunction>, du,   ts::relationship),
    (ts::ref<EdgeNode>,      edge, ts::relationship),
    (std::uint32_t,          capacity, ts::property, ts::unit<Mbps>, ts::range(1, 400000)),
    (double,                 latency,  ts::telemetry, ts::unit<ms>, ts::range(0.0, 1000.0)));

TWINSPEC_ENTITY(GNBDUFunction,
    ts::meta(ts::doc("gNB distributed unit function (TS 28.541 GNBDUFunction)", "gNB-DU 功能")),
    (std::uint32_t,                  gNBId,       ts::property, ts::range(0, 4294967295U)),
    (std::uint8_t,                   gNBIdLength, ts::property, ts::range(22, 32)),
    (std::uint64_t,                  gNBDUId,     ts::property, ts::range(0, 68719476735ULL)),
    (std::vector<ts::ref<NRCellDU>>, cells,       ts::relationship, ts::items(1, 16), ts::unique),
    (ts::ref<EdgeNode>,              edge,        ts::relationship));

TWINSPEC_ENTITY(NRCellDU,
    ts::meta(ts::doc("NR cell, DU part (TS 28.541 NRCellDU) — the physical entity", "NR 小区（DU）"),
             ts::conforms_to<MNT_SPEC>),
    (std::uint16_t, cellLocalId, ts::property, ts::range(0, 16383)),
    (std::uint16_t, nRPCI,       ts::property, ts::writable, ts::range(0, 1007),
                                 ts::display_name("NR physical cell id", "物理小区标识")),
    (std::uint32_t, nRTAC,       ts::property, ts::range(0, 16777215)),
    (std::uint32_t, arfcnDL,     ts::property, ts::range(0, 3279165)),
    (std::uint16_t, bSChannelBwDL, ts::property, ts::unit<MHz>,
                                 ts::one_of(5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100, 200, 400)),
    (double,        prbUtilisationDl, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0),
                                 ts::provides<"physical_entity.sensing_access">),  // the cell's PM counter
    (ts::ref<GNBDUFunction>,         du,            ts::relationship),
    (ts::ref<NRSectorCarrier>,       sectorCarrier, ts::relationship),
    (std::vector<ts::ref<NRCellDU>>, neighbours,    ts::relationship, ts::max_items(32)));

TWINSPEC_ENTITY(NRSectorCarrier,
    ts::meta(ts::doc("NR sector carrier (TS 28.541 NRSectorCarrier)", "NR 扇区载波")),
    (std::uint32_t, configuredMaxTxPower, ts::property, ts::unit<mW>, ts::range(0, 1000000)),
    (std::uint32_t, arfcnDL,              ts::property, ts::range(0, 3279165)),
    (std::uint16_t, bSChannelBwDL,        ts::property, ts::unit<MHz>,
                                          ts::one_of(5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 90, 100, 200, 400)),
    (std::vector<ts::ref<Beam>>, beams,   ts::relationship, ts::items(1, 64), ts::unique));

TWINSPEC_ENTITY(Beam,
    ts::meta(ts::doc("SSB beam of a sector carrier (TS 28.541 Beam)", "波束")),
    (std::uint16_t, beamIndex,     ts::property, ts::range(0, 4095)),
    (std::int16_t,  beamAzimuth,   ts::property, ts::unit<deci_deg>, ts::range(-1800, 1800)),
    (std::int16_t,  beamTilt,      ts::property, ts::writable, ts::unit<deci_deg>, ts::range(-900, 900),
                                   ts::provides<"physical_entity.decision_execution">),  // remote electrical tilt
    (std::int16_t,  beamHorizWidth, ts::property, ts::unit<deci_deg>, ts::range(0, 3599)),
    (std::int16_t,  beamVertWidth,  ts::property, ts::unit<deci_deg>, ts::range(0, 1800)));

TWINSPEC_ENTITY(UE,
    ts::meta(ts::doc("User equipment attached to a serving cell", "用户终端")),
    (std::uint64_t,     imsi,        ts::property, ts::range(0, 999999999999999ULL)),
    (ts::ref<NRCellDU>, servingCell, ts::relationship),
    (std::optional<double>, lastSsRsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)));

/// The virtual entity of a cell: what the twin knows from the measurements it ingested (Dv),
/// the behaviour model's coverage estimate, and the result of verification against the cell's
/// own readings.
TWINSPEC_ENTITY(CellTwin,
    ts::meta(ts::doc("Virtual NR cell: KPIs from UE measurements, coverage estimate", "虚拟小区"),
             ts::provides<"virtual_entity.description">),
    (ts::ref<NRCellDU>,     cell,           ts::relationship, ts::unique),  // one virtual cell per cell
    (std::uint32_t,         samples,        ts::telemetry),
    (double,                sumSsRsrpMw,    ts::telemetry, ts::unit<mW>, ts::minimum(0.0)),  // linear: dB means are wrong
    (double,                sumSsSinr,      ts::telemetry, ts::unit<dB>),
    (double,                sumPrb,         ts::telemetry, ts::unit<percent>, ts::minimum(0.0)),
    (std::optional<double>, meanSsRsrp,     ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::optional<double>, meanSsSinr,     ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (std::optional<double>, prbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (double,                counterPrbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),  // CN_PV
    // physics and geometry mirrored from the sector carrier and its main beam (Pv, Gv)
    (double,                configuredMaxTxPower, ts::property, ts::unit<mW>, ts::range(0.0, 1000000.0)),
    (double,                bSChannelBwDL,  ts::property, ts::unit<MHz>, ts::range(5.0, 400.0)),
    (double,                arfcnDL,        ts::property, ts::range(0.0, 3279165.0)),
    (double,                beamHorizWidth, ts::property, ts::unit<deci_deg>, ts::range(1.0, 3599.0)),
    (double,                beamVertWidth,  ts::property, ts::unit<deci_deg>, ts::range(1.0, 1800.0)),
    (double,                coverageRadius, ts::property, ts::unit<m>, ts::range(0.0, 100000.0)),
    (bool,                  verified,       ts::property, ts::provides<"virtual_entity.verification">));

/// One UE report, as it arrives from outside: validated before it touches the twin.
TWINSPEC_ENTITY(UeMeasurement,
    ts::meta(ts::doc("UE measurement report: SS-RSRP, SS-SINR (TS 38.215) and the PRB load seen — physical data Dp",
                     "终端测量报告"),
             ts::provides<"twin_data.classification">),
    (ts::ref<UE>,  ue,             ts::relationship),
    (std::string,  cell,           ts::length(1, 32)),
    (double,       ssRsrp,         ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double,       ssSinr,         ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (double,       prbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)));

/// The request and response of the cell's decision-execution point (remote electrical tilt).
TWINSPEC_ENTITY(TiltRequest, ts::meta(ts::doc("Set the tilt of one beam")),
    (std::uint16_t, beamIndex, ts::property, ts::range(0, 4095)),
    (std::int16_t,  beamTilt,  ts::property, ts::unit<deci_deg>, ts::range(-900, 900)));
TWINSPEC_ENTITY(TiltResponse, ts::meta(ts::doc("The tilt the beam now has")),
    (bool,          accepted,    ts::property),
    (std::int16_t,  appliedTilt, ts::property, ts::unit<deci_deg>, ts::range(-900, 900)));

/// The twin graph: one contiguous container per entity type.
using network = ts::model<GNBDUFunction, NRCellDU, NRSectorCarrier, Beam, UE, CellTwin, TransportLink, EdgeNode>;

}  // namespace mnt
