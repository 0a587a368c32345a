// A downstream translation unit: the umbrella header must be enough on its own.
#include <twinspec/twinspec.hpp>

#include <cstdio>

int main() {
    static_assert(__cplusplus >= 202002L, "twinspec::twinspec must request C++20");
    std::puts("consumer ok");
    return 0;
}
