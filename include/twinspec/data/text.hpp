// twinspec/data/text.hpp — the text forms the CSV and JSON Lines formats share: RFC 3339
// UTC timestamps with nanoseconds, numbers in their shortest exact form (std::to_chars),
// quality and reason names; parsing them back exactly, with a reason on failure.
#pragma once

#include <charconv>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#include <twinspec/core/detail/json_text.hpp>
#include <twinspec/data/sample.hpp>

namespace twinspec::data {

/// A line the readers could not take: its number (1-based) and why.
struct read_error {
    std::size_t line = 0;
    std::string reason;
    /// `line 3: …`.
    [[nodiscard]] std::string to_string() const { return "line " + std::to_string(line) + ": " + reason; }
};

/// `2026-11-22T23:54:12.000000001Z`: always nine fractional digits, UTC. Years 0000–9999.
inline void append_timestamp(std::string& out, timestamp t) {
    const auto day = std::chrono::floor<std::chrono::days>(t);
    const std::chrono::year_month_day ymd{day};
    std::int64_t ns = (t - day).count();
    const auto put = [&](std::int64_t v, int width) {
        char buf[24];
        for (int i = width - 1; i >= 0; --i) {
            buf[i] = static_cast<char>('0' + v % 10);
            v /= 10;
        }
        out.append(buf, static_cast<std::size_t>(width));
    };
    put(static_cast<int>(ymd.year()), 4);
    out += '-';
    put(static_cast<unsigned>(ymd.month()), 2);
    out += '-';
    put(static_cast<unsigned>(ymd.day()), 2);
    out += 'T';
    put(ns / 3'600'000'000'000, 2);
    ns %= 3'600'000'000'000;
    out += ':';
    put(ns / 60'000'000'000, 2);
    ns %= 60'000'000'000;
    out += ':';
    put(ns / 1'000'000'000, 2);
    out += '.';
    put(ns % 1'000'000'000, 9);
    out += 'Z';
}

/// Parses an RFC 3339 date-time (`YYYY-MM-DDTHH:MM:SS[.f…]` then `Z` or `±hh:mm`, up to nine
/// fractional digits) into UTC. Returns the reason when it is not one.
inline std::optional<std::string> parse_timestamp(std::string_view s, timestamp& out) {
    std::size_t i = 0;
    const auto digits = [&](int n, int& v) {
        v = 0;
        for (int k = 0; k != n; ++k, ++i) {
            if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
            v = v * 10 + (s[i] - '0');
        }
        return true;
    };
    const auto lit = [&](char c) {
        if (i < s.size() && (s[i] == c || (c == 'T' && s[i] == 't'))) {
            ++i;
            return true;
        }
        return false;
    };
    int y, mo, d, h, mi, se;
    if (!(digits(4, y) && lit('-') && digits(2, mo) && lit('-') && digits(2, d) && lit('T') && digits(2, h) && lit(':') &&
          digits(2, mi) && lit(':') && digits(2, se)))
        return "not an RFC 3339 date-time (YYYY-MM-DDTHH:MM:SS[.fraction]Z)";
    std::int64_t frac = 0;
    if (i < s.size() && s[i] == '.') {
        ++i;
        int n = 0;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            if (n == 9) return "more than nine fractional digits (finer than a nanosecond)";
            frac = frac * 10 + (s[i] - '0');
            ++n;
            ++i;
        }
        if (n == 0) return "a '.' without fractional digits";
        for (; n != 9; ++n) frac *= 10;
    }
    std::int64_t offset = 0;
    if (i < s.size() && (s[i] == 'Z' || s[i] == 'z')) {
        ++i;
    } else if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
        const bool minus = s[i] == '-';
        ++i;
        int oh, om;
        if (!(digits(2, oh) && lit(':') && digits(2, om)) || oh > 23 || om > 59) return "a malformed UTC offset";
        offset = (oh * 60 + om) * std::int64_t{60'000'000'000};
        if (minus) offset = -offset;
    } else {
        return "no time zone (end with Z or an offset such as +08:00)";
    }
    if (i != s.size()) return "text after the date-time";
    const std::chrono::year_month_day ymd{std::chrono::year(y), std::chrono::month(static_cast<unsigned>(mo)),
                                          std::chrono::day(static_cast<unsigned>(d))};
    if (!ymd.ok()) return "no such date";
    if (h > 23 || mi > 59 || se > 59) return "no such time of day (leap seconds are not supported)";
    const std::int64_t tod = ((h * 60 + mi) * std::int64_t{60} + se) * 1'000'000'000 + frac;
    out = timestamp(std::chrono::sys_days(ymd).time_since_epoch()) + duration(tod - offset);
    return std::nullopt;
}

/// Appends a number in its shortest exact form (`-0`, `5e-324`); NaN and infinities as
/// `nan`, `inf`, `-inf`.
template <class T>
void append_number(std::string& out, T v) {
    if constexpr (std::is_floating_point_v<T>) {
        if (v != v) {
            out += "nan";
            return;
        }
        if (v - v != T(0)) {
            out += v > 0 ? "inf" : "-inf";
            return;
        }
    }
    char buf[twinspec::detail::json_number_max];
    out.append(buf, twinspec::detail::json_number_to(buf, v));  // the JSON writers' own formatting
}

/// Parses a whole string as a `T` (`twinspec::detail::parse_json_number`: floating-point
/// correctly rounded, also `nan`, `inf`, `-inf`; integers exactly). Returns the reason when it is not one.
template <class T>
std::optional<std::string> parse_number(std::string_view s, T& out) {
    if (s.empty()) return "an empty number";
    if (s.front() == '+') return "a number with a '+' sign";
    const std::errc ec = twinspec::detail::parse_json_number(s, out);  // the JSON readers' own parsing
    if (ec == std::errc::result_out_of_range) return "'" + std::string(s) + "' is out of the value type's range";
    if (ec != std::errc{}) return "'" + std::string(s) + "' is not a number";
    return std::nullopt;
}

/// The reason named `s` (`"below_minimum"` …) or a number (user codes).
inline std::optional<reason> parse_reason(std::string_view s) {
    for (unsigned i = 0; i != 128; ++i) {
        const auto r = static_cast<reason>(i);
        const auto name = to_string(r);
        if (name == "unknown") break;
        if (name == s) return r;
    }
    unsigned v = 0;
    const auto res = std::from_chars(s.data(), s.data() + s.size(), v);
    if (res.ec == std::errc{} && res.ptr == s.data() + s.size() && v <= 255) return static_cast<reason>(v);
    return std::nullopt;
}

/// `good`, `uncertain`, `bad`.
inline std::optional<quality_level> parse_quality(std::string_view s) {
    if (s == "good") return quality_level::good;
    if (s == "uncertain") return quality_level::uncertain;
    if (s == "bad") return quality_level::bad;
    return std::nullopt;
}

/// A reason as written: its name, or the number of a code without one (a user code ≥ 128, or
/// a code of the gap 15..127 — written as `unknown`, it could not be read back).
inline void append_reason(std::string& out, reason r) {
    const std::string_view name = to_string(r);
    if (name == "user" || name == "unknown") out += std::to_string(static_cast<unsigned>(r));
    else out += name;
}

}  // namespace twinspec::data
