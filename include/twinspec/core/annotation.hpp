// twinspec/core/annotation.hpp — what an annotation is, and the set a field carries.
#pragma once

#include <concepts>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace twinspec {

/// An annotation is a constexpr value describing a field or an entity (its kind, range,
/// unit, description …). Every annotation type names a `category`: a field may carry at
/// most one annotation per category. Users define their own annotations by giving a
/// literal type a `category` member type; an optional member
/// `template <class V, class Report> constexpr void check(const V&, Report&) const`
/// takes part in runtime validation (see `core/validate.hpp`).
template <class A>
concept Annotation = std::is_class_v<A> && requires { typename A::category; };

namespace detail {
template <std::size_t I, class A>
struct annotation_leaf {
    A value;
};

template <class Indices, class... A>
struct annotation_storage;

template <std::size_t... I, class... A>
struct annotation_storage<std::index_sequence<I...>, A...> : annotation_leaf<I, A>... {};

template <class C, class... A>
consteval std::size_t category_index() noexcept {
    constexpr bool match[] = {std::is_same_v<typename A::category, C>..., false};
    std::size_t i = 0;
    while (i != sizeof...(A) && !match[i]) ++i;
    return i;
}

template <class C, class... A>
consteval std::size_t category_count() noexcept {
    return (std::size_t{0} + ... + std::size_t{std::is_same_v<typename A::category, C>});
}

template <std::size_t I, class A>
constexpr const A& leaf_value(const annotation_leaf<I, A>& leaf) noexcept {
    return leaf.value;
}
}  // namespace detail

/// The annotations of one field (or one entity), stored by value. Built by `annotate(…)`;
/// queried with `has<Category>` and `get<Category>()`.
template <class... A>
struct annotation_set : detail::annotation_storage<std::index_sequence_for<A...>, A...> {
    /// Number of annotations.
    static constexpr std::size_t size = sizeof...(A);

    /// True when an annotation of category `C` is present.
    template <class C>
    static constexpr bool has = detail::category_index<C, A...>() != sizeof...(A);

    /// How many annotations of category `C` are present (more than one breaks a rule).
    template <class C>
    static constexpr std::size_t count = detail::category_count<C, A...>();

    /// The first annotation of category `C`; only valid when `has<C>`.
    template <class C>
    [[nodiscard]] constexpr const auto& get() const noexcept {
        static_assert(has<C>, "twinspec: annotation_set::get<C>() asks for a category the field does not carry");
        return detail::leaf_value<detail::category_index<C, A...>()>(*this);
    }

    /// True when `pred(annotation)` holds for every annotation (stops at the first false).
    template <class P>
    [[nodiscard]] constexpr bool all_of(P&& pred) const {
        return [&]<std::size_t... I>(std::index_sequence<I...>) {
            return (pred(detail::leaf_value<I>(*this)) && ...);
        }(std::index_sequence_for<A...>{});
    }

    /// Calls `f(annotation)` for every annotation, in declaration order.
    template <class F>
    constexpr void for_each(F&& f) const {
        [&]<std::size_t... I>(std::index_sequence<I...>) {
            (f(detail::leaf_value<I>(*this)), ...);
        }(std::index_sequence_for<A...>{});
    }
};

/// Collects annotations into an `annotation_set`; every argument must model `Annotation`.
template <Annotation... A>
[[nodiscard]] constexpr annotation_set<A...> annotate(const A&... a) noexcept {
    return annotation_set<A...>{{{a}...}};
}

}  // namespace twinspec
