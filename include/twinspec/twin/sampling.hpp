// twinspec/twin/sampling.hpp — a sampling interval as a type: `every<100, units::ms>`. Used by
// sensing points of a physical entity and by connections; the roles check that it is a
// positive amount of a unit of time and name the entity and field when it is not.
#pragma once

#include <chrono>
#include <cstdint>
#include <ratio>
#include <string_view>
#include <type_traits>

#include <twinspec/core/units/conversion.hpp>
#include <twinspec/core/units/definitions.hpp>
#include <twinspec/core/units/kinds.hpp>

namespace twinspec {

/// A sampling interval of `N` units `U` (a unit of time): `every<100, units::ms>`,
/// `every<15, units::minute>`. A type, so it costs nothing at run time; `seconds` is the interval
/// in seconds.
template <std::intmax_t N, class U = units::ms>
struct every {
    using unit_type = U;
    static constexpr std::intmax_t count = N;

    /// The interval as a `std::chrono::duration` of the same unit — what the twin-data layer's
    /// time arguments take: `samples | data::resample(every<15, minute>::chrono())`. Only for a
    /// unit of time (the roles report any other with the entity and field).
    [[nodiscard]] static constexpr auto chrono() noexcept
        requires units::Unit<U> && std::is_same_v<typename U::kind, units::kinds::time>
    {
        return std::chrono::duration<std::intmax_t, std::ratio<U::num, U::den>>{N};
    }
};

/// No sampling interval declared (a connection that carries data on demand).
struct no_interval {};

/// What is known about an interval type: `valid` (positive, unit of time), `seconds`, `count`, `unit`.
template <class I>
struct interval_traits {
    static constexpr bool is_interval = false;
    static constexpr bool valid = false;
};
template <std::intmax_t N, class U>
struct interval_traits<every<N, U>> {
    static constexpr bool is_interval = true;
    static constexpr bool valid = [] {
        if constexpr (units::Unit<U>) return N > 0 && std::is_same_v<typename U::kind, units::kinds::time>;
        else return false;
    }();
    static constexpr std::intmax_t count = N;
    static constexpr std::string_view unit = [] {
        if constexpr (units::Unit<U>) return std::string_view(U::symbol);
        else return std::string_view{};
    }();
    /// The interval in seconds (0 when invalid).
    static constexpr double seconds = [] {
        if constexpr (valid) return units::convert<U, units::s>(static_cast<double>(N));
        else return 0.0;
    }();
};

/// True for `every<N, U>` with N > 0 and U a unit of time.
template <class I>
inline constexpr bool valid_interval_v = interval_traits<I>::valid;

}  // namespace twinspec
