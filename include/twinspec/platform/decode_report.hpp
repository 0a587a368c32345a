// twinspec/platform/decode_report.hpp — what the device-access decoder reports besides the
// values it produces (which are the twin-data layer's `data::sample<T>`): why a raw value was
// rejected (`decode_error`), the rejection with its point, address and reason in words
// (`point_error`), and the report of a batch (`decode_report`). Bad values are never clamped:
// their sample is marked bad (`decode_quality`) and the rejection says why.
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <twinspec/data/sample.hpp>
#include <twinspec/platform/device_access.hpp>

namespace twinspec::platform {

/// Why a raw value was rejected.
enum class decode_error : std::uint8_t {
    none,                  ///< decoded and valid
    missing,               ///< the raw data does not hold the point (other unit, table or address)
    wrong_register_count,  ///< the block starts at the point but holds fewer registers than it needs
    not_finite,            ///< NaN or an infinity (float registers, payloads)
    out_of_range,          ///< outside the field's range
    not_representable,     ///< inside the range but not representable in the field's type
    wrong_type,            ///< an OPC UA value of another data type than the point's
    bad_status,            ///< an OPC UA value whose status code is not Good
    not_a_number,          ///< an MQTT payload that is not a number
};

/// "out_of_range" …
[[nodiscard]] constexpr std::string_view to_string(decode_error e) noexcept {
    constexpr std::string_view names[] = {"none",       "missing",           "wrong_register_count",
                                          "not_finite", "out_of_range",      "not_representable",
                                          "wrong_type", "bad_status",        "not_a_number"};
    return names[static_cast<std::size_t>(e)];
}

/// The clock of the timestamps devices deliver: the twin-data layer's (UTC, nanoseconds).
/// The epoch (a default-constructed timestamp) means that the source gave none.
using timestamp = data::timestamp;

/// The quality of the sample a decode yields: good, or bad with the twin-data reason code
/// that matches the rejection (`missing` and `wrong_register_count` → `communication`,
/// `out_of_range` → `below_minimum`/`above_maximum`, `bad_status` → `sensor_fault`,
/// `wrong_type` and `not_a_number` → `malformed`, the others their namesakes).
[[nodiscard]] constexpr data::quality decode_quality(decode_error e, double value_seen = 0, double limit = 0) noexcept {
    switch (e) {
        case decode_error::none: return data::quality::good();
        case decode_error::missing:
        case decode_error::wrong_register_count: return data::quality::bad(data::reason::communication);
        case decode_error::not_finite: return data::quality::bad(data::reason::not_finite);
        case decode_error::out_of_range:
            return data::quality::bad(value_seen < limit ? data::reason::below_minimum : data::reason::above_maximum);
        case decode_error::not_representable: return data::quality::bad(data::reason::not_representable);
        case decode_error::bad_status: return data::quality::bad(data::reason::sensor_fault);
        case decode_error::wrong_type:
        case decode_error::not_a_number: return data::quality::bad(data::reason::malformed);
    }
    return data::quality::bad(data::reason::malformed);
}

namespace detail {
inline void append_number(std::string& s, double v) {
    if (v != v) {
        s += "NaN";
        return;
    }
    if (v - v != 0.0) {
        s += v > 0 ? "inf" : "-inf";
        return;
    }
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    s.append(buf, r.ptr);
}

/// "point rsrp (Modbus unit 1 holding register 100 (s16)): -20.5 dBm is above the maximum -31".
inline std::string decode_reason(const point_info* p, decode_error e, double value, double limit, std::string_view unit) {
    std::string s = "point ";
    if (p != nullptr) {
        s += p->field;
        s += " (" + p->address_text() + ')';
    }
    s += ": ";
    const auto with_unit = [&](double v) {
        append_number(s, v);
        if (!unit.empty()) {
            s += ' ';
            s += unit;
        }
    };
    switch (e) {
        case decode_error::none: s += "ok"; break;
        case decode_error::missing: s += "the raw data does not hold the point"; break;
        case decode_error::wrong_register_count:
            s += "the block holds ";
            append_number(s, value);
            s += " of the point's ";
            append_number(s, limit);
            s += " registers";
            break;
        case decode_error::not_finite:
            append_number(s, value);
            s += " is not a finite number";
            break;
        case decode_error::out_of_range:
            with_unit(value);
            s += value < limit ? " is below the minimum " : " is above the maximum ";
            with_unit(limit);
            break;
        case decode_error::not_representable:
            with_unit(value);
            s += " is not representable in the field's type";
            break;
        case decode_error::wrong_type: s += "the value's data type is not the point's"; break;
        case decode_error::bad_status:
            s += "status code ";
            append_number(s, value);
            s += " is not Good";
            break;
        case decode_error::not_a_number: s += "the payload is not a number"; break;
    }
    return s;
}
}  // namespace detail

/// A rejected raw value: the point (field and protocol address), the JSON pointer of the
/// field, the reason with the offending value (`value_seen`) and the broken limit, the unit,
/// and the source's timestamp (the epoch when it gave none).
struct point_error {
    const point_info* point = nullptr;
    std::string path;  ///< "/rsrp"
    decode_error error = decode_error::none;
    double value_seen = 0;  ///< the engineering value (or raw figure) the reason is about
    double limit = 0;       ///< the broken limit (out_of_range), the needed count (wrong_register_count)
    std::string_view unit{};
    twinspec::platform::timestamp time{};

    /// The quality the rejected value's sample carries.
    [[nodiscard]] constexpr data::quality quality() const noexcept { return decode_quality(error, value_seen, limit); }
    /// "point rsrp (Modbus unit 1 …): -20.5 dBm is above the maximum -31 dBm".
    [[nodiscard]] std::string reason() const { return detail::decode_reason(point, error, value_seen, limit, unit); }
    /// "/rsrp: point rsrp (Modbus unit 1 …): -20.5 dBm is above the maximum -31 dBm".
    [[nodiscard]] std::string to_string() const { return path + ": " + reason(); }
};

/// The outcome of decoding a batch: how many values were good (written to fields or passed on
/// as samples), and every rejected point (fields of rejected points keep their previous values).
struct decode_report {
    std::size_t written = 0;
    std::vector<point_error> errors;

    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
    /// One line per rejected point.
    [[nodiscard]] std::string to_string() const {
        std::string s;
        for (const auto& e : errors) s += e.to_string() + '\n';
        return s;
    }
};

}  // namespace twinspec::platform
