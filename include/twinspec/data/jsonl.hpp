// twinspec/data/jsonl.hpp — samples as JSON Lines, the `data::` spelling of
// `<twinspec/io/jsonl.hpp>` (which writes and reads them): one object per line,
// `{"time":"2026-11-22T00:00:00.000000000Z","value":-90.5,"quality":"good","reason":"none","entity":1,"connection":0}`.
// Numbers are written in their shortest exact form and read back exactly, so a round trip
// reproduces the samples bit for bit; NaN and infinities are the strings "NaN", "Infinity",
// "-Infinity". Parsing uses Boost.JSON: link the CMake target `twinspec::json`.
// Not included by <twinspec/data.hpp>. The headers depend one way: io/jsonl.hpp includes
// data/sample.hpp, series.hpp and text.hpp; nothing else in data/ includes io/.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include <twinspec/data/csv.hpp>
#include <twinspec/data/sample.hpp>
#include <twinspec/data/sample_range.hpp>
#include <twinspec/data/text.hpp>
#include <twinspec/io/jsonl.hpp>

namespace twinspec::data {

/// Appends one sample as a JSON Lines record (with `\n`); see `io::write_jsonl`. A sample that
/// cannot be written without loss (a quality level that is not one) appends
/// nothing: `io::write_jsonl` reports why.
template <class T>
void append_jsonl_line(std::string& out, const sample<T>& s) {
    (void)io::write_jsonl(s, out);
}

/// `samples` (any input range of `sample<T>`) as JSON Lines. Stops before the first sample that
/// cannot be written (see `append_jsonl_line`); `io::write_jsonl(samples, out)` says which.
template <class R>
[[nodiscard]] std::string to_jsonl(R&& samples) {
    static_assert(SampleRange<R>, "twinspec: data::to_jsonl needs an input range of ts::data::sample<T>");
    std::string out;
    (void)io::write_jsonl(std::forward<R>(samples), out);
    return out;
}

/// Parses JSON Lines written by `to_jsonl` (`io::read_jsonl`; empty lines are skipped).
/// Members `time` and `value` are required; `quality` (default good), `reason` (none),
/// `entity` and `connection` (0) are optional. The samples of the good lines are returned; each
/// bad line gives one `read_error{line, reason}` whose reason names the member by its JSON
/// pointer (`/entity: -3 does not fit …`; several problems of one line are joined with `; `).
template <class T>
[[nodiscard]] read_result<T> from_jsonl(std::string_view text) {
    read_result<T> res;
    io::json_read_options opt;
    opt.commit_on_error = true;  // keep the good lines, report the bad ones
    opt.max_errors = static_cast<std::size_t>(-1);
    const io::read_result r = io::read_jsonl(text, res.samples, opt);
    for (const io::json_error& e : r.errors()) {
        std::string why = (e.path.empty() ? std::string("/") : e.path);
        if (e.column != 0) why += " (column " + std::to_string(e.column) + ")";
        why += ": " + e.message;
        if (!res.errors.empty() && res.errors.back().line == e.line) {
            res.errors.back().reason += "; " + why;
        } else {
            res.errors.push_back({e.line, std::move(why)});
        }
    }
    return res;
}

}  // namespace twinspec::data
