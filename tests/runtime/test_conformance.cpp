// Conformance claims, a user catalogue, and the conformance report (Markdown and JSON).
#include "twinspec_catch.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <twinspec/core.hpp>
#include <twinspec/platform.hpp>
#include <twinspec/standards/conformance.hpp>
#include <twinspec/standards/conformance_report.hpp>

#include <string>
#include <string_view>

namespace st = twinspec::standards;
namespace ts = twinspec;

// A user's own catalogue, registered once, before the claims that need it.
namespace acme {
inline constexpr st::requirement acme_requirements[] = {
    {"acme.audit_log", "every twin keeps an audit log", "4.1"},
    {"acme.export", "twin data can be exported", ""},
};
inline constexpr st::standard_descriptor acme_standards[] = {
    {.index = 1, .id = "T/ACME 12-2024", .title = {"数字孪生审计规范", "Digital twin audit rules"},
     .requirements = acme_requirements},
};
inline constexpr st::catalogue catalogue{.key = "acme", .name = {"企业标准", "ACME company standards"},
                                         .entries = acme_standards};
}  // namespace acme

template <>
struct twinspec::standards::user_catalogues<> {
    static constexpr const st::catalogue* list[] = {&acme::catalogue};
};

namespace conformance_runtime {
TWINSPEC_ENTITY(Site,
    ts::meta(ts::conforms_to<"移动网络数字孪生系统技术规范">, ts::conforms_to<"T/ACME 12-2024", "5">,
             ts::provides<"physical_entity.decision_execution">),
    (double, rsrp, ts::telemetry, ts::provides<"physical_entity.sensing_access">));
TWINSPEC_ENTITY(SiteTwin, ts::meta(ts::conforms_to<"T/CCSA 690-2025", "5.2">, ts::provides<"virtual_entity.description">),
    (bool, verified, ts::provides<"virtual_entity.verification">));
TWINSPEC_ENTITY(SiteData, ts::meta(ts::conforms_to<"T/ACME 12-2024">), (int, cls, ts::provides<"twin_data.classification">));
}  // namespace conformance_runtime
using namespace conformance_runtime;

TEST_CASE("conformance: a user catalogue is searched after the builtin ones") {
    STATIC_REQUIRE(st::find_visible("T/ACME 12-2024") == &acme::acme_standards[0]);
    STATIC_REQUIRE(st::catalogue_of(&acme::acme_standards[0]) == &acme::catalogue);
    STATIC_REQUIRE(st::find_visible("T/CCSA 690-2025") != nullptr);
    STATIC_REQUIRE(st::unmet_requirements_v<Site, SiteTwin> == 2);  // classification; acme clause 5: export
    STATIC_REQUIRE(st::unmet_requirements_v<Site, SiteTwin, SiteData> == 3);  // mndt, acme x2
}

TEST_CASE("conformance: report data") {
    const auto r = st::conformance_report<Site, SiteTwin, SiteData>();
    REQUIRE(r.claims.size() == 3);
    CHECK_FALSE(r.all_met());

    const auto& mndt = r.claims[0];
    CHECK(mndt.standard == &st::mndt_standards[0]);
    CHECK(mndt.in_catalogue == &st::mndt);
    REQUIRE(mndt.claimed_by.size() == 1);
    CHECK(mndt.claimed_by[0] == "Site");
    CHECK(mndt.clauses.empty());
    REQUIRE(mndt.requirements.size() == 5);
    CHECK(mndt.requirements[0].key == "physical_entity.sensing_access");
    CHECK(mndt.requirements[0].provided_by.entity == "Site");
    CHECK(mndt.requirements[0].provided_by.field == "rsrp");
    CHECK(mndt.requirements[1].provided_by.field.empty());
    CHECK(mndt.requirements[3].provided_by.entity == "SiteTwin");
    CHECK(mndt.requirements[4].provided_by.entity == "SiteData");
    CHECK(mndt.met());

    // Site claims clause 5, SiteData the whole standard: the whole standard is claimed.
    const auto& acme_claim = r.claims[1];
    CHECK(acme_claim.in_catalogue == &acme::catalogue);
    REQUIRE(acme_claim.claimed_by.size() == 2);
    CHECK(acme_claim.claimed_by[1] == "SiteData");
    CHECK(acme_claim.clauses.empty());
    REQUIRE(acme_claim.requirements.size() == 2);
    CHECK(acme_claim.requirements[0].applies);
    CHECK_FALSE(acme_claim.requirements[0].met());
    CHECK_FALSE(acme_claim.met());

    const auto& ccsa = r.claims[2];
    CHECK(ccsa.claimed_as == "T/CCSA 690-2025");
    REQUIRE(ccsa.clauses.size() == 1);
    CHECK(ccsa.clauses[0] == "5.2");
    CHECK(ccsa.requirements.empty());
    CHECK(ccsa.met());
}

TEST_CASE("conformance: a claim of other clauses does not need a clause's requirement") {
    const auto r = st::conformance_report<Site>();
    REQUIRE(r.claims.size() == 2);
    const auto& acme_claim = r.claims[1];
    REQUIRE(acme_claim.clauses.size() == 1);
    CHECK(acme_claim.clauses[0] == "5");
    CHECK_FALSE(acme_claim.requirements[0].applies);  // stated in 4.1
    CHECK(acme_claim.requirements[0].met());
    CHECK_FALSE(acme_claim.requirements[1].met());    // no clause: always applies
}

TEST_CASE("conformance: Markdown report") {
    const std::string md = st::conformance_report<Site, SiteTwin, SiteData>().markdown();
    INFO(md);
    CHECK_THAT(md, twinspec_test::starts_with("# Conformance report\n\nThe model does **not** meet"));
    CHECK_THAT(md, twinspec_test::contains("\n## 移动网络数字孪生系统技术规范\n\n*Technical specification of mobile network digital twin systems* (draft for comment, catalogue `mndt`)\n"));
    CHECK_THAT(md, twinspec_test::contains("| `physical_entity.sensing_access` | the physical entity offers sensing access (物理实体的感知接入) | yes | `Site.rsrp` |\n"));
    CHECK_THAT(md, twinspec_test::contains("| `physical_entity.decision_execution` | the physical entity offers decision execution (物理实体的决策执行) | yes | `Site` |\n"));
    CHECK_THAT(md, twinspec_test::contains("## T/ACME 12-2024 数字孪生审计规范\n"));
    CHECK_THAT(md, twinspec_test::contains("- claimed by: `Site`, `SiteData`\n- clauses: all\n- result: NOT met\n"));
    CHECK_THAT(md, twinspec_test::contains("| `acme.audit_log` | every twin keeps an audit log | **no** | — |\n"));
    CHECK_THAT(md, twinspec_test::contains("## T/CCSA 690-2025 "));
    CHECK_THAT(md, twinspec_test::contains("- clauses: 5.2\n- result: met\n\nThe catalogue records no requirements for this standard.\n"));
    CHECK(st::conformance_report<SiteTwin>().markdown().find("The model meets every requirement") != std::string::npos);
    CHECK(st::conformance_report<>().markdown() == "# Conformance report\n\nThe model claims no standard.\n");
}

TEST_CASE("conformance: JSON report") {
    const std::string js = st::conformance_report<Site, SiteTwin, SiteData>().json();
    INFO(js);
    CHECK_THAT(js, twinspec_test::starts_with("{\"conforms\":false,\"claims\":[{\"standard\":null,\"title\":\"移动网络数字孪生系统技术规范\","));
    CHECK_THAT(js, twinspec_test::contains("\"status\":\"draft for comment\",\"catalogue\":\"mndt\",\"claimed_as\":\"移动网络数字孪生系统技术规范\",\"claimed_by\":[\"Site\"],\"clauses\":[],\"met\":true,"));
    CHECK_THAT(js, twinspec_test::contains("{\"key\":\"physical_entity.sensing_access\",\"text\":\"the physical entity offers sensing access (物理实体的感知接入)\",\"clause\":null,\"applies\":true,\"met\":true,\"provided_by\":{\"entity\":\"Site\",\"field\":\"rsrp\"}}"));
    CHECK_THAT(js, twinspec_test::contains("{\"key\":\"acme.audit_log\",\"text\":\"every twin keeps an audit log\",\"clause\":\"4.1\",\"applies\":true,\"met\":false,\"provided_by\":null}"));
    CHECK_THAT(js, twinspec_test::contains("{\"standard\":\"T/CCSA 690-2025\","));
    CHECK_THAT(js, twinspec_test::ends_with("\"clauses\":[\"5.2\"],\"met\":true,\"requirements\":[]}]}"));
    CHECK(st::conformance_report<>().json() == "{\"conforms\":true,\"claims\":[]}");
}

namespace conformance_runtime {
boost::json::value parse_json(const std::string& text) {
    boost::json::error_code ec;
    boost::json::value v = boost::json::parse(text, ec);
    INFO(text);
    REQUIRE_FALSE(ec);
    return v;
}

// A platform component claiming standards (here, where the user catalogue is registered): one
// with requirements, met by the data classes the component uses, one without requirements.
namespace pf = twinspec::platform;
struct TwinStore : pf::component<"twin-store", pf::semver{1, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                                 pf::deployment::cloud, pf::uses_data<Site, SiteTwin, SiteData>,
                                 pf::conforms<"移动网络数字孪生系统技术规范", "T/CCSA 690-2025">> {};
using ClaimsPlatform = pf::platform<TwinStore>;
}  // namespace conformance_runtime

TEST_CASE("conformance: JSON report parses and has every member") {
    const auto v = parse_json(st::conformance_report<Site, SiteTwin>().json());
    CHECK_FALSE(v.at("conforms").as_bool());
    const auto& claims = v.at("claims").as_array();
    REQUIRE(claims.size() == 3);
    for (const auto& c : claims) {
        CHECK(c.as_object().size() == 10);
        for (std::string_view k : {"standard", "title", "title_en", "status", "catalogue", "claimed_as", "claimed_by", "clauses",
                                   "met", "requirements"})
            CHECK(c.as_object().contains(k));
    }
    const auto& mndt = claims[0];
    CHECK(mndt.at("standard").is_null());
    CHECK(mndt.at("catalogue").as_string() == "mndt");
    const auto& acme_claim = claims[1];
    CHECK(acme_claim.at("standard").as_string() == "T/ACME 12-2024");
    CHECK(acme_claim.at("catalogue").as_string() == "acme");
    CHECK(acme_claim.at("clauses").as_array().size() == 1);
    CHECK(acme_claim.at("clauses").at(0).as_string() == "5");
    const auto& audit = acme_claim.at("requirements").at(0);
    CHECK(audit.at("key").as_string() == "acme.audit_log");
    CHECK(audit.at("clause").as_string() == "4.1");
    CHECK_FALSE(audit.at("applies").as_bool());  // clause 4.1 is not claimed
    CHECK(audit.at("met").as_bool());
    CHECK(audit.at("provided_by").is_null());
    const auto& export_req = acme_claim.at("requirements").at(1);
    CHECK(export_req.at("clause").is_null());
    CHECK_FALSE(export_req.at("met").as_bool());
    const auto& sensing = mndt.at("requirements").at(0);
    CHECK(sensing.at("provided_by").at("entity").as_string() == "Site");
    CHECK(sensing.at("provided_by").at("field").as_string() == "rsrp");
    bool entity_level = false;  // a requirement provided by the entity itself: "field" is null
    for (const auto& q : mndt.at("requirements").as_array())
        if (q.at("provided_by").is_object() && q.at("provided_by").at("field").is_null()) entity_level = true;
    CHECK(entity_level);
    CHECK(parse_json(st::conformance_report<>().json()).at("claims").as_array().empty());
}

TEST_CASE("conformance: a platform component's claims in the platform JSON") {
    const auto v = parse_json(ClaimsPlatform::json());
    const auto& comp = v.at("components").at(0);
    CHECK(comp.at("name").as_string() == "twin-store");
    const auto& claims = comp.at("conforms_to").as_array();
    REQUIRE(claims.size() == 2);
    CHECK(claims[0].at("number").is_null());
    CHECK(claims[0].at("title").as_string() == "移动网络数字孪生系统技术规范");
    CHECK(claims[0].at("status").as_string() == "met");
    const auto& reqs = claims[0].at("requirements").as_array();
    REQUIRE_FALSE(reqs.empty());
    for (const auto& q : reqs) {
        CHECK(q.as_object().size() == 5);
        CHECK(q.at("met").as_bool());
        CHECK(q.at("provided_by").is_object());
    }
    CHECK(reqs[0].at("key").as_string() == "physical_entity.sensing_access");
    CHECK(reqs[0].at("provided_by").at("entity").as_string() == "Site");
    CHECK(reqs[0].at("provided_by").at("field").as_string() == "rsrp");
    CHECK(claims[1].at("number").as_string() == "T/CCSA 690-2025");
    CHECK(claims[1].at("status").as_string() == "no_requirements");
    CHECK(claims[1].at("requirements").as_array().empty());
    const auto& uses = comp.at("uses").as_array();
    REQUIRE(uses.size() == 3);
    CHECK(uses[2].at("name").as_string() == "SiteData");
    CHECK(v.at("start_order").at(0).as_string() == "twin-store");
}
