// twinspec/platform/device_access.hpp — device access (工业设备接入): protocol descriptors for
// Modbus TCP/RTU, OPC UA and MQTT with the addressing each needs, and the points that map a
// protocol address to a field of an entity (checked and decoded by `point_map`, point_map.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/units.hpp>

namespace twinspec::platform {

/// The protocols device access speaks.
enum class protocol : std::uint8_t { modbus, opcua, mqtt };

/// "Modbus", "OPC UA", "MQTT".
[[nodiscard]] constexpr std::string_view to_string(protocol p) noexcept {
    constexpr std::string_view names[] = {"Modbus", "OPC UA", "MQTT"};
    return names[static_cast<std::size_t>(p)];
}

// ---- Modbus ------------------------------------------------------------------------------------

/// Modbus transport: the addressing is the same, the framing differs.
enum class modbus_transport : std::uint8_t { tcp, rtu };

/// The four Modbus data tables.
enum class register_kind : std::uint8_t { coil, discrete_input, input_register, holding_register };

/// "coil", "discrete input", "input register", "holding register".
[[nodiscard]] constexpr std::string_view to_string(register_kind k) noexcept {
    constexpr std::string_view names[] = {"coil", "discrete input", "input register", "holding register"};
    return names[static_cast<std::size_t>(k)];
}

/// How the registers of a point are read: one bit (coils, discrete inputs), or 16/32/64-bit
/// integers and IEEE 754 floats spread over 1, 2 or 4 registers.
enum class value_type : std::uint8_t { bit, u16, s16, u32, s32, u64, s64, f32, f64 };

/// "bit", "u16" …
[[nodiscard]] constexpr std::string_view to_string(value_type t) noexcept {
    constexpr std::string_view names[] = {"bit", "u16", "s16", "u32", "s32", "u64", "s64", "f32", "f64"};
    return names[static_cast<std::size_t>(t)];
}

/// Number of 16-bit registers (or coils) a value of type `t` occupies.
[[nodiscard]] constexpr std::uint16_t register_count(value_type t) noexcept {
    switch (t) {
        case value_type::bit:
        case value_type::u16:
        case value_type::s16: return 1;
        case value_type::u32:
        case value_type::s32:
        case value_type::f32: return 2;
        default: return 4;
    }
}

/// True for the floating-point register types.
[[nodiscard]] constexpr bool is_floating(value_type t) noexcept { return t == value_type::f32 || t == value_type::f64; }

/// Word order of multi-register values: the register at the lowest address holds the most
/// significant word (`high_first`, the Modbus convention) or the least significant one.
/// Bytes within a register are always big-endian (the protocol's rule).
enum class word_order : std::uint8_t { high_first, low_first };

/// The address and the encoding of one Modbus point: unit id, register kind, first address,
/// register count, value type, word order, and the affine map to engineering units
/// value = raw × scale_num / scale_den + offset_num / offset_den. A structural type, written
/// with the builder functions: `holding(1, 100, value_type::s16).scale(1, 10).offset(-150)`.
struct modbus_address {
    std::uint8_t unit = 1;
    register_kind kind = register_kind::holding_register;
    std::uint16_t address = 0;
    std::uint16_t count = 1;
    value_type type = value_type::u16;
    word_order order = word_order::high_first;
    std::int64_t scale_num = 1;
    std::int64_t scale_den = 1;
    std::int64_t offset_num = 0;
    std::int64_t offset_den = 1;

    /// Multiplies the raw value by num/den.
    [[nodiscard]] constexpr modbus_address scale(std::int64_t num, std::int64_t den = 1) const noexcept {
        modbus_address a = *this;
        a.scale_num = num;
        a.scale_den = den;
        return a;
    }
    /// Adds num/den after scaling.
    [[nodiscard]] constexpr modbus_address offset(std::int64_t num, std::int64_t den = 1) const noexcept {
        modbus_address a = *this;
        a.offset_num = num;
        a.offset_den = den;
        return a;
    }
    /// Sets the word order of a multi-register value.
    [[nodiscard]] constexpr modbus_address words(word_order o) const noexcept {
        modbus_address a = *this;
        a.order = o;
        return a;
    }
    /// Sets the register count explicitly (checked against the value type).
    [[nodiscard]] constexpr modbus_address registers(std::uint16_t n) const noexcept {
        modbus_address a = *this;
        a.count = n;
        return a;
    }
    /// The last address the point occupies (as a wider integer: it may pass 65535, a rule).
    [[nodiscard]] constexpr std::uint32_t last() const noexcept { return std::uint32_t{address} + count - 1U; }

    friend constexpr bool operator==(const modbus_address&, const modbus_address&) = default;
};

/// A holding register point (read/write registers, function code 3).
[[nodiscard]] constexpr modbus_address holding(std::uint8_t unit, std::uint16_t address, value_type t) noexcept {
    return {unit, register_kind::holding_register, address, register_count(t), t};
}
/// An input register point (read-only registers, function code 4).
[[nodiscard]] constexpr modbus_address input(std::uint8_t unit, std::uint16_t address, value_type t) noexcept {
    return {unit, register_kind::input_register, address, register_count(t), t};
}
/// A coil (read/write bit, function code 1).
[[nodiscard]] constexpr modbus_address coil(std::uint8_t unit, std::uint16_t address) noexcept {
    return {unit, register_kind::coil, address, 1, value_type::bit};
}
/// A discrete input (read-only bit, function code 2).
[[nodiscard]] constexpr modbus_address discrete_input(std::uint8_t unit, std::uint16_t address) noexcept {
    return {unit, register_kind::discrete_input, address, 1, value_type::bit};
}

// ---- OPC UA and MQTT -----------------------------------------------------------------------------

/// The OPC UA built-in data types device access decodes.
enum class opcua_type : std::uint8_t { boolean, int16, uint16, int32, uint32, int64, uint64, float_, double_ };

/// "Boolean", "Int16" … (OPC UA's names).
[[nodiscard]] constexpr std::string_view to_string(opcua_type t) noexcept {
    constexpr std::string_view names[] = {"Boolean", "Int16", "UInt16", "Int32", "UInt32",
                                          "Int64",   "UInt64", "Float", "Double"};
    return names[static_cast<std::size_t>(t)];
}

/// MQTT quality of service.
enum class qos : std::uint8_t { at_most_once = 0, at_least_once = 1, exactly_once = 2 };

// ---- points --------------------------------------------------------------------------------------

/// A point as reports and descriptions see it: the field it writes and its protocol address.
struct point_info {
    std::string_view field;  ///< the entity field's external name
    twinspec::platform::protocol protocol = twinspec::platform::protocol::modbus;
    modbus_address modbus{};           ///< Modbus only
    std::string_view node_or_topic{};  ///< OPC UA node id or MQTT topic
    opcua_type node_type = opcua_type::double_;  ///< OPC UA only
    twinspec::platform::qos qos_level = twinspec::platform::qos::at_most_once;  ///< MQTT only

    /// "Modbus unit 1 holding register 100..101 (s32)", "OPC UA ns=2;s=Cell1.RSRP (Double)",
    /// "MQTT site/1/cell/17/prb (QoS 1)".
    [[nodiscard]] std::string address_text() const {
        std::string s(to_string(protocol));
        if (protocol == twinspec::platform::protocol::modbus) {
            s += " unit " + std::to_string(modbus.unit) + ' ';
            s += to_string(modbus.kind);
            s += ' ' + std::to_string(modbus.address);
            if (modbus.count > 1) s += ".." + std::to_string(modbus.last());
            s += " (";
            s += to_string(modbus.type);
            s += ')';
        } else {
            s += ' ';
            s += node_or_topic;
            if (protocol == twinspec::platform::protocol::opcua) {
                s += " (";
                s += to_string(node_type);
                s += ')';
            } else {
                s += " (QoS " + std::to_string(static_cast<int>(qos_level)) + ')';
            }
        }
        return s;
    }
};

namespace detail {
struct point_base {};
}  // namespace detail

/// A Modbus point writing field `Field` from registers `A`, whose engineering value (after
/// scale and offset) is in unit `Unit` (`void`: the field's own unit).
template <fixed_string Field, modbus_address A, class Unit = void>
struct modbus_point : detail::point_base {
    static constexpr std::string_view field = Field.view();
    static constexpr auto field_name = Field;
    static constexpr twinspec::platform::protocol protocol = twinspec::platform::protocol::modbus;
    static constexpr modbus_address address = A;
    using unit_type = Unit;
    static constexpr point_info info{Field.view(), twinspec::platform::protocol::modbus, A};
};

/// An OPC UA point writing field `Field` from the variable with node id `NodeId`
/// (`"ns=2;s=Cell1.RSRP"`) of data type `Type`, in unit `Unit` (`void`: the field's unit).
template <fixed_string Field, fixed_string NodeId, opcua_type Type, class Unit = void>
struct opcua_point : detail::point_base {
    static constexpr std::string_view field = Field.view();
    static constexpr auto field_name = Field;
    static constexpr twinspec::platform::protocol protocol = twinspec::platform::protocol::opcua;
    static constexpr opcua_type type = Type;
    using unit_type = Unit;
    static constexpr point_info info{Field.view(), twinspec::platform::protocol::opcua, {}, NodeId.view(), Type};
};

/// An MQTT point writing field `Field` from the numeric payload (text, e.g. `"42.5"`) of topic
/// `Topic`, subscribed with `Qos`, in unit `Unit` (`void`: the field's unit).
template <fixed_string Field, fixed_string Topic, qos Qos = qos::at_least_once, class Unit = void>
struct mqtt_point : detail::point_base {
    static constexpr std::string_view field = Field.view();
    static constexpr auto field_name = Field;
    static constexpr twinspec::platform::protocol protocol = twinspec::platform::protocol::mqtt;
    using unit_type = Unit;
    static constexpr point_info info{Field.view(), twinspec::platform::protocol::mqtt, {}, Topic.view(), opcua_type::double_, Qos};
};

/// A Modbus, OPC UA or MQTT point.
template <class P>
concept Point = std::is_base_of_v<detail::point_base, P>;

}  // namespace twinspec::platform
