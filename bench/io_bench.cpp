// bench/io_bench.cpp — JSON write and read throughput of a realistic twin document (a few MB:
// cells with nested beams, arrays of doubles, strings, enums, optionals) with twinspec's
// schema-driven writer and reader, against nlohmann::json (hand-written to_json/from_json) and
// Boost.JSON (value_from/value_to with tag_invoke), in one run.
//
// Pairs: BM_json_write/twinspec, BM_json_write/nlohmann, BM_json_write/boostjson, and the same
// for BM_json_read and BM_json_read_sensor (the same shape, values with two decimals);
// bench/run prints twinspec against each baseline. Every benchmark reports
// `bytes_per_second` (the document's size per iteration). twinspec's reader also validates
// every annotation (ranges, lengths) and reports errors with paths; the baselines only convert.
#include <benchmark/benchmark.h>

#if __has_include(<boost/json/basic_parser_impl.hpp>)

#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <boost/json.hpp>

#include <twinspec/core.hpp>
#include <twinspec/core/detail/json_text.hpp>
#include <twinspec/io.hpp>

#if defined(TWINSPEC_BENCH_HAS_NLOHMANN)
#include <nlohmann/json.hpp>
#endif
#if defined(TWINSPEC_BENCH_HAS_SIMDJSON)
#include <simdjson.h>
#endif

namespace ts = twinspec;
using namespace ts::units;

namespace io_bench {

TWINSPEC_ENUM(CellState, std::uint8_t, active, sleeping, barred);

TWINSPEC_ENTITY(Beam, ts::meta(),
    (std::int16_t, azimuth, ts::unit<deci_deg>, ts::range(-1800, 1800)),
    (std::int16_t, tilt, ts::unit<deci_deg>, ts::range(-900, 900)),
    (double, gain, ts::unit<dB>, ts::range(-30.0, 30.0)),
    (std::vector<double>, pattern, ts::unit<dB>));

TWINSPEC_ENTITY(Cell, ts::meta(),
    (std::uint32_t, id),
    (std::string, name, ts::length(1, 64)),
    (CellState, state),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, sinr, ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (float, prb, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (std::vector<Beam>, beams, ts::component),
    (std::vector<double>, history, ts::telemetry),
    (std::optional<std::string>, vendor));

TWINSPEC_ENTITY(Network, ts::meta(),
    (std::string, name),
    (std::vector<Cell>, cells));

/// `cells` cells of random values; with `sensor`, rounded as instruments report them (0.01 dB,
/// 0.1 %), so that their shortest text is short (`-97.25`) instead of 17 digits.
Network make_network(std::size_t cells, bool sensor = false) {
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> rsrp(-140.0, -40.0), sinr(-20.0, 35.0), prb(0.0, 100.0), gain(-20.0, 20.0),
        pat(-40.0, 0.0);
    std::uniform_int_distribution<int> az(-1800, 1800), tilt(-900, 900);
    Network n;
    n.name = "Beijing metro — 北京 RAN cluster 7";
    for (std::size_t i = 0; i != cells; ++i) {
        Cell c;
        c.id = static_cast<std::uint32_t>(i * 7919U);
        c.name = "gNB-" + std::to_string(i / 3) + "/cell-" + std::to_string(i % 3) + " \"sector\"";
        c.state = static_cast<CellState>(i % 3);
        c.rsrp = rsrp(rng);
        c.sinr = sinr(rng);
        c.prb = static_cast<float>(prb(rng));
        for (int b = 0; b != 4; ++b) {
            Beam beam{static_cast<std::int16_t>(az(rng)), static_cast<std::int16_t>(tilt(rng)), gain(rng), {}};
            for (int k = 0; k != 8; ++k) beam.pattern.push_back(pat(rng));
            c.beams.push_back(std::move(beam));
        }
        for (int k = 0; k != 16; ++k) c.history.push_back(rsrp(rng));
        if (i % 2 == 0) c.vendor = "vendor-" + std::to_string(i % 5);
        if (sensor) {
            const auto r2 = [](double x) { return std::round(x * 100.0) / 100.0; };
            c.rsrp = r2(c.rsrp);
            c.sinr = r2(c.sinr);
            c.prb = static_cast<float>(std::round(c.prb * 10.0f) / 10.0f);
            for (auto& beam : c.beams) {
                beam.gain = r2(beam.gain);
                for (double& x : beam.pattern) x = r2(x);
            }
            for (double& x : c.history) x = r2(x);
        }
        n.cells.push_back(std::move(c));
    }
    return n;
}

const Network& network() {
    static const Network n = make_network(2000);
    return n;
}
const std::string& document() {
    static const std::string d = [] {
        auto j = ts::io::to_json(network());
        if (!j.ok()) std::abort();
        return j.text;
    }();
    return d;
}
/// The same shape with sensor-like values (two decimals): the reader's exact fast path for
/// short numbers (`core/detail/json_text.hpp`) applies to every double.
const std::string& sensor_document() {
    static const std::string d = [] {
        auto j = ts::io::to_json(make_network(2000, true));
        if (!j.ok()) std::abort();
        return j.text;
    }();
    return d;
}

// --- Boost.JSON: value_from / value_to with tag_invoke ----------------------------------------
namespace bj = boost::json;
void tag_invoke(bj::value_from_tag, bj::value& v, const Beam& b) {
    bj::array pattern(b.pattern.begin(), b.pattern.end());
    v = {{"azimuth", b.azimuth}, {"tilt", b.tilt}, {"gain", b.gain}, {"pattern", std::move(pattern)}};
}
void tag_invoke(bj::value_from_tag, bj::value& v, const Cell& c) {
    bj::object o;
    o["id"] = c.id;
    o["name"] = c.name;
    o["state"] = ts::enum_to_string(c.state);
    o["rsrp"] = c.rsrp;
    o["sinr"] = c.sinr;
    o["prb"] = c.prb;
    o["beams"] = bj::value_from(c.beams);
    o["history"] = bj::value_from(c.history);
    if (c.vendor) o["vendor"] = *c.vendor;
    v = std::move(o);
}
void tag_invoke(bj::value_from_tag, bj::value& v, const Network& n) {
    v = {{"name", n.name}, {"cells", bj::value_from(n.cells)}};
}
Beam tag_invoke(bj::value_to_tag<Beam>, const bj::value& v) {
    const auto& o = v.as_object();
    return Beam{bj::value_to<std::int16_t>(o.at("azimuth")), bj::value_to<std::int16_t>(o.at("tilt")),
                bj::value_to<double>(o.at("gain")), bj::value_to<std::vector<double>>(o.at("pattern"))};
}
Cell tag_invoke(bj::value_to_tag<Cell>, const bj::value& v) {
    const auto& o = v.as_object();
    Cell c;
    c.id = bj::value_to<std::uint32_t>(o.at("id"));
    c.name = bj::value_to<std::string>(o.at("name"));
    c.state = ts::enum_from_string<CellState>(std::string_view(o.at("state").as_string())).value();
    c.rsrp = bj::value_to<double>(o.at("rsrp"));
    c.sinr = bj::value_to<double>(o.at("sinr"));
    c.prb = bj::value_to<float>(o.at("prb"));
    c.beams = bj::value_to<std::vector<Beam>>(o.at("beams"));
    c.history = bj::value_to<std::vector<double>>(o.at("history"));
    if (const auto* vendor = o.if_contains("vendor")) c.vendor = bj::value_to<std::string>(*vendor);
    return c;
}
Network tag_invoke(bj::value_to_tag<Network>, const bj::value& v) {
    const auto& o = v.as_object();
    return Network{bj::value_to<std::string>(o.at("name")), bj::value_to<std::vector<Cell>>(o.at("cells"))};
}

#if defined(TWINSPEC_BENCH_HAS_NLOHMANN)
// --- nlohmann::json: hand-written to_json / from_json ------------------------------------------
void to_json(nlohmann::json& j, const Beam& b) {
    j = nlohmann::json{{"azimuth", b.azimuth}, {"tilt", b.tilt}, {"gain", b.gain}, {"pattern", b.pattern}};
}
void to_json(nlohmann::json& j, const Cell& c) {
    j = nlohmann::json{{"id", c.id},     {"name", c.name}, {"state", ts::enum_to_string(c.state)},
                       {"rsrp", c.rsrp}, {"sinr", c.sinr}, {"prb", c.prb},
                       {"beams", c.beams}, {"history", c.history}};
    if (c.vendor) j["vendor"] = *c.vendor;
}
void to_json(nlohmann::json& j, const Network& n) { j = nlohmann::json{{"name", n.name}, {"cells", n.cells}}; }
void from_json(const nlohmann::json& j, Beam& b) {
    j.at("azimuth").get_to(b.azimuth);
    j.at("tilt").get_to(b.tilt);
    j.at("gain").get_to(b.gain);
    j.at("pattern").get_to(b.pattern);
}
void from_json(const nlohmann::json& j, Cell& c) {
    j.at("id").get_to(c.id);
    j.at("name").get_to(c.name);
    c.state = ts::enum_from_string<CellState>(j.at("state").get<std::string>()).value();
    j.at("rsrp").get_to(c.rsrp);
    j.at("sinr").get_to(c.sinr);
    j.at("prb").get_to(c.prb);
    j.at("beams").get_to(c.beams);
    j.at("history").get_to(c.history);
    if (auto it = j.find("vendor"); it != j.end()) c.vendor = it->get<std::string>();
}
void from_json(const nlohmann::json& j, Network& n) {
    j.at("name").get_to(n.name);
    j.at("cells").get_to(n.cells);
}
#endif

void bytes(benchmark::State& state, std::size_t n) {
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(n));
    state.counters["doc_bytes"] = static_cast<double>(n);
}

// --- write ---------------------------------------------------------------------------------------
void BM_json_write_twinspec(benchmark::State& state) {
    const Network& n = network();
    std::string out;
    for (auto _ : state) {
        out.clear();
        if (!ts::io::write_json(n, out).ok()) state.SkipWithError("write failed");
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    bytes(state, out.size());
}
void BM_json_write_boostjson(benchmark::State& state) {
    const Network& n = network();
    std::string out;
    for (auto _ : state) {
        out = bj::serialize(bj::value_from(n));
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    bytes(state, out.size());
}
#if defined(TWINSPEC_BENCH_HAS_NLOHMANN)
void BM_json_write_nlohmann(benchmark::State& state) {
    const Network& n = network();
    std::string out;
    for (auto _ : state) {
        out = nlohmann::json(n).dump();
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    bytes(state, out.size());
}
#endif

// --- read ----------------------------------------------------------------------------------------
template <const std::string& (*Doc)()>
void BM_json_read_twinspec(benchmark::State& state) {
    const std::string& doc = Doc();
    for (auto _ : state) {
        Network n;
        const auto r = ts::io::read_json(doc, n);
        if (!r.ok()) state.SkipWithError(r.to_string().c_str());
        benchmark::DoNotOptimize(n.cells.data());
    }
    bytes(state, doc.size());
}
template <const std::string& (*Doc)()>
void BM_json_read_boostjson(benchmark::State& state) {
    const std::string& doc = Doc();
    for (auto _ : state) {
        Network n = bj::value_to<Network>(bj::parse(doc));
        benchmark::DoNotOptimize(n.cells.data());
    }
    bytes(state, doc.size());
}
#if defined(TWINSPEC_BENCH_HAS_NLOHMANN)
template <const std::string& (*Doc)()>
void BM_json_read_nlohmann(benchmark::State& state) {
    const std::string& doc = Doc();
    for (auto _ : state) {
        Network n = nlohmann::json::parse(doc).get<Network>();
        benchmark::DoNotOptimize(n.cells.data());
    }
    bytes(state, doc.size());
}
#endif
/// The parser alone (Boost.JSON's SAX parser with a handler that does nothing): the floor
/// under twinspec's reader, and the figure the parser choice rests on.
struct null_handler {
    static constexpr std::size_t max_array_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_object_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_string_size = static_cast<std::size_t>(-1);
    static constexpr std::size_t max_key_size = static_cast<std::size_t>(-1);
    bool on_document_begin(bj::error_code&) { return true; }
    bool on_document_end(bj::error_code&) { return true; }
    bool on_object_begin(bj::error_code&) { return true; }
    bool on_object_end(std::size_t, bj::error_code&) { return true; }
    bool on_array_begin(bj::error_code&) { return true; }
    bool on_array_end(std::size_t, bj::error_code&) { return true; }
    bool on_key_part(bj::string_view, std::size_t, bj::error_code&) { return true; }
    bool on_key(bj::string_view, std::size_t, bj::error_code&) { return true; }
    bool on_string_part(bj::string_view, std::size_t, bj::error_code&) { return true; }
    bool on_string(bj::string_view, std::size_t, bj::error_code&) { return true; }
    bool on_number_part(bj::string_view, bj::error_code&) { return true; }
    bool on_int64(std::int64_t, bj::string_view, bj::error_code&) { return true; }
    bool on_uint64(std::uint64_t, bj::string_view, bj::error_code&) { return true; }
    bool on_double(double, bj::string_view, bj::error_code&) { return true; }
    bool on_bool(bool, bj::error_code&) { return true; }
    bool on_null(bj::error_code&) { return true; }
    bool on_comment_part(bj::string_view, bj::error_code&) { return true; }
    bool on_comment(bj::string_view, bj::error_code&) { return true; }
};
void BM_json_parse_only_boostjson_sax(benchmark::State& state) {
    const std::string& doc = document();
    for (auto _ : state) {
        bj::basic_parser<null_handler> p(bj::parse_options{});
        bj::error_code ec;
        benchmark::DoNotOptimize(p.write_some(false, doc.data(), doc.size(), ec));
        if (ec) state.SkipWithError("parse failed");
    }
    bytes(state, doc.size());
}
#if defined(TWINSPEC_BENCH_HAS_SIMDJSON)
/// simdjson's DOM parse alone (grammar, UTF-8, every number converted exactly, the tape
/// built): the other parser from Debian, for the same floor.
void BM_json_parse_only_simdjson_dom(benchmark::State& state) {
    const std::string& doc = document();
    const simdjson::padded_string padded(doc);
    simdjson::dom::parser parser;
    for (auto _ : state) {
        simdjson::dom::element root;
        if (parser.parse(padded).get(root) != simdjson::SUCCESS) state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(root);
    }
    bytes(state, doc.size());
}
#endif

/// Number texts for the number-parse pairs: a random double's shortest form (16–17 digits) or
/// the same rounded to two decimals (`-97.25`).
const std::vector<std::string>& number_texts(bool sensor) {
    static const auto make = [](bool short_form) {
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> u(-140.0, -40.0);
        std::vector<std::string> v;
        char buf[64];
        for (int i = 0; i != 100000; ++i) {
            double d = u(rng);
            if (short_form) d = std::round(d * 100.0) / 100.0;
            v.emplace_back(buf, std::to_chars(buf, buf + sizeof buf, d).ptr);
        }
        return v;
    };
    static const std::vector<std::string> full = make(false), sensor_texts = make(true);
    return sensor ? sensor_texts : full;
}
/// The reader's number parse (`parse_json_number`: exact fast path, then `std::from_chars`)
/// against `std::from_chars` alone (the `/baseline`), per text.
template <bool Sensor, bool Twinspec>
void BM_json_number(benchmark::State& state) {
    const auto& texts = number_texts(Sensor);
    for (auto _ : state) {
        double sum = 0;
        for (const std::string& t : texts) {
            double x = 0;
            if constexpr (Twinspec) (void)ts::detail::parse_json_number(std::string_view(t), x);
            else (void)std::from_chars(t.data(), t.data() + t.size(), x);
            sum += x;
        }
        benchmark::DoNotOptimize(sum);
    }
    state.counters["texts"] = static_cast<double>(texts.size());  // time / 100,000 = per text
}

}  // namespace io_bench

BENCHMARK(io_bench::BM_json_write_twinspec)->Name("BM_json_write/twinspec")->Unit(benchmark::kMillisecond);
#if defined(TWINSPEC_BENCH_HAS_NLOHMANN)
BENCHMARK(io_bench::BM_json_write_nlohmann)->Name("BM_json_write/nlohmann")->Unit(benchmark::kMillisecond);
#endif
BENCHMARK(io_bench::BM_json_write_boostjson)->Name("BM_json_write/boostjson")->Unit(benchmark::kMillisecond);
BENCHMARK(io_bench::BM_json_read_twinspec<io_bench::document>)->Name("BM_json_read/twinspec")->Unit(benchmark::kMillisecond);
#if defined(TWINSPEC_BENCH_HAS_NLOHMANN)
BENCHMARK(io_bench::BM_json_read_nlohmann<io_bench::document>)->Name("BM_json_read/nlohmann")->Unit(benchmark::kMillisecond);
#endif
BENCHMARK(io_bench::BM_json_read_boostjson<io_bench::document>)->Name("BM_json_read/boostjson")->Unit(benchmark::kMillisecond);
BENCHMARK(io_bench::BM_json_read_twinspec<io_bench::sensor_document>)->Name("BM_json_read_sensor/twinspec")->Unit(benchmark::kMillisecond);
#if defined(TWINSPEC_BENCH_HAS_NLOHMANN)
BENCHMARK(io_bench::BM_json_read_nlohmann<io_bench::sensor_document>)->Name("BM_json_read_sensor/nlohmann")->Unit(benchmark::kMillisecond);
#endif
BENCHMARK(io_bench::BM_json_read_boostjson<io_bench::sensor_document>)->Name("BM_json_read_sensor/boostjson")->Unit(benchmark::kMillisecond);
BENCHMARK(io_bench::BM_json_number<true, true>)->Name("BM_json_number_sensor/twinspec")->Unit(benchmark::kMicrosecond);
BENCHMARK(io_bench::BM_json_number<true, false>)->Name("BM_json_number_sensor/baseline")->Unit(benchmark::kMicrosecond);
BENCHMARK(io_bench::BM_json_number<false, true>)->Name("BM_json_number_full/twinspec")->Unit(benchmark::kMicrosecond);
BENCHMARK(io_bench::BM_json_number<false, false>)->Name("BM_json_number_full/baseline")->Unit(benchmark::kMicrosecond);
BENCHMARK(io_bench::BM_json_parse_only_boostjson_sax)->Name("BM_json_parse_only/boostjson_sax")->Unit(benchmark::kMillisecond);
#if defined(TWINSPEC_BENCH_HAS_SIMDJSON)
BENCHMARK(io_bench::BM_json_parse_only_simdjson_dom)->Name("BM_json_parse_only/simdjson_dom")->Unit(benchmark::kMillisecond);
#endif

#endif  // Boost.JSON
