// twinspec/core/detail/json_text.hpp — the pieces of JSON text every writer of the library
// shares: a UTF-8 string as a JSON string (RFC 8259 escapes, UTF-8 checked, optionally ASCII
// only), numbers in their exact form (integers as they are, floating-point values as the
// shortest text that reads back to the same value, the text `std::to_chars` writes), and the
// test whether a member name needs escapes, at compile time.
// Header-only: the standard library, and Dragonbox for floating-point numbers when the build
// found it (`TWINSPEC_HAS_DRAGONBOX`).
// IWYU pragma: private, include <twinspec/io/json_write.hpp>
#pragma once

/// \file
/// Users: `io/json_write.hpp` (instances), `io/json_document.hpp` (schema exports),
/// `io/jsonl.hpp` (JSON Lines of samples), `core/detail/json_builder.hpp` (the descriptions:
/// platform, conformance report). Two levels:
///
/// - raw: `json_escape_to(w, s, ascii_only, bad)` and `json_number_to(w, v)` write through a
///   pointer into room the caller reserved (`json_escaped_max(n)`, `json_number_max`), for the
///   streaming writer that grows its buffer once per value;
/// - `std::string`: `append_json_string(out, s)` and `append_json_number(out, v)`.
///
/// Text that is not well-formed UTF-8 never makes invalid JSON: each bad byte is written as
/// U+FFFD and the offset of the first one is returned, so a writer can report it as an error
/// (the instance writer does) or accept the replacement (descriptions, exports).
///
/// Reading numbers: `parse_json_number(text, v)` is the one place the library turns number
/// text into a floating-point value (the JSON readers, and the CSV reader of `data/`). It is
/// `std::from_chars` (correctly rounded), preceded by Clinger's exact fast path for the common
/// short numbers: when the decimal significand has at most 2^53 (double; 2^24 for float) and
/// the decimal exponent is within ±22 (±10), the significand and the power of ten are both
/// exact and one IEEE multiplication or division rounds correctly — so the result is the same
/// bits `from_chars` gives (tested over random values and edge cases in
/// `tests/runtime/io_json_text.cpp`), at a fraction of its cost.

#include <array>
#include <bit>
#include <cfloat>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <system_error>
#include <type_traits>

#if defined(TWINSPEC_HAS_DRAGONBOX)
#include <cmath>
#include <limits>

#include <dragonbox/dragonbox.h>
#if defined(__SSE2__) && defined(__x86_64__)  // x86-64: SSE2 always, little-endian, 64-bit movq
#include <emmintrin.h>
#define TWINSPEC_JSON_SSE2_DIGITS 1
#endif
#endif

namespace twinspec::detail {

/// Decodes the UTF-8 sequence at `p` (at most `n` bytes, first byte ≥ 0x80) with the rules of
/// `utf8::count_code_points` (no overlongs, no surrogates, nothing above U+10FFFF); returns its
/// length (0 when malformed) and the code point.
inline std::size_t decode_utf8(const unsigned char* p, std::size_t n, std::uint32_t& cp) noexcept {
    const unsigned b0 = p[0];
    std::size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) { len = 2; cp = b0 & 0x1FU; }
    else if (b0 == 0xE0) { len = 3; lo = 0xA0; cp = b0 & 0x0FU; }
    else if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF) { len = 3; cp = b0 & 0x0FU; }
    else if (b0 == 0xED) { len = 3; hi = 0x9F; cp = b0 & 0x0FU; }
    else if (b0 == 0xF0) { len = 4; lo = 0x90; cp = b0 & 0x07U; }
    else if (b0 >= 0xF1 && b0 <= 0xF3) { len = 4; cp = b0 & 0x07U; }
    else if (b0 == 0xF4) { len = 4; hi = 0x8F; cp = b0 & 0x07U; }
    else return 0;
    if (len > n) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const unsigned b = p[k];
        if (b < (k == 1 ? lo : 0x80U) || b > (k == 1 ? hi : 0xBFU)) return 0;
        cp = (cp << 6) | (b & 0x3FU);
    }
    return len;
}

/// 1 for bytes a JSON string body holds as they are (ASCII except control characters, `"`
/// and `\`).
inline constexpr auto json_plain_bytes = [] {
    std::array<unsigned char, 256> t{};
    for (unsigned i = 0x20; i < 0x80; ++i) t[i] = 1;
    t['"'] = 0;
    t['\\'] = 0;
    return t;
}();

/// The second character of the short escape of an ASCII byte (`n` for `\n` …), or 0 when it
/// has none and is written `\u00XX`. Only meaningful for bytes that are not plain.
constexpr char json_short_escape(unsigned char b) noexcept {
    switch (b) {
        case '"': return '"';
        case '\\': return '\\';
        case '\b': return 'b';
        case '\f': return 'f';
        case '\n': return 'n';
        case '\r': return 'r';
        case '\t': return 't';
        default: return 0;
    }
}

inline constexpr char json_hex_digits[] = "0123456789abcdef";

/// Room `json_escape_to` may need for `n` bytes of text: quotes included, 6 per byte
/// (`\u00XX`; `\uXXXX\uXXXX` for 4 bytes of UTF-8; U+FFFD for one bad byte).
constexpr std::size_t json_escaped_max(std::size_t n) noexcept { return 6 * n + 2; }

/// Writes `s` as a JSON string (quotes included) at `w`, which has room for
/// `json_escaped_max(s.size())` characters; returns the end. `"`, `\` and control characters
/// are escaped (`\n`, `\t` …, `\u0001`), other UTF-8 is copied — or written as `\uXXXX`
/// (surrogate pairs above U+FFFF) when `ascii_only`. A byte that is not well-formed UTF-8 is
/// written as U+FFFD and `bad` is set to the offset of the first one (`npos` when none).
inline char* json_escape_to(char* w, std::string_view s, bool ascii_only, std::size_t& bad) noexcept {
    constexpr const char* hex = json_hex_digits;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    bad = std::string_view::npos;
    *w++ = '"';
    const auto u = [&w](std::uint32_t x) {
        *w++ = '\\'; *w++ = 'u';
        *w++ = hex[(x >> 12) & 15]; *w++ = hex[(x >> 8) & 15];
        *w++ = hex[(x >> 4) & 15]; *w++ = hex[x & 15];
    };
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        while (j < n && json_plain_bytes[p[j]] != 0) ++j;
        std::memcpy(w, p + i, j - i);
        w += j - i;
        i = j;
        if (i == n) break;
        const unsigned char b = p[i];
        if (b >= 0x80) {
            std::uint32_t cp = 0;
            std::size_t len = decode_utf8(p + i, n - i, cp);
            if (len == 0) {  // not UTF-8: U+FFFD for this byte, and say where
                if (bad == std::string_view::npos) bad = i;
                cp = 0xFFFD;
                len = 1;
                if (!ascii_only) {
                    std::memcpy(w, "\xEF\xBF\xBD", 3);
                    w += 3;
                    i += 1;
                    continue;
                }
            } else if (!ascii_only) {
                std::memcpy(w, p + i, len);
                w += len;
                i += len;
                continue;
            }
            if (cp >= 0x10000) {
                cp -= 0x10000;
                u(0xD800 + (cp >> 10));
                u(0xDC00 + (cp & 0x3FF));
            } else {
                u(cp);
            }
            i += len;
            continue;
        }
        if (const char e = json_short_escape(b); e != 0) {
            *w++ = '\\';
            *w++ = e;
        } else {
            u(b);
        }
        ++i;
    }
    *w++ = '"';
    return w;
}

/// Appends `s` as a JSON string (quotes included) to `out`; returns the offset of the first
/// byte that is not well-formed UTF-8 (written as U+FFFD), or `npos`.
inline std::size_t append_json_string(std::string& out, std::string_view s, bool ascii_only = false) {
    const std::size_t at = out.size();
    out.resize(at + json_escaped_max(s.size()));
    std::size_t bad = std::string_view::npos;
    char* end = json_escape_to(out.data() + at, s, ascii_only, bad);
    out.resize(static_cast<std::size_t>(end - out.data()));
    return bad;
}

/// Room `json_number_to` needs: the longest shortest-form double is 24 characters
/// (`-2.2250738585072014e-308`), the longest 64-bit integer 20.
inline constexpr std::size_t json_number_max = 32;

/// True for the types `json_number_to` writes (arithmetic, not `bool`, not character types
/// other than the fixed-width integers' own).
template <class T>
inline constexpr bool json_number_type_v = std::is_arithmetic_v<T> && !std::is_same_v<T, bool>;

#if defined(TWINSPEC_HAS_DRAGONBOX)
/// The two-digit pairs "00" … "99", for writing a significand two digits at a time.
inline constexpr char json_digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/// The number of decimal digits of `v` (1 for 0): the binary length × log10(2) is the count
/// or one more, and one comparison with a power of ten decides.
constexpr int json_decimal_length(std::uint64_t v) noexcept {
    constexpr std::uint64_t pow10[20] = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
                                         10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
                                         100000000000ULL, 1000000000000ULL, 10000000000000ULL,
                                         100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
                                         100000000000000000ULL, 1000000000000000000ULL,
                                         10000000000000000000ULL};
    const int t = static_cast<int>((std::bit_width(v | 1U) * 1233U) >> 12);
    return t - (v < pow10[t] ? 1 : 0) + 1;
}

/// Writes `x` (< 10^8) as exactly eight digits at `p`, four pairs from two independent halves.
inline void json_write_8_digits(char* p, std::uint32_t x) noexcept {
    const std::uint32_t high = x / 10000, low = x % 10000;
    std::memcpy(p, json_digit_pairs + (high / 100) * 2, 2);
    std::memcpy(p + 2, json_digit_pairs + (high % 100) * 2, 2);
    std::memcpy(p + 4, json_digit_pairs + (low / 100) * 2, 2);
    std::memcpy(p + 6, json_digit_pairs + (low % 100) * 2, 2);
}

/// Writes the last `k` decimal digits of `x` (leading zeros included) so that they end at
/// `end`, two at a time from the right, each byte stored once where it belongs (staging the
/// digits and copying them would load what was just stored: a store-forwarding stall);
/// returns `x / 10^k`.
template <class U>
U json_write_digits_back(char* end, U x, int k) noexcept {
    for (; k >= 2; k -= 2) {
        end -= 2;
        std::memcpy(end, json_digit_pairs + static_cast<std::size_t>(x % 100) * 2, 2);
        x /= 100;
    }
    if (k != 0) {
        *--end = static_cast<char>('0' + x % 10);
        x /= 10;
    }
    return x;
}

/// Writes the `n` decimal digits of `v` at `w` (exactly `n`, leading zeros included), eight at
/// a time from the right, so that a 17-digit significand takes two divisions, not eight.
inline void json_write_digits(char* w, std::uint64_t v, int n) noexcept {
    char* p = w + n;
    for (; n > 8; n -= 8) {
        const std::uint64_t q = v / 100000000;
        p -= 8;
        json_write_8_digits(p, static_cast<std::uint32_t>(v - q * 100000000));
        v = q;
    }
    (void)json_write_digits_back(p, static_cast<std::uint32_t>(v), n);
}

/// Writes the `count` digits of `x` (< 10^count; leading zeros written) at `w` with a `.`
/// after the first `whole` of them (0 < whole ≤ count): count + 1 characters.
inline void json_write_digits_point_small(char* w, std::uint32_t x, int count, int whole) noexcept {
    x = json_write_digits_back(w + count + 1, x, count - whole);
    w[whole] = '.';
    (void)json_write_digits_back(w + whole, x, whole);
}

#if defined(TWINSPEC_JSON_SSE2_DIGITS)
/// The eight digits of `x` (< 10^8) as eight 16-bit lanes, the first digit in lane 0: the two
/// halves of four digits are each divided by 1000, 100, 10 and 1 at once (a multiplication by
/// a scaled reciprocal, then one by a power of two, exact for every value below 10^4), then
/// ten times each lane's left neighbour is taken away (Muła's SSE2 method). SSE2 only, so on
/// every x86-64; the integer multiplier, which Dragonbox keeps busy, is left alone.
inline __m128i json_digit_lanes_8(std::uint32_t x) noexcept {
    const auto high = static_cast<short>((x / 10000) * 4), low = static_cast<short>((x % 10000) * 4);
    __m128i v = _mm_set_epi16(low, low, low, low, high, high, high, high);
    v = _mm_mulhi_epu16(v, _mm_set_epi16(-32768, 13108, 5243, 8389, -32768, 13108, 5243, 8389));
    v = _mm_mulhi_epu16(v, _mm_set_epi16(-32768, 1 << 13, 1 << 11, 1 << 7, -32768, 1 << 13, 1 << 11, 1 << 7));
    // v = [a, ab, abc, abcd, e, ef, efg, efgh]; each lane less ten times the one before
    return _mm_sub_epi16(v, _mm_slli_epi64(_mm_mullo_epi16(v, _mm_set1_epi16(10)), 16));
}

/// The 16 digits of `v` (< 10^16, leading zeros included) as 16 ASCII bytes.
inline __m128i json_ascii_16_digits(std::uint64_t v) noexcept {
    const auto high = static_cast<std::uint32_t>(v / 100000000), low = static_cast<std::uint32_t>(v % 100000000);
    return _mm_add_epi8(_mm_packus_epi16(json_digit_lanes_8(high), json_digit_lanes_8(low)), _mm_set1_epi8('0'));
}
#endif

/// Writes the `n` digits of `v` (n ≤ 17) at `w` with a `.` after the first `whole`
/// (0 < whole < n). Beyond eight digits the last eight are split off first, so that two short
/// chains of divisions run side by side instead of one long one. With SSE2, a 16- or 17-digit
/// significand with at most seven digits before the point (a random double's shortest form)
/// takes the vector path: its digits in one register, the point let into the first eight bytes
/// in a general register; up to 19 bytes of room are used.
inline void json_write_digits_point(char* w, std::uint64_t v, int n, int whole) noexcept {
#if defined(TWINSPEC_JSON_SSE2_DIGITS)
    if (n >= 16 && whole <= 7) {
        const std::uint64_t first = v / 10000000000000000ULL;  // the 17th digit from the right, or 0
        const __m128i sixteen = json_ascii_16_digits(v - first * 10000000000000000ULL);
        const auto low8 = static_cast<std::uint64_t>(_mm_cvtsi128_si64(sixteen));
        // digit k of the n digits goes to w + 1 + k; the first eight bytes are written last
        std::uint64_t head;
        if (n == 17) {
            _mm_storeu_si128(reinterpret_cast<__m128i*>(w + 2), sixteen);
            head = (low8 << 8) | (std::uint64_t{'0'} + first);
        } else {
            _mm_storeu_si128(reinterpret_cast<__m128i*>(w + 1), sixteen);
            head = low8;
        }
        const int cut = 8 * whole;  // 8 … 56
        const std::uint64_t keep = (std::uint64_t{1} << cut) - 1;
        head = (head & keep) | (std::uint64_t{'.'} << cut) | ((head << 8) & ~(keep << 8) & ~std::uint64_t{0xFF});
        std::memcpy(w, &head, 8);
        return;
    }
#endif
    if (n <= 8) {
        json_write_digits_point_small(w, static_cast<std::uint32_t>(v), n, whole);
        return;
    }
    const std::uint64_t high = v / 100000000;  // < 10^9
    const auto low = static_cast<std::uint32_t>(v - high * 100000000);
    const int high_count = n - 8;
    if (whole <= high_count) {  // the point is among the high digits (or just after them)
        json_write_8_digits(w + n + 1 - 8, low);
        json_write_digits_point_small(w, static_cast<std::uint32_t>(high), high_count, whole);
    } else {
        json_write_digits(w, high, high_count);
        json_write_digits_point_small(w + high_count, low, 8, whole - high_count);
    }
}

/// Writes the integer-valued `x` (0 ≤ x < 2^128) exactly, in decimal.
inline char* json_write_integer(char* w, double x) noexcept {
#if !defined(__SIZEOF_INT128__)
    // no 128-bit integer (MSVC): `%f`'s exact digits, which is what to_chars writes too
    return std::to_chars(w, w + json_number_max, x, std::chars_format::fixed).ptr;
#else
    __extension__ using u128 = unsigned __int128;
    const auto v = static_cast<u128>(x);
    if (v >> 64 == 0) {
        const auto small = static_cast<std::uint64_t>(v);
        const int n = json_decimal_length(small);
        json_write_digits(w, small, n);
        return w + n;
    }
    constexpr std::uint64_t e19 = 10000000000000000000ULL;
    const auto high = static_cast<std::uint64_t>(v / e19);  // < 2^128 / 10^19 < 2^64
    const auto low = static_cast<std::uint64_t>(v % e19);
    const int n = json_decimal_length(high);
    json_write_digits(w, high, n);
    json_write_digits(w + n, low, 19);  // with its leading zeros
    return w + n + 19;
#endif
}

/// The shortest text of a finite `float` or `double`, in the very form `std::to_chars(w, e, v)`
/// gives (C++17 [charconv.to.chars]: the digits of the shortest round trip, written as
/// `%f` or `%e` would — whichever is shorter, `%f` on a tie — with an exponent of at least two
/// digits). The digits come from Dragonbox (Jeon 2020), at a fraction of libstdc++'s cost;
/// `tests/runtime/io_json_text.cpp` compares the two over a million random values and the
/// edge cases.
template <class F>
char* json_shortest_to(char* w, F v) noexcept {
    if (v == F(0)) {  // Dragonbox takes nonzero values; `-0` keeps its sign, as in to_chars
        if (std::signbit(v)) *w++ = '-';
        *w++ = '0';
        return w;
    }
    const auto d = jkj::dragonbox::to_decimal(v);
    if (d.is_negative) *w++ = '-';
    const auto digits = static_cast<std::uint64_t>(d.significand);
    const int n = json_decimal_length(digits);
    const int e = d.exponent;      // v = digits × 10^e
    const int sci_exp = e + n - 1;  // v = d.ddd × 10^sci_exp
    const int abs_sci = sci_exp < 0 ? -sci_exp : sci_exp;
    const int sci_len = n + (n > 1 ? 1 : 0) + 2 + (abs_sci >= 100 ? 3 : 2);
    const int fixed_len = e >= 0 ? n + e : (n + e > 0 ? n + 1 : 2 - e);
    if (fixed_len <= sci_len) {
        if (e >= 0) {
            // An integer. Below 2^(mantissa digits) it is digits × 10^e exactly; above, `%f`
            // prints its exact value, not the shortest digits padded with zeros
            // (`1e23` → `99999999999999991611392`), and so does `to_chars`.
            constexpr F exact_below = F(std::uint64_t{1} << std::numeric_limits<F>::digits);
            const F magnitude = std::fabs(v);
            if (e == 0 || magnitude < exact_below) {  // ddd000
                json_write_digits(w, digits, n);
                std::memset(w + n, '0', static_cast<std::size_t>(e));
                return w + n + e;
            }
            return json_write_integer(w, static_cast<double>(magnitude));
        }
        if (n + e > 0) {  // dd.ddd
            json_write_digits_point(w, digits, n, n + e);
            return w + n + 1;
        }
        // 0.000ddd
        const int zeros = -e - n;
        w[0] = '0';
        w[1] = '.';
        std::memset(w + 2, '0', static_cast<std::size_t>(zeros));
        json_write_digits(w + 2 + zeros, digits, n);
        return w + 2 + zeros + n;
    }
    // d.ddde±xx
    json_write_digits(w + 1, digits, n);
    w[0] = w[1];
    if (n > 1) {
        w[1] = '.';
        w += n + 1;
    } else {
        w += 1;
    }
    *w++ = 'e';
    *w++ = sci_exp < 0 ? '-' : '+';
    if (abs_sci >= 100) {
        *w++ = static_cast<char>('0' + abs_sci / 100);
        std::memcpy(w, json_digit_pairs + static_cast<std::size_t>(abs_sci % 100) * 2, 2);
    } else {
        std::memcpy(w, json_digit_pairs + static_cast<std::size_t>(abs_sci) * 2, 2);
    }
    return w + 2;
}
#endif

/// Writes `v` at `w` (room for `json_number_max`) and returns the end: integers exactly,
/// `float`/`double` as the shortest text that reads back to the same value (`-0`, `5e-324`,
/// `1.7976931348623157e+308`), byte for byte what `std::to_chars` gives — with Dragonbox when
/// the build found it (`TWINSPEC_HAS_DRAGONBOX`, see `json_shortest_to`). `v` must be finite:
/// JSON has no NaN or infinity.
template <class T>
char* json_number_to(char* w, T v) noexcept {
    static_assert(json_number_type_v<T>, "twinspec: json_number_to writes arithmetic values (not bool)");
#if defined(TWINSPEC_HAS_DRAGONBOX)
    if constexpr (std::is_same_v<T, double> || std::is_same_v<T, float>) {
        return json_shortest_to(w, v);
    } else
#endif
    {
        return std::to_chars(w, w + json_number_max, v).ptr;
    }
}

/// True when `v` can be written as a JSON number (not NaN, not an infinity).
template <class T>
constexpr bool json_number_finite(T v) noexcept {
    if constexpr (std::is_floating_point_v<T>) return v - v == T(0);
    else return true;
}

/// Appends `v` as a JSON number (see `json_number_to`); false, and nothing appended, for NaN
/// and infinities.
template <class T>
bool append_json_number(std::string& out, T v) {
    if (!json_number_finite(v)) return false;
    char buf[json_number_max];
    out.append(buf, json_number_to(buf, v));
    return true;
}

/// True when `name` is ASCII and no character of it needs a JSON escape, so that a writer may
/// copy it between quotes as it stands, `ascii_only` or not (member names, at compile time).
/// Other names are written as any string is, through `json_escape_to`.
constexpr bool json_plain_name(std::string_view name) noexcept {
    for (const char c : name) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || json_plain_bytes[b] == 0) return false;
    }
    return true;
}

/// Clinger's fast path: parses `s` when it is exactly `-?digits(.digits)?([eE][+-]?digits)?`
/// with a significand that converts exactly (≤ 2^53 for double, ≤ 2^24 for float) and a
/// decimal exponent whose power of ten is exact (|e| ≤ 22 for double, ≤ 10 for float). Then
/// `x = significand ×/÷ 10^|e|` is one correctly rounded operation. Returns false (and leaves
/// `out` alone) otherwise — the caller falls back to `std::from_chars`.
template <class F>
bool json_fast_float(std::string_view s, F& out) noexcept {
    static_assert(std::is_same_v<F, double> || std::is_same_v<F, float>);
#if defined(FLT_EVAL_METHOD) && FLT_EVAL_METHOD == 0
    constexpr std::uint64_t max_exact = std::is_same_v<F, double> ? (std::uint64_t{1} << 53) : (std::uint64_t{1} << 24);
    constexpr int max_pow = std::is_same_v<F, double> ? 22 : 10;
    static constexpr F pow10[] = {F(1e0),  F(1e1),  F(1e2),  F(1e3),  F(1e4),  F(1e5),  F(1e6),  F(1e7),
                                  F(1e8),  F(1e9),  F(1e10), F(1e11), F(1e12), F(1e13), F(1e14), F(1e15),
                                  F(1e16), F(1e17), F(1e18), F(1e19), F(1e20), F(1e21), F(1e22)};
    // 16-17 digit texts (a random double's shortest form) rarely fit 2^53 and would cost a
    // scan and a mispredicted branch before from_chars: leave them to it at once
    if (s.size() > (std::is_same_v<F, double> ? 17U : 10U)) return false;
    const char* p = s.data();
    const char* const end = p + s.size();
    const bool neg = p != end && *p == '-';
    if (neg) ++p;
    std::uint64_t m = 0;  // stops growing past max_exact: a longer significand bails out early
    const auto digits = [&m, &p, end] {
        // eight at a time while they fit (SWAR, as fast_float does), then one by one
        while (end - p >= 8 && m <= 184467440736ULL) {  // m * 10^8 + 99999999 < 2^64
            std::uint64_t v;
            if constexpr (std::endian::native != std::endian::little) break;
            std::memcpy(&v, p, 8);
            if (((v & 0xF0F0F0F0F0F0F0F0ULL) | (((v + 0x0606060606060606ULL) & 0xF0F0F0F0F0F0F0F0ULL) >> 4)) !=
                0x3333333333333333ULL)
                break;
            v = ((v & 0x0F0F0F0F0F0F0F0FULL) * 2561) >> 8;
            v = ((v & 0x00FF00FF00FF00FFULL) * 6553601) >> 16;
            m = m * 100000000ULL + (((v & 0x0000FFFF0000FFFFULL) * 42949672960001ULL) >> 32);
            p += 8;
        }
        while (p != end && *p >= '0' && *p <= '9' && m <= max_exact) m = m * 10 + static_cast<unsigned>(*p++ - '0');
    };
    const char* const int_begin = p;
    digits();
    if (p == int_begin) return false;
    int e10 = 0;
    if (p != end && *p == '.') {
        ++p;
        const char* const frac_begin = p;
        digits();
        if (p == frac_begin) return false;
        e10 = -static_cast<int>(p - frac_begin);
    }
    if (p != end && (*p == 'e' || *p == 'E')) {
        ++p;
        const bool eneg = p != end && *p == '-';
        if (p != end && (*p == '-' || *p == '+')) ++p;
        const char* const exp_begin = p;
        int x = 0;
        while (p != end && *p >= '0' && *p <= '9' && x < 10000) x = x * 10 + (*p++ - '0');
        if (p == exp_begin) return false;
        e10 += eneg ? -x : x;
    }
    if (p != end || m > max_exact) return false;  // more digits than fit, or trailing text
    if (m == 0) {
        out = neg ? -F(0) : F(0);
        return true;
    }
    if (e10 < -max_pow || e10 > max_pow) return false;
    F x = static_cast<F>(m);  // exact: m ≤ 2^53 (2^24)
    x = e10 < 0 ? x / pow10[-e10] : x * pow10[e10];
    out = neg ? -x : x;
    return true;
#else
    (void)s;
    (void)out;
    return false;  // excess precision would round twice: always std::from_chars
#endif
}

/// Parses the whole of `s` as a `T` (JSON number syntax; `float`/`double` correctly rounded,
/// integers exactly). `ec` is `errc::result_out_of_range` when the value does not fit,
/// `errc::invalid_argument` when `s` is not (entirely) a number.
template <class T>
std::errc parse_json_number(std::string_view s, T& out) noexcept {
    if constexpr (std::is_floating_point_v<T>) {
        if constexpr (std::is_same_v<T, double> || std::is_same_v<T, float>) {
            if (json_fast_float(s, out)) return std::errc{};
        }
        T v{};
        const auto r = std::from_chars(s.data(), s.data() + s.size(), v, std::chars_format::general);
        if (r.ec != std::errc{}) return r.ec;
        if (r.ptr != s.data() + s.size()) return std::errc::invalid_argument;
        out = v;
        return std::errc{};
    } else {
        T v{};
        const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (r.ec != std::errc{}) return r.ec;
        if (r.ptr != s.data() + s.size()) return std::errc::invalid_argument;
        out = v;
        return std::errc{};
    }
}

}  // namespace twinspec::detail
