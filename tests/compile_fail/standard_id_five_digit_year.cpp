// EXPECT: year_has_more_than_four_digits
// A five-digit year in a standard-number literal does not compile.
#include <twinspec/standards/identifier.hpp>

constexpr twinspec::standards::standard_id bad{"GB/T 1.1-20200"};
