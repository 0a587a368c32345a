// EXPECT: twinspec: data::to_unit<field, U>: the field.s unit and U are of different quantity kinds
// Converting samples of a dBm field to MHz (another quantity kind) must not compile.
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

auto f(const std::vector<tsd::sample<double>>& v) { return v | tsd::to_unit<&Cell::rsrp, MHz>; }
