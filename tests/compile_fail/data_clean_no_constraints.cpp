// EXPECT: twinspec: data::clean<field>: the field .named in the instantiation above. has neither a range nor allowed values
// Cleaning by a field without range or allowed values must not compile: the schema gives no rule.
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

auto f(const std::vector<tsd::sample<double>>& v) { return v | tsd::clean<&Cell::load>; }
