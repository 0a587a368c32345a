// twinspec/core/annotations/presence.hpp — required and optional fields.
#pragma once

#include <optional>

#include <twinspec/core/violation.hpp>

namespace twinspec {

/// Category of `required` / `optional_field`.
struct presence_category {};

/// Whether a value must be present. By default a plain member is required and a
/// `std::optional` member is not; `required` on a `std::optional` member makes an empty
/// optional a violation, and `optional_field` on a plain member lets readers omit it
/// (the default value, if any, is used).
struct presence_annotation {
    using category = presence_category;
    bool required = true;

    template <class T>
    [[nodiscard]] constexpr bool ok(const std::optional<T>& v) const noexcept {
        return !required || v.has_value();
    }

    template <class T>
    void check(const std::optional<T>& v, const check_context& ctx) const {
        if (required && !v.has_value()) ctx.report(rule::missing_required, {});
    }
};

inline constexpr presence_annotation required{true};
inline constexpr presence_annotation optional_field{false};

}  // namespace twinspec
