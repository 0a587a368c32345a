// Platform benchmarks, each a pair BM_<comparison>/twinspec + BM_<comparison>/baseline:
//   model_chain3   three composed mechanism models (a | b | c, each checking its validity
//                  domain, dBm -> dBW converted between a and b) vs the hand-written nested
//                  calls with the same range checks and the same conversion;
//   modbus_decode  a 6-point Modbus point map decoding a 9-register block into an entity
//                  (coverage, word assembly, scale, unit conversion, range checks) vs a
//                  hand-written decoder doing the same;
//   modbus_samples the same map producing data::sample values (value, read time, source,
//                  quality) through the batch decode_samples(blocks, report, f) vs the
//                  hand-written decoder building the same samples; both hand them to the same
//                  consumer;
//   modbus_samples_per_block  the same with one decode_samples(block, report, f) call per block
//                  (against the same baseline).
//   modbus_samples_per_block_quality  one decode_samples(block, f) call per block: no report,
//                  the bad values reach the consumer as bad samples (reason in the quality), vs
//                  a hand-written decoder doing the same.
// Both sides see the same data (65,536 inputs / register images, all valid), made opaque to the
// optimiser before every pass; results go through DoNotOptimize. At start-up both sides are
// checked to compute the same results.
#include <benchmark/benchmark.h>

#include <twinspec/core.hpp>
#include <twinspec/platform.hpp>

#include <bit>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <ranges>
#include <string>
#include <vector>

namespace platform_bench {
namespace ts = twinspec;
namespace pf = ts::platform;
using namespace ts::units;

constexpr std::size_t count = 65536;

// ---- models -------------------------------------------------------------------------------------
TWINSPEC_ENTITY(LossIn, ts::meta(), (double, distance, ts::unit<km>, ts::range(0.01, 10.0)),
                (double, txPower, ts::unit<dBm>, ts::range(0.0, 50.0)));
TWINSPEC_ENTITY(LossOut, ts::meta(), (double, rxPower, ts::unit<dBm>));
TWINSPEC_ENTITY(QualityIn, ts::meta(), (double, rxPower, ts::unit<dBW>, ts::range(-250.0, 0.0)));
TWINSPEC_ENTITY(QualityOut, ts::meta(), (double, sinr, ts::unit<dB>));
TWINSPEC_ENTITY(RateIn, ts::meta(), (double, sinr, ts::unit<dB>, ts::range(-100.0, 60.0)));
TWINSPEC_ENTITY(RateOut, ts::meta(), (double, efficiency));

// Cheap arithmetic on purpose: any overhead of the composition would show.
inline const auto loss = pf::make_model<"loss", pf::semver{1, 0, 0}, LossIn, LossOut>(
    pf::provenance{"linearised path loss"}, [](const LossIn& in) { return LossOut{in.txPower - 120.0 - 3.5 * in.distance}; });
inline const auto quality = pf::make_model<"quality", pf::semver{1, 0, 0}, QualityIn, QualityOut>(
    pf::provenance{"noise floor"}, [](const QualityIn& in) { return QualityOut{in.rxPower + 117.0}; });
inline const auto rate = pf::make_model<"rate", pf::semver{1, 0, 0}, RateIn, RateOut>(
    pf::provenance{"linearised Shannon"}, [](const RateIn& in) { return RateOut{0.1 + 0.2 * in.sinr}; });

// The hand-written nested calls: the same domains, the same dBm -> dBW conversion.
inline bool hand_loss(double distance, double tx, double& rx) {
    if (!(distance >= 0.01 && distance <= 10.0 && tx >= 0.0 && tx <= 50.0)) return false;
    rx = tx - 120.0 - 3.5 * distance;
    return true;
}
inline bool hand_quality(double rx_dbw, double& sinr) {
    if (!(rx_dbw >= -250.0 && rx_dbw <= 0.0)) return false;
    sinr = rx_dbw + 117.0;
    return true;
}
inline bool hand_rate(double sinr, double& eff) {
    if (!(sinr >= -100.0 && sinr <= 60.0)) return false;
    eff = 0.1 + 0.2 * sinr;
    return true;
}
inline bool hand_chain(const LossIn& in, double& eff) {
    double rx = 0;
    double sinr = 0;
    return hand_loss(in.distance, in.txPower, rx) && hand_quality(rx - 30.0, sinr) && hand_rate(sinr, eff);
}

const std::vector<LossIn>& model_inputs() {
    static const std::vector<LossIn> v = [] {
        std::mt19937_64 rng(0x51'7e'00'01);
        std::uniform_real_distribution<double> d(0.02, 9.9);
        std::uniform_real_distribution<double> p(1.0, 49.0);
        std::vector<LossIn> r(count);
        for (auto& x : r) x = LossIn{d(rng), p(rng)};
        return r;
    }();
    return v;
}

template <class T>
const T* opaque(const std::vector<T>& v) {
    const T* p = v.data();
    benchmark::DoNotOptimize(p);
    benchmark::ClobberMemory();
    return p;
}

void finish(benchmark::State& state) {
    state.counters["entities"] = static_cast<double>(count);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(count));
}

void BM_model_chain3_twinspec(benchmark::State& state) {
    const auto chain = loss | quality | rate;
    const auto& v = model_inputs();
    for (auto _ : state) {
        const LossIn* p = opaque(v);
        double sum = 0;
        std::size_t failed = 0;
        for (std::size_t i = 0; i != count; ++i) {
            const auto r = chain(p[i]);
            if (r.ok()) sum += r.value.efficiency;
            else ++failed;
        }
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(failed);
    }
    finish(state);
}

void BM_model_chain3_baseline(benchmark::State& state) {
    const auto& v = model_inputs();
    for (auto _ : state) {
        const LossIn* p = opaque(v);
        double sum = 0;
        std::size_t failed = 0;
        for (std::size_t i = 0; i != count; ++i) {
            double eff = 0;
            if (hand_chain(p[i], eff)) sum += eff;
            else ++failed;
        }
        benchmark::DoNotOptimize(sum);
        benchmark::DoNotOptimize(failed);
    }
    finish(state);
}

// ---- Modbus decoding ------------------------------------------------------------------------------
TWINSPEC_ENTITY(Meter, ts::meta(),
    (double, inputPower, ts::unit<W>, ts::range(0.0, 5000.0)),
    (double, temperature, ts::unit<degC>, ts::range(-40.0, 85.0)),
    (double, voltage, ts::unit<V>, ts::range(0.0, 400.0)),
    (double, current, ts::unit<A>, ts::range(0.0, 60.0)),
    (std::uint16_t, fanSpeed, ts::range(0, 20000)),
    (float, frequency, ts::unit<Hz>, ts::range(45.0, 65.0)));

using MeterMap = pf::point_map<Meter,
    pf::modbus_point<"inputPower", pf::input(1, 100, pf::value_type::u32).scale(1, 10)>,
    pf::modbus_point<"temperature", pf::input(1, 102, pf::value_type::s16).scale(1, 10)>,
    pf::modbus_point<"voltage", pf::input(1, 103, pf::value_type::u16).scale(1, 100)>,
    pf::modbus_point<"current", pf::input(1, 104, pf::value_type::u16), mA>,
    pf::modbus_point<"fanSpeed", pf::input(1, 105, pf::value_type::u16)>,
    pf::modbus_point<"frequency", pf::input(1, 106, pf::value_type::f32)>>;

struct Image {
    std::uint16_t words[9];
};

const std::vector<Image>& images() {
    static const std::vector<Image> v = [] {
        std::mt19937_64 rng(0x51'7e'00'02);
        std::vector<Image> r(count);
        for (auto& im : r) {
            const auto power = static_cast<std::uint32_t>(rng() % 50000);
            const auto temp = static_cast<std::int16_t>(static_cast<int>(rng() % 1200) - 400);
            const float hz = 49.5f + static_cast<float>(rng() % 100) / 100.0f;
            const auto bits = std::bit_cast<std::uint32_t>(hz);
            im = Image{{static_cast<std::uint16_t>(power >> 16), static_cast<std::uint16_t>(power & 0xFFFF),
                        static_cast<std::uint16_t>(temp), static_cast<std::uint16_t>(rng() % 40000),
                        static_cast<std::uint16_t>(rng() % 60000), static_cast<std::uint16_t>(rng() % 20000),
                        static_cast<std::uint16_t>(bits >> 16), static_cast<std::uint16_t>(bits & 0xFFFF), 0}};
        }
        return r;
    }();
    return v;
}

// The hand-written decoder: the same coverage test, assembly, scaling, conversion, range checks.
struct hand_report {
    std::size_t written = 0;
    std::size_t errors = 0;
};
inline void hand_decode(std::uint8_t unit, pf::register_kind kind, std::uint16_t start, const std::uint16_t* w, std::size_t n,
                        Meter& m, hand_report& r) {
    if (unit != 1 || kind != pf::register_kind::input_register) return;
    auto at = [&](std::uint16_t address, std::uint16_t regs, std::size_t& i) {
        if (address < start || static_cast<std::size_t>(address - start) >= n) return 0;  // not in this read
        i = static_cast<std::size_t>(address - start);
        if (n - i < regs) { ++r.errors; return 0; }
        return 1;
    };
    std::size_t i = 0;
    if (at(100, 2, i)) {
        const double x = static_cast<double>((std::uint32_t{w[i]} << 16) | w[i + 1]) / 10.0;
        if (x >= 0.0 && x <= 5000.0) { m.inputPower = x; ++r.written; } else ++r.errors;
    }
    if (at(102, 1, i)) {
        const double x = static_cast<double>(static_cast<std::int16_t>(w[i])) / 10.0;
        if (x >= -40.0 && x <= 85.0) { m.temperature = x; ++r.written; } else ++r.errors;
    }
    if (at(103, 1, i)) {
        const double x = static_cast<double>(w[i]) / 100.0;
        if (x >= 0.0 && x <= 400.0) { m.voltage = x; ++r.written; } else ++r.errors;
    }
    if (at(104, 1, i)) {
        const double x = static_cast<double>(w[i]) / 1000.0;  // mA -> A
        if (x >= 0.0 && x <= 60.0) { m.current = x; ++r.written; } else ++r.errors;
    }
    if (at(105, 1, i)) {
        const double x = static_cast<double>(w[i]);
        if (x >= 0.0 && x <= 20000.0) { m.fanSpeed = static_cast<std::uint16_t>(x); ++r.written; } else ++r.errors;
    }
    if (at(106, 2, i)) {
        const double x = static_cast<double>(std::bit_cast<float>((std::uint32_t{w[i]} << 16) | w[i + 1]));
        if (!(x - x == 0.0)) ++r.errors;
        else if (x >= 45.0 && x <= 65.0) { m.frequency = static_cast<float>(x); ++r.written; } else ++r.errors;
    }
}

void BM_modbus_decode_twinspec(benchmark::State& state) {
    const auto& v = images();
    for (auto _ : state) {
        const Image* p = opaque(v);
        Meter m{};
        pf::decode_report r;
        for (std::size_t k = 0; k != count; ++k) MeterMap::decode(pf::modbus_block{1, pf::register_kind::input_register, 100, p[k].words}, m, r);
        benchmark::DoNotOptimize(m);
        benchmark::DoNotOptimize(r.written);
        benchmark::DoNotOptimize(r.errors.size());
    }
    finish(state);
}

void BM_modbus_decode_baseline(benchmark::State& state) {
    const auto& v = images();
    for (auto _ : state) {
        const Image* p = opaque(v);
        Meter m{};
        hand_report r;
        for (std::size_t k = 0; k != count; ++k) hand_decode(1, pf::register_kind::input_register, 100, p[k].words, 9, m, r);
        benchmark::DoNotOptimize(m);
        benchmark::DoNotOptimize(r.written);
        benchmark::DoNotOptimize(r.errors);
    }
    finish(state);
}

// ---- the same decoding into data::sample values ---------------------------------------------------
/// What both sides hand their samples to: a sum over the values, times and sources.
struct sample_sink {
    double sum = 0;
    std::int64_t time = 0;
    std::uint64_t source = 0;
    std::size_t good = 0;
    template <class T>
    void operator()(const ts::data::sample<T>& s) noexcept {
        if (!s.quality.is_good()) return;
        sum += static_cast<double>(s.value);
        time += s.time.time_since_epoch().count();
        source += s.entity + s.connection;
        ++good;
    }
};

inline pf::timestamp image_time(std::size_t k) { return pf::timestamp{std::chrono::seconds{1'700'000'000 + static_cast<std::int64_t>(k)}}; }

// The hand-written decoder building the samples: the same checks as hand_decode.
inline void hand_decode_samples(std::uint8_t unit, pf::register_kind kind, std::uint16_t start, const std::uint16_t* w,
                                std::size_t n, pf::timestamp t, ts::data::source_id src, sample_sink& out, hand_report& r) {
    if (unit != 1 || kind != pf::register_kind::input_register) return;
    auto at = [&](std::uint16_t address, std::uint16_t regs, std::size_t& i) {
        if (address < start || static_cast<std::size_t>(address - start) >= n) return 0;
        i = static_cast<std::size_t>(address - start);
        if (n - i < regs) { ++r.errors; return 0; }
        return 1;
    };
    auto put = [&](auto v) {
        out(ts::data::sample<decltype(v)>{v, t, src.entity, src.connection, {}});
        ++r.written;
    };
    std::size_t i = 0;
    if (at(100, 2, i)) {
        const double x = static_cast<double>((std::uint32_t{w[i]} << 16) | w[i + 1]) / 10.0;
        if (x >= 0.0 && x <= 5000.0) put(x); else ++r.errors;
    }
    if (at(102, 1, i)) {
        const double x = static_cast<double>(static_cast<std::int16_t>(w[i])) / 10.0;
        if (x >= -40.0 && x <= 85.0) put(x); else ++r.errors;
    }
    if (at(103, 1, i)) {
        const double x = static_cast<double>(w[i]) / 100.0;
        if (x >= 0.0 && x <= 400.0) put(x); else ++r.errors;
    }
    if (at(104, 1, i)) {
        const double x = static_cast<double>(w[i]) / 1000.0;  // mA -> A
        if (x >= 0.0 && x <= 60.0) put(x); else ++r.errors;
    }
    if (at(105, 1, i)) {
        const double x = static_cast<double>(w[i]);
        if (x >= 0.0 && x <= 20000.0) put(static_cast<std::uint16_t>(x)); else ++r.errors;
    }
    if (at(106, 2, i)) {
        const double x = static_cast<double>(std::bit_cast<float>((std::uint32_t{w[i]} << 16) | w[i + 1]));
        if (!(x - x == 0.0)) ++r.errors;
        else if (x >= 45.0 && x <= 65.0) put(static_cast<float>(x)); else ++r.errors;
    }
}

/// The hand-written decoder handing bad values to the consumer as bad samples (the reason in
/// the quality, the default value) instead of reporting them; returns the number of bad ones.
template <class Sink>
std::size_t hand_decode_quality_samples(std::uint8_t unit, pf::register_kind kind, std::uint16_t start, const std::uint16_t* w,
                                        std::size_t n, pf::timestamp t, ts::data::source_id src, Sink& out) {
    using ts::data::quality;
    using ts::data::reason;
    if (unit != 1 || kind != pf::register_kind::input_register) return 0;
    std::size_t bad = 0;
    auto put = [&](auto v, quality q) {
        out(ts::data::sample<decltype(v)>{v, t, src.entity, src.connection, q});
        if (!q.is_good()) ++bad;
    };
    auto at = [&](std::uint16_t address, std::uint16_t regs, std::size_t& i, auto zero) {
        if (address < start || static_cast<std::size_t>(address - start) >= n) return 0;
        i = static_cast<std::size_t>(address - start);
        if (n - i < regs) { put(zero, quality::bad(reason::communication)); return 0; }
        return 1;
    };
    auto in_range = [](double x, double lo, double hi) {
        return x < lo ? quality::bad(reason::below_minimum) : x > hi ? quality::bad(reason::above_maximum) : quality::good();
    };
    std::size_t i = 0;
    if (at(100, 2, i, 0.0)) {
        const double x = static_cast<double>((std::uint32_t{w[i]} << 16) | w[i + 1]) / 10.0;
        const quality q = in_range(x, 0.0, 5000.0);
        put(q.is_good() ? x : 0.0, q);
    }
    if (at(102, 1, i, 0.0)) {
        const double x = static_cast<double>(static_cast<std::int16_t>(w[i])) / 10.0;
        const quality q = in_range(x, -40.0, 85.0);
        put(q.is_good() ? x : 0.0, q);
    }
    if (at(103, 1, i, 0.0)) {
        const double x = static_cast<double>(w[i]) / 100.0;
        const quality q = in_range(x, 0.0, 400.0);
        put(q.is_good() ? x : 0.0, q);
    }
    if (at(104, 1, i, 0.0)) {
        const double x = static_cast<double>(w[i]) / 1000.0;  // mA -> A
        const quality q = in_range(x, 0.0, 60.0);
        put(q.is_good() ? x : 0.0, q);
    }
    if (at(105, 1, i, std::uint16_t{0})) {
        const double x = static_cast<double>(w[i]);
        const quality q = in_range(x, 0.0, 20000.0);
        put(q.is_good() ? static_cast<std::uint16_t>(x) : std::uint16_t{0}, q);
    }
    if (at(106, 2, i, 0.0f)) {
        const double x = static_cast<double>(std::bit_cast<float>((std::uint32_t{w[i]} << 16) | w[i + 1]));
        const quality q = !(x - x == 0.0) ? quality::bad(reason::not_finite) : in_range(x, 45.0, 65.0);
        put(q.is_good() ? static_cast<float>(x) : 0.0f, q);
    }
    return bad;
}

/// The images as Modbus blocks read at image_time(k) from source {7, 1}.
auto image_blocks(const Image* p) {
    return std::views::iota(std::size_t{0}, count) | std::views::transform([p](std::size_t k) {
               return pf::modbus_block{1, pf::register_kind::input_register, 100, p[k].words, image_time(k), {7, 1}};
           });
}

// The batch decode_samples over all blocks (its decode loop calls nothing but the consumer).
void BM_modbus_samples_twinspec(benchmark::State& state) {
    const auto& v = images();
    for (auto _ : state) {
        const Image* p = opaque(v);
        sample_sink sink;
        pf::decode_report r;
        MeterMap::decode_samples(image_blocks(p), r, [&](const pf::point_info&, const auto& s) { sink(s); });
        benchmark::DoNotOptimize(sink);
        benchmark::DoNotOptimize(r.written);
        benchmark::DoNotOptimize(r.errors.size());
    }
    finish(state);
}

// One decode_samples call per block: its cold error path is a call in the caller's loop.
void BM_modbus_samples_per_block_twinspec(benchmark::State& state) {
    const auto& v = images();
    for (auto _ : state) {
        const Image* p = opaque(v);
        sample_sink sink;
        pf::decode_report r;
        for (std::size_t k = 0; k != count; ++k)
            MeterMap::decode_samples(pf::modbus_block{1, pf::register_kind::input_register, 100, p[k].words, image_time(k), {7, 1}}, r,
                                     [&](const pf::point_info&, const auto& s) { sink(s); });
        benchmark::DoNotOptimize(sink);
        benchmark::DoNotOptimize(r.written);
        benchmark::DoNotOptimize(r.errors.size());
    }
    finish(state);
}

// One decode_samples(block, f) call per block: bad values go to the consumer as bad samples.
void BM_modbus_samples_per_block_quality_twinspec(benchmark::State& state) {
    const auto& v = images();
    for (auto _ : state) {
        const Image* p = opaque(v);
        sample_sink sink;
        std::size_t bad = 0;
        for (std::size_t k = 0; k != count; ++k)
            bad += MeterMap::decode_samples(pf::modbus_block{1, pf::register_kind::input_register, 100, p[k].words, image_time(k), {7, 1}},
                                            [&](const pf::point_info&, const auto& s) { sink(s); });
        benchmark::DoNotOptimize(sink);
        benchmark::DoNotOptimize(bad);
    }
    finish(state);
}

void BM_modbus_samples_per_block_quality_baseline(benchmark::State& state) {
    const auto& v = images();
    for (auto _ : state) {
        const Image* p = opaque(v);
        sample_sink sink;
        std::size_t bad = 0;
        for (std::size_t k = 0; k != count; ++k)
            bad += hand_decode_quality_samples(1, pf::register_kind::input_register, 100, p[k].words, 9, image_time(k), {7, 1}, sink);
        benchmark::DoNotOptimize(sink);
        benchmark::DoNotOptimize(bad);
    }
    finish(state);
}

void BM_modbus_samples_baseline(benchmark::State& state) {
    const auto& v = images();
    for (auto _ : state) {
        const Image* p = opaque(v);
        sample_sink sink;
        hand_report r;
        for (std::size_t k = 0; k != count; ++k)
            hand_decode_samples(1, pf::register_kind::input_register, 100, p[k].words, 9, image_time(k), {7, 1}, sink, r);
        benchmark::DoNotOptimize(sink);
        benchmark::DoNotOptimize(r.written);
        benchmark::DoNotOptimize(r.errors);
    }
    finish(state);
}

/// The start-up check's consumer: good values summed, bad ones counted per reason.
struct sample_tally {
    double sum = 0;
    std::size_t good = 0;
    std::size_t bad[256] = {};
    template <class T>
    void operator()(const ts::data::sample<T>& s) {
        if (s.quality.is_good()) {
            sum += static_cast<double>(s.value);
            ++good;
        } else {
            ++bad[static_cast<std::size_t>(s.quality.reason)];
            if (s.value != T{}) ++bad[255];  // never a clamped value
        }
    }
};

bool same_results() {
    const auto chain = loss | quality | rate;
    if (chain(LossIn{20.0, 10.0}).ok() || chain(LossIn{1.0, 10.0}).failed_model() != "") return false;
    for (const auto& in : model_inputs()) {
        double eff = 0;
        const bool ok = hand_chain(in, eff);
        const auto r = chain(in);
        if (!ok || !r.ok() || eff != r.value.efficiency) return false;  // every input is inside every domain
    }
    for (const auto& im : images()) {
        Meter a{};
        Meter b{};
        pf::decode_report ra;
        hand_report rb;
        MeterMap::decode(pf::modbus_block{1, pf::register_kind::input_register, 100, im.words}, a, ra);
        hand_decode(1, pf::register_kind::input_register, 100, im.words, 9, b, rb);
        if (ra.written != 6 || ra.written != rb.written || ra.errors.size() != rb.errors || a.inputPower != b.inputPower ||
            a.temperature != b.temperature || a.voltage != b.voltage || a.current != b.current || a.fanSpeed != b.fanSpeed ||
            a.frequency != b.frequency)
            return false;
    }
    {
        sample_sink a;
        sample_sink b;
        pf::decode_report ra;
        hand_report rb;
        for (std::size_t k = 0; k != count; ++k) {
            const auto& im = images()[k];
            MeterMap::decode_samples(pf::modbus_block{1, pf::register_kind::input_register, 100, im.words, image_time(k), {7, 1}}, ra,
                                     [&](const pf::point_info&, const auto& s) { a(s); });
            hand_decode_samples(1, pf::register_kind::input_register, 100, im.words, 9, image_time(k), {7, 1}, b, rb);
        }
        if (a.good != 6 * count || a.good != b.good || a.sum != b.sum || a.time != b.time || a.source != b.source ||
            ra.written != rb.written || ra.errors.size() != rb.errors)
            return false;
    }
    {
        sample_sink a;
        sample_sink b;
        pf::decode_report ra;
        hand_report rb;
        MeterMap::decode_samples(image_blocks(images().data()), ra, [&](const pf::point_info&, const auto& s) { a(s); });
        for (std::size_t k = 0; k != count; ++k)
            hand_decode_samples(1, pf::register_kind::input_register, 100, images()[k].words, 9, image_time(k), {7, 1}, b, rb);
        if (a.good != 6 * count || a.good != b.good || a.sum != b.sum || a.time != b.time || a.source != b.source ||
            ra.written != rb.written || ra.errors.size() != rb.errors)
            return false;
    }
    {
        // Both sides give the same good and bad samples: the images, and the same images with
        // the temperature above its range, the frequency NaN, and a short block.
        sample_tally a;
        sample_tally b;
        std::size_t bad_a = 0;
        std::size_t bad_b = 0;
        for (std::size_t k = 0; k != count; ++k) {
            Image im = images()[k];
            if (k % 7 == 1) im.words[2] = 900;     // 90 degC
            if (k % 11 == 2) im.words[6] = 0x7FC0;  // NaN
            const std::size_t n = k % 13 == 3 ? 8 : 9;  // the frequency's second word missing
            bad_a += MeterMap::decode_samples(pf::modbus_block{1, pf::register_kind::input_register, 100, {im.words, n}, image_time(k), {7, 1}},
                                              [&](const pf::point_info&, const auto& s) { a(s); });
            bad_b += hand_decode_quality_samples(1, pf::register_kind::input_register, 100, im.words, n, image_time(k), {7, 1}, b);
        }
        if (bad_a == 0 || bad_a != bad_b || a.good != b.good || a.sum != b.sum || a.bad[255] != 0)
            return false;
        for (std::size_t r = 0; r != 256; ++r)
            if (a.bad[r] != b.bad[r]) return false;
    }
    return true;
}

void pair(const char* comparison, void (*twinspec)(benchmark::State&), void (*baseline)(benchmark::State&)) {
    const std::string base = std::string("BM_") + comparison;
    benchmark::RegisterBenchmark((base + "/twinspec").c_str(), twinspec)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark((base + "/baseline").c_str(), baseline)->Unit(benchmark::kMicrosecond);
}

const bool registered = [] {
    if (!same_results()) {
        std::fprintf(stderr, "platform_bench: twinspec and the hand-written code disagree\n");
        std::abort();
    }
    pair("model_chain3", BM_model_chain3_twinspec, BM_model_chain3_baseline);
    pair("modbus_decode", BM_modbus_decode_twinspec, BM_modbus_decode_baseline);
    pair("modbus_samples", BM_modbus_samples_twinspec, BM_modbus_samples_baseline);
    pair("modbus_samples_per_block", BM_modbus_samples_per_block_twinspec, BM_modbus_samples_baseline);
    pair("modbus_samples_per_block_quality", BM_modbus_samples_per_block_quality_twinspec, BM_modbus_samples_per_block_quality_baseline);
    return true;
}();
}  // namespace platform_bench
