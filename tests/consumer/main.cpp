// A downstream translation unit: the umbrella header must be enough on its own.
#include <twinspec/twinspec.hpp>

#include <cstdio>

namespace consumer {
TWINSPEC_ENTITY(Reading, twinspec::meta(), (double, value), (float, share));
}  // namespace consumer

int main() {
    static_assert(__cplusplus >= 202002L, "twinspec::twinspec must request C++20");
    // The JSON writer, through whatever number formatting the installed package chose
    // (Dragonbox or std::to_chars): the text must be the same.
    const auto json = twinspec::io::to_json(consumer::Reading{-97.25, 0.1f});
    if (!json.ok() || json.text != R"({"value":-97.25,"share":0.1})") {
        std::printf("consumer: unexpected JSON %s\n", json.text.c_str());
        return 1;
    }
    std::puts("consumer ok");
    return 0;
}
