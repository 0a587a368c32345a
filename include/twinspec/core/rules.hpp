// twinspec/core/rules.hpp — the compile-time rules every field and entity must obey.
// `TWINSPEC_ENTITY` / `TWINSPEC_ADAPT` turn each broken rule into a `static_assert` whose
// message names the entity, the field and the rule.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <limits>
#include <string_view>
#include <optional>
#include <type_traits>
#include <utility>

#include <twinspec/core/annotation.hpp>
#include <twinspec/core/annotations/default_value.hpp>
#include <twinspec/core/annotations/identifier.hpp>
#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/core/annotations/length.hpp>
#include <twinspec/core/annotations/one_of.hpp>
#include <twinspec/core/annotations/presence.hpp>
#include <twinspec/core/annotations/range.hpp>
#include <twinspec/core/annotations/semantic.hpp>
#include <twinspec/core/annotations/text.hpp>
#include <twinspec/core/enum.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>

namespace twinspec {
struct unit_category;
struct pattern_category;
}  // namespace twinspec

namespace twinspec::detail {

/// One bit per field rule; `field_rule_errors<F>()` returns the broken ones.
enum field_rule : std::uint32_t {
    rule_two_kinds = 1U << 0,
    rule_repeated = 1U << 1,
    rule_range_type = 1U << 2,
    rule_range_fit = 1U << 3,
    rule_range_order = 1U << 4,
    rule_default_type = 1U << 5,
    rule_default_range = 1U << 6,
    rule_default_allowed = 1U << 7,
    rule_unit_type = 1U << 8,
    rule_allowed_type = 1U << 9,
    rule_length_type = 1U << 10,
    rule_items_type = 1U << 11,
    rule_pattern_type = 1U << 12,
    rule_semantic = 1U << 13,
    rule_writable = 1U << 14,
    rule_component = 1U << 15,
    rule_length_order = 1U << 16,
    rule_required_type = 1U << 17,
};

/// True when the numeric constant `b` converts to `T` and back without change.
template <class T, class B>
constexpr bool fits(B b) noexcept {
    if constexpr (std::is_floating_point_v<B>) {
        if (b != b) return false;  // NaN never fits
        if constexpr (std::is_integral_v<T>) {
            if (b < static_cast<B>(std::numeric_limits<T>::lowest()) ||
                b > static_cast<B>(std::numeric_limits<T>::max()))
                return false;
            return static_cast<B>(static_cast<T>(b)) == b;
        } else {
            if (b < -static_cast<B>(std::numeric_limits<T>::max()) || b > static_cast<B>(std::numeric_limits<T>::max()))
                return false;
            return static_cast<B>(static_cast<T>(b)) == b;
        }
    } else if constexpr (std::is_integral_v<T>) {
        return std::in_range<T>(b);
    } else {  // integral bound, floating member: exactly representable?
        return static_cast<B>(static_cast<T>(b)) == b;
    }
}

template <class V, class B>
constexpr bool less(const V& v, const B& b) noexcept {
    if constexpr (std::is_integral_v<V> && std::is_integral_v<B>) return std::cmp_less(v, b);
    else return static_cast<long double>(v) < static_cast<long double>(b);
}

template <class Set>
constexpr bool has_repeated_annotation() noexcept {
    return [&]<class... A>(const annotation_set<A...>*) {
        return ((!std::is_same_v<typename A::category, kind_category> &&
                 annotation_set<A...>::template count<typename A::category> > 1) ||
                ...);
    }(static_cast<const Set*>(nullptr));
}

template <class T>
struct strip_optional {
    using type = T;
};
template <class T>
struct strip_optional<std::optional<T>> {
    using type = T;
};

/// Every rule a field of type `V` with annotations `a` breaks, as a bit mask of
/// `field_rule`. Instantiated once per (member type, annotation types) pair, not per field:
/// large models share it across fields, which keeps compile time close to plain structs.
template <class V, class Set>
consteval std::uint32_t field_rule_errors(const Set& a) noexcept {
    using E = element_t<V>;
    std::uint32_t e = 0;
    if constexpr (Set::template count<kind_category> > 1) e |= rule_two_kinds;
    if constexpr (has_repeated_annotation<Set>()) e |= rule_repeated;
    if constexpr (Set::template has<range_category>) {
        const auto& r = a.template get<range_category>();
        if constexpr (!Numeric<E>) {
            e |= rule_range_type;
        } else {
            if ((r.has_min && !fits<E>(r.min)) || (r.has_max && !fits<E>(r.max))) e |= rule_range_fit;
            if (r.has_min && r.has_max && r.max < r.min) e |= rule_range_order;
        }
    }
    if constexpr (Set::template has<default_category>) {
        using D = typename std::remove_cvref_t<decltype(a.template get<default_category>())>::value_type;
        using T = typename strip_optional<V>::type;
        const auto& d = a.template get<default_category>().value;
        if constexpr (Numeric<T> && Numeric<D>) {
            if (!fits<T>(d)) e |= rule_default_type;
            if constexpr (Set::template has<range_category>) {
                const auto& r = a.template get<range_category>();
                if ((r.has_min && less(d, r.min)) || (r.has_max && less(r.max, d))) e |= rule_default_range;
            }
            if constexpr (Set::template has<allowed_category>) {
                if constexpr (Numeric<typename std::remove_cvref_t<decltype(a.template get<allowed_category>())>::value_type>) {
                    bool found = false;
                    for (const auto& x : a.template get<allowed_category>().values)
                        if (!less(x, d) && !less(d, x)) found = true;
                    if (!found) e |= rule_default_allowed;
                }
            }
        } else if constexpr (Text<T> && std::is_same_v<D, std::string_view>) {
            if constexpr (Set::template has<allowed_category>) {
                if constexpr (Text<typename std::remove_cvref_t<decltype(a.template get<allowed_category>())>::value_type>) {
                    bool found = false;
                    for (const auto& x : a.template get<allowed_category>().values)
                        if (std::string_view(x) == d) found = true;
                    if (!found) e |= rule_default_allowed;
                }
            }
        } else if constexpr (std::is_same_v<T, D> && (std::is_enum_v<T> || std::is_same_v<T, bool>)) {
            if constexpr (Set::template has<allowed_category>) {
                if constexpr (std::is_same_v<typename std::remove_cvref_t<decltype(a.template get<allowed_category>())>::value_type, T>) {
                    bool found = false;
                    for (const auto& x : a.template get<allowed_category>().values)
                        if (x == d) found = true;
                    if (!found) e |= rule_default_allowed;
                }
            }
        } else {
            e |= rule_default_type;
        }
    }
    if constexpr (Set::template has<unit_category>) {
        if constexpr (!Numeric<E>) e |= rule_unit_type;
    }
    if constexpr (Set::template has<allowed_category>) {
        using A = typename std::remove_cvref_t<decltype(a.template get<allowed_category>())>::value_type;
        if constexpr (Numeric<E> && Numeric<A>) {
            for (const auto& x : a.template get<allowed_category>().values)
                if (!fits<E>(x)) e |= rule_allowed_type;
        } else if constexpr (!((Text<E> && Text<A>) || (std::is_enum_v<E> && std::is_same_v<E, A>))) {
            e |= rule_allowed_type;
        }
    }
    if constexpr (Set::template has<length_category>) {
        if constexpr (!Text<E>) e |= rule_length_type;
        if (a.template get<length_category>().max < a.template get<length_category>().min) e |= rule_length_order;
    }
    if constexpr (Set::template has<items_category>) {
        if constexpr (!is_sequence_v<typename strip_optional<V>::type>) e |= rule_items_type;
        if (a.template get<items_category>().max < a.template get<items_category>().min) e |= rule_length_order;
    }
    if constexpr (Set::template has<pattern_category>) {
        if constexpr (!Text<E>) e |= rule_pattern_type;
    }
    if constexpr (Set::template has<semantic_category>) {
        for (auto ref : a.template get<semantic_category>().refs)
            if (!is_semantic_reference(ref)) e |= rule_semantic;
    }
    field_kind kind = field_kind::property;
    if constexpr (Set::template has<kind_category>) kind = a.template get<kind_category>().value;
    if constexpr (Set::template has<writable_category>) {
        if (kind != field_kind::property) e |= rule_writable;
    }
    if constexpr (Set::template has<presence_category>) {
        if (a.template get<presence_category>().required && !is_optional_v<V>) e |= rule_required_type;
    }
    if (kind == field_kind::component) {
        if constexpr (!Entity<E>) e |= rule_component;
    }
    return e;
}



/// What is wrong with an entity's metadata, as a bit mask.
enum entity_rule : std::uint32_t {
    entity_bad_id = 1U << 0,
    entity_repeated = 1U << 1,
    entity_semantic = 1U << 2,
};

template <class Set>
consteval std::uint32_t entity_rule_errors(const Set& set) noexcept {
    std::uint32_t e = 0;
    if constexpr (Set::template has<id_category>) {
        if (check_dtmi(set.template get<id_category>().value) != dtmi_error::ok) e |= entity_bad_id;
    }
    if constexpr (has_repeated_annotation<Set>()) e |= entity_repeated;
    if constexpr (Set::template has<semantic_category>) {
        for (auto ref : set.template get<semantic_category>().refs)
            if (!is_semantic_reference(ref)) e |= entity_semantic;
    }
    return e;
}


/// Instantiated only for a field that breaks a rule: each static_assert states one rule;
/// the compiler's "In instantiation of explain_field<twinspec_schema_E::f_m, …>" line and
/// the macro's own static_assert name the entity and the field.
template <class F, std::uint32_t Errors>
struct explain_field {
    static_assert(!(Errors & rule_two_kinds), "twinspec: rule broken: a field has one kind (property, telemetry, command, relationship or component), not two");
    static_assert(!(Errors & rule_repeated), "twinspec: rule broken: an annotation of the same category is given twice");
    static_assert(!(Errors & rule_range_type), "twinspec: rule broken: a range needs a numeric field (arithmetic, not bool)");
    static_assert(!(Errors & rule_range_fit), "twinspec: rule broken: a range bound does not fit the member's type");
    static_assert(!(Errors & rule_range_order), "twinspec: rule broken: the range's minimum is greater than its maximum");
    static_assert(!(Errors & rule_default_type), "twinspec: rule broken: the default value does not convert exactly to the member's type");
    static_assert(!(Errors & rule_default_range), "twinspec: rule broken: the default value lies outside the field's range");
    static_assert(!(Errors & rule_default_allowed), "twinspec: rule broken: the default value is not among the allowed values");
    static_assert(!(Errors & rule_unit_type), "twinspec: rule broken: a unit needs a numeric field");
    static_assert(!(Errors & rule_allowed_type), "twinspec: rule broken: an allowed value does not fit the member's type");
    static_assert(!(Errors & rule_length_type), "twinspec: rule broken: a length limit needs a text field (std::string)");
    static_assert(!(Errors & rule_items_type), "twinspec: rule broken: an items limit needs a std::vector or std::array field");
    static_assert(!(Errors & rule_length_order), "twinspec: rule broken: the length or items minimum is greater than the maximum");
    static_assert(!(Errors & rule_pattern_type), "twinspec: rule broken: a pattern needs a text field (std::string)");
    static_assert(!(Errors & rule_semantic), "twinspec: rule broken: a semantic reference is neither an absolute IRI nor an IRDI");
    static_assert(!(Errors & rule_writable), "twinspec: rule broken: only a property can be writable");
    static_assert(!(Errors & rule_required_type), "twinspec: rule broken: 'required' applies to std::optional fields (plain members are always present)");
    static_assert(!(Errors & rule_component), "twinspec: rule broken: a component must be a twinspec entity (or an optional, vector or array of one)");
    static constexpr bool value = false;
};
struct rules_met {
    static constexpr bool value = true;
};
template <bool Ok>
struct select_explanation {  // an alias, so that explain_field is instantiated only on failure
    template <class F, std::uint32_t Errors>
    using type = rules_met;
};
template <>
struct select_explanation<false> {
    template <class F, std::uint32_t Errors>
    using type = explain_field<F, Errors>;
};
/// True when field `F` obeys every rule; otherwise a compile error states the rule.
/// (`Errors` as a default argument rather than a second variable template: one
/// instantiation fewer per field.)
template <class F, std::uint32_t Errors = field_rule_errors<typename F::value_type>(F::annotations)>
inline constexpr bool field_ok = select_explanation<Errors == 0>::template type<F, Errors>::value;

/// Index of the first of `names` that an earlier one equals, or `names.size()`. Length and
/// last character are compared before the whole name: names such as `rsrpMin`/`rsrpMax`
/// differ at the end, and clang's constant evaluator is slow at comparing strings (a model
/// of 5,000 renamed fields: 24 G instructions with plain `==`, 17 G with this).
consteval std::size_t first_duplicate(std::initializer_list<std::string_view> names) noexcept {
    const std::string_view* s = names.begin();
    for (std::size_t i = 0; i != names.size(); ++i)
        for (std::size_t j = 0; j != i; ++j)
            if (s[i].size() == s[j].size() && (s[i].empty() || s[i].back() == s[j].back()) && s[i] == s[j]) return i;
    return names.size();
}

template <class Fields>
struct duplicate_name_of;
template <class... F>
struct duplicate_name_of<type_list<F...>> {
    /// Index of the first field whose name an earlier field already has, or sizeof...(F).
    /// Member names are unique in C++, so two external names can only clash when a field
    /// is renamed with `name("…")`; without one, nothing is evaluated.
    static constexpr std::size_t value = []() -> std::size_t {
        if constexpr ((has_annotation_v<F, name_category> || ...)) return first_duplicate({F::name...});
        else return sizeof...(F);
    }();
};

/// Instantiated only when two fields share a name; `F` is the second of them, so the
/// compiler's "In instantiation of duplicate_field<twinspec_schema_E::f_m>" names it.
template <class F>
struct duplicate_field {
    static_assert(sizeof(F) == 0, "twinspec: rule broken: two fields have the same name (the second is named in the instantiation above)");
    static constexpr bool value = false;
};
template <class Fields, std::size_t Dup, bool Found = (Dup < Fields::size)>
struct explain_duplicate {
    static constexpr bool value = true;
};
template <class Fields, std::size_t Dup>
struct explain_duplicate<Fields, Dup, true> {
    static constexpr bool value = duplicate_field<type_at_t<Fields, Dup>>::value;
};

template <class S, std::uint32_t Errors = entity_rule_errors(S::annotations),
          std::size_t Dup = duplicate_name_of<typename S::fields>::value>
struct explain_entity {
    static_assert(!(Errors & entity_bad_id), "twinspec: rule broken: the entity's id is not a valid DTMI (dtmi:segment:…;version — segments start with a letter, hold letters, digits and '_', do not end with '_'; version 1‥999999999)");
    static_assert(!(Errors & entity_repeated), "twinspec: rule broken: an entity metadata annotation of the same category is given twice");
    static_assert(!(Errors & entity_semantic), "twinspec: rule broken: the entity's semantic reference is neither an absolute IRI nor an IRDI");
    static constexpr bool value = explain_duplicate<typename S::fields, Dup>::value && Errors == 0;
};
/// True when the entity's metadata obeys every rule and its field names are unique.
template <class S>
inline constexpr bool entity_ok = explain_entity<S>::value;

}  // namespace twinspec::detail
