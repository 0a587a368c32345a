// twinspec/standards/identifier.hpp — Chinese standard numbers (`GB/T 33776.602-2017`,
// `T/CCSA 693-2025 (T/CHEAA 0047—2025)`), parsed at compile time and at run time.
#pragma once

#include <twinspec/core/utf8.hpp>

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <utility>

namespace twinspec::standards {

/// Who issues a standard: the state (GB…), an industry ministry (YD/T…) or a group (T/ORG).
enum class category : std::uint8_t { national, industry, group };

/// The legal force a national or industry code carries; group standards are voluntary.
enum class force : std::uint8_t {
    mandatory,    ///< `GB`, `YD` — no suffix
    recommended,  ///< `/T` (推荐)
    guidance,     ///< `/Z` (指导)
    voluntary,    ///< group standards `T/ORG`
};

[[nodiscard]] constexpr std::string_view to_string(category c) noexcept {
    switch (c) {
        case category::national: return "national";
        case category::industry: return "industry";
        case category::group: return "group";
    }
    return "?";
}

[[nodiscard]] constexpr std::string_view to_string(force f) noexcept {
    switch (f) {
        case force::mandatory: return "mandatory";
        case force::recommended: return "recommended";
        case force::guidance: return "guidance";
        case force::voluntary: return "voluntary";
    }
    return "?";
}

/// What is wrong with a standard number. `message(errc)` says it as a sentence fragment.
enum class id_errc : std::uint8_t {
    ok,
    empty,
    too_long,
    nul_byte,
    invalid_utf8,
    lower_case,
    expected_code,
    bad_code_suffix,
    industry_code_length,
    missing_organisation,
    organisation_too_long,
    bad_separator,
    expected_sequence,
    letter_in_sequence,
    sequence_too_long,
    empty_part,
    letter_in_part,
    too_many_parts,
    part_too_long,
    missing_year,
    two_dashes,
    short_year,
    long_year,
    trailing_text,
    joint_unclosed,
    nested_joint,
};

[[nodiscard]] constexpr std::string_view message(id_errc e) noexcept {
    switch (e) {
        case id_errc::ok: return "ok";
        case id_errc::empty: return "empty identifier";
        case id_errc::too_long: return "identifier is longer than 96 bytes";
        case id_errc::nul_byte: return "NUL byte inside the identifier";
        case id_errc::invalid_utf8: return "invalid UTF-8";
        case id_errc::lower_case: return "lower-case letter in the standard code (codes are upper case: GB/T, YD/T, T/CCSA)";
        case id_errc::expected_code: return "expected a standard code (GB, GB/T, GB/Z, an industry code such as YD/T, or T/ORG)";
        case id_errc::bad_code_suffix: return "a national or industry code takes only /T or /Z after its letters";
        case id_errc::industry_code_length: return "an industry code has two to four capital letters";
        case id_errc::missing_organisation: return "group code 'T/' without an organisation code (capitals and digits, e.g. T/CCSA)";
        case id_errc::organisation_too_long: return "organisation code is longer than 16 characters";
        case id_errc::bad_separator: return "expected at most one separator (ASCII space or U+3000) before the sequence number";
        case id_errc::expected_sequence: return "expected the sequence number (digits)";
        case id_errc::letter_in_sequence: return "letter in the sequence number";
        case id_errc::sequence_too_long: return "sequence number has more than 8 digits";
        case id_errc::empty_part: return "empty part number after '.'";
        case id_errc::letter_in_part: return "letter in a part number";
        case id_errc::too_many_parts: return "more than 4 part numbers";
        case id_errc::part_too_long: return "part number has more than 8 digits";
        case id_errc::missing_year: return "missing year: expected a dash (-, U+2014, U+2013 or U+FF0D) and a four-digit year";
        case id_errc::two_dashes: return "two dashes before the year";
        case id_errc::short_year: return "year has fewer than four digits";
        case id_errc::long_year: return "year has more than four digits";
        case id_errc::trailing_text: return "unexpected text after the year (only ' (JOINT-NUMBER)' may follow)";
        case id_errc::joint_unclosed: return "missing ')' after the joint number";
        case id_errc::nested_joint: return "a joint number cannot carry another joint number";
    }
    return "unknown error";
}

/// A parse failure: what (`code`, `message()`) and where (`position`, a byte offset).
struct id_error {
    id_errc code = id_errc::ok;
    std::size_t position = 0;
    [[nodiscard]] constexpr std::string_view message() const noexcept { return standards::message(code); }
    friend constexpr bool operator==(const id_error&, const id_error&) = default;
};

class standard_id;
struct id_parse_result;
[[nodiscard]] constexpr id_parse_result parse_standard_id(std::string_view text) noexcept;

namespace detail {
// IWYU pragma: private, include <twinspec/standards/identifier.hpp>

inline constexpr std::size_t id_max_length = 96;
inline constexpr std::size_t id_max_parts = 4;

/// Offsets of one number (`CODE SEQ.PART-YEAR`) inside the identifier's text buffer.
struct number_layout {
    std::uint8_t code_begin = 0, code_end = 0;     // "T/CCSA", "GB/T"
    std::uint8_t issuer_begin = 0, issuer_end = 0; // "CCSA", "GB"
    std::uint8_t seq_begin = 0, seq_end = 0;
    std::uint8_t parts_begin = 0, parts_end = 0;   // "1.2" without the leading '.'
    std::uint8_t part_count = 0;
    std::uint16_t year = 0;
    category cat = category::national;
    force strength = force::mandatory;
};

constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_letter(char c) noexcept { return is_upper(c) || is_lower(c); }

constexpr bool starts_with_at(std::string_view s, std::size_t i, std::string_view what) noexcept {
    return i <= s.size() && s.substr(i).starts_with(what);
}

/// Length in bytes of a separator at `i` (ASCII space or U+3000), 0 if none.
constexpr std::size_t separator_at(std::string_view s, std::size_t i) noexcept {
    if (i < s.size() && s[i] == ' ') return 1;
    if (starts_with_at(s, i, "\xE3\x80\x80")) return 3;
    return 0;
}

/// Length in bytes of a dash at `i` (-, U+2014, U+2013, U+FF0D), 0 if none.
constexpr std::size_t dash_at(std::string_view s, std::size_t i) noexcept {
    if (i < s.size() && s[i] == '-') return 1;
    if (starts_with_at(s, i, "\xE2\x80\x94") || starts_with_at(s, i, "\xE2\x80\x93") ||
        starts_with_at(s, i, "\xEF\xBC\x8D"))
        return 3;
    return 0;
}

constexpr std::size_t count_digits(std::string_view s, std::size_t i) noexcept {
    std::size_t n = 0;
    while (i + n < s.size() && is_digit(s[i + n])) ++n;
    return n;
}

struct number_parse {
    id_error error{};
    std::size_t next = 0;
    number_layout layout{};
};

/// Parses one number starting at `i`. The caller has validated length, NUL and UTF-8.
constexpr number_parse parse_number(std::string_view s, std::size_t i) noexcept {
    number_parse r;
    auto fail = [&r](id_errc e, std::size_t at) {
        r.error = {e, at};
        return r;
    };
    auto u8 = [](std::size_t v) { return static_cast<std::uint8_t>(v); };
    number_layout& L = r.layout;
    const std::size_t n = s.size();

    // ---- CODE
    std::size_t j = i;
    while (j < n && is_upper(s[j])) ++j;
    if (j == i) return fail(i < n && is_lower(s[i]) ? id_errc::lower_case : id_errc::expected_code, i);
    if (j < n && is_lower(s[j])) return fail(id_errc::lower_case, j);
    const std::string_view caps = s.substr(i, j - i);
    L.code_begin = u8(i);
    L.issuer_begin = u8(i);
    L.issuer_end = u8(j);
    std::size_t k = j;
    if (caps == "T" && k < n && s[k] == '/') {
        L.cat = category::group;
        L.strength = force::voluntary;
        const std::size_t org = k + 1;
        if (org < n && is_lower(s[org])) return fail(id_errc::lower_case, org);
        if (org >= n || !is_upper(s[org])) return fail(id_errc::missing_organisation, org);
        std::size_t g = org;
        while (g < n && (is_upper(s[g]) || is_digit(s[g]))) ++g;
        if (g < n && is_lower(s[g])) return fail(id_errc::lower_case, g);
        if (separator_at(s, g) == 0) {  // no separator: the digits belong to the sequence
            g = org;
            while (g < n && is_upper(s[g])) ++g;
        }
        if (g - org > 16) return fail(id_errc::organisation_too_long, org + 16);
        L.issuer_begin = u8(org);
        L.issuer_end = u8(g);
        k = g;
    } else {
        if (caps == "GB") {
            L.cat = category::national;
        } else if (caps.size() >= 2 && caps.size() <= 4) {
            L.cat = category::industry;
        } else {
            return fail(id_errc::industry_code_length, i);
        }
        L.strength = force::mandatory;
        if (k < n && s[k] == '/') {
            ++k;
            if (k < n && (s[k] == 't' || s[k] == 'z')) return fail(id_errc::lower_case, k);
            if (k >= n || (s[k] != 'T' && s[k] != 'Z')) return fail(id_errc::bad_code_suffix, k);
            L.strength = s[k] == 'T' ? force::recommended : force::guidance;
            ++k;
            if (k < n && is_letter(s[k])) return fail(id_errc::bad_code_suffix, k);
        }
    }
    L.code_end = u8(k);

    // ---- SEP
    k += separator_at(s, k);
    if (separator_at(s, k) != 0) return fail(id_errc::bad_separator, k);

    // ---- SEQ
    const std::size_t seq = count_digits(s, k);
    if (seq == 0) {
        if (k < n && is_letter(s[k])) return fail(id_errc::letter_in_sequence, k);
        return fail(id_errc::expected_sequence, k);
    }
    if (seq > 8) return fail(id_errc::sequence_too_long, k + 8);
    L.seq_begin = u8(k);
    k += seq;
    L.seq_end = u8(k);
    if (k < n && is_letter(s[k])) return fail(id_errc::letter_in_sequence, k);

    // ---- PARTS
    L.parts_begin = u8(k + 1);
    L.parts_end = u8(k + 1);
    while (k < n && s[k] == '.') {
        ++k;
        const std::size_t d = count_digits(s, k);
        if (d == 0) return fail(k < n && is_letter(s[k]) ? id_errc::letter_in_part : id_errc::empty_part, k);
        if (L.part_count == id_max_parts) return fail(id_errc::too_many_parts, k);
        if (d > 8) return fail(id_errc::part_too_long, k + 8);
        k += d;
        if (k < n && is_letter(s[k])) return fail(id_errc::letter_in_part, k);
        ++L.part_count;
        L.parts_end = u8(k);
    }
    if (L.part_count == 0) L.parts_begin = L.parts_end = u8(k);

    // ---- DASH
    const std::size_t dash = dash_at(s, k);
    if (dash == 0) return fail(id_errc::missing_year, k);
    k += dash;
    if (dash_at(s, k) != 0) return fail(id_errc::two_dashes, k);

    // ---- YEAR
    const std::size_t y = count_digits(s, k);
    if (y == 0) return fail(id_errc::missing_year, k);
    if (y < 4) return fail(id_errc::short_year, k);
    if (y > 4) return fail(id_errc::long_year, k + 4);
    L.year = static_cast<std::uint16_t>((s[k] - '0') * 1000 + (s[k + 1] - '0') * 100 + (s[k + 2] - '0') * 10 +
                                        (s[k + 3] - '0'));
    k += 4;
    r.next = k;
    return r;
}

/// Compares two digit strings by numeric value without overflow ("0047" == 47 < 602).
constexpr std::strong_ordering compare_numeric(std::string_view a, std::string_view b) noexcept {
    while (a.size() > 1 && a.front() == '0') a.remove_prefix(1);
    while (b.size() > 1 && b.front() == '0') b.remove_prefix(1);
    if (a.size() != b.size()) return a.size() <=> b.size();
    return a.compare(b) <=> 0;
}

/// A small fixed-capacity string (the canonical form of an identifier).
struct short_string {
    char data[id_max_length + 1]{};
    std::size_t size = 0;
    constexpr void append(std::string_view v) noexcept {
        for (char c : v)
            if (size < id_max_length) data[size++] = c;
    }
    constexpr void push_back(char c) noexcept {
        if (size < id_max_length) data[size++] = c;
    }
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {data, size}; }
    constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT
};

/// Called only when a `consteval` identifier literal is malformed: the compiler names the
/// function (the fault) and the template argument (the byte position) in the error.
/// Deliberately not constexpr.
template <std::size_t Byte>
struct invalid_standard_number_at_byte {
    static void empty_identifier() {}
    static void identifier_longer_than_96_bytes() {}
    static void nul_byte_in_identifier() {}
    static void invalid_utf8() {}
    static void lower_case_letter_in_code() {}
    static void expected_code_GB_GBT_GBZ_industry_or_group() {}
    static void code_suffix_must_be_T_or_Z() {}
    static void industry_code_needs_two_to_four_capitals() {}
    static void group_code_without_organisation() {}
    static void organisation_code_too_long() {}
    static void more_than_one_separator() {}
    static void expected_sequence_number() {}
    static void letter_in_sequence_number() {}
    static void sequence_number_too_long() {}
    static void empty_part_number() {}
    static void letter_in_part_number() {}
    static void too_many_part_numbers() {}
    static void part_number_too_long() {}
    static void missing_dash_and_year() {}
    static void two_dashes_before_year() {}
    static void year_has_fewer_than_four_digits() {}
    static void year_has_more_than_four_digits() {}
    static void unexpected_text_after_year() {}
    static void joint_number_not_closed() {}
    static void nested_joint_number() {}
};

template <std::size_t Byte>
constexpr void report_fault(id_errc code) {
    using F = invalid_standard_number_at_byte<Byte>;
    switch (code) {
        case id_errc::ok: return;
        case id_errc::empty: F::empty_identifier(); return;
        case id_errc::too_long: F::identifier_longer_than_96_bytes(); return;
        case id_errc::nul_byte: F::nul_byte_in_identifier(); return;
        case id_errc::invalid_utf8: F::invalid_utf8(); return;
        case id_errc::lower_case: F::lower_case_letter_in_code(); return;
        case id_errc::expected_code: F::expected_code_GB_GBT_GBZ_industry_or_group(); return;
        case id_errc::bad_code_suffix: F::code_suffix_must_be_T_or_Z(); return;
        case id_errc::industry_code_length: F::industry_code_needs_two_to_four_capitals(); return;
        case id_errc::missing_organisation: F::group_code_without_organisation(); return;
        case id_errc::organisation_too_long: F::organisation_code_too_long(); return;
        case id_errc::bad_separator: F::more_than_one_separator(); return;
        case id_errc::expected_sequence: F::expected_sequence_number(); return;
        case id_errc::letter_in_sequence: F::letter_in_sequence_number(); return;
        case id_errc::sequence_too_long: F::sequence_number_too_long(); return;
        case id_errc::empty_part: F::empty_part_number(); return;
        case id_errc::letter_in_part: F::letter_in_part_number(); return;
        case id_errc::too_many_parts: F::too_many_part_numbers(); return;
        case id_errc::part_too_long: F::part_number_too_long(); return;
        case id_errc::missing_year: F::missing_dash_and_year(); return;
        case id_errc::two_dashes: F::two_dashes_before_year(); return;
        case id_errc::short_year: F::year_has_fewer_than_four_digits(); return;
        case id_errc::long_year: F::year_has_more_than_four_digits(); return;
        case id_errc::trailing_text: F::unexpected_text_after_year(); return;
        case id_errc::joint_unclosed: F::joint_number_not_closed(); return;
        case id_errc::nested_joint: F::nested_joint_number(); return;
    }
}

template <std::size_t... I>
constexpr void report_at(id_error e, std::index_sequence<I...>) {
    ((e.position == I ? report_fault<I>(e.code) : void()), ...);
}

constexpr void report_at_compile_time(id_error e) {
    if (e.code != id_errc::ok) report_at(e, std::make_index_sequence<id_max_length + 1>{});
}

}  // namespace detail

/// The part numbers of an identifier (`33776.602` → {"602"}), as views into it.
struct part_list {
    std::string_view items[detail::id_max_parts]{};
    std::size_t count = 0;
    [[nodiscard]] constexpr std::size_t size() const noexcept { return count; }
    [[nodiscard]] constexpr bool empty() const noexcept { return count == 0; }
    [[nodiscard]] constexpr const std::string_view* begin() const noexcept { return items; }
    [[nodiscard]] constexpr const std::string_view* end() const noexcept { return items + count; }
    [[nodiscard]] constexpr std::string_view operator[](std::size_t i) const noexcept {
        return i < count ? items[i] : std::string_view{};
    }
};

/// A Chinese standard number: `CODE SEP SEQ[.PART…] DASH YEAR [ (JOINT)]`.
///
/// Built from a literal at compile time (`standard_id{"GB/T 1.1—2020"}`: a malformed literal
/// is a compile error naming the fault) or at run time with `parse_standard_id(text)`.
/// The identifier owns a copy of its text (at most 96 bytes); accessors return views into it,
/// valid while the identifier lives. Equality, ordering and hashing consider the number
/// itself (code, sequence with its leading zeros, parts, year), not the spelling of separator
/// and dash nor the joint number; `identical()` also compares the joint number.
class standard_id {
public:
    /// An empty identifier (no number); `empty()` is true. Only useful as a placeholder.
    constexpr standard_id() noexcept = default;

    /// Compile-time construction from a literal; a malformed literal does not compile.
    template <std::size_t N>
    consteval standard_id(const char (&literal)[N]) {  // NOLINT: implicit by design
        *this = checked(std::string_view{literal, N - 1});
    }

    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }
    /// The text as given (`T/CHEAA 0047—2025`).
    [[nodiscard]] constexpr std::string_view text() const noexcept { return {text_, size_}; }
    [[nodiscard]] constexpr standards::category category() const noexcept { return main_.cat; }
    [[nodiscard]] constexpr standards::force force() const noexcept { return main_.strength; }
    /// The whole code: `GB/T`, `YD/T`, `T/CCSA`.
    [[nodiscard]] constexpr std::string_view code() const noexcept { return slice(main_.code_begin, main_.code_end); }
    /// The issuer: `GB`, `YD`, `CCSA` (for groups the organisation code).
    [[nodiscard]] constexpr std::string_view issuer() const noexcept { return slice(main_.issuer_begin, main_.issuer_end); }
    /// The sequence number with its leading zeros (`0047`).
    [[nodiscard]] constexpr std::string_view sequence() const noexcept { return slice(main_.seq_begin, main_.seq_end); }
    [[nodiscard]] constexpr part_list parts() const noexcept { return parts_of(main_); }
    [[nodiscard]] constexpr int year() const noexcept { return main_.year; }
    [[nodiscard]] constexpr bool has_joint() const noexcept { return has_joint_; }
    /// The jointly published number, if any (`T/CHEAA 0047—2025`).
    [[nodiscard]] constexpr std::optional<standard_id> joint() const noexcept {
        if (!has_joint_) return std::nullopt;
        standard_id j;
        const std::size_t b = joint_.code_begin;
        std::size_t e = size_ - 1;  // the closing ')'
        for (std::size_t i = b; i != e; ++i) j.text_[i - b] = text_[i];
        j.size_ = static_cast<std::uint8_t>(e - b);
        j.main_ = shift(joint_, b);
        return j;
    }
    /// `CODE SEQ[.PART…]-YEAR` with one ASCII space and an ASCII hyphen, then
    /// ` (JOINT)` in the same form. The result owns its characters.
    [[nodiscard]] constexpr detail::short_string canonical() const noexcept {
        detail::short_string out;
        if (empty()) return out;
        append_canonical(out, main_);
        if (has_joint_) {
            out.append(" (");
            append_canonical(out, joint_);
            out.push_back(')');
        }
        return out;
    }
    /// The canonical form of the number alone, without the joint number.
    [[nodiscard]] constexpr detail::short_string canonical_number() const noexcept {
        detail::short_string out;
        if (!empty()) append_canonical(out, main_);
        return out;
    }

    friend constexpr bool operator==(const standard_id& a, const standard_id& b) noexcept {
        return (a <=> b) == 0;
    }
    /// Orders by issuer code, sequence (numerically, then by spelling), parts (numerically), year.
    friend constexpr std::strong_ordering operator<=>(const standard_id& a, const standard_id& b) noexcept {
        if (auto c = a.code().compare(b.code()) <=> 0; c != 0) return c;
        if (auto c = detail::compare_numeric(a.sequence(), b.sequence()); c != 0) return c;
        if (auto c = a.sequence().compare(b.sequence()) <=> 0; c != 0) return c;
        if (auto c = compare_parts(a.parts(), b.parts()); c != 0) return c;
        return a.year() <=> b.year();
    }
    /// Same number and the same joint number.
    [[nodiscard]] friend constexpr bool identical(const standard_id& a, const standard_id& b) noexcept {
        if (a != b || a.has_joint_ != b.has_joint_) return false;
        return !a.has_joint_ || *a.joint() == *b.joint();
    }
    /// Same standard (code, sequence, parts), whatever the edition year.
    [[nodiscard]] friend constexpr bool same_standard(const standard_id& a, const standard_id& b) noexcept {
        return a.code() == b.code() && a.sequence() == b.sequence() && compare_parts(a.parts(), b.parts()) == 0;
    }
    /// Same standard, another edition (a different year).
    [[nodiscard]] friend constexpr bool other_edition(const standard_id& a, const standard_id& b) noexcept {
        return same_standard(a, b) && a.year() != b.year();
    }
    /// FNV-1a over the canonical number (consistent with `==`).
    [[nodiscard]] constexpr std::size_t hash() const noexcept {
        std::uint64_t h = 14695981039346656037ULL;
        const detail::short_string number = canonical_number();  // keep the buffer alive
        for (char c : number.view()) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ULL;
        }
        return static_cast<std::size_t>(h);
    }

private:
    friend constexpr id_parse_result parse_standard_id(std::string_view text) noexcept;

    static consteval standard_id checked(std::string_view text);

    [[nodiscard]] constexpr std::string_view slice(std::size_t b, std::size_t e) const noexcept {
        return std::string_view{text_, size_}.substr(b, e - b);
    }
    [[nodiscard]] constexpr part_list parts_of(const detail::number_layout& L) const noexcept {
        part_list p;
        const std::string_view all = slice(L.parts_begin, L.parts_end);
        std::size_t start = 0;
        for (std::size_t i = 0; i <= all.size() && p.count < L.part_count; ++i) {
            if (i == all.size() || all[i] == '.') {
                p.items[p.count++] = all.substr(start, i - start);
                start = i + 1;
            }
        }
        return p;
    }
    static constexpr std::strong_ordering compare_parts(const part_list& a, const part_list& b) noexcept {
        for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
            if (auto c = detail::compare_numeric(a[i], b[i]); c != 0) return c;
            if (auto c = a[i].compare(b[i]) <=> 0; c != 0) return c;
        }
        return a.size() <=> b.size();
    }
    static constexpr detail::number_layout shift(detail::number_layout L, std::size_t by) noexcept {
        auto s = [by](std::uint8_t& v) { v = static_cast<std::uint8_t>(v - by); };
        s(L.code_begin), s(L.code_end), s(L.issuer_begin), s(L.issuer_end), s(L.seq_begin), s(L.seq_end),
            s(L.parts_begin), s(L.parts_end);
        return L;
    }
    constexpr void append_canonical(detail::short_string& out, const detail::number_layout& L) const noexcept {
        out.append(slice(L.code_begin, L.code_end));
        out.push_back(' ');
        out.append(slice(L.seq_begin, L.seq_end));
        for (std::string_view p : parts_of(L)) {
            out.push_back('.');
            out.append(p);
        }
        out.push_back('-');
        char y[4] = {static_cast<char>('0' + L.year / 1000), static_cast<char>('0' + L.year / 100 % 10),
                     static_cast<char>('0' + L.year / 10 % 10), static_cast<char>('0' + L.year % 10)};
        out.append(std::string_view{y, 4});
    }

    char text_[detail::id_max_length]{};
    std::uint8_t size_ = 0;
    bool has_joint_ = false;
    detail::number_layout main_{};
    detail::number_layout joint_{};
};

/// The result of `parse_standard_id`: the identifier, or the error with its byte position.
struct id_parse_result {
    standard_id id{};  ///< empty when the parse failed
    id_error error{};
    [[nodiscard]] constexpr bool ok() const noexcept { return error.code == id_errc::ok; }
    constexpr explicit operator bool() const noexcept { return ok(); }
    [[nodiscard]] constexpr std::string_view message() const noexcept { return error.message(); }
    [[nodiscard]] constexpr std::size_t position() const noexcept { return error.position; }
};

/// Parses a standard number at run time (or in a constant expression). Never throws; any byte
/// sequence is accepted as input, including invalid UTF-8 and embedded NUL bytes.
[[nodiscard]] constexpr id_parse_result parse_standard_id(std::string_view s) noexcept {
    id_parse_result r;
    auto fail = [&r](id_errc e, std::size_t at) {
        r.error = {e, at};
        return r;
    };
    if (s.empty()) return fail(id_errc::empty, 0);
    if (s.size() > detail::id_max_length) return fail(id_errc::too_long, detail::id_max_length);
    for (std::size_t i = 0; i != s.size(); ++i)
        if (s[i] == '\0') return fail(id_errc::nul_byte, i);
    if (const auto u = utf8::count_code_points(s); !u.valid) return fail(id_errc::invalid_utf8, u.error_offset);

    const auto main = detail::parse_number(s, 0);
    if (main.error.code != id_errc::ok) return fail(main.error.code, main.error.position);
    std::size_t k = main.next;
    standard_id& id = r.id;
    id.main_ = main.layout;
    if (k != s.size()) {
        if (!detail::starts_with_at(s, k, " (")) return fail(id_errc::trailing_text, k);
        const auto joint = detail::parse_number(s, k + 2);
        if (joint.error.code != id_errc::ok) return fail(joint.error.code, joint.error.position);
        k = joint.next;
        if (detail::starts_with_at(s, k, " (")) return fail(id_errc::nested_joint, k);
        if (k == s.size() || s[k] != ')') return fail(id_errc::joint_unclosed, k);
        ++k;
        if (k != s.size()) return fail(id_errc::trailing_text, k);
        id.has_joint_ = true;
        id.joint_ = joint.layout;
    }
    for (std::size_t i = 0; i != s.size(); ++i) id.text_[i] = s[i];
    id.size_ = static_cast<std::uint8_t>(s.size());
    return r;
}

consteval standard_id standard_id::checked(std::string_view text) {
    const auto r = parse_standard_id(text);
    detail::report_at_compile_time(r.error);
    return r.id;
}

}  // namespace twinspec::standards

template <>
struct std::hash<twinspec::standards::standard_id> {
    std::size_t operator()(const twinspec::standards::standard_id& id) const noexcept { return id.hash(); }
};
