// twinspec/data/sample.hpp — one observation of a value: `sample<T>` with its UTC
// timestamp (nanoseconds), its quality (good / uncertain / bad and a reason code) and its
// source (entity handle and connection id). As small as the hand-written struct.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace twinspec::data {

/// A point in time, UTC, nanosecond resolution (`std::chrono::sys_time<nanoseconds>`).
using timestamp = std::chrono::sys_time<std::chrono::nanoseconds>;
/// A span of time in nanoseconds.
using duration = std::chrono::nanoseconds;

/// How far a sample can be trusted (after OPC UA's status classes).
enum class quality_level : std::uint8_t { good, uncertain, bad };

/// Why a sample is not good, or what a preprocessing step did to it. Codes from 128 up
/// are free for users.
enum class reason : std::uint8_t {
    none = 0,          ///< nothing to say
    below_minimum,     ///< the value is below the field's range
    above_maximum,     ///< the value is above the field's range
    not_finite,        ///< NaN or an infinity where the field has a range
    not_allowed,       ///< the value is not one of the field's allowed values
    duplicate,         ///< another sample has the same timestamp
    out_of_order,      ///< the timestamp is earlier than the previous sample's
    filled_hold,       ///< inserted by `fill` holding the last value
    filled_linear,     ///< inserted by `fill` interpolating linearly
    resampled,         ///< computed by `resample` from samples of lower quality
    fused,             ///< computed by `fuse` from samples of lower quality
    sensor_fault,      ///< the source said so
    communication,     ///< the connection lost or delayed the sample
    not_representable, ///< the raw value is not a value of the field's type (a fraction for an integer, a bit that is neither 0 nor 1, an overflow)
    malformed,         ///< the raw data could not be read as a value (another data type than declared, a payload that is no number)
    user = 128,        ///< first code free for users
};

/// `"good"`, `"uncertain"`, `"bad"`.
[[nodiscard]] constexpr std::string_view to_string(quality_level q) noexcept {
    constexpr std::string_view names[] = {"good", "uncertain", "bad"};
    return static_cast<std::size_t>(q) < 3 ? names[static_cast<std::size_t>(q)] : std::string_view("invalid");
}
/// `"none"`, `"below_minimum"` …; `"user"` for codes ≥ 128, `"unknown"` for the gap.
[[nodiscard]] constexpr std::string_view to_string(reason r) noexcept {
    constexpr std::string_view names[] = {"none",         "below_minimum", "above_maximum", "not_finite",
                                          "not_allowed",  "duplicate",     "out_of_order",  "filled_hold",
                                          "filled_linear", "resampled",    "fused",         "sensor_fault",
                                          "communication", "not_representable", "malformed"};
    const auto i = static_cast<std::size_t>(r);
    if (i < sizeof names / sizeof names[0]) return names[i];
    return i >= 128 ? std::string_view("user") : std::string_view("unknown");
}

/// Quality: level and reason, two bytes.
struct quality {
    quality_level level = quality_level::good;
    data::reason reason = reason::none;

    [[nodiscard]] static constexpr quality good() noexcept { return {}; }
    [[nodiscard]] static constexpr quality uncertain(data::reason r) noexcept { return {quality_level::uncertain, r}; }
    [[nodiscard]] static constexpr quality bad(data::reason r) noexcept { return {quality_level::bad, r}; }
    [[nodiscard]] constexpr bool is_good() const noexcept { return level == quality_level::good; }
    [[nodiscard]] constexpr bool is_bad() const noexcept { return level == quality_level::bad; }
    friend constexpr bool operator==(quality, quality) noexcept = default;
};

/// Where a sample came from: the entity (the raw 32-bit value of a `ref<T>`, or any
/// application id) and the connection it arrived on (16 bits).
struct source_id {
    std::uint32_t entity = 0;
    std::uint16_t connection = 0;
    friend constexpr bool operator==(source_id, source_id) noexcept = default;
};

/// One observation: the value, when it was observed (UTC), its quality and its source.
/// The members are laid out flat so that `sample<double>` takes 24 bytes, the size of the
/// hand-written struct `{double; int64_t; uint32_t; uint16_t; uint8_t; uint8_t}`.
template <class T>
struct sample {
    using value_type = T;

    T value{};
    timestamp time{};
    std::uint32_t entity = 0;      ///< source entity (raw handle)
    std::uint16_t connection = 0;  ///< source connection
    data::quality quality{};

    /// The source as one value.
    [[nodiscard]] constexpr source_id source() const noexcept { return {entity, connection}; }
    /// Sets the source.
    constexpr void set_source(source_id s) noexcept {
        entity = s.entity;
        connection = s.connection;
    }

    /// Equal when every member is equal (values compared with `==`: NaN ≠ NaN).
    friend constexpr bool operator==(const sample&, const sample&) = default;
};

namespace detail {
struct sample_double_by_hand {
    double value;
    std::int64_t time;
    std::uint32_t entity;
    std::uint16_t connection;
    std::uint8_t level;
    std::uint8_t reason;
};
}  // namespace detail
static_assert(sizeof(sample<double>) == sizeof(detail::sample_double_by_hand),
              "twinspec: sample<double> must be as small as its hand-written struct");
static_assert(sizeof(sample<double>) == 24);

/// `make_sample(value, time)`: a good sample without a source.
template <class T>
[[nodiscard]] constexpr sample<T> make_sample(T value, timestamp time, source_id src = {},
                                              data::quality q = {}) noexcept {
    return sample<T>{value, time, src.entity, src.connection, q};
}

/// One member of a sample as the text forms name it (a CSV column, a JSON Lines member): its
/// name, whether a reader requires it, and `get(s)`, a reference to it in a sample `s` (const
/// for a const sample).
template <class Get>
struct sample_field {
    std::string_view name;
    bool required;
    Get get;
};
template <class Get>
sample_field(std::string_view, bool, Get) -> sample_field<Get>;

/// The members of a sample in the order of the text forms: `time`, `value`, `quality`,
/// `reason`, `entity`, `connection`. The one list the CSV writer and reader (`data/csv.hpp`) and
/// the JSON Lines writer and reader (`io/jsonl.hpp`) go through: a new member of `sample<T>` is
/// one entry here (and, when its type is none of a timestamp, a number, a quality level and a
/// reason, how each format writes and reads that type).
inline constexpr auto sample_fields = std::tuple{
    sample_field{"time", true, [](auto& s) -> auto& { return s.time; }},
    sample_field{"value", true, [](auto& s) -> auto& { return s.value; }},
    sample_field{"quality", false, [](auto& s) -> auto& { return s.quality.level; }},
    sample_field{"reason", false, [](auto& s) -> auto& { return s.quality.reason; }},
    sample_field{"entity", false, [](auto& s) -> auto& { return s.entity; }},
    sample_field{"connection", false, [](auto& s) -> auto& { return s.connection; }},
};

/// How many members `sample_fields` lists.
inline constexpr std::size_t sample_field_count = std::tuple_size_v<std::remove_const_t<decltype(sample_fields)>>;

/// Calls `f(field)` for each entry of `sample_fields`, in order.
template <class F>
constexpr void for_each_sample_field(F&& f) {
    std::apply([&f](const auto&... x) { (f(x), ...); }, sample_fields);
}

/// The names of `sample_fields`, in order.
inline constexpr std::array<std::string_view, sample_field_count> sample_field_names =
    std::apply([](const auto&... x) { return std::array<std::string_view, sample_field_count>{x.name...}; }, sample_fields);

/// True for `sample<T>`.
template <class S>
inline constexpr bool is_sample_v = false;
template <class T>
inline constexpr bool is_sample_v<sample<T>> = true;

}  // namespace twinspec::data
