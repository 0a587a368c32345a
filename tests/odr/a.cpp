// ODR test, TU a: the umbrella header and a shared model in a second translation unit.
// Non-inline definitions in a header show up as multiple-definition link errors; inline
// variables must have one address program-wide.
#include "model.hpp"

odr_test::addresses twinspec_odr_a() {
    odr_test::Cell c{2000, -20.0, "OK", odr_test::Mode::active};
    return {&twinspec::validate, &odr_test::twinspec_schema_Cell::f_rsrp::annotations,
            &twinspec::enum_info_v<odr_test::Mode>, twinspec::validate(c).size()};
}
