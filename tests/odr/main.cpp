// ODR test: links three TUs that include <twinspec/twinspec.hpp> and the same model, and
// checks that inline variables are one object and that validation agrees across TUs.
#include <cstdio>

#include "model.hpp"

odr_test::addresses twinspec_odr_a();
odr_test::addresses twinspec_odr_b();

int main() {
    const auto a = twinspec_odr_a();
    const auto b = twinspec_odr_b();
    const bool same = a.validate == b.validate && a.annotations == b.annotations &&
                      a.enum_info == b.enum_info && a.validate == &twinspec::validate;
    if (!same || a.violations != 2 || b.violations != 3) {
        std::printf("odr FAILED (same=%d, a=%zu, b=%zu)\n", same ? 1 : 0, a.violations, b.violations);
        return 1;
    }
    std::puts("odr ok");
    return 0;
}
