// EXPECT: letter_in_sequence_number
// A malformed standard-number literal is a compile error naming the fault and its byte.
#include <twinspec/standards/identifier.hpp>

constexpr twinspec::standards::standard_id bad{"T/CCSA 69x-2025"};
