// An industrial internet platform (工业互联网平台) for the mobile network twin, as a C++ type:
// edge device access (an OPC UA gNB and a Modbus site power meter feeding entity fields), the
// twin data store (big data), mechanism models (path loss, link quality, energy use), an
// industrial APP (cell-sleep energy-saving advice) and a microservice registry. The compiler
// checks the wiring and the point maps; the program prints the platform, writes platform.dot
// (and platform.svg when Graphviz is installed), starts the components in order and runs a
// short simulated period in which a few raw values are bad — they are reported, never clamped.
#include <twinspec/twinspec.hpp>

#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
namespace pf = ts::platform;
using namespace ts::units;

// ---- the twin's data classes ----------------------------------------------------------------------
// [entities]
TWINSPEC_ENTITY(Cell,
    ts::meta(ts::id("dtmi:example:iip:Cell;1"), ts::doc("NR cell as the gNB reports it over OPC UA")),
    (std::uint16_t, pci,  ts::property, ts::range(0, 1007)),
    (double,        rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0), ts::provides<"physical_entity.sensing_access">),
    (double,        sinr, ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (std::optional<float>, prbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (bool,          sleeping, ts::property, ts::provides<"physical_entity.decision_execution">));

TWINSPEC_ENTITY(SiteMeter,
    ts::meta(ts::id("dtmi:example:iip:SiteMeter;1"), ts::doc("Site power meter read over Modbus TCP")),
    (double, inputPower,  ts::telemetry, ts::unit<W>, ts::range(0.0, 5000.0)),
    (double, temperature, ts::telemetry, ts::unit<degC>, ts::range(-40.0, 85.0)),
    (std::uint32_t, energyCounter, ts::telemetry, ts::unit<Wh>),
    (bool,   mainsOk,     ts::telemetry));

// The twin data store's own record of each cell's virtual model: described, verified, classified.
TWINSPEC_ENTITY(CellModel,
    ts::meta(ts::doc("Virtual model of a cell"),
             ts::provides<"virtual_entity.description", "virtual_entity.verification", "twin_data.classification">),
    (std::uint16_t, pci), (double, predictedRsrp, ts::unit<dBm>));
// [entities]

// ---- device access: point maps, checked at compile time ----------------------------------------------
// [points]
using GnbPoints = pf::point_map<Cell,
    pf::opcua_point<"pci", "ns=2;s=gNB17.Cell1.PCI", pf::opcua_type::uint16>,
    pf::opcua_point<"rsrp", "ns=2;s=gNB17.Cell1.RSRP", pf::opcua_type::double_>,
    pf::opcua_point<"sinr", "ns=2;s=gNB17.Cell1.SINR", pf::opcua_type::double_>,
    pf::opcua_point<"prbUtilisation", "ns=2;s=gNB17.Cell1.PrbLoad", pf::opcua_type::float_>>;

using MeterPoints = pf::point_map<SiteMeter,
    // 0.1 W per count, 32 bits, high word first (Modbus convention)
    pf::modbus_point<"inputPower", pf::input(1, 30001, pf::value_type::u32).scale(1, 10)>,
    // 0.1 °C per count, signed
    pf::modbus_point<"temperature", pf::input(1, 30003, pf::value_type::s16).scale(1, 10)>,
    // kWh counter, converted to the field's Wh
    pf::modbus_point<"energyCounter", pf::input(1, 30004, pf::value_type::u16), kWh>,
    pf::modbus_point<"mainsOk", pf::discrete_input(1, 10001)>>;
// [points]

// ---- mechanism models -----------------------------------------------------------------------------
// [models]
TWINSPEC_ENTITY(LinkIn, ts::meta(ts::doc("Path-loss model input")),
    (double, distance,  ts::unit<km>,  ts::range(0.035, 5.0)),
    (double, frequency, ts::unit<MHz>, ts::range(500.0, 6000.0)),
    (double, txPower,   ts::unit<dBm>, ts::range(0.0, 53.0)));
TWINSPEC_ENTITY(LinkOut, ts::meta(), (double, rxPower, ts::unit<dBm>));
TWINSPEC_ENTITY(QualityIn, ts::meta(), (double, rxPower, ts::unit<dBW>, ts::range(-200.0, 0.0)));
TWINSPEC_ENTITY(QualityOut, ts::meta(), (double, sinr, ts::unit<dB>));
TWINSPEC_ENTITY(EnergyIn, ts::meta(ts::doc("EARTH power model input")),
    (double, load,    ts::unit<percent>, ts::range(0.0, 100.0)),
    (double, txPower, ts::unit<W>,       ts::range(0.0, 80.0)));
TWINSPEC_ENTITY(EnergyOut, ts::meta(), (double, power, ts::unit<W>));

// Free-space path loss: L = 32.45 + 20 log10(f/MHz) + 20 log10(d/km) dB.
inline const auto path_loss = pf::make_model<"path-loss", pf::semver{1, 0, 0}, LinkIn, LinkOut>(
    pf::provenance{"free-space path loss (Friis)", "ITU-R P.525-4", "radio planning"},
    [](const LinkIn& in) { return LinkOut{in.txPower - (32.45 + 20.0 * std::log10(in.frequency) + 20.0 * std::log10(in.distance))}; });
// Noise floor: kT = -204 dBW/Hz over 100 MHz plus a 7 dB noise figure = -117 dBW.
inline const auto link_quality = pf::make_model<"link-quality", pf::semver{1, 2, 0}, QualityIn, QualityOut>(
    pf::provenance{"SINR against the noise floor", "kTB + NF", "radio planning"},
    [](const QualityIn& in) { return QualityOut{in.rxPower - (-204.0 + 10.0 * std::log10(100e6) + 7.0)}; });
// EARTH model: P = P0 + Δp · Pout · load, P0 = 130 W, Δp = 4.7.
inline const auto energy_use = pf::make_model<"energy-use", pf::semver{2, 0, 1}, EnergyIn, EnergyOut>(
    pf::provenance{"EARTH base-station power model", "Auer et al., IEEE Wireless Commun. 2011", "energy team"},
    [](const EnergyIn& in) { return EnergyOut{130.0 + 4.7 * in.txPower * in.load / 100.0}; });
// dBm out of path-loss feeds dBW into link-quality: converted by the composition.
inline const auto link_budget = path_loss | link_quality;
// [models]

// ---- interfaces and components ---------------------------------------------------------------------
// [components]
TWINSPEC_ENTITY(PointRead, ts::meta(), (std::string, device));
TWINSPEC_ENTITY(Advice, ts::meta(), (std::uint16_t, pci), (bool, sleep), (double, savedPower, ts::unit<W>));

struct OpcUaPointsApi : pf::interface<"opcua-points", pf::semver{1, 1, 0}, pf::operation<"read", PointRead, Cell>> {};
struct ModbusPointsApi : pf::interface<"modbus-points", pf::semver{2, 0, 3}, pf::operation<"read", PointRead, SiteMeter>> {};
struct ComputeApi : pf::interface<"compute", pf::semver{1, 0, 0}, pf::operation<"schedule", pf::nothing, pf::nothing>> {};
struct TwinDataApi : pf::interface<"twin-data", pf::semver{1, 4, 0}, pf::operation<"cells", pf::nothing, Cell>,
                                   pf::operation<"meters", pf::nothing, SiteMeter>> {};
struct ModelApi : pf::interface<"mechanism-models", pf::semver{1, 2, 0}, pf::operation<"link-budget", LinkIn, QualityOut>,
                                pf::operation<"energy-use", EnergyIn, EnergyOut>> {};
struct RegistryApi : pf::interface<"service-registry", pf::semver{3, 1, 0}, pf::operation<"register", PointRead, pf::nothing>> {};
struct AdviceApi : pf::interface<"energy-advice", pf::semver{0, 3, 0}, pf::operation<"advise", pf::nothing, Advice>> {};

struct OpcUaGateway : pf::component<"opcua-gateway", pf::semver{1, 3, 2}, pf::layer::edge, pf::component_kind::device_access,
                                    pf::deployment::edge, pf::provides<OpcUaPointsApi>,
                                    pf::conforms<"工业互联网平台 工业设备接入通用规范">> {};
struct ModbusGateway : pf::component<"modbus-gateway", pf::semver{2, 0, 0}, pf::layer::edge, pf::component_kind::device_access,
                                     pf::deployment::edge, pf::provides<ModbusPointsApi>,
                                     pf::conforms<"工业互联网平台 工业设备接入通用规范">> {};
struct CloudInfra : pf::component<"cloud-infra", pf::semver{5, 2, 0}, pf::layer::iaas, pf::component_kind::framework,
                                  pf::deployment::cloud, pf::provides<ComputeApi>> {};
struct TwinDataStore : pf::component<"twin-data-store", pf::semver{1, 4, 1}, pf::layer::paas, pf::component_kind::big_data,
                                     pf::deployment::cloud, pf::provides<TwinDataApi>,
                                     pf::needs<OpcUaPointsApi, pf::need<ModbusPointsApi, pf::caret(pf::semver{2, 0, 0})>, ComputeApi>,
                                     pf::uses_data<Cell, SiteMeter, CellModel>,
                                     // checked: every requirement of the twin specification is
                                     // provided by Cell, SiteMeter or CellModel (drop CellModel and
                                     // the compiler names twin-data-store and the unmet requirement)
                                     pf::conforms<"工业互联网平台 工业大数据通用技术规范", "移动网络数字孪生系统技术规范">> {};
struct ModelService : pf::component<"model-service", pf::semver{1, 2, 0}, pf::layer::paas, pf::component_kind::mechanism_model,
                                    pf::deployment::cloud, pf::provides<ModelApi>, pf::needs<TwinDataApi>,
                                    pf::uses_models<decltype(path_loss), decltype(link_quality), decltype(energy_use)>> {};
struct ServiceRegistry : pf::component<"service-registry", pf::semver{3, 1, 4}, pf::layer::paas, pf::component_kind::microservice,
                                       pf::deployment::both, pf::provides<RegistryApi>, pf::needs<ComputeApi>,
                                       pf::dev_env<"g++ 12 / CMake 3.25", "Linux container (OCI)", "C++20">> {};
struct CellSleepApp : pf::component<"cell-sleep-advisor", pf::semver{0, 3, 0}, pf::layer::saas, pf::component_kind::industrial_app,
                                    pf::deployment::cloud, pf::provides<AdviceApi>,
                                    pf::needs<TwinDataApi, ModelApi, RegistryApi>,
                                    pf::uses_models<decltype(energy_use)>, pf::uses_data<Cell>,
                                    pf::conforms<"工业互联网平台 工业 APP 通用技术规范">> {};

// The wiring is checked here: drop TwinDataStore and the compiler names CellSleepApp and twin-data.
using MobileTwinPlatform = pf::platform<CellSleepApp, ModelService, TwinDataStore, ServiceRegistry, CloudInfra,
                                        OpcUaGateway, ModbusGateway>;
// [components]

namespace {
// One simulated minute of raw device data: OPC UA values of the gNB, Modbus registers of the meter.
struct raw_minute {
    double rsrp;
    double sinr;
    float prb;
    std::uint16_t power_hi, power_lo, temperature, energy_kwh, mains;
    std::size_t meter_words;  // how many registers the read returned
};

const std::vector<raw_minute> simulated = {
    {-92.5, 14.0, 31.0f, 0x0000, 0x3A98, 251, 1200, 1, 5},             // 1500.0 W, 25.1 °C
    {-93.0, 13.5, 12.0f, 0x0000, 0x3840, 252, 1200, 1, 5},             // 1440.0 W
    {-20.0, 13.0, 8.5f, 0x0000, 0x3520, 253, 1201, 1, 5},              // rsrp above -31 dBm: bad
    {-94.0, std::nan(""), 6.0f, 0x0001, 0x86A0, 254, 1201, 1, 5},      // SINR NaN; 10000.0 W: bad
    {-94.5, 12.0, 4.0f, 0x0000, 0x3200, 0x7FFF, 1201, 1, 5},           // 3276.7 °C: bad
    {-95.0, 11.5, 3.5f, 0x0000, 0x3100, 255, 1202, 1, 1},              // the read returned one register
};
}  // namespace

int main() {
    // [describe]
    std::cout << MobileTwinPlatform::markdown("Mobile network twin platform") << '\n';
    {
        std::ofstream dot("platform.dot");
        dot << MobileTwinPlatform::dot("mobile_twin_platform");
    }
    std::cout << "platform.dot written\n";
    if (std::system("command -v dot >/dev/null 2>&1") == 0 && std::system("dot -Tsvg platform.dot -o platform.svg") == 0)
        std::cout << "platform.svg rendered with Graphviz\n";
    else
        std::cout << "platform.svg skipped: Graphviz 'dot' is not on PATH\n";
    const std::string json = MobileTwinPlatform::json();
    std::cout << "JSON: " << json.size() << " bytes\n";
    for (const auto& c : MobileTwinPlatform::components())
        for (const auto& claim : c.conforms_to)
            std::cout << "claim: " << c.name << ": " << claim.standard->title.zh << ": " << claim.status() << '\n';
    // [describe]

    // [start]
    std::cout << "starting:";
    MobileTwinPlatform::start([](const pf::component_info& c) {
        std::cout << ' ' << c.name << '@' << c.version.to_string();
    });
    std::cout << '\n';
    // [start]

    // [run]
    Cell cell{};
    cell.pci = 17;
    SiteMeter meter{};
    std::vector<ts::data::sample<double>> site_power;  // the meter's power as twin-data samples
    const pf::timestamp start{std::chrono::sys_days{std::chrono::year{2026} / 11 / 23}};
    std::size_t rejected = 0;
    std::size_t minute = 0;
    for (const auto& m : simulated) {
        ++minute;
        pf::decode_report report;
        const pf::timestamp now = start + std::chrono::minutes{minute};
        GnbPoints::decode("ns=2;s=gNB17.Cell1.RSRP", pf::opcua_value{pf::opcua_type::double_, m.rsrp}, cell, report);
        GnbPoints::decode("ns=2;s=gNB17.Cell1.SINR", pf::opcua_value{pf::opcua_type::double_, m.sinr}, cell, report);
        GnbPoints::decode("ns=2;s=gNB17.Cell1.PrbLoad", pf::opcua_value{pf::opcua_type::float_, static_cast<double>(m.prb)}, cell, report);
        const std::uint16_t words[] = {m.power_hi, m.power_lo, m.temperature, m.energy_kwh};
        const std::uint16_t bits[] = {m.mains};
        const pf::modbus_block read{1, pf::register_kind::input_register, 30001,
                                    std::span<const std::uint16_t>(words, m.meter_words < 4 ? m.meter_words : 4), now,
                                    ts::data::source_id{7, 1}};
        MeterPoints::decode(read, meter, report);
        // one point as a data::sample: time, source, quality (bad with a reason code, never clamped)
        site_power.push_back(MeterPoints::decode_point<"inputPower">(read));
        MeterPoints::decode(pf::modbus_block{1, pf::register_kind::discrete_input, 10001, bits}, meter, report);
        for (const auto& e : report.errors) std::cout << "minute " << minute << " rejected " << e.to_string() << '\n';
        rejected += report.errors.size();

        const auto budget = link_budget(LinkIn{0.8, 3500.0, 46.0});
        const double load = static_cast<double>(cell.prbUtilisation.value_or(0.0f));
        const auto awake = energy_use(EnergyIn{load, 40.0});
        const bool sleep = load < 10.0 && cell.sinr > 5.0;
        std::cout << "minute " << minute << ": rsrp " << cell.rsrp << " dBm, PRB " << load << " %, site " << meter.inputPower
                  << " W, " << meter.temperature << " degC, model SINR " << budget.value.sinr << " dB, cell power "
                  << awake.value.power << " W -> advice: " << (sleep ? "sleep" : "stay active") << '\n';
        cell.sleeping = sleep;
    }
    const auto outside = path_loss(LinkIn{12.0, 3500.0, 46.0});
    std::cout << "out of domain: " << outside.error() << '\n';
    std::cout << rejected << " raw values rejected, none clamped\n";
    std::cout << "site power samples:";
    for (const auto& s : site_power)
        std::cout << ' ' << (s.quality.is_good() ? std::to_string(s.value) : std::string(ts::data::to_string(s.quality.reason)));
    std::cout << '\n';
    std::cout << "iip_platform ok\n";
    // [run]
    const bool json_claims = json.find("\"status\":\"met\",\"requirements\":[{\"key\":\"physical_entity.sensing_access\"") != std::string::npos;
    return rejected == 5 && !outside.ok() && json_claims ? 0 : 1;
}
