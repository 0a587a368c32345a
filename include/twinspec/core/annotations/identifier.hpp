// twinspec/core/annotations/identifier.hpp — an entity's identifier, a DTDL Digital Twin
// Model Identifier (`dtmi:example:mndt:Cell;1`), checked at compile time.
#pragma once

#include <cstddef>
#include <string_view>

namespace twinspec {

/// Category of `id`.
struct id_category {};

/// What is wrong with a DTMI, or `ok`.
enum class dtmi_error : unsigned char {
    ok,
    missing_scheme,      ///< does not start with `dtmi:`
    empty_segment,       ///< `::`, a trailing `:` or nothing after `dtmi:`
    bad_segment_start,   ///< a path segment that does not start with a letter
    bad_character,       ///< a character other than letters, digits, `_`, `:` and `;`
    segment_ends_with_underscore,
    missing_version,     ///< no `;N` at the end
    bad_version,         ///< a version that is not 1‥999999999 (optionally `.1`‥`.999999`) or has leading zeros
    too_long,            ///< longer than 2048 characters
};

/// Checks `s` against the DTMI grammar of DTDL v3:
/// `dtmi:` segment (`:` segment)* `;` major [`.` minor]; a segment is a letter followed by
/// letters, digits or `_`, not ending with `_`.
[[nodiscard]] constexpr dtmi_error check_dtmi(std::string_view s) noexcept {
    if (s.size() > 2048) return dtmi_error::too_long;
    if (s.substr(0, 5) != "dtmi:") return dtmi_error::missing_scheme;
    const std::size_t semi = s.find(';');
    if (semi == std::string_view::npos) {
        for (char c : s.substr(5)) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                            c == '_' || c == ':';
            if (!ok) return dtmi_error::bad_character;
        }
        return dtmi_error::missing_version;
    }
    const std::string_view path = s.substr(5, semi - 5);
    const std::string_view version = s.substr(semi + 1);
    if (path.empty()) return dtmi_error::empty_segment;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = path.find(':', start);
        if (end == std::string_view::npos) end = path.size();
        const std::string_view seg = path.substr(start, end - start);
        if (seg.empty()) return dtmi_error::empty_segment;
        const char f = seg.front();
        if (!((f >= 'a' && f <= 'z') || (f >= 'A' && f <= 'Z'))) {
            return (f >= '0' && f <= '9') || f == '_' ? dtmi_error::bad_segment_start : dtmi_error::bad_character;
        }
        for (char c : seg) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
            if (!ok) return dtmi_error::bad_character;
        }
        if (seg.back() == '_') return dtmi_error::segment_ends_with_underscore;
        start = end + 1;
    }
    // version: major [. minor]
    const std::size_t dot = version.find('.');
    const std::string_view major = version.substr(0, dot);
    const std::string_view minor = dot == std::string_view::npos ? std::string_view{} : version.substr(dot + 1);
    auto digits_ok = [](std::string_view d, std::size_t max_len) {
        if (d.empty() || d.size() > max_len || d.front() == '0') return false;
        for (char c : d)
            if (c < '0' || c > '9') return false;
        return true;
    };
    if (!digits_ok(major, 9)) return dtmi_error::bad_version;
    if (dot != std::string_view::npos && !digits_ok(minor, 6)) return dtmi_error::bad_version;
    return dtmi_error::ok;
}

/// An entity's identifier: `id("dtmi:example:mndt:Cell;1")`. `TWINSPEC_ENTITY` checks it
/// at compile time and names the entity when it is malformed.
struct id_annotation {
    using category = id_category;
    std::string_view value;
};
[[nodiscard]] constexpr id_annotation id(std::string_view dtmi) noexcept { return {dtmi}; }

}  // namespace twinspec
