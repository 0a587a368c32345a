// JSON instances: `ref<T>` members as external ids, and whole models as one document.
#include <twinspec/io.hpp>

#include <string>
#include <string_view>

#include "io_json_fixture.hpp"
#include "twinspec_catch.hpp"

namespace io = twinspec::io;
using namespace io_json_fixture;
using twinspec_test::contains;

TEST_CASE("io json: ref members are written and read as the targets' ids") {
    radio_model m;
    const auto a = m.add(Site{"a", {}}, "site-a");
    const auto b = m.add(Site{"b", {a}}, "site/b");
    const Radio radio{"r1", b};
    std::string text;
    REQUIRE(io::write_json(radio, text, m).ok());
    CHECK(text == R"({"name":"r1","site":"site/b"})");

    Radio back;
    REQUIRE(io::read_json(text, back, m).ok());
    CHECK(back.site == b);

    const auto missing = io::read_json(R"({"name":"r2","site":"nowhere"})", back, m);
    REQUIRE(missing.errors().size() == 1);
    CHECK(missing.errors()[0].code == io::json_errc::unresolved_ref);
    CHECK(missing.errors()[0].path == "/site");
    CHECK(missing.errors()[0].message == "no Site has the id \"nowhere\"");
    CHECK(back.site == b);  // unchanged

    REQUIRE(io::read_json(R"({"name":"r3","site":null})", back, m).ok());
    CHECK(back.site.is_null());

    // a target without an external id, or gone, cannot be written
    const auto anon = m.add(Site{"anon", {}});
    std::string t2;
    const auto w = io::write_json(Radio{"r", anon}, t2, m);
    REQUIRE_FALSE(w.ok());
    CHECK(w.error->path == "/site");
    CHECK(w.error->reason == "the referenced object has no external id");
    m.erase(a);
    std::string t3;
    const auto w2 = io::write_json(Site{"c", {b, a}}, t3, m);
    REQUIRE_FALSE(w2.ok());
    CHECK(w2.error->path == "/neighbours/1");
    CHECK_THAT(w2.error->reason, contains("dangling reference"));
}

TEST_CASE("io json: a whole model round-trips as one document with forward references") {
    radio_model m;
    const auto a = m.add(Site{"a", {}}, "site-a");
    const auto b = m.add(Site{"b", {a}}, "site-b");
    m.get(a)->neighbours.push_back(b);  // a cycle
    m.add(Radio{"r1", a}, "radio-1");
    m.add(Radio{"r2", {}}, "radio-2");
    std::string doc;
    REQUIRE(io::write_model_json(m, doc).ok());
    CHECK(doc ==
          R"({"Site":[{"$id":"site-a","name":"a","neighbours":["site-b"]},{"$id":"site-b","name":"b","neighbours":["site-a"]}],)"
          R"("Radio":[{"$id":"radio-1","name":"r1","site":"site-a"},{"$id":"radio-2","name":"r2"}]})");

    radio_model back;
    const auto r = io::read_model_json(doc, back);
    INFO(r.to_string());
    REQUIRE(r.ok());
    CHECK(back.size<Site>() == 2);
    CHECK(back.size<Radio>() == 2);
    const auto ba = back.find<Site>("site-a");
    const auto bb = back.find<Site>("site-b");
    REQUIRE(back.get(ba)->neighbours.size() == 1);
    CHECK(back.get(ba)->neighbours[0] == bb);
    CHECK(back.get(back.find<Radio>("radio-1"))->site == ba);
    std::string again;
    REQUIRE(io::write_model_json(back, again, {.indent = 1}).ok());
    radio_model third;
    REQUIRE(io::read_model_json(again, third).ok());
    std::string compact;
    REQUIRE(io::write_model_json(third, compact).ok());
    CHECK(compact == doc);
}

TEST_CASE("io json: bad model documents leave the model unchanged") {
    radio_model m;
    m.add(Site{"kept", {}}, "kept");
    const auto r = io::read_model_json(
        R"({"Site":[{"$id":"s","name":"a","neighbours":["t"]},{"$id":"s","name":"b"},{"$id":5,"name":"c"}],"Radio":[{"name":"r","site":"s","x":1}],"Tower":[]})",
        m);
    INFO(r.to_string());
    CHECK(r.has(io::json_errc::unknown_field, "/Tower"));
    CHECK(r.has(io::json_errc::unknown_field, "/Radio/0/x"));
    CHECK(r.has(io::json_errc::type_mismatch, "/Site/2/$id"));
    CHECK(r.has(io::json_errc::duplicate_key, "/Site/1/$id"));
    CHECK(r.has(io::json_errc::unresolved_ref, "/Site/0/neighbours/0"));
    // the unknown-member messages say what was read: the document's top level, an entity
    const auto message_at = [&r](std::string_view path) {
        for (const auto& e : r.errors())
            if (e.path == path) return e.message;
        return std::string("(no error at ") + std::string(path) + ")";
    };
    CHECK(message_at("/Tower") == "the model has no entity type \"Tower\"");
    CHECK(message_at("/Radio/0/x") == "entity Radio declares no member \"x\"");
    CHECK(m.size<Site>() == 1);
    CHECK(!m.find<Site>("kept").is_null());
}
