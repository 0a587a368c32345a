// EXPECT: twinspec: data::convert_unit<From, To>: cannot convert between units of different quantity kinds
// convert_unit between units of different quantity kinds must not compile.
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

auto f(const std::vector<tsd::sample<double>>& v) { return v | tsd::convert_unit<ms, m>; }
