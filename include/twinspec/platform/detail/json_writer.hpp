// twinspec/platform/detail/json_writer.hpp — the few text helpers the platform's descriptions
// need: JSON strings (core/detail/json_text.hpp, shared with io/ and data/), DOT strings and
// Markdown cells; header-only, no dependency.
// IWYU pragma: private, include <twinspec/platform.hpp>
#pragma once

#include <string>
#include <string_view>

#include <twinspec/core/detail/json_text.hpp>

namespace twinspec::platform::detail {

/// Appends `s` as a JSON string (RFC 8259 escapes; bytes that are not UTF-8 become U+FFFD):
/// the library's one JSON string writer, shared with io/ and data/.
using twinspec::detail::json_string;

/// Appends `s` as a DOT (Graphviz) quoted string: `"` and `\` escaped, newlines as `\n`.
inline void dot_string(std::string& out, std::string_view s) {
    out += '"';
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    out += '"';
}

/// Appends `s` for a Markdown table cell: `|` escaped, newlines as spaces.
inline void md_cell(std::string& out, std::string_view s) {
    for (const char c : s) {
        if (c == '|') out += "\\|";
        else if (c == '\n' || c == '\r') out += ' ';
        else out += c;
    }
}

}  // namespace twinspec::platform::detail
