// quickstart.cpp — a first twinspec entity: declared once, checked by the compiler,
// reflected, validated at run time, printed. docs/guide.md walks through this file.

// [include]
#include <twinspec/core.hpp>

#include <cstdint>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace ts = twinspec;
using namespace ts::units;  // dBm, dB, percent, deci_deg, MHz …
// [include]

namespace demo {

// [enum]
TWINSPEC_ENUM(CellState, std::uint8_t, active, sleeping, barred);
// [enum]

// [entity]
TWINSPEC_ENTITY(Beam,
    ts::meta(ts::id("dtmi:example:quickstart:Beam;1"), ts::doc("An SSB beam", "SSB 波束")),
    (std::int16_t, azimuth, ts::property, ts::unit<deci_deg>, ts::range(-1800, 1800)),
    (std::int16_t, tilt,    ts::property, ts::unit<deci_deg>, ts::range(-900, 900)));

TWINSPEC_ENTITY(Cell,
    ts::meta(ts::id("dtmi:example:quickstart:Cell;1"), ts::doc("NR cell", "NR 小区")),
    (std::uint16_t, pci,   ts::property, ts::writable, ts::range(0, 1007),
                           ts::display_name("Physical cell id", "物理小区标识")),
    (std::string,   name,  ts::property, ts::length(1, 32)),
    (CellState,     state, ts::property, ts::default_value(CellState::active)),
    (int,           ssbPeriodicity, ts::property, ts::unit<ms>, ts::one_of(5, 10, 20, 40, 80, 160),
                           ts::default_value(20)),
    (double,        rsrp,  ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double,        sinr,  ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (std::optional<float>, prbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (std::vector<Beam>, beams, ts::component, ts::items(1, 8)));
// [entity]

// [plain]
struct CellPlain {  // what you would have written by hand
    std::uint16_t pci;
    std::string name;
    CellState state;
    int ssbPeriodicity;
    double rsrp;
    double sinr;
    std::optional<float> prbUtilisation;
    std::vector<Beam> beams;
};
static_assert(sizeof(Cell) == sizeof(CellPlain));  // a plain struct, nothing more
static_assert(ts::entity_id<Cell>() == "dtmi:example:quickstart:Cell;1");
static_assert(ts::field_count_v<Cell> == 8);
// [plain]

}  // namespace demo

int main() {
    using demo::Cell;

    // [reflect]
    std::cout << ts::entity_name_v<Cell> << " (" << ts::entity_id<Cell>() << ")\n";
    ts::for_each_field_type<Cell>([](auto field) {
        std::cout << "  " << field.name << " : " << ts::to_string(ts::kind_of(field));
        if constexpr (ts::has_annotation_v<decltype(field), ts::unit_category>)
            std::cout << " [" << ts::annotation<ts::unit_category>(field).symbol << "]";
        if constexpr (ts::has_annotation_v<decltype(field), ts::range_category>) {
            const auto& r = ts::annotation<ts::range_category>(field);
            std::cout << " range " << r.min << " .. " << r.max;
        }
        std::cout << '\n';
    });
    // [reflect]

    // [valid]
    Cell cell = ts::make_default<Cell>();
    cell.pci = 17;
    cell.name = "gNB-17/cell-1";
    cell.rsrp = -95.5;
    cell.sinr = 12.0;
    cell.beams = {{0, -30}, {1200, -30}};
    ts::get<"prbUtilisation">(cell) = 42.5f;
    std::cout << "valid cell: " << (ts::is_valid(cell) ? "yes" : "no") << '\n';
    // [valid]

    // [invalid]
    cell.pci = 2000;                 // beyond 0..1007
    cell.rsrp = -20.5;               // above -31 dBm
    cell.ssbPeriodicity = 30;        // not an allowed periodicity
    cell.beams.push_back({1900, 0}); // azimuth beyond 180.0°
    const auto result = ts::validate(cell);
    std::cout << result.size() << " violations:\n" << result.to_string();
    // [invalid]

    std::cout << "quickstart ok\n";
    return result.size() == 4 ? 0 : 1;
}
