// twinspec/twin/model.hpp — `model<Entities…>`: the twin graph's store. One contiguous
// container per entity type, stable handles with generation counters, external string ids,
// and relationships traversed (both ways) as range-v3 views.
#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/iota.hpp>
#include <range/v3/view/subrange.hpp>
#include <range/v3/view/transform.hpp>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/twin/ref.hpp>
#include <twinspec/twin/relationship.hpp>

namespace twinspec {

/// What `model::get` returns: a pointer to the object, or why there is none. Test it before
/// use: `if (auto c = m.get(r)) c->rsrp = -90.0; else report(c.error());`.
template <class T>
class lookup {
public:
    constexpr explicit lookup(T* p) noexcept : ptr_(p), error_(ref_error::none) {}
    constexpr explicit lookup(ref_error e) noexcept : ptr_(nullptr), error_(e) {}

    [[nodiscard]] constexpr bool ok() const noexcept { return ptr_ != nullptr; }
    constexpr explicit operator bool() const noexcept { return ptr_ != nullptr; }
    /// The object, or `nullptr`.
    [[nodiscard]] constexpr T* get() const noexcept { return ptr_; }
    /// `ref_error::none`, or why the handle leads nowhere.
    [[nodiscard]] constexpr ref_error error() const noexcept { return error_; }
    /// Precondition: `ok()` (as for `std::optional`).
    [[nodiscard]] constexpr T& operator*() const noexcept {
        assert(ptr_ != nullptr);
        return *ptr_;
    }
    [[nodiscard]] constexpr T* operator->() const noexcept {
        assert(ptr_ != nullptr);
        return ptr_;
    }

private:
    T* ptr_;
    ref_error error_;
};

namespace detail {

struct string_hash {
    using is_transparent = void;
    [[nodiscard]] std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// One entity type's container: objects in one vector indexed by slot, a parallel vector of
/// slot states (generation, live), a free list, and the optional external ids.
template <class T>
struct entity_store {
    struct slot_state {
        std::uint8_t generation = 1;  // the generation of the current (or next) occupant
        bool live = false;
    };

    std::vector<T> objects;
    std::vector<slot_state> slots;
    std::vector<std::uint32_t> free;                // erased slots that may be reused (LIFO)
    std::vector<std::string> ids;                   // by slot; grown only once ids are used
    std::unordered_map<std::string, std::uint32_t, string_hash, std::equal_to<>> by_id;
    std::size_t live = 0;

    [[nodiscard]] ref_error status(ref<T> r) const noexcept {
        if (r.is_null()) return ref_error::null;
        if (r.index() >= slots.size()) return ref_error::out_of_range;
        const slot_state s = slots[r.index()];
        return (s.live && s.generation == r.generation()) ? ref_error::none : ref_error::stale;
    }
    [[nodiscard]] bool contains(ref<T> r) const noexcept { return status(r) == ref_error::none; }
    [[nodiscard]] ref<T> handle(std::uint32_t i) const noexcept { return ref<T>::from_parts(i, slots[i].generation); }
    [[nodiscard]] std::string_view id(std::uint32_t i) const noexcept {
        return i < ids.size() ? std::string_view(ids[i]) : std::string_view{};
    }

    ref<T> add(T&& obj) {
        std::uint32_t i;
        if (!free.empty()) {
            i = free.back();
            free.pop_back();
            objects[i] = std::move(obj);
        } else {
            if (slots.size() >= ref<T>::slot_count) return {};
            i = static_cast<std::uint32_t>(slots.size());
            objects.push_back(std::move(obj));
            slots.emplace_back();
        }
        slots[i].live = true;
        ++live;
        return handle(i);
    }

    bool erase(ref<T> r) {
        if (!contains(r)) return false;
        const std::uint32_t i = r.index();
        objects[i] = T{};  // release what the object owns; the slot stays in place
        slot_state& s = slots[i];
        s.live = false;
        --live;
        if (i < ids.size() && !ids[i].empty()) {
            if (auto it = by_id.find(std::string_view(ids[i])); it != by_id.end()) by_id.erase(it);
            ids[i].clear();
        }
        // A slot whose generation is exhausted is retired: reusing it would let a handle
        // from its first life name a new object.
        if (s.generation < ref<T>::max_generation) {
            ++s.generation;
            free.push_back(i);
        }
        return true;
    }

    void clear() {
        // generations survive a clear, so handles from before it are still detected as stale
        for (std::uint32_t i = 0; i != slots.size(); ++i)
            if (slots[i].live) erase(handle(i));
    }
};

/// The containers of a model; each base is tagged with its position, so that an entity type
/// listed twice reaches the model's own rule (and its message) rather than a duplicate-base error.
template <std::size_t I, class T>
struct indexed_store : entity_store<T> {};
template <class Indices, class... Es>
struct model_stores;
template <std::size_t... I, class... Es>
struct model_stores<std::index_sequence<I...>, Es...> : indexed_store<I, Es>... {};

}  // namespace detail

/// A twin graph: objects of the entity types `Es…`, each type in its own contiguous
/// container (a slot vector with a free list — no allocation per object), addressed by
/// `ref<T>` handles that detect erased objects. A relationship field (`ref<U>` or
/// `std::vector<ref<U>>`, declared `relationship`) whose target `U` is not among `Es…` is a
/// compile error that names the field and the type.
///
/// Views returned by `refs`, `objects`, `related` and `referrers` read the model's
/// containers in place: like iterators, they are invalidated by `add` of the type they
/// read (and see erasures as they happen).
template <Entity... Es>
class model : private detail::model_stores<std::index_sequence_for<Es...>, Es...> {
    static_assert(detail::model_rules_ok<Es...>, "twinspec: the model breaks the rule stated above");

    template <class T>
    detail::entity_store<T>& store() noexcept { return *this; }
    template <class T>
    const detail::entity_store<T>& store() const noexcept { return *this; }

public:
    using entity_types = type_list<Es...>;

    /// True when the model holds entities of type `T`.
    template <class T>
    static constexpr bool holds = (std::is_same_v<T, Es> || ...);

    // --- objects -----------------------------------------------------------------------

    /// Stores `obj` and returns its handle; the null handle when the type's 2^24 slots are
    /// used up.
    template <class T>
        requires holds<T>
    ref<T> add(T obj) {
        return store<T>().add(std::move(obj));
    }

    /// Stores `obj` under the external id `id` (unique per entity type). Returns the null
    /// handle, storing nothing, when `id` is empty or already taken (or the slots are used up).
    template <class T>
        requires holds<T>
    ref<T> add(T obj, std::string id) {
        auto& s = store<T>();
        if (id.empty() || s.by_id.find(std::string_view(id)) != s.by_id.end()) return {};
        const ref<T> r = s.add(std::move(obj));
        if (r.is_null()) return r;
        if (s.ids.size() <= r.index()) s.ids.resize(std::size_t{r.index()} + 1U);
        s.by_id.emplace(id, r.index());
        s.ids[r.index()] = std::move(id);
        return r;
    }

    /// The object `r` names, or why there is none (null, out of range, stale). Never UB.
    template <class T>
        requires holds<T>
    [[nodiscard]] lookup<T> get(ref<T> r) noexcept {
        auto& s = store<T>();
        const ref_error e = s.status(r);
        return e == ref_error::none ? lookup<T>(&s.objects[r.index()]) : lookup<T>(e);
    }
    template <class T>
        requires holds<T>
    [[nodiscard]] lookup<const T> get(ref<T> r) const noexcept {
        const auto& s = store<T>();
        const ref_error e = s.status(r);
        return e == ref_error::none ? lookup<const T>(&s.objects[r.index()]) : lookup<const T>(e);
    }

    /// `ref_error::none` when `r` names a live object, else why not.
    template <class T>
        requires holds<T>
    [[nodiscard]] ref_error status(ref<T> r) const noexcept {
        return store<T>().status(r);
    }
    /// True when `r` names a live object.
    template <class T>
        requires holds<T>
    [[nodiscard]] bool contains(ref<T> r) const noexcept {
        return store<T>().contains(r);
    }

    /// Erases the object `r` names (and its external id); false, changing nothing, when `r`
    /// is null or stale. Handles to it become stale; references to it in other objects
    /// become dangling (`check` reports them).
    template <class T>
        requires holds<T>
    bool erase(ref<T> r) {
        return store<T>().erase(r);
    }

    /// Number of live objects of type `T`.
    template <class T>
        requires holds<T>
    [[nodiscard]] std::size_t size() const noexcept {
        return store<T>().live;
    }
    /// Number of live objects of every type.
    [[nodiscard]] std::size_t total_size() const noexcept { return (store<Es>().live + ... + std::size_t{0}); }

    /// Erases every object; handles from before stay detectably stale.
    void clear() { (store<Es>().clear(), ...); }

    // --- external ids ------------------------------------------------------------------

    /// The handle of the object of type `T` with external id `id`, or null.
    template <class T>
        requires holds<T>
    [[nodiscard]] ref<T> find(std::string_view id) const {
        const auto& s = store<T>();
        const auto it = s.by_id.find(id);
        return it == s.by_id.end() ? ref<T>{} : s.handle(it->second);
    }

    /// The external id of the object `r` names; empty when it has none or `r` is stale.
    template <class T>
        requires holds<T>
    [[nodiscard]] std::string_view id_of(ref<T> r) const noexcept {
        const auto& s = store<T>();
        return s.contains(r) ? s.id(r.index()) : std::string_view{};
    }

    // --- iteration ---------------------------------------------------------------------

    /// The handles of the live objects of type `T`, in slot order (a range-v3 view).
    template <class T>
        requires holds<T>
    [[nodiscard]] auto refs() const {
        const auto* s = &store<T>();
        return ranges::views::iota(std::uint32_t{0}, static_cast<std::uint32_t>(s->slots.size())) |
               ranges::views::filter([s](std::uint32_t i) { return s->slots[i].live; }) |
               ranges::views::transform([s](std::uint32_t i) { return s->handle(i); });
    }

    /// The live objects of type `T`, in slot order, as references (a range-v3 view).
    template <class T>
        requires holds<T>
    [[nodiscard]] auto objects() {
        auto* s = &store<T>();
        return ranges::views::iota(std::uint32_t{0}, static_cast<std::uint32_t>(s->slots.size())) |
               ranges::views::filter([s](std::uint32_t i) { return s->slots[i].live; }) |
               ranges::views::transform([s](std::uint32_t i) -> T& { return s->objects[i]; });
    }
    template <class T>
        requires holds<T>
    [[nodiscard]] auto objects() const {
        const auto* s = &store<T>();
        return ranges::views::iota(std::uint32_t{0}, static_cast<std::uint32_t>(s->slots.size())) |
               ranges::views::filter([s](std::uint32_t i) { return s->slots[i].live; }) |
               ranges::views::transform([s](std::uint32_t i) -> const T& { return s->objects[i]; });
    }

    /// Calls `f(ref<T>, T&)` for every live object of type `T` — a plain loop, for hot code.
    template <class T, class F>
        requires holds<T>
    void for_each(F&& f) {
        auto& s = store<T>();
        for (std::uint32_t i = 0, n = static_cast<std::uint32_t>(s.slots.size()); i != n; ++i)
            if (s.slots[i].live) f(s.handle(i), s.objects[i]);
    }
    template <class T, class F>
        requires holds<T>
    void for_each(F&& f) const {
        const auto& s = store<T>();
        for (std::uint32_t i = 0, n = static_cast<std::uint32_t>(s.slots.size()); i != n; ++i)
            if (s.slots[i].live) f(s.handle(i), static_cast<const T&>(s.objects[i]));
    }

    // --- relationships -----------------------------------------------------------------

    /// The live targets of relationship `Field` of the object `r` names, as a range-v3 view
    /// of `ref<U>`: `m.related<"servedBy">(cell)`. Dangling and null entries are skipped
    /// (`check` reports them); a stale `r` gives an empty view.
    template <fixed_string Field, class T>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>>
    [[nodiscard]] auto related(ref<T> r) const {
        using F = field_t<T, Field>;
        using U = relationship_target_t<F>;
        const auto& s = store<T>();
        const ref<U>* first = nullptr;
        const ref<U>* last = nullptr;
        if (s.contains(r)) {
            const auto& value = s.objects[r.index()].*F::pointer;
            if constexpr (relationship_is_many_v<F>) {
                first = value.data();
                last = first + value.size();
            } else {
                first = &value;
                last = first + 1;
            }
        }
        const auto* targets = &store<U>();
        return ranges::subrange<const ref<U>*>(first, last) |
               ranges::views::filter([targets](ref<U> t) { return targets->contains(t); });
    }

    /// The live objects of type `Source` whose relationship `Field` points to `target`, as a
    /// range-v3 view of `ref<Source>`: `m.referrers<Cell, "servedBy">(gnb)`. A scan of the
    /// `Source` container (no index to keep up to date while objects change).
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] auto referrers(ref<U> target) const {
        using F = field_t<Source, Field>;
        const auto* s = &store<Source>();
        const ref<U> t = store<U>().contains(target) ? target : ref<U>{};  // a stale target has none
        return refs<Source>() | ranges::views::filter([s, t](ref<Source> r) {
                   if (t.is_null()) return false;
                   const auto& value = s->objects[r.index()].*F::pointer;
                   if constexpr (relationship_is_many_v<F>) return std::find(value.begin(), value.end(), t) != value.end();
                   else return value == t;
               });
    }
};

}  // namespace twinspec
