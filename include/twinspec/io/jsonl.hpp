// twinspec/io/jsonl.hpp — samples and series as JSON Lines, one record per line:
// `{"time":"2026-11-22T00:00:00.000000000Z","value":-90.5,"quality":"good","reason":"none","entity":1,"connection":0}`.
// Written with the instance writer's pieces (exact numbers, `core/detail/json_text.hpp`) and
// read with the instance reader's SAX handler and type tables (`io/json_read.hpp`): every
// error has its line, a JSON pointer and a reason, numbers are read exactly, nothing is
// clamped. Parsing uses Boost.JSON: link `twinspec::json`.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/core/detail/json_text.hpp>
#include <twinspec/data/sample.hpp>
#include <twinspec/data/sample_range.hpp>
#include <twinspec/data/series.hpp>
#include <twinspec/data/text.hpp>
#include <twinspec/io/json_read.hpp>
#include <twinspec/io/json_write.hpp>

namespace twinspec::io {

namespace detail {

/// The longest text one member's value can take in a record: a quoted RFC 3339 time (32), a
/// number (`json_number_max`; also covers `"-Infinity"`), a quoted quality or reason name.
template <class M>
constexpr std::size_t sample_member_max() noexcept {
    if constexpr (std::is_same_v<M, data::timestamp>) return 32;
    else return twinspec::detail::json_number_max + 2;
}

/// Room a record of `sample<T>` can need: `{`, `"name":` and a value per member, commas, `}\n`.
template <class T>
inline constexpr std::size_t sample_record_max = [] {
    std::size_t n = 3;
    data::for_each_sample_field([&n](const auto& f) {
        using M = std::remove_cvref_t<decltype(f.get(std::declval<const data::sample<T>&>()))>;
        n += f.name.size() + 4 + sample_member_max<M>();
    });
    return n;
}();

static_assert([] {
    for (std::string_view name : data::sample_field_names)
        if (!twinspec::detail::json_plain_name(name)) return false;
    return true;
}(), "twinspec: io: jsonl: the names of data::sample_fields are written as they are and must be ASCII and need no JSON escapes");

/// Appends the record of `s` (with `\n`) to `b`; false, with `error` set, when a member cannot
/// be written without loss. The members are those of `data::sample_fields`, in order.
template <class T>
bool write_sample_record(json_buffer& b, const data::sample<T>& s, std::optional<write_error>& error) {
    static_assert(twinspec::detail::json_number_type_v<T>,
                  "twinspec: io: jsonl: sample<T>::value must be an arithmetic type other than bool (a number in JSON)");
    if (static_cast<std::size_t>(s.quality.level) > 2) {
        error = write_error{"/quality", std::to_string(static_cast<unsigned>(s.quality.level)) + " is not a quality level (good, uncertain, bad)", 0};
        return false;
    }
    // the time needs no check: 64-bit nanoseconds span the years 1677..2262, all of RFC 3339's
    char* w = b.reserve(sample_record_max<T>);
    const auto lit = [&w](std::string_view x) {
        std::memcpy(w, x.data(), x.size());
        w += x.size();
    };
    // one member's value, by its type
    const auto put = [&](const auto& v) {
        using M = std::remove_cvref_t<decltype(v)>;
        if constexpr (std::is_same_v<M, data::timestamp>) {
            std::string ts;  // the nine-digit form CSV shares (data/text.hpp)
            data::append_timestamp(ts, v);
            *w++ = '"';
            lit(ts);
            *w++ = '"';
        } else if constexpr (std::is_same_v<M, data::quality_level>) {
            *w++ = '"';
            lit(data::to_string(v));
            *w++ = '"';
        } else if constexpr (std::is_same_v<M, data::reason>) {
            *w++ = '"';
            const std::string_view reason_name = data::to_string(v);
            if (reason_name == "user" || reason_name == "unknown") {  // a code without a name: its number
                w = twinspec::detail::json_number_to(w, static_cast<unsigned>(v));
            } else {
                lit(reason_name);
            }
            *w++ = '"';
        } else if constexpr (std::is_floating_point_v<M>) {
            if (twinspec::detail::json_number_finite(v)) {
                w = twinspec::detail::json_number_to(w, v);
            } else {  // JSON has no NaN or infinity: strings, as JavaScript's JSON5 and pandas name them
                lit(v != v ? std::string_view("\"NaN\"") : v > 0 ? std::string_view("\"Infinity\"") : std::string_view("\"-Infinity\""));
            }
        } else {
            w = twinspec::detail::json_number_to(w, v);
        }
    };
    char open = '{';
    data::for_each_sample_field([&](const auto& f) {
        *w++ = open;
        open = ',';
        *w++ = '"';
        lit(f.name);  // plain ASCII names: nothing to escape
        *w++ = '"';
        *w++ = ':';
        put(f.get(s));
    });
    lit("}\n");
    b.commit(w);
    return true;
}

// --- reading: the record's type table, for the instance reader ------------------------------

/// `value` of a floating-point sample: a number, or the strings "NaN", "Infinity", "-Infinity".
template <class T>
struct sample_value_ops {
    static bool i(json_reader& r, void* t, std::int64_t, std::string_view s) { return store_floating<T>(r, t, s); }
    static bool u(json_reader& r, void* t, std::uint64_t, std::string_view s) { return store_floating<T>(r, t, s); }
    static bool d(json_reader& r, void* t, double v, std::string_view s) { return store_floating<T>(r, t, v, s); }
    static bool s(json_reader& r, void* t, std::string_view v) {
        T& x = *static_cast<T*>(t);
        if (v == "NaN") x = std::numeric_limits<T>::quiet_NaN();
        else if (v == "Infinity") x = std::numeric_limits<T>::infinity();
        else if (v == "-Infinity") x = -std::numeric_limits<T>::infinity();
        else return r.error(json_errc::invalid_value, "\"" + std::string(v) + "\" is not a number, \"NaN\", \"Infinity\" or \"-Infinity\"");
        return true;
    }
    static constexpr type_ops value{nullptr, &i, &u, &d, &s, nullptr, nullptr, nullptr,
                                    "a number (or \"NaN\", \"Infinity\", \"-Infinity\")"};
};

struct sample_quality_ops {
    static bool s(json_reader& r, void* t, std::string_view v) {
        if (const auto q = data::parse_quality(v)) {
            *static_cast<data::quality_level*>(t) = *q;
            return true;
        }
        return r.error(json_errc::invalid_value, "\"" + std::string(v) + "\" is not a quality level (good, uncertain, bad)");
    }
    static constexpr type_ops value{nullptr, nullptr, nullptr, nullptr, &s, nullptr, nullptr, nullptr,
                                    "a string (good, uncertain, bad)"};
};

/// `reason`: a name (`"below_minimum"`), or a code 0..255 as a string (`"200"`) or a number.
struct sample_reason_ops {
    static bool code(json_reader& r, void* t, std::uint64_t v, std::string_view text) {
        if (v > 255) return r.error(json_errc::out_of_range, std::string(text) + " is not a reason code (0..255)");
        *static_cast<data::reason*>(t) = static_cast<data::reason>(v);
        return true;
    }
    static bool i(json_reader& r, void* t, std::int64_t v, std::string_view text) {
        if (v < 0) return r.error(json_errc::out_of_range, std::string(text) + " is not a reason code (0..255)");
        return code(r, t, static_cast<std::uint64_t>(v), text);
    }
    static bool s(json_reader& r, void* t, std::string_view v) {
        if (const auto x = data::parse_reason(v)) {
            *static_cast<data::reason*>(t) = *x;
            return true;
        }
        return r.error(json_errc::invalid_value, "\"" + std::string(v) + "\" is not a reason name or a code 0..255");
    }
    static constexpr type_ops value{nullptr, &i, &code, nullptr, &s, nullptr, nullptr, nullptr,
                                    "a reason name or a code 0..255"};
};

template <class T>
struct sample_ops {
    static_assert(twinspec::detail::json_number_type_v<T>,
                  "twinspec: io: jsonl: sample<T>::value must be an arithmetic type other than bool (a number in JSON)");
    using S = data::sample<T>;
    /// The reader of a member of type `M`: the value (a number, or a NaN or an infinity as a
    /// string for a floating-point value), a quality or reason name, a time, an integer.
    template <class M>
    static constexpr const type_ops* ops_for() {
        if constexpr (std::is_same_v<M, T> && std::is_floating_point_v<T>) return &sample_value_ops<T>::value;
        else if constexpr (std::is_same_v<M, data::quality_level>) return &sample_quality_ops::value;
        else if constexpr (std::is_same_v<M, data::reason>) return &sample_reason_ops::value;
        else return ops_v<M>;
    }
    template <std::size_t I>
    static void* address(void* s, std::uint32_t) {
        return &std::get<I>(data::sample_fields).get(*static_cast<S*>(s));
    }
    /// The members of `data::sample_fields`, for the instance reader.
    static constexpr auto fields = []<std::size_t... I>(std::index_sequence<I...>) {
        return std::array<field_entry, sizeof...(I)>{{field_entry{
            std::get<I>(data::sample_fields).name,
            ops_for<std::remove_cvref_t<decltype(std::get<I>(data::sample_fields).get(std::declval<S&>()))>>(),
            &address<I>, 0, std::get<I>(data::sample_fields).required}...}};
    }(std::make_index_sequence<data::sample_field_count>{});
    static bool o(json_reader& r, void* t) {
        r.push_entity(t, fields.data(), fields.size(), nullptr, {object_desc::kind::sample, {}});
        return true;
    }
    static constexpr type_ops record{nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, &o, nullptr, "an object (a sample)"};
};

/// Reads the records of `text`, one per non-blank line, handing each good one to
/// `take(sample, line, result)` (which may report an error itself and return false).
template <class T, class Take>
void read_sample_lines(std::string_view text, const json_read_options& opt, read_result& result, Take&& take) {
    boost::json::parse_options po;
    po.max_depth = opt.max_depth;
    data::sample<T> rec{};
    boost::json::basic_parser<json_reader> p(po, opt, result, &sample_ops<T>::record, &rec);
    std::size_t line_no = 0;
    while (!text.empty() && !p.handler().stopped) {
        const std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        const std::size_t before = result.errors_.size();
        const std::size_t unknown_before = result.unknown_.size();
        rec = data::sample<T>{};
        p.reset();
        p.handler().restart(&sample_ops<T>::record, &rec);
        boost::json::error_code ec;
        const std::size_t n = p.write_some(false, line.data(), line.size(), ec);
        if (!ec && n != line.size()) ec = boost::json::error::extra_data;
        if (ec && !(ec == boost::json::error::exception && p.handler().stopped)) {
            result.errors_.push_back(parse_failure(line, n, ec, p.handler(), opt));
        }
        if (result.errors_.size() == before) (void)take(rec, line_no, result);
        for (std::size_t k = before; k != result.errors_.size(); ++k) result.errors_[k].line = line_no;
        for (std::size_t k = unknown_before; k != result.unknown_.size(); ++k) result.unknown_[k].line = line_no;
    }
}

}  // namespace detail

/// Appends one sample as a JSON Lines record (with `\n`): the time in RFC 3339 UTC with nine
/// fractional digits, the value in its shortest exact form (NaN and infinities as the strings
/// `"NaN"`, `"Infinity"`, `"-Infinity"`), quality and reason by name (a reason code without a
/// name as its number in a string, `"200"`), the source's entity and connection. The one
/// error (path and reason): a quality level that is not one (it could not be read back).
template <class T>
write_result write_jsonl(const data::sample<T>& s, std::string& out) {
    write_result r;
    detail::json_buffer b(out);
    (void)detail::write_sample_record(b, s, r.error);
    return r;
}

/// Appends every sample of `samples` (a `series<T>`, a vector, any input range of
/// `sample<T>`) as JSON Lines; stops at the first record that cannot be written and reports
/// it with its line (1-based, counted from the first record appended).
template <class R>
    requires data::SampleRange<R>
write_result write_jsonl(R&& samples, std::string& out) {
    write_result r;
    detail::json_buffer b(out);
    std::size_t line = 0;
    for (auto&& s : samples) {
        ++line;
        if (!detail::write_sample_record(b, s, r.error)) {
            r.error->line = line;
            break;
        }
    }
    return r;
}

/// Reads JSON Lines of `sample<T>` records (blank lines are skipped) and appends them to
/// `out`. `time` and `value` are required; `quality` (default good), `reason` (none), `entity`
/// and `connection` (0) may be absent. Every error has the line (`e.line`), the pointer of the
/// member (`/value`) and a reason: malformed JSON (with the column), a wrong type, a number
/// that does not fit (`/entity`: -3), an unknown member (under `options.unknown`), a duplicate
/// member, a bad time or quality name. As `read_json`: on any error `out` is left unchanged
/// unless `options.commit_on_error`, which appends the records of the good lines.
template <class T, class A>
read_result read_jsonl(std::string_view text, std::vector<data::sample<T>, A>& out, const json_read_options& options = {}) {
    read_result result;
    std::vector<data::sample<T>, A> staged;
    detail::read_sample_lines<T>(text, options, result, [&](const data::sample<T>& s, std::size_t, read_result&) {
        staged.push_back(s);
        return true;
    });
    if (result.ok() || options.commit_on_error) out.insert(out.end(), staged.begin(), staged.end());
    return result;
}

/// As above into a `series<T>`, which is ordered by time: a record earlier than the one
/// before it (or than the series' last sample) is a `constraint` error at `/time`. A ring
/// series keeps its capacity (appending to a full ring drops its oldest samples, as `append`).
template <class T>
read_result read_jsonl(std::string_view text, data::series<T>& out, const json_read_options& options = {}) {
    read_result result;
    std::vector<data::sample<T>> staged;
    bool have_last = !out.empty();
    data::timestamp last = have_last ? out.back().time : data::timestamp{};
    detail::read_sample_lines<T>(text, options, result, [&](const data::sample<T>& s, std::size_t, read_result& r) {
        if (have_last && s.time < last) {
            std::string when;
            data::append_timestamp(when, s.time);
            r.errors_.push_back({json_errc::constraint, "/time",
                                 when + " is earlier than the sample before it: a series is ordered by time", {}, 0, 0, 0});
            return false;
        }
        have_last = true;
        last = s.time;
        staged.push_back(s);
        return true;
    });
    if (result.ok() || options.commit_on_error)
        for (const auto& s : staged) (void)out.append(s);
    return result;
}

}  // namespace twinspec::io
