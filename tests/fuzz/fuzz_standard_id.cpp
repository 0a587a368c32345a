// libFuzzer target for the runtime standard-number parser: any bytes in, no crash, no UB,
// and every success round-trips through its canonical form.
#include <twinspec/standards/identifier.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace st = twinspec::standards;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto r = st::parse_standard_id(text);
    if (!r.ok()) {
        if (r.position() > size || r.message().empty()) std::abort();
        return 0;
    }
    const auto again = st::parse_standard_id(r.id.canonical().view());
    if (!again.ok() || !identical(again.id, r.id) || again.id.hash() != r.id.hash()) std::abort();
    (void)r.id.parts();
    (void)r.id.joint();
    return 0;
}
