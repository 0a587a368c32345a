// bench/data_bench.cpp — the twin data pipeline against a hand-written loop, in one run.
//
// BM_data_pipeline/twinspec: 10M samples (`std::vector<ts::data::sample<double>>`, one per
// second, 1% out of range or NaN, 0.5% of bad quality) through
//     clean<&Cell::rsrp> | resample(10s, agg::mean) | window(60s, agg::mean)
// BM_data_pipeline/baseline: the same computation written as one loop over the same
// vector (range test, bucket mean with the same compensated sum, sliding window in a
// fixed ring). At start-up both must produce the same outputs bit for bit.
// The `entities` counter is the number of input samples: bench/run prints ns per sample;
// items_per_second is samples per second.

#include <benchmark/benchmark.h>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include <range/v3/view/subrange.hpp>

#include <twinspec/core.hpp>
#include <twinspec/data/views.hpp>

namespace data_bench {

namespace ts = twinspec;
namespace tsd = twinspec::data;
using namespace ts::units;
using namespace std::chrono_literals;

TWINSPEC_ENTITY(Cell, ts::meta(tsd::Dp),
    (double, rsrp, ts::telemetry, ts::unit<dBm>, ts::range(-156.0, -31.0), tsd::measurement, tsd::dynamic_data));

constexpr std::size_t sample_count = 10'000'000;
constexpr std::int64_t resample_step = 10'000'000'000;  // 10 s
constexpr std::int64_t window_width = 60'000'000'000;   // 60 s

const std::vector<tsd::sample<double>>& samples() {
    static const std::vector<tsd::sample<double>> v = [] {
        std::vector<tsd::sample<double>> d;
        d.reserve(sample_count);
        std::mt19937_64 rng(0x7717'da7a'0000'0001ull);
        std::uniform_real_distribution<double> rsrp(-140.0, -60.0);
        std::uniform_int_distribution<int> per_mille(0, 999);
        const tsd::timestamp t0 = tsd::timestamp(std::chrono::sys_days(std::chrono::year(2026) / 11 / 22).time_since_epoch());
        for (std::size_t i = 0; i != sample_count; ++i) {
            double x = rsrp(rng);
            const int r = per_mille(rng);
            if (r < 5) x = 10.0;                                              // spike above the range
            else if (r < 10) x = std::numeric_limits<double>::quiet_NaN();  // not a number
            tsd::quality q = per_mille(rng) < 5 ? tsd::quality::bad(tsd::reason::sensor_fault) : tsd::quality::good();
            d.push_back(tsd::sample<double>{x, t0 + std::chrono::seconds(static_cast<std::int64_t>(i)), 17, 1, q});
        }
        return d;
    }();
    return v;
}

const tsd::sample<double>* opaque(const std::vector<tsd::sample<double>>& v) {
    const tsd::sample<double>* p = v.data();
    benchmark::DoNotOptimize(p);
    benchmark::ClobberMemory();
    return p;
}

struct result {
    double checksum = 0;
    std::size_t outputs = 0;
    std::size_t uncertain = 0;
};

result run_twinspec(const tsd::sample<double>* p) {
    result r;
    auto in = ranges::subrange<const tsd::sample<double>*>(p, p + sample_count);
    for (const auto s : in | tsd::clean<&Cell::rsrp> | tsd::resample(10s, tsd::agg::mean) | tsd::window(60s, tsd::agg::mean)) {
        r.checksum += s.value;
        ++r.outputs;
        r.uncertain += s.quality.is_good() ? 0U : 1U;
    }
    return r;
}

/// What one would write by hand: one pass, bucket state and a fixed ring for the window.
result run_baseline(const tsd::sample<double>* p) {
    struct nsum {  // Neumaier, as in the library (the same results bit for bit)
        double s = 0, c = 0;
        void add(double x) {
            const double t = s + x;
            if (std::abs(s) >= std::abs(x)) c += (s - t) + x;
            else c += (x - t) + s;
            s = t;
        }
        double value() const { return s + c; }
    };
    struct entry {
        std::int64_t time;
        double value;
        bool good;
    };
    result r;
    entry ring[16];
    std::size_t head = 0, size = 0, not_good = 0;
    nsum wsum;
    auto emit = [&](std::int64_t t, double mean, bool good) {
        ring[(head + size) & 15] = {t, mean, good};
        ++size;
        if (!good) ++not_good;
        wsum.add(mean);
        while (ring[head].time <= t - window_width) {
            if (!ring[head].good) --not_good;
            wsum.add(-ring[head].value);
            head = (head + 1) & 15;
            --size;
        }
        r.checksum += wsum.value() / static_cast<double>(size);
        ++r.outputs;
        r.uncertain += not_good == 0 ? 0U : 1U;
    };
    bool open = false;
    std::int64_t b0 = 0, b1 = 0;
    std::uint64_t n = 0;
    bool good = true;
    nsum bsum;
    for (std::size_t i = 0; i != sample_count; ++i) {
        const tsd::sample<double>& s = p[i];
        if (!(s.value >= -156.0 && s.value <= -31.0) || s.quality.level == tsd::quality_level::bad) continue;
        const std::int64_t t = s.time.time_since_epoch().count();
        if (!open || t < b0 || t >= b1) {
            if (open) emit(b0, bsum.value() / static_cast<double>(n), good);
            const std::int64_t q = t / resample_step;
            b0 = ((t % resample_step != 0 && t < 0) ? q - 1 : q) * resample_step;
            b1 = b0 + resample_step;
            n = 0;
            good = true;
            bsum = {};
            open = true;
        }
        ++n;
        good = good && s.quality.level == tsd::quality_level::good;
        bsum.add(s.value);
    }
    if (open) emit(b0, bsum.value() / static_cast<double>(n), good);
    return r;
}

void finish(benchmark::State& state) {
    state.counters["entities"] = static_cast<double>(sample_count);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(sample_count));
}

void BM_data_pipeline_twinspec(benchmark::State& state) {
    const auto& v = samples();
    for (auto _ : state) {
        const result r = run_twinspec(opaque(v));
        benchmark::DoNotOptimize(r);
    }
    finish(state);
}
void BM_data_pipeline_baseline(benchmark::State& state) {
    const auto& v = samples();
    for (auto _ : state) {
        const result r = run_baseline(opaque(v));
        benchmark::DoNotOptimize(r);
    }
    finish(state);
}

const bool registered = [] {
    const result a = run_twinspec(samples().data());
    const result b = run_baseline(samples().data());
    if (std::memcmp(&a.checksum, &b.checksum, sizeof(double)) != 0 || a.outputs != b.outputs || a.uncertain != b.uncertain) {
        std::fprintf(stderr, "data_bench: pipeline and hand-written loop disagree: %.17g/%zu/%zu vs %.17g/%zu/%zu\n",
                     a.checksum, a.outputs, a.uncertain, b.checksum, b.outputs, b.uncertain);
        std::abort();
    }
    benchmark::RegisterBenchmark("BM_data_pipeline/twinspec", BM_data_pipeline_twinspec)->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark("BM_data_pipeline/baseline", BM_data_pipeline_baseline)->Unit(benchmark::kMillisecond);
    return true;
}();

}  // namespace data_bench
