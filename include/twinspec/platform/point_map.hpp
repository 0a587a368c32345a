// twinspec/platform/point_map.hpp — `point_map<Entity, Points…>`: which protocol address writes
// which field of an entity, checked at compile time, and the run-time decoder that turns raw
// register words, OPC UA values and MQTT payloads into validated values (never clamped): written
// to the entity's fields, or produced as the twin-data layer's `data::sample<T>`.
//
// Compile-time rules (each a static_assert whose instantiation names the entity, the field or
// point, and the rule; see docs/platform.md):
//   1. the point's field exists in the entity;
//   2. the field is a number or a bool (or a std::optional of one);
//   3. a Modbus point's register kind, value type and register count agree (bits in coils and
//      discrete inputs, 1/2/4 registers for 16/32/64-bit values), its scale is not zero and its
//      denominators are positive, and its last address is at most 65535;
//   4. the point's type fits the field's: a bool field takes a bit (Modbus) or a Boolean (OPC
//      UA), a numeric field does not; an integral field takes no floating-point register and no
//      fractional scale, offset or unit conversion;
//   5. the point's unit (when given) is of the field's quantity kind (linear conversion only);
//   6. the values the register can deliver (raw type range × scale + offset, in the field's
//      unit) cover the field's range: a u16 register scaled by 0.1 (0 … 6553.5) cannot reach
//      −156 … −31 dBm; with s16 or an offset of −200 it can;
//   7. no two points write one field;
//   8. no two Modbus points overlap (address … address+count−1, per unit id and register kind),
//      and no OPC UA node or MQTT topic is read by two points.
#pragma once

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <ranges>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <twinspec/core/annotations/range.hpp>
#include <twinspec/core/annotations/unit.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/units.hpp>
#include <twinspec/core/violation.hpp>  // TWINSPEC_COLD
#include <twinspec/data/sample.hpp>
#include <twinspec/platform/decode_report.hpp>
#include <twinspec/platform/device_access.hpp>

namespace twinspec::platform {

/// A block of Modbus data as one read returns it: unit id, table, the first address read, and
/// the words (for coils and discrete inputs one word per bit, 0 or 1), when it was read (the
/// epoch: unknown) and the source its samples carry (entity handle, connection id).
struct modbus_block {
    std::uint8_t unit = 1;
    register_kind kind = register_kind::holding_register;
    std::uint16_t start = 0;
    std::span<const std::uint16_t> words{};
    twinspec::platform::timestamp time{};
    data::source_id source{};
};

/// An OPC UA variable's value as a client reads it: data type, the value (as a double; integers
/// beyond 2^53 lose precision), the status code (0 = Good), the source timestamp (the epoch:
/// unknown) and the source its sample carries.
struct opcua_value {
    opcua_type type = opcua_type::double_;
    double value = 0;
    std::uint32_t status = 0;
    twinspec::platform::timestamp source_time{};
    data::source_id source{};
};

namespace detail {
template <class T>
inline constexpr bool point_false = false;

// ---- diagnostics ----------------------------------------------------------------------------------
template <class Entity, class Point>
struct point_field_missing {
    static_assert(point_false<Entity>, "twinspec: point map: a point names a field the entity does not have "
                                       "(entity and point named in point_field_missing<entity, point>)");
    static constexpr bool value = false;
};
template <class Field, class Point>
struct point_field_not_a_number {
    static_assert(point_false<Field>, "twinspec: point map: a point writes a field that is neither a number nor a bool "
                                      "(field and point named in point_field_not_a_number<field, point>)");
    static constexpr bool value = false;
};
template <class Field, class Point>
struct modbus_encoding_invalid {
    static_assert(point_false<Field>,
                  "twinspec: point map: a Modbus point's register kind, value type and register count disagree, "
                  "its scale is zero, a denominator is not positive or it passes address 65535 "
                  "(named in modbus_encoding_invalid<field, point>)");
    static constexpr bool value = false;
};
template <class Field, class Point>
struct point_type_does_not_fit_field {
    static_assert(point_false<Field>,
                  "twinspec: point map: the point's value type does not fit the field's type (bool fields take bits, "
                  "integral fields no floating-point value and no fractional scale, offset or unit conversion) "
                  "(named in point_type_does_not_fit_field<field, point>)");
    static constexpr bool value = false;
};
template <class Field, class Point>
struct point_unit_incompatible {
    static_assert(point_false<Field>,
                  "twinspec: point map: the point's unit is not of the field's quantity kind, or the field has no unit "
                  "(named in point_unit_incompatible<field, point>)");
    static constexpr bool value = false;
};
template <class Field, class Point>
struct register_range_misses_field_range {
    static_assert(point_false<Field>,
                  "twinspec: point map: the values the register can deliver (raw range x scale + offset) do not cover "
                  "the field's range (named in register_range_misses_field_range<field, point>)");
    static constexpr bool value = false;
};
template <class Field>
struct field_written_by_two_points {
    static_assert(point_false<Field>, "twinspec: point map: two points write one field "
                                      "(the field named in field_written_by_two_points<field>)");
    static constexpr bool value = false;
};
template <class Entity, class Point1, class Point2>
struct point_addresses_overlap {
    static_assert(point_false<Entity>,
                  "twinspec: point map: two points read overlapping Modbus registers (same unit id and register kind) "
                  "or the same OPC UA node or MQTT topic (named in point_addresses_overlap<entity, point, point>)");
    static constexpr bool value = false;
};

// ---- helpers ---------------------------------------------------------------------------------------
template <class T>
struct strip_optional {
    using type = T;
};
template <class T>
struct strip_optional<std::optional<T>> {
    using type = T;
};
template <class F>
using point_value_t = typename strip_optional<typename F::value_type>::type;

template <class F>
struct field_unit {
    using type = void;
};
template <class F>
    requires has_annotation_v<F, unit_category>
struct field_unit<F> {
    using type = typename std::remove_cvref_t<decltype(F::annotations.template get<unit_category>())>::unit_type;
};

/// The unit the point's engineering value is in: its own, or the field's.
template <class P, class F>
using point_unit_t = std::conditional_t<std::is_void_v<typename P::unit_type>, typename field_unit<F>::type, typename P::unit_type>;

struct interval {
    double lo;
    double hi;
};

constexpr interval raw_interval(value_type t) noexcept {
    switch (t) {
        case value_type::bit: return {0, 1};
        case value_type::u16: return {0, 65535.0};
        case value_type::s16: return {-32768.0, 32767.0};
        case value_type::u32: return {0, 4294967295.0};
        case value_type::s32: return {-2147483648.0, 2147483647.0};
        case value_type::u64: return {0, 18446744073709551615.0};
        case value_type::s64: return {-9223372036854775808.0, 9223372036854775807.0};
        case value_type::f32: return {-static_cast<double>(std::numeric_limits<float>::max()), static_cast<double>(std::numeric_limits<float>::max())};
        default: return {std::numeric_limits<double>::lowest(), std::numeric_limits<double>::max()};
    }
}
constexpr interval opcua_interval(opcua_type t) noexcept {
    switch (t) {
        case opcua_type::boolean: return {0, 1};
        case opcua_type::int16: return raw_interval(value_type::s16);
        case opcua_type::uint16: return raw_interval(value_type::u16);
        case opcua_type::int32: return raw_interval(value_type::s32);
        case opcua_type::uint32: return raw_interval(value_type::u32);
        case opcua_type::int64: return raw_interval(value_type::s64);
        case opcua_type::uint64: return raw_interval(value_type::u64);
        case opcua_type::float_: return raw_interval(value_type::f32);
        default: return raw_interval(value_type::f64);
    }
}

template <class From, class To>
constexpr double to_field_unit(double x) noexcept {
    if constexpr (std::is_void_v<From> || std::is_void_v<To> || std::is_same_v<From, To>) return x;
    else return static_cast<double>(units::convert<From, To>(x));
}

/// The values a point can deliver, in the field's unit.
template <class P, class F>
constexpr interval point_interval() noexcept {
    interval r{};
    if constexpr (P::protocol == protocol::modbus) {
        constexpr auto a = P::address;
        const interval raw = raw_interval(a.type);
        const double s = static_cast<double>(a.scale_num) / static_cast<double>(a.scale_den);
        const double o = static_cast<double>(a.offset_num) / static_cast<double>(a.offset_den);
        r = s >= 0 ? interval{raw.lo * s + o, raw.hi * s + o} : interval{raw.hi * s + o, raw.lo * s + o};
    } else if constexpr (P::protocol == protocol::opcua) {
        r = opcua_interval(P::type);
    } else {
        r = raw_interval(value_type::f64);
    }
    using PU = point_unit_t<P, F>;
    using FU = typename field_unit<F>::type;
    r = {to_field_unit<PU, FU>(r.lo), to_field_unit<PU, FU>(r.hi)};
    if (r.lo > r.hi) r = {r.hi, r.lo};
    return r;
}

template <class P, class F>
constexpr bool covers_field_range() noexcept {
    if constexpr (!has_annotation_v<F, range_category>) {
        return true;
    } else {
        constexpr auto rg = F::annotations.template get<range_category>();
        constexpr interval r = point_interval<P, F>();
        return (!rg.has_min || r.lo <= static_cast<double>(rg.min)) && (!rg.has_max || r.hi >= static_cast<double>(rg.max));
    }
}

template <class P>
constexpr bool modbus_encoding_ok() noexcept {
    if constexpr (P::protocol != protocol::modbus) return true;
    else {
    constexpr auto a = P::address;
    const bool bit_table = a.kind == register_kind::coil || a.kind == register_kind::discrete_input;
    return (bit_table == (a.type == value_type::bit)) && a.count == register_count(a.type) && a.scale_num != 0 &&
           a.scale_den > 0 && a.offset_den > 0 && a.last() <= 65535U;
    }
}

template <class P, class F>
constexpr bool point_type_fits() noexcept {
    using V = point_value_t<F>;
    using PU = point_unit_t<P, F>;
    using FU = typename field_unit<F>::type;
    bool point_is_bool = false;
    bool point_is_float = false;
    bool fraction = false;
    if constexpr (P::protocol == protocol::modbus) {
        constexpr auto a = P::address;
        point_is_bool = a.type == value_type::bit;
        point_is_float = is_floating(a.type);
        fraction = a.scale_den != 1 || a.offset_den != 1 || a.scale_num % a.scale_den != 0;
    } else if constexpr (P::protocol == protocol::opcua) {
        point_is_bool = P::type == opcua_type::boolean;
        point_is_float = P::type == opcua_type::float_ || P::type == opcua_type::double_;
    } else {
        point_is_float = false;  // MQTT payload text: an integral field rejects fractions at run time
    }
    if constexpr (!std::is_void_v<PU> && !std::is_void_v<FU> && !std::is_same_v<PU, FU> && std::is_integral_v<V>) {
        if (!units::detail::affine_map<PU, FU>::integral_exact) fraction = true;
    }
    if (std::is_same_v<V, bool>) return point_is_bool;
    if (point_is_bool) return false;
    if (std::is_integral_v<V>) return !point_is_float && !fraction;
    return true;
}

template <class P, class F>
constexpr bool unit_ok() noexcept {
    using PU = typename P::unit_type;
    using FU = typename field_unit<F>::type;
    if constexpr (std::is_void_v<PU>) return true;
    else if constexpr (std::is_void_v<FU>) return false;
    else return std::is_same_v<typename PU::kind, typename FU::kind>;
}

template <class E, class P>
constexpr bool point_ok() {
    if constexpr (!HasField<E, P::field_name>) {
        return point_field_missing<E, P>::value;
    } else {
        using F = field_t<E, P::field_name>;
        using V = point_value_t<F>;
        if constexpr (!(Numeric<V> || std::is_same_v<V, bool>)) return point_field_not_a_number<F, P>::value;
        else if constexpr (!modbus_encoding_ok<P>()) return modbus_encoding_invalid<F, P>::value;
        else if constexpr (!unit_ok<P, F>()) return point_unit_incompatible<F, P>::value;
        else if constexpr (!point_type_fits<P, F>()) return point_type_does_not_fit_field<F, P>::value;
        else if constexpr (!covers_field_range<P, F>()) return register_range_misses_field_range<F, P>::value;
        else return true;
    }
}

constexpr bool points_clash(const point_info& a, const point_info& b) noexcept {
    if (a.protocol != b.protocol) return false;
    if (a.protocol != protocol::modbus) return a.node_or_topic == b.node_or_topic;
    return a.modbus.unit == b.modbus.unit && a.modbus.kind == b.modbus.kind && a.modbus.address <= b.modbus.last() &&
           b.modbus.address <= a.modbus.last();
}

template <class E, class... P>
struct point_map_rules {
    static constexpr std::size_t n = sizeof...(P);
    using list = type_list<P...>;
    static constexpr point_info infos[n + 1] = {P::info..., point_info{}};

    static constexpr std::pair<std::size_t, std::size_t> find_pair(bool by_field) noexcept {
        for (std::size_t i = 0; i != n; ++i)
            for (std::size_t j = i + 1; j != n; ++j)
                if (by_field ? infos[i].field == infos[j].field : points_clash(infos[i], infos[j])) return {i, j};
        return {n, n};
    }

    static constexpr bool ok() {
        if constexpr (!(point_ok<E, P>() && ...)) {
            return false;
        } else if constexpr (constexpr auto d = find_pair(true); d.first != n) {
            return field_written_by_two_points<field_t<E, type_at_t<list, d.first>::field_name>>::value;
        } else if constexpr (constexpr auto o = find_pair(false); o.first != n) {
            return point_addresses_overlap<E, type_at_t<list, o.first>, type_at_t<list, o.second>>::value;
        } else {
            return true;
        }
    }
};

// ---- decoding ----------------------------------------------------------------------------------
template <class T>
constexpr std::string_view unit_symbol() noexcept {
    if constexpr (std::is_void_v<T>) return {};
    else return T::symbol;
}

/// What decoding one point yields before it becomes a `data::sample<V>` (or a write to a
/// field): small enough to stay in registers on the success path.
template <class V>
struct outcome {
    V value{};
    decode_error error = decode_error::none;
    double value_seen = 0;
    double limit = 0;
};

/// Checks an engineering value `x` (in the field's unit) against field `F` and stores it.
/// True when field `F` has a range with both bounds inside its type's limits: a value that
/// passed the range check then fits the type.
template <class F>
constexpr bool range_within_type() noexcept {
    using V = point_value_t<F>;
    if constexpr (!has_annotation_v<F, range_category> || std::is_same_v<V, bool>) {
        return false;
    } else {
        constexpr auto rg = F::annotations.template get<range_category>();
        return rg.has_min && rg.has_max && static_cast<double>(rg.min) >= static_cast<double>(std::numeric_limits<V>::lowest()) &&
               static_cast<double>(rg.max) <= static_cast<double>(std::numeric_limits<V>::max());
    }
}

template <class F, bool Exact = false, bool Finite = Exact, class Out>
inline void finish(double x, Out& out) noexcept {
    using V = point_value_t<F>;
    out.value_seen = x;
    if constexpr (std::is_same_v<V, bool>) {
        if (x == 0.0) out.value = false;
        else if (x == 1.0) out.value = true;
        else out.error = decode_error::not_representable;
        return;
    } else {
        if constexpr (!Finite) {
            if (!(x - x == 0.0)) {
                out.error = decode_error::not_finite;
                return;
            }
        }
        if constexpr (has_annotation_v<F, range_category>) {
            constexpr auto rg = F::annotations.template get<range_category>();
            if (rg.has_min && x < static_cast<double>(rg.min)) {
                out.error = decode_error::out_of_range;
                out.limit = static_cast<double>(rg.min);
                return;
            }
            if (rg.has_max && x > static_cast<double>(rg.max)) {
                out.error = decode_error::out_of_range;
                out.limit = static_cast<double>(rg.max);
                return;
            }
        }
        if constexpr (std::is_integral_v<V> && range_within_type<F>()) {
            if (!Exact && std::trunc(x) != x) {
                out.error = decode_error::not_representable;
                return;
            }
        } else if constexpr (std::is_integral_v<V>) {
            if (!(x >= static_cast<double>(std::numeric_limits<V>::lowest()) &&
                  x <= static_cast<double>(std::numeric_limits<V>::max())) ||
                (!Exact && std::trunc(x) != x)) {
                out.error = decode_error::not_representable;
                return;
            }
        } else if constexpr (sizeof(V) < sizeof(double) && !range_within_type<F>()) {
            if (!(x >= static_cast<double>(std::numeric_limits<V>::lowest()) && x <= static_cast<double>(std::numeric_limits<V>::max()))) {
                out.error = decode_error::not_representable;
                return;
            }
        }
        out.value = static_cast<V>(x);
    }
}

/// The raw register value of Modbus point `A` starting at `w` as a double (exact for every
/// 16/32-bit value and for floats; 64-bit integers round to the nearest double).
template <modbus_address A>
inline double assemble(const std::uint16_t* w) noexcept {
    std::uint64_t bits = 0;
    for (std::uint16_t k = 0; k != A.count; ++k)
        bits = (bits << 16) | w[A.order == word_order::high_first ? k : A.count - 1U - k];
    if constexpr (A.type == value_type::bit || A.type == value_type::u16 || A.type == value_type::u32 || A.type == value_type::u64)
        return static_cast<double>(bits);
    else if constexpr (A.type == value_type::s16)
        return static_cast<double>(static_cast<std::int16_t>(static_cast<std::uint16_t>(bits)));
    else if constexpr (A.type == value_type::s32)
        return static_cast<double>(static_cast<std::int32_t>(static_cast<std::uint32_t>(bits)));
    else if constexpr (A.type == value_type::s64)
        return static_cast<double>(static_cast<std::int64_t>(bits));
    else if constexpr (A.type == value_type::f32)
        return static_cast<double>(std::bit_cast<float>(static_cast<std::uint32_t>(bits)));
    else
        return std::bit_cast<double>(bits);
}

template <class P, class F>
inline double to_engineering(double raw) noexcept {
    constexpr auto a = P::address;
    double x = raw;
    if constexpr (a.scale_num != 1) x *= static_cast<double>(a.scale_num);
    if constexpr (a.scale_den != 1) x /= static_cast<double>(a.scale_den);
    if constexpr (a.offset_num != 0) x += static_cast<double>(a.offset_num) / static_cast<double>(a.offset_den);
    return to_field_unit<typename P::unit_type, std::conditional_t<std::is_void_v<typename P::unit_type>, void, typename field_unit<F>::type>>(x);
}

/// True when the block holds point `P`'s first register: same unit id, same register table,
/// address inside the block (a shorter tail is `wrong_register_count`, reported by the decoder).
/// One predicate for every decoding path. The four tests are joined with `&`, not `&&`: one
/// condition, one branch, which the caller's `[[likely]]` marks. With `&&` each test is a
/// branch of its own inside this function, g++ estimates each `==` as false before the
/// caller's hint reaches it, rates the point's code as rarely run and then keeps the
/// consumer's state in memory across `decode_samples`' loop (measured: 2× the hand-written
/// decoder instead of parity).
template <class P>
[[gnu::always_inline]] constexpr bool block_holds(const modbus_block& b) noexcept {
    constexpr auto a = P::address;
    const std::size_t n = b.words.size();
    return (b.unit == a.unit) & (b.kind == a.kind) & (a.address >= b.start) &
           (static_cast<std::size_t>(a.address - b.start) < n);
}

/// Decodes Modbus point `P` of field `F` from block `b`: the value or the error.
template <class P, class F>
inline outcome<point_value_t<F>> modbus_core(const modbus_block& b) noexcept {
    constexpr auto a = P::address;
    outcome<point_value_t<F>> out;
    if (!block_holds<P>(b)) [[unlikely]] {
        out.error = decode_error::missing;
        return out;
    }
    const auto at = static_cast<std::size_t>(a.address - b.start);
    if (b.words.size() - at < a.count) [[unlikely]] {
        out.error = decode_error::wrong_register_count;
        out.value_seen = static_cast<double>(b.words.size() - at);
        out.limit = a.count;
        return out;
    }
    const double raw = assemble<a>(b.words.data() + at);
    if constexpr (is_floating(a.type)) {
        if (!(raw - raw == 0.0)) [[unlikely]] {
            out.error = decode_error::not_finite;
            out.value_seen = raw;
            return out;
        }
    }
    // Integer registers with an integral scale and offset give finite whole numbers: the
    // finiteness and integrality tests are needed only for floats and fractions.
    constexpr bool exact = !is_floating(a.type) && a.scale_den == 1 && a.offset_den == 1 &&
                           std::is_void_v<typename P::unit_type>;
    finish<F, exact, !is_floating(a.type)>(to_engineering<P, F>(raw), out);
    return out;
}

/// The sample of an outcome: the value when good; when bad the default value, never a clamped
/// one, and a bad quality with the reason code (`decode_quality`).
template <class V>
inline data::sample<V> to_sample(const outcome<V>& o, timestamp t, data::source_id src) noexcept {
    return data::sample<V>{o.value, t, src.entity, src.connection, decode_quality(o.error, o.value_seen, o.limit)};
}
/// The sample of a good value (no quality to compute on the success path).
template <class V>
inline data::sample<V> good_sample(V value, timestamp t, data::source_id src) noexcept {
    return data::sample<V>{value, t, src.entity, src.connection, data::quality::good()};
}
}  // namespace detail

/// A map from protocol addresses to the fields of entity `E`: `point_map<Cell,
/// modbus_point<"rsrp", input(1, 100, value_type::s16).scale(1, 10)>, …>`. Instantiating it
/// checks the rules listed at the top of this header.
template <Entity E, Point... P>
class point_map {
    using rules = detail::point_map_rules<E, P...>;
    static_assert(rules::ok(), "twinspec: point_map<...> breaks the point-map rule stated above");

    template <class Pt>
    using field_of = field_t<E, Pt::field_name>;

    // The error path takes scalars by value, so that nothing of the success path escapes: not
    // the outcome itself, which (32 bytes) would be passed in memory and so stay a stack
    // object that the success path fills too (clang 16; see bench/README.md, Platform).
    template <class Pt>
    TWINSPEC_COLD static void reject_point(decode_error e, double value_seen, double limit, timestamp t,
                                           decode_report* report) {
        std::string path = "/";
        path += field_of<Pt>::name;
        report->errors.push_back(point_error{&Pt::info, std::move(path), e, value_seen, limit,
                                             detail::unit_symbol<typename detail::field_unit<field_of<Pt>>::type>(), t});
    }
    template <class Pt, class V>
    [[gnu::always_inline]] static void reject(const detail::outcome<V>& o, timestamp t, decode_report* report) {
        reject_point<Pt>(o.error, o.value_seen, o.limit, t, report);
    }

    /// The per-point fold of every sample decoder: for each Modbus point `Pt` whose first
    /// register block `b` holds (`detail::block_holds`), decodes it and calls
    /// `on_good.template operator()<Pt>(outcome)` when the value is good,
    /// `on_bad.template operator()<Pt>(outcome)` when it is bad. The coverage test is
    /// `[[likely]]`: before the block is known (when the profile is estimated) g++ guesses
    /// each `==` false, rates the point's code as rarely run, and then will not keep the
    /// consumer's state in registers across the caller's loop (no store motion out of a block
    /// "colder" than the loop's entry) — 2–2.6× the hand-written cost.
    template <class Good, class Bad>
    [[gnu::always_inline]] static void decode_points(const modbus_block& b, Good&& on_good, Bad&& on_bad) {
        (
            [&] {
                if constexpr (P::protocol == protocol::modbus) {
                    if (detail::block_holds<P>(b)) [[likely]] {
                        auto o = detail::modbus_core<P, field_of<P>>(b);
                        if (o.error == decode_error::none) [[likely]] on_good.template operator()<P>(o);
                        else on_bad.template operator()<P>(o);
                    }
                }
            }(),
            ...);
    }

    /// The second pass of the batch `decode_samples`: reports every bad value of the blocks.
    template <class R>
    TWINSPEC_COLD static void report_bad_blocks(R& blocks, decode_report& report) {
        for (auto&& block : blocks) {
            const modbus_block& b = block;
            decode_points(
                b, []<class Pt, class V>(const detail::outcome<V>&) {},
                [&]<class Pt, class V>(const detail::outcome<V>& o) { reject<Pt>(o, b.time, &report); });
        }
    }

    /// Writes a good value (returns 1) or reports a bad one (returns 0).
    template <class Pt, class V>
    static std::size_t store(E& obj, const detail::outcome<V>& o, timestamp t, decode_report& report) {
        if (o.error == decode_error::none) [[likely]] {
            obj.*field_of<Pt>::pointer = o.value;
            return 1;
        }
        reject<Pt>(o, t, &report);
        return 0;
    }

    /// Passes a good value on as a sample (returns 1) or reports a bad one (returns 0).
    template <class Pt, class V, class Fn>
    static std::size_t emit(Fn& f, const detail::outcome<V>& o, timestamp t, data::source_id src, decode_report& report) {
        if (o.error == decode_error::none) [[likely]] {
            f(Pt::info, detail::good_sample(o.value, t, src));
            return 1;
        }
        reject<Pt>(o, t, &report);
        return 0;
    }

    template <fixed_string Field>
    static constexpr void check_modbus_field() noexcept {
        static_assert(index_of<Field>() != sizeof...(P), "twinspec: point_map::decode_point<\"field\">: no point writes that field");
        if constexpr (index_of<Field>() != sizeof...(P))
            static_assert(type_at_t<type_list<P...>, index_of<Field>()>::protocol == protocol::modbus,
                          "twinspec: point_map::decode_point<\"field\">(modbus_block): the field's point is not a Modbus point");
    }

    template <class Pt>
    static detail::outcome<detail::point_value_t<field_of<Pt>>> decode_opcua_point(const opcua_value& v) noexcept {
        using F = field_of<Pt>;
        detail::outcome<detail::point_value_t<F>> out;
        if (v.status != 0) {
            out.error = decode_error::bad_status;
            out.value_seen = v.status;
        } else if (v.type != Pt::type) {
            out.error = decode_error::wrong_type;
        } else {
            detail::finish<F>(detail::to_field_unit<typename Pt::unit_type,
                                                    std::conditional_t<std::is_void_v<typename Pt::unit_type>, void,
                                                                       typename detail::field_unit<F>::type>>(v.value),
                              out);
        }
        return out;
    }

    template <class Pt>
    static detail::outcome<detail::point_value_t<field_of<Pt>>> decode_mqtt_point(std::string_view payload) noexcept {
        using F = field_of<Pt>;
        detail::outcome<detail::point_value_t<F>> out;
        while (!payload.empty() && (payload.front() == ' ' || payload.front() == '\t')) payload.remove_prefix(1);
        while (!payload.empty() && (payload.back() == ' ' || payload.back() == '\t' || payload.back() == '\n' || payload.back() == '\r'))
            payload.remove_suffix(1);
        double x = 0;
        const auto r = std::from_chars(payload.data(), payload.data() + payload.size(), x);
        if (payload.empty() || r.ec != std::errc{} || r.ptr != payload.data() + payload.size()) {
            out.error = decode_error::not_a_number;
            return out;
        }
        detail::finish<F>(detail::to_field_unit<typename Pt::unit_type,
                                                std::conditional_t<std::is_void_v<typename Pt::unit_type>, void,
                                                                   typename detail::field_unit<F>::type>>(x),
                          out);
        return out;
    }

    template <fixed_string Field>
    static constexpr std::size_t index_of() noexcept {
        constexpr bool m[] = {(P::field == Field.view())..., false};
        std::size_t i = 0;
        while (i != sizeof...(P) && !m[i]) ++i;
        return i;
    }

public:
    using entity_type = E;
    /// Number of points.
    static constexpr std::size_t size = sizeof...(P);

    /// The points' descriptions, in declaration order.
    [[nodiscard]] static constexpr std::span<const point_info> points() noexcept { return {rules::infos, sizeof...(P)}; }

    /// Decodes the point writing field `Field` from a Modbus block into a `data::sample<T>`
    /// (`T` the field's value type) with the block's time and source: good, or bad with the
    /// reason code (`decode_quality`; `communication` when the block does not hold the point)
    /// and the default value — never a clamped one.
    template <fixed_string Field>
    [[nodiscard]] static auto decode_point(const modbus_block& b) noexcept {
        check_modbus_field<Field>();
        using Pt = type_at_t<type_list<P...>, index_of<Field>()>;
        return detail::to_sample(detail::modbus_core<Pt, field_of<Pt>>(b), b.time, b.source);
    }
    /// The same, and a bad value is also reported in `report` with the point, its address and
    /// the reason in words (a good one counts in `report.written`).
    template <fixed_string Field>
    [[nodiscard]] static auto decode_point(const modbus_block& b, decode_report& report) {
        check_modbus_field<Field>();
        using Pt = type_at_t<type_list<P...>, index_of<Field>()>;
        auto o = detail::modbus_core<Pt, field_of<Pt>>(b);
        if (o.error == decode_error::none) [[likely]] ++report.written;
        else reject<Pt>(o, b.time, &report);
        return detail::to_sample(o, b.time, b.source);
    }

    /// Decodes every Modbus point of the block (as `decode(b, obj, report)` selects them) into
    /// samples: calls `f(const point_info&, data::sample<T>)` for each good value, with the
    /// block's time and source; each bad one is reported in `report` instead. Called once per
    /// block in a loop, its (cold) reporting call sits in that loop, and a call there — run or
    /// not — stops the compiler from keeping the consumer's state in registers across the loop
    /// (g++ 12: about 2.2× a hand-written decoder that only counts its bad values). In a hot
    /// loop use the overload taking a range of blocks, or `decode_samples(b, f)`, which hands
    /// the bad values to `f` as bad samples and calls nothing else.
    template <class Fn>
    static void decode_samples(const modbus_block& b, decode_report& report, Fn&& f) {
        std::size_t written = 0;
        decode_points(
            b,
            [&]<class Pt, class V>(const detail::outcome<V>& o) {
                f(Pt::info, detail::good_sample(o.value, b.time, b.source));
                ++written;
            },
            [&]<class Pt, class V>(const detail::outcome<V>& o) { reject<Pt>(o, b.time, &report); });
        report.written += written;
    }

    /// Decodes every Modbus point of the block (as `decode(b, obj, report)` selects them) into a
    /// sample passed to `f(const point_info&, data::sample<T>)` — the good values, and the bad
    /// ones too, marked bad with the reason code (`decode_quality`: below or above the range,
    /// not finite, not representable, too few registers) and the default value, never a
    /// clamped one, as `decode_point<"field">(b)` gives them. Returns the number of bad
    /// samples. No report, no allocation, no call but `f`: called once per block in a loop, it
    /// costs what a hand-written decoder handing the same samples to the same consumer costs
    /// (a reporting call, even a cold one, in the caller's loop would keep the consumer's state
    /// in memory: see `decode_samples(b, report, f)`). For the reasons in words, decode the
    /// bad block again with a report.
    template <class Fn>
    static std::size_t decode_samples(const modbus_block& b, Fn&& f) {
        std::size_t bad = 0;
        decode_points(
            b, [&]<class Pt, class V>(const detail::outcome<V>& o) { f(Pt::info, detail::good_sample(o.value, b.time, b.source)); },
            [&]<class Pt, class V>(const detail::outcome<V>& o) {
                f(Pt::info, detail::to_sample(o, b.time, b.source));
                ++bad;
            });
        return bad;
    }

    /// Decodes every block of `blocks` (a forward range of `modbus_block`: a vector, a span, a
    /// `std::views::transform` over the reads) into samples as `decode_samples(b, report, f)`
    /// does for each: `f` gets every good value, in block and point order, and every bad one is
    /// reported. The blocks are read twice when a value was bad: the first pass passes the good
    /// samples on and only counts the bad ones, so that its loop calls nothing but `f` (a call —
    /// even one on a cold path — in the loop would make the compiler keep `f`'s state in memory
    /// instead of registers); then a second pass reports the bad values, in block and point
    /// order, after all good samples. Use it in hot loops rather than one call per block.
    template <std::ranges::forward_range R, class Fn>
        requires std::convertible_to<std::ranges::range_reference_t<R>, const modbus_block&>
    static void decode_samples(R&& blocks, decode_report& report, Fn&& f) {
        std::size_t written = 0;
        std::size_t bad = 0;
        for (auto&& block : blocks) {
            const modbus_block& b = block;
            decode_points(
                b,
                [&]<class Pt, class V>(const detail::outcome<V>& o) {
                    f(Pt::info, detail::good_sample(o.value, b.time, b.source));
                    ++written;
                },
                [&]<class Pt, class V>(const detail::outcome<V>&) { ++bad; });
        }
        report.written += written;
        if (bad != 0) [[unlikely]] report_bad_blocks(blocks, report);
    }

    /// Decodes an OPC UA value of node `node_id` into a sample passed to `f(const point_info&,
    /// data::sample<T>)` when good, reported when bad; false when no point reads that node.
    template <class Fn>
    static bool decode_samples(std::string_view node_id, const opcua_value& v, decode_report& report, Fn&& f) {
        bool found = false;
        (
            [&] {
                if constexpr (P::protocol == protocol::opcua) {
                    if (!found && P::info.node_or_topic == node_id) {
                        found = true;
                        report.written += emit<P>(f, decode_opcua_point<P>(v), v.source_time, v.source, report);
                    }
                }
            }(),
            ...);
        return found;
    }

    /// Decodes an MQTT message into a sample passed to `f(const point_info&, data::sample<T>)`
    /// when good, reported when bad; false when no point subscribes to that topic.
    template <class Fn>
    static bool decode_mqtt_samples(std::string_view topic, std::string_view payload, decode_report& report, Fn&& f,
                                    timestamp t = {}, data::source_id src = {}) {
        bool found = false;
        (
            [&] {
                if constexpr (P::protocol == protocol::mqtt) {
                    if (!found && P::info.node_or_topic == topic) {
                        found = true;
                        report.written += emit<P>(f, decode_mqtt_point<P>(payload), t, src, report);
                    }
                }
            }(),
            ...);
        return found;
    }

    /// Decodes every Modbus point of the block's unit id and table whose first register lies
    /// in the block into `obj`; a bad value leaves its field as it was and is reported. Points
    /// of other tables, or starting outside the block, are not part of this read.
    // Always inlined: only inlined do the block's constants fold into the caller's loop (g++
    // stopped inlining it as the header grew: 2.1–2.6× the hand-written decoder).
    [[gnu::always_inline]] static void decode(const modbus_block& b, E& obj, decode_report& report) {
        std::size_t written = 0;
        (
            [&] {
                if constexpr (P::protocol == protocol::modbus) {
                    if (detail::block_holds<P>(b)) [[likely]]
                        written += store<P>(obj, detail::modbus_core<P, field_of<P>>(b), b.time, report);
                }
            }(),
            ...);
        report.written += written;
    }
    /// The same, returning the report.
    [[nodiscard]] static decode_report decode(const modbus_block& b, E& obj) {
        decode_report r;
        decode(b, obj, r);
        return r;
    }

    /// Decodes an OPC UA value of node `node_id` into `obj`; returns false when no point reads
    /// that node (nothing reported).
    static bool decode(std::string_view node_id, const opcua_value& v, E& obj, decode_report& report) {
        bool found = false;
        (
            [&] {
                if constexpr (P::protocol == protocol::opcua) {
                    if (!found && P::info.node_or_topic == node_id) {
                        found = true;
                        report.written += store<P>(obj, decode_opcua_point<P>(v), v.source_time, report);
                    }
                }
            }(),
            ...);
        return found;
    }

    /// Decodes an MQTT message (topic, numeric payload text) into `obj`; returns false when no
    /// point subscribes to that topic (nothing reported).
    static bool decode_mqtt(std::string_view topic, std::string_view payload, E& obj, decode_report& report,
                            timestamp t = {}) {
        bool found = false;
        (
            [&] {
                if constexpr (P::protocol == protocol::mqtt) {
                    if (!found && P::info.node_or_topic == topic) {
                        found = true;
                        report.written += store<P>(obj, decode_mqtt_point<P>(payload), t, report);
                    }
                }
            }(),
            ...);
        return found;
    }
};

}  // namespace twinspec::platform
