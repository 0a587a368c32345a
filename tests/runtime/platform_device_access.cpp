// Device access: Modbus, OPC UA and MQTT point maps decoding raw values into entity fields;
// bad values reported with the point and the reason, never clamped.
#include "twinspec_catch.hpp"

#include <twinspec/core.hpp>
#include <twinspec/platform.hpp>

#include <bit>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <ranges>
#include <string>
#include <type_traits>
#include <vector>

namespace platform_device_test {
namespace ts = twinspec;
namespace pf = ts::platform;
using namespace ts::units;

TWINSPEC_ENTITY(Meter, ts::meta(),
    (std::uint16_t, pci, ts::range(0, 1007)),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, sinr, ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (double, power, ts::telemetry, ts::unit<W>, ts::range(0.0, 2000.0)),
    (std::optional<float>, prb, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (std::int32_t, energy, ts::unit<Wh>),
    (double, temperature, ts::unit<degC>, ts::range(-40.0, 85.0)),
    (bool, alarm));

using Map = pf::point_map<Meter,
    pf::modbus_point<"pci", pf::holding(3, 0, pf::value_type::u16)>,
    pf::modbus_point<"rsrp", pf::holding(3, 1, pf::value_type::s16).scale(1, 10)>,
    pf::modbus_point<"sinr", pf::holding(3, 2, pf::value_type::f32).words(pf::word_order::low_first)>,
    pf::modbus_point<"power", pf::holding(3, 4, pf::value_type::u32), mW>,
    pf::modbus_point<"energy", pf::holding(3, 6, pf::value_type::s16), kWh>,
    pf::modbus_point<"alarm", pf::coil(3, 0)>,
    pf::opcua_point<"prb", "ns=2;s=Cell.PRB", pf::opcua_type::float_>,
    pf::mqtt_point<"temperature", "site/7/temperature", pf::qos::at_least_once, K>>;

std::uint16_t hi(float f) { return static_cast<std::uint16_t>(std::bit_cast<std::uint32_t>(f) >> 16); }
std::uint16_t lo(float f) { return static_cast<std::uint16_t>(std::bit_cast<std::uint32_t>(f) & 0xFFFFU); }
}  // namespace platform_device_test

using namespace platform_device_test;

TEST_CASE("platform: point map descriptions") {
    STATIC_REQUIRE(Map::size == 8);
    const auto pts = Map::points();
    CHECK(pts[1].address_text() == "Modbus unit 3 holding register 1 (s16)");
    CHECK(pts[2].address_text() == "Modbus unit 3 holding register 2..3 (f32)");
    CHECK(pts[5].address_text() == "Modbus unit 3 coil 0 (bit)");
    CHECK(pts[6].address_text() == "OPC UA ns=2;s=Cell.PRB (Float)");
    CHECK(pts[7].address_text() == "MQTT site/7/temperature (QoS 1)");
}

TEST_CASE("platform: Modbus decoding of good registers, word order, scale and units") {
    const std::uint16_t words[] = {17, static_cast<std::uint16_t>(-955), lo(12.25f), hi(12.25f), 0x0001, 0x86A0,
                                   static_cast<std::uint16_t>(-3)};
    const pf::timestamp t0{std::chrono::seconds{1'700'000'000}};
    Meter m{};
    pf::decode_report r;
    Map::decode(pf::modbus_block{3, pf::register_kind::holding_register, 0, words, t0}, m, r);
    CHECK(r.ok());
    CHECK(r.written == 5);
    CHECK(m.pci == 17);
    CHECK(m.rsrp == twinspec_test::approx(-95.5));
    CHECK(m.sinr == 12.25);
    CHECK(m.power == 100.0);   // 100000 mW
    CHECK(m.energy == -3000);  // -3 kWh in Wh, integral conversion

    const auto d = Map::decode_point<"rsrp">(pf::modbus_block{3, pf::register_kind::holding_register, 0, words, t0, {7, 2}});
    STATIC_REQUIRE(std::is_same_v<decltype(d), const ts::data::sample<double>>);
    REQUIRE(d.quality.is_good());
    CHECK(d.value == twinspec_test::approx(-95.5));
    CHECK(d.time == t0);
    CHECK(d.source() == ts::data::source_id{7, 2});
}

TEST_CASE("platform: Modbus bad values are reported with the point and the reason, never clamped") {
    const std::uint16_t words[] = {2000, static_cast<std::uint16_t>(-200), lo(std::nanf("")), hi(std::nanf("")),
                                   0x0030, 0xD400};
    Meter m{};
    m.pci = 5;
    m.rsrp = -100.0;
    m.sinr = 1.0;
    pf::decode_report r;
    Map::decode(pf::modbus_block{3, pf::register_kind::holding_register, 0, words}, m, r);
    REQUIRE(r.errors.size() == 4);
    CHECK(r.written == 0);
    CHECK(m.pci == 5);  // untouched
    CHECK(m.rsrp == -100.0);
    CHECK(m.sinr == 1.0);
    CHECK(r.errors[0].to_string() == "/pci: point pci (Modbus unit 3 holding register 0 (u16)): 2000 is above the maximum 1007");
    CHECK(r.errors[1].to_string() == "/rsrp: point rsrp (Modbus unit 3 holding register 1 (s16)): -20 dBm is above the maximum -31 dBm");
    CHECK(r.errors[1].error == pf::decode_error::out_of_range);
    CHECK(r.errors[2].error == pf::decode_error::not_finite);
    CHECK(r.errors[2].path == "/sinr");
    CHECK_THAT(r.errors[2].to_string(), twinspec_test::contains("NaN is not a finite number"));
    CHECK(r.errors[3].to_string() == "/power: point power (Modbus unit 3 holding register 4..5 (u32)): 3200 W is above the maximum 2000 W");
}

TEST_CASE("platform: Modbus wrong register count, other tables and missing points") {
    const std::uint16_t words[] = {1, 2, 3, 4, 5};  // power needs registers 4 and 5: only 4 is there
    Meter m{};
    pf::decode_report r;
    Map::decode(pf::modbus_block{3, pf::register_kind::holding_register, 0, std::span<const std::uint16_t>(words, 5)}, m, r);
    REQUIRE(r.errors.size() == 2);  // rsrp (0.2 dBm is above -31) and power; sinr is a tiny finite float
    CHECK(r.errors[1].error == pf::decode_error::wrong_register_count);
    CHECK(r.errors[1].to_string() == "/power: point power (Modbus unit 3 holding register 4..5 (u32)): the block holds 1 of the point's 2 registers");

    const auto other_unit = Map::decode_point<"pci">(pf::modbus_block{4, pf::register_kind::holding_register, 0, words});
    CHECK(other_unit.quality == ts::data::quality::bad(ts::data::reason::communication));
    CHECK(other_unit.value == 0);
    pf::decode_report missing;
    const auto other_table = Map::decode_point<"pci">(pf::modbus_block{3, pf::register_kind::input_register, 0, words}, missing);
    CHECK(other_table.quality.is_bad());
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.written == 0);
    CHECK(missing.errors[0].error == pf::decode_error::missing);
    CHECK(missing.errors[0].reason() == "point pci (Modbus unit 3 holding register 0 (u16)): the raw data does not hold the point");
    CHECK(missing.errors[0].quality() == other_table.quality);

    // a coil block writes only the coil; 2 is not a bit value
    const std::uint16_t bits[] = {1};
    const std::uint16_t bad_bits[] = {2};
    pf::decode_report rb;
    Map::decode(pf::modbus_block{3, pf::register_kind::coil, 0, bits}, m, rb);
    CHECK(rb.ok());
    CHECK(m.alarm);
    Map::decode(pf::modbus_block{3, pf::register_kind::coil, 0, bad_bits}, m, rb);
    REQUIRE(rb.errors.size() == 1);
    CHECK(rb.errors[0].error == pf::decode_error::not_representable);
    CHECK(m.alarm);
}

TEST_CASE("platform: OPC UA values: type, status, range") {
    Meter m{};
    pf::decode_report r;
    CHECK(Map::decode("ns=2;s=Cell.PRB", pf::opcua_value{pf::opcua_type::float_, 42.5}, m, r));
    CHECK(r.ok());
    REQUIRE(m.prb.has_value());
    CHECK(*m.prb == 42.5f);
    CHECK(Map::decode("ns=2;s=Cell.PRB", pf::opcua_value{pf::opcua_type::float_, 142.0}, m, r));
    CHECK(Map::decode("ns=2;s=Cell.PRB", pf::opcua_value{pf::opcua_type::double_, 42.0}, m, r));
    CHECK(Map::decode("ns=2;s=Cell.PRB", pf::opcua_value{pf::opcua_type::float_, 42.0, 0x80000000U}, m, r));
    CHECK_FALSE(Map::decode("ns=2;s=Other", pf::opcua_value{pf::opcua_type::float_, 1.0}, m, r));
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].to_string() == "/prb: point prb (OPC UA ns=2;s=Cell.PRB (Float)): 142 % is above the maximum 100 %");
    CHECK(r.errors[1].error == pf::decode_error::wrong_type);
    CHECK(r.errors[2].error == pf::decode_error::bad_status);
    CHECK_THAT(r.errors[2].to_string(), twinspec_test::contains("status code 2147483648 is not Good"));
    CHECK(*m.prb == 42.5f);
}

TEST_CASE("platform: MQTT payloads: numbers, units, garbage") {
    Meter m{};
    pf::decode_report r;
    CHECK(Map::decode_mqtt("site/7/temperature", " 298.15\n", m, r));
    CHECK(r.ok());
    CHECK(m.temperature == twinspec_test::approx(25.0));  // K -> degC
    CHECK(Map::decode_mqtt("site/7/temperature", "12x", m, r));
    CHECK(Map::decode_mqtt("site/7/temperature", "", m, r));
    CHECK(Map::decode_mqtt("site/7/temperature", "400", m, r));  // 126.85 degC
    CHECK(Map::decode_mqtt("site/7/temperature", "nan", m, r));
    CHECK_FALSE(Map::decode_mqtt("site/8/temperature", "1", m, r));
    REQUIRE(r.errors.size() == 4);
    CHECK(r.errors[0].error == pf::decode_error::not_a_number);
    CHECK(r.errors[1].error == pf::decode_error::not_a_number);
    CHECK(r.errors[2].error == pf::decode_error::out_of_range);
    CHECK_THAT(r.errors[2].to_string(), twinspec_test::contains("is above the maximum 85 °C"));
    CHECK(r.errors[3].error == pf::decode_error::not_finite);
    CHECK(m.temperature == twinspec_test::approx(25.0));
}

TEST_CASE("platform: decode_samples over a range of blocks matches the per-block calls") {
    const std::uint16_t words[] = {2000, static_cast<std::uint16_t>(-955), lo(12.25f), hi(12.25f), 0x0030, 0xD400,
                                   static_cast<std::uint16_t>(-3)};
    const std::uint16_t good[] = {17, static_cast<std::uint16_t>(-500)};
    const std::uint16_t short_power[] = {1};
    const pf::timestamp t0{std::chrono::seconds{1'700'000'060}};
    const pf::timestamp t1{std::chrono::seconds{1'700'000'061}};
    const std::vector<pf::modbus_block> blocks = {
        pf::modbus_block{3, pf::register_kind::holding_register, 0, words, t0, {42, 3}},
        pf::modbus_block{3, pf::register_kind::holding_register, 0, good, t1, {42, 4}},
        pf::modbus_block{3, pf::register_kind::holding_register, 4, short_power, t1, {42, 4}},
        pf::modbus_block{3, pf::register_kind::input_register, 0, good, t1, {42, 4}},  // another table: not this map's
    };
    struct seen {
        std::string field;
        double value;
        pf::timestamp time;
        ts::data::source_id source;
        bool operator==(const seen&) const = default;
    };
    const auto collect = [](std::vector<seen>& out) {
        return [&out](const pf::point_info& p, const auto& s) {
            CHECK(s.quality.is_good());
            out.push_back(seen{std::string(p.field), static_cast<double>(s.value), s.time, s.source()});
        };
    };
    std::vector<seen> batch;
    pf::decode_report rb;
    Map::decode_samples(blocks, rb, collect(batch));
    std::vector<seen> each;
    pf::decode_report re;
    for (const auto& b : blocks) Map::decode_samples(b, re, collect(each));

    CHECK(batch == each);
    REQUIRE(batch.size() == 5);  // rsrp, sinr, energy of the first block; pci, rsrp of the second
    CHECK(batch[3] == seen{"pci", 17.0, t1, {42, 4}});
    CHECK(batch[4].value == twinspec_test::approx(-50.0));
    CHECK(rb.written == 5);
    CHECK(rb.written == re.written);
    REQUIRE(rb.errors.size() == 3);
    REQUIRE(re.errors.size() == 3);
    for (std::size_t i = 0; i != 3; ++i) CHECK(rb.errors[i].to_string() == re.errors[i].to_string());
    CHECK(rb.errors[0].path == "/pci");
    CHECK(rb.errors[0].time == t0);
    CHECK(rb.errors[1].path == "/power");
    CHECK(rb.errors[1].error == pf::decode_error::out_of_range);
    CHECK(rb.errors[2].path == "/power");
    CHECK(rb.errors[2].error == pf::decode_error::wrong_register_count);
    CHECK(rb.errors[2].time == t1);

    // any forward range of blocks: a transform view, read twice only when a value was bad
    std::size_t made = 0;
    const auto view = std::views::iota(0, 2) | std::views::transform([&](int k) {
                          ++made;
                          return pf::modbus_block{3, pf::register_kind::holding_register, 0, good, t0 + std::chrono::seconds{k}};
                      });
    std::vector<seen> viewed;
    pf::decode_report rv;
    Map::decode_samples(view, rv, collect(viewed));
    CHECK(rv.ok());
    CHECK(rv.written == 4);
    CHECK(made == 2);
    REQUIRE(viewed.size() == 4);
    CHECK(viewed[2] == seen{"pci", 17.0, t0 + std::chrono::seconds{1}, {}});
    const auto bad_view = std::views::iota(0, 2) | std::views::transform([&](int) {
                              ++made;
                              return pf::modbus_block{3, pf::register_kind::holding_register, 0, words, t0};
                          });
    std::vector<seen> none_good;
    pf::decode_report rbad;
    Map::decode_samples(bad_view, rbad, collect(none_good));
    CHECK(made == 6);
    CHECK(rbad.written == 6);
    CHECK(rbad.errors.size() == 4);
}

TEST_CASE("platform: decode_samples without a report hands bad values to the consumer as bad samples") {
    const std::uint16_t words[] = {2000, static_cast<std::uint16_t>(-955), lo(12.25f), hi(12.25f), 0x0030, 0xD400,
                                   static_cast<std::uint16_t>(-3)};
    const std::uint16_t nan_sinr[] = {17, static_cast<std::uint16_t>(-1600), lo(std::nanf("")), hi(std::nanf("")), 0, 100, 2};
    const std::uint16_t short_power[] = {1};
    const pf::timestamp t0{std::chrono::seconds{1'700'000'060}};
    struct seen {
        std::string field;
        double value;
        ts::data::quality quality;
        pf::timestamp time;
        ts::data::source_id source;
        bool operator==(const seen&) const = default;
    };
    std::vector<seen> out;
    const auto keep = [&out](const pf::point_info& p, const auto& s) {
        STATIC_REQUIRE(ts::data::is_sample_v<std::remove_cvref_t<decltype(s)>>);
        out.push_back(seen{std::string(p.field), static_cast<double>(s.value), s.quality, s.time, s.source()});
    };
    using q = ts::data::quality;
    using why = ts::data::reason;

    // pci 2000 > 1007 and power 3200 W > 2000 W: bad samples with the default value, in point order
    CHECK(Map::decode_samples(pf::modbus_block{3, pf::register_kind::holding_register, 0, words, t0, {42, 3}}, keep) == 2);
    REQUIRE(out.size() == 5);
    CHECK(out[0] == seen{"pci", 0.0, q::bad(why::above_maximum), t0, {42, 3}});
    CHECK(out[1].field == "rsrp");
    CHECK(out[1].value == twinspec_test::approx(-95.5));
    CHECK(out[1].quality == q::good());
    CHECK(out[2] == seen{"sinr", 12.25, q::good(), t0, {42, 3}});
    CHECK(out[3] == seen{"power", 0.0, q::bad(why::above_maximum), t0, {42, 3}});
    CHECK(out[4] == seen{"energy", -3000.0, q::good(), t0, {42, 3}});

    // the good ones are the report overload's samples, the bad ones its rejections
    std::vector<seen> reported;
    pf::decode_report r;
    Map::decode_samples(pf::modbus_block{3, pf::register_kind::holding_register, 0, words, t0, {42, 3}}, r,
                        [&](const pf::point_info& p, const auto& s) {
                            reported.push_back(seen{std::string(p.field), static_cast<double>(s.value), s.quality, s.time, s.source()});
                        });
    CHECK(reported == std::vector<seen>{out[1], out[2], out[4]});
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].quality() == out[0].quality);
    CHECK(r.errors[1].quality() == out[3].quality);

    // NaN, a value too small, too few registers; a block of another unit holds none of the points
    out.clear();
    CHECK(Map::decode_samples(pf::modbus_block{3, pf::register_kind::holding_register, 0, nan_sinr, t0}, keep) == 2);
    REQUIRE(out.size() == 5);
    CHECK(out[0] == seen{"pci", 17.0, q::good(), t0, {}});
    CHECK(out[1] == seen{"rsrp", 0.0, q::bad(why::below_minimum), t0, {}});  // -160 dBm
    CHECK(out[2] == seen{"sinr", 0.0, q::bad(why::not_finite), t0, {}});
    CHECK(out[3].field == "power");
    CHECK(out[3].value == twinspec_test::approx(0.1));  // 100 mW
    CHECK(out[3].quality == q::good());
    CHECK(out[4] == seen{"energy", 2000.0, q::good(), t0, {}});                      // 2 kWh
    out.clear();
    CHECK(Map::decode_samples(pf::modbus_block{3, pf::register_kind::holding_register, 4, short_power, t0}, keep) == 1);
    REQUIRE(out.size() == 1);
    CHECK(out[0] == seen{"power", 0.0, q::bad(why::communication), t0, {}});
    out.clear();
    CHECK(Map::decode_samples(pf::modbus_block{4, pf::register_kind::holding_register, 0, words, t0}, keep) == 0);
    CHECK(out.empty());
}

TEST_CASE("platform: the decoder yields data::sample values and marks and reports bad ones without clamping") {
    const std::uint16_t words[] = {2000, static_cast<std::uint16_t>(-955), lo(12.25f), hi(12.25f), 0x0030, 0xD400,
                                   static_cast<std::uint16_t>(-3)};
    const pf::timestamp t0{std::chrono::seconds{1'700'000'060}};
    pf::decode_report r;
    std::vector<std::string> fields;
    std::vector<ts::data::sample<double>> doubles;
    Map::decode_samples(pf::modbus_block{3, pf::register_kind::holding_register, 0, words, t0, {42, 3}}, r,
                        [&](const pf::point_info& p, const auto& s) {
                            STATIC_REQUIRE(ts::data::is_sample_v<std::remove_cvref_t<decltype(s)>>);
                            CHECK(s.quality.is_good());
                            CHECK(s.time == t0);
                            CHECK(s.source() == ts::data::source_id{42, 3});
                            fields.emplace_back(p.field);
                            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(s)>, ts::data::sample<double>>)
                                doubles.push_back(s);
                        });
    CHECK(fields == std::vector<std::string>{"rsrp", "sinr", "energy"});
    REQUIRE(doubles.size() == 2);
    CHECK(doubles[0].value == twinspec_test::approx(-95.5));
    CHECK(doubles[1].value == 12.25);
    CHECK(r.written == 3);
    REQUIRE(r.errors.size() == 2);  // pci 2000 > 1007; power 3200 W > 2000 W
    CHECK(r.errors[0].to_string() == "/pci: point pci (Modbus unit 3 holding register 0 (u16)): 2000 is above the maximum 1007");
    CHECK(r.errors[0].quality() == ts::data::quality::bad(ts::data::reason::above_maximum));
    CHECK(r.errors[0].time == t0);
    CHECK(r.errors[1].point->address_text() == "Modbus unit 3 holding register 4..5 (u32)");

    // the per-point sample of a bad value: marked bad with the reason code, default value
    const auto pci = Map::decode_point<"pci">(pf::modbus_block{3, pf::register_kind::holding_register, 0, words, t0});
    CHECK(pci.quality == ts::data::quality::bad(ts::data::reason::above_maximum));
    CHECK(pci.value == 0);
    const std::uint16_t low[] = {static_cast<std::uint16_t>(-1600)};  // -160 dBm < -156 dBm
    CHECK(Map::decode_point<"rsrp">(pf::modbus_block{3, pf::register_kind::holding_register, 1, low}).quality ==
          ts::data::quality::bad(ts::data::reason::below_minimum));
    const std::uint16_t nan_words[] = {lo(std::nanf("")), hi(std::nanf(""))};
    CHECK(Map::decode_point<"sinr">(pf::modbus_block{3, pf::register_kind::holding_register, 2, nan_words}).quality ==
          ts::data::quality::bad(ts::data::reason::not_finite));
    const std::uint16_t short_power[] = {1};
    CHECK(Map::decode_point<"power">(pf::modbus_block{3, pf::register_kind::holding_register, 4, short_power}).quality ==
          ts::data::quality::bad(ts::data::reason::communication));
    const std::uint16_t two[] = {2};
    CHECK(Map::decode_point<"alarm">(pf::modbus_block{3, pf::register_kind::coil, 0, two}).quality ==
          ts::data::quality::bad(ts::data::reason::not_representable));

    // OPC UA and MQTT: the same, with the value's own time and source
    pf::decode_report ro;
    std::vector<ts::data::sample<float>> prbs;
    const auto keep_prb = [&](const pf::point_info&, const auto& s) {
        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(s)>, ts::data::sample<float>>) prbs.push_back(s);
    };
    CHECK(Map::decode_samples("ns=2;s=Cell.PRB", pf::opcua_value{pf::opcua_type::float_, 42.5, 0, t0, {9, 1}}, ro, keep_prb));
    CHECK(Map::decode_samples("ns=2;s=Cell.PRB", pf::opcua_value{pf::opcua_type::double_, 42.5}, ro, keep_prb));
    CHECK(Map::decode_samples("ns=2;s=Cell.PRB", pf::opcua_value{pf::opcua_type::float_, 1.0, 0x80000000U}, ro, keep_prb));
    CHECK_FALSE(Map::decode_samples("ns=2;s=Other", pf::opcua_value{}, ro, keep_prb));
    REQUIRE(prbs.size() == 1);
    CHECK(prbs[0].value == 42.5f);
    CHECK(prbs[0].source() == ts::data::source_id{9, 1});
    REQUIRE(ro.errors.size() == 2);
    CHECK(ro.errors[0].quality() == ts::data::quality::bad(ts::data::reason::malformed));
    CHECK(ro.errors[1].quality() == ts::data::quality::bad(ts::data::reason::sensor_fault));

    pf::decode_report rm;
    std::size_t temperatures = 0;
    CHECK(Map::decode_mqtt_samples("site/7/temperature", "298.15", rm, [&](const pf::point_info& p, const auto& s) {
        ++temperatures;
        CHECK(p.field == "temperature");
        CHECK(s.value == twinspec_test::approx(25.0));
        CHECK(s.time == t0);
    }, t0));
    CHECK(Map::decode_mqtt_samples("site/7/temperature", "hot", rm, [&](const pf::point_info&, const auto&) { ++temperatures; }));
    CHECK(temperatures == 1);
    REQUIRE(rm.errors.size() == 1);
    CHECK(rm.errors[0].quality() == ts::data::quality::bad(ts::data::reason::malformed));
    CHECK(rm.errors[0].to_string() == "/temperature: point temperature (MQTT site/7/temperature (QoS 1)): the payload is not a number");
}
