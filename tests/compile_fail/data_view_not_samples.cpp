// EXPECT: twinspec: data: a preprocessing view needs an input range of ts::data::sample<T>
// A preprocessing view applied to a range of plain numbers must not compile.
#include <twinspec/core.hpp>
#include <twinspec/data.hpp>

#include <vector>

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace ts::units;

TWINSPEC_ENTITY(Cell, ts::meta(tsd::Dp),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, load, ts::telemetry, ts::unit<percent>),
    (int, count, ts::telemetry));

auto f(const std::vector<double>& v) { return v | tsd::resample(std::chrono::seconds(1)); }
