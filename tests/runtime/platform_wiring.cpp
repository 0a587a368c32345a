// platform<Components...>: start order, dependencies, DOT, Markdown and JSON descriptions.
// (No conforms<...> claims here: test_conformance.cpp registers user catalogues for this
// executable, and claims must see the same registration; the example covers conforms<...>.)
#include "twinspec_catch.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <twinspec/core.hpp>
#include <twinspec/platform.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace platform_wiring_test {
namespace ts = twinspec;
namespace pf = ts::platform;

TWINSPEC_ENTITY(Query, ts::meta(), (int, cell, ts::range(0, 100)));
TWINSPEC_ENTITY(Rows, ts::meta(), (double, value));

struct PointsApi : pf::interface<"device-points", pf::semver{2, 1, 0}, pf::operation<"read", Query, Rows>> {};
struct DataApi : pf::interface<"twin-data", pf::semver{1, 3, 0}, pf::operation<"query", Query, Rows>,
                               pf::operation<"ping", pf::nothing, pf::nothing>> {};
struct ComputeApi : pf::interface<"compute", pf::semver{0, 4, 2}, pf::operation<"run", pf::nothing, pf::nothing>> {};
struct AdviceApi : pf::interface<"advice \"quoted\"", pf::semver{1, 0, 0}, pf::operation<"advise", Query, Rows>> {};

struct Gateway : pf::component<"gateway", pf::semver{1, 0, 0}, pf::layer::edge, pf::component_kind::device_access,
                               pf::deployment::edge, pf::provides<PointsApi>> {};
struct Infra : pf::component<"infra", pf::semver{9, 0, 0}, pf::layer::iaas, pf::component_kind::framework,
                             pf::deployment::cloud, pf::provides<ComputeApi>> {};
struct Store : pf::component<"store", pf::semver{3, 0, 0}, pf::layer::paas, pf::component_kind::big_data,
                             pf::deployment::cloud, pf::provides<DataApi>,
                             pf::needs<pf::need<PointsApi, pf::caret(pf::semver{2, 0, 0})>, pf::need<ComputeApi, pf::exactly(pf::semver{0, 4, 2})>>,
                             pf::uses_data<Query>,
                             pf::dev_env<"g++ 12", "linux\tcontainer", "C++20">> {};
struct App : pf::component<"app", pf::semver{0, 1, 0}, pf::layer::saas, pf::component_kind::industrial_app,
                           pf::deployment::cloud, pf::provides<AdviceApi>, pf::needs<DataApi>> {};

// Declared consumers first: the start order must still put providers first.
using Platform = pf::platform<App, Store, Gateway, Infra>;
}  // namespace platform_wiring_test

using namespace platform_wiring_test;

TEST_CASE("platform: semver ranges") {
    STATIC_REQUIRE(pf::caret(pf::semver{1, 2, 3}).contains(pf::semver{1, 9, 0}));
    STATIC_REQUIRE_FALSE(pf::caret(pf::semver{1, 2, 3}).contains(pf::semver{2, 0, 0}));
    STATIC_REQUIRE_FALSE(pf::caret(pf::semver{1, 2, 3}).contains(pf::semver{1, 2, 2}));
    STATIC_REQUIRE(pf::caret(pf::semver{0, 3, 1}).contains(pf::semver{0, 3, 9}));
    STATIC_REQUIRE_FALSE(pf::caret(pf::semver{0, 3, 1}).contains(pf::semver{0, 4, 0}));
    STATIC_REQUIRE(pf::exactly(pf::semver{0, 4, 2}).contains(pf::semver{0, 4, 2}));
    STATIC_REQUIRE_FALSE(pf::exactly(pf::semver{0, 4, 2}).contains(pf::semver{0, 4, 3}));
    CHECK(pf::caret(pf::semver{1, 2, 3}).to_string() == ">=1.2.3 <2.0.0");
}

TEST_CASE("platform: start order puts every provider before its consumers") {
    constexpr auto order = Platform::start_order();
    STATIC_REQUIRE(order.size() == 4);
    std::vector<std::string_view> names;
    for (auto i : order) names.push_back(Platform::components()[i].name);
    CHECK(names == std::vector<std::string_view>{"gateway", "infra", "store", "app"});

    std::vector<std::string> started;
    const auto n = Platform::start([&](const pf::component_info& c) {
        started.emplace_back(c.name);
        return c.name != "store";  // a failing start stops the sequence
    });
    CHECK(n == 2);
    CHECK(started == std::vector<std::string>{"gateway", "infra", "store"});
}

TEST_CASE("platform: dependencies name the provider and the version it provides") {
    const auto deps = Platform::dependencies();
    REQUIRE(deps.size() == 3);
    CHECK(deps[0].from == 0);
    CHECK(deps[0].to == 1);
    CHECK(deps[0].interface == "twin-data");
    CHECK(deps[0].provided_version == pf::semver{1, 3, 0});
    CHECK(deps[1].interface == "device-points");
    CHECK(deps[1].to == 2);
    CHECK(deps[1].range.to_string() == ">=2.0.0 <3.0.0");
    CHECK(deps[2].interface == "compute");
    CHECK(deps[2].range.to_string() == ">=0.4.2 <0.4.3");
    const auto ops = pf::operations_of(Platform::components()[1]);
    REQUIRE(ops.size() == 2);
    CHECK(ops[0].name == "query");
    CHECK(ops[0].request == "Query");
    CHECK(ops[1].response.empty());
}

TEST_CASE("platform: DOT has a cluster per layer and an edge per dependency") {
    const auto dot = Platform::dot("p");
    CHECK_THAT(dot, twinspec_test::starts_with("digraph \"p\" {"));
    CHECK_THAT(dot, twinspec_test::contains("subgraph cluster_SaaS {"));
    CHECK_THAT(dot, twinspec_test::contains("subgraph cluster_IaaS {"));
    CHECK_THAT(dot, twinspec_test::contains("c0 [label=\"app\\n0.1.0\\nindustrial_app (cloud)\"];"));
    CHECK_THAT(dot, twinspec_test::contains("c1 -> c2 [label=\"device-points >=2.0.0 <3.0.0\"];"));
    CHECK_THAT(dot, twinspec_test::ends_with("}\n"));
}

TEST_CASE("platform: Markdown lists components, dependencies and the start order") {
    const auto md = Platform::markdown();
    CHECK_THAT(md, twinspec_test::contains("| `store` | 3.0.0 | PaaS | big_data | 工业互联网平台 工业大数据通用技术规范 | cloud | `twin-data 1.3.0` | data Query |"));
    CHECK_THAT(md, twinspec_test::contains("| `app` | `twin-data` | >=1.3.0 <2.0.0 | `store` | 1.3.0 |"));
    CHECK_THAT(md, twinspec_test::contains("Start order: `gateway` → `infra` → `store` → `app`"));
}

TEST_CASE("platform: JSON description escapes strings") {
    const auto json = Platform::json();
    CHECK_THAT(json, twinspec_test::starts_with("{\"components\":[{\"name\":\"app\",\"version\":\"0.1.0\",\"layer\":\"SaaS\""));
    CHECK_THAT(json, twinspec_test::contains("\"interface\":\"advice \\\"quoted\\\"\""));
    CHECK_THAT(json, twinspec_test::contains("\"dev_env\":{\"toolchain\":\"g++ 12\",\"runtime\":\"linux\\tcontainer\",\"language\":\"C++20\"}"));
    CHECK_THAT(json, twinspec_test::contains("\"series_part\":{\"part\":2,\"title\":\"工业互联网平台 工业设备接入通用规范\"}"));
    CHECK_THAT(json, twinspec_test::contains("\"requires\":[{\"interface\":\"twin-data\",\"range\":\">=1.3.0 <2.0.0\",\"provider\":\"store\",\"provided_version\":\"1.3.0\"}]"));
    CHECK_THAT(json, twinspec_test::contains("\"uses\":[{\"what\":\"data\",\"name\":\"Query\"}]"));
    CHECK_THAT(json, twinspec_test::ends_with("\"start_order\":[\"gateway\",\"infra\",\"store\",\"app\"]}"));
}

TEST_CASE("platform: JSON description parses and has every member") {
    const auto text = Platform::json();
    boost::json::error_code ec;
    const boost::json::value v = boost::json::parse(text, ec);
    INFO(text);
    REQUIRE_FALSE(ec);
    const auto& top = v.as_object();
    CHECK(top.size() == 2);
    const auto& comps = top.at("components").as_array();
    REQUIRE(comps.size() == 4);
    for (const auto& c : comps) {
        const auto& o = c.as_object();
        CHECK(o.size() == 11);
        for (std::string_view k : {"name", "version", "layer", "kind", "series_part", "deployment", "provides", "requires",
                                   "conforms_to", "dev_env", "uses"})
            CHECK(o.contains(k));
        CHECK(o.at("conforms_to").as_array().empty());
    }
    const auto& app = comps[0].as_object();
    CHECK(app.at("name").as_string() == "app");
    CHECK(app.at("dev_env").is_null());
    CHECK(app.at("series_part").at("part").as_int64() == 5);
    const auto& advice = app.at("provides").at(0);
    CHECK(advice.at("interface").as_string() == "advice \"quoted\"");  // the escapes read back
    CHECK(advice.at("operations").at(0).at("request").as_string() == "Query");
    const auto& store = comps[1].as_object();
    CHECK(store.at("name").as_string() == "store");
    CHECK(store.at("dev_env").at("runtime").as_string() == "linux\tcontainer");
    const auto& req = store.at("requires").as_array();
    REQUIRE(req.size() == 2);
    CHECK(req[0].at("provider").as_string() == "gateway");
    CHECK(req[1].at("range").as_string() == ">=0.4.2 <0.4.3");
    CHECK(store.at("uses").at(0).at("what").as_string() == "data");
    const auto& order = top.at("start_order").as_array();
    REQUIRE(order.size() == 4);
    CHECK(order[3].as_string() == "app");
}
