// EXPECT: (an input of b is not an output of a.*model_input_not_met<LossOut, twinspec_schema_SinrIn::f_rsrp>|model_input_not_met<LossOut, twinspec_schema_SinrIn::f_rsrp>.*an input of b is not an output of a)
// Compile-fail test: the SINR model needs rsrp; the loss model outputs rxPower.
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
TWINSPEC_ENTITY(SinrIn, ts::meta(), (double, rsrp, ts::unit<dBm>));
TWINSPEC_ENTITY(SinrOut, ts::meta(), (double, sinr, ts::unit<dB>));
inline const auto sinr = pf::make_model<"sinr", pf::semver{1, 0, 0}, SinrIn, SinrOut>(
    pf::provenance{"test"}, [](const SinrIn& in) { return SinrOut{in.rsrp + 100.0}; });
int main() { return (loss | sinr)(LossIn{1.0}).ok() ? 0 : 1; }
