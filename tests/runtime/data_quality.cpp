// Twin data: the data-quality report (completeness, validity, timeliness, duplicates).
#include "twinspec_catch.hpp"

#include <chrono>
#include <limits>
#include <string>
#include <vector>

#include <twinspec/core.hpp>
#include <twinspec/data.hpp>

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace ts::units;
using namespace std::chrono_literals;

namespace data_quality_test {

TWINSPEC_ENTITY(Cell, ts::meta(tsd::Dp, tsd::dynamic_data),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0), tsd::measurement),
    (double, load, ts::telemetry, tsd::kpi));

const tsd::timestamp t0 = tsd::timestamp(std::chrono::sys_days(std::chrono::year(2026) / 11 / 22).time_since_epoch());

}  // namespace data_quality_test

using namespace data_quality_test;

TEST_CASE("data: quality of a series: completeness, validity, lag, duplicates, steps back") {
    std::vector<tsd::sample<double>> v;
    // 10 expected slots of 1 min; slot 4 and 7 missing, slot 2 twice (duplicate), slot 5 late
    for (int i : {0, 1, 2, 2, 3, 5, 6, 8, 9}) v.push_back(tsd::make_sample(-90.0, t0 + std::chrono::minutes(i)));
    v[5].time += 2s;                   // 2 s late
    v[6].value = 0.0;                  // out of range
    v[7].quality = tsd::quality::bad(tsd::reason::sensor_fault);
    std::swap(v[7], v[8]);             // time going backwards once
    v.push_back(tsd::make_sample(-80.0, t0 + 1h));  // outside the expected span
    const auto q = tsd::assess<&Cell::rsrp>(v, {t0, t0 + 10min, 1min});
    CHECK(q.name == "Cell/rsrp");
    CHECK(q.classes == std::vector<std::string>{"Dp", "measurement", "dynamic"});
    CHECK(q.samples == 10);
    CHECK(q.expected == 10);
    CHECK(q.present == 8);
    CHECK(q.completeness() == 0.8);
    CHECK(q.valid == 8);  // one out of range, one bad
    CHECK(q.duplicates == 1);
    CHECK(q.out_of_order == 1);
    CHECK(q.outside == 1);
    CHECK(q.lag.max == 2s);
    CHECK(q.lag.p50 == 0s);
    CHECK(q.lag.p99 == 2s);
}

TEST_CASE("data: quality of empty, one-sample and all-bad series") {
    std::vector<tsd::sample<double>> none;
    const auto e = tsd::assess<&Cell::rsrp>(none, {t0, t0 + 1h, 1min});
    CHECK(e.samples == 0);
    CHECK(e.expected == 60);
    CHECK(e.completeness() == 0.0);
    CHECK(e.validity() == 1.0);
    CHECK(e.lag.max == 0s);
    const auto one = tsd::assess<&Cell::rsrp>(std::vector{tsd::make_sample(-70.0, t0 - 10s)}, {t0, t0 + 1min, 1min});
    CHECK(one.present == 0);  // before the start: outside
    CHECK(one.outside == 1);
    std::vector<tsd::sample<double>> bad{tsd::make_sample(std::numeric_limits<double>::quiet_NaN(), t0),
                                         tsd::make_sample(std::numeric_limits<double>::infinity(), t0 + 1min)};
    const auto b = tsd::assess<&Cell::rsrp>(bad, {t0, t0 + 2min, 1min});
    CHECK(b.validity() == 0.0);
    CHECK(b.completeness() == 1.0);
    // no constraints on `load`: finite values are valid
    const auto l = tsd::assess<&Cell::load>(bad, {t0, t0 + 2min, 1min});
    CHECK(l.valid == 0);
    CHECK(l.classes == std::vector<std::string>{"Dp", "performance", "dynamic"});
    // a zero interval expects nothing
    CHECK(tsd::assess(bad, {t0, t0 + 2min, 0s}, "x").expected == 0);
}

TEST_CASE("data: quality report per class, as a table and as JSON") {
    tsd::quality_report r;
    std::vector<tsd::sample<double>> a{tsd::make_sample(-90.0, t0), tsd::make_sample(-20.0, t0 + 1min)};
    r.add(tsd::assess<&Cell::rsrp>(a, {t0, t0 + 4min, 1min}, "Cell/1/rsrp"));
    r.add(tsd::assess<&Cell::load>(a, {t0, t0 + 2min, 1min}, "Cell/1/load"));
    REQUIRE(r.classes().size() == 4);  // Dp, measurement, dynamic, performance
    CHECK(r.classes()[0].data_class == "Dp");
    CHECK(r.classes()[0].series == 2);
    CHECK(r.classes()[0].expected == 6);
    CHECK(r.classes()[0].valid == 3);
    REQUIRE(r.find("Cell/1/load") != nullptr);
    CHECK(r.find("nope") == nullptr);
    const std::string table = r.to_table();
    CHECK_THAT(table, twinspec_test::contains("Cell/1/rsrp"));
    CHECK_THAT(table, twinspec_test::matches("(.|\n)*Cell/1/rsrp +2 +4 +50\\.0% +50\\.0%(.|\n)*"));
    CHECK_THAT(table, twinspec_test::matches("(.|\n)*class performance +2 +2 +100\\.0% +100\\.0%(.|\n)*"));
    const std::string json = r.to_json();
    CHECK_THAT(json, twinspec_test::starts_with("{\"series\":[{\"name\":\"Cell/1/rsrp\",\"classes\":[\"Dp\",\"measurement\",\"dynamic\"],\"samples\":2,\"expected\":4,\"present\":2,\"valid\":1,"));
    CHECK_THAT(json, twinspec_test::contains("\"completeness\":0.5,\"validity\":0.5"));
    CHECK_THAT(json, twinspec_test::contains("{\"class\":\"performance\",\"series\":1"));
    tsd::quality_report empty;
    CHECK(empty.to_json() == "{\"series\":[],\"classes\":[]}");
}
