// AAS V3.0 export: templates, instances, concept descriptions, environments (the environments are
// also read and verified by the aas-core3.0 SDK in external.aas).
#include <twinspec/io/aas.hpp>

#include "io_export_model.hpp"
#include "twinspec_catch.hpp"

namespace io = twinspec::io;
using namespace io_export_model;

namespace {
const io::json_node& element(const io::json_node& submodel, std::string_view id_short) {
    for (const auto& e : submodel["submodelElements"].elements())
        if (e["idShort"].text() == id_short) return e;
    static const io::json_node none;
    return none;
}
const io::json_node* find_by(const io::json_node& list, std::string_view key, std::string_view value) {
    for (const auto& e : list.elements())
        if (e[key].text() == value) return &e;
    return nullptr;
}
}  // namespace

TEST_CASE("io export: aas submodel template - Range, Property, lists, relationships, operations") {
    const io::json_node t = io::aas_submodel_template<Cell>();
    CHECK(t["modelType"].text() == "Submodel");
    CHECK(t["kind"].text() == "Template");
    CHECK(t["idShort"].text() == "Cell");
    CHECK(t["id"].text() == "https://twinspec.example/aas/submodels/Cell/template");
    CHECK(t["semanticId"]["keys"].at(0)["value"].text() == "dtmi:example:io:Cell;1");
    CHECK(t["description"].at(1)["language"].text() == "zh");
    // a ranged field: Range with its limits
    const auto& rsrp = element(t, "rsrp");
    CHECK(rsrp["modelType"].text() == "Range");
    CHECK(rsrp["valueType"].text() == "xs:double");
    CHECK(rsrp["min"].text() == "-156");
    CHECK(rsrp["max"].text() == "-31");
    CHECK(rsrp["semanticId"]["type"].text() == "ExternalReference");
    CHECK(rsrp["semanticId"]["keys"].at(0)["type"].text() == "GlobalReference");
    CHECK(rsrp["semanticId"]["keys"].at(0)["value"].text() == "https://twinspec.example/aas/cd/Cell/rsrp");
    // semantic references: the first is the semanticId, the others supplemental
    const auto& pci = element(t, "pci");
    CHECK(pci["modelType"].text() == "Range");
    CHECK(pci["valueType"].text() == "xs:unsignedShort");
    CHECK(pci["semanticId"]["keys"].at(0)["value"].text() == "urn:3gpp:ts:28.541:NRCellDU:nRPCI");
    CHECK(pci["supplementalSemanticIds"].at(0)["keys"].at(0)["value"].text() == "0173-1#02-AAO677#002");
    CHECK(pci["displayName"].at(1)["text"].text() == "物理小区标识");
    // a default becomes the template's value; an enum is text
    CHECK(element(t, "state")["value"].text() == "active");
    CHECK(element(t, "name")["modelType"].text() == "Property");
    CHECK_FALSE(element(t, "name").contains("value"));
    // lists: typed, no empty value list
    const auto& beams = element(t, "beams");
    CHECK(beams["modelType"].text() == "SubmodelElementList");
    CHECK(beams["typeValueListElement"].text() == "SubmodelElementCollection");
    CHECK_FALSE(beams.contains("value"));
    const auto& hist = element(t, "rsrpHistory");
    CHECK(hist["typeValueListElement"].text() == "Property");
    CHECK(hist["valueTypeListElement"].text() == "xs:double");
    CHECK(element(t, "neighbours")["typeValueListElement"].text() == "ReferenceElement");
    // a single relationship: RelationshipElement from this submodel to the target's
    const auto& served = element(t, "servedBy");
    CHECK(served["modelType"].text() == "RelationshipElement");
    CHECK(served["first"]["keys"].at(0)["value"].text() == t["id"].text());
    CHECK(served["second"]["keys"].at(0)["value"].text() == "https://twinspec.example/aas/submodels/GNodeB/template");

    const io::json_node g = io::aas_submodel_template<GNodeB>();
    const auto& antenna = element(g, "antenna");
    CHECK(antenna["modelType"].text() == "SubmodelElementCollection");
    CHECK(antenna["value"].at(1)["modelType"].text() == "Range");  // height: minimum only
    CHECK(antenna["value"].at(1)["min"].text() == "0");
    CHECK_FALSE(antenna["value"].at(1).contains("max"));
    const auto& tilt = element(g, "tilt");
    CHECK(tilt["modelType"].text() == "Operation");
    CHECK(tilt["inputVariables"].at(0)["value"]["modelType"].text() == "Range");
    CHECK(element(g, "commissioned")["valueType"].text() == "xs:dateTime");

    const io::json_node inv = io::aas_submodel_template<Inventory>();
    CHECK(element(inv, "title")["modelType"].text() == "MultiLanguageProperty");
    CHECK(element(inv, "counters")["modelType"].text() == "SubmodelElementCollection");
    CHECK_FALSE(inv.contains("semanticId"));  // Inventory has no id
}

TEST_CASE("io export: aas concept descriptions - IEC 61360 content") {
    const io::json_node cds = io::aas_concept_descriptions<Cell>();
    const io::json_node* rsrp = find_by(cds, "id", "https://twinspec.example/aas/cd/Cell/rsrp");
    REQUIRE(rsrp != nullptr);
    CHECK((*rsrp)["modelType"].text() == "ConceptDescription");
    const auto& eds = (*rsrp)["embeddedDataSpecifications"].at(0);
    CHECK(eds["dataSpecification"]["keys"].at(0)["value"].text() == io::aas_iec61360_template);
    const auto& c = eds["dataSpecificationContent"];
    CHECK(c["modelType"].text() == "DataSpecificationIec61360");
    CHECK(c["unit"].text() == "dBm");
    CHECK(c["dataType"].text() == "REAL_MEASURE");
    CHECK(c["preferredName"].at(0)["text"].text() == "rsrp");
    CHECK(c["definition"].at(0)["text"].text() == "The telemetry 'rsrp' of Cell.");
    CHECK(c["levelType"]["min"].text() == "true");
    CHECK(c["levelType"]["nom"].text() == "false");
    // enumerators as a value list
    const io::json_node* state = find_by(cds, "idShort", "state");
    REQUIRE(state != nullptr);
    const auto& vl = (*state)["embeddedDataSpecifications"].at(0)["dataSpecificationContent"]["valueList"];
    CHECK(vl["valueReferencePairs"].size() == 3);
    CHECK(vl["valueReferencePairs"].at(0)["value"].text() == "active");
    // nested entities' fields are described too, each id once
    CHECK(find_by(cds, "id", "https://twinspec.example/aas/cd/Beam/azimuth") != nullptr);
    const io::json_node g = io::aas_concept_descriptions<GNodeB>();
    const io::json_node* temp = find_by(g, "idShort", "temperature");
    REQUIRE(temp != nullptr);
    const auto& tc = (*temp)["embeddedDataSpecifications"].at(0)["dataSpecificationContent"];
    CHECK(tc["definition"].at(0)["text"].text() == "Cabinet temperature");
    CHECK(tc["definition"].at(1)["text"].text() == "机柜温度");
    CHECK(tc["symbol"].text() == "Cel");
    const io::json_node* packets = find_by(g, "idShort", "packets");
    REQUIRE(packets != nullptr);
    CHECK((*packets)["embeddedDataSpecifications"].at(0)["dataSpecificationContent"]["dataType"].text() == "INTEGER_COUNT");
}

TEST_CASE("io export: aas environment of a model - one shell per object, instances, no empty lists") {
    const network m = make_network();
    const io::aas_result r = io::aas_environment(m);
    REQUIRE(r.ok());
    const io::json_node& env = r.value;
    CHECK(env["assetAdministrationShells"].size() == 5);
    CHECK(env["submodels"].size() == 2 + 5);
    const auto& shell = env["assetAdministrationShells"].at(0);
    CHECK(shell["modelType"].text() == "AssetAdministrationShell");
    CHECK(shell["idShort"].text() == "GNodeB_gnb_17");
    CHECK(shell["assetInformation"]["assetKind"].text() == "Instance");
    CHECK(shell["assetInformation"]["globalAssetId"].text() == "https://twinspec.example/aas/assets/GNodeB/gnb-17");
    CHECK(shell["submodels"].at(0)["type"].text() == "ModelReference");
    const io::json_node* cell = find_by(env["submodels"], "id", "https://twinspec.example/aas/submodels/Cell/cell-17-1");
    REQUIRE(cell != nullptr);
    CHECK((*cell)["kind"].text() == "Instance");
    CHECK(element(*cell, "rsrp")["modelType"].text() == "Property");
    CHECK(element(*cell, "rsrp")["value"].text() == "-95.5");
    CHECK(element(*cell, "pci")["value"].text() == "17");
    CHECK(element(*cell, "state")["value"].text() == "active");
    CHECK(element(*cell, "servedBy")["second"]["keys"].at(0)["value"].text() ==
          "https://twinspec.example/aas/submodels/GNodeB/gnb-17");
    // an empty list of references: no value member (the specification forbids empty lists)
    CHECK(element(*cell, "neighbours")["modelType"].text() == "SubmodelElementList");
    CHECK_FALSE(element(*cell, "neighbours").contains("value"));
    const auto& beams = element(*cell, "beams")["value"];
    REQUIRE(beams.size() == 2);
    CHECK_FALSE(beams.at(0).contains("idShort"));  // AASd-120: list children have no idShort
    CHECK(beams.at(1)["value"].at(0)["value"].text() == "1200");
    const io::json_node* cell3 = find_by(env["submodels"], "id", "https://twinspec.example/aas/submodels/Cell/cell-17-3");
    REQUIRE(cell3 != nullptr);
    CHECK(element(*cell3, "servedBy").is_null());  // null handle: omitted
    CHECK(element(*cell3, "prbUtilisation").is_null());
    CHECK(element(*cell3, "neighbours")["value"].size() == 2);
    const io::json_node* g = find_by(env["submodels"], "id", "https://twinspec.example/aas/submodels/GNodeB/gnb-17");
    REQUIRE(g != nullptr);
    CHECK(element(*g, "commissioned")["value"].text() == "2025-11-23T00:00:00.123Z");
    CHECK(element(*g, "packets")["value"].text() == "18446744073709551615");
    CHECK(element(*g, "uptime")["value"].text() == "86400000");
    CHECK(r.value.dump().find("[]") == std::string::npos);

    const io::json_node templates = io::aas_template_environment<Inventory>();
    CHECK_FALSE(templates.contains("assetAdministrationShells"));
    CHECK(templates["submodels"].size() == 1);
}

TEST_CASE("io export: aas instance errors name the path and the reason") {
    network m = make_network();
    const auto g = m.find<GNodeB>("gnb-18");
    Cell c = *m.get(m.find<Cell>("cell-17-1")).get();
    c.servedBy = g;
    const auto r1 = m.add(c, "cell-x");
    REQUIRE(m.erase(g));
    io::aas_result r = io::aas_environment(m);
    CHECK_FALSE(r.ok());
    CHECK(r.error_path == "/Cell/cell-x/servedBy");
    CHECK_THAT(r.error, twinspec_test::contains("dangling reference"));
    REQUIRE(m.erase(r1));

    Cell bad = *m.get(m.find<Cell>("cell-17-1")).get();
    bad.rsrpHistory.push_back(std::numeric_limits<double>::quiet_NaN());
    const io::aas_result r2 = io::aas_submodel_instance(bad, "bad", m);
    CHECK_FALSE(r2.ok());
    CHECK(r2.error_path == "/rsrpHistory/3");
    CHECK_THAT(r2.error, twinspec_test::contains("not a finite number"));

    Cell undeclared = bad;
    undeclared.rsrpHistory.clear();
    undeclared.state = static_cast<CellState>(7);
    const io::aas_result r3 = io::aas_submodel_instance(undeclared, "bad", m);
    CHECK(r3.error_path == "/state");
    CHECK_THAT(r3.error, twinspec_test::contains("not a declared value of enum CellState"));
    STATIC_REQUIRE(io::is_aas_id_short("rsrp_"));
    STATIC_REQUIRE(!io::is_aas_id_short("_rsrp"));
}
