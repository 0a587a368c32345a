// Twin data: samples, data classes, series and the store.
#include "twinspec_catch.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <range/v3/range/conversion.hpp>

#include <twinspec/core.hpp>
#include <twinspec/data.hpp>
#include <twinspec/twin/ref.hpp>

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace ts::units;
using namespace std::chrono_literals;

namespace data_model_test {

TWINSPEC_ENTITY(Cell, ts::meta(tsd::Dp, tsd::dynamic_data),
    (std::uint16_t, pci, ts::property, ts::range(0, 1007), tsd::configuration, tsd::static_data),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0), tsd::measurement),
    (std::optional<float>, prb, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0), tsd::kpi),
    (int, alarms, ts::telemetry, tsd::alarm, tsd::Dv),
    (std::string, name, ts::property));

TWINSPEC_ENTITY(Ue, ts::meta(), (double, sinr, ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0), tsd::measurement));

const tsd::timestamp t0 = tsd::timestamp(std::chrono::sys_days(std::chrono::year(2026) / 11 / 22).time_since_epoch());

}  // namespace data_model_test

using namespace data_model_test;

TEST_CASE("data: sample<double> is as small as the hand-written struct") {
    struct by_hand {
        double value;
        std::int64_t time;
        std::uint32_t entity;
        std::uint16_t connection;
        std::uint8_t level, reason;
    };
    STATIC_REQUIRE(sizeof(tsd::sample<double>) == sizeof(by_hand));
    const auto s = tsd::make_sample(-90.5, t0, {ts::ref<Cell>::from_parts(3, 1).raw(), 2});
    CHECK(s.source() == tsd::source_id{(1U << 24) | 3U, 2});  // generation 1 in the high byte, slot 3
    CHECK(s.quality.is_good());
    CHECK(tsd::to_string(tsd::quality::bad(tsd::reason::above_maximum).reason) == "above_maximum");
    CHECK(tsd::to_string(tsd::reason::user) == "user");
    CHECK(tsd::to_string(tsd::quality_level::uncertain) == "uncertain");
}

TEST_CASE("data: data classes on fields and entities, selected at compile time") {
    using kpi_fields = tsd::fields_of_class_t<Cell, tsd::kpi>;
    STATIC_REQUIRE(kpi_fields::size == 1);
    STATIC_REQUIRE(ts::type_at_t<kpi_fields, 0>::name == "prb");
    // entity default Dp; the field `alarms` overrides it with Dv
    STATIC_REQUIRE(tsd::fields_of_class_t<Cell, tsd::Dp>::size == 4);
    STATIC_REQUIRE(tsd::fields_of_class_t<Cell, tsd::Dv>::size == 1);
    STATIC_REQUIRE(tsd::fields_of_class_t<Cell, tsd::fault>::size == 1);  // alarm is fault
    STATIC_REQUIRE(tsd::fields_of_class_t<Cell, tsd::static_data>::size == 1);
    STATIC_REQUIRE(tsd::fields_of_class_t<Cell, tsd::dynamic_data>::size == 4);
    STATIC_REQUIRE(tsd::fields_of_class_t<Ue, tsd::Dp>::size == 0);
    STATIC_REQUIRE(tsd::DataClass<std::remove_cvref_t<decltype(tsd::Df)>>);
    STATIC_REQUIRE(!tsd::DataClass<ts::kind_annotation>);
    STATIC_REQUIRE(tsd::class_on<ts::field_t<Cell, "alarms">, tsd::dimension_category>() == tsd::dimension::virtual_entity);
    STATIC_REQUIRE(!tsd::has_class_on_v<ts::field_t<Ue, "sinr">, tsd::dimension_category>);
    std::vector<std::string> names;
    tsd::for_each_field_of_class<Cell, tsd::measurement>([&](auto f) { names.emplace_back(f.name); });
    CHECK(names == std::vector<std::string>{"rsrp"});
    CHECK(tsd::to_string(tsd::dimension::fused) == "Df");
    CHECK(tsd::to_string(tsd::domain::performance) == "performance");
}

TEST_CASE("data: series appends in time order and rejects steps backwards") {
    tsd::series<double> s;
    CHECK(s.empty());
    CHECK(s.window(t0, t0 + 1h).empty());
    CHECK(s.append(1.0, t0 + 1s) == tsd::append_status::appended);
    CHECK(s.append(2.0, t0 + 1s) == tsd::append_status::appended);  // equal timestamps are data
    CHECK(s.append(3.0, t0) == tsd::append_status::out_of_order);
    CHECK(s.append(4.0, t0 + 3s, {7, 1}, tsd::quality::uncertain(tsd::reason::communication)) == tsd::append_status::appended);
    REQUIRE(s.size() == 3);
    CHECK(s[2].entity == 7);
    CHECK(s[2].quality.reason == tsd::reason::communication);
    CHECK(s.back().value == 4.0);
    const auto w = s.window(t0 + 1s, t0 + 3s);
    CHECK(ranges::distance(w) == 2);
    CHECK(s.window(t0 + 4s, t0 + 1s).empty());  // reversed bounds: nothing
    CHECK(s.drop_before(t0 + 2s) == 2);
    CHECK(s.size() == 1);
    CHECK(s.front().value == 4.0);
    s.clear();
    CHECK(s.empty());
}

TEST_CASE("data: series as a ring keeps the newest samples without reallocating") {
    tsd::series<int> s{tsd::ring_capacity{3}};
    CHECK(s.capacity() == 3);
    for (int i = 0; i != 5; ++i) {
        const auto st = s.append(i, t0 + std::chrono::seconds(i));
        CHECK(st == (i < 3 ? tsd::append_status::appended : tsd::append_status::overwrote));
    }
    const auto values = s | ranges::views::transform([](const tsd::sample<int>& x) { return x.value; }) | ranges::to<std::vector>();
    CHECK(values == std::vector<int>{2, 3, 4});
    CHECK(s.lower_bound(t0 + 3s) == 1);
    CHECK(ranges::distance(s.window(t0, t0 + 4s)) == 2);
    s.drop_front(1);
    CHECK(s.front().value == 3);
    CHECK(s.append(9, t0 + 10s) == tsd::append_status::appended);
    CHECK(s.back().value == 9);
    tsd::series<int> one{tsd::ring_capacity{0}};  // a ring holds at least one sample
    one.append(1, t0);
    CHECK(one.append(2, t0 + 1s) == tsd::append_status::overwrote);
    CHECK(one.front().value == 2);
}

TEST_CASE("data: store records snapshots field by field and selects series by class") {
    tsd::store<Cell, Ue> st;
    Cell c{17, -90.0, std::nullopt, 2, "a"};
    CHECK(st.record(c, t0, {1, 0}) == 0);
    c.prb = 40.0f;
    CHECK(st.record(c, t0 + 1min, {1, 0}) == 0);
    CHECK(st.record(c, t0, {1, 0}) == 4);  // every field rejected: earlier than the last sample
    st.record(Ue{5.0}, t0, {9, 3});
    CHECK(st.series_count() == 5);  // pci, rsrp, prb, alarms of Cell 1; sinr of Ue 9
    REQUIRE(st.find<&Cell::prb>(1) != nullptr);
    CHECK(st.find<&Cell::prb>(1)->size() == 1);  // the empty optional was skipped
    CHECK(st.find<&Cell::rsrp>(2) == nullptr);
    CHECK(st.append<&Ue::sinr>(tsd::make_sample(6.0, t0 + 1s, {9, 3})) == tsd::append_status::appended);
    std::vector<std::string> seen;
    st.for_each_series_of_class<tsd::measurement>([&](auto f, std::uint32_t e, auto& s) {
        seen.push_back(std::string(f.name) + "/" + std::to_string(e) + ":" + std::to_string(s.size()));
    });
    CHECK(seen == std::vector<std::string>{"rsrp/1:2", "sinr/9:2"});
    CHECK(st.retain_count(1) == 4);  // pci, rsrp, alarms and sinr each lose one
    CHECK(st.retain_age(t0 + 1min, 30s) == 1);  // sinr at t0 + 1s
    CHECK(st.find<&Cell::rsrp>(1)->size() == 1);
    CHECK(st.retain_age(t0 + 10min, 1min) == 4);
}

TEST_CASE("data: store with ring series, and down-sampling of old data") {
    tsd::store<Ue> st{tsd::store_options{4, 0}};
    for (int i = 0; i != 10; ++i) st.append<&Ue::sinr>(tsd::make_sample(double(i), t0 + std::chrono::seconds(i), {1, 0}));
    CHECK(st.find<&Ue::sinr>(1)->size() == 4);
    CHECK(st.find<&Ue::sinr>(1)->front().value == 6.0);

    tsd::series<double> s;
    for (int i = 0; i != 60; ++i) s.append(double(i), t0 + std::chrono::seconds(i));
    CHECK(tsd::downsample_before(s, t0 + 40s, 10s) == 36);  // 40 old samples become 4
    REQUIRE(s.size() == 24);
    CHECK(s[0].value == 4.5);
    CHECK(s[0].time == t0);
    CHECK(s[3].value == 34.5);
    CHECK(s[4].value == 40.0);
    CHECK(tsd::downsample_before(s, t0, 10s) == 0);
}
