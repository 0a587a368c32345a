// twinspec/twin/model.hpp — `model<Entities…>`: the twin graph's store. One contiguous
// container per entity type, stable handles with generation counters, external string ids,
// and relationships traversed (both ways) as range-v3 views.
#pragma once

#include <algorithm>
#include <bit>
#include <compare>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <iterator>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include <range/v3/view/filter.hpp>
#include <range/v3/view/iota.hpp>
#include <range/v3/view/subrange.hpp>
#include <range/v3/view/interface.hpp>
#include <range/v3/view/transform.hpp>

#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/core/violation.hpp>  // TWINSPEC_NOINLINE
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

/// True for list relationships; named in the static_assert of `link`/`unlink` so that the
/// diagnostic shows the field (`link_needs_a_list<twinspec_schema_NRCellDU::f_du>`).
template <class F>
inline constexpr bool link_needs_a_list = relationship_is_many_v<F>;
/// `referrer_object` is for `unique` relationships: false, naming the field, for others.
template <class F>
inline constexpr bool referrer_object_needs_unique = relationship_is_unique_v<F>;

/// A list of 32-bit handles in 16 bytes, with room for three in place (no allocation for
/// the common one-to-few inverse relations: a cell's virtual entity, a gNB's sectors), on
/// the heap beyond that. The size decides where the handles are, so a traversal reads one
/// word before the data; the heap capacity follows from the size (`capacity_for`), so it
/// need not be stored. An inverse index holds one per target slot: at 16 bytes rather than
/// a `std::vector`'s 24, a query streams a third less of it.
template <class R>
class alignas(8) small_list {
    static_assert(sizeof(R) == 4 && std::is_trivially_copyable_v<R>, "small_list holds 32-bit handles");

public:
    static constexpr std::uint32_t inline_capacity = 3;

    small_list() noexcept = default;
    small_list(const small_list& o) { assign(o); }
    small_list(small_list&& o) noexcept { steal(o); }
    small_list& operator=(const small_list& o) {
        if (this != &o) {
            release();
            assign(o);
        }
        return *this;
    }
    small_list& operator=(small_list&& o) noexcept {
        if (this != &o) {
            release();
            steal(o);
        }
        return *this;
    }
    ~small_list() { release(); }

    [[nodiscard]] const R* data() const noexcept { return size_ <= inline_capacity ? cells_ : heap(); }
    [[nodiscard]] R* data() noexcept { return size_ <= inline_capacity ? cells_ : heap(); }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
    [[nodiscard]] const R* begin() const noexcept { return data(); }
    [[nodiscard]] const R* end() const noexcept { return data() + size_; }

    /// The heap capacity of a list of `n` handles (n > inline_capacity): 8, then powers of two.
    [[nodiscard]] static constexpr std::uint32_t capacity_for(std::uint32_t n) noexcept {
        return n <= 8U ? 8U : std::bit_ceil(n);
    }

    void push_back(R r) {
        if (size_ < inline_capacity) {
            cells_[size_++] = r;
        } else if (size_ == inline_capacity || size_ == capacity_for(size_)) {
            const std::uint32_t n = size_;
            R* fresh = new R[n == inline_capacity ? capacity_for(n + 1U) : 2U * n];
            std::copy(data(), data() + n, fresh);
            if (n > inline_capacity) delete[] heap();
            set_heap(fresh);
            fresh[n] = r;
            size_ = n + 1U;
        } else {
            heap()[size_++] = r;
        }
    }
    /// Removes the first `r`, keeping the order of the others.
    void remove(R r) noexcept {
        R* d = data();
        for (std::uint32_t i = 0; i != size_; ++i)
            if (d[i] == r) {
                for (std::uint32_t j = i + 1; j != size_; ++j) d[j - 1] = d[j];
                if (size_ == inline_capacity + 1U) {  // back in place: the size says where the data is
                    R kept[inline_capacity];
                    std::copy(d, d + inline_capacity, kept);
                    delete[] d;
                    std::copy(kept, kept + inline_capacity, cells_);
                }
                --size_;
                return;
            }
    }
    void clear() noexcept { release(); }

private:
    [[nodiscard]] R* heap() const noexcept {
        R* p;
        std::memcpy(&p, static_cast<const void*>(&cells_[1]), sizeof p);
        return p;
    }
    void set_heap(R* p) noexcept { std::memcpy(static_cast<void*>(&cells_[1]), &p, sizeof p); }
    /// Frees the heap block, if there is one, and leaves the list empty.
    void release() noexcept {
        if (size_ > inline_capacity) delete[] heap();
        size_ = 0;
    }
    void assign(const small_list& o) {
        if (o.size_ > inline_capacity) {
            R* fresh = new R[capacity_for(o.size_)];
            std::copy(o.begin(), o.end(), fresh);
            set_heap(fresh);
        } else {
            std::copy(o.begin(), o.end(), cells_);
        }
        size_ = o.size_;
    }
    void steal(small_list& o) noexcept {
        size_ = o.size_;
        std::copy(o.cells_, o.cells_ + inline_capacity, cells_);  // the handles, or the heap pointer
        o.size_ = 0;
    }

    std::uint32_t size_ = 0;
    R cells_[inline_capacity]{};  // the handles in place, or the heap pointer in cells_[1..2]
};
static_assert(sizeof(small_list<std::uint32_t>) == 16);

/// The inverse lists of a `unique` relationship (at most one referrer per target): one
/// handle per target slot, null when it has none, so a query reads 4 bytes where a general
/// index reads a 16-byte list. A target that a second source names anyway (the rule broken,
/// which `check` reports) is not lost: its referrers, in link order, move to a small list
/// of their own, and its slot keeps the first of them — so `first(i)` is always one load,
/// with no rare path (and no call) in a query loop.
template <class R>
class unique_lists {
public:
    [[nodiscard]] std::size_t size() const noexcept { return one_.size(); }
    [[nodiscard]] bool empty() const noexcept { return one_.empty(); }
    void resize(std::size_t n) { one_.resize(n); }
    void clear() noexcept {
        one_.clear();
        shared_.clear();
    }
    /// The referrers of target slot `i` (< size()).
    [[nodiscard]] ranges::subrange<const R*> operator[](std::size_t i) const noexcept {
        const R* p = &one_[i];
        if (!shared_.empty()) [[unlikely]] {
            if (const auto it = shared_.find(static_cast<std::uint32_t>(i)); it != shared_.end())
                return {it->second.begin(), it->second.end()};
        }
        return {p, p + (p->is_null() ? 0 : 1)};
    }
    /// The first referrer (in link order) of target slot `i` (< size()), or null.
    [[nodiscard]] R first(std::size_t i) const noexcept { return one_[i]; }

    void push_back(std::uint32_t i, R r) {
        R& slot = one_[i];
        if (slot.is_null()) {
            slot = r;
            return;
        }
        small_list<R>& l = shared_[i];  // built in place (a local list drew g++'s -Warray-bounds)
        if (l.empty()) l.push_back(slot);
        l.push_back(r);
    }
    void remove(std::uint32_t i, R r) noexcept {
        R& slot = one_[i];
        if (const auto it = shared_.find(i); it != shared_.end()) {
            it->second.remove(r);
            slot = *it->second.begin();
            if (it->second.size() == 1) shared_.erase(it);  // the rule holds again: one handle
        } else if (slot == r) {
            slot = R{};
        }
    }
    void clear_target(std::uint32_t i) noexcept {
        shared_.erase(i);
        one_[i] = R{};
    }

private:
    std::vector<R> one_;                                      // by target slot: the (first) referrer, or null
    std::unordered_map<std::uint32_t, small_list<R>> shared_;  // the referrers of the slots named more than once
};

/// The inverse of relationship field `F` of entity `Source`: for every slot of the target
/// type, the live `Source` objects whose field holds the live handle of that slot, in the
/// order the links were made. Empty for a field that is not a relationship; one handle per
/// target for a `unique` one.
template <class Source, class F, bool = RelationshipField<F>>
struct inverse_list {
    void clear() noexcept {}
};
template <class Source, class F>
    requires relationship_is_unique_v<F>
struct inverse_list<Source, F, true> {
    unique_lists<ref<Source>> by_target;  // by target slot index
    /// As in the general index below.
    std::size_t dead = 0;

    void insert(std::uint32_t target, ref<Source> source) {
        if (by_target.size() <= target) by_target.resize(std::size_t{target} + 1U);
        by_target.push_back(target, source);
    }
    void remove(std::uint32_t target, ref<Source> source) noexcept {
        if (target < by_target.size()) by_target.remove(target, source);
    }
    void drop_target(std::uint32_t target) noexcept {
        if (target < by_target.size()) by_target.clear_target(target);
    }
    void clear() noexcept {
        by_target.clear();
        dead = 0;
    }
    [[nodiscard]] ranges::subrange<const ref<Source>*> of(std::uint32_t target) const noexcept {
        return target < by_target.size() ? by_target[target] : ranges::subrange<const ref<Source>*>{};
    }
};
template <class Source, class F>
struct inverse_list<Source, F, true> {
    std::vector<small_list<ref<Source>>> by_target;  // by target slot index
    /// Entries of the field (over all live `Source` objects) that are not live targets:
    /// null in a list, stale, out of range. While 0, traversal skips the liveness test.
    std::size_t dead = 0;

    void insert(std::uint32_t target, ref<Source> source) {
        if (by_target.size() <= target) by_target.resize(std::size_t{target} + 1U);
        by_target[target].push_back(source);
    }
    void remove(std::uint32_t target, ref<Source> source) noexcept {
        if (target >= by_target.size()) return;
        by_target[target].remove(source);
    }
    void drop_target(std::uint32_t target) noexcept {
        if (target < by_target.size()) {
            by_target[target].clear();
        }
    }
    void clear() noexcept {
        by_target.clear();
        dead = 0;
    }
    [[nodiscard]] ranges::subrange<const ref<Source>*> of(std::uint32_t target) const noexcept {
        if (target >= by_target.size()) return {};
        const auto& l = by_target[target];
        return {l.begin(), l.end()};
    }
};

template <class Source, class Fields>
struct inverse_lists_of;
template <class Source, class... F>
struct inverse_lists_of<Source, type_list<F...>> {
    using type = std::tuple<inverse_list<Source, F>...>;
};

/// Calls `f(t)` once for every distinct handle of a relationship value (`ref<U>` or a vector
/// of them) that passes `live(t)`.
template <class V, class Live, class Fn>
void for_each_distinct_live(const V& value, Live&& live, Fn&& f) {
    if constexpr (is_ref_v<V>) {
        if (live(value)) f(value);
    } else if (value.size() <= 16) {
        for (std::size_t i = 0; i != value.size(); ++i) {
            if (!live(value[i])) continue;
            bool seen = false;
            for (std::size_t j = 0; j != i && !seen; ++j) seen = value[j] == value[i];
            if (!seen) f(value[i]);
        }
    } else {
        V sorted(value);
        std::sort(sorted.begin(), sorted.end());
        sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
        // in the value's order, so that the inverse lists keep the order of the links
        for (const auto& t : value) {
            if (!live(t)) continue;
            auto it = std::lower_bound(sorted.begin(), sorted.end(), t);
            if (it != sorted.end() && *it == t) {
                sorted.erase(it);
                f(t);
            }
        }
    }
}

/// The entries of a relationship value that are not live targets (a null `ref<U>` is "none",
/// not dead; a null entry in a list is dead).
template <class V, class Live>
std::size_t count_dead(const V& value, Live&& live) {
    if constexpr (is_ref_v<V>) return (!value.is_null() && !live(value)) ? 1U : 0U;
    else {
        std::size_t n = 0;
        for (const auto& t : value) n += live(t) ? 0U : 1U;
        return n;
    }
}

template <class T>
struct entity_store;

/// How a view turns the handles it reads into objects, chosen once per view from what the
/// model knows: whether any entry may be dangling, and whether the objects' store never
/// erased one (then every live handle is in generation 1, `ref<T>::first_raw + slot`).
enum class handle_decoding : std::uint8_t {
    first_generation,  ///< no entry dangling, the store pristine: the object is at base + (raw − first_raw)
    any_generation,    ///< no entry dangling: the object is at base + index
    tested,            ///< dangling entries exist somewhere: each is tested, and skipped when dead
};

/// Where slot 0 would be if slots were numbered by handle rather than by index: the objects
/// of a pristine store (every handle in generation 1, `first_raw + slot`) are at
/// `origin + raw × sizeof(T)`. An integer, not a pointer: it lies outside the array.
template <class T>
[[nodiscard]] inline std::uintptr_t first_generation_origin(const T* base) noexcept {
    return reinterpret_cast<std::uintptr_t>(base) - std::uintptr_t{ref<std::remove_cv_t<T>>::first_raw} * sizeof(T);
}

/// The object a handle that names a live object leads to: one indexed load, with no field
/// to extract while the store is pristine (the object is found from the handle's bits
/// themselves). The price: `slot_of` of such an object does not fold back to the slot, so
/// `referrer_object(*related_objects(…).begin())` costs one division; see `slot_of`.
template <class Object, class R>
[[nodiscard]] inline Object& object_at(Object* base, R r, handle_decoding d) noexcept {
    if (d == handle_decoding::first_generation) [[likely]]
        return *reinterpret_cast<Object*>(first_generation_origin(base) + std::uintptr_t{r.raw()} * sizeof(Object));
    return base[r.index()];
}

/// The entries of a relationship value that are live targets, as a forward view of
/// `ref<U>` (`Object` void) or of the objects themselves (`Object&`). Unless the decoding
/// is `tested`, no entry is tested: the model counts the dangling entries of every
/// relationship (kept by add, erase, relink, link, unlink, reindex) and there are none.
template <class U, class Object = void>
class live_targets : public ranges::view_interface<live_targets<U, Object>> {
    struct state {
        const ref<U>* last = nullptr;
        const entity_store<U>* targets = nullptr;
        Object* base = nullptr;  // the targets' objects (unused when `Object` is void)
        handle_decoding decoding = handle_decoding::any_generation;
    };
    static constexpr bool yields_handles = std::is_void_v<Object>;
    using reference = std::conditional_t<yields_handles, ref<U>, std::add_lvalue_reference_t<Object>>;

public:
    class iterator {
    public:
        using value_type = std::conditional_t<yields_handles, ref<U>, std::remove_cv_t<Object>>;
        using difference_type = std::ptrdiff_t;
        using iterator_concept = std::forward_iterator_tag;
        using iterator_category = std::forward_iterator_tag;

        iterator() = default;
        iterator(const ref<U>* p, const state& st) noexcept : p_(p), st_(st) { skip(); }
        [[nodiscard]] reference operator*() const noexcept {
            if constexpr (yields_handles) return *p_;
            else return object_at(st_.base, *p_, st_.decoding);
        }
        iterator& operator++() noexcept {
            ++p_;
            skip();
            return *this;
        }
        iterator operator++(int) noexcept {
            iterator old = *this;
            ++*this;
            return old;
        }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.p_ == b.p_; }

    private:
        void skip() noexcept {
            if (st_.decoding == handle_decoding::tested) [[unlikely]]
                p_ = first_live(p_, st_.last, st_.targets);
        }
        const ref<U>* p_ = nullptr;
        state st_{};
    };

    /// The first live entry of [p, last), or `last`: out of line, so that a loop over a
    /// view stays small enough for the compiler to inline the function it is in (the
    /// tested path is for a model with dangling references, which `check` reports). Pure:
    /// without it, clang reloads what the loop holds after the call (callgrind, neighbours:
    /// 9.02 instructions per entry instead of 8.55).
    TWINSPEC_NOINLINE_PURE static const ref<U>* first_live(const ref<U>* p, const ref<U>* last,
                                                      const entity_store<U>* targets) noexcept {
        while (p != last && !targets->contains(*p)) ++p;
        return p;
    }

    live_targets() = default;
    live_targets(const ref<U>* first, const ref<U>* last, const entity_store<U>* targets, Object* base,
                 handle_decoding decoding) noexcept
        : first_(first), st_{last, targets, base, decoding} {}

    [[nodiscard]] iterator begin() const noexcept { return iterator(first_, st_); }
    [[nodiscard]] iterator end() const noexcept { return iterator(st_.last, st_); }

private:
    const ref<U>* first_ = nullptr;
    state st_{};
};

/// The objects a contiguous run of handles names, as a random-access range-v3 view of
/// `Object&` (`const Source&` or `Source&`). The handles must name live objects (the
/// inverse index holds only those), so dereferencing is one indexed load: what a loop over
/// hand-written vectors of indices does, with no lambda box or adaptor state to keep.
template <class Object, class R>
class object_span : public ranges::view_interface<object_span<Object, R>> {
public:
    class iterator {
    public:
        using value_type = std::remove_cv_t<Object>;
        using reference = Object&;
        using difference_type = std::ptrdiff_t;
        using iterator_concept = std::random_access_iterator_tag;
        using iterator_category = std::random_access_iterator_tag;

        iterator() = default;
        iterator(const R* p, Object* base) noexcept : p_(p), base_(base) {}
        [[nodiscard]] Object& operator*() const noexcept { return base_[p_->index()]; }
        [[nodiscard]] Object& operator[](difference_type n) const noexcept { return base_[p_[n].index()]; }
        iterator& operator++() noexcept {
            ++p_;
            return *this;
        }
        iterator operator++(int) noexcept {
            iterator old = *this;
            ++p_;
            return old;
        }
        iterator& operator--() noexcept {
            --p_;
            return *this;
        }
        iterator operator--(int) noexcept {
            iterator old = *this;
            --p_;
            return old;
        }
        iterator& operator+=(difference_type n) noexcept {
            p_ += n;
            return *this;
        }
        iterator& operator-=(difference_type n) noexcept {
            p_ -= n;
            return *this;
        }
        [[nodiscard]] friend iterator operator+(iterator i, difference_type n) noexcept { return i += n; }
        [[nodiscard]] friend iterator operator+(difference_type n, iterator i) noexcept { return i += n; }
        [[nodiscard]] friend iterator operator-(iterator i, difference_type n) noexcept { return i -= n; }
        [[nodiscard]] friend difference_type operator-(const iterator& a, const iterator& b) noexcept {
            return a.p_ - b.p_;
        }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.p_ == b.p_; }
        friend auto operator<=>(const iterator& a, const iterator& b) noexcept { return a.p_ <=> b.p_; }

    private:
        const R* p_ = nullptr;
        Object* base_ = nullptr;
    };

    object_span() = default;
    object_span(const R* first, const R* last, Object* base) noexcept : first_(first), last_(last), base_(base) {}

    [[nodiscard]] iterator begin() const noexcept { return iterator(first_, base_); }
    [[nodiscard]] iterator end() const noexcept { return iterator(last_, base_); }
    [[nodiscard]] std::size_t size() const noexcept { return static_cast<std::size_t>(last_ - first_); }

private:
    const R* first_ = nullptr;
    const R* last_ = nullptr;
    Object* base_ = nullptr;
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
    bool pristine = true;  // no object was ever erased: every slot is live, in generation 1
    typename inverse_lists_of<T, fields_t<T>>::type inverse;  // one per field (empty unless a relationship)

    [[nodiscard]] ref_error status(ref<T> r) const noexcept {
        if (r.is_null()) return ref_error::null;
        if (r.index() >= slots.size()) return ref_error::out_of_range;
        const slot_state s = slots[r.index()];
        return (s.live && s.generation == r.generation()) ? ref_error::none : ref_error::stale;
    }
    [[nodiscard]] bool contains(ref<T> r) const noexcept {
        // Until the first erasure every slot is live in its first generation: the handle
        // alone decides, without reading the slot states (a null handle has generation 0).
        if (pristine) return r.raw() - ref<T>::first_raw < slots.size();  // generation 1, a slot in range
        return status(r) == ref_error::none;
    }
    /// How to find the object of a handle known to be live (`first_generation` while pristine).
    [[nodiscard]] handle_decoding live_decoding() const noexcept {
        return pristine ? handle_decoding::first_generation : handle_decoding::any_generation;
    }
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
        pristine = false;
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
/// read (and see erasures as they happen); a `referrers` view also by any change of the
/// relationship it inverts.
template <Entity... Es>
class model : private detail::model_stores<std::index_sequence_for<Es...>, Es...> {
    static_assert(detail::model_rules_ok<Es...>, "twinspec: the model breaks the rule stated above");

    template <class T>
    detail::entity_store<T>& store() noexcept { return *this; }
    template <class T>
    const detail::entity_store<T>& store() const noexcept { return *this; }

    template <class T, class F>
    detail::inverse_list<T, F>& inverse() noexcept { return std::get<detail::inverse_list<T, F>>(store<T>().inverse); }
    template <class T, class F>
    const detail::inverse_list<T, F>& inverse() const noexcept {
        return std::get<detail::inverse_list<T, F>>(store<T>().inverse);
    }

    // The inverse index: kept up to date by add, erase, relink, link, unlink, clear and reindex.
    template <class T, class F, class V>
    void index_field(ref<T> r, const V& value) {
        using U = relationship_target_t<F>;
        auto& inv = inverse<T, F>();
        const auto& targets = store<U>();
        auto live = [&](ref<U> t) { return targets.contains(t); };
        detail::for_each_distinct_live(value, live, [&](ref<U> t) { inv.insert(t.index(), r); });
        inv.dead += detail::count_dead(value, live);
    }
    template <class T, class F, class V>
    void unindex_field(ref<T> r, const V& value) noexcept {
        using U = relationship_target_t<F>;
        auto& inv = inverse<T, F>();
        const auto& targets = store<U>();
        auto live = [&](ref<U> t) { return targets.contains(t); };
        detail::for_each_distinct_live(value, live, [&](ref<U> t) { inv.remove(t.index(), r); });
        inv.dead -= detail::count_dead(value, live);
    }
    template <class T>
    void index_object(ref<T> r) {
        const T& obj = store<T>().objects[r.index()];
        for_each_relationship<T>([&](auto field) {
            using F = decltype(field);
            index_field<T, F>(r, obj.*F::pointer);
        });
    }
    template <class T>
    void unindex_object(ref<T> r) noexcept {
        const T& obj = store<T>().objects[r.index()];
        for_each_relationship<T>([&](auto field) {
            using F = decltype(field);
            unindex_field<T, F>(r, obj.*F::pointer);
        });
    }
    /// Forgets every referrer of `target` (being erased) in relationships of `S`.
    template <class S, class U>
    void drop_referrers_in(ref<U> target) noexcept {
        const std::uint32_t i = target.index();
        for_each_relationship<S>([&](auto field) {
            using F = decltype(field);
            if constexpr (std::is_same_v<relationship_target_t<F>, U>) {
                auto& inv = inverse<S, F>();
                const auto& sources = store<S>();
                for (const ref<S> src : inv.of(i)) {  // their entries pointing to slot i become dead
                    const auto& value = sources.objects[src.index()].*F::pointer;
                    if constexpr (relationship_is_many_v<F>) {
                        for (const auto& t : value) inv.dead += t == target ? 1U : 0U;
                    } else {
                        inv.dead += 1U;
                    }
                }
                inv.drop_target(i);
            }
        });
    }
    /// Gives every inverse list whose targets are `T`s an (empty) entry for slot `i`, when an
    /// object of `T` is added there: an inverse array covers every slot that holds a live
    /// target (after `clear` it is empty until the next `add`), so that `referrers(obj)` reads
    /// its list with no bounds test.
    template <class T>
    void make_room_as_target(std::uint32_t i) {
        (make_room_in<Es, T>(i), ...);
    }
    /// `make_room_as_target` for the relationships of `S` whose targets are `T`s.
    template <class S, class T>
    void make_room_in(std::uint32_t i) {
        for_each_relationship<S>([&](auto field) {
            using F = decltype(field);
            if constexpr (std::is_same_v<relationship_target_t<F>, T>) {
                auto& lists = inverse<S, F>().by_target;
                if (lists.size() <= i) lists.resize(std::size_t{i} + 1U);
            }
        });
    }
    template <class T>
    void clear_inverse() noexcept {
        std::apply([](auto&... l) { (l.clear(), ...); }, store<T>().inverse);
    }

    /// The live targets of relationship `F` of `obj` (none when null), as a view of handles
    /// (`Object` void) or of the objects (`Object` is `U` or `const U`) of the model `self`.
    template <class F, class Object = void, class Self, class T>
    [[nodiscard]] static auto related_entries(Self& self, const T* obj) {
        using U = relationship_target_t<F>;
        const ref<U>* first = nullptr;
        const ref<U>* last = nullptr;
        if (obj != nullptr) {
            const auto& value = obj->*F::pointer;
            if constexpr (relationship_is_many_v<F>) {
                first = value.data();
                last = first + value.size();
            } else {
                first = &value;
                last = first + 1;
            }
        }
        if constexpr (!relationship_is_many_v<F>) {
            if (first != nullptr && first->is_null()) last = first;  // a null single reference is "none"
        }
        auto& targets = self.template store<U>();
        const detail::handle_decoding decoding =
            self.template inverse<T, F>().dead != 0 ? detail::handle_decoding::tested : targets.live_decoding();
        Object* base = nullptr;
        if constexpr (!std::is_void_v<Object>) base = targets.objects.data();
        return detail::live_targets<U, Object>(first, last, &targets, base, decoding);
    }
    /// The same for the object `r` names (none when `r` is not live).
    template <class F, class Object = void, class Self, class T>
    [[nodiscard]] static auto related_entries(Self& self, ref<T> r) {
        const auto& s = self.template store<T>();
        return related_entries<F, Object>(self, s.contains(r) ? &s.objects[r.index()] : nullptr);
    }

    /// The objects `refs` name, as a range-v3 view: `const Source&` when `Self` is a const
    /// model, `Source&` otherwise. `refs` must name live objects (the inverse index holds only
    /// those), so there is no lookup.
    template <class Source, class Self>
    [[nodiscard]] static auto objects_of(Self& self, ranges::subrange<const ref<Source>*> refs) {
        using object = std::conditional_t<std::is_const_v<Self>, const Source, Source>;
        object* base = self.template store<Source>().objects.data();
        return detail::object_span<object, ref<Source>>(refs.begin(), refs.end(), base);
    }

    /// The slot of an object of this model at hand, from its byte offset: an unsigned
    /// division by the object's size, which the compiler folds away when `obj` came from
    /// `base + slot` (`for_each`, `objects`, `referrer_objects`, `referrer_object`; a pointer
    /// difference is an exact signed division, which g++ keeps). An object from
    /// `related_objects` of a pristine store was found from its handle's bits instead
    /// (`detail::object_at`), and costs the division.
    template <class U>
    [[nodiscard]] std::size_t slot_of(const U& obj) const noexcept {
        const auto& objects = store<U>().objects;
        assert(objects.data() <= &obj && &obj < objects.data() + objects.size() &&
               "referrers/referrer_object(obj): obj is not an object of this model");
        return (reinterpret_cast<std::uintptr_t>(&obj) - reinterpret_cast<std::uintptr_t>(objects.data())) / sizeof(U);
    }

    /// `for_each`'s loop, for a const or a non-const model.
    template <class T, class Self, class F>
    static void for_each_in(Self& self, F& f) {
        using object = std::conditional_t<std::is_const_v<Self>, const T, T>;
        auto& s = self.template store<T>();
        const auto n = static_cast<std::uint32_t>(s.slots.size());
        if (s.pristine) {  // every slot live in generation 1: no slot state to read
            for (std::uint32_t i = 0; i != n; ++i) f(ref<T>::from_raw(ref<T>::first_raw + i), static_cast<object&>(s.objects[i]));
        } else {
            for (std::uint32_t i = 0; i != n; ++i)
                if (s.slots[i].live) f(s.handle(i), static_cast<object&>(s.objects[i]));
        }
    }

    /// `referrer_object`'s work, for a const or a non-const model.
    template <class Source, fixed_string Field, class Self, class U>
    [[nodiscard]] static auto first_referrer(Self& self, const U& target) noexcept {
        using F = field_t<Source, Field>;
        static_assert(detail::referrer_object_needs_unique<F>,
                      "twinspec: rule broken: referrer_object needs a unique relationship (at most one referrer per "
                      "target; annotate the field ts::unique, or use referrer_objects) (the requirement names the field)");
        using object = std::conditional_t<std::is_const_v<Self>, const Source, Source>;
        const std::size_t i = self.slot_of(target);
        object* base = self.template store<Source>().objects.data();
        if constexpr (relationship_is_unique_v<F>) {
            const auto& lists = self.template inverse<Source, F>().by_target;
            const ref<Source> r = lists.first(i);
            if (r.is_null()) return static_cast<object*>(nullptr);
            object* p = base + r.index();
            // a referrer exists, so its object is not null: saying so lets the compiler drop
            // the caller's null test of the result on this path
            if (p == nullptr) __builtin_unreachable();
            return p;
        } else {
            return static_cast<object*>(nullptr);
        }
    }

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
        const ref<T> r = store<T>().add(std::move(obj));
        if (r.is_null()) return r;
        make_room_as_target<T>(r.index());
        index_object(r);
        return r;
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
        make_room_as_target<T>(r.index());
        index_object(r);
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
        if (!store<T>().contains(r)) return false;
        unindex_object(r);
        (drop_referrers_in<Es, T>(r), ...);
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
    void clear() {
        (store<Es>().clear(), ...);
        (clear_inverse<Es>(), ...);
    }

    /// Rebuilds the inverse index from the relationship fields, after they were changed in
    /// place (through `get`, `objects` or `for_each`) rather than with `relink`/`link`/`unlink`.
    /// O(number of relationship entries). `check` reports an index that is out of date.
    void reindex() {
        (clear_inverse<Es>(), ...);
        ([&] {
            auto& s = store<Es>();
            if (!s.slots.empty()) make_room_as_target<Es>(static_cast<std::uint32_t>(s.slots.size() - 1U));
            for (std::uint32_t i = 0, n = static_cast<std::uint32_t>(s.slots.size()); i != n; ++i)
                if (s.slots[i].live) index_object(s.handle(i));
        }(), ...);
    }

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
    /// Until the first erasure of a `T` (every slot live, in generation 1) no slot state is
    /// read: the handles are `ref<T>::first_raw + slot`.
    template <class T, class F>
        requires holds<T>
    void for_each(F&& f) {
        for_each_in<T>(*this, f);
    }
    template <class T, class F>
        requires holds<T>
    void for_each(F&& f) const {
        for_each_in<T>(*this, f);
    }

    // --- relationships -----------------------------------------------------------------

    /// The live targets of relationship `Field` of the object `r` names, as a range-v3 view
    /// of `ref<U>`: `m.related<"servedBy">(cell)`. Dangling and null entries are skipped
    /// (`check` reports them); a stale `r` gives an empty view. While the relationship has no
    /// dangling entry anywhere in the model (the model counts them), the liveness test per
    /// entry is skipped: traversal costs what a loop over a vector of indices costs.
    template <fixed_string Field, class T>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>>
    [[nodiscard]] auto related(ref<T> r) const {
        return related_entries<field_t<T, Field>>(*this, r);
    }

    /// The live targets of relationship `Field` of the object `r` names, as a range-v3 view of
    /// the objects themselves (`U&`, `const U&` on a const model): `related` without a second
    /// lookup per target.
    template <fixed_string Field, class T>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>>
    [[nodiscard]] auto related(const T& obj) const {
        return related_entries<field_t<T, Field>>(*this, &obj);
    }

    /// The same for an object of this model already at hand (from `get`, `objects` or
    /// `for_each`): saves looking its handle up again — `for_each` + `related_objects(obj)`
    /// is what a loop over hand-written vectors costs.
    template <fixed_string Field, class T>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>>
    [[nodiscard]] auto related_objects(const T& obj) const {
        return related_entries<field_t<T, Field>, const relationship_target_t<field_t<T, Field>>>(*this, &obj);
    }

    template <fixed_string Field, class T>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>>
    [[nodiscard]] auto related_objects(ref<T> r) const {
        return related_entries<field_t<T, Field>, const relationship_target_t<field_t<T, Field>>>(*this, r);
    }
    template <fixed_string Field, class T>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>>
    [[nodiscard]] auto related_objects(ref<T> r) {
        return related_entries<field_t<T, Field>, relationship_target_t<field_t<T, Field>>>(*this, r);
    }

    /// The live objects of type `Source` whose relationship `Field` points to `target`, as a
    /// range-v3 view of `ref<Source>` (a contiguous range), in the order the links were made:
    /// `m.referrers<Cell, "servedBy">(gnb)`. O(1): the model keeps an inverse index of every
    /// relationship, updated by `add`, `erase`, `relink`, `link`, `unlink` (a relationship
    /// changed in place through a pointer is seen after `reindex()`; `check` reports it). A
    /// stale or null `target` has no referrers.
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] ranges::subrange<const ref<Source>*> referrers(ref<U> target) const noexcept {
        using F = field_t<Source, Field>;
        if (!store<U>().contains(target)) return {};
        const auto l = inverse<Source, F>().of(target.index());
        return {l.begin(), l.end()};
    }

    /// The objects of `referrers<Source, Field>(target)` themselves (`const Source&`, or
    /// `Source&` on a non-const model): the index holds live objects only, so no lookup.
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] auto referrer_objects(ref<U> target) const {
        return objects_of<Source>(*this, referrers<Source, Field>(target));
    }
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] auto referrer_objects(ref<U> target) {
        return objects_of<Source>(*this, referrers<Source, Field>(target));
    }

    /// `referrers` of an object of this model already at hand (from `get`, `objects`,
    /// `for_each`, `related_objects` or `referrer_objects`): no handle to check, so a
    /// traversal that goes object to object costs what a loop over hand-written vectors of
    /// indices costs. `target` must be an object this model holds (checked by `assert`).
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] ranges::subrange<const ref<Source>*> referrers(const U& target) const noexcept {
        using F = field_t<Source, Field>;
        const auto& lists = inverse<Source, F>().by_target;
        const std::size_t i = slot_of(target);
        // every slot that holds a live U has its list (`make_room_as_target`): no bounds test
        assert(i < lists.size() && "referrers(obj): the inverse index does not cover the object's slot");
        const auto& l = lists[i];  // a small list, or one handle for a unique relationship
        const ref<Source>* first = l.begin();
        return {first, first + l.size()};
    }
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] auto referrer_objects(const U& target) const {
        return objects_of<Source>(*this, referrers<Source, Field>(target));
    }
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] auto referrer_objects(const U& target) {
        return objects_of<Source>(*this, referrers<Source, Field>(target));
    }

    /// The one object of type `Source` whose `unique` relationship `Field` points to the
    /// object `target` (at hand, as for `referrers(obj)`), or nullptr when there is none:
    /// `if (const CellTwin* t = m.referrer_object<CellTwin, "cell">(cell))`. The inverse of a
    /// unique relationship holds one handle per target, so this is one load and one test —
    /// what `twin_of_cell[c]` costs in hand-written code. Should the rule be broken (a second
    /// referrer, which `check` reports), the first one linked; `referrers` lists them all.
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] const Source* referrer_object(const U& target) const noexcept {
        return first_referrer<Source, Field>(*this, target);
    }
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] Source* referrer_object(const U& target) noexcept {
        return first_referrer<Source, Field>(*this, target);
    }
    /// `referrer_object` of the object `target` names; nullptr when `target` is null or stale.
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] const Source* referrer_object(ref<U> target) const noexcept {
        const auto& s = store<U>();
        return s.contains(target) ? first_referrer<Source, Field>(*this, s.objects[target.index()]) : nullptr;
    }
    template <class Source, fixed_string Field, class U>
        requires holds<Source> && HasField<Source, Field> && RelationshipField<field_t<Source, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<Source, Field>>, U>
    [[nodiscard]] Source* referrer_object(ref<U> target) noexcept {
        const auto& s = store<U>();
        return s.contains(target) ? first_referrer<Source, Field>(*this, s.objects[target.index()]) : nullptr;
    }

    /// Sets relationship `Field` of the object `r` names to `value` (a handle, `null_ref`, or
    /// a vector of handles) and updates the inverse index; false, changing nothing, when `r`
    /// is null or stale. Targets that are not live are stored (and reported by `check`).
    template <fixed_string Field, class T>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>>
    bool relink(ref<T> r, typename field_t<T, Field>::value_type value) {
        using F = field_t<T, Field>;
        if (!store<T>().contains(r)) return false;
        auto& member = store<T>().objects[r.index()].*F::pointer;
        unindex_field<T, F>(r, member);
        member = std::move(value);
        index_field<T, F>(r, member);
        return true;
    }

    /// Appends `target` to the relationship list `Field` of the object `r` names (multiplicity
    /// is `check`'s business); false when `r` is null or stale.
    template <fixed_string Field, class T, class U>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<T, Field>>, U>
    bool link(ref<T> r, ref<U> target) {
        using F = field_t<T, Field>;
        static_assert(detail::link_needs_a_list<F>,
                      "twinspec: rule broken: link and unlink need a list relationship (std::vector<ts::ref<T>>); "
                      "set a single ts::ref<T> with relink (the requirement names the field)");
        if constexpr (!relationship_is_many_v<F>) return false;
        else {
        if (!store<T>().contains(r)) return false;
        auto& member = store<T>().objects[r.index()].*F::pointer;
        const bool had = std::find(member.begin(), member.end(), target) != member.end();
        member.push_back(target);
        if (!store<U>().contains(target)) ++inverse<T, F>().dead;
        else if (!had) inverse<T, F>().insert(target.index(), r);
        return true;
        }
    }

    /// Removes every occurrence of `target` from the relationship list `Field` of the object
    /// `r` names; returns how many were removed (0 when `r` is null or stale).
    template <fixed_string Field, class T, class U>
        requires holds<T> && HasField<T, Field> && RelationshipField<field_t<T, Field>> &&
                 std::is_same_v<relationship_target_t<field_t<T, Field>>, U>
    std::size_t unlink(ref<T> r, ref<U> target) {
        using F = field_t<T, Field>;
        static_assert(detail::link_needs_a_list<F>,
                      "twinspec: rule broken: link and unlink need a list relationship (std::vector<ts::ref<T>>); "
                      "set a single ts::ref<T> with relink (the requirement names the field)");
        if constexpr (!relationship_is_many_v<F>) return 0;
        else {
        if (!store<T>().contains(r)) return 0;
        auto& member = store<T>().objects[r.index()].*F::pointer;
        const auto n = static_cast<std::size_t>(std::count(member.begin(), member.end(), target));
        if (n == 0) return 0;
        member.erase(std::remove(member.begin(), member.end(), target), member.end());
        if (store<U>().contains(target)) inverse<T, F>().remove(target.index(), r);
        else inverse<T, F>().dead -= n;
        return n;
        }
    }

    /// The inverse index of relationship field `F` (a field descriptor) of `Source`, by
    /// target slot: what `referrers` reads (`check` compares it with the fields).
    template <class Source, class F>
        requires holds<Source> && RelationshipField<F>
    [[nodiscard]] const auto& inverse_index() const noexcept {
        return inverse<Source, F>().by_target;
    }
};

}  // namespace twinspec
