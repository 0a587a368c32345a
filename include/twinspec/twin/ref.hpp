// twinspec/twin/ref.hpp — `ref<T>`: a typed 32-bit handle to an entity held by a model.
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>

namespace twinspec {

/// Why a handle does not lead to a live object (`ref_error::none` when it does).
enum class ref_error : std::uint8_t {
    none,          ///< the handle names a live object
    null,          ///< the null handle
    out_of_range,  ///< the index names no slot of the model (a handle from another model?)
    stale,         ///< the object was erased; its slot may hold another object by now
};

/// `"none"`, `"null handle"` …
[[nodiscard]] constexpr std::string_view to_string(ref_error e) noexcept {
    constexpr std::string_view names[] = {"none", "null handle", "index out of range", "stale handle (the object was erased)"};
    return names[static_cast<std::uint8_t>(e)];
}

/// The null handle, convertible to every `ref<T>`: `cell.servedBy = ts::null_ref;`.
struct null_ref_t {
    explicit constexpr null_ref_t(int) noexcept {}
};
inline constexpr null_ref_t null_ref{0};

/// A typed handle to an object of entity type `T` in a `model`: 32 bits, the slot's
/// generation in the high 8 and the slot index in the low 24. The model bumps a slot's
/// generation when its object is erased, so a handle kept across an erase (even when the
/// slot is reused) is detected as stale; a slot whose generation is exhausted is retired,
/// never reused, so no handle is ever silently re-targeted.
///
/// Generation 0 is never issued: the all-zero handle (`ref<T>{}`, a value-initialised
/// member) is the null handle. `T` may be incomplete. Relationship fields are `ref<T>`
/// (zero or one target) or `std::vector<ref<T>>` (with `items(min, max)` multiplicity).
template <class T>
class ref {
public:
    using entity_type = T;

    static constexpr unsigned index_bits = 24;
    static constexpr unsigned generation_bits = 8;
    /// Number of slots a model can hold per entity type: 16,777,216.
    static constexpr std::uint32_t slot_count = std::uint32_t{1} << index_bits;
    /// The largest generation; a slot reaching it is retired after its next erase.
    static constexpr std::uint32_t max_generation = (std::uint32_t{1} << generation_bits) - 1U;

    /// The null handle.
    constexpr ref() noexcept = default;
    constexpr ref(null_ref_t) noexcept {}  // NOLINT: implicit by design

    /// The handle of slot `index` (< slot_count) at generation `generation` (≤ max_generation).
    [[nodiscard]] static constexpr ref from_parts(std::uint32_t index, std::uint32_t generation) noexcept {
        return ref(((generation & max_generation) << index_bits) | (index & (slot_count - 1U)));
    }
    /// The handle whose 32-bit representation is `raw` (see `raw()`).
    [[nodiscard]] static constexpr ref from_raw(std::uint32_t raw) noexcept { return ref(raw); }

    [[nodiscard]] constexpr std::uint32_t index() const noexcept { return raw_ & (slot_count - 1U); }
    [[nodiscard]] constexpr std::uint32_t generation() const noexcept { return raw_ >> index_bits; }
    /// The 32-bit representation (for storage, hashing, interchange within one process).
    [[nodiscard]] constexpr std::uint32_t raw() const noexcept { return raw_; }

    [[nodiscard]] constexpr bool is_null() const noexcept { return raw_ == 0; }
    constexpr explicit operator bool() const noexcept { return raw_ != 0; }

    /// The representation of slot 0 in generation 1, the first handle a slot gets: in a
    /// model that never erased an object of `T`, every live handle is `first_raw + slot`,
    /// so its object is at `objects + (raw - first_raw)`, with no field to extract.
    static constexpr std::uint32_t first_raw = std::uint32_t{1} << index_bits;

    /// Equal when both name the same slot at the same generation; ordered by slot index,
    /// then generation.
    friend constexpr bool operator==(ref, ref) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(ref a, ref b) noexcept {
        if (const auto c = a.index() <=> b.index(); c != 0) return c;
        return a.generation() <=> b.generation();
    }

private:
    constexpr explicit ref(std::uint32_t raw) noexcept : raw_(raw) {}
    std::uint32_t raw_ = 0;
};

/// True for `ref<T>`.
template <class V>
inline constexpr bool is_ref_v = false;
template <class T>
inline constexpr bool is_ref_v<ref<T>> = true;

}  // namespace twinspec

/// Hashes a handle by its 32-bit representation.
template <class T>
struct std::hash<twinspec::ref<T>> {
    [[nodiscard]] std::size_t operator()(twinspec::ref<T> r) const noexcept { return std::hash<std::uint32_t>{}(r.raw()); }
};
