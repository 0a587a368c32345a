// Reflection: entity metadata, field descriptors, get<>, for_each_field, make_default,
// enums, TWINSPEC_ADAPT and the Hana Struct adapter.
#include <twinspec/core.hpp>
#include <twinspec/core/hana.hpp>

#include <boost/hana/at_key.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/keys.hpp>
#include <boost/hana/length.hpp>

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "twinspec_catch.hpp"

namespace ts = twinspec;
using namespace ts::units;

namespace reflection_test {

TWINSPEC_ENUM(SsbPeriod, std::uint8_t, ms5, ms10, ms20);

TWINSPEC_ENTITY(Beam, ts::meta(ts::id("dtmi:example:mndt:Beam;1"), ts::display_name("Beam", "波束")),
    (std::int16_t, azimuth, ts::unit<deci_deg>, ts::range(-1800, 1800)),
    (std::int16_t, tilt, ts::unit<deci_deg>, ts::range(-900, 900), ts::default_value(-30)));

TWINSPEC_ENTITY(Cell,
    ts::meta(ts::id("dtmi:example:mndt:Cell;1"), ts::doc("NR cell", "NR 小区"),
             ts::semantic("urn:3gpp:ts:28.541:NRCellDU")),
    (std::uint16_t, pci, ts::property, ts::writable, ts::range(0, 1007),
     ts::display_name("Physical cell id", "物理小区标识")),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::string, name, ts::max_length(32), ts::default_value("cell")),
    (std::optional<int>, ssb, ts::one_of(5, 10, 20, 40, 80, 160), ts::default_value(20)),
    ((std::array<float, 3>), position, ts::unit<m>),
    (std::vector<Beam>, beams, ts::component, ts::items(0, 8)),
    (SsbPeriod, period, ts::default_value(SsbPeriod::ms10)),
    (std::chrono::milliseconds, interval),
    (std::chrono::system_clock::time_point, updated),
    (bool, barred, ts::name("isBarred")));

// The hand-written twin: twinspec adds nothing to the object.
struct CellPlain {
    std::uint16_t pci;
    double rsrp;
    std::string name;
    std::optional<int> ssb;
    std::array<float, 3> position;
    std::vector<Beam> beams;
    SsbPeriod period;
    std::chrono::milliseconds interval;
    std::chrono::system_clock::time_point updated;
    bool barred;
};
static_assert(sizeof(Cell) == sizeof(CellPlain));
static_assert(alignof(Cell) == alignof(CellPlain));
static_assert(std::is_aggregate_v<Cell>);
static_assert(std::is_standard_layout_v<Beam> && std::is_trivially_copyable_v<Beam>);

// An existing struct, adapted without being touched.
struct LegacyCounter {
    std::uint64_t packets;
    double loss_ratio;
};
TWINSPEC_ADAPT(LegacyCounter, ts::meta(ts::id("dtmi:example:mndt:LegacyCounter;1")),
               (packets, ts::telemetry),
               (loss_ratio, ts::name("lossRatio"), ts::unit<percent>, ts::range(0.0, 100.0)));

// A class that is not standard-layout (members in a base and in the derived class, mixed
// access): its offsets come from offsetof, which GCC and Clang support for it; the schema
// keeps their -Winvalid-offsetof warning out of a -Werror build.
struct MeterBase {
    std::uint32_t serial = 0;
};
class Meter : public MeterBase {
public:
    std::string label;
    double reading = 0;

private:
    [[maybe_unused]] int cache_ = 0;
};
static_assert(!std::is_standard_layout_v<Meter>);
TWINSPEC_ADAPT(Meter, ts::meta(),
               (serial, ts::property),
               (reading, ts::telemetry, ts::range(0.0, 10.0)),
               (label, ts::length(1, 8)));

}  // namespace reflection_test

using namespace reflection_test;

TEST_CASE("reflection: entity metadata") {
    STATIC_REQUIRE(ts::entity_name_v<Cell> == "Cell");
    STATIC_REQUIRE(ts::entity_id<Cell>() == "dtmi:example:mndt:Cell;1");
    STATIC_REQUIRE(ts::entity_id<LegacyCounter>() == "dtmi:example:mndt:LegacyCounter;1");
    STATIC_REQUIRE(ts::field_count_v<Cell> == 10);
    constexpr auto& doc = ts::entity_annotations_v<Cell>.get<ts::description_category>();
    CHECK(doc.en == "NR cell");
    CHECK(doc.zh == "NR 小区");
    CHECK(ts::entity_annotations_v<Cell>.get<ts::semantic_category>().refs[0] == "urn:3gpp:ts:28.541:NRCellDU");
    CHECK(ts::entity_annotations_v<Beam>.get<ts::display_name_category>().zh == "波束");
}

TEST_CASE("reflection: field descriptors in declaration order") {
    std::vector<std::string> names, kinds;
    ts::for_each_field_type<Cell>([&](auto f) {
        names.emplace_back(f.name);
        kinds.emplace_back(ts::to_string(ts::kind_of(f)));
    });
    CHECK(names == std::vector<std::string>{"pci", "rsrp", "name", "ssb", "position", "beams", "period",
                                            "interval", "updated", "isBarred"});
    CHECK(kinds == std::vector<std::string>{"property", "telemetry", "property", "property", "property",
                                            "component", "property", "property", "property", "property"});
    using pci = ts::field_t<Cell, "pci">;
    STATIC_REQUIRE(std::is_same_v<pci::value_type, std::uint16_t>);
    STATIC_REQUIRE(pci::pointer == &Cell::pci);
    STATIC_REQUIRE(ts::has_annotation_v<pci, ts::writable_category>);
    STATIC_REQUIRE(ts::annotation<ts::range_category, pci>().max == 1007);
    STATIC_REQUIRE(ts::annotation<ts::display_name_category, pci>().zh == "物理小区标识");
    using barred = ts::field_t<Cell, "isBarred">;
    STATIC_REQUIRE(barred::member_name == "barred");
    STATIC_REQUIRE(ts::HasField<Cell, "isBarred"> && !ts::HasField<Cell, "barred">);
    using rsrp = ts::field_t<Cell, "rsrp">;
    using U = decltype(ts::annotation<ts::unit_category, rsrp>());
    STATIC_REQUIRE(std::is_same_v<typename std::remove_cvref_t<U>::unit_type, dBm>);
    STATIC_REQUIRE(std::remove_cvref_t<U>::symbol == "dBm");
}

TEST_CASE("reflection: get<> reads and writes the member itself") {
    Cell c{};
    ts::get<"pci">(c) = 17;
    ts::get<"rsrp">(c) = -95.5;
    CHECK(c.pci == 17);
    CHECK(c.rsrp == -95.5);
    const Cell& cc = c;
    STATIC_REQUIRE(std::is_same_v<decltype(ts::get<"pci">(cc)), const std::uint16_t&>);
    STATIC_REQUIRE(std::is_same_v<decltype(ts::get<"pci">(c)), std::uint16_t&>);
    CHECK(&ts::get<"isBarred">(c) == &c.barred);
    constexpr Beam b{120, -30};
    STATIC_REQUIRE(ts::get<"azimuth">(b) == 120);  // usable in constant expressions
}

TEST_CASE("reflection: for_each_field visits every member with the object's constness") {
    Cell c{};
    c.pci = 3;
    int visited = 0;
    ts::for_each_field(c, [&](auto field, auto& value) {
        ++visited;
        if constexpr (field.name == "pci") value = static_cast<std::uint16_t>(value + 1);
    });
    CHECK(visited == 10);
    CHECK(c.pci == 4);
    const Cell& cc = c;
    ts::for_each_field(cc, [](auto, auto& value) {
        STATIC_REQUIRE(std::is_const_v<std::remove_reference_t<decltype(value)>>);
    });
    constexpr int sum = [] {
        Beam b{10, 20};
        int s = 0;
        ts::for_each_field(b, [&](auto, auto& v) { s += v; });
        return s;
    }();
    STATIC_REQUIRE(sum == 30);
}

TEST_CASE("reflection: make_default applies declared defaults, recursively") {
    const Cell c = ts::make_default<Cell>();
    CHECK(c.name == "cell");
    REQUIRE(c.ssb.has_value());
    CHECK(*c.ssb == 20);
    CHECK(c.period == SsbPeriod::ms10);
    CHECK(c.pci == 0);
    constexpr Beam b = ts::make_default<Beam>();
    STATIC_REQUIRE(b.tilt == -30 && b.azimuth == 0);
}

TEST_CASE("reflection: enums carry their names") {
    STATIC_REQUIRE(ts::enum_name_v<SsbPeriod> == "SsbPeriod");
    STATIC_REQUIRE(ts::enum_to_string(SsbPeriod::ms20) == "ms20");
    STATIC_REQUIRE(ts::enum_from_string<SsbPeriod>("ms5") == SsbPeriod::ms5);
    STATIC_REQUIRE(!ts::enum_from_string<SsbPeriod>("ms40").has_value());
    CHECK(ts::enum_to_string(static_cast<SsbPeriod>(7)).empty());
    CHECK_FALSE(ts::enum_contains(static_cast<SsbPeriod>(7)));
}

TEST_CASE("reflection: an adapted struct is unchanged and fully described") {
    STATIC_REQUIRE(sizeof(LegacyCounter) == sizeof(std::uint64_t) + sizeof(double));
    LegacyCounter l{10, 150.0};
    std::vector<std::string> names;
    ts::for_each_field(l, [&](auto f, auto&) { names.emplace_back(f.name); });
    CHECK(names == std::vector<std::string>{"packets", "lossRatio"});
    auto r = ts::validate(l);
    REQUIRE(r.size() == 1);
    CHECK(r[0].to_string() == "/lossRatio: 150 % is above the maximum 100 %");
}

TEST_CASE("reflection: each descriptor carries its member's byte offset") {
    STATIC_REQUIRE(ts::field_t<Cell, "pci">::offset == offsetof(Cell, pci));
    STATIC_REQUIRE(ts::field_t<Cell, "isBarred">::offset == offsetof(Cell, barred));
    STATIC_REQUIRE(ts::field_t<LegacyCounter, "lossRatio">::offset == offsetof(LegacyCounter, loss_ratio));
    // Every offset names the very member the pointer to member names, in every entity here.
    auto same_addresses = [](const auto& obj) {
        bool ok = true;
        ts::for_each_field(obj, [&](auto f, const auto& value) {
            const char* base = reinterpret_cast<const char*>(&obj);
            ok = ok && base + decltype(f)::offset == reinterpret_cast<const char*>(&value);
        });
        return ok;
    };
    CHECK(same_addresses(Cell{}));
    CHECK(same_addresses(LegacyCounter{}));
    CHECK(same_addresses(Meter{}));
}

TEST_CASE("reflection: an adapted class that is not standard-layout validates through its offsets") {
    Meter m;
    m.serial = 7;
    m.reading = 12.5;
    m.label = "far too long";
    auto r = ts::validate(m);
    REQUIRE(r.size() == 2);
    CHECK(r[0].to_string() == "/reading: 12.5 is above the maximum 10");
    CHECK(r[1].path == "/label");
    m.reading = 3.0;
    m.label = "m1";
    CHECK(ts::validate(m).ok());
    CHECK(ts::is_valid(m));
}

TEST_CASE("reflection: every entity is a Boost.Hana Struct") {
    namespace hana = boost::hana;
    Beam b{5, 6};
    STATIC_REQUIRE(hana::length(hana::keys(b)) == hana::size_c<2>);
    CHECK(hana::at_key(b, BOOST_HANA_STRING("tilt")) == 6);
    std::string keys;
    hana::for_each(hana::keys(LegacyCounter{}), [&](auto k) { keys += hana::to<const char*>(k); keys += ','; });
    CHECK(keys == "packets,lossRatio,");
}
