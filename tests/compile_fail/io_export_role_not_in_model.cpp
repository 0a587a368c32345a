// EXPECT: twinspec: rule broken: export_all<Roles...>: each role is a ts::physical_entity<E, ...> whose E is an entity type of the model
// export_all<Roles...> takes the roles of the model's entity types (their WoT TDs get the
// decision points as actions); a role of an entity the model does not hold stops the build.
#include <twinspec/core.hpp>
#include <twinspec/io/export.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/physical.hpp>

namespace ts = twinspec;
TWINSPEC_ENTITY(Site, ts::meta(), (std::uint32_t, siteId));
TWINSPEC_ENTITY(Radio, ts::meta(), (double, power, ts::telemetry));
TWINSPEC_ENTITY(Reset, ts::meta(), (bool, hard));
using RadioPE = ts::physical_entity<Radio, ts::decision<"reset", Reset, Reset>>;

int main() {
    ts::model<Site> m;
    return ts::io::export_all<RadioPE>("out", "Sites", m).ok() ? 0 : 1;
}
