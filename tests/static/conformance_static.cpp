// Static tests of conformance claims and checks (positive cases, and non-failing queries of
// negative ones). Compiling is the test.
#include <twinspec/core.hpp>
#include <twinspec/standards/conformance.hpp>

#include <string_view>
#include <type_traits>

namespace ts = twinspec;
namespace st = twinspec::standards;

namespace conformance_static {

// The twin specification (no number yet) claimed by title, a CCSA standard by number with a
// clause, in another spelling of separator and dash.
TWINSPEC_ENTITY(Site,
    ts::meta(ts::doc("Radio site"), ts::conforms_to<"移动网络数字孪生系统技术规范">,
             ts::conforms_to<"T/CCSA　690－2025", "5.2">, ts::provides<"physical_entity.decision_execution">),
    (double, rsrp, ts::telemetry, ts::provides<"physical_entity.sensing_access">),
    (int, pci));
TWINSPEC_ENTITY(SiteTwin, ts::meta(ts::provides<"virtual_entity.description">),
    (bool, verified, ts::provides<"virtual_entity.verification">));
TWINSPEC_ENTITY(SiteData, ts::meta(ts::provides<"twin_data.classification", "twin_data.storage">), (int, cls));
// Claims by English title and by a joint number.
TWINSPEC_ENTITY(Plain, ts::meta(ts::conforms_to<"Technical specification of mobile network digital twin systems">), (int, x));
TWINSPEC_ENTITY(Joint, ts::meta(ts::conforms_to<"T/CHEAA 0047-2025">), (int, x));
TWINSPEC_ENTITY(NoClaim, ts::meta(), (int, x));

// Annotations are plain annotations to the core.
static_assert(ts::Annotation<std::remove_cvref_t<decltype(ts::conforms_to<"T/CCSA 690-2025">)>>);
static_assert(ts::Annotation<std::remove_cvref_t<decltype(ts::provides<"a">)>>);
static_assert(st::provides_annotation<"a", "b">::has("b") && !st::provides_annotation<"a", "b">::has("c"));

// What a claim resolves to.
using mndt_claim = st::conformance_claim<"移动网络数字孪生系统技术规范">;
static_assert(mndt_claim::descriptor == &st::mndt_standards[0]);
static_assert(mndt_claim::clauses().empty());
static_assert(st::conformance_claim<"T/CCSA 690-2025", "5.2", "6">::clauses().size() == 2);
static_assert(st::conformance_claim<"T/CCSA 690-2025">::descriptor->id == st::standard_id{"T/CCSA 690-2025"});
static_assert(st::conformance_claim<"T/CHEAA 0047-2025">::descriptor->id == st::standard_id{"T/CCSA 693-2025"});
static_assert(st::catalogue_of(mndt_claim::descriptor) == &st::mndt);
static_assert(st::find_visible("T/CCSA 999-2025") == nullptr);
static_assert(st::find_visible("not a standard") == nullptr);

// Claims collected from the entities' metadata.
static_assert(st::claims_t<Site>::size == 2);
static_assert(st::claims_t<NoClaim>::size == 0);
static_assert(st::model_claims_t<Site, SiteTwin, Plain>::size == 3);

// Providers: the entity's metadata first, then its fields.
static_assert(st::find_provider<Site, SiteTwin>("physical_entity.sensing_access").found);
static_assert(st::find_provider<Site, SiteTwin>("physical_entity.sensing_access").field == "rsrp");
static_assert(st::find_provider<Site, SiteTwin>("physical_entity.decision_execution").field.empty());
static_assert(st::find_provider<Site, SiteTwin>("virtual_entity.verification").entity == "SiteTwin");
static_assert(!st::find_provider<Site, SiteTwin>("twin_data.classification").found);

// The complete model conforms; partial ones are counted, not rejected, by the queries.
static_assert(st::conformance_check<Site, SiteTwin, SiteData>);
static_assert(st::conforms_v<Site, SiteTwin, SiteData>);
static_assert(st::unmet_requirements_v<Site, SiteTwin, SiteData> == 0);
static_assert(st::unmet_requirements_v<Site, SiteTwin> == 1);          // twin data not classified
static_assert(st::unmet_requirements_v<Site> == 3);
static_assert(st::unmet_requirements_v<Plain> == 5);                   // claims, provides nothing
static_assert(st::unmet_requirements_v<Site, Plain> == 2 * 3);         // counted per claim
static_assert(!st::conforms_v<Site, SiteTwin>);
static_assert(st::conformance_check<NoClaim>);                         // no claim, nothing required
static_assert(st::conformance_check<Joint>);                           // no requirements recorded

// Clauses: a requirement stated in a clause applies to claims of that clause, a clause that
// contains it, or the whole standard.
constexpr std::string_view five[] = {"5"};
constexpr std::string_view five_two[] = {"5.2"};
constexpr std::string_view six[] = {"6"};
static_assert(st::requirement_applies({}, "5.2"));
static_assert(st::requirement_applies(five, "5.2") && st::requirement_applies(five_two, "5.2"));
static_assert(!st::requirement_applies(six, "5.2") && !st::requirement_applies(five, "51.2"));
static_assert(st::requirement_applies(six, ""));

// Diagnostic text pieces: at most 32 bytes, cut after spaces and between ASCII and not.
constexpr auto pieces = st::detail::cut_for_diagnostic("the virtual entity has a verification (虚拟实体的验证)");
static_assert(pieces.count == 4);
static_assert(pieces.end[0] == 25 && pieces.begin[1] == 25);  // "the virtual entity has a "

}  // namespace conformance_static
