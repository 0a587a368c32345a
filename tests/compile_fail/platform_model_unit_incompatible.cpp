// EXPECT: (have incompatible units.*model_input_unit_incompatible<twinspec_schema_LossOut::f_rxPower, twinspec_schema_SinrIn::f_rxPower>|model_input_unit_incompatible<twinspec_schema_LossOut::f_rxPower, twinspec_schema_SinrIn::f_rxPower>.*have incompatible units)
// Compile-fail test: rxPower comes out in dBm and the next model takes it in MHz.
#include <twinspec/platform/mechanism_model.hpp>
#include <twinspec/core/entity.hpp>
#include <string>
namespace ts = twinspec;
namespace pf = ts::platform;
using namespace ts::units;
TWINSPEC_ENTITY(LossIn, ts::meta(), (double, distance, ts::unit<km>, ts::range(0.01, 10.0)));
TWINSPEC_ENTITY(LossOut, ts::meta(), (double, rxPower, ts::unit<dBm>), (std::string, note));
inline const auto loss = pf::make_model<"loss", pf::semver{1, 0, 0}, LossIn, LossOut>(
    pf::provenance{"test"}, [](const LossIn& in) { return LossOut{-60.0 - in.distance, {}}; });
TWINSPEC_ENTITY(SinrIn, ts::meta(), (double, rxPower, ts::unit<MHz>));
TWINSPEC_ENTITY(SinrOut, ts::meta(), (double, sinr, ts::unit<dB>));
inline const auto sinr = pf::make_model<"sinr", pf::semver{1, 0, 0}, SinrIn, SinrOut>(
    pf::provenance{"test"}, [](const SinrIn& in) { return SinrOut{in.rxPower}; });
int main() { return (loss | sinr)(LossIn{1.0}).ok() ? 0 : 1; }
