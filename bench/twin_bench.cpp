// bench/twin_bench.cpp — the twin model store against the same data in hand-written
// std::vectors with index fields, in one run (pairs BM_twin_<x>/twinspec and /baseline).
//
// Data: the flagship example's synthetic network (examples/mobile_network_twin/scenario.hpp)
// at 10,000 gNBs: 30,000 NR cells with 26 neighbour relations each (up to 8 adjacent sites),
// 30,000 virtual cells, ~297,000 UEs, and 1,000,000 UE measurements (1.2 % bad). The baseline
// holds the same objects in plain structs with `std::uint32_t` indices instead of handles,
// filled from the model (same slot order, same values), and hand-written inverse indices
// (`std::vector<std::vector<std::uint32_t>>`). Built once, on first use.

#include <benchmark/benchmark.h>

#include "../examples/mobile_network_twin/scenario.hpp"

#include <twinspec/twin.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <functional>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace twin_bench {

namespace ts = twinspec;
using namespace mnt;

// ---------------------------------------------------------------------------------------
// The hand-written representation: the same members, indices instead of handles.
// ---------------------------------------------------------------------------------------
struct PlainCell {
    std::uint16_t cellLocalId;
    std::uint16_t nRPCI;
    std::uint32_t nRTAC;
    std::uint32_t arfcnDL;
    std::uint16_t bSChannelBwDL;
    double prbUtilisationDl;
    std::uint32_t du;
    std::uint32_t sectorCarrier;
    std::vector<std::uint32_t> neighbours;
};
static_assert(sizeof(PlainCell) == sizeof(NRCellDU));

struct PlainTwin {
    std::uint32_t cell;
    std::uint32_t samples;
    double sumSsRsrpMw, sumSsSinr, sumPrb;
    std::optional<double> meanSsRsrp, meanSsSinr, prbUtilisation;
    double counterPrbUtilisation, configuredMaxTxPower, bSChannelBwDL, arfcnDL, beamHorizWidth, beamVertWidth;
    double coverageRadius;
    bool verified;
};
static_assert(sizeof(PlainTwin) == sizeof(CellTwin));

struct PlainUe {
    std::uint64_t imsi;
    std::uint32_t servingCell;
    std::optional<double> lastSsRsrp;
};
static_assert(sizeof(PlainUe) == sizeof(UE));

struct PlainMeasurement {
    std::uint32_t ue;
    std::string cell;
    double ssRsrp, ssSinr, prbUtilisation;
};
static_assert(sizeof(PlainMeasurement) == sizeof(UeMeasurement));

struct string_hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct plain_network {
    std::vector<PlainCell> cells;
    std::vector<PlainTwin> twins;
    std::vector<PlainUe> ues;
    std::vector<std::uint8_t> ue_live;                   // detached UEs: a hand-written liveness flag
    std::vector<std::vector<std::uint32_t>> cells_of_gnb;  // inverse of du
    std::vector<std::vector<std::uint32_t>> ues_of_cell;   // inverse of servingCell
    std::vector<std::uint32_t> twin_of_cell;               // inverse of CellTwin::cell; no_twin: none
    std::unordered_map<std::string, std::uint32_t, string_hash, std::equal_to<>> cell_by_id;
    std::size_t gnb_count = 0;
};

/// `twin_of_cell` of a cell without a virtual cell. Every cell of the data set has one, but
/// the hand-written code must not read some other cell's twin when one lacks it (as 0 would):
/// it tests for the marker, as `referrer_object` tests for none.
inline constexpr std::uint32_t no_twin = ~std::uint32_t{0};

inline constexpr std::size_t gnbs = 10'000;
inline constexpr std::size_t measurement_count = 1'000'000;

struct data_set {
    scenario sc{scenario_options{.gnbs = gnbs, .seed = 20261123}};
    // A copy of the scenario's model: its vectors are allocated one after the other, like the
    // baseline's below (the scenario built them interleaved with temporaries), so both sides
    // have the same memory layout and the comparison measures code, not heap history.
    network model;
    plain_network plain;
    std::vector<UeMeasurement> measurements;
    std::vector<PlainMeasurement> plain_measurements;

    data_set() {
#if defined(__GLIBC__)
        // Arrays of 128 KiB and more come from mmap, not from the heap at wherever the
        // scenario's temporaries left room: a cell array's place relative to cache lines and
        // pages is then the same on both sides (it moved the neighbour traversal of either
        // side by up to 1.7x, with the same instructions).
        mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
        sc.measurements(measurements, measurement_count, 0.012);
        model = sc.m;
        network& m = model;
        plain.gnb_count = m.size<GNBDUFunction>();
        for (const auto g : m.refs<GNBDUFunction>())
            if (g.index() != plain.cells_of_gnb.size()) std::abort();  // no erasures: slot = position
            else plain.cells_of_gnb.emplace_back();
        m.for_each<NRCellDU>([&](ts::ref<NRCellDU> r, const NRCellDU& c) {
            if (r.index() != plain.cells.size()) std::abort();
            PlainCell p{c.cellLocalId, c.nRPCI, c.nRTAC, c.arfcnDL, c.bSChannelBwDL, c.prbUtilisationDl,
                        c.du.index(), c.sectorCarrier.index(), {}};
            p.neighbours.reserve(c.neighbours.size());
            for (const auto n : c.neighbours) p.neighbours.push_back(n.index());
            plain.cells.push_back(std::move(p));
        });
        // the indices in passes of their own, so that the neighbour lists above lie one after
        // the other, as the model's copy does (interleaved, the baseline was ~10 % slower)
        m.for_each<NRCellDU>([&](ts::ref<NRCellDU> r, const NRCellDU& c) {
            plain.cells_of_gnb[c.du.index()].push_back(r.index());
        });
        m.for_each<NRCellDU>([&](ts::ref<NRCellDU> r, const NRCellDU&) {
            plain.cell_by_id.emplace(std::string(m.id_of(r)), r.index());
        });
        plain.twin_of_cell.resize(plain.cells.size(), no_twin);
        plain.ues_of_cell.resize(plain.cells.size());
        m.for_each<CellTwin>([&](ts::ref<CellTwin> r, const CellTwin& t) {
            plain.twins.push_back({t.cell.index(), t.samples, t.sumSsRsrpMw, t.sumSsSinr, t.sumPrb, t.meanSsRsrp, t.meanSsSinr,
                                   t.prbUtilisation, t.counterPrbUtilisation, t.configuredMaxTxPower, t.bSChannelBwDL,
                                   t.arfcnDL, t.beamHorizWidth, t.beamVertWidth, t.coverageRadius, t.verified});
            plain.twin_of_cell[t.cell.index()] = r.index();
        });
        // UEs: every slot, live or not (the baseline keeps a liveness flag)
        std::uint32_t slot = 0;
        for (const auto u : m.refs<UE>()) {
            for (; slot < u.index(); ++slot) {
                plain.ues.push_back({0, 0, {}});
                plain.ue_live.push_back(0);
            }
            const UE& ue = *m.get(u);
            plain.ues.push_back({ue.imsi, ue.servingCell.index(), ue.lastSsRsrp});
            plain.ue_live.push_back(1);
            plain.ues_of_cell[ue.servingCell.index()].push_back(u.index());
            ++slot;
        }
        for (const auto& x : measurements)
            plain_measurements.push_back({x.ue.index(), x.cell, x.ssRsrp, x.ssSinr, x.prbUtilisation});
        // a KPI state to query: mean SS-RSRP per virtual cell from the first pass of measurements
        m.for_each<CellTwin>([&](ts::ref<CellTwin> r, CellTwin& t) {
            const double v = -80.0 - 40.0 * std::fmod(static_cast<double>(r.index()) * 0.618034, 1.0);
            t.meanSsRsrp = v;
            plain.twins[r.index()].meanSsRsrp = v;
        });
#if defined(__GLIBC__)
        // Setting the threshold turned glibc's dynamic one off for the rest of the process,
        // so at 128 KiB every buffer of a few MB that a later benchmark (JSON, platform …)
        // allocates would be a fresh mmap with its page faults: a cost of this file, not of
        // theirs. 32 MiB is the ceiling of the dynamic threshold, which glibc raises past
        // such buffers once the first of them is freed.
        mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
#endif
    }
};

data_set& data() {
    static data_set d;
    return d;
}

void finish(benchmark::State& state, std::size_t per_iteration) {
    state.counters["entities"] = static_cast<double>(per_iteration);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(per_iteration));
}

// ---------------------------------------------------------------------------------------
// 1. Every cell's neighbours: the sum of the neighbours' PCIs (780,000 relation entries).
// ---------------------------------------------------------------------------------------
void BM_twin_neighbours_twinspec(benchmark::State& state) {
    const network& m = data().model;
    std::size_t entries = 0;
    for (auto _ : state) {
        std::uint64_t sum = 0;
        entries = 0;
        m.for_each<NRCellDU>([&](ts::ref<NRCellDU>, const NRCellDU& cell) {
            for (const NRCellDU& n : m.related_objects<"neighbours">(cell)) {
                sum += n.nRPCI;
                ++entries;
            }
        });
        std::uint64_t kept = sum;  // a copy: `sum` itself does not escape, as in a user's loop
        benchmark::DoNotOptimize(kept);
    }
    finish(state, entries);
}
void BM_twin_neighbours_baseline(benchmark::State& state) {
    const plain_network& p = data().plain;
    std::size_t entries = 0;
    for (auto _ : state) {
        std::uint64_t sum = 0;
        entries = 0;
        for (const PlainCell& c : p.cells)
            for (const std::uint32_t n : c.neighbours) {
                sum += p.cells[n].nRPCI;
                ++entries;
            }
        std::uint64_t kept = sum;  // a copy: `sum` itself does not escape, as in a user's loop
        benchmark::DoNotOptimize(kept);
    }
    finish(state, entries);
}

// ---------------------------------------------------------------------------------------
// 2. The query "cells of gNB g whose mean SS-RSRP is below −110 dBm", for every gNB: the
//    cells through the inverse of NRCellDU::du, each cell's virtual cell through the inverse
//    of CellTwin::cell.
// ---------------------------------------------------------------------------------------
void BM_twin_weak_cells_query_twinspec(benchmark::State& state) {
    const network& m = data().model;
    for (auto _ : state) {
        std::size_t weak = 0;
        m.for_each<GNBDUFunction>([&](ts::ref<GNBDUFunction>, const GNBDUFunction& g) {
            for (const NRCellDU& c : m.referrer_objects<NRCellDU, "du">(g)) {
                if (const CellTwin* t = m.referrer_object<CellTwin, "cell">(c))  // CellTwin::cell is unique
                    weak += (t->meanSsRsrp && *t->meanSsRsrp < -110.0) ? 1U : 0U;
            }
        });
        std::size_t kept = weak;  // a copy: `weak` itself does not escape, as in a user's loop
        benchmark::DoNotOptimize(kept);
    }
    finish(state, gnbs);
}
void BM_twin_weak_cells_query_baseline(benchmark::State& state) {
    const plain_network& p = data().plain;
    for (auto _ : state) {
        std::size_t weak = 0;
        for (std::size_t g = 0; g != p.gnb_count; ++g) {
            for (const std::uint32_t c : p.cells_of_gnb[g]) {
                const std::uint32_t t = p.twin_of_cell[c];
                if (t == no_twin) continue;
                const auto& mean = p.twins[t].meanSsRsrp;
                weak += (mean && *mean < -110.0) ? 1U : 0U;
            }
        }
        std::size_t kept = weak;  // a copy: `weak` itself does not escape, as in a user's loop
        benchmark::DoNotOptimize(kept);
    }
    finish(state, gnbs);
}

// ---------------------------------------------------------------------------------------
// 3. Inverse lookups: for every cell, its UEs (inverse of UE::servingCell) and their last
//    SS-RSRP.
// ---------------------------------------------------------------------------------------
void BM_twin_inverse_ues_twinspec(benchmark::State& state) {
    const network& m = data().model;
    std::size_t n = 0;
    for (auto _ : state) {
        std::size_t with_report = 0;
        n = 0;
        m.for_each<NRCellDU>([&](ts::ref<NRCellDU> c, const NRCellDU&) {
            for (const UE& u : m.referrer_objects<UE, "servingCell">(c)) {
                with_report += u.lastSsRsrp ? 1U : 0U;
                ++n;
            }
        });
        std::size_t kept = with_report;  // a copy: `with_report` itself does not escape, as in a user's loop
        benchmark::DoNotOptimize(kept);
    }
    finish(state, n);
}
void BM_twin_inverse_ues_baseline(benchmark::State& state) {
    const plain_network& p = data().plain;
    std::size_t n = 0;
    for (auto _ : state) {
        std::size_t with_report = 0;
        n = 0;
        for (const auto& list : p.ues_of_cell)
            for (const std::uint32_t u : list) {
                with_report += p.ues[u].lastSsRsrp ? 1U : 0U;
                ++n;
            }
        std::size_t kept = with_report;  // a copy: `with_report` itself does not escape, as in a user's loop
        benchmark::DoNotOptimize(kept);
    }
    finish(state, n);
}

// ---------------------------------------------------------------------------------------
// 4. Ingest of 1,000,000 UE measurements: validate (ranges, NaN, text length), resolve the
//    cell by external id and the UE by handle, update the virtual cell and the UE. The
//    baseline does the same with hand-written range checks, its own id map and a liveness
//    flag (it cannot tell a reused UE slot from the UE it meant). items_per_second = the rate.
// ---------------------------------------------------------------------------------------
inline bool valid(const PlainMeasurement& x) noexcept {
    return !x.cell.empty() && x.cell.size() <= 32 &&  // ASCII ids: bytes = code points
           x.ssRsrp >= -156.0 && x.ssRsrp <= -31.0 && x.ssSinr >= -23.0 && x.ssSinr <= 40.0 &&
           x.prbUtilisation >= 0.0 && x.prbUtilisation <= 100.0;
}

void BM_twin_ingest_twinspec(benchmark::State& state) {
    data_set& d = data();
    network& m = d.model;
    std::size_t accepted = 0;
    for (auto _ : state) {
        accepted = 0;
        for (const UeMeasurement& x : d.measurements) {
            if (!ts::is_valid(x)) continue;
            const auto cell = m.find<NRCellDU>(x.cell);
            if (cell.is_null()) continue;
            const auto ue = m.get(x.ue);
            if (!ue) continue;
            CellTwin* t = m.referrer_object<CellTwin, "cell">(cell);  // CellTwin::cell is unique
            if (t == nullptr) continue;
            ue->lastSsRsrp = x.ssRsrp;
            ++t->samples;
            t->sumSsRsrpMw += std::pow(10.0, x.ssRsrp / 10.0);
            t->sumSsSinr += x.ssSinr;
            t->sumPrb += x.prbUtilisation;
            ++accepted;
        }
        benchmark::DoNotOptimize(accepted);
    }
    state.counters["accepted"] = static_cast<double>(accepted);
    state.counters["print_rate"] = 1;  // bench/run prints measurements per second
    finish(state, measurement_count);
}
void BM_twin_ingest_baseline(benchmark::State& state) {
    data_set& d = data();
    plain_network& p = d.plain;
    std::size_t accepted = 0;
    for (auto _ : state) {
        accepted = 0;
        for (const PlainMeasurement& x : d.plain_measurements) {
            if (!valid(x)) continue;
            const auto it = p.cell_by_id.find(std::string_view(x.cell));
            if (it == p.cell_by_id.end()) continue;
            if (x.ue >= p.ues.size() || p.ue_live[x.ue] == 0) continue;
            const std::uint32_t twin = p.twin_of_cell[it->second];
            if (twin == no_twin) continue;
            PlainUe& ue = p.ues[x.ue];
            PlainTwin& t = p.twins[twin];
            ue.lastSsRsrp = x.ssRsrp;
            ++t.samples;
            t.sumSsRsrpMw += std::pow(10.0, x.ssRsrp / 10.0);
            t.sumSsSinr += x.ssSinr;
            t.sumPrb += x.prbUtilisation;
            ++accepted;
        }
        benchmark::DoNotOptimize(accepted);
    }
    state.counters["accepted"] = static_cast<double>(accepted);
    state.counters["print_rate"] = 1;  // bench/run prints measurements per second
    finish(state, measurement_count);
}

void pair(const char* comparison, void (*twinspec)(benchmark::State&), void (*baseline)(benchmark::State&)) {
    const std::string base = std::string("BM_") + comparison;
    benchmark::RegisterBenchmark((base + "/twinspec").c_str(), twinspec)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark((base + "/baseline").c_str(), baseline)->Unit(benchmark::kMillisecond);
}

const bool registered = [] {
    pair("twin_neighbours", BM_twin_neighbours_twinspec, BM_twin_neighbours_baseline);
    pair("twin_weak_cells_query", BM_twin_weak_cells_query_twinspec, BM_twin_weak_cells_query_baseline);
    pair("twin_inverse_ues", BM_twin_inverse_ues_twinspec, BM_twin_inverse_ues_baseline);
    pair("twin_ingest", BM_twin_ingest_twinspec, BM_twin_ingest_baseline);
    return true;
}();

}  // namespace twin_bench
