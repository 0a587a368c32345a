// twinspec/platform/semver.hpp — semantic versions (`semver{1, 4, 2}`) and the version ranges
// a requirement names (`caret(semver{1, 2, 0})` = ">=1.2.0 <2.0.0"), usable as template arguments.
#pragma once

#include <compare>
#include <string>

namespace twinspec::platform {

/// A semantic version MAJOR.MINOR.PATCH (SemVer 2.0.0 without pre-release or build tags).
/// A structural type: it can be a template argument (`component<"x", semver{1, 4, 2}, …>`).
struct semver {
    unsigned major = 0;
    unsigned minor = 0;
    unsigned patch = 0;

    friend constexpr auto operator<=>(const semver&, const semver&) = default;

    /// "1.4.2".
    [[nodiscard]] std::string to_string() const {
        return std::to_string(major) + '.' + std::to_string(minor) + '.' + std::to_string(patch);
    }
};

/// A half-open range of versions [min, max): a version `v` is in it when min <= v < max.
struct version_range {
    semver min{};
    semver max{};

    /// True when `v` lies in the range.
    [[nodiscard]] constexpr bool contains(semver v) const noexcept { return min <= v && v < max; }

    friend constexpr bool operator==(const version_range&, const version_range&) = default;

    /// ">=1.2.0 <2.0.0".
    [[nodiscard]] std::string to_string() const { return ">=" + min.to_string() + " <" + max.to_string(); }
};

/// The versions compatible with `v` under SemVer (npm's caret): same major version and not
/// older; for 0.y.z the minor version is the breaking one (`^0.3.1` = ">=0.3.1 <0.4.0").
[[nodiscard]] constexpr version_range caret(semver v) noexcept {
    if (v.major != 0) return {v, semver{v.major + 1, 0, 0}};
    return {v, semver{0, v.minor + 1, 0}};
}

/// Exactly one version.
[[nodiscard]] constexpr version_range exactly(semver v) noexcept { return {v, semver{v.major, v.minor, v.patch + 1}}; }

}  // namespace twinspec::platform
