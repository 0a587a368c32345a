// twinspec/core/annotations/kind.hpp — what a field is: property, telemetry, command,
// relationship or component (the DTDL v3 content kinds), and whether it is writable.
#pragma once

#include <cstdint>
#include <string_view>

namespace twinspec {

/// The role of a field in its entity, after the DTDL v3 content kinds.
enum class field_kind : std::uint8_t {
    property,      ///< state, reported and possibly set (see `writable`)
    telemetry,     ///< a measurement the entity emits
    command,       ///< an operation the entity accepts
    relationship,  ///< a link to another entity
    component,     ///< a nested entity owned by this one
};

/// `"property"`, `"telemetry"` …
[[nodiscard]] constexpr std::string_view to_string(field_kind k) noexcept {
    constexpr std::string_view names[] = {"property", "telemetry", "command", "relationship", "component"};
    return names[static_cast<std::uint8_t>(k)];
}

/// Category of the kind annotations.
struct kind_category {};

/// A field's kind; use the constants `property`, `telemetry`, `command`, `relationship`,
/// `component`. A field without one is a property.
struct kind_annotation {
    using category = kind_category;
    field_kind value;
};

inline constexpr kind_annotation property{field_kind::property};
inline constexpr kind_annotation telemetry{field_kind::telemetry};
inline constexpr kind_annotation command{field_kind::command};
inline constexpr kind_annotation relationship{field_kind::relationship};
inline constexpr kind_annotation component{field_kind::component};

/// Category of `writable`.
struct writable_category {};
/// Marks a property as settable from outside (DTDL `writable: true`). Properties only.
struct writable_annotation {
    using category = writable_category;
};
inline constexpr writable_annotation writable{};

}  // namespace twinspec
