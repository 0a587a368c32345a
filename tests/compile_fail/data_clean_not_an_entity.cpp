// EXPECT: twinspec: data: the member pointer names a member of a type that is not a twinspec entity
// A member pointer of a plain struct does not name a schema field.
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

struct Plain { double x; };
auto f(const std::vector<tsd::sample<double>>& v) { return v | tsd::clean<&Plain::x>; }
