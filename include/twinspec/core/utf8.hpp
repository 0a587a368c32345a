// twinspec/core/utf8.hpp — UTF-8 checks used by validation (and by the standards and I/O layers).
#pragma once

#include <cstddef>
#include <string_view>

namespace twinspec::utf8 {

/// Result of `count_code_points`: the number of code points, or the offset of the first
/// byte that is not part of well-formed UTF-8 (overlong forms, surrogates and code points
/// above U+10FFFF are rejected, per RFC 3629).
struct count_result {
    std::size_t count = 0;
    bool valid = true;
    std::size_t error_offset = 0;
};

/// Counts the code points of `s`, validating it as UTF-8.
[[nodiscard]] constexpr count_result count_code_points(std::string_view s) noexcept {
    count_result r;
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
        if (b0 < 0x80) len = 1;
        else if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
        else if (b0 == 0xE0) { len = 3; lo = 0xA0; }
        else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) len = 3;
        else if (b0 == 0xED) { len = 3; hi = 0x9F; }
        else if (b0 == 0xF0) { len = 4; lo = 0x90; }
        else if (b0 >= 0xF1 && b0 <= 0xF3) len = 4;
        else if (b0 == 0xF4) { len = 4; hi = 0x8F; }
        else { r.valid = false; r.error_offset = i; return r; }
        if (i + len > n) { r.valid = false; r.error_offset = i; return r; }
        for (std::size_t k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            const unsigned l = (k == 1) ? lo : 0x80U, h = (k == 1) ? hi : 0xBFU;
            if (b < l || b > h) { r.valid = false; r.error_offset = i + k; return r; }
        }
        i += len;
        ++r.count;
    }
    return r;
}

/// True when `s` is well-formed UTF-8.
[[nodiscard]] constexpr bool is_valid(std::string_view s) noexcept { return count_code_points(s).valid; }

}  // namespace twinspec::utf8
