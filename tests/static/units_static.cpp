// Compile-time checks of the twinspec units vocabulary. This translation unit has no main: it is
// compiled into an object library, and compiling it at all is the test.
// This file is UTF-8; the symbol checks below compare against UTF-8 literals.

#include <twinspec/core/units.hpp>

#include <cstdint>
#include <string_view>
#include <type_traits>

namespace {

namespace u = twinspec::units;
namespace k = twinspec::units::kinds;
using namespace std::string_view_literals;

// ---- every unit in all_units is a well-formed Unit, and each kind has exactly one reference unit --
template <class U>
constexpr bool is_reference_unit =
    U::num == 1 && U::den == 1 && U::offset_num == 0 && U::pi_exponent == 0;

template <class Kind, class... Us>
constexpr int reference_count(u::unit_list<Us...>) {
    return (0 + ... + ((std::is_same_v<typename Us::kind, Kind> && is_reference_unit<Us>) ? 1 : 0));
}

template <class... Us>
constexpr bool all_well_formed(u::unit_list<Us...>) {
    return (... && (u::Unit<Us> && u::is_unit_v<Us> && std::is_empty_v<Us> && !Us::symbol.empty() &&
                    Us::dtdl.find(' ') == std::string_view::npos && Us::ucum.find(' ') == std::string_view::npos &&
                    u::ConvertibleUnits<Us, Us>));
}

template <class... Us>
constexpr bool every_kind_has_one_reference(u::unit_list<Us...> list) {
    return (... && (reference_count<typename Us::kind>(list) == 1));
}

static_assert(u::all_units::size >= 90);
static_assert(all_well_formed(u::all_units{}));
static_assert(every_kind_has_one_reference(u::all_units{}));

// ---- concepts and traits ---------------------------------------------------------------------------
static_assert(u::Unit<u::dBm> && u::Unit<u::MHz> && u::Unit<u::deci_deg>);
static_assert(!u::Unit<int> && !u::Unit<double> && !u::Unit<k::power> && !u::Unit<u::quantity<u::W>>);
static_assert(!u::is_unit_v<void> && !u::is_unit_v<std::string_view>);
static_assert(u::UnitOf<u::dBm, k::power_level> && !u::UnitOf<u::dBm, k::power>);
static_assert(u::UnitOf<u::Mbps, k::data_rate> && u::UnitOf<u::us, k::time>);
static_assert(u::QuantityKind<k::frequency> && !u::QuantityKind<u::MHz>); // a unit has no `name`
static_assert(std::is_same_v<k::dimensionless, k::ratio>);

// ---- kinds: names and DTDL v3 semantic types -------------------------------------------------------
static_assert(k::power::name == "power" && k::power::dtdl_semantic_type == "Power");
static_assert(k::power_level::name == "power_level" && k::power_level::dtdl_semantic_type.empty());
static_assert(k::ratio_level::dtdl_semantic_type.empty() && k::ratio::dtdl_semantic_type.empty());
static_assert(k::data_rate::dtdl_semantic_type == "DataRate");
static_assert(k::time::dtdl_semantic_type == "TimeSpan");
static_assert(k::frequency::dtdl_semantic_type == "Frequency");
static_assert(k::angle::dtdl_semantic_type == "Angle");
static_assert(k::angular_velocity::dtdl_semantic_type == "AngularVelocity");
static_assert(k::temperature::dtdl_semantic_type == "Temperature");
static_assert(k::pressure::dtdl_semantic_type == "Pressure");
static_assert(k::length::dtdl_semantic_type == "Length");
static_assert(k::speed::dtdl_semantic_type == "Velocity");
static_assert(k::electric_current::dtdl_semantic_type == "Current");

// ---- symbols (UTF-8), kinds, DTDL, UCUM -------------------------------------------------------------
static_assert(u::dBm::symbol == "dBm" && u::dB::symbol == "dB" && u::percent::symbol == "%");
static_assert(u::bps::symbol == "bit/s" && u::kbps::symbol == "kbit/s" && u::Mbps::symbol == "Mbit/s" &&
              u::Gbps::symbol == "Gbit/s");
static_assert(u::ms::symbol == "ms" && u::us::symbol == "µs" && u::s::symbol == "s" &&
              u::minute::symbol == "min" && u::h::symbol == "h");
static_assert(u::Hz::symbol == "Hz" && u::kHz::symbol == "kHz" && u::MHz::symbol == "MHz" && u::GHz::symbol == "GHz");
static_assert(u::deg::symbol == "°" && u::deci_deg::symbol == "0.1°" && u::rad::symbol == "rad");
static_assert(u::mW::symbol == "mW" && u::W::symbol == "W" && u::kW::symbol == "kW" && u::uW::symbol == "µW");
static_assert(u::degC::symbol == "°C" && u::degF::symbol == "°F" && u::K::symbol == "K");
static_assert(u::rpm::symbol == "rpm" && u::deg_per_s::symbol == "°/s");
static_assert(u::bar::symbol == "bar" && u::Pa::symbol == "Pa" && u::kPa::symbol == "kPa" && u::MPa::symbol == "MPa");
static_assert(u::m::symbol == "m" && u::km::symbol == "km" && u::mm::symbol == "mm" && u::cm::symbol == "cm" &&
              u::um::symbol == "µm");
static_assert(u::kg::symbol == "kg" && u::g::symbol == "g" && u::A::symbol == "A" && u::mA::symbol == "mA");
static_assert(u::V::symbol == "V" && u::kV::symbol == "kV" && u::J::symbol == "J" && u::kWh::symbol == "kWh");
static_assert(u::m_per_s::symbol == "m/s" && u::km_per_h::symbol == "km/h" && u::m2::symbol == "m²" &&
              u::L::symbol == "L" && u::m3::symbol == "m³" && u::m3_per_h::symbol == "m³/h");
static_assert(u::ohm::symbol == "Ω" && u::kOhm::symbol == "kΩ" && u::N_m::symbol == "N·m" && u::gn::symbol == "gₙ");
static_assert(u::quantity<u::dBm>::symbol == "dBm" && u::quantity<u::us, int>::symbol == "µs");

static_assert(std::is_same_v<u::dBm::kind, k::power_level> && std::is_same_v<u::dB::kind, k::ratio_level>);
static_assert(std::is_same_v<u::percent::kind, k::ratio> && std::is_same_v<u::Mbps::kind, k::data_rate>);
static_assert(std::is_same_v<u::deci_deg::kind, k::angle> && std::is_same_v<u::rpm::kind, k::angular_velocity>);
static_assert(std::is_same_v<u::Mbps, u::Mbit_per_s>);

static_assert(u::dBm::scale == u::scale_kind::logarithmic && u::dBW::scale == u::scale_kind::logarithmic &&
              u::dB::scale == u::scale_kind::logarithmic);
static_assert(u::mW::scale == u::scale_kind::linear && u::degC::scale == u::scale_kind::linear);

static_assert(u::mW::dtdl == "milliwatt" && u::MHz::dtdl == "megahertz" && u::degC::dtdl == "degreeCelsius");
static_assert(u::rpm::dtdl == "revolutionPerMinute" && u::percent::dtdl == "percent" && u::deg::dtdl == "degreeOfArc");
static_assert(u::bps::dtdl == "bitPerSecond" && u::kbps::dtdl.empty() && u::Mbps::dtdl.empty()); // not in DTDL v3
static_assert(u::dBm::dtdl.empty() && u::deci_deg::dtdl.empty() && u::dB::dtdl == "decibel");
static_assert(u::ms::dtdl == "millisecond" && u::us::dtdl == "microsecond" && u::m::dtdl == "metre");

static_assert(u::dB::ucum == "dB" && u::dBW::ucum == "dB[W]" && u::dBm::ucum.empty()); // UCUM has no B[mW]
static_assert(u::percent::ucum == "%" && u::Mbps::ucum == "Mbit/s" && u::us::ucum == "us");
static_assert(u::deg::ucum == "deg" && u::deci_deg::ucum == "deg/10" && u::degC::ucum == "Cel");
static_assert(u::degF::ucum == "[degF]" && u::rpm::ucum == "{rev}/min" && u::kWh::ucum == "kW.h");
static_assert(u::B::ucum == "By" && u::ohm::ucum == "Ohm" && u::gn::ucum == "[g]");

// ---- exact ratios --------------------------------------------------------------------------------
static_assert(u::ms::num == 1 && u::ms::den == 1000);
static_assert(u::deci_deg::num == 1 && u::deci_deg::den == 10);
static_assert(u::km::num == 1000 && u::km::den == 1);
static_assert(u::degC::offset_num == 27315 && u::degC::offset_den == 100);
static_assert(u::km_per_h::num == 5 && u::km_per_h::den == 18);
static_assert(u::rad::num == 180 && u::rad::pi_exponent == -1);

// ---- conversions: integral stays integral when exact --------------------------------------------
static_assert(u::convert<u::km, u::m>(3) == 3000);
static_assert(std::is_same_v<decltype(u::convert<u::km, u::m>(3)), int>);
static_assert(u::convert<u::GHz, u::kHz>(std::int64_t{3}) == 3'000'000);
static_assert(u::convert<u::Gbps, u::bps>(std::int64_t{100}) == 100'000'000'000);
static_assert(u::convert<u::h, u::s>(2) == 7200 && u::convert<u::minute, u::ms>(1) == 60000);
static_assert(u::convert<u::bar, u::Pa>(2) == 200000 && u::convert<u::kWh, u::J>(1) == 3600000);
static_assert(u::convert<u::B, u::bit>(3u) == 24u && std::is_same_v<decltype(u::convert<u::B, u::bit>(3u)), unsigned>);
static_assert(u::convert<u::dBW, u::dBm>(0) == 30 && u::convert<u::dBm, u::dBW>(-60) == -90);
static_assert(u::convert<u::m, u::m>(7) == 7);

// ... otherwise the result is floating point
static_assert(u::convert<u::ms, u::s>(1500.0) == 1.5);
static_assert(u::convert<u::ms, u::s>(1500) == 1.5);
static_assert(std::is_same_v<decltype(u::convert<u::ms, u::s>(1500)), double>);
static_assert(std::is_same_v<decltype(u::convert<u::ms, u::s>(1500.0f)), float>);
static_assert(u::convert<u::ms, u::s>(1500.0f) == 1.5f);
static_assert(u::convert<u::deci_deg, u::deg>(-900) == -90.0);
static_assert(u::convert<u::deci_deg, u::deg>(35) == 3.5);
static_assert(u::convert<u::deg, u::deci_deg>(-90) == -900); // integer factor 10: stays int
static_assert(u::convert<u::us, u::ms>(250.0) == 0.25);
static_assert(u::convert<u::kbps, u::Mbps>(1500) == 1.5);
static_assert(u::convert<u::percent, u::unity>(50) == 0.5 && u::convert<u::unity, u::percent>(1) == 100);
static_assert(u::convert<u::km_per_h, u::m_per_s>(36.0) == 10.0 && u::convert<u::m_per_s, u::km_per_h>(10.0) == 36.0);
static_assert(u::convert<u::mAh, u::C>(1000) == 3600.0);
static_assert(u::convert<u::rps, u::rpm>(50) == 3000 && u::convert<u::deg_per_s, u::rpm>(6.0) == 1.0);

// ... affine temperatures
static_assert(u::convert<u::degC, u::K>(25.0) == 298.15);
static_assert(u::convert<u::K, u::degC>(298.15) == 25.0);
static_assert(u::convert<u::degC, u::K>(0) == 273.15);
static_assert(u::convert<u::K, u::degC>(0.0) == -273.15);
static_assert(u::convert<u::degF, u::degC>(212.0) == 100.0 && u::convert<u::degF, u::degC>(32.0) == 0.0);
static_assert(u::convert<u::degC, u::degF>(100.0) == 212.0 && u::convert<u::degC, u::degF>(-40.0) == -40.0);
static_assert(u::convert<u::degF, u::K>(-459.67) == 0.0);

// ... radian-based units are constexpr too, but never exact
constexpr double rad_of_180_deg = u::convert<u::deg, u::rad>(180.0);
static_assert(rad_of_180_deg > 3.14159265358979 && rad_of_180_deg < 3.14159265358980);
static_assert(u::convert<u::rad_per_s, u::rpm>(1.0) > 9.549 && u::convert<u::rad_per_s, u::rpm>(1.0) < 9.550);

// ---- convertibility -----------------------------------------------------------------------------
static_assert(u::ConvertibleUnits<u::dBm, u::mW> && u::ConvertibleUnits<u::W, u::dBm>);
static_assert(u::ConvertibleUnits<u::dBW, u::kW> && u::ConvertibleUnits<u::dB, u::percent>);
static_assert(u::convertible_v<u::dB, u::unity> && u::convertible_v<u::ppm, u::dB>);
static_assert(u::ConvertibleUnits<u::degC, u::K> && u::ConvertibleUnits<u::Mbps, u::kbps>);
static_assert(!u::ConvertibleUnits<u::dBm, u::MHz>);
static_assert(!u::ConvertibleUnits<u::dBm, u::dB>);   // a level is not a ratio
static_assert(!u::ConvertibleUnits<u::W, u::J>);
static_assert(!u::ConvertibleUnits<u::MHz, u::ms>);
static_assert(!u::ConvertibleUnits<u::mW, u::percent>);
static_assert(!u::ConvertibleUnits<u::bps, u::B>);  // data rate vs data size
static_assert(!u::ConvertibleUnits<int, u::m> && !u::convertible_v<u::m, double>);

// convert accepts arithmetic values only
template <class From, class To, class T>
concept can_convert = requires(T x) { u::convert<From, To>(x); };
static_assert(can_convert<u::m, u::km, double> && can_convert<u::m, u::km, long>);
static_assert(!can_convert<u::m, u::km, bool> && !can_convert<u::m, u::km, const char*>);
static_assert(!can_convert<int, u::km, double>);

// ---- quantity ------------------------------------------------------------------------------------
static_assert(sizeof(u::quantity<u::dBm>) == sizeof(double));
static_assert(sizeof(u::quantity<u::MHz, double>) == sizeof(double));
static_assert(sizeof(u::quantity<u::ms, std::int32_t>) == sizeof(std::int32_t));
static_assert(alignof(u::quantity<u::W>) == alignof(double));
static_assert(std::is_trivially_copyable_v<u::quantity<u::dBm>>);
static_assert(std::is_standard_layout_v<u::quantity<u::dBm>>);
static_assert(std::is_nothrow_default_constructible_v<u::quantity<u::W>>);
static_assert(!std::is_convertible_v<double, u::quantity<u::W>>);     // construction is explicit
static_assert(std::is_constructible_v<u::quantity<u::W>, double>);
static_assert(!std::is_convertible_v<u::quantity<u::W>, double>);
static_assert(u::is_quantity_v<u::quantity<u::W>> && !u::is_quantity_v<double>);
static_assert(std::is_same_v<u::quantity<u::Mbps>::unit, u::Mbit_per_s> &&
              std::is_same_v<u::quantity<u::Mbps>::kind, k::data_rate> &&
              std::is_same_v<u::quantity<u::Mbps, int>::rep, int>);

constexpr u::quantity<u::MHz> f1{3500.0};
constexpr u::quantity<u::MHz> f2{100.0};
static_assert(u::quantity<u::W>{}.value() == 0.0);
static_assert(f1.value() == 3500.0);
static_assert((f1 + f2).value() == 3600.0 && (f1 - f2).value() == 3400.0 && (-f2).value() == -100.0);
static_assert((f2 * 2.0).value() == 200.0 && (2.0 * f2).value() == 200.0 && (f1 / 2.0).value() == 1750.0);
static_assert(f1 / f2 == 35.0);
static_assert(f2 < f1 && f1 > f2 && f1 != f2 && f1 == u::quantity<u::MHz>{3500.0} && f2 <= f2);
static_assert((f1 <=> f2) > 0);

// quantity_cast
static_assert(u::quantity_cast<u::GHz>(f1).value() == 3.5);
static_assert(std::is_same_v<decltype(u::quantity_cast<u::GHz>(f1)), const u::quantity<u::GHz, double>> ||
              std::is_same_v<decltype(u::quantity_cast<u::GHz>(f1)), u::quantity<u::GHz, double>>);
static_assert(u::quantity_cast<u::m>(u::quantity<u::km, int>{2}).value() == 2000);
static_assert(std::is_same_v<decltype(u::quantity_cast<u::m>(u::quantity<u::km, int>{2})), u::quantity<u::m, int>>);
static_assert(std::is_same_v<decltype(u::quantity_cast<u::s>(u::quantity<u::ms, int>{2})), u::quantity<u::s, double>>);
static_assert(u::quantity_cast<u::K>(u::quantity<u::degC>{25.0}).value() == 298.15);

// quantity_cast and the mixed-unit operators only exist where they make sense
template <class To, class Q>
concept can_quantity_cast = requires(Q q) { u::quantity_cast<To>(q); };
static_assert(can_quantity_cast<u::kHz, u::quantity<u::MHz>>);
static_assert(can_quantity_cast<u::mW, u::quantity<u::dBm>>);
static_assert(!can_quantity_cast<u::MHz, u::quantity<u::dBm>>);
static_assert(!can_quantity_cast<u::ms, u::quantity<u::m>>);

template <class A, class B>
concept addable = requires(A a, B b) { a + b; };
template <class A, class B>
concept comparable = requires(A a, B b) { a < b; };
static_assert(addable<u::quantity<u::m>, u::quantity<u::m>>);
static_assert(!addable<u::quantity<u::m>, u::quantity<u::km>>);
static_assert(!addable<u::quantity<u::m>, double>);
static_assert(!comparable<u::quantity<u::m>, u::quantity<u::km>>);
static_assert(!comparable<u::quantity<u::dBm>, u::quantity<u::MHz>>);

} // namespace
