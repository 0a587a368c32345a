// EXPECT: twinspec: cannot convert between units of different quantity kinds
// Converting a power level (dBm) to a frequency (MHz) must not compile; the static_assert message
// above must appear, and the instantiation trace names both units.
#include <twinspec/core/units.hpp>

double bad_conversion() {
    return twinspec::units::convert<twinspec::units::dBm, twinspec::units::MHz>(1.0);
}
