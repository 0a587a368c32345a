// twinspec/twin/lifecycle.hpp — the lifecycle of a virtual entity:
// constructed -> assembled -> verified -> running -> retired. One table of legal transitions,
// used by the compile-time typestate (`virtual_entity<Spec, stage::…>`, twin/virtual_entity.hpp)
// and by the run-time form here (`transition(from, to)` returns an error value).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace twinspec {

/// Where a virtual entity is in its life.
enum class lifecycle_state : std::uint8_t {
    constructed,  ///< state exists, sub-models not yet composed
    assembled,    ///< sub-models composed, wiring checked
    verified,     ///< compared with physical readings within tolerances
    running,      ///< updated from the physical side, models evaluated
    retired,      ///< out of service; kept for the record, never runs again
};

/// `"constructed"` …
[[nodiscard]] constexpr std::string_view to_string(lifecycle_state s) noexcept {
    constexpr std::string_view names[] = {"constructed", "assembled", "verified", "running", "retired"};
    return names[static_cast<std::uint8_t>(s)];
}

/// The legal transitions: constructed -> assembled -> verified -> running -> retired, plus
/// retiring from any stage but retired. Nothing else (no skipping verification, no way back
/// from retired, no self-transition).
[[nodiscard]] constexpr bool lifecycle_allows(lifecycle_state from, lifecycle_state to) noexcept {
    using enum lifecycle_state;
    switch (from) {
        case constructed: return to == assembled || to == retired;
        case assembled: return to == verified || to == retired;
        case verified: return to == running || to == retired;
        case running: return to == retired;
        case retired: return false;
    }
    return false;
}

/// An illegal transition, as a value.
struct lifecycle_error {
    lifecycle_state from = lifecycle_state::constructed;
    lifecycle_state to = lifecycle_state::constructed;
    std::string path;  ///< where (e.g. `/Beam/beam-7`), may be empty

    /// `/Beam/beam-7: illegal lifecycle transition assembled -> running (legal from assembled: verified, retired)`
    [[nodiscard]] std::string to_string() const {
        std::string s = path.empty() ? std::string("/") : path;
        s += ": illegal lifecycle transition ";
        s += twinspec::to_string(from);
        s += " -> ";
        s += twinspec::to_string(to);
        s += " (legal from ";
        s += twinspec::to_string(from);
        s += ": ";
        bool any = false;
        for (std::uint8_t i = 0; i != 5; ++i) {
            const auto next = static_cast<lifecycle_state>(i);
            if (!lifecycle_allows(from, next)) continue;
            if (any) s += ", ";
            s += twinspec::to_string(next);
            any = true;
        }
        if (!any) s += "none";
        s += ')';
        return s;
    }
};

/// The result of a run-time transition: the new state, or the error (state unchanged).
struct transition_result {
    lifecycle_state state = lifecycle_state::constructed;
    bool ok = true;
    lifecycle_error error{};
    explicit operator bool() const noexcept { return ok; }
};

/// Run-time form: `transition(from, to)` is `{to, ok}` when legal, otherwise `{from, !ok, error}`.
[[nodiscard]] inline transition_result transition(lifecycle_state from, lifecycle_state to, std::string_view path = {}) {
    if (lifecycle_allows(from, to)) return {to, true, {}};
    return {from, false, lifecycle_error{from, to, std::string(path)}};
}

/// A one-byte run-time lifecycle for twins kept in containers (thousands of beams):
/// `advance(to)` moves only along legal transitions and reports the others.
class lifecycle {
public:
    constexpr lifecycle() noexcept = default;
    [[nodiscard]] constexpr lifecycle_state state() const noexcept { return state_; }
    /// Moves to `to` and returns true, or returns false leaving the state unchanged;
    /// `error(to)` describes the refusal.
    constexpr bool advance(lifecycle_state to) noexcept {
        if (!lifecycle_allows(state_, to)) return false;
        state_ = to;
        return true;
    }
    /// Like `advance`, but returns the full result (with the error value and its path).
    transition_result advance_or_error(lifecycle_state to, std::string_view path = {}) {
        transition_result r = transition(state_, to, path);
        state_ = r.state;
        return r;
    }

private:
    lifecycle_state state_ = lifecycle_state::constructed;
};
static_assert(sizeof(lifecycle) == 1);

/// Compile-time stage tags of the typestate `virtual_entity<Spec, Stage>`.
namespace stage {
struct constructed {
    static constexpr lifecycle_state value = lifecycle_state::constructed;
};
struct assembled {
    static constexpr lifecycle_state value = lifecycle_state::assembled;
};
struct verified {
    static constexpr lifecycle_state value = lifecycle_state::verified;
};
struct running {
    static constexpr lifecycle_state value = lifecycle_state::running;
};
struct retired {
    static constexpr lifecycle_state value = lifecycle_state::retired;
};
}  // namespace stage

}  // namespace twinspec
