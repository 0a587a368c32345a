// mobile_network_twin.cpp — the flagship example: a digital twin of a mobile network after the
// mobile network twin specification (移动网络数字孪生系统技术规范).
//
//   mobile_network_twin [--gnbs N] [--ues N] [--measurements N] [--seed S] [--out DIR] [--top N] [--export DIR]
//
// Builds a synthetic network (N gNB-DU functions, 3 NR cells each, sector carriers, beams, UEs,
// transport links, edge nodes), ingests a stream of UE measurements — some deliberately bad:
// out of range, NaN, unknown cell, stale UE handle — rejecting each bad one with a reason from
// core `validate` or the model, updates the virtual cells, runs the behaviour model (coverage
// per beam), the rule model (PCI collision and confusion), the KPI service and verification
// (virtual state against the cells' own counters), checks the whole model, and writes the type
// graph (model.dot) and a capped instance graph (instances.dot).
#include "mobile_network_twin/scenario.hpp"
#include "mobile_network_twin/schema.hpp"

#include <twinspec/io/export.hpp>
#include <twinspec/standards.hpp>
#include <twinspec/twin.hpp>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <range/v3/algorithm/count_if.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>
#include <range/v3/view/transform.hpp>

namespace ts = twinspec;
using namespace ts::units;
using namespace mnt;

// The model claims the twin specification; the compiler checks that every requirement the
// catalogue records for it is provided by one of these entities.
static_assert(ts::standards::conformance_check<NRCellDU, Beam, CellTwin, UeMeasurement>);

namespace mnt {

// ---------------------------------------------------------------------------------------
// Behaviour model (Bv): coverage radius of a beam, 3GPP TR 38.901 UMa NLOS path loss
// ---------------------------------------------------------------------------------------
TWINSPEC_ENTITY(CoverageInput, ts::meta(ts::doc("What the coverage model reads from the virtual cell")),
    (double, configuredMaxTxPower, ts::property, ts::unit<mW>),
    (double, bSChannelBwDL,  ts::property, ts::unit<MHz>),
    (double, arfcnDL,        ts::property),
    (double, beamHorizWidth, ts::property, ts::unit<deci_deg>),
    (double, beamVertWidth,  ts::property, ts::unit<deci_deg>));
TWINSPEC_ENTITY(CoverageOutput, ts::meta(ts::doc("The coverage estimate, written back into the virtual cell")),
    (double, coverageRadius, ts::property, ts::unit<m>));

struct coverage_model {
    static constexpr double edge_rsrp_dBm = -110.0;  ///< the cell edge: SS-RSRP below this is "not covered"

    /// The distance at which the beam's SS-RSRP falls to `edge_rsrp_dBm`, in m.
    CoverageOutput operator()(const CoverageInput& in) const {
        const double tx_dBm = ts::units::convert<mW, dBm>(in.configuredMaxTxPower);
        const double rbs = in.bSChannelBwDL * 2.73;  // 30 kHz SCS: 273 RBs in 100 MHz
        const double per_re_dBm = tx_dBm - 10.0 * std::log10(12.0 * rbs);
        const double gain_dBi = 10.0 * std::log10(41253.0 / (in.beamHorizWidth / 10.0 * in.beamVertWidth / 10.0));
        const double f_GHz = in.arfcnDL < 600000.0 ? in.arfcnDL * 0.005 / 1000.0 : (3000.0 + 0.015 * (in.arfcnDL - 600000.0)) / 1000.0;
        const double max_pl = per_re_dBm + gain_dBi - edge_rsrp_dBm;
        return {std::pow(10.0, (max_pl - 13.54 - 20.0 * std::log10(f_GHz)) / 39.08)};
    }
};

/// Rule model (Rv) of one virtual cell: a cell whose UEs see a mean SS-RSRP below the cell
/// edge is a coverage hole.
struct coverage_rule {
    bool operator()(const CellTwin& t) const { return !t.meanSsRsrp || *t.meanSsRsrp >= coverage_model::edge_rsrp_dBm; }
};

// ---------------------------------------------------------------------------------------
// Roles: the cell as physical entity, the virtual cell, the connection between them, the KPI
// service (include/twinspec/twin/roles.hpp)
// ---------------------------------------------------------------------------------------
using CellPE = ts::physical_entity<NRCellDU,
    ts::sensing<"prbUtilisationDl", ts::every<15, minute>>,         // the PM counter, every 15 min
    ts::decision<"setTilt", TiltRequest, TiltResponse>,             // remote electrical tilt
    ts::edge<EdgeNode>>;                                             // edge collaboration
using CellVE = ts::virtual_spec<NRCellDU, CellTwin,
    ts::geometry_model<"beamHorizWidth", "beamVertWidth">,
    ts::physics_model<"configuredMaxTxPower", "bSChannelBwDL", "arfcnDL">,
    ts::behaviour_model<coverage_model>, ts::rule_model<coverage_rule>,
    ts::describe<"virtual NR cell: KPIs from UE measurements, coverage estimate">>;
using CellPV = ts::connection<ts::cn_pv, CellPE, CellVE, ts::map<"prbUtilisationDl", "counterPrbUtilisation">,
                              ts::every<15, minute>>;
static_assert(ts::complete<CellPE, CellPV>);  // every sensed quantity reaches the virtual cell
static_assert(ts::assembly_ok<CellVE>);       // every sub-model gets its inputs from the state

TWINSPEC_ENTITY(CellKpi, ts::meta(ts::doc("Cell KPIs from the ingested UE measurements")),
    (std::optional<double>, meanSsRsrp,     ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (std::optional<double>, meanSsSinr,     ts::telemetry, ts::unit<dB>, ts::range(-23.0, 40.0)),
    (std::optional<double>, prbUtilisation, ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)));

/// Means from the running sums (SS-RSRP averaged in mW, reported in dBm).
struct compute_kpi {
    CellKpi operator()(const CellTwin& t) const {
        if (t.samples == 0) return {};
        const double n = static_cast<double>(t.samples);
        return {ts::units::convert<mW, dBm>(t.sumSsRsrpMw / n), t.sumSsSinr / n, t.sumPrb / n};
    }
};
using CellKpiService = ts::service<"cellKpi", compute_kpi, ts::inputs<CellTwin>, ts::output<CellKpi>,
                                   ts::quality<ts::latency_budget<50, ms>, ts::availability<9999, 10000>>>;

}  // namespace mnt

namespace {

// ---------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------
std::string thousands(std::size_t n) {
    const std::string digits = std::to_string(n);
    std::string s;
    for (std::size_t i = 0; i != digits.size(); ++i) {
        if (i != 0 && (digits.size() - i) % 3 == 0) s += ',';
        s += digits[i];
    }
    return s;
}
std::string fixed(double v, int decimals = 1) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}
using clock_type = std::chrono::steady_clock;
double seconds_since(clock_type::time_point t0) {
    return std::chrono::duration<double>(clock_type::now() - t0).count();
}
/// Processor time of the phases (the machine may be shared: wall time says little).
struct cpu_timer {
    std::clock_t start = std::clock();
    [[nodiscard]] double seconds() const { return static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC; }
};

// ---------------------------------------------------------------------------------------
// Ingest: validate, resolve, update the virtual cells
// ---------------------------------------------------------------------------------------
struct ingest_stats {
    std::size_t accepted = 0;
    std::size_t rejected = 0;
    std::map<std::string, std::pair<std::size_t, std::string>> by_reason;  // reason → (count, first example)

    void reject(std::string reason, std::string example) {
        ++rejected;
        auto [it, fresh] = by_reason.try_emplace(std::move(reason), 0, std::move(example));
        ++it->second.first;
    }
};

/// One measurement: core `validate` first (ranges, NaN, text length — every violation has a
/// path and a reason), then the model (the cell id must name a cell, the UE handle a live
/// UE), then the virtual cell and the UE take the values. Nothing is clamped, nothing bad
/// reaches the twin.
void ingest(network& m, const UeMeasurement& x, ingest_stats& stats) {
    if (!ts::is_valid(x)) {  // the fast path for valid input; the report only for bad input
        const auto result = ts::validate(x);
        const auto& v = result[0];
        stats.reject(v.path + ": " + std::string(ts::to_string(v.rule)), v.to_string());
        return;
    }
    const ts::ref<NRCellDU> cell = m.find<NRCellDU>(x.cell);
    if (cell.is_null()) {
        stats.reject("/cell: unknown cell id", "/cell: no NRCellDU has the id \"" + x.cell + '"');
        return;
    }
    const auto ue = m.get(x.ue);
    if (!ue) {
        stats.reject("/ue: " + std::string(ts::to_string(ue.error())),
                     "/ue: UE slot " + std::to_string(x.ue.index()) + " generation " +
                         std::to_string(x.ue.generation()) + ": " + std::string(ts::to_string(ue.error())));
        return;
    }
    // the cell's virtual entity: CellTwin::cell is unique, so its inverse is one handle per cell
    CellTwin* t = m.referrer_object<CellTwin, "cell">(cell);
    if (t == nullptr) {
        stats.reject("/cell: cell has no virtual entity", x.cell);
        return;
    }
    ue->lastSsRsrp = x.ssRsrp;
    ++t->samples;
    t->sumSsRsrpMw += ts::units::convert<dBm, mW>(x.ssRsrp);  // means of power are taken in mW
    t->sumSsSinr += x.ssSinr;
    t->sumPrb += x.prbUtilisation;
    ++stats.accepted;
}

// ---------------------------------------------------------------------------------------
// Rule model: PCI collision (two neighbour cells share a PCI) and confusion (a cell has two
// neighbours sharing a PCI)
// ---------------------------------------------------------------------------------------
struct pci_conflict {
    enum kind_t { collision, confusion } kind;
    ts::ref<NRCellDU> at, a, b;  ///< collision: at == a, b its neighbour; confusion: a, b neighbours of at
    std::uint16_t pci;
};

struct pci_rule {
    template <class M>
    [[nodiscard]] std::vector<pci_conflict> operator()(const M& m) const {
        std::vector<pci_conflict> out;
        std::vector<std::pair<std::uint16_t, ts::ref<NRCellDU>>> seen;
        m.template for_each<NRCellDU>([&](ts::ref<NRCellDU> c, const NRCellDU& cell) {
            seen.clear();
            for (const auto n : m.template related<"neighbours">(c)) {
                const std::uint16_t pci = m.get(n)->nRPCI;
                if (pci == cell.nRPCI && c < n) out.push_back({pci_conflict::collision, c, c, n, pci});
                seen.emplace_back(pci, n);
            }
            std::sort(seen.begin(), seen.end());
            for (std::size_t i = 1; i < seen.size(); ++i)
                if (seen[i].first == seen[i - 1].first && (i < 2 || seen[i - 2].first != seen[i].first))
                    out.push_back({pci_conflict::confusion, c, seen[i - 1].second, seen[i].second, seen[i].first});
        });
        return out;
    }
};

// ---------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------
struct options {
    scenario_options scenario;
    std::string out = ".";
    std::string export_dir;  // --export DIR: JSON Schema, DTDL, AAS and JSON instances
    std::size_t top = 10;
};

bool parse_number(std::string_view text, std::uint64_t& value) {
    const auto r = std::from_chars(text.data(), text.data() + text.size(), value);
    return r.ec == std::errc{} && r.ptr == text.data() + text.size();
}

int usage(const char* why) {
    std::cerr << "mobile_network_twin: " << why
              << "\nusage: mobile_network_twin [--gnbs N] [--ues N] [--measurements N] [--seed S] [--out DIR] [--top N] [--export DIR]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "-h" || a == "--help") {
            std::cout << "usage: mobile_network_twin [--gnbs N] [--ues N] [--measurements N] [--seed S] [--out DIR] [--top N] [--export DIR]\n"
                         "  defaults: 300 gNBs, 10 UEs per cell, 100 measurements per gNB, seed 1, out '.', top 10\n";
            return 0;
        }
        if (i + 1 >= argc) return usage("missing value");
        const std::string_view v = argv[++i];
        std::uint64_t n = 0;
        if (a == "--out") opt.out = std::string(v);
        else if (a == "--export") {
            opt.export_dir = std::string(v);
            opt.scenario.ids = true;
        }
        else if (!parse_number(v, n)) return usage("not a number");
        else if (a == "--gnbs" && n >= 1 && n <= 1'000'000) opt.scenario.gnbs = n;
        else if (a == "--ues") opt.scenario.ues = n;
        else if (a == "--measurements") opt.scenario.measurements = n;
        else if (a == "--seed") opt.scenario.seed = n;
        else if (a == "--top") opt.top = n;
        else return usage("unknown option or value out of range");
    }

    std::cout << "mobile network twin — seed " << opt.scenario.seed << "\n\n";
    const std::clock_t cpu0 = std::clock();
    const auto wall0 = clock_type::now();

    // 1. The network (physical entities) and its virtual cells -------------------------------
    auto t0 = cpu_timer{};
    scenario sc(opt.scenario);
    network& m = sc.m;
    const double t_build = t0.seconds();

    // Two cells are decommissioned: their UEs hand over to a neighbour and the neighbours drop
    // the relation (both found through the inverse index), but the gNB's cell list is not
    // updated — the model check below finds the dangling entries.
    std::vector<std::string> decommissioned;
    for (std::size_t i = 0; i != 2 && sc.cells.size() > 3; ++i) {
        const auto c = sc.cells[(i * 7919 + 11) % sc.cells.size()];
        if (!m.contains(c)) continue;
        decommissioned.emplace_back(m.id_of(c));
        const auto neighbours = m.related<"neighbours">(c) | ranges::to<std::vector>();
        const auto target = neighbours.empty() ? ts::ref<NRCellDU>{} : neighbours.front();
        for (const auto u : m.referrers<UE, "servingCell">(c) | ranges::to<std::vector>()) m.relink<"servingCell">(u, target);
        for (const auto n : m.referrers<NRCellDU, "neighbours">(c) | ranges::to<std::vector>()) m.unlink<"neighbours">(n, c);
        for (const auto t : m.referrers<CellTwin, "cell">(c) | ranges::to<std::vector>()) m.erase(t);
        m.erase(c);
    }

    std::cout << "entities: " << thousands(m.size<GNBDUFunction>()) << " GNBDUFunction, " << thousands(m.size<NRCellDU>())
              << " NRCellDU, " << thousands(m.size<NRSectorCarrier>()) << " NRSectorCarrier, " << thousands(m.size<Beam>())
              << " Beam, " << thousands(m.size<UE>()) << " UE, " << thousands(m.size<TransportLink>()) << " TransportLink, "
              << thousands(m.size<EdgeNode>()) << " EdgeNode, " << thousands(m.size<CellTwin>()) << " CellTwin ("
              << thousands(m.total_size()) << " objects)\n";
    std::cout << "events: " << thousands(sc.detached.size()) << " UEs detached; cells decommissioned:";
    for (const auto& d : decommissioned) std::cout << ' ' << d;
    std::cout << "\n\n";

    // 2. Ingest ------------------------------------------------------------------------------
    const std::size_t total = opt.scenario.measurements != 0 ? opt.scenario.measurements : 100 * m.size<GNBDUFunction>();
    ingest_stats stats;
    std::vector<UeMeasurement> batch;
    double t_generate = 0, t_ingest = 0;
    for (std::size_t done = 0; done < total;) {
        const std::size_t n = std::min<std::size_t>(65536, total - done);
        t0 = cpu_timer{};
        sc.measurements(batch, n, opt.scenario.bad_measurement_share);
        t_generate += t0.seconds();
        t0 = cpu_timer{};
        for (const auto& x : batch) ingest(m, x, stats);
        t_ingest += t0.seconds();
        done += n;
    }
    std::cout << "ingested " << thousands(stats.accepted) << " of " << thousands(total) << " UE measurements; rejected "
              << thousands(stats.rejected) << " (" << fixed(total ? 100.0 * static_cast<double>(stats.rejected) / static_cast<double>(total) : 0.0, 2)
              << " %), by reason:\n";
    for (const auto& [reason, entry] : stats.by_reason)
        std::cout << "  " << std::string(8 - std::min<std::size_t>(8, thousands(entry.first).size()), ' ') << thousands(entry.first)
                  << "  " << reason << "    e.g. " << entry.second << '\n';

    // 3. Behaviour model, KPI service, rule model, verification --------------------------------
    t0 = cpu_timer{};
    const coverage_model coverage;
    const auto pe = CellPE::sensing_table[0];
    std::size_t transfer_errors = 0, holes = 0;
    ts::verification_report deviations;
    std::vector<ts::lifecycle> stages(m.size<CellTwin>() + 64);  // by CellTwin slot (1 byte each)
    m.for_each<CellTwin>([&](ts::ref<CellTwin> r, CellTwin& t) {
        const auto cell = m.get(t.cell);
        if (!cell) return;
        auto& stage = stages.size() > r.index() ? stages[r.index()] : stages.back();
        // Pv, Gv: mirror the carrier and its narrowest beam into the virtual cell (assembly)
        if (const auto carrier = m.get(cell->sectorCarrier)) {
            t.configuredMaxTxPower = static_cast<double>(carrier->configuredMaxTxPower);
            t.bSChannelBwDL = static_cast<double>(carrier->bSChannelBwDL);
            t.arfcnDL = static_cast<double>(carrier->arfcnDL);
            double best = 0;
            for (const Beam& b : m.related_objects<"beams">(cell->sectorCarrier)) {  // per beam: keep the widest reach
                const CoverageInput in{t.configuredMaxTxPower, t.bSChannelBwDL, t.arfcnDL, static_cast<double>(b.beamHorizWidth),
                                       static_cast<double>(b.beamVertWidth)};
                if (coverage(in).coverageRadius > best) {
                    best = coverage(in).coverageRadius;
                    t.beamHorizWidth = in.beamHorizWidth;
                    t.beamVertWidth = in.beamVertWidth;
                }
            }
        }
        stage.advance(ts::lifecycle_state::assembled);
        // CN_PV: the cell's PRB counter into the virtual cell (unit-checked, never clamped)
        transfer_errors += ts::transfer<CellPV>(*cell, t).size();
        // the KPI service, then the behaviour and rule models of the virtual entity
        const CellKpi kpi = CellKpiService{}(t);
        t.meanSsRsrp = kpi.meanSsRsrp;
        t.meanSsSinr = kpi.meanSsSinr;
        t.prbUtilisation = kpi.prbUtilisation;
        const auto rules = ts::evaluate<CellVE>(t);
        holes += ts::all_rules_hold(rules) ? 0U : 1U;
        // verification: the virtual PRB utilisation against the physical reading
        if (t.samples >= 20) {
            const std::size_t before = deviations.size();
            const ts::path_segment type{nullptr, "NRCellDU", 0, false};
            const ts::path_segment at{&type, m.id_of(t.cell), 0, false};
            ts::verify(t, *cell, ts::tolerances(ts::within<"prbUtilisation", "prbUtilisationDl">(10.0)), deviations, at);
            t.verified = deviations.size() == before;
            if (t.verified && stage.advance(ts::lifecycle_state::verified)) stage.advance(ts::lifecycle_state::running);
        }
    });
    const auto conflicts = pci_rule{}(m);
    const double t_models = t0.seconds();
    const auto running = static_cast<std::size_t>(std::count_if(stages.begin(), stages.end(), [](const ts::lifecycle& l) {
        return l.state() == ts::lifecycle_state::running;
    }));

    // KPI table: the cells with the weakest mean SS-RSRP
    struct row {
        ts::ref<NRCellDU> cell;
        const CellTwin* twin;
    };
    std::vector<row> rows;
    double sum_rsrp_mw = 0, sum_sinr = 0, sum_prb = 0;
    std::size_t samples = 0;
    m.for_each<CellTwin>([&](ts::ref<CellTwin>, const CellTwin& t) {
        if (!t.meanSsRsrp) return;
        rows.push_back({t.cell, &t});
        sum_rsrp_mw += t.sumSsRsrpMw;
        sum_sinr += t.sumSsSinr;
        sum_prb += t.sumPrb;
        samples += t.samples;
    });
    const std::size_t top = std::min(opt.top, rows.size());
    std::partial_sort(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(top), rows.end(),
                      [](const row& a, const row& b) { return *a.twin->meanSsRsrp < *b.twin->meanSsRsrp; });
    std::cout << "\nKPI — the " << top << " cells with the weakest mean SS-RSRP (of " << thousands(rows.size()) << " cells with samples)\n";
    std::cout << "service " << CellKpiService::name << " (latency budget " << CellKpiService::latency_budget_seconds * 1000.0
              << " ms)\n";
    std::printf("  %-16s %4s %8s %14s %13s %8s %11s\n", "cell", "PCI", "samples", "SS-RSRP [dBm]", "SS-SINR [dB]", "PRB [%]",
                "coverage [m]");
    for (std::size_t i = 0; i != top; ++i) {
        const auto& r = rows[i];
        const auto cell = m.get(r.cell);
        std::printf("  %-16s %4u %8u %14.1f %13.1f %8.1f %11.0f\n", std::string(m.id_of(r.cell)).c_str(),
                    static_cast<unsigned>(cell->nRPCI), static_cast<unsigned>(r.twin->samples), *r.twin->meanSsRsrp,
                    *r.twin->meanSsSinr, *r.twin->prbUtilisation, r.twin->coverageRadius);
    }
    if (samples != 0)
        std::printf("  %-16s %4s %8s %14.1f %13.1f %8.1f\n", "network", "", thousands(samples).c_str(),
                    ts::units::convert<mW, dBm>(sum_rsrp_mw / static_cast<double>(samples)), sum_sinr / static_cast<double>(samples),
                    sum_prb / static_cast<double>(samples));

    // A query as a pipeline: the cells of a gNB whose mean SS-RSRP is below −110 dBm.
    auto weak_cells_of = [&](ts::ref<GNBDUFunction> g) {
        return m.referrers<NRCellDU, "du">(g) | ranges::views::filter([&](ts::ref<NRCellDU> c) {
                   const CellTwin* t = m.referrer_object<CellTwin, "cell">(c);
                   return t != nullptr && t->meanSsRsrp && *t->meanSsRsrp < -110.0;
               });
    };
    std::size_t weak_sites = 0, weak_cells = 0;
    ts::ref<GNBDUFunction> example_site;
    for (const auto g : m.refs<GNBDUFunction>()) {
        const auto n = static_cast<std::size_t>(ranges::count_if(weak_cells_of(g), [](auto) { return true; }));
        if (n == 0) continue;
        ++weak_sites;
        weak_cells += n;
        if (example_site.is_null()) example_site = g;
    }
    std::cout << "query: cells below -110 dBm mean SS-RSRP: " << thousands(weak_cells) << " cells at " << thousands(weak_sites) << " gNBs";
    if (!example_site.is_null()) {
        std::cout << " (e.g. " << m.id_of(example_site) << ":";
        for (const auto c : weak_cells_of(example_site)) std::cout << ' ' << m.id_of(c);
        std::cout << ')';
    }
    std::cout << '\n';

    // PCI conflicts
    const auto collisions = static_cast<std::size_t>(std::count_if(conflicts.begin(), conflicts.end(), [](const pci_conflict& c) { return c.kind == pci_conflict::collision; }));
    std::cout << "\nPCI conflicts: " << thousands(collisions) << " collisions, " << thousands(conflicts.size() - collisions) << " confusions\n";
    std::size_t shown = 0;
    for (const auto& c : conflicts) {
        if (shown++ == 6) break;
        if (c.kind == pci_conflict::collision)
            std::cout << "  collision: " << m.id_of(c.a) << " and its neighbour " << m.id_of(c.b) << " both use PCI " << c.pci << '\n';
        else
            std::cout << "  confusion: " << m.id_of(c.at) << " has neighbours " << m.id_of(c.a) << " and " << m.id_of(c.b)
                      << " with PCI " << c.pci << '\n';
    }
    if (conflicts.size() > 6) std::cout << "  … " << thousands(conflicts.size() - 6) << " more\n";

    // Verification
    std::cout << "\nverification (virtual prbUtilisation vs the cell's " << pe.field << " counter, sampled every "
              << pe.interval_count << ' ' << pe.interval_unit << ", tolerance 10 %): " << thousands(running)
              << " virtual cells verified and running, " << thousands(deviations.size()) << " deviations\n";
    for (std::size_t i = 0; i != std::min<std::size_t>(deviations.size(), 5); ++i) std::cout << "  " << deviations[i].to_string() << '\n';
    if (deviations.size() > 5) std::cout << "  … " << thousands(deviations.size() - 5) << " more\n";
    std::cout << "rule model (coverage): " << thousands(holes) << " cells with mean SS-RSRP below the "
              << fixed(coverage_model::edge_rsrp_dBm, 0) << " dBm cell edge; CN_PV transfers: " << thousands(transfer_errors)
              << " errors\n";

    // 4. The whole model checked -------------------------------------------------------------
    t0 = cpu_timer{};
    const auto result = ts::check(m);
    const double t_check = t0.seconds();
    std::cout << "\nmodel check: " << thousands(result.size()) << " violations\n";
    for (std::size_t i = 0; i != std::min<std::size_t>(result.size(), 8); ++i) std::cout << "  " << result[i].to_string() << '\n';
    if (result.size() > 8) std::cout << "  … " << thousands(result.size() - 8) << " more\n";

    // 5. Conformance --------------------------------------------------------------------------
    const auto report = ts::standards::conformance_report<NRCellDU, Beam, CellTwin, UeMeasurement>();
    for (const auto& claim : report.claims) {
        const auto met = static_cast<std::size_t>(std::count_if(claim.requirements.begin(), claim.requirements.end(), [](const auto& r) { return r.met(); }));
        std::cout << "\nconformance: " << claim.claimed_as << ": " << met << " of " << claim.requirements.size() << " requirements met\n";
    }

    // 6. Pictures -----------------------------------------------------------------------------
    const std::string dir = opt.out.empty() ? std::string(".") : opt.out;
    {
        std::ofstream f(dir + "/model.dot");
        f << ts::type_graph_dot<network, CellPV>("mobile_network_twin");  // with the CN_PV connection
        if (!f) {
            std::cerr << "mobile_network_twin: cannot write " << dir << "/model.dot\n";
            return 1;
        }
    }
    std::cout << "\nmodel.dot written (type graph: dot -Tsvg " << dir << "/model.dot -o model.svg)\n";
    const auto picture = ts::instance_graph_dot(m, {.max_nodes = 500, .name = "mobile_network_twin_instances"});
    {
        std::ofstream f(dir + "/instances.dot");
        f << picture.dot;
        if (!f) {
            std::cerr << "mobile_network_twin: cannot write " << dir << "/instances.dot\n";
            return 1;
        }
    }
    std::cout << "instances.dot written (" << thousands(picture.nodes) << " objects, " << thousands(picture.edges) << " links; "
              << thousands(picture.omitted) << " objects left out)\n";

    // 7. Interchange (--export DIR): the schemas and the instances, each format in its folder --
    if (!opt.export_dir.empty()) {
        // An export describes a consistent model: first repair what the check found — the
        // gNBs' entries for the decommissioned cells — then check again.
        std::size_t repaired = 0;
        for (const auto g : m.refs<GNBDUFunction>() | ranges::to<std::vector>()) {
            std::vector<ts::ref<NRCellDU>> gone;
            for (const auto c : m.get(g)->cells)
                if (!m.contains(c)) gone.push_back(c);
            for (const auto c : gone) repaired += m.unlink<"cells">(g, c);
        }
        if (const auto again = ts::check(m); !again.ok()) {
            std::cerr << "mobile_network_twin: the model is still inconsistent, not exported:\n" << again.to_string();
            return 1;
        }
        std::cout << "\nrepaired " << repaired << " dangling cell entries; model check: 0 violations\n";
        const auto exported = ts::io::export_all<CellPE>(opt.export_dir, "MobileNetworkTwin", m);
        if (!exported.ok()) {
            std::cerr << "mobile_network_twin: export failed: " << exported.error << "\n";
            return 1;
        }
        std::cout << "exported " << exported.files.size() << " files to " << opt.export_dir
                  << " (jsonschema/, dtdl/, aas/, wot/, instances/)\n";
    }

    std::cout << "\nCPU times: build " << fixed(t_build, 3) << " s, generate " << fixed(t_generate, 3) << " s, ingest " << fixed(t_ingest, 3)
              << " s (" << fixed(t_ingest > 0 ? static_cast<double>(total) / t_ingest / 1e6 : 0.0, 2) << " M measurements/s), models "
              << fixed(t_models, 3) << " s, check " << fixed(t_check, 3) << " s; total "
              << fixed(seconds_since(wall0), 2) << " s wall, " << fixed(static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC, 2)
              << " s CPU\n";
    return 0;
}
