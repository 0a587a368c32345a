// ODR test: links three TUs that all include <twinspec/twinspec.hpp>.
#include <twinspec/twinspec.hpp>

#include <cstdio>

int twinspec_odr_a();
int twinspec_odr_b();

int main() {
    if (twinspec_odr_a() + twinspec_odr_b() != 3) {
        std::puts("odr FAILED");
        return 1;
    }
    std::puts("odr ok");
    return 0;
}
