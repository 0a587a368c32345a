// bench/kernel_bench.cpp — the schema kernel against the hand-written equivalent, in one run.
//
// Every comparison is a pair `BM_<comparison>/twinspec` and `BM_<comparison>/baseline`
// over the same data (1M entities filled from one seeded PRNG, every value inside its
// range); bench/run prints twinspec/baseline per pair. To add a comparison, register one
// more pair with those two suffixes — bench/run picks it up by name.
//
// Each twinspec entity has a hand-written twin with the same members in the same order;
// `static_assert(sizeof(...) == sizeof(...))` for every pair proves the layout is the same.

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <type_traits>
#include <vector>

#include <twinspec/core.hpp>

namespace ts = twinspec;
using namespace ts::units;

namespace bench {

// ---------------------------------------------------------------------------------------
// The entity: an NR-cell-like record of mixed member types, and its hand-written twin.
// ---------------------------------------------------------------------------------------
TWINSPEC_ENUM(AdminState, std::uint8_t, locked, unlocked, shutting_down);

TWINSPEC_ENTITY(Cell, ts::meta(ts::id("dtmi:example:bench:Cell;1")),
    (std::uint32_t, gnb_id, ts::property,  ts::range(0, 4194303)),
    (std::uint32_t, arfcn,  ts::property,  ts::range(0, 3279165)),
    (double,        rsrp,   ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0)),
    (double,        sinr,   ts::telemetry, ts::unit<dB>,  ts::range(-23.0, 40.0)),
    (float,         prb,    ts::telemetry, ts::unit<percent>, ts::range(0.0, 100.0)),
    (std::uint16_t, pci,    ts::property,  ts::range(0, 1007)),
    (std::int16_t,  tilt,   ts::property,  ts::unit<deci_deg>, ts::range(-900, 900)),
    (bool,          barred, ts::property),
    (AdminState,    state,  ts::property));

struct CellPlain {
    std::uint32_t gnb_id;
    std::uint32_t arfcn;
    double rsrp;
    double sinr;
    float prb;
    std::uint16_t pci;
    std::int16_t tilt;
    bool barred;
    AdminState state;
};
static_assert(sizeof(Cell) == sizeof(CellPlain));
static_assert(alignof(Cell) == alignof(CellPlain));
static_assert(ts::field_count_v<Cell> == 9);

/// The hand-written validation of the same ranges (what `is_valid` replaces).
inline bool valid(const CellPlain& c) noexcept {
    return c.gnb_id <= 4194303u && c.arfcn <= 3279165u &&
           c.rsrp >= -156.0 && c.rsrp <= -31.0 &&
           c.sinr >= -23.0 && c.sinr <= 40.0 &&
           c.prb >= 0.0f && c.prb <= 100.0f &&
           c.pci <= 1007 &&
           c.tilt >= -900 && c.tilt <= 900 &&
           static_cast<std::uint8_t>(c.state) <= static_cast<std::uint8_t>(AdminState::shutting_down);
}

// ---------------------------------------------------------------------------------------
// Data: 1M entities, the same values in both representations.
// ---------------------------------------------------------------------------------------
inline constexpr std::size_t entity_count = 1'000'000;  // time per iteration in ms = ns per entity

template <class C>
void fill(std::vector<C>& v, std::uint64_t seed, unsigned invalid_per_mille) {
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<std::uint32_t> gnb(0, 4194303), arfcn(0, 3279165);
    std::uniform_real_distribution<double> rsrp(-156.0, -31.0), sinr(-23.0, 40.0);
    std::uniform_real_distribution<float> prb(0.0f, 100.0f);
    std::uniform_int_distribution<int> pci(0, 1007), tilt(-900, 900), state(0, 2), coin(0, 1),
        per_mille(0, 999), which(0, 5);
    v.resize(entity_count);
    for (auto& c : v) {
        c.gnb_id = gnb(rng);
        c.arfcn = arfcn(rng);
        c.rsrp = rsrp(rng);
        c.sinr = sinr(rng);
        c.prb = prb(rng);
        c.pci = static_cast<std::uint16_t>(pci(rng));
        c.tilt = static_cast<std::int16_t>(tilt(rng));
        c.barred = coin(rng) != 0;
        c.state = static_cast<AdminState>(state(rng));
        if (per_mille(rng) < static_cast<int>(invalid_per_mille)) {  // one field out of range
            switch (which(rng)) {
                case 0: c.pci = 1008; break;
                case 1: c.rsrp = -20.5; break;
                case 2: c.prb = 100.5f; break;
                case 3: c.tilt = -901; break;
                case 4: c.arfcn = 3279166; break;
                default: c.state = static_cast<AdminState>(7); break;
            }
        }
    }
}

/// The data set with `InvalidPerMille` ‰ invalid entities; built once, on first use, from
/// the same seed for `Cell` and `CellPlain`.
template <class C, unsigned InvalidPerMille>
const std::vector<C>& data() {
    static const std::vector<C> v = [] {
        std::vector<C> d;
        fill(d, 0x7717'5bec'0000'0001ull + InvalidPerMille, InvalidPerMille);
        return d;
    }();
    return v;
}

/// Makes the data opaque to the optimiser before every pass: nothing can be hoisted out of
/// the state loop, each iteration really reads all 1M entities.
template <class C>
const C* opaque(const std::vector<C>& v) {
    const C* p = v.data();
    benchmark::DoNotOptimize(p);
    benchmark::ClobberMemory();
    return p;
}

/// Throughput counters, and `entities` (per iteration): bench/run divides by it to print
/// ns per entity.
template <class C>
void finish(benchmark::State& state) {
    state.counters["entities"] = static_cast<double>(entity_count);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(entity_count));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(entity_count * sizeof(C)));
}

// ---------------------------------------------------------------------------------------
// 1. One field over 1M entities: get<"rsrp"> vs c.rsrp (double), get<"pci"> vs c.pci.
// ---------------------------------------------------------------------------------------
void BM_get_double_twinspec(benchmark::State& state) {
    const auto& v = data<Cell, 0>();
    for (auto _ : state) {
        const Cell* p = opaque(v);
        double sum = 0;
        for (std::size_t i = 0; i != entity_count; ++i) sum += ts::get<"rsrp">(p[i]);
        benchmark::DoNotOptimize(sum);
    }
    finish<Cell>(state);
}
void BM_get_double_baseline(benchmark::State& state) {
    const auto& v = data<CellPlain, 0>();
    for (auto _ : state) {
        const CellPlain* p = opaque(v);
        double sum = 0;
        for (std::size_t i = 0; i != entity_count; ++i) sum += p[i].rsrp;
        benchmark::DoNotOptimize(sum);
    }
    finish<CellPlain>(state);
}

void BM_get_u16_twinspec(benchmark::State& state) {
    const auto& v = data<Cell, 0>();
    for (auto _ : state) {
        const Cell* p = opaque(v);
        std::uint64_t sum = 0;
        for (std::size_t i = 0; i != entity_count; ++i) sum += ts::get<"pci">(p[i]);
        benchmark::DoNotOptimize(sum);
    }
    finish<Cell>(state);
}
void BM_get_u16_baseline(benchmark::State& state) {
    const auto& v = data<CellPlain, 0>();
    for (auto _ : state) {
        const CellPlain* p = opaque(v);
        std::uint64_t sum = 0;
        for (std::size_t i = 0; i != entity_count; ++i) sum += p[i].pci;
        benchmark::DoNotOptimize(sum);
    }
    finish<CellPlain>(state);
}

// ---------------------------------------------------------------------------------------
// 2. Every numeric field (7 of 9: bool and enum are not Numeric) summed as double, in
//    declaration order: for_each_field vs the same additions written out.
// ---------------------------------------------------------------------------------------
void BM_for_each_field_twinspec(benchmark::State& state) {
    const auto& v = data<Cell, 0>();
    for (auto _ : state) {
        const Cell* p = opaque(v);
        double sum = 0;
        for (std::size_t i = 0; i != entity_count; ++i) {
            ts::for_each_field(p[i], [&sum](auto, const auto& value) {
                if constexpr (ts::Numeric<std::remove_cvref_t<decltype(value)>>) sum += static_cast<double>(value);
            });
        }
        benchmark::DoNotOptimize(sum);
    }
    finish<Cell>(state);
}
void BM_for_each_field_baseline(benchmark::State& state) {
    const auto& v = data<CellPlain, 0>();
    for (auto _ : state) {
        const CellPlain* p = opaque(v);
        double sum = 0;
        for (std::size_t i = 0; i != entity_count; ++i) {
            const CellPlain& c = p[i];
            sum += static_cast<double>(c.gnb_id);
            sum += static_cast<double>(c.arfcn);
            sum += c.rsrp;
            sum += c.sinr;
            sum += static_cast<double>(c.prb);
            sum += static_cast<double>(c.pci);
            sum += static_cast<double>(c.tilt);
        }
        benchmark::DoNotOptimize(sum);
    }
    finish<CellPlain>(state);
}

// ---------------------------------------------------------------------------------------
// 3. Validation of 1M entities: all valid, and 1% invalid (one field out of range each).
//    twinspec: is_valid(c) and validate(c).ok(); baseline: valid(c) above, same ranges.
// ---------------------------------------------------------------------------------------
template <unsigned InvalidPerMille>
void BM_is_valid_twinspec(benchmark::State& state) {
    const auto& v = data<Cell, InvalidPerMille>();
    for (auto _ : state) {
        const Cell* p = opaque(v);
        std::size_t n = 0;
        for (std::size_t i = 0; i != entity_count; ++i) n += ts::is_valid(p[i]) ? 1u : 0u;
        benchmark::DoNotOptimize(n);
    }
    finish<Cell>(state);
}
template <unsigned InvalidPerMille>
void BM_validate_ok_twinspec(benchmark::State& state) {
    const auto& v = data<Cell, InvalidPerMille>();
    for (auto _ : state) {
        const Cell* p = opaque(v);
        std::size_t n = 0;
        for (std::size_t i = 0; i != entity_count; ++i) n += ts::validate(p[i]).ok() ? 1u : 0u;
        benchmark::DoNotOptimize(n);
    }
    finish<Cell>(state);
}
template <unsigned InvalidPerMille>
void BM_valid_baseline(benchmark::State& state) {
    const auto& v = data<CellPlain, InvalidPerMille>();
    for (auto _ : state) {
        const CellPlain* p = opaque(v);
        std::size_t n = 0;
        for (std::size_t i = 0; i != entity_count; ++i) n += valid(p[i]) ? 1u : 0u;
        benchmark::DoNotOptimize(n);
    }
    finish<CellPlain>(state);
}

/// The two representations agree on which entities are valid (checked once, at start-up).
template <unsigned InvalidPerMille>
bool same_verdicts() {
    const auto& a = data<Cell, InvalidPerMille>();
    const auto& b = data<CellPlain, InvalidPerMille>();
    for (std::size_t i = 0; i != entity_count; ++i) {
        const bool expected = valid(b[i]);
        if (ts::is_valid(a[i]) != expected || ts::validate(a[i]).ok() != expected) return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------
// Registration: BM_<comparison>/twinspec and BM_<comparison>/baseline, always in pairs.
// ---------------------------------------------------------------------------------------
void pair(const char* comparison, void (*twinspec)(benchmark::State&), void (*baseline)(benchmark::State&)) {
    const std::string base = std::string("BM_") + comparison;
    benchmark::RegisterBenchmark((base + "/twinspec").c_str(), twinspec)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark((base + "/baseline").c_str(), baseline)->Unit(benchmark::kMillisecond);
}

const bool registered = [] {
    if (!same_verdicts<0>() || !same_verdicts<10>()) {
        std::fprintf(stderr, "kernel_bench: twinspec and the hand-written check disagree\n");
        std::abort();
    }
    pair("get_double", BM_get_double_twinspec, BM_get_double_baseline);
    pair("get_u16", BM_get_u16_twinspec, BM_get_u16_baseline);
    pair("for_each_field", BM_for_each_field_twinspec, BM_for_each_field_baseline);
    pair("is_valid", BM_is_valid_twinspec<0>, BM_valid_baseline<0>);
    pair("validate_ok", BM_validate_ok_twinspec<0>, BM_valid_baseline<0>);
    pair("is_valid_1pct_invalid", BM_is_valid_twinspec<10>, BM_valid_baseline<10>);
    pair("validate_ok_1pct_invalid", BM_validate_ok_twinspec<10>, BM_valid_baseline<10>);
    return true;
}();

}  // namespace bench
