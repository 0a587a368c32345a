// EXPECT: (does not convert to the type of the input of b.*model_input_type_incompatible<twinspec_schema_LossOut::f_note, twinspec_schema_NextIn::f_note>|model_input_type_incompatible<twinspec_schema_LossOut::f_note, twinspec_schema_NextIn::f_note>.*does not convert to the type of the input of b)
// Compile-fail test: a text output feeds a numeric input.
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
TWINSPEC_ENTITY(NextIn, ts::meta(), (double, note));
TWINSPEC_ENTITY(NextOut, ts::meta(), (double, y));
inline const auto next = pf::make_model<"next", pf::semver{1, 0, 0}, NextIn, NextOut>(
    pf::provenance{"test"}, [](const NextIn& in) { return NextOut{in.note}; });
int main() { return (loss | next)(LossIn{1.0}).ok() ? 0 : 1; }
