// A 130-member entity (Hana's own struct macro stops at 55; the issue asks for 128):
// declared, reflected and checked at compile time. Generated once by a few lines of Python.
#include <twinspec/core/entity.hpp>
#include <twinspec/core/for_each_field.hpp>
#include <twinspec/core/get.hpp>

#include <cstdint>

namespace ts = twinspec;

namespace wide_test {
TWINSPEC_ENTITY(Wide, ts::meta(ts::id("dtmi:example:test:Wide;1")),
    (double, m0, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m1, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m2, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m3, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m4, ts::telemetry, ts::range(-100, 100)),
    (double, m5, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m6, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m7, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m8, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m9, ts::telemetry, ts::range(-100, 100)),
    (double, m10, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m11, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m12, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m13, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m14, ts::telemetry, ts::range(-100, 100)),
    (double, m15, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m16, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m17, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m18, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m19, ts::telemetry, ts::range(-100, 100)),
    (double, m20, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m21, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m22, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m23, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m24, ts::telemetry, ts::range(-100, 100)),
    (double, m25, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m26, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m27, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m28, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m29, ts::telemetry, ts::range(-100, 100)),
    (double, m30, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m31, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m32, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m33, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m34, ts::telemetry, ts::range(-100, 100)),
    (double, m35, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m36, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m37, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m38, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m39, ts::telemetry, ts::range(-100, 100)),
    (double, m40, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m41, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m42, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m43, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m44, ts::telemetry, ts::range(-100, 100)),
    (double, m45, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m46, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m47, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m48, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m49, ts::telemetry, ts::range(-100, 100)),
    (double, m50, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m51, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m52, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m53, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m54, ts::telemetry, ts::range(-100, 100)),
    (double, m55, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m56, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m57, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m58, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m59, ts::telemetry, ts::range(-100, 100)),
    (double, m60, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m61, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m62, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m63, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m64, ts::telemetry, ts::range(-100, 100)),
    (double, m65, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m66, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m67, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m68, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m69, ts::telemetry, ts::range(-100, 100)),
    (double, m70, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m71, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m72, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m73, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m74, ts::telemetry, ts::range(-100, 100)),
    (double, m75, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m76, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m77, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m78, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m79, ts::telemetry, ts::range(-100, 100)),
    (double, m80, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m81, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m82, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m83, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m84, ts::telemetry, ts::range(-100, 100)),
    (double, m85, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m86, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m87, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m88, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m89, ts::telemetry, ts::range(-100, 100)),
    (double, m90, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m91, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m92, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m93, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m94, ts::telemetry, ts::range(-100, 100)),
    (double, m95, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m96, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m97, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m98, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m99, ts::telemetry, ts::range(-100, 100)),
    (double, m100, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m101, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m102, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m103, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m104, ts::telemetry, ts::range(-100, 100)),
    (double, m105, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m106, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m107, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m108, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m109, ts::telemetry, ts::range(-100, 100)),
    (double, m110, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m111, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m112, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m113, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m114, ts::telemetry, ts::range(-100, 100)),
    (double, m115, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m116, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m117, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m118, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m119, ts::telemetry, ts::range(-100, 100)),
    (double, m120, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m121, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m122, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m123, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m124, ts::telemetry, ts::range(-100, 100)),
    (double, m125, ts::telemetry, ts::range(-1.5, 1.5)),
    (float, m126, ts::telemetry, ts::range(-1.5, 1.5)),
    (std::int32_t, m127, ts::telemetry, ts::range(-100, 100)),
    (std::uint16_t, m128, ts::telemetry, ts::range(0, 1000)),
    (std::int64_t, m129, ts::telemetry, ts::range(-100, 100)));

struct WidePlain {
    double m0;
    float m1;
    std::int32_t m2;
    std::uint16_t m3;
    std::int64_t m4;
    double m5;
    float m6;
    std::int32_t m7;
    std::uint16_t m8;
    std::int64_t m9;
    double m10;
    float m11;
    std::int32_t m12;
    std::uint16_t m13;
    std::int64_t m14;
    double m15;
    float m16;
    std::int32_t m17;
    std::uint16_t m18;
    std::int64_t m19;
    double m20;
    float m21;
    std::int32_t m22;
    std::uint16_t m23;
    std::int64_t m24;
    double m25;
    float m26;
    std::int32_t m27;
    std::uint16_t m28;
    std::int64_t m29;
    double m30;
    float m31;
    std::int32_t m32;
    std::uint16_t m33;
    std::int64_t m34;
    double m35;
    float m36;
    std::int32_t m37;
    std::uint16_t m38;
    std::int64_t m39;
    double m40;
    float m41;
    std::int32_t m42;
    std::uint16_t m43;
    std::int64_t m44;
    double m45;
    float m46;
    std::int32_t m47;
    std::uint16_t m48;
    std::int64_t m49;
    double m50;
    float m51;
    std::int32_t m52;
    std::uint16_t m53;
    std::int64_t m54;
    double m55;
    float m56;
    std::int32_t m57;
    std::uint16_t m58;
    std::int64_t m59;
    double m60;
    float m61;
    std::int32_t m62;
    std::uint16_t m63;
    std::int64_t m64;
    double m65;
    float m66;
    std::int32_t m67;
    std::uint16_t m68;
    std::int64_t m69;
    double m70;
    float m71;
    std::int32_t m72;
    std::uint16_t m73;
    std::int64_t m74;
    double m75;
    float m76;
    std::int32_t m77;
    std::uint16_t m78;
    std::int64_t m79;
    double m80;
    float m81;
    std::int32_t m82;
    std::uint16_t m83;
    std::int64_t m84;
    double m85;
    float m86;
    std::int32_t m87;
    std::uint16_t m88;
    std::int64_t m89;
    double m90;
    float m91;
    std::int32_t m92;
    std::uint16_t m93;
    std::int64_t m94;
    double m95;
    float m96;
    std::int32_t m97;
    std::uint16_t m98;
    std::int64_t m99;
    double m100;
    float m101;
    std::int32_t m102;
    std::uint16_t m103;
    std::int64_t m104;
    double m105;
    float m106;
    std::int32_t m107;
    std::uint16_t m108;
    std::int64_t m109;
    double m110;
    float m111;
    std::int32_t m112;
    std::uint16_t m113;
    std::int64_t m114;
    double m115;
    float m116;
    std::int32_t m117;
    std::uint16_t m118;
    std::int64_t m119;
    double m120;
    float m121;
    std::int32_t m122;
    std::uint16_t m123;
    std::int64_t m124;
    double m125;
    float m126;
    std::int32_t m127;
    std::uint16_t m128;
    std::int64_t m129;
};
static_assert(sizeof(Wide) == sizeof(WidePlain));
static_assert(ts::field_count_v<Wide> == 130);
static_assert(ts::field_t<Wide, "m129">::pointer == &Wide::m129);
static_assert(ts::field_t<Wide, "m0">::name == "m0");

constexpr int count_fields() {
    Wide w{};
    int n = 0;
    ts::for_each_field(w, [&](auto, auto&) { ++n; });
    return n;
}
static_assert(count_fields() == 130);

constexpr double last() {
    Wide w{};
    ts::get<"m129">(w) = 7;
    return static_cast<double>(w.m129);
}
static_assert(last() == 7.0);
}  // namespace wide_test
