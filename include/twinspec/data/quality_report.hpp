// twinspec/data/quality_report.hpp — data-quality assessment per series and per data
// class: completeness (share of expected samples present), validity (share meeting the
// field's constraints), timeliness (distribution of the lag from the expected time),
// duplicates and steps backwards in time; as a text table and as JSON.
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <twinspec/data/classes.hpp>
#include <twinspec/data/field.hpp>
#include <twinspec/data/sample_range.hpp>

namespace twinspec::data {

/// What a series is expected to hold: one sample every `interval` from `start` (inclusive)
/// to `end` (exclusive).
struct expectation {
    timestamp start{};
    timestamp end{};
    duration interval{};
};

/// Percentiles of the absolute lag between each sample's time and its nearest expected
/// time (how far off schedule samples arrive; clock skew shows up here).
struct lag_distribution {
    duration p50{};
    duration p90{};
    duration p99{};
    duration max{};
};

/// The quality of one series.
struct series_quality {
    std::string name;                  ///< e.g. "Cell/17/rsrp"
    std::vector<std::string> classes;  ///< the field's data classes ("Dp", "performance", "dynamic")
    std::size_t samples = 0;           ///< samples seen
    std::size_t expected = 0;          ///< expected samples in [start, end)
    std::size_t present = 0;           ///< expected slots holding at least one sample
    std::size_t valid = 0;             ///< samples meeting the constraints and not bad
    std::size_t duplicates = 0;        ///< samples whose timestamp an earlier sample has
    std::size_t out_of_order = 0;      ///< samples earlier than their predecessor
    std::size_t outside = 0;           ///< samples outside [start, end)
    lag_distribution lag{};

    /// present / expected (1 when nothing is expected).
    [[nodiscard]] double completeness() const noexcept {
        return expected == 0 ? 1.0 : static_cast<double>(present) / static_cast<double>(expected);
    }
    /// valid / samples (1 for an empty series).
    [[nodiscard]] double validity() const noexcept {
        return samples == 0 ? 1.0 : static_cast<double>(valid) / static_cast<double>(samples);
    }
    /// duplicates / samples.
    [[nodiscard]] double duplicate_share() const noexcept {
        return samples == 0 ? 0.0 : static_cast<double>(duplicates) / static_cast<double>(samples);
    }
};

namespace detail {
template <class V>
bool is_finite_value(const V& v) noexcept {
    if constexpr (std::is_floating_point_v<V>) return v - v == V(0);
    else return true;
}

template <class F>
std::vector<std::string> class_names() {
    std::vector<std::string> out;
    if constexpr (has_class_on_v<F, dimension_category>) out.emplace_back(to_string(class_on<F, dimension_category>()));
    if constexpr (has_class_on_v<F, domain_category>) out.emplace_back(to_string(class_on<F, domain_category>()));
    if constexpr (has_class_on_v<F, variability_category>) out.emplace_back(to_string(class_on<F, variability_category>()));
    return out;
}

inline duration nth_of(std::vector<std::int64_t>& lags, double p) {
    if (lags.empty()) return duration(0);
    const auto k = static_cast<std::size_t>(std::ceil(p / 100.0 * static_cast<double>(lags.size()))) - 1;
    const std::size_t i = std::min(k, lags.size() - 1);
    std::nth_element(lags.begin(), lags.begin() + static_cast<std::ptrdiff_t>(i), lags.end());
    return duration(lags[i]);
}

/// Shared by both `assess` overloads; `ok(value)` says whether a value meets the constraints.
template <class R, class Ok>
series_quality assess_impl(R&& samples, const expectation& e, std::string name, Ok ok) {
    series_quality q;
    q.name = std::move(name);
    const std::int64_t step = e.interval.count();
    const std::int64_t span = (e.end - e.start).count();
    if (step > 0 && span > 0) q.expected = static_cast<std::size_t>((span + step - 1) / step);
    std::vector<bool> slot(q.expected, false);
    std::vector<std::int64_t> times, lags;
    bool first = true;
    timestamp prev{};
    for (auto&& s : samples) {
        ++q.samples;
        if (!first && s.time < prev) ++q.out_of_order;
        first = false;
        prev = s.time;
        times.push_back(s.time.time_since_epoch().count());
        if (ok(s.value) && !s.quality.is_bad()) ++q.valid;
        if (s.time < e.start || s.time >= e.end || step <= 0) {
            ++q.outside;
            continue;
        }
        const std::int64_t off = (s.time - e.start).count();
        std::int64_t k = (off + step / 2) / step;  // nearest expected time
        const std::int64_t lag = off - k * step;
        if (static_cast<std::size_t>(k) >= q.expected) k = static_cast<std::int64_t>(q.expected) - 1;
        slot[static_cast<std::size_t>(k)] = true;
        lags.push_back(lag < 0 ? -lag : lag);
    }
    q.present = static_cast<std::size_t>(std::count(slot.begin(), slot.end(), true));
    std::sort(times.begin(), times.end());
    for (std::size_t i = 1; i < times.size(); ++i)
        if (times[i] == times[i - 1]) ++q.duplicates;
    if (!lags.empty()) {
        q.lag.max = duration(*std::max_element(lags.begin(), lags.end()));
        q.lag.p50 = nth_of(lags, 50);
        q.lag.p90 = nth_of(lags, 90);
        q.lag.p99 = nth_of(lags, 99);
    }
    return q;
}
}  // namespace detail

/// The quality of `samples` (any input range of `sample<T>`, in any order) against
/// expectation `e`, with validity judged by the field's constraints (range, allowed values;
/// without any, a value is valid when it is finite). The series is named `name`.
template <auto Field, class R>
[[nodiscard]] series_quality assess(R&& samples, const expectation& e, std::string name = {}) {
    static_assert(SampleRange<R>, "twinspec: data::assess needs an input range of ts::data::sample<T>");
    using F = field_desc_t<Field>;
    if (name.empty()) name = std::string(entity_name_v<typename F::entity_type>) + "/" + std::string(F::name);
    auto q = detail::assess_impl(std::forward<R>(samples), e, std::move(name), [](const auto& v) {
        if constexpr (has_constraints_v<F>) return value_ok<F>(v);
        else return detail::is_finite_value(v);
    });
    q.classes = detail::class_names<F>();
    return q;
}

/// The same without a schema field: a value is valid when it is finite.
template <class R>
[[nodiscard]] series_quality assess(R&& samples, const expectation& e, std::string name) {
    static_assert(SampleRange<R>, "twinspec: data::assess needs an input range of ts::data::sample<T>");
    return detail::assess_impl(std::forward<R>(samples), e, std::move(name),
                               [](const auto& v) { return detail::is_finite_value(v); });
}

/// Totals over the series of one data class.
struct class_quality {
    std::string data_class;
    std::size_t series = 0;
    std::size_t samples = 0;
    std::size_t expected = 0;
    std::size_t present = 0;
    std::size_t valid = 0;
    std::size_t duplicates = 0;
    std::size_t out_of_order = 0;
    duration lag_max{};

    [[nodiscard]] double completeness() const noexcept {
        return expected == 0 ? 1.0 : static_cast<double>(present) / static_cast<double>(expected);
    }
    [[nodiscard]] double validity() const noexcept {
        return samples == 0 ? 1.0 : static_cast<double>(valid) / static_cast<double>(samples);
    }
};

/// A quality report: one row per series, and totals per data class.
class quality_report {
public:
    /// Adds a series' row; its classes' totals follow.
    void add(series_quality q) {
        for (const auto& c : q.classes) {
            auto it = std::find_if(classes_.begin(), classes_.end(), [&](const class_quality& x) { return x.data_class == c; });
            if (it == classes_.end()) {
                classes_.push_back(class_quality{c});
                it = classes_.end() - 1;
            }
            ++it->series;
            it->samples += q.samples;
            it->expected += q.expected;
            it->present += q.present;
            it->valid += q.valid;
            it->duplicates += q.duplicates;
            it->out_of_order += q.out_of_order;
            it->lag_max = std::max(it->lag_max, q.lag.max);
        }
        series_.push_back(std::move(q));
    }
    [[nodiscard]] const std::vector<series_quality>& series() const noexcept { return series_; }
    [[nodiscard]] const std::vector<class_quality>& classes() const noexcept { return classes_; }
    /// The row of the series named `name`, or nullptr.
    [[nodiscard]] const series_quality* find(std::string_view name) const noexcept {
        for (const auto& s : series_)
            if (s.name == name) return &s;
        return nullptr;
    }

    /// The report as a fixed-width text table (percentages with one decimal, lags in ms).
    [[nodiscard]] std::string to_table() const {
        std::string out;
        std::size_t w = 6;
        for (const auto& s : series_) w = std::max(w, s.name.size());
        for (const auto& c : classes_) w = std::max(w, c.data_class.size() + 6);
        auto pad = [&](std::string_view text, std::size_t width, bool right) {
            std::string cell(text);
            if (cell.size() < width) cell.insert(right ? cell.begin() : cell.end(), width - cell.size(), ' ');
            out += cell;
        };
        auto row = [&](std::string_view name, std::size_t n, std::size_t expected, double compl_, double valid,
                       std::size_t dup, std::size_t back, std::string_view lag) {
            pad(name, w, false);
            pad(std::to_string(n), 9, true);
            pad(std::to_string(expected), 9, true);
            pad(percent(compl_), 9, true);
            pad(percent(valid), 9, true);
            pad(std::to_string(dup), 6, true);
            pad(std::to_string(back), 6, true);
            out += "  ";
            out += lag;
            out += '\n';
        };
        pad("series", w, false);
        out += "  samples expected complete    valid  dups  back  lag p50/p90/p99/max ms\n";
        for (const auto& s : series_) {
            std::string lag = ms(s.lag.p50) + "/" + ms(s.lag.p90) + "/" + ms(s.lag.p99) + "/" + ms(s.lag.max);
            row(s.name, s.samples, s.expected, s.completeness(), s.validity(), s.duplicates, s.out_of_order, lag);
        }
        for (const auto& c : classes_)
            row("class " + c.data_class, c.samples, c.expected, c.completeness(), c.validity(), c.duplicates,
                c.out_of_order, "max " + ms(c.lag_max));
        return out;
    }

    /// The report as one JSON object: `{"series":[…],"classes":[…]}` (ratios as numbers in
    /// [0, 1], lags in nanoseconds).
    [[nodiscard]] std::string to_json() const {
        std::string out = "{\"series\":[";
        bool first = true;
        for (const auto& s : series_) {
            if (!first) out += ',';
            first = false;
            out += "{\"name\":";
            quote(out, s.name);
            out += ",\"classes\":[";
            for (std::size_t i = 0; i != s.classes.size(); ++i) {
                if (i != 0) out += ',';
                quote(out, s.classes[i]);
            }
            out += "],\"samples\":" + std::to_string(s.samples) + ",\"expected\":" + std::to_string(s.expected) +
                   ",\"present\":" + std::to_string(s.present) + ",\"valid\":" + std::to_string(s.valid) +
                   ",\"duplicates\":" + std::to_string(s.duplicates) + ",\"out_of_order\":" + std::to_string(s.out_of_order) +
                   ",\"outside\":" + std::to_string(s.outside) + ",\"completeness\":" + number(s.completeness()) +
                   ",\"validity\":" + number(s.validity()) + ",\"lag_ns\":{\"p50\":" + std::to_string(s.lag.p50.count()) +
                   ",\"p90\":" + std::to_string(s.lag.p90.count()) + ",\"p99\":" + std::to_string(s.lag.p99.count()) +
                   ",\"max\":" + std::to_string(s.lag.max.count()) + "}}";
        }
        out += "],\"classes\":[";
        first = true;
        for (const auto& c : classes_) {
            if (!first) out += ',';
            first = false;
            out += "{\"class\":";
            quote(out, c.data_class);
            out += ",\"series\":" + std::to_string(c.series) + ",\"samples\":" + std::to_string(c.samples) +
                   ",\"expected\":" + std::to_string(c.expected) + ",\"present\":" + std::to_string(c.present) +
                   ",\"valid\":" + std::to_string(c.valid) + ",\"duplicates\":" + std::to_string(c.duplicates) +
                   ",\"out_of_order\":" + std::to_string(c.out_of_order) + ",\"completeness\":" + number(c.completeness()) +
                   ",\"validity\":" + number(c.validity()) + ",\"lag_max_ns\":" + std::to_string(c.lag_max.count()) + "}";
        }
        out += "]}";
        return out;
    }

private:
    static std::string number(double d) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, d);
        return std::string(buf, r.ptr);
    }
    static std::string percent(double share) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, std::round(share * 1000.0) / 10.0, std::chars_format::fixed, 1);
        return std::string(buf, r.ptr) + "%";
    }
    static std::string ms(duration d) {
        char buf[32];
        const auto r = std::to_chars(buf, buf + sizeof buf, static_cast<double>(d.count()) / 1e6, std::chars_format::fixed, 0);
        return std::string(buf, r.ptr);
    }
    static void quote(std::string& out, std::string_view s) {
        out += '"';
        for (const char c : s) {
            if (c == '"' || c == '\\') {
                out += '\\';
                out += c;
            } else if (static_cast<unsigned char>(c) < 0x20) {
                constexpr char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xF];
                out += hex[c & 0xF];
            } else {
                out += c;
            }
        }
        out += '"';
    }

    std::vector<series_quality> series_;
    std::vector<class_quality> classes_;
};

}  // namespace twinspec::data
