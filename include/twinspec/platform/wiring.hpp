// twinspec/platform/wiring.hpp — the compile-time rules of `platform<Components…>`: every
// required interface provided by exactly one component in a compatible version; layering;
// no dependency cycles; every requirement of a claimed standard met by the data classes the
// component uses. Each broken rule is one `static_assert` whose instantiation names the
// components and the interface.
// IWYU pragma: private, include <twinspec/platform/platform.hpp>
#pragma once

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

#include <twinspec/core/type_list.hpp>
#include <twinspec/platform/component.hpp>

namespace twinspec::platform {

/// True when a component of layer `from` may require an interface of a component of layer
/// `to`: never upwards (edge must not depend on SaaS), and an APP layer component (SaaS)
/// reaches device access and infrastructure only through PaaS.
[[nodiscard]] constexpr bool layering_allows(layer from, layer to) noexcept {
    if (to > from) return false;
    if (from == layer::saas && to < layer::paas) return false;
    return true;
}

namespace detail {
template <class T>
inline constexpr bool dependent_false = false;

// ---- the diagnostics: each names what broke in its template arguments ---------------------
/// Component `C` requires `Interface` and no component of the platform provides it.
template <class Component, class Interface>
struct required_interface_not_provided {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: a required interface is provided by no component "
                  "(requiring component and interface named in required_interface_not_provided<component, interface>)");
    static constexpr bool value = false;
};
/// Component `C` requires `Interface` in a range; `Provider` provides it in another version.
template <class Component, class Interface, class Provider>
struct required_interface_in_incompatible_version {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: a required interface is provided only in a version outside the required range "
                  "(named in required_interface_in_incompatible_version<component, interface, provider>)");
    static constexpr bool value = false;
};
/// Two components provide the interface `C` requires in a compatible version.
template <class Component, class Interface, class Provider1, class Provider2>
struct required_interface_provided_twice {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: a required interface is provided by more than one component "
                  "(named in required_interface_provided_twice<component, interface, provider, provider>)");
    static constexpr bool value = false;
};
/// `Component` (SaaS) requires an interface of `Provider` (edge or IaaS), past PaaS.
template <class Component, class Interface, class Provider>
struct layering_app_reaches_past_paas {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: layering: a SaaS component (industrial APP) reaches past PaaS to an edge or IaaS component "
                  "(named in layering_app_reaches_past_paas<component, interface, provider>)");
    static constexpr bool value = false;
};
/// `Component` requires an interface of `Provider`, which sits in a higher layer.
template <class Component, class Interface, class Provider>
struct layering_depends_upwards {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: layering: a component requires an interface of a component in a higher layer "
                  "(named in layering_depends_upwards<component, interface, provider>)");
    static constexpr bool value = false;
};
/// Device access must sit at the edge layer and be deployable at the edge.
template <class Component>
struct layering_device_access_not_at_edge {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: layering: a device-access component must be in layer edge and deployable at the edge "
                  "(named in layering_device_access_not_at_edge<component>)");
    static constexpr bool value = false;
};
/// An industrial APP sits in the SaaS layer.
template <class Component>
struct layering_app_not_in_saas {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: layering: an industrial APP component must be in layer SaaS "
                  "(named in layering_app_not_in_saas<component>)");
    static constexpr bool value = false;
};
/// `Component` depends on `Next`, which depends back on `Component` (directly or not).
template <class Component, class Next>
struct dependency_cycle {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: the components' dependencies form a cycle "
                  "(two components of it named in dependency_cycle<component, next component>)");
    static constexpr bool value = false;
};
/// Two components of the platform have the same name.
template <class Component1, class Component2>
struct component_name_repeated {
    static_assert(dependent_false<Component1>,
                  "twinspec: platform: two components have the same name "
                  "(named in component_name_repeated<component, component>)");
    static constexpr bool value = false;
};

/// `Component` claims `Standard` (`conforms<…>`), whose catalogue entry records the requirement
/// `Key` (`Text`), and no data class the component uses (`uses_data<…>`) provides it.
template <class Component, class Standard, class Key, class Text>
struct component_requirement_not_met {
    static_assert(dependent_false<Component>,
                  "twinspec: platform: a component claims a standard and no data class it uses provides a requirement "
                  "of it (named in component_requirement_not_met<component, standard, key, requirement>)");
    static constexpr bool value = false;
};

/// The diagnostic for requirement `R` of claim `K` of component `C`.
template <class C, std::size_t K, std::size_t R>
struct explain_claim {
    static constexpr const claim_info& claim = C::claims::list[K];
    static constexpr const standards::standard_descriptor& d = *claim.standard;
    static constexpr auto number = d.id.canonical();
    struct standard_label {
        static constexpr std::string_view text = d.has_number() ? number.view() : standards::detail::diagnostic_title(d);
    };
    struct key_label {
        static constexpr std::string_view text = claim.requirements[R].key;
    };
    struct requirement_text {
        static constexpr std::string_view text = claim.requirements[R].text;
    };
    using type = component_requirement_not_met<C, standards::detail::with_pieces_t<standards::diagnostic::text, standard_label>,
                                               standards::detail::with_pieces_t<standards::diagnostic::text, key_label>,
                                               standards::detail::with_pieces_t<standards::diagnostic::text, requirement_text>>;
};

/// The first unmet requirement of component `C`'s claims (claim, requirement), or (npos, npos).
template <class C>
constexpr std::pair<std::size_t, std::size_t> first_unmet_requirement() noexcept {
    for (std::size_t k = 0; k != C::claims::size; ++k)
        for (std::size_t r = 0; r != C::claims::list[k].requirements.size(); ++r)
            if (!C::claims::list[k].requirements[r].met()) return {k, r};
    return {static_cast<std::size_t>(-1), static_cast<std::size_t>(-1)};
}

/// Every requirement of every standard component `C` claims is provided by a data class it uses.
template <class C>
constexpr bool claims_ok() {
    constexpr auto u = first_unmet_requirement<C>();
    if constexpr (u.first == static_cast<std::size_t>(-1)) return true;
    else return explain_claim<C, u.first, u.second>::type::value;
}

// ---- queries ---------------------------------------------------------------------------------
template <class List, class N>
struct provides_name;
template <class... I, class N>
struct provides_name<type_list<I...>, N> {
    static constexpr bool any = ((I::name == N::name) || ...);
    static constexpr bool compatible = ((I::name == N::name && N::range.contains(I::version)) || ...);
};

template <class... Cs>
struct wiring {
    static constexpr std::size_t n = sizeof...(Cs);
    using list = type_list<Cs...>;

    /// For need `N` of component `Self`: which components provide its name, and which in range.
    template <class Self, class N>
    static constexpr std::array<bool, n + 1> name_match{
        (!std::is_same_v<Cs, Self> && provides_name<typename Cs::provided, N>::any)..., false};
    template <class Self, class N>
    static constexpr std::array<bool, n + 1> match{
        (!std::is_same_v<Cs, Self> && provides_name<typename Cs::provided, N>::compatible)..., false};

    static constexpr std::size_t count(const std::array<bool, n + 1>& a, std::size_t from = 0) noexcept {
        std::size_t k = 0;
        for (std::size_t i = from; i != n; ++i) k += a[i] ? 1U : 0U;
        return k;
    }
    static constexpr std::size_t first(const std::array<bool, n + 1>& a, std::size_t from = 0) noexcept {
        std::size_t i = from;
        while (i != n && !a[i]) ++i;
        return i;
    }

    /// The index of the component that provides need `N` of `Self` (n when none or several).
    template <class Self, class N>
    static constexpr std::size_t provider_of() noexcept {
        return count(match<Self, N>) == 1 ? first(match<Self, N>) : n;
    }

    template <class Self, class N>
    static constexpr bool need_ok() {
        constexpr auto m = match<Self, N>;
        constexpr auto by_name = name_match<Self, N>;
        using I = typename N::interface_type;
        if constexpr (count(m) == 1) {
            using P = type_at_t<list, first(m)>;
            if constexpr (Self::layer == layer::saas && P::layer < layer::paas)
                return layering_app_reaches_past_paas<Self, I, P>::value;
            else if constexpr (!layering_allows(Self::layer, P::layer))
                return layering_depends_upwards<Self, I, P>::value;
            else
                return true;
        } else if constexpr (count(m) > 1) {
            return required_interface_provided_twice<Self, I, type_at_t<list, first(m)>,
                                                     type_at_t<list, first(m, first(m) + 1)>>::value;
        } else if constexpr (count(by_name) > 0) {
            return required_interface_in_incompatible_version<Self, I, type_at_t<list, first(by_name)>>::value;
        } else {
            return required_interface_not_provided<Self, I>::value;
        }
    }

    template <class Self, class... N>
    static constexpr bool needs_ok(type_list<N...>*) {
        return (need_ok<Self, N>() && ...);
    }

    template <class C>
    static constexpr bool placement_ok() {
        if constexpr (C::kind == component_kind::device_access &&
                      (C::layer != layer::edge || C::deployment == deployment::cloud))
            return layering_device_access_not_at_edge<C>::value;
        else if constexpr (C::kind == component_kind::industrial_app && C::layer != layer::saas)
            return layering_app_not_in_saas<C>::value;
        else
            return true;
    }

    static constexpr std::array<std::string_view, n + 1> names{Cs::name..., {}};
    static constexpr std::pair<std::size_t, std::size_t> repeated_name() noexcept {
        for (std::size_t i = 0; i != n; ++i)
            for (std::size_t j = i + 1; j != n; ++j)
                if (names[i] == names[j]) return {i, j};
        return {n, n};
    }
    static constexpr bool names_ok() {
        constexpr auto r = repeated_name();
        if constexpr (r.first != n)
            return component_name_repeated<type_at_t<list, r.first>, type_at_t<list, r.second>>::value;
        else
            return true;
    }

    /// adjacency[i][j]: component i requires an interface that component j provides.
    template <class Self, class... N>
    static constexpr std::array<bool, n + 1> row(type_list<N...>*) noexcept {
        std::array<bool, n + 1> r{};
        ((r[provider_of<Self, N>()] = true), ...);
        r[n] = false;
        return r;
    }
    static constexpr std::array<std::array<bool, n + 1>, n + 1> adjacency{
        row<Cs>(static_cast<typename Cs::needed*>(nullptr))..., std::array<bool, n + 1>{}};

    /// Kahn's algorithm: providers before their consumers, ties in declaration order. When a
    /// cycle remains, `count < n` and `cycle_at` is a component on it, `cycle_next` its successor.
    struct order_t {
        std::array<std::size_t, n + 1> order{};
        std::size_t count = 0;
        std::size_t cycle_at = n;
        std::size_t cycle_next = n;
    };
    static constexpr order_t start_order() noexcept {
        order_t r;
        std::array<bool, n + 1> done{};
        for (bool progress = true; progress;) {
            progress = false;
            for (std::size_t i = 0; i != n; ++i) {
                if (done[i]) continue;
                bool ready = true;
                for (std::size_t j = 0; j != n; ++j)
                    if (adjacency[i][j] && !done[j]) ready = false;
                if (ready) {
                    done[i] = true;
                    r.order[r.count++] = i;
                    progress = true;
                    break;  // restart: the earliest declared ready component goes first
                }
            }
        }
        if (r.count != n) {
            // Every remaining component depends on a remaining one; walking n steps lands on a cycle.
            std::size_t at = 0;
            while (done[at]) ++at;
            auto next = [&](std::size_t i) {
                for (std::size_t j = 0; j != n; ++j)
                    if (adjacency[i][j] && !done[j]) return j;
                return n;
            };
            for (std::size_t k = 0; k != n; ++k) at = next(at);
            r.cycle_at = at;
            r.cycle_next = next(at);
        }
        return r;
    }
    static constexpr order_t order = start_order();

    static constexpr bool cycles_ok() {
        if constexpr (order.count != n)
            return dependency_cycle<type_at_t<list, order.cycle_at>, type_at_t<list, order.cycle_next>>::value;
        else
            return true;
    }

    static constexpr bool ok() {
        if constexpr (!(names_ok() && (placement_ok<Cs>() && ...))) return false;
        else if constexpr (!(needs_ok<Cs>(static_cast<typename Cs::needed*>(nullptr)) && ...)) return false;
        else if constexpr (!(claims_ok<Cs>() && ...)) return false;
        else return cycles_ok();
    }
};
}  // namespace detail

}  // namespace twinspec::platform
