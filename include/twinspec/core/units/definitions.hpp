#pragma once
/// \file
/// Every unit of the twinspec units vocabulary, one empty struct per unit.
///
/// docs/units.md lists the same data as a table: keep the two in step when adding a unit (and add it
/// to `all_units` at the end of this file). Each unit documents its display symbol in its comment.
/// Non-ASCII symbols are spelled as UTF-8 byte escapes so the header compiles identically
/// under any source/execution character set.
///
/// DTDL names: DTDL v3 QuantitativeTypes extension v1 (dtmi:dtdl:extension:quantitativeTypes;1),
/// github.com/Azure/opendigitaltwins-dtdl DTDL/v3/DTDL.quantitativeTypes.v1.md. Empty where DTDL v3
/// has no such unit.
/// UCUM codes: case-sensitive (c/s) codes of the Unified Code for Units of Measure, checked against
/// ucum-essence.xml in github.com/ucum-org/ucum. Empty where UCUM cannot express the unit.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "kinds.hpp"
#include "unit_traits.hpp"

namespace twinspec::units {

// ---- power (reference unit: W) ----------------------------------------------------------------

/// Microwatt, symbol "µW" (power, 1/1000000 x reference unit).
/// DTDL: "microwatt". UCUM: "uW".
struct uW : unit_defaults {
    static constexpr std::string_view symbol = "\xC2\xB5W";
    static constexpr std::string_view dtdl = "microwatt";
    static constexpr std::string_view ucum = "uW";
    using kind = kinds::power;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

/// Milliwatt, symbol "mW" (power, 1/1000 x reference unit).
/// DTDL: "milliwatt". UCUM: "mW".
struct mW : unit_defaults {
    static constexpr std::string_view symbol = "mW";
    static constexpr std::string_view dtdl = "milliwatt";
    static constexpr std::string_view ucum = "mW";
    using kind = kinds::power;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Watt, symbol "W" (power, 1 x reference unit).
/// DTDL: "watt". UCUM: "W".
struct W : unit_defaults {
    static constexpr std::string_view symbol = "W";
    static constexpr std::string_view dtdl = "watt";
    static constexpr std::string_view ucum = "W";
    using kind = kinds::power;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Kilowatt, symbol "kW" (power, 1000 x reference unit).
/// DTDL: "kilowatt". UCUM: "kW".
struct kW : unit_defaults {
    static constexpr std::string_view symbol = "kW";
    static constexpr std::string_view dtdl = "kilowatt";
    static constexpr std::string_view ucum = "kW";
    using kind = kinds::power;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

/// Megawatt, symbol "MW" (power, 1000000 x reference unit).
/// DTDL: "megawatt". UCUM: "MW".
struct MW : unit_defaults {
    static constexpr std::string_view symbol = "MW";
    static constexpr std::string_view dtdl = "megawatt";
    static constexpr std::string_view ucum = "MW";
    using kind = kinds::power;
    static constexpr std::intmax_t num = 1000000;
    static constexpr std::intmax_t den = 1;
};

// ---- power_level (reference unit: dBm) --------------------------------------------------------

/// Decibel-milliwatt: power level 10*log10(P / 1 mW), symbol "dBm" (power_level, 1 x reference unit).
/// DTDL: none. UCUM: none. Note: UCUM defines no bel-milliwatt (its power levels are B[W] and B[kW] only); DTDL v3 has no dBm.
struct dBm : unit_defaults {
    static constexpr std::string_view symbol = "dBm";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "";
    using kind = kinds::power_level;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
    static constexpr scale_kind scale = scale_kind::logarithmic;
};

/// Decibel-watt: power level 10*log10(P / 1 W); x dBW = x + 30 dBm, symbol "dBW" (power_level, 1 x reference unit, offset +30).
/// DTDL: none. UCUM: "dB[W]". Note: DTDL v3 has no dBW.
struct dBW : unit_defaults {
    static constexpr std::string_view symbol = "dBW";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "dB[W]";
    using kind = kinds::power_level;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
    static constexpr std::intmax_t offset_num = 30;
    static constexpr std::intmax_t offset_den = 1;
    static constexpr scale_kind scale = scale_kind::logarithmic;
};

// ---- ratio_level (reference unit: dB) ---------------------------------------------------------

/// Decibel: power ratio 10*log10(r), symbol "dB" (ratio_level, 1 x reference unit).
/// DTDL: "decibel". UCUM: "dB". Note: DTDL `decibel` is a SoundPressureUnit: valid only with the SoundPressure semantic type.
struct dB : unit_defaults {
    static constexpr std::string_view symbol = "dB";
    static constexpr std::string_view dtdl = "decibel";
    static constexpr std::string_view ucum = "dB";
    using kind = kinds::ratio_level;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
    static constexpr scale_kind scale = scale_kind::logarithmic;
};

// ---- ratio (reference unit: 1) ----------------------------------------------------------------

/// The unit one (a plain ratio, 1 = 100 %), symbol "1" (ratio, 1 x reference unit).
/// DTDL: "unity". UCUM: "1".
struct unity : unit_defaults {
    static constexpr std::string_view symbol = "1";
    static constexpr std::string_view dtdl = "unity";
    static constexpr std::string_view ucum = "1";
    using kind = kinds::ratio;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Percent, symbol "%" (ratio, 1/100 x reference unit).
/// DTDL: "percent". UCUM: "%".
struct percent : unit_defaults {
    static constexpr std::string_view symbol = "%";
    static constexpr std::string_view dtdl = "percent";
    static constexpr std::string_view ucum = "%";
    using kind = kinds::ratio;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 100;
};

/// Parts per million, symbol "ppm" (ratio, 1/1000000 x reference unit).
/// DTDL: "partsPerMillion". UCUM: "[ppm]".
struct ppm : unit_defaults {
    static constexpr std::string_view symbol = "ppm";
    static constexpr std::string_view dtdl = "partsPerMillion";
    static constexpr std::string_view ucum = "[ppm]";
    using kind = kinds::ratio;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

// ---- data_rate (reference unit: bit/s) --------------------------------------------------------

/// Bit per second, symbol "bit/s" (data_rate, 1 x reference unit).
/// DTDL: "bitPerSecond". UCUM: "bit/s".
struct bit_per_s : unit_defaults {
    static constexpr std::string_view symbol = "bit/s";
    static constexpr std::string_view dtdl = "bitPerSecond";
    static constexpr std::string_view ucum = "bit/s";
    using kind = kinds::data_rate;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};
/// Alias of `bit_per_s` ("bit/s").
using bps = bit_per_s;

/// Kilobit per second (10^3 bit/s), symbol "kbit/s" (data_rate, 1000 x reference unit).
/// DTDL: none. UCUM: "kbit/s". Note: DTDL v3 DataRateUnit has only binary multiples (kibibitPerSecond), no kilobitPerSecond.
struct kbit_per_s : unit_defaults {
    static constexpr std::string_view symbol = "kbit/s";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "kbit/s";
    using kind = kinds::data_rate;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};
/// Alias of `kbit_per_s` ("kbit/s").
using kbps = kbit_per_s;

/// Megabit per second (10^6 bit/s), symbol "Mbit/s" (data_rate, 1000000 x reference unit).
/// DTDL: none. UCUM: "Mbit/s". Note: DTDL v3 has no megabitPerSecond.
struct Mbit_per_s : unit_defaults {
    static constexpr std::string_view symbol = "Mbit/s";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "Mbit/s";
    using kind = kinds::data_rate;
    static constexpr std::intmax_t num = 1000000;
    static constexpr std::intmax_t den = 1;
};
/// Alias of `Mbit_per_s` ("Mbit/s").
using Mbps = Mbit_per_s;

/// Gigabit per second (10^9 bit/s), symbol "Gbit/s" (data_rate, 1000000000 x reference unit).
/// DTDL: none. UCUM: "Gbit/s". Note: DTDL v3 has no gigabitPerSecond.
struct Gbit_per_s : unit_defaults {
    static constexpr std::string_view symbol = "Gbit/s";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "Gbit/s";
    using kind = kinds::data_rate;
    static constexpr std::intmax_t num = 1000000000;
    static constexpr std::intmax_t den = 1;
};
/// Alias of `Gbit_per_s` ("Gbit/s").
using Gbps = Gbit_per_s;

/// Byte (octet) per second, symbol "B/s" (data_rate, 8 x reference unit).
/// DTDL: "bytePerSecond". UCUM: "By/s".
struct B_per_s : unit_defaults {
    static constexpr std::string_view symbol = "B/s";
    static constexpr std::string_view dtdl = "bytePerSecond";
    static constexpr std::string_view ucum = "By/s";
    using kind = kinds::data_rate;
    static constexpr std::intmax_t num = 8;
    static constexpr std::intmax_t den = 1;
};

// ---- data_size (reference unit: bit) ----------------------------------------------------------

/// Bit, symbol "bit" (data_size, 1 x reference unit).
/// DTDL: "bit". UCUM: "bit".
struct bit : unit_defaults {
    static constexpr std::string_view symbol = "bit";
    static constexpr std::string_view dtdl = "bit";
    static constexpr std::string_view ucum = "bit";
    using kind = kinds::data_size;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Byte (octet, 8 bit); not the bel, symbol "B" (data_size, 8 x reference unit).
/// DTDL: "byte". UCUM: "By".
struct B : unit_defaults {
    static constexpr std::string_view symbol = "B";
    static constexpr std::string_view dtdl = "byte";
    static constexpr std::string_view ucum = "By";
    using kind = kinds::data_size;
    static constexpr std::intmax_t num = 8;
    static constexpr std::intmax_t den = 1;
};

/// Kilobyte (10^3 B), symbol "kB" (data_size, 8000 x reference unit).
/// DTDL: none. UCUM: "kBy". Note: DTDL v3 has only kibibyte.
struct kB : unit_defaults {
    static constexpr std::string_view symbol = "kB";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "kBy";
    using kind = kinds::data_size;
    static constexpr std::intmax_t num = 8000;
    static constexpr std::intmax_t den = 1;
};

/// Megabyte (10^6 B), symbol "MB" (data_size, 8000000 x reference unit).
/// DTDL: none. UCUM: "MBy". Note: DTDL v3 has only mebibyte.
struct MB : unit_defaults {
    static constexpr std::string_view symbol = "MB";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "MBy";
    using kind = kinds::data_size;
    static constexpr std::intmax_t num = 8000000;
    static constexpr std::intmax_t den = 1;
};

/// Gigabyte (10^9 B), symbol "GB" (data_size, 8000000000 x reference unit).
/// DTDL: none. UCUM: "GBy". Note: DTDL v3 has only gibibyte.
struct GB : unit_defaults {
    static constexpr std::string_view symbol = "GB";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "GBy";
    using kind = kinds::data_size;
    static constexpr std::intmax_t num = 8000000000;
    static constexpr std::intmax_t den = 1;
};

/// Kibibyte (2^10 B), symbol "KiB" (data_size, 8192 x reference unit).
/// DTDL: "kibibyte". UCUM: "KiBy".
struct KiB : unit_defaults {
    static constexpr std::string_view symbol = "KiB";
    static constexpr std::string_view dtdl = "kibibyte";
    static constexpr std::string_view ucum = "KiBy";
    using kind = kinds::data_size;
    static constexpr std::intmax_t num = 8192;
    static constexpr std::intmax_t den = 1;
};

/// Mebibyte (2^20 B), symbol "MiB" (data_size, 8388608 x reference unit).
/// DTDL: "mebibyte". UCUM: "MiBy".
struct MiB : unit_defaults {
    static constexpr std::string_view symbol = "MiB";
    static constexpr std::string_view dtdl = "mebibyte";
    static constexpr std::string_view ucum = "MiBy";
    using kind = kinds::data_size;
    static constexpr std::intmax_t num = 8388608;
    static constexpr std::intmax_t den = 1;
};

/// Gibibyte (2^30 B), symbol "GiB" (data_size, 8589934592 x reference unit).
/// DTDL: "gibibyte". UCUM: "GiBy".
struct GiB : unit_defaults {
    static constexpr std::string_view symbol = "GiB";
    static constexpr std::string_view dtdl = "gibibyte";
    static constexpr std::string_view ucum = "GiBy";
    using kind = kinds::data_size;
    static constexpr std::intmax_t num = 8589934592;
    static constexpr std::intmax_t den = 1;
};

// ---- time (reference unit: s) -----------------------------------------------------------------

/// Nanosecond, symbol "ns" (time, 1/1000000000 x reference unit).
/// DTDL: "nanosecond". UCUM: "ns".
struct ns : unit_defaults {
    static constexpr std::string_view symbol = "ns";
    static constexpr std::string_view dtdl = "nanosecond";
    static constexpr std::string_view ucum = "ns";
    using kind = kinds::time;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000000;
};

/// Microsecond, symbol "µs" (time, 1/1000000 x reference unit).
/// DTDL: "microsecond". UCUM: "us".
struct us : unit_defaults {
    static constexpr std::string_view symbol = "\xC2\xB5s";
    static constexpr std::string_view dtdl = "microsecond";
    static constexpr std::string_view ucum = "us";
    using kind = kinds::time;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

/// Millisecond, symbol "ms" (time, 1/1000 x reference unit).
/// DTDL: "millisecond". UCUM: "ms".
struct ms : unit_defaults {
    static constexpr std::string_view symbol = "ms";
    static constexpr std::string_view dtdl = "millisecond";
    static constexpr std::string_view ucum = "ms";
    using kind = kinds::time;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Second, symbol "s" (time, 1 x reference unit).
/// DTDL: "second". UCUM: "s".
struct s : unit_defaults {
    static constexpr std::string_view symbol = "s";
    static constexpr std::string_view dtdl = "second";
    static constexpr std::string_view ucum = "s";
    using kind = kinds::time;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Minute (named `minute`, not `min`, to stay clear of std::min and the Windows min macro), symbol "min" (time, 60 x reference unit).
/// DTDL: "minute". UCUM: "min".
struct minute : unit_defaults {
    static constexpr std::string_view symbol = "min";
    static constexpr std::string_view dtdl = "minute";
    static constexpr std::string_view ucum = "min";
    using kind = kinds::time;
    static constexpr std::intmax_t num = 60;
    static constexpr std::intmax_t den = 1;
};

/// Hour, symbol "h" (time, 3600 x reference unit).
/// DTDL: "hour". UCUM: "h".
struct h : unit_defaults {
    static constexpr std::string_view symbol = "h";
    static constexpr std::string_view dtdl = "hour";
    static constexpr std::string_view ucum = "h";
    using kind = kinds::time;
    static constexpr std::intmax_t num = 3600;
    static constexpr std::intmax_t den = 1;
};

// ---- frequency (reference unit: Hz) -----------------------------------------------------------

/// Hertz, symbol "Hz" (frequency, 1 x reference unit).
/// DTDL: "hertz". UCUM: "Hz".
struct Hz : unit_defaults {
    static constexpr std::string_view symbol = "Hz";
    static constexpr std::string_view dtdl = "hertz";
    static constexpr std::string_view ucum = "Hz";
    using kind = kinds::frequency;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Kilohertz, symbol "kHz" (frequency, 1000 x reference unit).
/// DTDL: "kilohertz". UCUM: "kHz".
struct kHz : unit_defaults {
    static constexpr std::string_view symbol = "kHz";
    static constexpr std::string_view dtdl = "kilohertz";
    static constexpr std::string_view ucum = "kHz";
    using kind = kinds::frequency;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

/// Megahertz, symbol "MHz" (frequency, 1000000 x reference unit).
/// DTDL: "megahertz". UCUM: "MHz".
struct MHz : unit_defaults {
    static constexpr std::string_view symbol = "MHz";
    static constexpr std::string_view dtdl = "megahertz";
    static constexpr std::string_view ucum = "MHz";
    using kind = kinds::frequency;
    static constexpr std::intmax_t num = 1000000;
    static constexpr std::intmax_t den = 1;
};

/// Gigahertz, symbol "GHz" (frequency, 1000000000 x reference unit).
/// DTDL: "gigahertz". UCUM: "GHz".
struct GHz : unit_defaults {
    static constexpr std::string_view symbol = "GHz";
    static constexpr std::string_view dtdl = "gigahertz";
    static constexpr std::string_view ucum = "GHz";
    using kind = kinds::frequency;
    static constexpr std::intmax_t num = 1000000000;
    static constexpr std::intmax_t den = 1;
};

// ---- angle (reference unit: °) ----------------------------------------------------------------

/// Degree of arc, symbol "°" (angle, 1 x reference unit).
/// DTDL: "degreeOfArc". UCUM: "deg".
struct deg : unit_defaults {
    static constexpr std::string_view symbol = "\xC2\xB0";
    static constexpr std::string_view dtdl = "degreeOfArc";
    static constexpr std::string_view ucum = "deg";
    using kind = kinds::angle;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Tenth of a degree (3GPP antenna tilt/azimuth resolution), symbol "0.1°" (angle, 1/10 x reference unit).
/// DTDL: none. UCUM: "deg/10". Note: no DTDL v3 unit; UCUM deg is not metric (no prefixes), so the code is the term deg/10.
struct deci_deg : unit_defaults {
    static constexpr std::string_view symbol = "0.1\xC2\xB0";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "deg/10";
    using kind = kinds::angle;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 10;
};

/// Radian (1 rad = 180/pi deg), symbol "rad" (angle, 180 * pi^-1 x reference unit).
/// DTDL: "radian". UCUM: "rad".
struct rad : unit_defaults {
    static constexpr std::string_view symbol = "rad";
    static constexpr std::string_view dtdl = "radian";
    static constexpr std::string_view ucum = "rad";
    using kind = kinds::angle;
    static constexpr std::intmax_t num = 180;
    static constexpr std::intmax_t den = 1;
    static constexpr int pi_exponent = -1;
};

// ---- angular_velocity (reference unit: rpm) ---------------------------------------------------

/// Revolution per minute, symbol "rpm" (angular_velocity, 1 x reference unit).
/// DTDL: "revolutionPerMinute". UCUM: "{rev}/min". Note: UCUM has no revolution unit; {rev} is an annotation (value 1), so UCUM reads this as 1/min.
struct rpm : unit_defaults {
    static constexpr std::string_view symbol = "rpm";
    static constexpr std::string_view dtdl = "revolutionPerMinute";
    static constexpr std::string_view ucum = "{rev}/min";
    using kind = kinds::angular_velocity;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Revolution per second, symbol "rps" (angular_velocity, 60 x reference unit).
/// DTDL: "revolutionPerSecond". UCUM: "{rev}/s". Note: UCUM reads {rev}/s as 1/s.
struct rps : unit_defaults {
    static constexpr std::string_view symbol = "rps";
    static constexpr std::string_view dtdl = "revolutionPerSecond";
    static constexpr std::string_view ucum = "{rev}/s";
    using kind = kinds::angular_velocity;
    static constexpr std::intmax_t num = 60;
    static constexpr std::intmax_t den = 1;
};

/// Degree per second, symbol "°/s" (angular_velocity, 1/6 x reference unit).
/// DTDL: "degreePerSecond". UCUM: "deg/s".
struct deg_per_s : unit_defaults {
    static constexpr std::string_view symbol = "\xC2\xB0/s";
    static constexpr std::string_view dtdl = "degreePerSecond";
    static constexpr std::string_view ucum = "deg/s";
    using kind = kinds::angular_velocity;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 6;
};

/// Radian per second (1 rad/s = 30/pi rpm), symbol "rad/s" (angular_velocity, 30 * pi^-1 x reference unit).
/// DTDL: "radianPerSecond". UCUM: "rad/s".
struct rad_per_s : unit_defaults {
    static constexpr std::string_view symbol = "rad/s";
    static constexpr std::string_view dtdl = "radianPerSecond";
    static constexpr std::string_view ucum = "rad/s";
    using kind = kinds::angular_velocity;
    static constexpr std::intmax_t num = 30;
    static constexpr std::intmax_t den = 1;
    static constexpr int pi_exponent = -1;
};

// ---- temperature (reference unit: K) ----------------------------------------------------------

/// Kelvin, symbol "K" (temperature, 1 x reference unit).
/// DTDL: "kelvin". UCUM: "K".
struct K : unit_defaults {
    static constexpr std::string_view symbol = "K";
    static constexpr std::string_view dtdl = "kelvin";
    static constexpr std::string_view ucum = "K";
    using kind = kinds::temperature;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Degree Celsius (K = degC + 273.15), symbol "°C" (temperature, 1 x reference unit, offset +27315/100).
/// DTDL: "degreeCelsius". UCUM: "Cel".
struct degC : unit_defaults {
    static constexpr std::string_view symbol = "\xC2\xB0" "C";
    static constexpr std::string_view dtdl = "degreeCelsius";
    static constexpr std::string_view ucum = "Cel";
    using kind = kinds::temperature;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
    static constexpr std::intmax_t offset_num = 27315;
    static constexpr std::intmax_t offset_den = 100;
};

/// Degree Fahrenheit (K = (degF + 459.67) * 5/9), symbol "°F" (temperature, 5/9 x reference unit, offset +45967/180).
/// DTDL: "degreeFahrenheit". UCUM: "[degF]".
struct degF : unit_defaults {
    static constexpr std::string_view symbol = "\xC2\xB0" "F";
    static constexpr std::string_view dtdl = "degreeFahrenheit";
    static constexpr std::string_view ucum = "[degF]";
    using kind = kinds::temperature;
    static constexpr std::intmax_t num = 5;
    static constexpr std::intmax_t den = 9;
    static constexpr std::intmax_t offset_num = 45967;
    static constexpr std::intmax_t offset_den = 180;
};

// ---- pressure (reference unit: Pa) ------------------------------------------------------------

/// Pascal, symbol "Pa" (pressure, 1 x reference unit).
/// DTDL: "pascal". UCUM: "Pa".
struct Pa : unit_defaults {
    static constexpr std::string_view symbol = "Pa";
    static constexpr std::string_view dtdl = "pascal";
    static constexpr std::string_view ucum = "Pa";
    using kind = kinds::pressure;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Hectopascal, symbol "hPa" (pressure, 100 x reference unit).
/// DTDL: "hectopascal". UCUM: "hPa".
struct hPa : unit_defaults {
    static constexpr std::string_view symbol = "hPa";
    static constexpr std::string_view dtdl = "hectopascal";
    static constexpr std::string_view ucum = "hPa";
    using kind = kinds::pressure;
    static constexpr std::intmax_t num = 100;
    static constexpr std::intmax_t den = 1;
};

/// Kilopascal, symbol "kPa" (pressure, 1000 x reference unit).
/// DTDL: "kilopascal". UCUM: "kPa".
struct kPa : unit_defaults {
    static constexpr std::string_view symbol = "kPa";
    static constexpr std::string_view dtdl = "kilopascal";
    static constexpr std::string_view ucum = "kPa";
    using kind = kinds::pressure;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

/// Megapascal, symbol "MPa" (pressure, 1000000 x reference unit).
/// DTDL: none. UCUM: "MPa". Note: DTDL v3 has no megapascal.
struct MPa : unit_defaults {
    static constexpr std::string_view symbol = "MPa";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "MPa";
    using kind = kinds::pressure;
    static constexpr std::intmax_t num = 1000000;
    static constexpr std::intmax_t den = 1;
};

/// Millibar, symbol "mbar" (pressure, 100 x reference unit).
/// DTDL: "millibar". UCUM: "mbar".
struct mbar : unit_defaults {
    static constexpr std::string_view symbol = "mbar";
    static constexpr std::string_view dtdl = "millibar";
    static constexpr std::string_view ucum = "mbar";
    using kind = kinds::pressure;
    static constexpr std::intmax_t num = 100;
    static constexpr std::intmax_t den = 1;
};

/// Bar, symbol "bar" (pressure, 100000 x reference unit).
/// DTDL: "bar". UCUM: "bar".
struct bar : unit_defaults {
    static constexpr std::string_view symbol = "bar";
    static constexpr std::string_view dtdl = "bar";
    static constexpr std::string_view ucum = "bar";
    using kind = kinds::pressure;
    static constexpr std::intmax_t num = 100000;
    static constexpr std::intmax_t den = 1;
};

// ---- length (reference unit: m) ---------------------------------------------------------------

/// Micrometre, symbol "µm" (length, 1/1000000 x reference unit).
/// DTDL: "micrometre". UCUM: "um".
struct um : unit_defaults {
    static constexpr std::string_view symbol = "\xC2\xB5m";
    static constexpr std::string_view dtdl = "micrometre";
    static constexpr std::string_view ucum = "um";
    using kind = kinds::length;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

/// Millimetre, symbol "mm" (length, 1/1000 x reference unit).
/// DTDL: "millimetre". UCUM: "mm".
struct mm : unit_defaults {
    static constexpr std::string_view symbol = "mm";
    static constexpr std::string_view dtdl = "millimetre";
    static constexpr std::string_view ucum = "mm";
    using kind = kinds::length;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Centimetre, symbol "cm" (length, 1/100 x reference unit).
/// DTDL: "centimetre". UCUM: "cm".
struct cm : unit_defaults {
    static constexpr std::string_view symbol = "cm";
    static constexpr std::string_view dtdl = "centimetre";
    static constexpr std::string_view ucum = "cm";
    using kind = kinds::length;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 100;
};

/// Metre, symbol "m" (length, 1 x reference unit).
/// DTDL: "metre". UCUM: "m".
struct m : unit_defaults {
    static constexpr std::string_view symbol = "m";
    static constexpr std::string_view dtdl = "metre";
    static constexpr std::string_view ucum = "m";
    using kind = kinds::length;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Kilometre, symbol "km" (length, 1000 x reference unit).
/// DTDL: "kilometre". UCUM: "km".
struct km : unit_defaults {
    static constexpr std::string_view symbol = "km";
    static constexpr std::string_view dtdl = "kilometre";
    static constexpr std::string_view ucum = "km";
    using kind = kinds::length;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

// ---- area (reference unit: m²) ----------------------------------------------------------------

/// Square millimetre, symbol "mm²" (area, 1/1000000 x reference unit).
/// DTDL: "squareMillimetre". UCUM: "mm2".
struct mm2 : unit_defaults {
    static constexpr std::string_view symbol = "mm\xC2\xB2";
    static constexpr std::string_view dtdl = "squareMillimetre";
    static constexpr std::string_view ucum = "mm2";
    using kind = kinds::area;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

/// Square centimetre, symbol "cm²" (area, 1/10000 x reference unit).
/// DTDL: "squareCentimetre". UCUM: "cm2".
struct cm2 : unit_defaults {
    static constexpr std::string_view symbol = "cm\xC2\xB2";
    static constexpr std::string_view dtdl = "squareCentimetre";
    static constexpr std::string_view ucum = "cm2";
    using kind = kinds::area;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 10000;
};

/// Square metre, symbol "m²" (area, 1 x reference unit).
/// DTDL: "squareMetre". UCUM: "m2".
struct m2 : unit_defaults {
    static constexpr std::string_view symbol = "m\xC2\xB2";
    static constexpr std::string_view dtdl = "squareMetre";
    static constexpr std::string_view ucum = "m2";
    using kind = kinds::area;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Square kilometre, symbol "km²" (area, 1000000 x reference unit).
/// DTDL: "squareKilometre". UCUM: "km2".
struct km2 : unit_defaults {
    static constexpr std::string_view symbol = "km\xC2\xB2";
    static constexpr std::string_view dtdl = "squareKilometre";
    static constexpr std::string_view ucum = "km2";
    using kind = kinds::area;
    static constexpr std::intmax_t num = 1000000;
    static constexpr std::intmax_t den = 1;
};

// ---- volume (reference unit: m³) --------------------------------------------------------------

/// Millilitre, symbol "mL" (volume, 1/1000000 x reference unit).
/// DTDL: "millilitre". UCUM: "mL".
struct mL : unit_defaults {
    static constexpr std::string_view symbol = "mL";
    static constexpr std::string_view dtdl = "millilitre";
    static constexpr std::string_view ucum = "mL";
    using kind = kinds::volume;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

/// Cubic centimetre, symbol "cm³" (volume, 1/1000000 x reference unit).
/// DTDL: "cubicCentimetre". UCUM: "cm3".
struct cm3 : unit_defaults {
    static constexpr std::string_view symbol = "cm\xC2\xB3";
    static constexpr std::string_view dtdl = "cubicCentimetre";
    static constexpr std::string_view ucum = "cm3";
    using kind = kinds::volume;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

/// Litre, symbol "L" (volume, 1/1000 x reference unit).
/// DTDL: "litre". UCUM: "L".
struct L : unit_defaults {
    static constexpr std::string_view symbol = "L";
    static constexpr std::string_view dtdl = "litre";
    static constexpr std::string_view ucum = "L";
    using kind = kinds::volume;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Cubic metre, symbol "m³" (volume, 1 x reference unit).
/// DTDL: "cubicMetre". UCUM: "m3".
struct m3 : unit_defaults {
    static constexpr std::string_view symbol = "m\xC2\xB3";
    static constexpr std::string_view dtdl = "cubicMetre";
    static constexpr std::string_view ucum = "m3";
    using kind = kinds::volume;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

// ---- volume_flow_rate (reference unit: m³/s) --------------------------------------------------

/// Litre per minute, symbol "L/min" (volume_flow_rate, 1/60000 x reference unit).
/// DTDL: "litrePerMinute". UCUM: "L/min".
struct L_per_min : unit_defaults {
    static constexpr std::string_view symbol = "L/min";
    static constexpr std::string_view dtdl = "litrePerMinute";
    static constexpr std::string_view ucum = "L/min";
    using kind = kinds::volume_flow_rate;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 60000;
};

/// Litre per second, symbol "L/s" (volume_flow_rate, 1/1000 x reference unit).
/// DTDL: "litrePerSecond". UCUM: "L/s".
struct L_per_s : unit_defaults {
    static constexpr std::string_view symbol = "L/s";
    static constexpr std::string_view dtdl = "litrePerSecond";
    static constexpr std::string_view ucum = "L/s";
    using kind = kinds::volume_flow_rate;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Cubic metre per hour, symbol "m³/h" (volume_flow_rate, 1/3600 x reference unit).
/// DTDL: "cubicMetrePerHour". UCUM: "m3/h".
struct m3_per_h : unit_defaults {
    static constexpr std::string_view symbol = "m\xC2\xB3/h";
    static constexpr std::string_view dtdl = "cubicMetrePerHour";
    static constexpr std::string_view ucum = "m3/h";
    using kind = kinds::volume_flow_rate;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 3600;
};

/// Cubic metre per second, symbol "m³/s" (volume_flow_rate, 1 x reference unit).
/// DTDL: "cubicMetrePerSecond". UCUM: "m3/s".
struct m3_per_s : unit_defaults {
    static constexpr std::string_view symbol = "m\xC2\xB3/s";
    static constexpr std::string_view dtdl = "cubicMetrePerSecond";
    static constexpr std::string_view ucum = "m3/s";
    using kind = kinds::volume_flow_rate;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

// ---- mass (reference unit: kg) ----------------------------------------------------------------

/// Milligram, symbol "mg" (mass, 1/1000000 x reference unit).
/// DTDL: "milligram". UCUM: "mg".
struct mg : unit_defaults {
    static constexpr std::string_view symbol = "mg";
    static constexpr std::string_view dtdl = "milligram";
    static constexpr std::string_view ucum = "mg";
    using kind = kinds::mass;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

/// Gram, symbol "g" (mass, 1/1000 x reference unit).
/// DTDL: "gram". UCUM: "g".
struct g : unit_defaults {
    static constexpr std::string_view symbol = "g";
    static constexpr std::string_view dtdl = "gram";
    static constexpr std::string_view ucum = "g";
    using kind = kinds::mass;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Kilogram, symbol "kg" (mass, 1 x reference unit).
/// DTDL: "kilogram". UCUM: "kg".
struct kg : unit_defaults {
    static constexpr std::string_view symbol = "kg";
    static constexpr std::string_view dtdl = "kilogram";
    static constexpr std::string_view ucum = "kg";
    using kind = kinds::mass;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Tonne (metric ton, 1000 kg), symbol "t" (mass, 1000 x reference unit).
/// DTDL: "tonne". UCUM: "t".
struct tonne : unit_defaults {
    static constexpr std::string_view symbol = "t";
    static constexpr std::string_view dtdl = "tonne";
    static constexpr std::string_view ucum = "t";
    using kind = kinds::mass;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

// ---- speed (reference unit: m/s) --------------------------------------------------------------

/// Metre per second, symbol "m/s" (speed, 1 x reference unit).
/// DTDL: "metrePerSecond". UCUM: "m/s".
struct m_per_s : unit_defaults {
    static constexpr std::string_view symbol = "m/s";
    static constexpr std::string_view dtdl = "metrePerSecond";
    static constexpr std::string_view ucum = "m/s";
    using kind = kinds::speed;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Kilometre per hour, symbol "km/h" (speed, 5/18 x reference unit).
/// DTDL: "kilometrePerHour". UCUM: "km/h".
struct km_per_h : unit_defaults {
    static constexpr std::string_view symbol = "km/h";
    static constexpr std::string_view dtdl = "kilometrePerHour";
    static constexpr std::string_view ucum = "km/h";
    using kind = kinds::speed;
    static constexpr std::intmax_t num = 5;
    static constexpr std::intmax_t den = 18;
};

// ---- acceleration (reference unit: m/s²) ------------------------------------------------------

/// Metre per second squared, symbol "m/s²" (acceleration, 1 x reference unit).
/// DTDL: "metrePerSecondSquared". UCUM: "m/s2".
struct m_per_s2 : unit_defaults {
    static constexpr std::string_view symbol = "m/s\xC2\xB2";
    static constexpr std::string_view dtdl = "metrePerSecondSquared";
    static constexpr std::string_view ucum = "m/s2";
    using kind = kinds::acceleration;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Standard acceleration of free fall (9.80665 m/s^2), symbol "gₙ" (acceleration, 196133/20000 x reference unit).
/// DTDL: "gForce". UCUM: "[g]".
struct gn : unit_defaults {
    static constexpr std::string_view symbol = "g\xE2\x82\x99";
    static constexpr std::string_view dtdl = "gForce";
    static constexpr std::string_view ucum = "[g]";
    using kind = kinds::acceleration;
    static constexpr std::intmax_t num = 196133;
    static constexpr std::intmax_t den = 20000;
};

// ---- force (reference unit: N) ----------------------------------------------------------------

/// Newton, symbol "N" (force, 1 x reference unit).
/// DTDL: "newton". UCUM: "N".
struct N : unit_defaults {
    static constexpr std::string_view symbol = "N";
    static constexpr std::string_view dtdl = "newton";
    static constexpr std::string_view ucum = "N";
    using kind = kinds::force;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Kilonewton, symbol "kN" (force, 1000 x reference unit).
/// DTDL: none. UCUM: "kN". Note: DTDL v3 has no kilonewton.
struct kN : unit_defaults {
    static constexpr std::string_view symbol = "kN";
    static constexpr std::string_view dtdl = "";
    static constexpr std::string_view ucum = "kN";
    using kind = kinds::force;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

// ---- torque (reference unit: N·m) -------------------------------------------------------------

/// Newton metre, symbol "N·m" (torque, 1 x reference unit).
/// DTDL: "newtonMetre". UCUM: "N.m".
struct N_m : unit_defaults {
    static constexpr std::string_view symbol = "N\xC2\xB7m";
    static constexpr std::string_view dtdl = "newtonMetre";
    static constexpr std::string_view ucum = "N.m";
    using kind = kinds::torque;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

// ---- energy (reference unit: J) ---------------------------------------------------------------

/// Joule, symbol "J" (energy, 1 x reference unit).
/// DTDL: "joule". UCUM: "J".
struct J : unit_defaults {
    static constexpr std::string_view symbol = "J";
    static constexpr std::string_view dtdl = "joule";
    static constexpr std::string_view ucum = "J";
    using kind = kinds::energy;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Kilojoule, symbol "kJ" (energy, 1000 x reference unit).
/// DTDL: "kilojoule". UCUM: "kJ".
struct kJ : unit_defaults {
    static constexpr std::string_view symbol = "kJ";
    static constexpr std::string_view dtdl = "kilojoule";
    static constexpr std::string_view ucum = "kJ";
    using kind = kinds::energy;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

/// Megajoule, symbol "MJ" (energy, 1000000 x reference unit).
/// DTDL: "megajoule". UCUM: "MJ".
struct MJ : unit_defaults {
    static constexpr std::string_view symbol = "MJ";
    static constexpr std::string_view dtdl = "megajoule";
    static constexpr std::string_view ucum = "MJ";
    using kind = kinds::energy;
    static constexpr std::intmax_t num = 1000000;
    static constexpr std::intmax_t den = 1;
};

/// Watt hour, symbol "Wh" (energy, 3600 x reference unit).
/// DTDL: "wattHour". UCUM: "W.h".
struct Wh : unit_defaults {
    static constexpr std::string_view symbol = "Wh";
    static constexpr std::string_view dtdl = "wattHour";
    static constexpr std::string_view ucum = "W.h";
    using kind = kinds::energy;
    static constexpr std::intmax_t num = 3600;
    static constexpr std::intmax_t den = 1;
};

/// Kilowatt hour, symbol "kWh" (energy, 3600000 x reference unit).
/// DTDL: "kilowattHour". UCUM: "kW.h".
struct kWh : unit_defaults {
    static constexpr std::string_view symbol = "kWh";
    static constexpr std::string_view dtdl = "kilowattHour";
    static constexpr std::string_view ucum = "kW.h";
    using kind = kinds::energy;
    static constexpr std::intmax_t num = 3600000;
    static constexpr std::intmax_t den = 1;
};

/// Megawatt hour, symbol "MWh" (energy, 3600000000 x reference unit).
/// DTDL: "megawattHour". UCUM: "MW.h".
struct MWh : unit_defaults {
    static constexpr std::string_view symbol = "MWh";
    static constexpr std::string_view dtdl = "megawattHour";
    static constexpr std::string_view ucum = "MW.h";
    using kind = kinds::energy;
    static constexpr std::intmax_t num = 3600000000;
    static constexpr std::intmax_t den = 1;
};

// ---- electric_current (reference unit: A) -----------------------------------------------------

/// Microampere, symbol "µA" (electric_current, 1/1000000 x reference unit).
/// DTDL: "microampere". UCUM: "uA".
struct uA : unit_defaults {
    static constexpr std::string_view symbol = "\xC2\xB5" "A";
    static constexpr std::string_view dtdl = "microampere";
    static constexpr std::string_view ucum = "uA";
    using kind = kinds::electric_current;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000000;
};

/// Milliampere, symbol "mA" (electric_current, 1/1000 x reference unit).
/// DTDL: "milliampere". UCUM: "mA".
struct mA : unit_defaults {
    static constexpr std::string_view symbol = "mA";
    static constexpr std::string_view dtdl = "milliampere";
    static constexpr std::string_view ucum = "mA";
    using kind = kinds::electric_current;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Ampere, symbol "A" (electric_current, 1 x reference unit).
/// DTDL: "ampere". UCUM: "A".
struct A : unit_defaults {
    static constexpr std::string_view symbol = "A";
    static constexpr std::string_view dtdl = "ampere";
    static constexpr std::string_view ucum = "A";
    using kind = kinds::electric_current;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

// ---- voltage (reference unit: V) --------------------------------------------------------------

/// Millivolt, symbol "mV" (voltage, 1/1000 x reference unit).
/// DTDL: "millivolt". UCUM: "mV".
struct mV : unit_defaults {
    static constexpr std::string_view symbol = "mV";
    static constexpr std::string_view dtdl = "millivolt";
    static constexpr std::string_view ucum = "mV";
    using kind = kinds::voltage;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Volt, symbol "V" (voltage, 1 x reference unit).
/// DTDL: "volt". UCUM: "V".
struct V : unit_defaults {
    static constexpr std::string_view symbol = "V";
    static constexpr std::string_view dtdl = "volt";
    static constexpr std::string_view ucum = "V";
    using kind = kinds::voltage;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Kilovolt, symbol "kV" (voltage, 1000 x reference unit).
/// DTDL: "kilovolt". UCUM: "kV".
struct kV : unit_defaults {
    static constexpr std::string_view symbol = "kV";
    static constexpr std::string_view dtdl = "kilovolt";
    static constexpr std::string_view ucum = "kV";
    using kind = kinds::voltage;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

// ---- electric_charge (reference unit: C) ------------------------------------------------------

/// Coulomb, symbol "C" (electric_charge, 1 x reference unit).
/// DTDL: "coulomb". UCUM: "C".
struct C : unit_defaults {
    static constexpr std::string_view symbol = "C";
    static constexpr std::string_view dtdl = "coulomb";
    static constexpr std::string_view ucum = "C";
    using kind = kinds::electric_charge;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Milliampere hour (3.6 C), symbol "mAh" (electric_charge, 18/5 x reference unit).
/// DTDL: "milliampereHour". UCUM: "mA.h".
struct mAh : unit_defaults {
    static constexpr std::string_view symbol = "mAh";
    static constexpr std::string_view dtdl = "milliampereHour";
    static constexpr std::string_view ucum = "mA.h";
    using kind = kinds::electric_charge;
    static constexpr std::intmax_t num = 18;
    static constexpr std::intmax_t den = 5;
};

/// Ampere hour, symbol "Ah" (electric_charge, 3600 x reference unit).
/// DTDL: "ampereHour". UCUM: "A.h".
struct Ah : unit_defaults {
    static constexpr std::string_view symbol = "Ah";
    static constexpr std::string_view dtdl = "ampereHour";
    static constexpr std::string_view ucum = "A.h";
    using kind = kinds::electric_charge;
    static constexpr std::intmax_t num = 3600;
    static constexpr std::intmax_t den = 1;
};

// ---- resistance (reference unit: Ω) -----------------------------------------------------------

/// Milliohm, symbol "mΩ" (resistance, 1/1000 x reference unit).
/// DTDL: "milliohm". UCUM: "mOhm".
struct mOhm : unit_defaults {
    static constexpr std::string_view symbol = "m\xCE\xA9";
    static constexpr std::string_view dtdl = "milliohm";
    static constexpr std::string_view ucum = "mOhm";
    using kind = kinds::resistance;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1000;
};

/// Ohm, symbol "Ω" (resistance, 1 x reference unit).
/// DTDL: "ohm". UCUM: "Ohm".
struct ohm : unit_defaults {
    static constexpr std::string_view symbol = "\xCE\xA9";
    static constexpr std::string_view dtdl = "ohm";
    static constexpr std::string_view ucum = "Ohm";
    using kind = kinds::resistance;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// Kiloohm, symbol "kΩ" (resistance, 1000 x reference unit).
/// DTDL: "kiloohm". UCUM: "kOhm".
struct kOhm : unit_defaults {
    static constexpr std::string_view symbol = "k\xCE\xA9";
    static constexpr std::string_view dtdl = "kiloohm";
    static constexpr std::string_view ucum = "kOhm";
    using kind = kinds::resistance;
    static constexpr std::intmax_t num = 1000;
    static constexpr std::intmax_t den = 1;
};

/// Megaohm, symbol "MΩ" (resistance, 1000000 x reference unit).
/// DTDL: "megaohm". UCUM: "MOhm".
struct MOhm : unit_defaults {
    static constexpr std::string_view symbol = "M\xCE\xA9";
    static constexpr std::string_view dtdl = "megaohm";
    static constexpr std::string_view ucum = "MOhm";
    using kind = kinds::resistance;
    static constexpr std::intmax_t num = 1000000;
    static constexpr std::intmax_t den = 1;
};

// ---- illuminance (reference unit: lx) ---------------------------------------------------------

/// Lux, symbol "lx" (illuminance, 1 x reference unit).
/// DTDL: "lux". UCUM: "lx".
struct lx : unit_defaults {
    static constexpr std::string_view symbol = "lx";
    static constexpr std::string_view dtdl = "lux";
    static constexpr std::string_view ucum = "lx";
    using kind = kinds::illuminance;
    static constexpr std::intmax_t num = 1;
    static constexpr std::intmax_t den = 1;
};

/// A compile-time list of unit types.
template <class... Us>
struct unit_list {
    /// Number of units in the list.
    static constexpr std::size_t size = sizeof...(Us);
};

/// Every unit defined above, in table order (grouped by kind). Lets tools enumerate the vocabulary,
/// e.g. to map a DTDL or UCUM string back to a unit type.
using all_units = unit_list<
    uW,
    mW,
    W,
    kW,
    MW,
    dBm,
    dBW,
    dB,
    unity,
    percent,
    ppm,
    bit_per_s,
    kbit_per_s,
    Mbit_per_s,
    Gbit_per_s,
    B_per_s,
    bit,
    B,
    kB,
    MB,
    GB,
    KiB,
    MiB,
    GiB,
    ns,
    us,
    ms,
    s,
    minute,
    h,
    Hz,
    kHz,
    MHz,
    GHz,
    deg,
    deci_deg,
    rad,
    rpm,
    rps,
    deg_per_s,
    rad_per_s,
    K,
    degC,
    degF,
    Pa,
    hPa,
    kPa,
    MPa,
    mbar,
    bar,
    um,
    mm,
    cm,
    m,
    km,
    mm2,
    cm2,
    m2,
    km2,
    mL,
    cm3,
    L,
    m3,
    L_per_min,
    L_per_s,
    m3_per_h,
    m3_per_s,
    mg,
    g,
    kg,
    tonne,
    m_per_s,
    km_per_h,
    m_per_s2,
    gn,
    N,
    kN,
    N_m,
    J,
    kJ,
    MJ,
    Wh,
    kWh,
    MWh,
    uA,
    mA,
    A,
    mV,
    V,
    kV,
    C,
    mAh,
    Ah,
    mOhm,
    ohm,
    kOhm,
    MOhm,
    lx>;

} // namespace twinspec::units
