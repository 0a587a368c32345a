// twinspec/twin/verification.hpp — verification of a virtual entity against physical readings:
// field by field, within a declared absolute (in the field's unit) or relative tolerance,
// reporting EVERY deviation with a JSON-pointer path, the field, both values and the tolerance.
// NaN or infinite values are deviations, never a pass.
#pragma once

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/units/conversion.hpp>
#include <twinspec/core/violation.hpp>
#include <twinspec/twin/detail/role_support.hpp>

namespace twinspec {

/// How a tolerance is measured.
enum class tolerance_kind : std::uint8_t {
    absolute,  ///< |virtual − physical| ≤ value, in the virtual field's unit
    relative,  ///< |virtual − physical| ≤ value · |physical|
};

/// The tolerance of one compared field: virtual-state field `V` against physical field `P`
/// (the same name by default). Made by `within` / `within_rel`.
template <fixed_string V, fixed_string P = V>
struct tolerance {
    static constexpr auto virtual_field = V;
    static constexpr auto physical_field = P;
    double value = 0.0;
    tolerance_kind kind = tolerance_kind::absolute;
};

/// `within<"rsrpMw", "rsrp">(0.5)`: absolute tolerance, in the virtual field's unit (the
/// physical value is converted to that unit first).
template <fixed_string V, fixed_string P = V>
[[nodiscard]] constexpr tolerance<V, P> within(double absolute) noexcept {
    return {absolute, tolerance_kind::absolute};
}
/// `within_rel<"sinr">(0.1)`: relative tolerance (10 % of the physical value).
template <fixed_string V, fixed_string P = V>
[[nodiscard]] constexpr tolerance<V, P> within_rel(double relative) noexcept {
    return {relative, tolerance_kind::relative};
}

/// Why a compared value is a deviation.
enum class deviation_reason : std::uint8_t {
    outside_tolerance,  ///< the difference exceeds the tolerance
    not_finite,         ///< the virtual or the physical value is NaN or infinite
    missing_value,      ///< one side has no value (empty optional) or the sequences differ in length
    invalid_tolerance,  ///< the declared tolerance is negative or not finite
};

/// `"outside_tolerance"` …
[[nodiscard]] constexpr std::string_view to_string(deviation_reason r) noexcept {
    constexpr std::string_view names[] = {"outside_tolerance", "not_finite", "missing_value", "invalid_tolerance"};
    return names[static_cast<std::uint8_t>(r)];
}

/// One deviation between the virtual state and a physical reading.
struct deviation {
    std::string path;                ///< JSON pointer of the virtual field (`/beams/2/rsrp`)
    std::string_view field;          ///< the virtual field's name
    std::string_view physical_field; ///< the physical field's name
    double virtual_value = 0.0;
    double physical_value = 0.0;     ///< converted to the virtual field's unit
    double tolerance = 0.0;          ///< as declared (absolute in `unit`, or a fraction)
    tolerance_kind kind = tolerance_kind::absolute;
    std::string_view unit;           ///< the virtual field's unit symbol
    deviation_reason reason = deviation_reason::outside_tolerance;
    std::size_t virtual_count = 0;   ///< for missing_value: number of virtual values
    std::size_t physical_count = 0;  ///< for missing_value: number of physical values

    /// `/rsrp: virtual -95.5 dBm, physical -101 dBm (rsrp): |difference| 5.5 exceeds the tolerance 3 dBm`
    [[nodiscard]] std::string to_string() const {
        std::string s = path.empty() ? std::string("/") : path;
        auto num = [&s](double d) { scalar::from(d).append_to(s); };
        auto with_unit = [&](double d) {
            num(d);
            if (!unit.empty()) {
                s += ' ';
                s += unit;
            }
        };
        s += ": ";
        if (reason == deviation_reason::missing_value) {
            s += "virtual has ";
            s += std::to_string(virtual_count);
            s += " value(s), physical (";
            s += physical_field;
            s += ") has ";
            s += std::to_string(physical_count);
            return s;
        }
        s += "virtual ";
        with_unit(virtual_value);
        s += ", physical ";
        with_unit(physical_value);
        s += " (";
        s += physical_field;
        s += "): ";
        switch (reason) {
            case deviation_reason::not_finite: s += "a value is not a finite number"; break;
            case deviation_reason::invalid_tolerance: s += "the tolerance "; num(tolerance); s += " is invalid (negative or not finite)"; break;
            default:
                s += "|difference| ";
                num(std::fabs(virtual_value - physical_value));
                s += " exceeds the tolerance ";
                if (kind == tolerance_kind::absolute) with_unit(tolerance);
                else { num(tolerance * 100.0); s += " % (relative)"; }
                break;
        }
        return s;
    }
};

/// Every deviation found by `verify`, in tolerance order. Empty when the virtual entity agrees.
class verification_report {
public:
    [[nodiscard]] bool ok() const noexcept { return items_.empty(); }
    explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] std::size_t size() const noexcept { return items_.size(); }
    [[nodiscard]] const std::vector<deviation>& deviations() const noexcept { return items_; }
    [[nodiscard]] auto begin() const noexcept { return items_.begin(); }
    [[nodiscard]] auto end() const noexcept { return items_.end(); }
    [[nodiscard]] const deviation& operator[](std::size_t i) const noexcept { return items_[i]; }
    void push(deviation&& d) { items_.push_back(std::move(d)); }
    /// One deviation per line.
    [[nodiscard]] std::string to_string() const {
        std::string s;
        for (const auto& d : items_) {
            s += d.to_string();
            s += '\n';
        }
        return s;
    }

private:
    std::vector<deviation> items_;
};

/// A bundle of tolerances: `ts::tolerances(ts::within<"rsrp">(3.0), ts::within_rel<"sinr">(0.1))`.
template <class... T>
struct tolerance_set {
    std::tuple<T...> items;
};
template <fixed_string... V, fixed_string... P>
[[nodiscard]] constexpr tolerance_set<tolerance<V, P>...> tolerances(const tolerance<V, P>&... t) noexcept {
    return {std::tuple<tolerance<V, P>...>{t...}};
}

namespace detail {

template <class S, fixed_string V>
inline constexpr bool verified_field_of_virtual_state = false;
template <class P, fixed_string F>
inline constexpr bool verified_field_of_physical_reading = false;
template <class FV, class FP>
inline constexpr bool verified_fields_are_numbers = false;
template <class FV, class FP, class UV, class UP>
inline constexpr bool verified_field_units_convertible = false;

template <class S, fixed_string V>
struct explain_verify_no_virtual_field {
    static_assert(verified_field_of_virtual_state<S, V>,
                  "twinspec: rule broken: a tolerance names a field the virtual state does not have "
                  "(the requirement names the state entity and the field)");
    static constexpr bool value = false;
};
template <class P, fixed_string F>
struct explain_verify_no_physical_field {
    static_assert(verified_field_of_physical_reading<P, F>,
                  "twinspec: rule broken: a tolerance names a field the physical reading does not have "
                  "(the requirement names the physical entity and the field)");
    static constexpr bool value = false;
};
template <class FV, class FP>
struct explain_verify_not_numbers {
    static_assert(verified_fields_are_numbers<FV, FP>,
                  "twinspec: rule broken: verification compares numbers (or optionals/sequences of numbers) "
                  "(the requirement names both fields)");
    static constexpr bool value = false;
};
template <class FV, class FP, class UV, class UP>
struct explain_verify_units {
    static_assert(verified_field_units_convertible<FV, FP, UV, UP>,
                  "twinspec: rule broken: the compared fields have units of different quantity kinds, or only one has a unit "
                  "(the requirement names both fields and both units)");
    static constexpr bool value = false;
};

template <class UA, class UB>
constexpr bool units_compatible() noexcept {
    if constexpr (std::is_void_v<UA> && std::is_void_v<UB>) return true;
    else if constexpr (std::is_void_v<UA> || std::is_void_v<UB>) return false;
    else return units::convertible_v<UB, UA>;
}

template <class FV, class FP>
using tolerance_field_check =
    check_then<numeric_value_v<typename FV::value_type> && numeric_value_v<typename FP::value_type>,
               explain_verify_not_numbers<FV, FP>,
               check_then<units_compatible<field_unit_t<FV>, field_unit_t<FP>>(),
                          explain_verify_units<FV, FP, field_unit_t<FV>, field_unit_t<FP>>>>;

template <class S, class P, class T, bool HV = has_named_field<S, T::virtual_field>(),
          bool HP = has_named_field<P, T::physical_field>()>
struct tolerance_check {
    using type = tolerance_field_check<field_t<S, T::virtual_field>, field_t<P, T::physical_field>>;
};
template <class S, class P, class T, bool HP>
struct tolerance_check<S, P, T, false, HP> {
    using type = explain_verify_no_virtual_field<S, T::virtual_field>;
};
template <class S, class P, class T>
struct tolerance_check<S, P, T, true, false> {
    using type = explain_verify_no_physical_field<P, T::physical_field>;
};

/// Number of numbers in a value: 1 for a scalar, 0/1 for an optional, the length of a sequence.
template <class V>
std::size_t number_count(const V& v) noexcept {
    if constexpr (is_optional_v<V>) return v.has_value() ? number_count(*v) : 0;
    else if constexpr (is_sequence_v<V>) return v.size();
    else return 1;
}
/// The `i`-th number of a value, as double.
template <class V>
double number_at(const V& v, std::size_t i) noexcept {
    if constexpr (is_optional_v<V>) return number_at(*v, i);
    else if constexpr (is_sequence_v<V>) return static_cast<double>(v[i]);
    else return static_cast<double>(v);
}
template <class V>
inline constexpr bool indexed_v = is_sequence_v<V> || (is_optional_v<V> && is_sequence_v<element_t<V>>);

template <class FV, class FP, class S, class P>
TWINSPEC_NOINLINE void verify_field(const S& virt, const P& phys, double tol, tolerance_kind kind, const path_segment& at,
                                    verification_report& out) {
    using VV = typename FV::value_type;
    using UV = field_unit_t<FV>;
    using UP = field_unit_t<FP>;
    const auto& v = virt.*FV::pointer;
    const auto& p = phys.*FP::pointer;
    const path_segment field_path{&at, FV::name, 0, false};
    auto base = [&](deviation_reason reason) {
        deviation d;
        d.field = FV::name;
        d.physical_field = FP::name;
        d.tolerance = tol;
        d.kind = kind;
        d.unit = field_unit_symbol<FV>();
        d.reason = reason;
        return d;
    };
    const std::size_t nv = number_count(v);
    const std::size_t np = number_count(p);
    if (nv != np) {
        deviation d = base(deviation_reason::missing_value);
        d.path = field_path.pointer();
        d.virtual_count = nv;
        d.physical_count = np;
        out.push(std::move(d));
        return;
    }
    for (std::size_t i = 0; i != nv; ++i) {
        const double vv = number_at(v, i);
        double pv = number_at(p, i);
        if constexpr (!std::is_void_v<UV> && !std::is_same_v<UV, UP>) pv = static_cast<double>(units::convert<UP, UV>(pv));
        deviation_reason reason{};
        bool bad = true;
        if (!(tol >= 0.0) || !std::isfinite(tol)) reason = deviation_reason::invalid_tolerance;
        else if (!std::isfinite(vv) || !std::isfinite(pv)) reason = deviation_reason::not_finite;
        else {
            const double allowed = kind == tolerance_kind::absolute ? tol : tol * std::fabs(pv);
            bad = !(std::fabs(vv - pv) <= allowed);
            reason = deviation_reason::outside_tolerance;
        }
        if (!bad) continue;
        deviation d = base(reason);
        d.virtual_value = vv;
        d.physical_value = pv;
        if constexpr (indexed_v<VV>) d.path = path_segment{&field_path, {}, i, true}.pointer();
        else d.path = field_path.pointer();
        out.push(std::move(d));
    }
}

}  // namespace detail

/// Checks, at compile time, that every tolerance of `set` names a numeric field of the virtual
/// state `S` and of the physical reading `P` with convertible units (a broken rule names
/// them); true otherwise.
template <class S, class P, class Set>
inline constexpr bool tolerances_ok = false;
template <class S, class P, class... T>
inline constexpr bool tolerances_ok<S, P, tolerance_set<T...>> = (detail::tolerance_check<S, P, T>::type::value && ...);

/// Function object behind `verify`.
struct verify_fn {
    /// Compares `virt` (the virtual state) with `phys` (a physical reading) for every
    /// tolerance, appending every deviation to `out`; `at` prefixes the paths (`/Beam/beam-7`).
    template <Entity S, Entity P, class... T>
    void operator()(const S& virt, const P& phys, const tolerance_set<T...>& set, verification_report& out,
                    const path_segment& at = {}) const {
        static_assert(tolerances_ok<S, P, tolerance_set<T...>>, "twinspec: verify: a tolerance breaks the rule stated above");
        if constexpr (tolerances_ok<S, P, tolerance_set<T...>>) {
            std::apply(
                [&](const auto&... t) {
                    (detail::verify_field<field_t<S, std::remove_cvref_t<decltype(t)>::virtual_field>,
                                          field_t<P, std::remove_cvref_t<decltype(t)>::physical_field>>(
                         virt, phys, t.value, t.kind, at, out),
                     ...);
                },
                set.items);
        }
    }
    /// The report of every deviation.
    template <Entity S, Entity P, class... T>
    [[nodiscard]] verification_report operator()(const S& virt, const P& phys, const tolerance_set<T...>& set) const {
        verification_report out;
        (*this)(virt, phys, set, out);
        return out;
    }
    /// `verify(virt, phys, within<"a">(1.0), within_rel<"b">(0.1))`.
    template <Entity S, Entity P, fixed_string... V, fixed_string... Q>
        requires(sizeof...(V) > 0)
    [[nodiscard]] verification_report operator()(const S& virt, const P& phys, const tolerance<V, Q>&... t) const {
        return (*this)(virt, phys, tolerances(t...));
    }
};
/// `ts::verify(state, reading, ts::within<"rsrpMw", "rsrp">(0.5))` → `verification_report`.
inline constexpr verify_fn verify{};

}  // namespace twinspec
