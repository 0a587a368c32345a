// twinspec/twin/completeness.hpp — the opt-in completeness check of a twin: every quantity a
// physical entity senses (each sensing point) reaches the virtual side through some CN_PV
// connection. `static_assert(ts::complete<CellPE, CellPV, …>)` stops the build naming the
// entity and the first field without a virtual counterpart; `uncovered_sensed_fields` lists
// them without failing.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <type_traits>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/twin/connection.hpp>
#include <twinspec/twin/physical.hpp>

namespace twinspec {

namespace detail {

template <class E, fixed_string F>
inline constexpr bool sensed_field_has_virtual_counterpart = false;
template <class C>
inline constexpr bool completeness_lists_connections = false;
template <class P>
inline constexpr bool completeness_first_argument_is_a_physical_role = false;

template <class E, fixed_string F>
struct explain_no_virtual_counterpart {
    static_assert(sensed_field_has_virtual_counterpart<E, F>,
                  "twinspec: rule broken: completeness: a sensed physical quantity has no virtual counterpart "
                  "through a CN_PV connection (the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class C>
struct explain_not_a_connection {
    static_assert(completeness_lists_connections<C>,
                  "twinspec: rule broken: completeness: complete<PhysicalRole, Connections...> lists ts::connection types "
                  "(the requirement names the argument)");
    static constexpr bool value = false;
};
template <class P>
struct explain_not_a_physical_role {
    static_assert(completeness_first_argument_is_a_physical_role<P>,
                  "twinspec: rule broken: completeness: the first argument of complete<...> is a ts::physical_entity<E, ...>");
    static constexpr bool value = false;
};

/// True when connection `C` carries field `F` of `E` from the physical to the virtual side.
template <class E, fixed_string F, class C>
constexpr bool carries_to_virtual() noexcept {
    if constexpr (C::kind != cn_kind::pv) return false;
    else if constexpr (std::is_same_v<typename C::from_type, E>) return C::template carries_from<F>;
    else return false;
}

template <class E, fixed_string F, class... C>
inline constexpr bool covered_v = (false || ... || carries_to_virtual<E, F, C>());

template <class P, class... C>
struct completeness {
    using E = typename P::entity_type;
    template <class... S>
    static constexpr bool check(type_list<S...>*) {
        return (check_then<covered_v<E, S::field, C...>, explain_no_virtual_counterpart<E, S::field>>::value && ...);
    }
    static constexpr bool value() {
        if constexpr (!is_physical_role_v<P>) return explain_not_a_physical_role<P>::value;
        else if constexpr (!(true && ... && is_connection_v<C>))
            return std::conjunction<check_then<is_connection_v<C>, explain_not_a_connection<C>>...>::value;
        else return check(static_cast<typename P::sensing_points*>(nullptr));
    }
    template <class... S>
    static constexpr std::size_t uncovered_count(type_list<S...>*) {
        return (std::size_t{0} + ... + std::size_t{!covered_v<E, S::field, C...>});
    }
    template <std::size_t N, class... S>
    static constexpr std::array<std::string_view, N> uncovered(type_list<S...>*) {
        std::array<std::string_view, N> out{};
        std::size_t i = 0;
        ((covered_v<E, S::field, C...> ? void() : void(out[i++] = S::field.view())), ...);
        return out;
    }
};

}  // namespace detail

/// True when every sensing point of the physical role `P` is carried to the virtual side by
/// one of the CN_PV connections among `Connections…` (whose source is `P`'s entity). When one
/// is not, naming this stops the build with
/// `sensed_field_has_virtual_counterpart<Entity, "field">` in the requirement. Opt-in:
///
///     static_assert(ts::complete<CellPE, CellPV, BeamPV>);
template <class P, class... Connections>
inline constexpr bool complete = detail::completeness<P, Connections...>::value();

/// The same check as a function: `ts::check_completeness<CellPE, CellPV>();`.
template <class P, class... Connections>
consteval bool check_completeness() {
    static_assert(complete<P, Connections...>, "twinspec: check_completeness<...>: the twin is incomplete (see above)");
    return true;
}

/// The sensed fields of `P` that no CN_PV connection among `Connections…` carries, as names
/// (empty when complete) — for reports, without failing the build.
template <PhysicalRole P, Connection... Connections>
inline constexpr auto uncovered_sensed_fields = [] {
    using C = detail::completeness<P, Connections...>;
    constexpr auto* list = static_cast<typename P::sensing_points*>(nullptr);
    return C::template uncovered<C::uncovered_count(list)>(list);
}();

}  // namespace twinspec
