// EXPECT: (conformance_requirement_not_met<[^']*virtual_entity.verification[^']*the virtual entity has a [^']*verification .*a conformance requirement is not met|a conformance requirement is not met.*conformance_requirement_not_met<[^']*virtual_entity.verification[^']*the virtual entity has a [^']*verification )
// Compile-fail test: a model claims the mobile network digital twin specification and
// provides everything but one requirement; the diagnostic states the missed requirement.
#include <twinspec/core.hpp>
#include <twinspec/standards/conformance.hpp>

namespace ts = twinspec;

TWINSPEC_ENTITY(Site,
    ts::meta(ts::conforms_to<"移动网络数字孪生系统技术规范">,
             ts::provides<"physical_entity.sensing_access", "physical_entity.decision_execution">),
    (int, pci));
TWINSPEC_ENTITY(SiteTwin, ts::meta(ts::provides<"virtual_entity.description">), (int, state));
TWINSPEC_ENTITY(SiteData, ts::meta(), (int, cls, ts::provides<"twin_data.classification">));

static_assert(ts::standards::conformance_check<Site, SiteTwin, SiteData>, "the site model conforms");

int main() {}
