// ODR test, TU a: the umbrella header in a second translation unit of the same program.
// Non-inline definitions in a header show up here as multiple-definition link errors.
#include <twinspec/twinspec.hpp>

int twinspec_odr_a() { return 1; }
