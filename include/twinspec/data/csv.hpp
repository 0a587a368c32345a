// twinspec/data/csv.hpp — samples as CSV (RFC 4180): header
// `time,value,quality,reason,entity,connection`, one sample per line; timestamps RFC 3339
// UTC with nanoseconds, numbers in their shortest exact form, so a round trip reproduces
// the samples exactly. The reader reports every bad line with its number and the reason.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/data/sample.hpp>
#include <twinspec/data/sample_range.hpp>
#include <twinspec/data/text.hpp>

namespace twinspec::data {

/// What a reader returns: the samples of the good lines, in file order, and one error per
/// bad line (never dropped silently).
template <class T>
struct read_result {
    std::vector<sample<T>> samples;
    std::vector<read_error> errors;
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
};

namespace detail {
/// `time,value,quality,reason,entity,connection`: the names of `sample_fields` joined by commas.
inline constexpr auto csv_header_chars = [] {
    constexpr std::size_t n = [] {
        std::size_t k = sample_field_count - 1;  // the commas
        for (std::string_view name : sample_field_names) k += name.size();
        return k;
    }();
    std::array<char, n> a{};
    std::size_t at = 0;
    for (std::string_view name : sample_field_names) {
        if (at != 0) a[at++] = ',';
        for (char c : name) a[at++] = c;
    }
    return a;
}();

// One column of a sample, written: the time in RFC 3339, numbers in their shortest exact form,
// the quality level and the reason by name (a user reason code by number).
inline void append_csv_field(std::string& out, timestamp t) { append_timestamp(out, t); }
inline void append_csv_field(std::string& out, quality_level q) { out += to_string(q); }
inline void append_csv_field(std::string& out, reason r) { append_reason(out, r); }
template <class V>
    requires std::is_arithmetic_v<V>
void append_csv_field(std::string& out, V v) {
    append_number(out, v);
}

// One column of a sample, read: the reason when the text is not one.
inline std::optional<std::string> parse_csv_field(const std::string& text, timestamp& t) { return parse_timestamp(text, t); }
inline std::optional<std::string> parse_csv_field(const std::string& text, quality_level& q) {
    const auto x = parse_quality(text);
    if (!x) return "'" + text + "' is not good, uncertain or bad";
    q = *x;
    return std::nullopt;
}
inline std::optional<std::string> parse_csv_field(const std::string& text, reason& r) {
    const auto x = parse_reason(text);
    if (!x) return "'" + text + "' is not a reason name or a code 0-255";
    r = *x;
    return std::nullopt;
}
template <class V>
    requires std::is_arithmetic_v<V>
std::optional<std::string> parse_csv_field(const std::string& text, V& v) {
    return parse_number(text, v);
}
}  // namespace detail

/// The CSV header line (without the line break): the names of `sample_fields`.
inline constexpr std::string_view csv_header{detail::csv_header_chars.data(), detail::csv_header_chars.size()};

/// Appends one sample as a CSV line (with `\n`): the members of `sample_fields`, in order.
template <class T>
void append_csv_line(std::string& out, const sample<T>& s) {
    bool first = true;
    for_each_sample_field([&](const auto& f) {
        if (!first) out += ',';
        first = false;
        detail::append_csv_field(out, f.get(s));
    });
    out += '\n';
}

/// `samples` (any input range of `sample<T>`) as CSV text with a header line.
template <class R>
[[nodiscard]] std::string to_csv(R&& samples) {
    static_assert(SampleRange<R>, "twinspec: data::to_csv needs an input range of ts::data::sample<T>");
    std::string out(csv_header);
    out += '\n';
    for (auto&& s : samples) append_csv_line(out, s);
    return out;
}

namespace detail {
/// Splits one CSV record into fields (RFC 4180 quoting); the reason when it is malformed.
inline std::optional<std::string> split_csv(std::string_view line, std::vector<std::string>& fields) {
    fields.clear();
    std::string cur;
    std::size_t i = 0;
    for (;;) {
        cur.clear();
        if (i < line.size() && line[i] == '"') {
            ++i;
            for (;;) {
                if (i >= line.size()) return "an unterminated quoted field";
                if (line[i] == '"') {
                    if (i + 1 < line.size() && line[i + 1] == '"') {
                        cur += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cur += line[i++];
            }
            if (i < line.size() && line[i] != ',') return "text after a closing quote";
        } else {
            while (i < line.size() && line[i] != ',') {
                if (line[i] == '"') return "a quote inside an unquoted field";
                cur += line[i++];
            }
        }
        fields.push_back(cur);
        if (i >= line.size()) return std::nullopt;
        ++i;  // the comma
    }
}
}  // namespace detail

/// Parses CSV text written by `to_csv` (the header is required; `\r\n` line ends are
/// accepted; empty lines are skipped). Every other line either becomes a sample or an
/// error naming the line and the column.
template <class T>
[[nodiscard]] read_result<T> from_csv(std::string_view text) {
    read_result<T> res;
    std::vector<std::string> f;
    std::size_t line_no = 0;
    bool header_seen = false;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) continue;
        const auto fail = [&](std::string why) { res.errors.push_back({line_no, std::move(why)}); };
        if (!header_seen) {
            header_seen = true;
            if (line != csv_header) {
                fail("the header is not '" + std::string(csv_header) + "'");
                return res;  // the columns are unknown: nothing below can be read
            }
            continue;
        }
        if (auto e = detail::split_csv(line, f)) {
            fail(*e);
            continue;
        }
        if (f.size() != sample_field_count) {
            fail(std::to_string(f.size()) + " fields where " + std::to_string(sample_field_count) + " are expected");
            continue;
        }
        sample<T> s;
        std::size_t column = 0;
        std::optional<std::string> bad;  // the first column that is not read, and why
        for_each_sample_field([&](const auto& field) {
            if (!bad) {
                if (auto e = detail::parse_csv_field(f[column], field.get(s))) bad = "column '" + std::string(field.name) + "': " + *e;
            }
            ++column;
        });
        if (bad) {
            fail(std::move(*bad));
            continue;
        }
        res.samples.push_back(s);
    }
    if (!header_seen) res.errors.push_back({0, "no header line (empty input)"});
    return res;
}

}  // namespace twinspec::data
