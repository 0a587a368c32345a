// ODR test, TU b: the umbrella header in a third translation unit of the same program.
#include <twinspec/twinspec.hpp>

int twinspec_odr_b() { return 2; }
