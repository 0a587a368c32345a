// EXPECT: twinspec: data::fields_of_class: the selector is not a data class
// Selecting fields by something that is not a data class (a field kind) must not compile.
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

using selected = tsd::fields_of_class_t<Cell, ts::telemetry>;
selected* p = nullptr;
