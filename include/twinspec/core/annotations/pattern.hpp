// twinspec/core/annotations/pattern.hpp — a regular expression text must match:
// `pattern<"^[0-9]{5}$">`. The only header of the core that includes <regex>: include it
// (or the umbrella header) only where patterns are used.
#pragma once

#include <regex>
#include <string>
#include <string_view>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/violation.hpp>

namespace twinspec {

/// Category of `pattern`.
struct pattern_category {};

namespace detail {
/// A cheap compile-time sanity check of an ECMAScript pattern: balanced (), [] and {},
/// no dangling escape. The full syntax is checked when the regex is first compiled.
constexpr bool pattern_well_formed(std::string_view p) noexcept {
    int paren = 0, brace = 0;
    bool in_class = false;
    for (std::size_t i = 0; i < p.size(); ++i) {
        const char c = p[i];
        if (c == '\\') {
            if (++i == p.size()) return false;
            continue;
        }
        if (in_class) {
            if (c == ']') in_class = false;
            continue;
        }
        if (c == '[') in_class = true;
        else if (c == '(') ++paren;
        else if (c == ')') { if (--paren < 0) return false; }
        else if (c == '{') ++brace;
        else if (c == '}') { if (--brace < 0) return false; }
    }
    return paren == 0 && brace == 0 && !in_class;
}
}  // namespace detail

/// Text must match the ECMAScript regular expression `P` somewhere (JSON Schema `pattern`
/// semantics: anchor with `^…$` to match the whole text).
template <fixed_string P>
struct pattern_annotation {
    using category = pattern_category;
    static constexpr std::string_view text = P.view();
    static_assert(detail::pattern_well_formed(P.view()),
                  "twinspec: pattern<…> is malformed: unbalanced (), [] or {}, or a dangling backslash");

    /// The compiled expression, built once per pattern.
    static const std::regex& expression() {
        static const std::regex re(std::string(text), std::regex::ECMAScript);
        return re;
    }

    template <Text V>
    [[nodiscard]] bool ok(const V& v) const {
        const std::string_view s(v);
        return std::regex_search(s.begin(), s.end(), expression());
    }

    template <Text V>
    void check(const V& v, const check_context& ctx) const {
        const std::string_view s(v);
        if (!std::regex_search(s.begin(), s.end(), expression())) {
            ctx.report(rule::pattern_mismatch, scalar::from(s), {}, std::string(text));
        }
    }
};

/// `pattern<"^[A-Z]{3}$">`: text must match this regular expression.
template <fixed_string P>
inline constexpr pattern_annotation<P> pattern{};

}  // namespace twinspec
