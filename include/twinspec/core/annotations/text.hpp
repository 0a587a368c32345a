// twinspec/core/annotations/text.hpp — human text: descriptions and display names in
// English and Chinese, and the field's external name.
#pragma once

#include <string_view>

namespace twinspec {

/// Category of `description` / `doc`.
struct description_category {};
/// Category of `display_name`.
struct display_name_category {};
/// Category of `name`.
struct name_category {};

/// Localised text: English and, optionally, Chinese (UTF-8). Exported as DTDL language
/// maps, AAS MultiLanguageProperty / langStrings and JSON Schema `description`/`title`.
template <class Category>
struct localized_text {
    using category = Category;
    std::string_view en;
    std::string_view zh{};
};

/// `description("NR cell", "NR 小区")`: what the field or entity is.
[[nodiscard]] constexpr localized_text<description_category> description(std::string_view en,
                                                                         std::string_view zh = {}) noexcept {
    return {en, zh};
}
/// Short for `description`.
[[nodiscard]] constexpr localized_text<description_category> doc(std::string_view en,
                                                                 std::string_view zh = {}) noexcept {
    return {en, zh};
}
/// `display_name("Physical cell id", "物理小区标识")`.
[[nodiscard]] constexpr localized_text<display_name_category> display_name(std::string_view en,
                                                                           std::string_view zh = {}) noexcept {
    return {en, zh};
}

/// The external name of a field (JSON key, DTDL name) when it differs from the C++
/// member: `(GNodeB*, served_by, name("servedBy"))`.
struct name_annotation {
    using category = name_category;
    std::string_view value;
};
[[nodiscard]] constexpr name_annotation name(std::string_view n) noexcept { return {n}; }

}  // namespace twinspec
