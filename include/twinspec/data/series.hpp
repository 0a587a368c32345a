// twinspec/data/series.hpp — `series<T>`: a columnar, append-only, time-ordered series of
// samples (one column per member), unbounded or a fixed-capacity ring; random-access
// iteration yielding `sample<T>` and time-window views.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <vector>

#include <range/v3/view/subrange.hpp>

#include <twinspec/data/sample.hpp>

namespace twinspec::data {

/// The outcome of `series::append`.
enum class append_status : std::uint8_t {
    appended,      ///< stored at the end
    overwrote,     ///< stored at the end of a full ring, the oldest sample dropped
    out_of_order,  ///< rejected: earlier than the last sample (order the input first)
};

/// `"appended"`, `"overwrote"`, `"out_of_order"`.
[[nodiscard]] constexpr std::string_view to_string(append_status s) noexcept {
    constexpr std::string_view names[] = {"appended", "overwrote", "out_of_order"};
    return names[static_cast<std::size_t>(s)];
}

/// Capacity of a fixed-size ring series: `series<double>{ring_capacity{1440}}`.
struct ring_capacity {
    std::size_t value;
};

/// A time series of one field of one entity, stored by column (values, times, qualities,
/// sources). Appends keep the series ordered by time (equal timestamps are allowed:
/// duplicates are a fact of the data, `dedup` removes them). After `reserve(n)`, or in
/// ring mode, appending allocates nothing.
template <class T>
class series {
public:
    using value_type = sample<T>;

    /// Random-access iterator yielding `sample<T>` by value (assembled from the columns).
    class iterator {
    public:
        using iterator_concept = std::random_access_iterator_tag;
        using iterator_category = std::input_iterator_tag;
        using value_type = sample<T>;
        using difference_type = std::ptrdiff_t;
        using reference = sample<T>;

        iterator() = default;
        iterator(const series* s, std::size_t i) noexcept : s_(s), i_(static_cast<difference_type>(i)) {}

        reference operator*() const noexcept { return (*s_)[static_cast<std::size_t>(i_)]; }
        reference operator[](difference_type n) const noexcept { return (*s_)[static_cast<std::size_t>(i_ + n)]; }
        iterator& operator++() noexcept { ++i_; return *this; }
        iterator operator++(int) noexcept { auto t = *this; ++i_; return t; }
        iterator& operator--() noexcept { --i_; return *this; }
        iterator operator--(int) noexcept { auto t = *this; --i_; return t; }
        iterator& operator+=(difference_type n) noexcept { i_ += n; return *this; }
        iterator& operator-=(difference_type n) noexcept { i_ -= n; return *this; }
        friend iterator operator+(iterator it, difference_type n) noexcept { return it += n; }
        friend iterator operator+(difference_type n, iterator it) noexcept { return it += n; }
        friend iterator operator-(iterator it, difference_type n) noexcept { return it -= n; }
        friend difference_type operator-(const iterator& a, const iterator& b) noexcept { return a.i_ - b.i_; }
        friend bool operator==(const iterator& a, const iterator& b) noexcept { return a.i_ == b.i_; }
        friend auto operator<=>(const iterator& a, const iterator& b) noexcept { return a.i_ <=> b.i_; }

    private:
        const series* s_ = nullptr;
        difference_type i_ = 0;
    };
    using const_iterator = iterator;

    /// An empty, unbounded series.
    series() = default;
    /// An empty ring holding at most `cap.value` samples (≥ 1); allocates once, here.
    explicit series(data::ring_capacity cap) : cap_(cap.value == 0 ? 1 : cap.value) {
        values_.resize(cap_);
        times_.resize(cap_);
        qualities_.resize(cap_);
        sources_.resize(cap_);
    }

    /// Reserves room for `n` samples (unbounded series; a ring has its room already).
    void reserve(std::size_t n) {
        if (cap_ != 0) return;
        values_.reserve(n);
        times_.reserve(n);
        qualities_.reserve(n);
        sources_.reserve(n);
    }

    /// Appends `s` if it is not earlier than the last sample; a full ring drops its oldest.
    append_status append(const sample<T>& s) {
        if (size_ != 0 && s.time < time_at(size_ - 1)) return append_status::out_of_order;
        if (cap_ == 0) {
            values_.push_back(s.value);
            times_.push_back(s.time);
            qualities_.push_back(s.quality);
            sources_.push_back(s.source());
            ++size_;
            return append_status::appended;
        }
        append_status st = append_status::appended;
        std::size_t slot;
        if (size_ == cap_) {
            slot = head_;
            head_ = head_ + 1 == cap_ ? 0 : head_ + 1;
            st = append_status::overwrote;
        } else {
            slot = physical(size_);
            ++size_;
        }
        values_[slot] = s.value;
        times_[slot] = s.time;
        qualities_[slot] = s.quality;
        sources_[slot] = s.source();
        return st;
    }
    /// `append(make_sample(value, time, source, quality))`.
    append_status append(T value, timestamp time, source_id src = {}, data::quality q = {}) {
        return append(make_sample(value, time, src, q));
    }

    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    [[nodiscard]] bool empty() const noexcept { return size_ == 0; }
    /// The ring's capacity, or 0 for an unbounded series.
    [[nodiscard]] std::size_t capacity() const noexcept { return cap_; }

    /// The `i`-th sample, oldest first.
    [[nodiscard]] sample<T> operator[](std::size_t i) const noexcept {
        const std::size_t p = physical(i);
        const source_id src = sources_[p];
        return sample<T>{values_[p], times_[p], src.entity, src.connection, qualities_[p]};
    }
    [[nodiscard]] timestamp time_at(std::size_t i) const noexcept { return times_[physical(i)]; }
    [[nodiscard]] const T& value_at(std::size_t i) const noexcept { return values_[physical(i)]; }
    [[nodiscard]] sample<T> front() const noexcept { return (*this)[0]; }
    [[nodiscard]] sample<T> back() const noexcept { return (*this)[size_ - 1]; }

    [[nodiscard]] iterator begin() const noexcept { return {this, 0}; }
    [[nodiscard]] iterator end() const noexcept { return {this, size_}; }

    /// Index of the first sample at or after `t` (binary search: the series is ordered).
    [[nodiscard]] std::size_t lower_bound(timestamp t) const noexcept {
        std::size_t lo = 0, hi = size_;
        while (lo < hi) {
            const std::size_t mid = lo + (hi - lo) / 2;
            if (time_at(mid) < t) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /// The samples with `from <= time < to`, as a random-access view.
    [[nodiscard]] ranges::subrange<iterator> window(timestamp from, timestamp to) const noexcept {
        const std::size_t a = lower_bound(from);
        const std::size_t b = std::max(a, lower_bound(to));
        return {iterator{this, a}, iterator{this, b}};
    }

    /// Removes the `n` oldest samples (all when `n >= size()`).
    void drop_front(std::size_t n) {
        n = std::min(n, size_);
        if (n == 0) return;
        if (cap_ == 0) {
            const auto d = static_cast<std::ptrdiff_t>(n);
            values_.erase(values_.begin(), values_.begin() + d);
            times_.erase(times_.begin(), times_.begin() + d);
            qualities_.erase(qualities_.begin(), qualities_.begin() + d);
            sources_.erase(sources_.begin(), sources_.begin() + d);
        } else {
            head_ = (head_ + n) % cap_;
        }
        size_ -= n;
    }
    /// Removes the samples earlier than `t`; returns how many.
    std::size_t drop_before(timestamp t) {
        const std::size_t n = lower_bound(t);
        drop_front(n);
        return n;
    }
    /// Removes every sample (keeps the ring's room).
    void clear() noexcept {
        if (cap_ == 0) {
            values_.clear();
            times_.clear();
            qualities_.clear();
            sources_.clear();
        }
        size_ = 0;
        head_ = 0;
    }

private:
    [[nodiscard]] std::size_t physical(std::size_t i) const noexcept {
        if (cap_ == 0) return i;
        const std::size_t p = head_ + i;
        return p >= cap_ ? p - cap_ : p;
    }

    std::vector<T> values_;
    std::vector<timestamp> times_;
    std::vector<data::quality> qualities_;
    std::vector<source_id> sources_;
    std::size_t size_ = 0;
    std::size_t head_ = 0;
    std::size_t cap_ = 0;
};

}  // namespace twinspec::data
