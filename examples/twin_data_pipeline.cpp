// examples/twin_data_pipeline.cpp — a day of synthetic cell KPIs and UE measurements, with
// the defects real feeds have (gaps, duplicates, spikes, out-of-range values, NaN, clock
// skew and late arrivals), through a schema-driven pipeline. Prints the data-quality report
// before and after, fuses a Df series, checks a JSON Lines round trip, and plots one raw vs
// cleaned series with gnuplot (SVG) when gnuplot is on PATH.
//
//   twin_data_pipeline [output directory]      (default: the current directory)

// [include]
#include <twinspec/core.hpp>
#include <twinspec/data.hpp>
#include <twinspec/data/jsonl.hpp>  // JSON Lines: link twinspec::json

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <limits>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace ts::units;
using namespace std::chrono_literals;
// [include]

// [schema]
// The data-class schema: every field carries its class; the entity gives the defaults.
TWINSPEC_ENTITY(CellKpi, ts::meta(ts::id("dtmi:example:data:CellKpi;1"), tsd::Dp, tsd::performance, tsd::dynamic_data),
    (double, prbUtil,    ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (double, throughput, ts::telemetry, ts::unit<Mbps>, ts::range(0.0, 10000.0)));

TWINSPEC_ENTITY(UeMeas, ts::meta(ts::id("dtmi:example:data:UeMeas;1"), tsd::Dp, tsd::measurement, tsd::dynamic_data),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double, sinr, ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)));

// A fused (Df) indicator: derived from a cell's load and its UEs' radio quality.
TWINSPEC_ENTITY(CellHealth, ts::meta(ts::id("dtmi:example:data:CellHealth;1"), tsd::Df, tsd::performance),
    (double, score, ts::telemetry, ts::range(0.0, 100.0)));
// [schema]

namespace {

const tsd::timestamp day0 = tsd::timestamp(std::chrono::sys_days(std::chrono::year(2026) / 11 / 22).time_since_epoch());
constexpr double pi = 3.141592653589793;

/// One synthetic feed: a smooth daily curve plus noise, every `step`, with defects.
std::vector<tsd::sample<double>> synthesise(std::mt19937_64& rng, tsd::source_id src, tsd::duration step, double base,
                                            double swing, double noise, double spike, bool skewed_clock) {
    std::normal_distribution<double> jitter(0.0, noise);
    std::uniform_real_distribution<double> u(0.0, 1.0);
    std::vector<tsd::sample<double>> v;
    const auto n = static_cast<std::int64_t>(24h / step);
    for (std::int64_t i = 0; i < n; ++i) {
        const double hour = 24.0 * static_cast<double>(i) / static_cast<double>(n);
        if (hour > 3.0 && hour < 3.5) continue;                     // an outage: a long gap
        if (u(rng) < 0.02) continue;                                 // lost samples: short gaps
        double x = base + swing * std::sin((hour - 8.0) / 24.0 * 2.0 * pi) + jitter(rng);
        const double r = u(rng);
        if (r < 0.004) x = spike;                                    // spikes beyond the range
        else if (r < 0.006) x = std::numeric_limits<double>::quiet_NaN();
        tsd::timestamp t = day0 + i * step;
        if (skewed_clock) t += std::chrono::milliseconds(static_cast<std::int64_t>(u(rng) * 3000.0) - 1500);  // ±1.5 s
        v.push_back(tsd::make_sample(x, t, src));
        if (u(rng) < 0.01) v.push_back(v.back());                    // duplicates
    }
    // late arrivals: a few samples delivered out of order
    for (std::size_t i = 50; i + 3 < v.size(); i += 997) std::swap(v[i], v[i + 3]);
    return v;
}

template <class F>
std::string series_name(std::uint32_t entity) {
    return std::string(ts::entity_name_v<typename F::entity_type>) + "/" + std::to_string(entity) + "/" + std::string(F::name);
}

void write_plot(const std::string& dir, const std::vector<tsd::sample<double>>& raw, const tsd::series<double>& clean) {
    const std::string data = dir + "/twin_data_plot.dat", script = dir + "/twin_data_plot.gp", svg = dir + "/twin_data_plot.svg";
    {
        std::ofstream out(data);
        const auto hours = [](tsd::timestamp t) { return std::chrono::duration<double, std::ratio<3600>>(t - day0).count(); };
        out << "# raw: hours rsrp_dBm (NaN and spikes included)\n";
        for (const auto& s : raw) {
            if (s.value == s.value && s.value > -200.0 && s.value < 0.0) out << hours(s.time) << ' ' << s.value << '\n';
        }
        out << "\n\n# cleaned: hours rsrp_dBm\n";
        for (const auto s : clean) out << hours(s.time) << ' ' << s.value << '\n';
    }
    {
        std::ofstream out(script);
        out << "set terminal svg size 1000,420\nset output '" << svg << "'\n"
            << "set title 'UE 1 RSRP: raw vs cleaned (twinspec data pipeline)'\n"
            << "set xlabel 'hour (UTC)'\nset ylabel 'RSRP [dBm]'\nset key bottom right\n"
            << "plot '" << data << "' index 0 with points pt 7 ps 0.2 lc rgb '#bbbbbb' title 'raw', '" << data
            << "' index 1 with lines lw 1.5 lc rgb '#1f77b4' title 'cleaned (order, dedup, clean, resample 10 s, fill linear <= 60 s)'\n";
    }
    if (std::system("command -v gnuplot > /dev/null 2>&1") != 0) {
        std::cout << "plot: skipped (gnuplot is not on PATH; Debian: apt-get install gnuplot-nox); data and script in "
                  << data << ", " << script << '\n';
        return;
    }
    const int rc = std::system(("gnuplot '" + script + "'").c_str());
    if (rc == 0) std::cout << "plot: wrote " << svg << '\n';
    else std::cout << "plot: skipped (gnuplot failed with status " << rc << ")\n";
}

}  // namespace

int main(int argc, char** argv) {
    const std::string dir = argc > 1 ? argv[1] : ".";
    std::mt19937_64 rng(20261122);

    // Raw feeds: 3 cells (KPIs every minute), 2 UEs (measurements every 10 s; UE 1 has a skewed clock).
    std::vector<std::vector<tsd::sample<double>>> prb, thr, rsrp, sinr;
    for (std::uint32_t c = 1; c <= 3; ++c) {
        prb.push_back(synthesise(rng, {c, 1}, 1min, 55.0, 35.0, 4.0, 180.0, false));
        thr.push_back(synthesise(rng, {c, 1}, 1min, 900.0, 600.0, 50.0, -5.0, false));
    }
    for (std::uint32_t ue = 1; ue <= 2; ++ue) {
        rsrp.push_back(synthesise(rng, {100 + ue, 2}, 10s, -95.0, 8.0, 3.0, 25.0, ue == 1));
        sinr.push_back(synthesise(rng, {100 + ue, 2}, 10s, 12.0, 6.0, 2.0, 99.0, ue == 1));
    }

    // [before]
    const tsd::expectation per_minute{day0, day0 + 24h, 1min};
    const tsd::expectation per_10s{day0, day0 + 24h, 10s};
    tsd::quality_report before;
    for (std::uint32_t c = 0; c != 3; ++c) {
        before.add(tsd::assess<&CellKpi::prbUtil>(prb[c], per_minute, series_name<ts::field_t<CellKpi, "prbUtil">>(c + 1)));
        before.add(tsd::assess<&CellKpi::throughput>(thr[c], per_minute, series_name<ts::field_t<CellKpi, "throughput">>(c + 1)));
    }
    for (std::uint32_t u = 0; u != 2; ++u) {
        before.add(tsd::assess<&UeMeas::rsrp>(rsrp[u], per_10s, series_name<ts::field_t<UeMeas, "rsrp">>(101 + u)));
        before.add(tsd::assess<&UeMeas::sinr>(sinr[u], per_10s, series_name<ts::field_t<UeMeas, "sinr">>(101 + u)));
    }
    std::cout << "== quality before ==\n" << before.to_table();
    // [before]

    // [pipeline]
    // The schema is the cleaning rule: clean<&UeMeas::rsrp> drops what breaks rsrp's range.
    tsd::store<CellKpi, UeMeas> store{tsd::store_options{0, 8640}};
    std::size_t rejected = 0;
    const auto keep = [&](auto&& samples, auto& series) {
        for (const auto s : samples) rejected += series.append(s) == tsd::append_status::out_of_order ? 1U : 0U;
    };
    for (std::uint32_t c = 0; c != 3; ++c) {
        keep(prb[c] | tsd::order | tsd::dedup | tsd::clean<&CellKpi::prbUtil> | tsd::fill(1min, 5min, tsd::fill_method::linear),
             store.series_of<&CellKpi::prbUtil>(c + 1));
        keep(thr[c] | tsd::order | tsd::dedup | tsd::clean<&CellKpi::throughput> | tsd::fill(1min, 5min, tsd::fill_method::linear),
             store.series_of<&CellKpi::throughput>(c + 1));
    }
    for (std::uint32_t u = 0; u != 2; ++u) {
        keep(rsrp[u] | tsd::order | tsd::dedup | tsd::clean<&UeMeas::rsrp> | tsd::resample(10s) |
                 tsd::fill(10s, 60s, tsd::fill_method::linear),
             store.series_of<&UeMeas::rsrp>(101 + u));
        keep(sinr[u] | tsd::order | tsd::dedup | tsd::clean<&UeMeas::sinr> | tsd::resample(10s) |
                 tsd::fill(10s, 60s, tsd::fill_method::linear),
             store.series_of<&UeMeas::sinr>(101 + u));
    }
    // [pipeline]

    // [after]
    tsd::quality_report after;
    store.for_each_series([&](auto field, std::uint32_t entity, const auto& series) {
        using F = decltype(field);
        const bool cell = std::is_same_v<typename F::entity_type, CellKpi>;
        after.add(tsd::assess<F{}>(series, cell ? per_minute : per_10s, series_name<F>(entity)));
    });
    std::cout << "\n== quality after ==\n" << after.to_table();
    std::cout << "rejected out-of-order appends: " << rejected << '\n';
    // [after]

    // Selection by class: every performance series in the store.
    std::size_t kpi_series = 0;
    store.for_each_series_of_class<tsd::performance>([&](auto, std::uint32_t, const auto&) { ++kpi_series; });
    std::cout << "performance series: " << kpi_series << '\n';

    // [window]
    // The busy hour of cell 1: the hour with the highest 95th percentile of PRB utilisation.
    const auto& prb1 = store.series_of<&CellKpi::prbUtil>(1);
    tsd::sample<double> peak{};
    for (const auto s : prb1 | tsd::window(1h, tsd::agg::percentile(95)))
        if (s.value > peak.value) peak = s;
    const auto hh = std::chrono::duration_cast<std::chrono::minutes>(peak.time - day0);
    std::cout << "cell 1 busy hour ends " << hh.count() / 60 << ":" << (hh.count() % 60 < 10 ? "0" : "") << hh.count() % 60
              << " UTC, p95 PRB utilisation " << std::round(peak.value * 10) / 10 << " %\n";
    // [window]

    // [fuse]
    // Df: cell 1 health from its load and UE 1's SINR (per minute), by a declared rule.
    const auto& sinr101 = store.series_of<&UeMeas::sinr>(101);
    auto sinr_per_min = sinr101 | tsd::resample(1min);
    const auto health = tsd::fuse<&CellHealth::score>(
        [](double load, double sinr_db) { return 0.5 * (100.0 - load) + 0.5 * std::clamp((sinr_db + 5.0) * 4.0, 0.0, 100.0); },
        prb1, sinr_per_min);
    std::size_t bad = 0;
    for (const auto s : health) bad += s.quality.is_bad() ? 1U : 0U;
    std::cout << "fused CellHealth/1/score: " << health.size() << " samples, " << bad << " outside 0..100\n";
    // [fuse]

    // [jsonl]
    // Export and import: the JSON Lines round trip reproduces every sample exactly.
    const auto& rsrp101 = store.series_of<&UeMeas::rsrp>(101);
    const std::string jsonl = tsd::to_jsonl(rsrp101);
    const auto back = tsd::from_jsonl<double>(jsonl);
    bool exact = back.ok() && back.samples.size() == rsrp101.size();
    for (std::size_t i = 0; exact && i != back.samples.size(); ++i) exact = back.samples[i] == rsrp101[i];
    std::cout << "jsonl round trip: " << (exact ? "exact" : "DIFFERS") << " (" << back.samples.size() << " samples, "
              << jsonl.size() / 1024 << " KiB)\n";
    const auto csv = tsd::from_csv<double>(tsd::to_csv(rsrp101));
    bool csv_exact = csv.ok() && csv.samples.size() == rsrp101.size();
    for (std::size_t i = 0; csv_exact && i != csv.samples.size(); ++i) csv_exact = csv.samples[i] == rsrp101[i];
    std::cout << "csv round trip: " << (csv_exact ? "exact" : "DIFFERS") << '\n';
    exact = exact && csv_exact;
    // [jsonl]

    std::cout << "\n== quality after (JSON) ==\n" << after.to_json().substr(0, 240) << "...\n";
    write_plot(dir, rsrp[0], rsrp101);
    std::cout << "twin_data_pipeline ok\n";
    return exact ? 0 : 1;
}
