// EXPECT: twinspec: io: json: unsupported member type
// A member type the JSON writer does not know (std::pair) stops the build with the rule.
#include <twinspec/core.hpp>
#include <twinspec/io/json_write.hpp>

#include <string>
#include <utility>

namespace ts = twinspec;

struct Odd {
    std::pair<int, int> span;
};
TWINSPEC_ADAPT(Odd, ts::meta(), (span));

int main() {
    std::string out;
    return ts::io::write_json(Odd{}, out).ok() ? 0 : 1;
}
