// Runner for the static tests: the objects of tests/static/*.cpp are linked in, so this program
// exists only if every static_assert in them held. It has nothing left to check at run time.
#include <cstdio>

#ifndef TWINSPEC_STATIC_TEST_COUNT
#define TWINSPEC_STATIC_TEST_COUNT 0
#endif

int main() {
    std::printf("static tests ok (%d translation units compiled)\n", TWINSPEC_STATIC_TEST_COUNT);
    return 0;
}
