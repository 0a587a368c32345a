// twinspec/data/classes.hpp — data classes as compile-time annotations on fields and
// entities: the five dimensions (Dp, Dv, Ds, Dk, Df), the network operator's axis
// (configuration, performance/KPI, fault/alarm, topology, measurement, log) and static vs
// dynamic; selection of an entity's fields by class at compile time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include <twinspec/core/annotation.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>

namespace twinspec::data {

/// The five dimensions of the mobile network twin's data (物理实体数据 Dp, 虚拟实体数据 Dv,
/// 服务数据 Ds, 知识数据 Dk, 融合数据 Df).
enum class dimension : std::uint8_t { physical, virtual_entity, service, knowledge, fused };
/// The classes network operators sort data into.
enum class domain : std::uint8_t { configuration, performance, fault, topology, measurement, log };
/// Whether the data changes only on reconfiguration (static) or continuously (dynamic).
enum class variability : std::uint8_t { static_data, dynamic_data };

/// `"Dp"`, `"Dv"`, `"Ds"`, `"Dk"`, `"Df"`.
[[nodiscard]] constexpr std::string_view to_string(dimension d) noexcept {
    constexpr std::string_view names[] = {"Dp", "Dv", "Ds", "Dk", "Df"};
    return names[static_cast<std::size_t>(d)];
}
/// `"configuration"`, `"performance"`, `"fault"`, `"topology"`, `"measurement"`, `"log"`.
[[nodiscard]] constexpr std::string_view to_string(domain d) noexcept {
    constexpr std::string_view names[] = {"configuration", "performance", "fault", "topology", "measurement", "log"};
    return names[static_cast<std::size_t>(d)];
}
/// `"static"`, `"dynamic"`.
[[nodiscard]] constexpr std::string_view to_string(variability v) noexcept {
    constexpr std::string_view names[] = {"static", "dynamic"};
    return names[static_cast<std::size_t>(v)];
}

/// Category of the dimension classes (a field or entity has at most one).
struct dimension_category {};
/// Category of the operator-axis classes.
struct domain_category {};
/// Category of static / dynamic.
struct variability_category {};

/// A data class: an annotation whose category is one of the three axes above. `Axis` is
/// the axis's enum, `V` the class on it. Empty and structural, so a class is usable as a
/// template argument: `fields_of_class_t<Cell, ts::data::kpi>`.
template <class Axis, Axis V, class Category>
struct data_class {
    using category = Category;
    using axis_type = Axis;
    static constexpr Axis value = V;
    static constexpr std::string_view name = to_string(V);
    static constexpr bool is_data_class = true;
};

template <dimension D>
using dimension_class = data_class<dimension, D, dimension_category>;
template <domain D>
using domain_class = data_class<domain, D, domain_category>;
template <variability V>
using variability_class = data_class<variability, V, variability_category>;

/// Dp: data of the physical network entity (measured on the equipment).
inline constexpr dimension_class<dimension::physical> Dp{};
/// Dv: data of the virtual entity (model state, simulated values).
inline constexpr dimension_class<dimension::virtual_entity> Dv{};
/// Ds: service data (what the twin's services produce and consume).
inline constexpr dimension_class<dimension::service> Ds{};
/// Dk: knowledge (rules, models, expert knowledge).
inline constexpr dimension_class<dimension::knowledge> Dk{};
/// Df: fused data, derived from several of the above by a declared rule.
inline constexpr dimension_class<dimension::fused> Df{};

inline constexpr domain_class<domain::configuration> configuration{};
inline constexpr domain_class<domain::performance> performance{};
/// Alias of `performance` (key performance indicators).
inline constexpr domain_class<domain::performance> kpi{};
inline constexpr domain_class<domain::fault> fault{};
/// Alias of `fault`.
inline constexpr domain_class<domain::fault> alarm{};
inline constexpr domain_class<domain::topology> topology{};
inline constexpr domain_class<domain::measurement> measurement{};
inline constexpr domain_class<domain::log> log{};

inline constexpr variability_class<variability::static_data> static_data{};
inline constexpr variability_class<variability::dynamic_data> dynamic_data{};

/// A data-class type (`decltype(ts::data::Dp)` …).
template <class C>
concept DataClass = requires {
    { C::is_data_class } -> std::convertible_to<bool>;
    typename C::category;
    typename C::axis_type;
} && (std::is_same_v<typename C::category, dimension_category> ||
      std::is_same_v<typename C::category, domain_category> ||
      std::is_same_v<typename C::category, variability_category>);

namespace detail {
template <class Set, class Cat>
constexpr bool set_has_category() noexcept {
    return std::remove_cvref_t<Set>::template has<Cat>;
}
}  // namespace detail

/// True when field `F` is of class `C`: the field carries `C`, or it carries no class of
/// `C`'s axis and its entity does (entity classes are the default of its fields).
template <class F, DataClass C>
inline constexpr bool field_has_class_v = [] {
    using Cat = typename C::category;
    using FA = std::remove_cvref_t<decltype(F::annotations)>;
    if constexpr (FA::template has<Cat>) {
        return std::is_same_v<std::remove_cvref_t<decltype(F::annotations.template get<Cat>())>, C>;
    } else {
        using E = typename F::entity_type;
        using EA = std::remove_cvref_t<decltype(schema_t<E>::annotations)>;
        if constexpr (EA::template has<Cat>) {
            return std::is_same_v<std::remove_cvref_t<decltype(schema_t<E>::annotations.template get<Cat>())>, C>;
        } else {
            return false;
        }
    }
}();

/// The class of field `F` on the axis of category `Cat` (`dimension_category` …), as the
/// axis's enum value; `has_class_on_v<F, Cat>` says whether there is one.
template <class F, class Cat>
inline constexpr bool has_class_on_v = [] {
    using FA = std::remove_cvref_t<decltype(F::annotations)>;
    using EA = std::remove_cvref_t<decltype(schema_t<typename F::entity_type>::annotations)>;
    return FA::template has<Cat> || EA::template has<Cat>;
}();

/// The field's class on axis `Cat` (only when `has_class_on_v<F, Cat>`).
template <class F, class Cat>
[[nodiscard]] constexpr auto class_on(F = {}) noexcept {
    using FA = std::remove_cvref_t<decltype(F::annotations)>;
    if constexpr (FA::template has<Cat>) {
        return std::remove_cvref_t<decltype(F::annotations.template get<Cat>())>::value;
    } else {
        using E = typename F::entity_type;
        static_assert(has_class_on_v<F, Cat>, "twinspec: data::class_on<F, Category>(): the field and its entity carry no class on that axis");
        return std::remove_cvref_t<decltype(schema_t<E>::annotations.template get<Cat>())>::value;
    }
}

namespace detail {
template <class Out, class... F>
struct filter_fields;
template <class... Kept>
struct filter_fields<type_list<Kept...>> {
    using type = type_list<Kept...>;
};
template <class... Kept, class F, class... Rest>
struct filter_fields<type_list<Kept...>, F, Rest...> {
    // F is a pair<bool keep, descriptor>
    using type = typename filter_fields<
        std::conditional_t<F::keep, type_list<Kept..., typename F::field>, type_list<Kept...>>, Rest...>::type;
};
template <bool K, class Fd>
struct keep_if {
    static constexpr bool keep = K;
    using field = Fd;
};
template <class C, class List>
struct fields_of_class_impl;
template <class C, class... F>
struct fields_of_class_impl<C, type_list<F...>> {
    using type = typename filter_fields<type_list<>, keep_if<field_has_class_v<F, C>, F>...>::type;
};

template <auto Class>
struct check_data_class {
    static_assert(DataClass<std::remove_cvref_t<decltype(Class)>>,
                  "twinspec: data::fields_of_class: the selector is not a data class (use ts::data::Dp, Dv, Ds, Dk, Df, "
                  "configuration, performance/kpi, fault/alarm, topology, measurement, log, static_data or dynamic_data)");
    using type = std::remove_cvref_t<decltype(Class)>;
};
}  // namespace detail

/// The field descriptors of entity `E` of data class `Class`, in declaration order:
/// `fields_of_class_t<Cell, ts::data::kpi>`. A selector that is not a data class is a
/// compile error.
template <Entity E, auto Class>
using fields_of_class_t =
    typename detail::fields_of_class_impl<typename detail::check_data_class<Class>::type, fields_t<E>>::type;

/// Calls `f(field)` for every field of `E` of class `Class`.
template <Entity E, auto Class, class Fn>
constexpr void for_each_field_of_class(Fn&& f) {
    [&]<class... F>(type_list<F...>*) { (f(F{}), ...); }(static_cast<fields_of_class_t<E, Class>*>(nullptr));
}

}  // namespace twinspec::data
