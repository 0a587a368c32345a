// twinspec/core/annotations/semantic.hpp — semantic references: IRIs (a 3GPP attribute,
// an ontology term) or IEC 61360 IRDIs that say what a field or entity means.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace twinspec {

/// Category of `semantic`.
struct semantic_category {};

/// Semantic references of a field or an entity; exported as AAS `semanticId`s and DTDL
/// comments/semantic annotations.
template <std::size_t N>
struct semantic_annotation {
    using category = semantic_category;
    std::array<std::string_view, N> refs;
};

/// `semantic("urn:3gpp:ts:28.541:NRCellDU:nRPCI", "0173-1#02-AAO677#002")`.
template <class... S>
[[nodiscard]] constexpr auto semantic(const S&... refs) noexcept {
    static_assert(sizeof...(S) > 0, "twinspec: semantic(…) needs at least one reference");
    return semantic_annotation<sizeof...(S)>{{std::string_view(refs)...}};
}

/// True when `s` is an absolute IRI (`scheme:rest`, no white space) or an IRDI
/// (`0173-1#02-AAO677#002`: digits, a hyphen, and `#`-separated parts).
[[nodiscard]] constexpr bool is_semantic_reference(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"') return false;
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (alpha(s[0])) {  // IRI: scheme ":" rest
        std::size_t i = 1;
        while (i < s.size() && (alpha(s[i]) || digit(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) ++i;
        return i < s.size() && s[i] == ':' && i + 1 < s.size();
    }
    if (digit(s[0])) {  // IRDI
        std::size_t i = 0;
        while (i < s.size() && digit(s[i])) ++i;
        if (i != 4 || i >= s.size() || s[i] != '-') return false;
        return s.find('#') != std::string_view::npos && s.back() != '#';
    }
    return false;
}

}  // namespace twinspec
