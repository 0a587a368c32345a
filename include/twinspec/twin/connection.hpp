// twinspec/twin/connection.hpp — the connections of M_DT (CN_PV, CN_PD, CN_PS, CN_VD, CN_VS,
// CN_SD) as typed links: their kind, ends, direction, the fields they carry (by name, with unit
// conversion from the source field's unit to the target field's) and sampling interval. A
// connection whose ends or fields do not exist, or whose units are of different quantity
// kinds, does not compile. `transfer<C>(src, dst)` copies and converts the carried fields at
// run time and reports (never clamps) what cannot be carried.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/core/units/conversion.hpp>
#include <twinspec/core/violation.hpp>
#include <twinspec/twin/detail/role_support.hpp>
#include <twinspec/twin/sampling.hpp>

namespace twinspec {

/// The six connections of the five-dimension model.
enum class cn_kind : std::uint8_t {
    pv,  ///< physical entity – virtual entity
    pd,  ///< physical entity – twin data
    ps,  ///< physical entity – service
    vd,  ///< virtual entity – twin data
    vs,  ///< virtual entity – service
    sd,  ///< service – twin data
};

/// `"CN_PV"` …
[[nodiscard]] constexpr std::string_view to_string(cn_kind k) noexcept {
    constexpr std::string_view names[] = {"CN_PV", "CN_PD", "CN_PS", "CN_VD", "CN_VS", "CN_SD"};
    return names[static_cast<std::uint8_t>(k)];
}

/// Connection kind tags: `connection<cn_pv, From, To, …>`. `from_role`/`to_role` are the
/// dimension letters of the ends ('P', 'V', 'S', 'D').
template <cn_kind K, char From, char To>
struct cn_tag {
    static constexpr cn_kind value = K;
    static constexpr char from_role = From;
    static constexpr char to_role = To;
};
using cn_pv = cn_tag<cn_kind::pv, 'P', 'V'>;
using cn_pd = cn_tag<cn_kind::pd, 'P', 'D'>;
using cn_ps = cn_tag<cn_kind::ps, 'P', 'S'>;
using cn_vd = cn_tag<cn_kind::vd, 'V', 'D'>;
using cn_vs = cn_tag<cn_kind::vs, 'V', 'S'>;
using cn_sd = cn_tag<cn_kind::sd, 'S', 'D'>;

/// Which way data flows.
enum class cn_direction : std::uint8_t {
    forward,        ///< from -> to only
    bidirectional,  ///< also to -> from (e.g. control from the virtual side back to the physical)
};

/// Fields carried under the same name at both ends: `carries<"rsrp", "sinr">`.
template <fixed_string... Fields>
struct carries {};
/// A field carried to a field of another name: `map<"rsrp", "rsrpEstimate">`.
template <fixed_string From, fixed_string To>
struct map {};
/// The connection also carries data back from `to` to `from`.
struct bidirectional {};

/// One carried field as data (for reports and pictures).
struct carried_field {
    std::string_view from;
    std::string_view to;
    std::string_view from_unit;
    std::string_view to_unit;
};

namespace detail {

template <fixed_string From, fixed_string To>
struct field_pair {
    static constexpr auto from = From;
    static constexpr auto to = To;
};

template <class Item>
struct item_pairs {
    using type = type_list<>;
};
template <fixed_string... F>
struct item_pairs<carries<F...>> {
    using type = type_list<field_pair<F, F>...>;
};
template <fixed_string A, fixed_string B>
struct item_pairs<map<A, B>> {
    using type = type_list<field_pair<A, B>>;
};

template <class Item>
inline constexpr int item_kind_v = 0;  // unknown
template <fixed_string... F>
inline constexpr int item_kind_v<carries<F...>> = 1;
template <fixed_string A, fixed_string B>
inline constexpr int item_kind_v<map<A, B>> = 1;
template <std::intmax_t N, class U>
inline constexpr int item_kind_v<every<N, U>> = 2;
template <>
inline constexpr int item_kind_v<bidirectional> = 3;

/// The entity at an end: a role's entity (`role_entity_type`), a service's output (as a
/// source) or single input (as a target), or the type itself.
template <class T, bool Source>
struct end_entity {
    using type = T;
};
template <class T, bool Source>
    requires requires { typename T::role_entity_type; }
struct end_entity<T, Source> {
    using type = typename T::role_entity_type;
};
template <class T>
    requires requires { typename T::output_type; typename T::input_types; }
struct end_entity<T, true> {
    using type = typename T::output_type;
};
template <class T>
    requires requires { typename T::output_type; typename T::input_types; }
struct end_entity<T, false> {
    using type = std::conditional_t<T::input_types::size == 1, type_at_t<typename T::input_types, 0>, void>;
};

template <class ES, class ED, class P>
constexpr carried_field carried_field_of() noexcept {
    return {P::from.view(), P::to.view(), field_unit_symbol<field_t<ES, P::from>>(), field_unit_symbol<field_t<ED, P::to>>()};
}

template <class K>
constexpr cn_kind kind_value() noexcept {
    if constexpr (requires { K::value; K::from_role; }) return K::value;
    else return cn_kind::pv;  // a broken rule, reported by connection_check
}

template <class T>
constexpr std::string_view end_name() noexcept {
    if constexpr (Entity<T>) return entity_name_v<T>;
    else return {};  // a broken rule, reported by connection_check
}

template <class T>
constexpr char role_letter_of() noexcept {
    if constexpr (requires { T::role_letter; }) return T::role_letter;
    else return '?';  // a plain entity: any role
}

template <class Kind>
inline constexpr bool connection_kind_is_cn_pv_pd_ps_vd_vs_or_sd = false;
template <class End>
inline constexpr bool connection_end_is_an_entity = false;
template <class Kind, class End>
inline constexpr bool connection_end_role_matches_kind = false;
template <class From, class To, class Item>
inline constexpr bool connection_item_is_carries_map_every_or_bidirectional = false;
template <class From, class To>
inline constexpr bool connection_carries_a_field = false;
template <class From, class To>
inline constexpr bool connection_sampling_interval_is_positive_time = false;
template <class E, fixed_string F>
inline constexpr bool connection_source_has_field = false;
template <class E, fixed_string F>
inline constexpr bool connection_target_has_field = false;
template <class E, fixed_string F>
inline constexpr bool connection_target_field_written_once = false;
template <class FromField, class ToField>
inline constexpr bool connection_field_types_compatible = false;
template <class FromField, class ToField, class FromUnit, class ToUnit>
inline constexpr bool connection_field_units_convertible = false;

template <class K>
struct explain_cn_kind {
    static_assert(connection_kind_is_cn_pv_pd_ps_vd_vs_or_sd<K>,
                  "twinspec: rule broken: a connection's kind is ts::cn_pv, cn_pd, cn_ps, cn_vd, cn_vs or cn_sd");
    static constexpr bool value = false;
};
template <class End>
struct explain_cn_end {
    static_assert(connection_end_is_an_entity<End>,
                  "twinspec: rule broken: a connection's end is a TWINSPEC_ENTITY or a role over one "
                  "(the requirement names the end)");
    static constexpr bool value = false;
};
template <class K, class End>
struct explain_cn_role {
    static_assert(connection_end_role_matches_kind<K, End>,
                  "twinspec: rule broken: a connection's end is a role of another dimension than the connection's kind "
                  "says (e.g. a virtual_spec at the P end of cn_pv) (the requirement names kind and end)");
    static constexpr bool value = false;
};
template <class From, class To, class Item>
struct explain_cn_item {
    static_assert(connection_item_is_carries_map_every_or_bidirectional<From, To, Item>,
                  "twinspec: rule broken: a connection item is ts::carries, ts::map, ts::every or ts::bidirectional "
                  "(the requirement names the ends and the item)");
    static constexpr bool value = false;
};
template <class From, class To>
struct explain_cn_empty {
    static_assert(connection_carries_a_field<From, To>,
                  "twinspec: rule broken: a connection carries at least one field (the requirement names the ends)");
    static constexpr bool value = false;
};
template <class From, class To>
struct explain_cn_interval {
    static_assert(connection_sampling_interval_is_positive_time<From, To>,
                  "twinspec: rule broken: a connection's sampling interval is every<N, U> with N > 0 and U a unit of time, "
                  "given once (the requirement names the ends)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_cn_no_source {
    static_assert(connection_source_has_field<E, F>,
                  "twinspec: rule broken: a connection carries a field its source entity does not have "
                  "(the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_cn_no_target {
    static_assert(connection_target_has_field<E, F>,
                  "twinspec: rule broken: a connection carries into a field its target entity does not have "
                  "(the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class E, fixed_string F>
struct explain_cn_twice {
    static_assert(connection_target_field_written_once<E, F>,
                  "twinspec: rule broken: a connection writes one target field twice (the requirement names the entity and the field)");
    static constexpr bool value = false;
};
template <class FS, class FD>
struct explain_cn_types {
    static_assert(connection_field_types_compatible<FS, FD>,
                  "twinspec: rule broken: a carried field's type does not fit the target field (numbers to numbers, "
                  "sequences to sequences of the same kind, anything else to the same type) "
                  "(the requirement names both fields)");
    static constexpr bool value = false;
};
template <class FS, class FD, class US, class UD>
struct explain_cn_units {
    static_assert(connection_field_units_convertible<FS, FD, US, UD>,
                  "twinspec: rule broken: a carried field's unit cannot be converted to the target field's unit "
                  "(different quantity kinds, or a unit on one end only) (the requirement names both fields and both units)");
    static constexpr bool value = false;
};

template <class S>
inline constexpr bool is_vector_v = false;
template <class T, class A>
inline constexpr bool is_vector_v<std::vector<T, A>> = true;

/// Can a value of type S be carried into a member of type D?
template <class S, class D>
constexpr bool transferable() noexcept {
    using SE = element_t<S>;
    using DE = element_t<D>;
    if constexpr (Numeric<SE> && Numeric<DE>) {
        if constexpr (is_sequence_v<S> || is_sequence_v<D>) {
            if constexpr (is_sequence_v<S> && is_sequence_v<D>) {
                if constexpr (!Numeric<typename S::value_type> || !Numeric<typename D::value_type>) return false;
                else if constexpr (is_vector_v<S> || is_vector_v<D>) return is_vector_v<S> && is_vector_v<D>;
                else return std::tuple_size_v<S> == std::tuple_size_v<D>;
            } else {
                return false;
            }
        } else {
            return true;  // scalar / optional numbers
        }
    } else {
        return std::is_assignable_v<D&, const S&>;
    }
}

template <class US, class UD>
constexpr bool units_carry() noexcept {
    if constexpr (std::is_void_v<US> && std::is_void_v<UD>) return true;
    else if constexpr (std::is_void_v<US> || std::is_void_v<UD>) return false;
    else return units::convertible_v<US, UD>;
}

template <class FS, class FD, bool Both>
using field_pair_check =
    check_then<transferable<typename FS::value_type, typename FD::value_type>() &&
                   (!Both || transferable<typename FD::value_type, typename FS::value_type>()),
               explain_cn_types<FS, FD>,
               check_then<units_carry<field_unit_t<FS>, field_unit_t<FD>>(),
                          explain_cn_units<FS, FD, field_unit_t<FS>, field_unit_t<FD>>>>;

template <class ES, class ED, class P, bool Both, class AllPairs,
          bool HS = has_named_field<ES, P::from>(), bool HD = has_named_field<ED, P::to>()>
struct pair_check {
    using type = explain_cn_no_source<ES, P::from>;
};
template <class ES, class ED, class P, bool Both, class AllPairs>
struct pair_check<ES, ED, P, Both, AllPairs, true, false> {
    using type = explain_cn_no_target<ED, P::to>;
};
template <class ES, class ED, class P, bool Both, class... All>
struct pair_check<ES, ED, P, Both, type_list<All...>, true, true> {
    static constexpr std::size_t writes = name_count_v<P::to, All::to...>;
    using type = check_then<writes == 1, explain_cn_twice<ED, P::to>,
                            field_pair_check<field_t<ES, P::from>, field_t<ED, P::to>, Both>>;
};

template <class Kind, class FromT, class ToT, class... Items>
struct connection_check {
    using ES = typename end_entity<FromT, true>::type;
    using ED = typename end_entity<ToT, false>::type;
    using pairs = concat_lists_t<typename item_pairs<Items>::type...>;
    static constexpr std::size_t interval_count = (std::size_t{0} + ... + std::size_t{item_kind_v<Items> == 2});
    static constexpr bool interval_ok = (true && ... && (item_kind_v<Items> != 2 || valid_interval_v<Items>));
    static constexpr bool both = (false || ... || std::is_same_v<Items, bidirectional>);

    template <class... P>
    static constexpr bool pairs_ok(type_list<P...>*) {
        return (pair_check<ES, ED, P, both, pairs>::type::value && ...);
    }

    static constexpr bool value() {
        if constexpr (!requires { Kind::value; Kind::from_role; }) return explain_cn_kind<Kind>::value;
        else if constexpr (!Entity<ES>) return explain_cn_end<FromT>::value;
        else if constexpr (!Entity<ED>) return explain_cn_end<ToT>::value;
        else if constexpr (role_letter_of<FromT>() != '?' && role_letter_of<FromT>() != Kind::from_role)
            return explain_cn_role<Kind, FromT>::value;
        else if constexpr (role_letter_of<ToT>() != '?' && role_letter_of<ToT>() != Kind::to_role)
            return explain_cn_role<Kind, ToT>::value;
        else if constexpr (!(true && ... && (item_kind_v<Items> != 0)))
            return std::conjunction<check_then<item_kind_v<Items> != 0, explain_cn_item<ES, ED, Items>>...>::value;
        else if constexpr (pairs::size == 0) return explain_cn_empty<ES, ED>::value;
        else if constexpr (!interval_ok || interval_count > 1) return explain_cn_interval<ES, ED>::value;
        else return pairs_ok(static_cast<pairs*>(nullptr));
    }
};

template <class... Items>
struct interval_of {
    using type = no_interval;
};
template <class I, class... Items>
struct interval_of<I, Items...> {
    using type = std::conditional_t<item_kind_v<I> == 2, I, typename interval_of<Items...>::type>;
};

// ---- run-time transfer -------------------------------------------------------------------

template <class US, class UD, class T>
auto convert_number(T x) {
    if constexpr (std::is_void_v<US> || std::is_same_v<US, UD>) return x;
    else return units::convert<US, UD>(x);
}

TWINSPEC_COLD inline void report_transfer(const path_segment& path, std::string_view unit, violation_sink sink,
                                          twinspec::rule r, scalar value, std::string message) {
    violation v;
    v.path = path.pointer();
    v.rule = r;
    v.value = std::move(value);
    v.unit = unit;
    v.message = std::move(message);
    sink(std::move(v));
}

/// Stores a converted number into `d`; false (reported, `d` unchanged) when it cannot be
/// represented: NaN/inf, or outside the target type's range after rounding to nearest.
template <class D, class R>
bool store_number(R r, D& d, const path_segment& path, std::string_view unit, violation_sink sink) {
    if constexpr (std::is_floating_point_v<R>) {
        if (!std::isfinite(r)) {
            report_transfer(path, unit, sink, rule::custom, scalar::from(r),
                            "the carried value is not a finite number; the target field is left unchanged");
            return false;
        }
        if constexpr (std::is_floating_point_v<D>) {
            if (r > static_cast<R>(std::numeric_limits<D>::max()) || r < static_cast<R>(std::numeric_limits<D>::lowest())) {
                report_transfer(path, unit, sink, rule::custom, scalar::from(r),
                                "the carried value does not fit the target field's type; the target field is left unchanged");
                return false;
            }
            d = static_cast<D>(r);
        } else {
            const R rounded = std::nearbyint(r);
            // [lowest, max + 1) as R is exact for every integer type (powers of two).
            const R lo = static_cast<R>(std::numeric_limits<D>::lowest());
            const R hi = static_cast<R>(std::numeric_limits<D>::max()) + R(1);
            if (!(rounded >= lo && rounded < hi)) {
                report_transfer(path, unit, sink, rule::custom, scalar::from(r),
                                "the carried value does not fit the target field's type; the target field is left unchanged");
                return false;
            }
            d = static_cast<D>(rounded);
        }
    } else if constexpr (std::is_floating_point_v<D>) {
        d = static_cast<D>(r);
    } else {
        if (!std::in_range<D>(r)) {
            report_transfer(path, unit, sink, rule::custom, scalar::from(r),
                            "the carried value does not fit the target field's type; the target field is left unchanged");
            return false;
        }
        d = static_cast<D>(r);
    }
    return true;
}

template <class US, class UD, class S, class D>
void carry_value(const S& s, D& d, const path_segment& path, std::string_view unit, violation_sink sink) {
    if constexpr (!Numeric<element_t<S>> || !Numeric<element_t<D>>) {
        d = s;
    } else if constexpr (is_optional_v<S>) {
        if (s.has_value()) {
            carry_value<US, UD>(*s, d, path, unit, sink);
        } else if constexpr (is_optional_v<D>) {
            d.reset();
        } else {
            report_transfer(path, unit, sink, rule::missing_required, {},
                            "the source field has no value; the target field is left unchanged");
        }
    } else if constexpr (is_optional_v<D>) {
        typename D::value_type tmp{};
        if (store_number(convert_number<US, UD>(s), tmp, path, unit, sink)) d = tmp;
    } else if constexpr (is_sequence_v<S>) {
        if constexpr (is_vector_v<D>) d.resize(s.size());
        for (std::size_t i = 0; i != s.size(); ++i) {
            const path_segment at{&path, {}, i, true};
            store_number(convert_number<US, UD>(s[i]), d[i], at, unit, sink);
        }
    } else {
        store_number(convert_number<US, UD>(s), d, path, unit, sink);
    }
}

template <class FS, class FD, class S, class D>
void carry_field(const S& src, D& dst, const path_segment& at, violation_sink sink) {
    const path_segment path{&at, FD::name, 0, false};
    carry_value<field_unit_t<FS>, field_unit_t<FD>>(src.*FS::pointer, dst.*FD::pointer, path, field_unit_symbol<FD>(), sink);
}

}  // namespace detail

/// A connection of kind `Kind` (`cn_pv` …) from `From` to `To` — entities, or roles over
/// them (`physical_entity<E, …>`, `virtual_spec<P, State, …>`, a `service` as source: its
/// output, as target: its single input) — carrying the fields named by `Items…`
/// (`carries<"a", "b">`, `map<"src", "dst">`), optionally `every<N, U>` and `bidirectional`.
/// A type: checked when used (`static_assert(ts::Connection<C>)`, `transfer<C>`, `complete<…>`).
///
///     using CellPV = ts::connection<ts::cn_pv, Cell, CellTwin,
///         ts::map<"rsrp", "rsrpMw">, ts::carries<"sinr">, ts::every<1, s>>;
template <class Kind, class From, class To, class... Items>
struct connection {
    /// True when every rule holds (when one does not, the build stops; the tables below are
    /// then empty, so that the broken rule is the only error reported).
    static constexpr bool rules_hold = detail::connection_check<Kind, From, To, Items...>::value();
    static_assert(rules_hold, "twinspec: connection<Kind, From, To, ...> breaks the rule stated above");

    using kind_type = Kind;
    using from_end = From;
    using to_end = To;
    /// The entities whose fields are carried.
    using from_type = typename detail::end_entity<From, true>::type;
    using to_type = typename detail::end_entity<To, false>::type;
    using interval = typename detail::interval_of<Items...>::type;
    using field_pairs = std::conditional_t<rules_hold, detail::concat_lists_t<typename detail::item_pairs<Items>::type...>, type_list<>>;

    static constexpr cn_kind kind = detail::kind_value<Kind>();
    static constexpr std::string_view kind_name = to_string(kind);
    static constexpr std::string_view from_name = detail::end_name<from_type>();
    static constexpr std::string_view to_name = detail::end_name<to_type>();
    static constexpr cn_direction direction =
        (false || ... || std::is_same_v<Items, bidirectional>) ? cn_direction::bidirectional : cn_direction::forward;
    static constexpr std::size_t field_count = field_pairs::size;
    /// The carried fields, in declaration order: names and unit symbols at both ends.
    static constexpr auto fields = []<class... P>(type_list<P...>*) {
        return std::array<carried_field, sizeof...(P)>{detail::carried_field_of<from_type, to_type, P>()...};
    }(static_cast<field_pairs*>(nullptr));
    static constexpr bool has_interval = interval_traits<interval>::is_interval;
    /// The sampling interval in seconds (0 when none is declared).
    static constexpr double interval_seconds = [] {
        if constexpr (has_interval) return interval_traits<interval>::seconds;
        else return 0.0;
    }();

    /// True when the connection carries source field `Name` (by its source name).
    template <fixed_string Name>
    static constexpr bool carries_from = []<class... P>(type_list<P...>*) {
        return (false || ... || (P::from.view() == Name.view()));
    }(static_cast<field_pairs*>(nullptr));
};

namespace detail {
template <class C>
inline constexpr bool is_connection_v = false;
template <class K, class F, class T, class... I>
inline constexpr bool is_connection_v<connection<K, F, T, I...>> = true;
}  // namespace detail

/// A `connection<…>` whose rules hold.
template <class C>
concept Connection = detail::is_connection_v<C> && requires { C::fields; C::kind; };

/// Function object behind `transfer<C>`.
template <class C>
struct transfer_fn {
    static_assert(Connection<C>, "twinspec: transfer<C>: C is a ts::connection<Kind, From, To, ...>");

    /// Copies every carried field of `src` into `dst`, converting units; a value that cannot be
    /// carried (NaN, out of the target type's range, an empty optional into a plain field) is
    /// reported at `at` + the target field's path and its target left unchanged; the other
    /// fields are still carried. `src`→`dst` is from→to, or to→from for a bidirectional connection.
    template <class S, class D, class Sink>
        requires std::is_invocable_v<Sink&, violation&&>
    void operator()(const S& src, D& dst, Sink&& sink, const path_segment& at = {}) const {
        using F = typename C::from_type;
        using T = typename C::to_type;
        constexpr bool forward = std::is_same_v<S, F> && std::is_same_v<D, T>;
        constexpr bool backward = std::is_same_v<S, T> && std::is_same_v<D, F> && C::direction == cn_direction::bidirectional;
        static_assert(forward || backward,
                      "twinspec: transfer<C>(src, dst): src and dst are not the connection's ends in a direction it carries "
                      "(from -> to, or to -> from when bidirectional)");
        violation_sink vs(sink);
        [&]<class... P>(type_list<P...>*) {
            if constexpr (forward) (detail::carry_field<field_t<F, P::from>, field_t<T, P::to>>(src, dst, at, vs), ...);
            else (detail::carry_field<field_t<T, P::to>, field_t<F, P::from>>(src, dst, at, vs), ...);
        }(static_cast<typename C::field_pairs*>(nullptr));
    }
    /// The same, returning every problem as a `validation_result` (empty on success).
    template <class S, class D>
    validation_result operator()(const S& src, D& dst) const {
        validation_result r;
        auto push = [&r](violation&& v) { r.push(std::move(v)); };
        (*this)(src, dst, push);
        return r;
    }
};
/// `ts::transfer<CellPV>(cell, twin)` → `validation_result`.
template <class C>
inline constexpr transfer_fn<C> transfer{};

}  // namespace twinspec
