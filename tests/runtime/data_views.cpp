// Twin data: the preprocessing views and their edge cases (empty input, one sample, all
// bad, unsorted, equal timestamps, NaN and infinities, time going backwards, a gap longer
// than the fill limit).
#include "twinspec_catch.hpp"

#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <list>
#include <vector>

#include <range/v3/range/conversion.hpp>
#include <range/v3/view/transform.hpp>

#include <twinspec/core.hpp>
#include <twinspec/data.hpp>

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace ts::units;
using namespace std::chrono_literals;

namespace data_views_test {

TWINSPEC_ENTITY(Cell, ts::meta(tsd::Dp),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (int, period, ts::property, ts::unit<ms>, ts::one_of(5, 10, 20)),
    (double, free, ts::telemetry, ts::unit<ms>));
TWINSPEC_ENTITY(Health, ts::meta(tsd::Df), (double, score, ts::range(-150.0, 0.0)));

const tsd::timestamp t0 = tsd::timestamp(std::chrono::sys_days(std::chrono::year(2026) / 11 / 22).time_since_epoch());
constexpr double k_nan = std::numeric_limits<double>::quiet_NaN();
constexpr double k_inf = std::numeric_limits<double>::infinity();

template <class T = double>
std::vector<tsd::sample<T>> at_seconds(std::vector<std::pair<int, T>> points) {
    std::vector<tsd::sample<T>> v;
    for (auto [s, x] : points) v.push_back(tsd::make_sample(x, t0 + std::chrono::seconds(s), {1, 0}));
    return v;
}
/// The same as a view (an rvalue can be piped).
template <class T = double>
tsd::owned_samples<T> pts(std::vector<std::pair<int, T>> points) {
    return tsd::owned_samples<T>(at_seconds<T>(std::move(points)));
}
template <class R>
auto values(R&& r) {
    using T = tsd::sample_value_t<R>;
    std::vector<T> out;
    for (auto&& s : r) out.push_back(s.value);
    return out;
}
template <class R>
std::vector<long> seconds(R&& r) {
    std::vector<long> out;
    for (auto&& s : r) out.push_back(static_cast<long>(std::chrono::duration_cast<std::chrono::seconds>(s.time - t0).count()));
    return out;
}
template <class R>
std::vector<tsd::reason> reasons(R&& r) {
    std::vector<tsd::reason> out;
    for (auto&& s : r) out.push_back(s.quality.reason);
    return out;
}

}  // namespace data_views_test

using namespace data_views_test;

TEST_CASE("data: clean drops what breaks the field's range, NaN and infinities included") {
    auto in = at_seconds({{0, -90.0}, {1, -20.0}, {2, k_nan}, {3, k_inf}, {4, -k_inf}, {5, -156.0}, {6, -31.0}, {7, -157.0}});
    CHECK(values(in | tsd::clean<&Cell::rsrp>) == std::vector<double>{-90.0, -156.0, -31.0});
    CHECK(values(in | tsd::clean<tsd::field<Cell, "rsrp">>) == std::vector<double>{-90.0, -156.0, -31.0});
    // already-bad samples are dropped too
    in[0].quality = tsd::quality::bad(tsd::reason::sensor_fault);
    CHECK(values(in | tsd::clean<&Cell::rsrp>) == std::vector<double>{-156.0, -31.0});
    // allowed values
    auto p = at_seconds<int>({{0, 5}, {1, 7}, {2, 20}});
    CHECK(values(p | tsd::clean<&Cell::period>) == std::vector<int>{5, 20});
    // empty, one sample, all bad
    std::vector<tsd::sample<double>> none;
    CHECK(values(none | tsd::clean<&Cell::rsrp>).empty());
    CHECK(values(pts({{0, -80.0}}) | tsd::clean<&Cell::rsrp>) == std::vector<double>{-80.0});
    CHECK(values(pts({{0, 0.0}, {1, k_nan}, {2, 1e300}}) | tsd::clean<&Cell::rsrp>).empty());
}

TEST_CASE("data: flag marks rule breakers bad with the reason and keeps them") {
    auto in = at_seconds({{0, -90.0}, {1, -20.0}, {2, k_nan}, {3, -200.0}, {4, -k_inf}});
    auto flagged = in | tsd::flag<&Cell::rsrp>;
    CHECK(reasons(flagged) == std::vector<tsd::reason>{tsd::reason::none, tsd::reason::above_maximum,
                                                       tsd::reason::not_finite, tsd::reason::below_minimum,
                                                       tsd::reason::not_finite});
    CHECK(ranges::distance(flagged | tsd::drop_bad) == 1);
    auto p = at_seconds<int>({{0, 5}, {1, 7}});
    CHECK(reasons(p | tsd::flag<&Cell::period>) == std::vector<tsd::reason>{tsd::reason::none, tsd::reason::not_allowed});
}

TEST_CASE("data: order sorts by time, stable for equal timestamps, and dedup keeps the first") {
    auto in = at_seconds({{3, 3.0}, {1, 1.0}, {2, 2.0}, {1, 1.5}, {0, 0.0}});  // time going backwards
    auto ordered = in | tsd::order;
    CHECK(seconds(ordered) == std::vector<long>{0, 1, 1, 2, 3});
    CHECK(values(ordered) == std::vector<double>{0.0, 1.0, 1.5, 2.0, 3.0});
    CHECK(values(in | tsd::order | tsd::dedup) == std::vector<double>{0.0, 1.0, 2.0, 3.0});
    // dedup alone removes only neighbours
    CHECK(values(in | tsd::dedup) == std::vector<double>{3.0, 1.0, 2.0, 1.5, 0.0});
    // all samples at one instant
    CHECK(values(pts({{5, 1.0}, {5, 2.0}, {5, 3.0}}) | tsd::dedup) == std::vector<double>{1.0});
    std::vector<tsd::sample<double>> none;
    CHECK((none | tsd::order).empty());
    CHECK(ranges::distance(none | tsd::dedup) == 0);
    CHECK(values(pts({{0, 4.0}}) | tsd::order | tsd::dedup) == std::vector<double>{4.0});
    // an input range that is not random access (std::list) works
    std::list<tsd::sample<double>> l(in.begin(), in.end());
    CHECK(seconds(l | tsd::order) == std::vector<long>{0, 1, 1, 2, 3});
}

TEST_CASE("data: fill holds or interpolates gaps up to the limit, longer gaps stay") {
    auto in = at_seconds({{0, 0.0}, {3, 3.0}, {4, 4.0}, {20, 20.0}});
    auto held = in | tsd::fill(1s, 5s);
    CHECK(seconds(held) == std::vector<long>{0, 1, 2, 3, 4, 20});  // the 16 s gap is longer than the limit
    CHECK(values(held) == std::vector<double>{0.0, 0.0, 0.0, 3.0, 4.0, 20.0});
    CHECK(reasons(held)[1] == tsd::reason::filled_hold);
    CHECK((*ranges::begin(held)).quality.is_good());
    auto lin = in | tsd::fill(1s, 16s, tsd::fill_method::linear);
    CHECK(seconds(lin).size() == 21);
    CHECK(values(lin)[2] == twinspec_test::approx(2.0));
    CHECK(values(lin)[12] == 12.0);
    CHECK(reasons(lin)[12] == tsd::reason::filled_linear);
    // a gap exactly at the limit is filled; a gap not a multiple of the step
    CHECK(seconds(pts({{0, 0.0}, {5, 5.0}}) | tsd::fill(2s, 5s)) == std::vector<long>{0, 2, 4, 5});
    // integral samples: linear holds
    auto ints = at_seconds<int>({{0, 0}, {2, 10}});
    CHECK(values(ints | tsd::fill(1s, 5s, tsd::fill_method::linear)) == std::vector<int>{0, 0, 10});
    // equal timestamps and time going backwards pass through
    CHECK(seconds(pts({{0, 0.0}, {0, 1.0}, {-5, 2.0}, {-3, 3.0}}) | tsd::fill(1s, 10s)) ==
          std::vector<long>{0, 0, -5, -4, -3});
    std::vector<tsd::sample<double>> none;
    CHECK(ranges::distance(none | tsd::fill(1s, 5s)) == 0);
    CHECK(values(pts({{0, 7.0}}) | tsd::fill(1s, 5s)) == std::vector<double>{7.0});
    CHECK(ranges::distance(in | tsd::fill(0s, 5s)) == 4);  // a non-positive step fills nothing
}

TEST_CASE("data: resample aggregates each fixed interval that holds samples") {
    auto in = at_seconds({{0, 1.0}, {3, 3.0}, {9, 5.0}, {10, 10.0}, {35, 7.0}, {38, 9.0}});
    auto mean = in | tsd::resample(10s);
    CHECK(seconds(mean) == std::vector<long>{0, 10, 30});  // the empty 20 s interval stays a gap
    CHECK(values(mean) == std::vector<double>{3.0, 10.0, 8.0});
    CHECK(values(in | tsd::resample(10s, tsd::agg::max)) == std::vector<double>{5.0, 10.0, 9.0});
    CHECK(values(in | tsd::resample(10s, tsd::agg::min)) == std::vector<double>{1.0, 10.0, 7.0});
    CHECK(values(in | tsd::resample(10s, tsd::agg::first)) == std::vector<double>{1.0, 10.0, 7.0});
    CHECK(values(in | tsd::resample(10s, tsd::agg::last)) == std::vector<double>{5.0, 10.0, 9.0});
    CHECK(values(in | tsd::resample(10s, tsd::agg::sum)) == std::vector<double>{9.0, 10.0, 16.0});
    CHECK(values(in | tsd::resample(10s, tsd::agg::count)) == std::vector<std::uint64_t>{3, 1, 2});
    CHECK(values(in | tsd::resample(10s, tsd::agg::stddev))[2] == 1.0);
    CHECK(values(in | tsd::resample(10s, tsd::agg::percentile(50)))[0] == 3.0);
    // integral input: the mean is a double
    auto ints = at_seconds<int>({{0, 1}, {1, 2}});
    CHECK(values(ints | tsd::resample(10s)) == std::vector<double>{1.5});
    // quality: an uncertain input makes the output uncertain
    in[1].quality = tsd::quality::uncertain(tsd::reason::communication);
    CHECK(reasons(in | tsd::resample(10s)) == std::vector<tsd::reason>{tsd::reason::resampled, tsd::reason::none, tsd::reason::none});
    // negative times align to the interval below
    CHECK(seconds(pts({{-1, 1.0}}) | tsd::resample(10s)) == std::vector<long>{-10});
    // edge cases
    std::vector<tsd::sample<double>> none;
    CHECK(ranges::distance(none | tsd::resample(10s)) == 0);
    CHECK(values(pts({{4, 2.5}}) | tsd::resample(10s)) == std::vector<double>{2.5});
    CHECK(values(pts({{4, 2.0}, {4, 4.0}}) | tsd::resample(10s)) == std::vector<double>{3.0});  // equal timestamps
    CHECK(seconds(pts({{15, 1.0}, {2, 2.0}}) | tsd::resample(10s)) == std::vector<long>{10, 0});  // backwards: new interval
    CHECK(std::isnan(values(pts({{0, k_nan}, {1, 1.0}}) | tsd::resample(10s))[0]));
    CHECK(ranges::distance(in | tsd::resample(0s)) == 0);
}

TEST_CASE("data: window slides over the last width of time up to each sample") {
    auto in = at_seconds({{0, 1.0}, {1, 2.0}, {2, 3.0}, {3, 4.0}, {10, 10.0}});
    CHECK(values(in | tsd::window(3s, tsd::agg::mean)) == std::vector<double>{1.0, 1.5, 2.0, 3.0, 10.0});
    CHECK(values(in | tsd::window(3s, tsd::agg::count)) == std::vector<std::uint64_t>{1, 2, 3, 3, 1});
    CHECK(values(in | tsd::window(3s, tsd::agg::min)) == std::vector<double>{1.0, 1.0, 1.0, 2.0, 10.0});
    CHECK(values(in | tsd::window(3s, tsd::agg::max)) == std::vector<double>{1.0, 2.0, 3.0, 4.0, 10.0});
    CHECK(values(in | tsd::window(3s, tsd::agg::sum)) == std::vector<double>{1.0, 3.0, 6.0, 9.0, 10.0});
    CHECK(values(in | tsd::window(3s, tsd::agg::first)) == std::vector<double>{1.0, 1.0, 1.0, 2.0, 10.0});
    CHECK(values(in | tsd::window(3s, tsd::agg::last)) == std::vector<double>{1.0, 2.0, 3.0, 4.0, 10.0});
    CHECK(values(in | tsd::window(2s, tsd::agg::stddev)) == std::vector<double>{0.0, 0.5, 0.5, 0.5, 0.0});
    CHECK(values(in | tsd::window(10s, tsd::agg::percentile(50))) == std::vector<double>{1.0, 1.5, 2.0, 2.5, 3.5});
    CHECK(values(in | tsd::window(10s, tsd::agg::percentile(100)))[3] == 4.0);
    // NaN poisons sum and mean only while it is inside the window
    auto with_nan = at_seconds({{0, 1.0}, {1, k_nan}, {2, 3.0}, {3, 4.0}, {4, 5.0}});
    const auto m = values(with_nan | tsd::window(2s, tsd::agg::mean));
    CHECK(m[0] == 1.0);
    CHECK(std::isnan(m[1]));
    CHECK(std::isnan(m[2]));
    CHECK(m[3] == 3.5);
    CHECK(m[4] == 4.5);
    // a huge spike leaving the window does not disturb the small values (compensated sum)
    auto spike = at_seconds({{0, 1.0}, {1, 1e20}, {2, 1.0}, {3, 1.0}});
    CHECK(values(spike | tsd::window(2s, tsd::agg::sum))[3] == 2.0);
    auto infs = at_seconds({{0, k_inf}, {1, -k_inf}, {5, 1.0}});
    const auto mi = values(infs | tsd::window(2s, tsd::agg::mean));
    CHECK(mi[0] == k_inf);
    CHECK(std::isnan(mi[1]));
    CHECK(mi[2] == 1.0);
    // edge cases: empty, one sample, equal timestamps, a step backwards
    std::vector<tsd::sample<double>> none;
    CHECK(ranges::distance(none | tsd::window(3s, tsd::agg::mean)) == 0);
    CHECK(values(pts({{0, 2.0}}) | tsd::window(3s, tsd::agg::mean)) == std::vector<double>{2.0});
    CHECK(values(pts({{0, 2.0}, {0, 4.0}}) | tsd::window(1s, tsd::agg::mean)) == std::vector<double>{2.0, 3.0});
    CHECK(ranges::distance(pts({{5, 1.0}, {1, 2.0}}) | tsd::window(2s, tsd::agg::mean)) == 2);
    CHECK(ranges::distance(in | tsd::window(0s, tsd::agg::mean)) == 0);
    // many samples: the ring grows past its first size
    std::vector<tsd::sample<double>> many;
    for (int i = 0; i != 100; ++i) many.push_back(tsd::make_sample(1.0, t0 + std::chrono::seconds(i)));
    CHECK(values(many | tsd::window(50s, tsd::agg::count)).back() == 50);
}

TEST_CASE("data: views compose with | and accept any input range of samples") {
    tsd::series<double> s;
    for (int i = 0; i != 60; ++i) s.append(i % 10 == 3 ? 0.0 : -100.0 + i, t0 + std::chrono::seconds(i));
    auto pipeline = tsd::clean<&Cell::rsrp> | tsd::dedup | tsd::fill(1s, 5s) | tsd::resample(10s) | tsd::window(20s, tsd::agg::mean);
    const auto out = values(s | pipeline);
    REQUIRE(out.size() == 6);
    CHECK(out[0] == -95.6);  // 0..9 with 3 held as 2: (-100-99-98-98-96-95-94-93-92-91)/10
    // a lazily transformed range of samples
    auto shifted = s | ranges::views::transform([](tsd::sample<double> x) { x.value -= 10.0; return x; });
    CHECK(ranges::distance(shifted | tsd::clean<&Cell::rsrp>) == 54);  // the six 0.0 became -10 dBm: too high
}

TEST_CASE("data: unit conversion from the field's unit, checked at compile time") {
    auto in = at_seconds({{0, -30.0}, {1, 0.0}});
    const auto mw = values(in | tsd::to_unit<&Cell::rsrp, mW>);
    CHECK(mw[0] == twinspec_test::approx(0.001));
    CHECK(mw[1] == 1.0);
    CHECK(values(pts({{0, 1500.0}}) | tsd::convert_unit<ms, s>) == std::vector<double>{1.5});
    CHECK(values(pts<int>({{0, 3}}) | tsd::convert_unit<km, m>) == std::vector<int>{3000});
    auto nanin = at_seconds({{0, k_nan}});
    CHECK(std::isnan(values(nanin | tsd::to_unit<&Cell::rsrp, W>)[0]));
    std::vector<tsd::sample<double>> none;
    CHECK(ranges::distance(none | tsd::to_unit<&Cell::free, s>) == 0);
}

TEST_CASE("data: fusion joins ordered series on equal timestamps into a Df series") {
    auto a = at_seconds({{0, -90.0}, {1, -80.0}, {2, -70.0}, {4, -60.0}});
    auto b = at_seconds({{1, -100.0}, {2, -50.0}, {3, -10.0}, {4, 100.0}});
    b[1].quality = tsd::quality::uncertain(tsd::reason::communication);
    auto f = tsd::fuse<&Health::score>(tsd::fusion::mean, a, b);
    CHECK(seconds(f) == std::vector<long>{1, 2, 4});
    CHECK(values(f) == std::vector<double>{-90.0, -60.0, 20.0});
    CHECK(reasons(f) == std::vector<tsd::reason>{tsd::reason::none, tsd::reason::fused, tsd::reason::above_maximum});
    CHECK(values(tsd::fuse<&Health::score>(tsd::fusion::min, a, b)) == std::vector<double>{-100.0, -70.0, -60.0});
    CHECK(values(tsd::fuse<&Health::score>([](double x, double y, double z) { return x + y - z; }, a, b, a)) ==
          std::vector<double>{-100.0, -50.0, 100.0});
    // fused results feed further views
    CHECK(values(tsd::fuse<&Health::score>(tsd::fusion::max, a, b) | tsd::clean<&Health::score>) ==
          std::vector<double>{-80.0, -50.0});
    std::vector<tsd::sample<double>> none;
    CHECK(tsd::fuse<&Health::score>(tsd::fusion::mean, a, none).empty());
    CHECK(tsd::fuse<&Health::score>(tsd::fusion::mean, a).size() == 4);
}
