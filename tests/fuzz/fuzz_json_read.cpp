// libFuzzer target for the JSON reader into a nested entity: any bytes in, no crash, no UB,
// no leak; a failed read leaves the target unchanged; a successful read writes back to JSON
// that reads again to the same text (the writer and the reader agree).
#include <twinspec/io.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "io_json_fixture.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    namespace io = twinspec::io;
    using io_json_fixture::Cell;
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    // the option bits come from the input's length, so every policy is exercised
    io::json_read_options opt;
    opt.unknown = static_cast<io::unknown_fields>(size % 3);
    opt.max_depth = 8 + size % 32;

    Cell cell = twinspec::make_default<Cell>();
    cell.name = "sentinel";
    const auto r = io::read_json(text, cell, opt);
    if (!r.ok()) {
        if (cell.name != "sentinel") std::abort();  // the target must be unchanged
        for (const auto& e : r.errors()) {
            if (e.message.empty()) std::abort();
            if (!e.path.empty() && e.path[0] != '/') std::abort();
            if ((e.code == io::json_errc::malformed || e.code == io::json_errc::too_deep) &&
                (e.line == 0 || e.offset > size)) std::abort();
        }
        return 0;
    }
    const auto first = io::to_json(cell);
    if (!first.ok()) std::abort();  // whatever was read validly can be written
    Cell again;
    if (!io::read_json(first.text, again).ok()) std::abort();
    if (io::to_json(again).text != first.text) std::abort();
    return 0;
}
