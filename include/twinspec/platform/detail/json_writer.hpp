// twinspec/platform/detail/json_writer.hpp — the few JSON helpers the platform's descriptions
// need (string escaping per RFC 8259); header-only, no dependency.
// IWYU pragma: private, include <twinspec/platform.hpp>
#pragma once

#include <string>
#include <string_view>

namespace twinspec::platform::detail {

/// Appends `s` as a JSON string: quotes, `"` `\` and control characters escaped; UTF-8 bytes
/// are copied as they are.
inline void json_string(std::string& out, std::string_view s) {
    constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    out += "\\u00";
                    out += hex[(static_cast<unsigned char>(c) >> 4) & 0xF];
                    out += hex[static_cast<unsigned char>(c) & 0xF];
                } else {
                    out += c;
                }
        }
    }
    out += '"';
}

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
