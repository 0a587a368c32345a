// twinspec/twin/relationship.hpp — relationship fields (`ref<T>`, `std::vector<ref<T>>`):
// their target type and multiplicity, and the compile-time rules a model checks on them.
#pragma once

#include <cstddef>
#include <limits>
#include <type_traits>
#include <vector>

#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/core/annotations/length.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/twin/ref.hpp>

namespace twinspec {

namespace detail {
template <class V>
struct relationship_shape {
    static constexpr bool is_ref = false;
    static constexpr bool many = false;
};
template <class T>
struct relationship_shape<ref<T>> {
    static constexpr bool is_ref = true;
    static constexpr bool many = false;
    using target = T;
};
template <class T, class A>
struct relationship_shape<std::vector<ref<T>, A>> {
    static constexpr bool is_ref = true;
    static constexpr bool many = true;
    using target = T;
};
}  // namespace detail

/// A field descriptor of a relationship: declared `relationship`, of type `ref<T>` or
/// `std::vector<ref<T>>`.
template <class F>
concept RelationshipField = (kind_of<F>() == field_kind::relationship) &&
                            detail::relationship_shape<typename F::value_type>::is_ref;

/// The entity type a relationship field points to.
template <RelationshipField F>
using relationship_target_t = typename detail::relationship_shape<typename F::value_type>::target;

/// True for `std::vector<ref<T>>` fields (zero or more targets), false for `ref<T>` (zero or one).
template <RelationshipField F>
inline constexpr bool relationship_is_many_v = detail::relationship_shape<typename F::value_type>::many;

/// Category of `unique`.
struct unique_category {};
/// Marks a relationship field as *unique*: no two objects of the entity hold the same target
/// in it, so every target has at most one referrer through it. A `ref<T>` field so marked is
/// one-to-one (a physical cell and its one virtual cell), a `std::vector<ref<T>>` field
/// one-to-many with every target in at most one list (a parent and its parts). The model
/// keeps the inverse of a unique field as one handle per target (4 bytes, no list to
/// follow), which makes `referrers` and `referrer_objects` on it as cheap as a hand-written
/// index array. A second referrer is still stored and listed (nothing is lost): `check`
/// reports it as `rule::shared_target`. Relationship fields only (a compile-time rule).
struct unique_annotation {
    using category = unique_category;
};
inline constexpr unique_annotation unique{};

/// True for a relationship field annotated `unique` (at most one referrer per target).
template <class F>
inline constexpr bool relationship_is_unique_v = has_annotation_v<F, unique_category>;

/// A relationship's multiplicity: `ref<T>` is 0..1 (null is none); `std::vector<ref<T>>`
/// is `items(min, max)`, or 0..unbounded without it.
struct multiplicity {
    std::size_t min = 0;
    std::size_t max = std::numeric_limits<std::size_t>::max();
    [[nodiscard]] constexpr bool unbounded() const noexcept { return max == std::numeric_limits<std::size_t>::max(); }
};

template <RelationshipField F>
[[nodiscard]] constexpr multiplicity multiplicity_of(F = {}) noexcept {
    if constexpr (!relationship_is_many_v<F>) return {0, 1};
    else if constexpr (has_annotation_v<F, items_category>) {
        const auto& i = F::annotations.template get<items_category>();
        return {i.min, i.max};
    } else return {};
}

namespace detail {

template <class T, class List>
inline constexpr bool list_contains_v = false;
template <class T, class... Ts>
inline constexpr bool list_contains_v<T, type_list<Ts...>> = (std::is_same_v<T, Ts> || ...);

// Each of these is false and used only where its rule is broken, in a static_assert whose
// requirement then reads as the rule applied to the field: clang prints it in the error line
// (`requirement 'model_holds_target_of<twinspec_schema_Cell::f_servedBy, GNodeB>'`), g++ in
// the "In instantiation of" line above it.
template <class F, class Target>
inline constexpr bool model_holds_target_of = false;
template <class F>
inline constexpr bool field_type_is_a_ref = false;
template <class F>
inline constexpr bool ref_field_is_declared_relationship = false;
template <class E>
inline constexpr bool entity_listed_once_in_model = false;
template <class F>
inline constexpr bool unique_field_is_a_relationship = false;

/// Instantiated only when field `F` (named `twinspec_schema_<Entity>::f_<member>`) points to
/// `Target`, which the model does not hold: the instantiation names entity, field and type.
template <class F, class Target>
struct relationship_target_outside_model {
    static_assert(model_holds_target_of<F, Target>,
                  "twinspec: rule broken: a relationship points to an entity type that is not in the model "
                  "(the requirement names the field and the type)");
    static constexpr bool value = false;
};
/// Instantiated only for a field declared `relationship` whose type is not a handle.
template <class F>
struct relationship_not_a_ref {
    static_assert(field_type_is_a_ref<F>,
                  "twinspec: rule broken: a relationship field is a ts::ref<T> or a std::vector<ts::ref<T>> "
                  "(the requirement names the field)");
    static constexpr bool value = false;
};
/// Instantiated only for a `ref<T>` field not declared `relationship`.
template <class F>
struct ref_not_a_relationship {
    static_assert(ref_field_is_declared_relationship<F>,
                  "twinspec: rule broken: a ts::ref<T> field must be declared ts::relationship "
                  "(the requirement names the field)");
    static constexpr bool value = false;
};

/// Instantiated only for a field annotated `unique` that is not a relationship.
template <class F>
struct unique_not_a_relationship {
    static_assert(unique_field_is_a_relationship<F>,
                  "twinspec: rule broken: only a relationship (ts::ref<T> or std::vector<ts::ref<T>>) can be unique "
                  "(the requirement names the field)");
    static constexpr bool value = false;
};
struct relationship_rules_met {
    static constexpr bool value = true;
};

/// Picks, for field `F`, the type whose `value` is true, or the explanation of the broken rule
/// (instantiated, with its static_assert, only when named by `::value`).
template <class F, class Entities, class Shape = relationship_shape<typename F::value_type>,
          bool Declared = (kind_of<F>() == field_kind::relationship), bool IsRef = Shape::is_ref>
struct relationship_field_check {
    using type = std::conditional_t<relationship_is_unique_v<F>, unique_not_a_relationship<F>, relationship_rules_met>;
};
template <class F, class Entities, class Shape>
struct relationship_field_check<F, Entities, Shape, true, false> {
    using type = relationship_not_a_ref<F>;
};
template <class F, class Entities, class Shape>
struct relationship_field_check<F, Entities, Shape, false, true> {
    using type = ref_not_a_relationship<F>;
};
template <class F, class Entities, class Shape>
struct relationship_field_check<F, Entities, Shape, true, true> {
    using type = std::conditional_t<list_contains_v<typename Shape::target, Entities>, relationship_rules_met,
                                    relationship_target_outside_model<F, typename Shape::target>>;
};

template <class Fields, class Entities>
inline constexpr bool relationships_ok = true;
template <class... F, class Entities>
inline constexpr bool relationships_ok<type_list<F...>, Entities> =
    (relationship_field_check<F, Entities>::type::value && ...);

template <class T, class... Ts>
inline constexpr std::size_t occurrences_v = (std::size_t{std::is_same_v<T, Ts>} + ...);

/// Instantiated only when `E` appears twice in a model's entity list.
template <class E>
struct entity_repeated_in_model {
    static_assert(entity_listed_once_in_model<E>,
                  "twinspec: rule broken: an entity type is listed twice in the model "
                  "(the requirement names it)");
    static constexpr bool value = false;
};
template <class E, class... Es>
inline constexpr bool listed_once =
    std::conditional_t<occurrences_v<E, Es...> == 1, relationship_rules_met, entity_repeated_in_model<E>>::value;

/// Every compile-time rule of a model over `Es…`: each entity listed once; every
/// relationship field a handle, every handle field a relationship, every target in the model.
template <class... Es>
inline constexpr bool model_rules_ok =
    (listed_once<Es, Es...> && ...) && (relationships_ok<fields_t<Es>, type_list<Es...>> && ...);

}  // namespace detail

/// Calls `f(field)` for every relationship field descriptor of entity `T`.
template <Entity T, class Fn>
constexpr void for_each_relationship(Fn&& f) {
    [&]<class... F>(type_list<F...>*) {
        ([&] {
            if constexpr (RelationshipField<F>) f(F{});
        }(), ...);
    }(static_cast<fields_t<T>*>(nullptr));
}

}  // namespace twinspec
