// twinspec/standards/query.hpp — looking standards up in catalogues: `find` (constexpr) and
// range-v3 views by issuer, series, implementation date and keyword.
#pragma once

#include <twinspec/standards/descriptor.hpp>
#include <twinspec/standards/identifier.hpp>

#include <chrono>
#include <span>
#include <string_view>

#include <range/v3/view/all.hpp>
#include <range/v3/view/filter.hpp>

namespace twinspec::standards {

/// The entry whose number (or joint number) equals `id`, or nullptr. Usable in constant
/// expressions: `static_assert(find(ccsa_2025_2, "T/CCSA 672-2025") != nullptr)`.
[[nodiscard]] constexpr const standard_descriptor* find(const catalogue& c, const standard_id& id) noexcept {
    for (const auto& e : c.entries) {
        if (e.has_number() && (e.id == id || (e.id.has_joint() && *e.id.joint() == id))) return &e;
    }
    return nullptr;
}

/// The same, looking through several catalogues in order.
[[nodiscard]] constexpr const standard_descriptor* find(std::span<const catalogue* const> cs,
                                                        const standard_id& id) noexcept {
    for (const catalogue* c : cs)
        if (const auto* e = find(*c, id)) return e;
    return nullptr;
}

/// The entry with this exact Chinese title (for standards without a number yet), or nullptr.
[[nodiscard]] constexpr const standard_descriptor* find_by_title(const catalogue& c, std::string_view zh) noexcept {
    for (const auto& e : c.entries)
        if (e.title.zh == zh) return &e;
    return nullptr;
}

/// True when `text` contains `word` (bytes; UTF-8 is self-synchronising, so a well-formed
/// word never matches inside another character).
[[nodiscard]] constexpr bool contains(std::string_view text, std::string_view word) noexcept {
    return text.find(word) != std::string_view::npos;
}

namespace views {

/// Entries whose issuer (`CCSA`, `GB` …) or whole code (`T/CCSA`) is `issuer`.
[[nodiscard]] inline auto by_issuer(const catalogue& c, std::string_view issuer) {
    return ranges::views::all(c.entries) | ranges::views::filter([issuer](const standard_descriptor& e) {
               return e.has_number() && (e.id.issuer() == issuer || e.id.code() == issuer);
           });
}

/// Entries of the series whose Chinese or English title is `series` (in catalogue order).
[[nodiscard]] inline auto in_series(const catalogue& c, std::string_view series) {
    return ranges::views::all(c.entries) | ranges::views::filter([series](const standard_descriptor& e) {
               return !series.empty() && (e.series.zh == series || e.series.en == series);
           });
}

/// Entries whose implementation date lies in [from, to].
[[nodiscard]] inline auto implemented_between(const catalogue& c, std::chrono::year_month_day from,
                                              std::chrono::year_month_day to) {
    return ranges::views::all(c.entries) | ranges::views::filter([from, to](const standard_descriptor& e) {
               return e.has_implementation_date() && from <= e.implementation_date && e.implementation_date <= to;
           });
}

/// Entries whose title (Chinese or English) or scope contains `word`.
[[nodiscard]] inline auto matching(const catalogue& c, std::string_view word) {
    return ranges::views::all(c.entries) | ranges::views::filter([word](const standard_descriptor& e) {
               return !word.empty() &&
                      (contains(e.title.zh, word) || contains(e.title.en, word) || contains(e.scope, word));
           });
}

/// Entries with the given status.
[[nodiscard]] inline auto with_status(const catalogue& c, status s) {
    return ranges::views::all(c.entries) |
           ranges::views::filter([s](const standard_descriptor& e) { return e.state == s; });
}

}  // namespace views

}  // namespace twinspec::standards
