// mobile_network_twin/scenario.hpp — a synthetic network for the flagship example and the
// benchmarks: gNBs on a square grid (500 m apart), three cells each (azimuth 0°, 120°, 240°)
// with one sector carrier and four beams, neighbour relations to the same site and the eight
// adjacent sites, an edge node per 50 gNBs with a transport link per gNB, UEs attached to
// cells; and a stream of UE measurements, a given share of them deliberately bad. Everything
// comes from one seeded PRNG: the same seed gives the same network and the same stream.
#pragma once

#include "schema.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace mnt {

struct scenario_options {
    std::size_t gnbs = 300;
    std::size_t ues = 0;           ///< 0: ten per cell
    std::size_t measurements = 0;  ///< 0: a hundred per gNB
    std::uint64_t seed = 1;
    double pci_conflict_share = 0.004;  ///< cells given a neighbour's PCI
    double faulty_counter_share = 0.003;  ///< cells whose PRB counter is wrong (verification finds them)
    double detached_ue_share = 0.01;      ///< UEs erased before measuring (their handles go stale)
    double bad_measurement_share = 0.012; ///< measurements broken on purpose
    bool ids = false;  ///< an external id for every object, not only sites and cells (--export needs them)
};

inline std::string cell_id(std::size_t gnb, std::size_t k) {
    return "gnb-" + std::to_string(gnb) + "-c" + std::to_string(k);
}

/// The network: the model plus the handles the generator keeps (in creation order).
struct scenario {
    network m;
    std::size_t grid = 1;  ///< gNBs per grid row
    std::vector<ts::ref<GNBDUFunction>> gnbs;
    std::vector<ts::ref<NRCellDU>> cells;  ///< 3 per gNB
    std::vector<ts::ref<UE>> ues;          ///< attached
    std::vector<ts::ref<UE>> detached;     ///< erased: stale handles
    std::vector<double> cell_load;         ///< the true PRB load of each cell, %
    std::vector<double> cell_distance;     ///< typical UE distance of each cell, m
    std::vector<double> cell_power_dB;     ///< the carrier's power relative to 20 W, dB
    std::mt19937_64 rng;

    explicit scenario(const scenario_options& o) : rng(o.seed) { build(o); }

private:
    void build(const scenario_options& o) {
        const std::size_t n = std::max<std::size_t>(o.gnbs, 1);
        grid = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(n))));
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        std::normal_distribution<double> noise(0.0, 1.0);

        std::vector<ts::ref<EdgeNode>> edges;
        for (std::size_t e = 0; e * 50 < n; ++e)
            edges.push_back(m.add(EdgeNode{"edge-" + std::to_string(e), 64, 20.0 + 60.0 * unit(rng)},
                                  "edge-" + std::to_string(e)));

        gnbs.reserve(n);
        cells.reserve(3 * n);
        for (std::size_t g = 0; g != n; ++g) {
            const auto edge = edges[g / 50];
            const auto gr = m.add(GNBDUFunction{static_cast<std::uint32_t>(1000 + g), 22, g, {}, edge},
                                  "gnb-" + std::to_string(g));
            gnbs.push_back(gr);
            const TransportLink link{gr, edge, 10000, 0.2 + 2.0 * unit(rng)};
            if (o.ids) m.add(link, "tl-" + std::to_string(g));
            else m.add(link);
            std::vector<ts::ref<NRCellDU>> own;
            const bool low_power = unit(rng) < 0.05;  // a few weak sites: coverage problems
            for (std::size_t k = 0; k != 3; ++k) {
                std::vector<ts::ref<Beam>> beams;
                for (std::uint16_t b = 0; b != 4; ++b) {
                    const auto az = static_cast<int>(k) * 1200 - 1200 + (static_cast<int>(b) - 2) * 150 + 75;
                    const Beam beam{b, static_cast<std::int16_t>(az), static_cast<std::int16_t>(20 + 10 * (b % 2)), 650, 100};
                    beams.push_back(o.ids ? m.add(beam, cell_id(g, k) + "-b" + std::to_string(b)) : m.add(beam));
                }
                const std::uint32_t power = low_power ? 2000U : 20000U + 1000U * static_cast<std::uint32_t>(k);
                const NRSectorCarrier carrier{power, 630000, 100, beams};
                const auto sc = o.ids ? m.add(carrier, cell_id(g, k) + "-sc") : m.add(carrier);
                const double load = 5.0 + 90.0 * unit(rng);
                const auto c = m.add(NRCellDU{static_cast<std::uint16_t>(k),
                                              static_cast<std::uint16_t>((3 * g + k) % 1008),
                                              static_cast<std::uint32_t>(100 + g / 64), 630000, 100,
                                              std::clamp(load + noise(rng), 0.0, 100.0), gr, sc, {}},
                                     cell_id(g, k));
                cells.push_back(c);
                cell_load.push_back(load);
                cell_distance.push_back(low_power ? 450.0 : 120.0 + 200.0 * unit(rng));
                cell_power_dB.push_back(10.0 * std::log10(static_cast<double>(power) / 20000.0));
                own.push_back(c);
                const CellTwin twin{c, 0, 0.0, 0.0, 0.0, {}, {}, {}, 0.0, 0.0, 100.0, 0.0, 1.0, 1.0, 0.0, false};
                if (o.ids) m.add(twin, "twin-" + cell_id(g, k));
                else m.add(twin);
            }
            m.relink<"cells">(gr, own);
        }

        // neighbour relations: the other cells of the site and every cell of the 8 adjacent sites
        for (std::size_t g = 0; g != n; ++g) {
            const auto row = static_cast<std::ptrdiff_t>(g / grid), col = static_cast<std::ptrdiff_t>(g % grid);
            std::vector<std::size_t> sites;
            for (std::ptrdiff_t dr = -1; dr <= 1; ++dr)
                for (std::ptrdiff_t dc = -1; dc <= 1; ++dc) {
                    const auto r = row + dr, cc = col + dc;
                    if (r < 0 || cc < 0 || cc >= static_cast<std::ptrdiff_t>(grid)) continue;
                    const auto s = static_cast<std::size_t>(r) * grid + static_cast<std::size_t>(cc);
                    if (s < n) sites.push_back(s);
                }
            for (std::size_t k = 0; k != 3; ++k) {
                std::vector<ts::ref<NRCellDU>> nb;
                for (const std::size_t s : sites)
                    for (std::size_t j = 0; j != 3; ++j)
                        if (s != g || j != k) nb.push_back(cells[3 * s + j]);
                m.relink<"neighbours">(cells[3 * g + k], std::move(nb));
            }
        }

        // planning mistakes: some cells get the PCI of one of their neighbours
        const std::size_t conflicts = std::max<std::size_t>(1, static_cast<std::size_t>(o.pci_conflict_share * static_cast<double>(cells.size())));
        for (std::size_t i = 0; i != conflicts; ++i) {
            const auto c = cells[std::uniform_int_distribution<std::size_t>(0, cells.size() - 1)(rng)];
            const auto& nb = m.get(c)->neighbours;
            if (nb.empty()) continue;
            const auto other = nb[std::uniform_int_distribution<std::size_t>(0, nb.size() - 1)(rng)];
            m.get(c)->nRPCI = m.get(other)->nRPCI;
        }
        // faulty PRB counters: the physical reading disagrees with what the UEs see
        const std::size_t faulty = std::max<std::size_t>(1, static_cast<std::size_t>(o.faulty_counter_share * static_cast<double>(cells.size())));
        for (std::size_t i = 0; i != faulty; ++i) {
            const std::size_t c = std::uniform_int_distribution<std::size_t>(0, cells.size() - 1)(rng);
            m.get(cells[c])->prbUtilisationDl = cell_load[c] > 50.0 ? 0.0 : 100.0;
        }

        // UEs, attached to a random cell; a share detaches again (erased: stale handles)
        const std::size_t ue_count = o.ues != 0 ? o.ues : 10 * cells.size();
        ues.reserve(ue_count);
        std::uniform_int_distribution<std::size_t> any_cell(0, cells.size() - 1);
        for (std::size_t u = 0; u != ue_count; ++u)
        {
            const UE ue{460001000000000ULL + u, cells[any_cell(rng)], {}};
            ues.push_back(o.ids ? m.add(ue, "ue-" + std::to_string(ue.imsi)) : m.add(ue));
        }
        const std::size_t leave = static_cast<std::size_t>(o.detached_ue_share * static_cast<double>(ue_count));
        for (std::size_t i = 0; i != leave && ues.size() > 1; ++i) {
            const std::size_t u = std::uniform_int_distribution<std::size_t>(0, ues.size() - 1)(rng);
            detached.push_back(ues[u]);
            m.erase(ues[u]);
            ues[u] = ues.back();
            ues.pop_back();
        }
    }

public:
    /// Fills `out` with `count` measurements (reusing its strings): most valid, a share
    /// `bad_share` broken in one of six ways, spread evenly.
    void measurements(std::vector<UeMeasurement>& out, std::size_t count, double bad_share) {
        out.resize(count);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        std::normal_distribution<double> noise(0.0, 1.0);
        std::uniform_int_distribution<std::size_t> any_ue(0, ues.size() - 1);
        for (auto& x : out) {
            const auto u = ues[any_ue(rng)];
            const UE& ue = *m.get(u);
            const auto* cell = m.get(ue.servingCell).get();
            const std::size_t c = cell != nullptr ? std::size_t{ue.servingCell.index()} : 0;
            x.ue = u;
            x.cell = cell != nullptr ? std::string(m.id_of(ue.servingCell)) : "gnb-unknown";
            const double d = std::max(20.0, cell_distance[cell_slot_to_index(c)] * (0.3 + 1.4 * unit(rng)));
            x.ssRsrp = std::clamp(-62.0 + cell_power_dB[cell_slot_to_index(c)] - 38.0 * std::log10(d / 20.0) + 6.0 * noise(rng),
                                  -156.0, -31.0);
            x.ssSinr = std::clamp(12.0 + 7.0 * noise(rng), -23.0, 40.0);
            x.prbUtilisation = std::clamp(cell_load[cell_slot_to_index(c)] + 3.0 * noise(rng), 0.0, 100.0);
            if (unit(rng) < bad_share) {
                switch (std::uniform_int_distribution<int>(0, 5)(rng)) {
                    case 0: x.ssRsrp = -20.5; break;                                        // above −31 dBm
                    case 1: x.ssRsrp = std::numeric_limits<double>::quiet_NaN(); break;     // NaN
                    case 2: x.ssSinr = 55.0; break;                                         // above 40 dB
                    case 3: x.prbUtilisation = 130.0; break;                                // above 100 %
                    case 4: x.cell = "gnb-" + std::to_string(gnbs.size() + 7) + "-c1"; break;  // unknown cell
                    default:                                                                 // a detached UE
                        if (!detached.empty()) x.ue = detached[std::uniform_int_distribution<std::size_t>(0, detached.size() - 1)(rng)];
                        break;
                }
            }
        }
    }

private:
    /// Cells are created in order, one per slot while none is erased: slot = creation index.
    [[nodiscard]] std::size_t cell_slot_to_index(std::size_t slot) const noexcept {
        return slot < cell_load.size() ? slot : 0;
    }
};

}  // namespace mnt
