// twinspec/data/csv.hpp — samples as CSV (RFC 4180): header
// `time,value,quality,reason,entity,connection`, one sample per line; timestamps RFC 3339
// UTC with nanoseconds, numbers in their shortest exact form, so a round trip reproduces
// the samples exactly. The reader reports every bad line with its number and the reason.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
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

/// The CSV header line (without the line break).
inline constexpr std::string_view csv_header = "time,value,quality,reason,entity,connection";

/// Appends one sample as a CSV line (with `\n`).
template <class T>
void append_csv_line(std::string& out, const sample<T>& s) {
    append_timestamp(out, s.time);
    out += ',';
    append_number(out, s.value);
    out += ',';
    out += to_string(s.quality.level);
    out += ',';
    append_reason(out, s.quality.reason);
    out += ',';
    append_number(out, s.entity);
    out += ',';
    append_number(out, s.connection);
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
        if (f.size() != 6) {
            fail(std::to_string(f.size()) + " fields where 6 are expected");
            continue;
        }
        sample<T> s;
        if (auto e = parse_timestamp(f[0], s.time)) {
            fail("column 'time': " + *e);
            continue;
        }
        if (auto e = parse_number(f[1], s.value)) {
            fail("column 'value': " + *e);
            continue;
        }
        const auto q = parse_quality(f[2]);
        if (!q) {
            fail("column 'quality': '" + f[2] + "' is not good, uncertain or bad");
            continue;
        }
        const auto r = parse_reason(f[3]);
        if (!r) {
            fail("column 'reason': '" + f[3] + "' is not a reason name or a code 0-255");
            continue;
        }
        s.quality = {*q, *r};
        if (auto e = parse_number(f[4], s.entity)) {
            fail("column 'entity': " + *e);
            continue;
        }
        if (auto e = parse_number(f[5], s.connection)) {
            fail("column 'connection': " + *e);
            continue;
        }
        res.samples.push_back(s);
    }
    if (!header_seen) res.errors.push_back({0, "no header line (empty input)"});
    return res;
}

}  // namespace twinspec::data
