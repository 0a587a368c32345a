// twinspec/platform/detail/text_cells.hpp — the two text escapes the platform's DOT and
// Markdown descriptions need: DOT quoted strings and Markdown table cells. (Its JSON is
// written with core/detail/json_builder.hpp, the library's one JSON builder.) Header-only, no
// dependency.
// IWYU pragma: private, include <twinspec/platform.hpp>
#pragma once

#include <string>
#include <string_view>

namespace twinspec::platform::detail {

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
