// EXPECT: twinspec: data::fuse<field>: the target field .named in the instantiation above. is not of data class
// Fusing into a field that is not of class Df must not compile.
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

auto f(const std::vector<tsd::sample<double>>& v) { return tsd::fuse<&Cell::rsrp>(tsd::fusion::mean, v, v); }
