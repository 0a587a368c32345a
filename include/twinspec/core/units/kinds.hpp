#pragma once
/// \file
/// Quantity kinds of the twinspec units vocabulary.
///
/// A *quantity kind* says what a number measures (power, frequency, temperature, ...). Every unit
/// in `twinspec::units` names exactly one kind, and conversions are only possible between units of
/// the same kind (plus the two logarithmic/linear pairs power_level <-> power and
/// ratio_level <-> ratio, see conversion.hpp).
///
/// Each kind is an empty tag struct with
///   - `name`: a stable snake_case identifier of the kind, and
///   - `dtdl_semantic_type`: the DTDL v3 QuantitativeTypes semantic type (extension context
///     "dtmi:dtdl:extension:quantitativeTypes;1") that co-types a telemetry/property of this kind,
///     or an empty string where DTDL v3 has none.
///
/// Source of the semantic-type names: DTDL/v3/DTDL.quantitativeTypes.v1.md in
/// github.com/Azure/opendigitaltwins-dtdl (table "Semantic types and units").

#include <string_view>

namespace twinspec::units::kinds {

/// Power (linear), e.g. transmit power in W or mW. DTDL semantic type "Power".
struct power {
    static constexpr std::string_view name = "power";
    static constexpr std::string_view dtdl_semantic_type = "Power";
};

/// Power level: power on a logarithmic scale relative to a reference power (dBm, dBW).
/// DTDL v3 has no semantic type for it (its only logarithmic type is SoundPressure).
struct power_level {
    static constexpr std::string_view name = "power_level";
    static constexpr std::string_view dtdl_semantic_type = "";
};

/// Ratio level: a dimensionless power ratio on a logarithmic scale (dB), e.g. gain, SINR, path loss.
/// DTDL v3 has no generic semantic type for it.
struct ratio_level {
    static constexpr std::string_view name = "ratio_level";
    static constexpr std::string_view dtdl_semantic_type = "";
};

/// Dimensionless ratio on a linear scale (unity, percent, ppm), e.g. load, utilisation, BLER.
/// DTDL v3 expresses these with the `Unitless` unit type, but only under the specific semantic types
/// Concentration, RelativeDensity and RelativeHumidity, so no generic semantic type is given here.
struct ratio {
    static constexpr std::string_view name = "ratio";
    static constexpr std::string_view dtdl_semantic_type = "";
};

/// Another name for `ratio`: a dimensionless quantity on a linear scale.
using dimensionless = ratio;

/// Data rate (throughput, bit rate). DTDL semantic type "DataRate".
struct data_rate {
    static constexpr std::string_view name = "data_rate";
    static constexpr std::string_view dtdl_semantic_type = "DataRate";
};

/// Amount of data (traffic volume, buffer size). DTDL semantic type "DataSize".
struct data_size {
    static constexpr std::string_view name = "data_size";
    static constexpr std::string_view dtdl_semantic_type = "DataSize";
};

/// Time span (a duration measured in SI time units, not an ISO 8601 duration). DTDL "TimeSpan".
struct time {
    static constexpr std::string_view name = "time";
    static constexpr std::string_view dtdl_semantic_type = "TimeSpan";
};

/// Frequency (carrier frequency, bandwidth, sampling rate). DTDL semantic type "Frequency".
struct frequency {
    static constexpr std::string_view name = "frequency";
    static constexpr std::string_view dtdl_semantic_type = "Frequency";
};

/// Plane angle (antenna tilt, azimuth, joint angle). DTDL semantic type "Angle".
struct angle {
    static constexpr std::string_view name = "angle";
    static constexpr std::string_view dtdl_semantic_type = "Angle";
};

/// Angular velocity (spindle or motor speed in rpm). DTDL semantic type "AngularVelocity".
struct angular_velocity {
    static constexpr std::string_view name = "angular_velocity";
    static constexpr std::string_view dtdl_semantic_type = "AngularVelocity";
};

/// Thermodynamic temperature. DTDL semantic type "Temperature".
struct temperature {
    static constexpr std::string_view name = "temperature";
    static constexpr std::string_view dtdl_semantic_type = "Temperature";
};

/// Pressure. DTDL semantic type "Pressure".
struct pressure {
    static constexpr std::string_view name = "pressure";
    static constexpr std::string_view dtdl_semantic_type = "Pressure";
};

/// Length or distance. DTDL semantic type "Length" (DTDL also has "Distance" with the same units).
struct length {
    static constexpr std::string_view name = "length";
    static constexpr std::string_view dtdl_semantic_type = "Length";
};

/// Area. DTDL semantic type "Area".
struct area {
    static constexpr std::string_view name = "area";
    static constexpr std::string_view dtdl_semantic_type = "Area";
};

/// Volume. DTDL semantic type "Volume".
struct volume {
    static constexpr std::string_view name = "volume";
    static constexpr std::string_view dtdl_semantic_type = "Volume";
};

/// Volume flow rate (coolant, compressed air). DTDL semantic type "VolumeFlowRate".
struct volume_flow_rate {
    static constexpr std::string_view name = "volume_flow_rate";
    static constexpr std::string_view dtdl_semantic_type = "VolumeFlowRate";
};

/// Mass. DTDL semantic type "Mass".
struct mass {
    static constexpr std::string_view name = "mass";
    static constexpr std::string_view dtdl_semantic_type = "Mass";
};

/// Speed (magnitude of velocity). DTDL semantic type "Velocity".
struct speed {
    static constexpr std::string_view name = "speed";
    static constexpr std::string_view dtdl_semantic_type = "Velocity";
};

/// Linear acceleration (vibration, shock). DTDL semantic type "Acceleration".
struct acceleration {
    static constexpr std::string_view name = "acceleration";
    static constexpr std::string_view dtdl_semantic_type = "Acceleration";
};

/// Force. DTDL semantic type "Force".
struct force {
    static constexpr std::string_view name = "force";
    static constexpr std::string_view dtdl_semantic_type = "Force";
};

/// Torque. DTDL semantic type "Torque".
struct torque {
    static constexpr std::string_view name = "torque";
    static constexpr std::string_view dtdl_semantic_type = "Torque";
};

/// Energy. DTDL semantic type "Energy".
struct energy {
    static constexpr std::string_view name = "energy";
    static constexpr std::string_view dtdl_semantic_type = "Energy";
};

/// Electric current. DTDL semantic type "Current".
struct electric_current {
    static constexpr std::string_view name = "electric_current";
    static constexpr std::string_view dtdl_semantic_type = "Current";
};

/// Voltage (electric potential difference). DTDL semantic type "Voltage".
struct voltage {
    static constexpr std::string_view name = "voltage";
    static constexpr std::string_view dtdl_semantic_type = "Voltage";
};

/// Electric charge (battery capacity in mAh). DTDL semantic type "ElectricCharge".
struct electric_charge {
    static constexpr std::string_view name = "electric_charge";
    static constexpr std::string_view dtdl_semantic_type = "ElectricCharge";
};

/// Electric resistance. DTDL semantic type "Resistance".
struct resistance {
    static constexpr std::string_view name = "resistance";
    static constexpr std::string_view dtdl_semantic_type = "Resistance";
};

/// Illuminance (workplace lighting). DTDL semantic type "Illuminance".
struct illuminance {
    static constexpr std::string_view name = "illuminance";
    static constexpr std::string_view dtdl_semantic_type = "Illuminance";
};

} // namespace twinspec::units::kinds
