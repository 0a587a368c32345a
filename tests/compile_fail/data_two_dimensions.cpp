// EXPECT: twinspec: rule broken: an annotation of the same category is given twice
// A field belongs to one of the five dimensions: Dp and Dv together break a rule.
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

TWINSPEC_ENTITY(Both, ts::meta(), (double, x, tsd::Dp, tsd::Dv));
