// twinspec/data/versioning.hpp — versioned data-class schemas: a field of version 2
// declares the name it had before (`ts::data::renamed_from("rsrpDbm")`); comparing two
// versions lists the fields renamed, removed, added or retyped, and maps a v1 field name
// to its v2 name (how to read v1 data with v2).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>

namespace twinspec::data {

/// Category of `renamed_from`.
struct renamed_from_category {};
/// The field's external name in the previous version of its schema.
struct renamed_from_annotation {
    using category = renamed_from_category;
    std::string_view previous;
};
/// `renamed_from("oldName")`.
[[nodiscard]] constexpr renamed_from_annotation renamed_from(std::string_view previous) noexcept { return {previous}; }

/// One difference between two versions of a schema.
struct schema_change {
    enum class kind : std::uint8_t {
        renamed,  ///< v1 `from` is v2 `to` (declared with `renamed_from`)
        removed,  ///< v1 `from` has no v2 field
        added,    ///< v2 `to` has no v1 field
        retyped,  ///< the field keeps its name (or is renamed) but its member type differs
    };
    kind what = kind::removed;
    std::string_view from;
    std::string_view to;

    /// `renamed rsrpDbm -> rsrp`, `removed legacy`, `added sinr`, `retyped prb`.
    [[nodiscard]] std::string to_string() const {
        switch (what) {
            case kind::renamed: return "renamed " + std::string(from) + " -> " + std::string(to);
            case kind::removed: return "removed " + std::string(from);
            case kind::added: return "added " + std::string(to);
            case kind::retyped: return "retyped " + std::string(from);
        }
        return {};
    }
    friend bool operator==(const schema_change&, const schema_change&) = default;
};

namespace detail {
template <class F>
constexpr std::string_view previous_name() noexcept {
    if constexpr (has_annotation_v<F, renamed_from_category>) return annotation<renamed_from_category, F>().previous;
    else return F::name;
}
template <class F>
constexpr bool is_renamed() noexcept {
    return has_annotation_v<F, renamed_from_category>;
}
}  // namespace detail

/// Where the v1 field named `v1_name` lives in v2: its v2 name, or nothing when v2 removed it.
template <Entity V1, Entity V2>
[[nodiscard]] constexpr std::optional<std::string_view> field_in(std::string_view v1_name) noexcept {
    std::optional<std::string_view> found;
    [&]<class... G>(type_list<G...>*) {
        ((detail::previous_name<G>() == v1_name && !found ? (found = G::name, 0) : 0), ...);
    }(static_cast<fields_t<V2>*>(nullptr));
    return found;
}

namespace detail {
template <class F, class G>
void match_one(std::vector<schema_change>& out, bool& matched) {
    if (matched || previous_name<G>() != F::name) return;
    matched = true;
    if (is_renamed<G>()) out.push_back({schema_change::kind::renamed, F::name, G::name});
    if (!std::is_same_v<typename F::value_type, typename G::value_type>)
        out.push_back({schema_change::kind::retyped, F::name, G::name});
}
template <class F, class... G>
void changes_of_v1_field(std::vector<schema_change>& out, type_list<G...>*) {
    bool matched = false;
    (match_one<F, G>(out, matched), ...);
    if (!matched) out.push_back({schema_change::kind::removed, F::name, {}});
}
template <class L2, class... F>
void v1_changes(std::vector<schema_change>& out, type_list<F...>*) {
    (changes_of_v1_field<F>(out, static_cast<L2*>(nullptr)), ...);
}
template <class G, class... F>
constexpr bool existed_in(type_list<F...>*) noexcept {
    return ((F::name == previous_name<G>()) || ...);
}
template <class L1, class... G>
void added_fields(std::vector<schema_change>& out, type_list<G...>*) {
    ((existed_in<G>(static_cast<L1*>(nullptr)) ? void() : out.push_back({schema_change::kind::added, {}, G::name})), ...);
}
}  // namespace detail

/// Every difference between `V1` and `V2`, v1 fields first (in declaration order), then the
/// added v2 fields.
template <Entity V1, Entity V2>
[[nodiscard]] std::vector<schema_change> schema_changes() {
    std::vector<schema_change> out;
    detail::v1_changes<fields_t<V2>>(out, static_cast<fields_t<V1>*>(nullptr));
    detail::added_fields<fields_t<V1>>(out, static_cast<fields_t<V2>*>(nullptr));
    return out;
}

}  // namespace twinspec::data
