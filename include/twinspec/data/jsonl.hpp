// twinspec/data/jsonl.hpp — samples as JSON Lines: one object per line,
// `{"time":"2026-11-22T00:00:00.000000000Z","value":-90.5,"quality":"good","reason":"none","entity":1,"connection":0}`.
// Numbers are written in their shortest exact form and read back from their text (not
// through Boost.JSON's double conversion, which is not exact in 1.81), so a round trip
// reproduces the samples exactly; NaN and infinities are the strings "NaN", "Infinity",
// "-Infinity". Parsing uses Boost.JSON: link the CMake target `twinspec::json`.
// Not included by <twinspec/data.hpp>.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

#include <boost/json/basic_parser_impl.hpp>

#include <twinspec/data/csv.hpp>
#include <twinspec/data/sample.hpp>
#include <twinspec/data/sample_range.hpp>
#include <twinspec/data/text.hpp>

namespace twinspec::data {

/// Appends one sample as a JSON Lines record (with `\n`).
template <class T>
void append_jsonl_line(std::string& out, const sample<T>& s) {
    out += "{\"time\":\"";
    append_timestamp(out, s.time);
    out += "\",\"value\":";
    if constexpr (std::is_floating_point_v<T>) {
        if (s.value != s.value) out += "\"NaN\"";
        else if (s.value - s.value != T(0)) out += s.value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        else append_number(out, s.value);
    } else {
        append_number(out, s.value);
    }
    out += ",\"quality\":\"";
    out += to_string(s.quality.level);
    out += "\",\"reason\":\"";
    append_reason(out, s.quality.reason);
    out += "\",\"entity\":";
    append_number(out, s.entity);
    out += ",\"connection\":";
    append_number(out, s.connection);
    out += "}\n";
}

/// `samples` (any input range of `sample<T>`) as JSON Lines.
template <class R>
[[nodiscard]] std::string to_jsonl(R&& samples) {
    static_assert(SampleRange<R>, "twinspec: data::to_jsonl needs an input range of ts::data::sample<T>");
    std::string out;
    for (auto&& s : samples) append_jsonl_line(out, s);
    return out;
}

namespace detail {
/// Boost.JSON SAX handler for one flat object; keeps every member's text.
struct jsonl_handler {
    static constexpr std::size_t max_object_size = 64;
    static constexpr std::size_t max_array_size = 0;
    static constexpr std::size_t max_key_size = 64;
    static constexpr std::size_t max_string_size = 4096;

    enum class kind : std::uint8_t { none, string, number };
    struct member {
        kind k = kind::none;
        std::string text;
    };
    member time, value, quality, reason, entity, connection;
    std::string key, text, error;
    int depth = 0;

    void reset() {
        time = value = quality = reason = entity = connection = member{};
        key.clear();
        text.clear();
        error.clear();
        depth = 0;
    }
    bool fail(boost::json::error_code& ec, std::string why) {
        error = std::move(why);
        ec = boost::json::error::syntax;
        return false;
    }
    member* slot() {
        if (key == "time") return &time;
        if (key == "value") return &value;
        if (key == "quality") return &quality;
        if (key == "reason") return &reason;
        if (key == "entity") return &entity;
        if (key == "connection") return &connection;
        return nullptr;
    }
    bool put(boost::json::error_code& ec, kind k) {
        member* m = slot();
        if (m == nullptr) return fail(ec, "unknown member '" + key + "'");
        if (m->k != kind::none) return fail(ec, "member '" + key + "' given twice");
        m->k = k;
        m->text = std::move(text);
        text.clear();
        key.clear();
        return true;
    }

    bool on_document_begin(boost::json::error_code&) { return true; }
    bool on_document_end(boost::json::error_code&) { return true; }
    bool on_array_begin(boost::json::error_code& ec) { return fail(ec, "an array where a flat object is expected"); }
    bool on_array_end(std::size_t, boost::json::error_code&) { return true; }
    bool on_object_begin(boost::json::error_code& ec) {
        if (depth++ != 0) return fail(ec, "a nested object in member '" + key + "'");
        return true;
    }
    bool on_object_end(std::size_t, boost::json::error_code&) { return true; }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        text.append(s.data(), s.size());
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t, boost::json::error_code& ec) {
        if (depth == 0) return fail(ec, "a string where an object is expected");
        text.append(s.data(), s.size());
        return put(ec, kind::string);
    }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        key.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        key.append(s.data(), s.size());
        return true;
    }
    bool on_number_part(boost::json::string_view s, boost::json::error_code&) {
        text.append(s.data(), s.size());
        return true;
    }
    bool number(boost::json::string_view s, boost::json::error_code& ec) {
        if (depth == 0) return fail(ec, "a number where an object is expected");
        text.append(s.data(), s.size());
        return put(ec, kind::number);
    }
    bool on_int64(std::int64_t, boost::json::string_view s, boost::json::error_code& ec) { return number(s, ec); }
    bool on_uint64(std::uint64_t, boost::json::string_view s, boost::json::error_code& ec) { return number(s, ec); }
    bool on_double(double, boost::json::string_view s, boost::json::error_code& ec) { return number(s, ec); }
    bool on_bool(bool, boost::json::error_code& ec) { return fail(ec, "a boolean in member '" + key + "'"); }
    bool on_null(boost::json::error_code& ec) { return fail(ec, "null in member '" + key + "'"); }
    bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }
};
}  // namespace detail

/// Parses JSON Lines written by `to_jsonl` (empty lines are skipped). Members `time` and
/// `value` are required; `quality` (default good), `reason` (none), `entity` and
/// `connection` (0) are optional; any other member, a wrong type, a number that does not
/// fit or bad JSON makes the line an error naming its number and the reason.
template <class T>
[[nodiscard]] read_result<T> from_jsonl(std::string_view text) {
    using handler = detail::jsonl_handler;
    read_result<T> res;
    boost::json::basic_parser<handler> p(boost::json::parse_options{});
    std::size_t line_no = 0;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        const auto fail = [&](std::string why) { res.errors.push_back({line_no, std::move(why)}); };
        p.reset();
        handler& h = p.handler();
        h.reset();
        boost::json::error_code ec;
        const std::size_t n = p.write_some(false, line.data(), line.size(), ec);
        if (ec) {
            fail(h.error.empty() ? "not valid JSON: " + ec.message() + " at byte " + std::to_string(n) : h.error);
            continue;
        }
        sample<T> s;
        if (h.time.k != handler::kind::string) {
            fail(h.time.k == handler::kind::none ? "member 'time' is missing" : "member 'time' is not a string");
            continue;
        }
        if (auto e = parse_timestamp(h.time.text, s.time)) {
            fail("member 'time': " + *e);
            continue;
        }
        if (h.value.k == handler::kind::none) {
            fail("member 'value' is missing");
            continue;
        }
        if (h.value.k == handler::kind::string) {
            if constexpr (std::is_floating_point_v<T>) {
                if (h.value.text == "NaN") s.value = std::numeric_limits<T>::quiet_NaN();
                else if (h.value.text == "Infinity") s.value = std::numeric_limits<T>::infinity();
                else if (h.value.text == "-Infinity") s.value = -std::numeric_limits<T>::infinity();
                else {
                    fail("member 'value': the string '" + h.value.text + "' is not NaN, Infinity or -Infinity");
                    continue;
                }
            } else {
                fail("member 'value' is a string, not an integer");
                continue;
            }
        } else if (auto e = parse_number(h.value.text, s.value)) {
            fail("member 'value': " + *e);
            continue;
        }
        if (h.quality.k != handler::kind::none) {
            const auto q = h.quality.k == handler::kind::string ? parse_quality(h.quality.text) : std::nullopt;
            if (!q) {
                fail("member 'quality': '" + h.quality.text + "' is not good, uncertain or bad");
                continue;
            }
            s.quality.level = *q;
        }
        if (h.reason.k != handler::kind::none) {
            const auto r = parse_reason(h.reason.text);
            if (!r) {
                fail("member 'reason': '" + h.reason.text + "' is not a reason name or a code 0-255");
                continue;
            }
            s.quality.reason = *r;
        }
        if (h.entity.k == handler::kind::string) {
            fail("member 'entity' is a string, not a number");
            continue;
        }
        if (h.entity.k == handler::kind::number) {
            if (auto e = parse_number(h.entity.text, s.entity)) {
                fail("member 'entity': " + *e);
                continue;
            }
        }
        if (h.connection.k == handler::kind::string) {
            fail("member 'connection' is a string, not a number");
            continue;
        }
        if (h.connection.k == handler::kind::number) {
            if (auto e = parse_number(h.connection.text, s.connection)) {
                fail("member 'connection': " + *e);
                continue;
            }
        }
        res.samples.push_back(s);
    }
    return res;
}

}  // namespace twinspec::data
