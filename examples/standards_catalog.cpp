// standards_catalog — the seeds' standards catalogues: a table, JSON, CSV, search, look-up,
// and the standard-number parser.
//
//   standards_catalog               readable table of every catalogue
//   standards_catalog --json        the whole catalogue as JSON (UTF-8)
//   standards_catalog --csv         the whole catalogue as CSV (RFC 4180 quoting)
//   standards_catalog --find WORD   entries whose title or scope contains WORD
//   standards_catalog --id ID       one standard, by number (or joint number)
//   standards_catalog --parse ID    the parsed number as JSON (exit 0), or the error (exit 1)
#include <twinspec/standards.hpp>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

namespace st = twinspec::standards;

namespace {

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"') out += "\\\"";
        else if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (u < 0x20 || u == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", u);
            out += buf;
        } else out += c;  // UTF-8 passes through
    }
    return out + "\"";
}

std::string csv_field(std::string_view s) {
    if (s.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(s);
    std::string out = "\"";
    for (char c : s) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::string date_text(std::chrono::year_month_day d, st::date_precision p = st::date_precision::day) {
    if (!d.ok() || p == st::date_precision::none) return "";
    char buf[16];
    if (p == st::date_precision::month)
        std::snprintf(buf, sizeof buf, "%04d-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()));
    else
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                      static_cast<unsigned>(d.day()));
    return buf;
}

std::string id_json(const st::standard_id& id) {
    std::string parts = "[";
    for (std::string_view p : id.parts()) parts += (parts.size() > 1 ? "," : "") + json_string(p);
    parts += "]";
    std::string joint = "null";
    if (const auto j = id.joint()) joint = id_json(*j);
    return "{\"text\":" + json_string(id.text()) + ",\"category\":" + json_string(st::to_string(id.category())) +
           ",\"force\":" + json_string(st::to_string(id.force())) + ",\"code\":" + json_string(id.code()) +
           ",\"issuer\":" + json_string(id.issuer()) + ",\"sequence\":" + json_string(id.sequence()) +
           ",\"parts\":" + parts + ",\"year\":" + std::to_string(id.year()) + ",\"joint\":" + joint +
           ",\"canonical\":" + json_string(id.canonical().view()) + "}";
}

std::string entry_json(const st::catalogue& c, const st::standard_descriptor& e) {
    std::string cites = "[";
    for (const auto& d : e.cites)
        cites += (cites.size() > 1 ? "," : "") + std::string("{\"number\":") + json_string(d.id.canonical().view()) +
                 ",\"title\":" + json_string(d.title) + "}";
    cites += "]";
    return "{\"catalogue\":" + json_string(c.key) + ",\"index\":" + std::to_string(e.index) +
           ",\"number\":" + (e.has_number() ? json_string(e.id.text()) : "null") +
           ",\"title\":" + json_string(e.title.zh) + ",\"title_en\":" + json_string(e.title.en) +
           ",\"kind\":" + json_string(st::to_chinese(e.kind)) + ",\"scope\":" + json_string(e.scope) +
           ",\"implementation_date\":" +
           (e.has_implementation_date() ? json_string(date_text(e.implementation_date)) : "null") +
           ",\"remarks\":" + json_string(e.remarks) + ",\"status\":" + json_string(st::to_string(e.state)) +
           ",\"status_date\":" + json_string(date_text(e.status_date, e.status_date_precision)) +
           ",\"series\":" + json_string(e.series.zh) + ",\"part\":" + std::to_string(e.part) +
           ",\"organisation\":" + json_string(e.organisation) + ",\"proposer\":" + json_string(e.proposer) +
           ",\"responsible\":" + json_string(e.responsible) + ",\"cites\":" + cites + "}";
}

void print_json() {
    std::cout << "{\"catalogues\":[";
    bool first_cat = true;
    for (const st::catalogue* c : st::builtin_catalogues) {
        std::cout << (first_cat ? "" : ",") << "{\"key\":" << json_string(c->key) << ",\"name\":" << json_string(c->name.zh)
                  << ",\"name_en\":" << json_string(c->name.en);
        if (c->source)
            std::cout << ",\"announcement\":{\"title\":" << json_string(c->source->title.zh)
                      << ",\"issuer\":" << json_string(c->source->issuer) << ",\"issued\":"
                      << json_string(date_text(c->source->issued)) << ",\"standard_count\":" << c->source->standard_count
                      << "}";
        std::cout << ",\"standards\":[";
        bool first = true;
        for (const auto& e : c->entries) {
            std::cout << (first ? "" : ",") << entry_json(*c, e);
            first = false;
        }
        std::cout << "]}";
        first_cat = false;
    }
    std::cout << "]}\n";
}

void print_csv() {
    std::cout << "catalogue,index,number,title,title_en,kind,scope,implementation_date,remarks,status,series,part\r\n";
    for (const st::catalogue* c : st::builtin_catalogues)
        for (const auto& e : c->entries)
            std::cout << csv_field(c->key) << ',' << e.index << ',' << csv_field(e.has_number() ? e.id.text() : "")
                      << ',' << csv_field(e.title.zh) << ',' << csv_field(e.title.en) << ','
                      << csv_field(st::to_chinese(e.kind)) << ',' << csv_field(e.scope) << ','
                      << date_text(e.implementation_date) << ',' << csv_field(e.remarks) << ','
                      << csv_field(st::to_string(e.state)) << ',' << csv_field(e.series.zh) << ',' << e.part << "\r\n";
}

void print_row(const st::standard_descriptor& e) {
    std::cout << "  " << (e.index < 10 ? " " : "") << e.index << "  "
              << (e.has_number() ? std::string(e.id.text()) : std::string("(no number yet)")) << "  " << e.title.zh;
    if (e.has_implementation_date()) std::cout << "  [" << date_text(e.implementation_date) << "]";
    else std::cout << "  [" << st::to_string(e.state) << "]";
    if (!e.remarks.empty()) std::cout << "  " << e.remarks;
    std::cout << '\n';
}

void print_table() {
    for (const st::catalogue* c : st::builtin_catalogues) {
        std::cout << c->name.zh << " — " << c->name.en << " (" << c->entries.size() << ")\n";
        if (c->source)
            std::cout << "  issued " << date_text(c->source->issued) << " by " << c->source->issuer << '\n';
        for (const auto& e : c->entries) print_row(e);
        std::cout << '\n';
    }
}

void print_one(const st::catalogue& c, const st::standard_descriptor& e) {
    std::cout << "catalogue:   " << c.name.zh << '\n'
              << "number:      " << (e.has_number() ? std::string(e.id.text()) : std::string("(no number yet)")) << '\n'
              << "title:       " << e.title.zh << '\n'
              << "title (en):  " << e.title.en << '\n'
              << "kind:        " << st::to_chinese(e.kind) << '\n'
              << "status:      " << st::to_string(e.state) << ' ' << date_text(e.status_date, e.status_date_precision) << '\n'
              << "implemented: " << date_text(e.implementation_date) << '\n';
    if (!e.series.empty()) std::cout << "series:      " << e.series.zh << ", part " << e.part << '\n';
    if (!e.remarks.empty()) std::cout << "remarks:     " << e.remarks << '\n';
    std::cout << "scope:       " << e.scope << '\n';
}

}  // namespace

int main(int argc, char** argv) {
    const std::string_view cmd = argc > 1 ? argv[1] : "";
    const std::string_view arg = argc > 2 ? argv[2] : "";
    if (cmd.empty()) {
        print_table();
        return 0;
    }
    if (cmd == "--json") {
        print_json();
        return 0;
    }
    if (cmd == "--csv") {
        print_csv();
        return 0;
    }
    if (cmd == "--find" && argc > 2) {
        std::size_t n = 0;
        for (const st::catalogue* c : st::builtin_catalogues)
            for (const auto& e : st::views::matching(*c, arg)) {
                print_row(e);
                ++n;
            }
        std::cout << n << " match(es) for \"" << arg << "\"\n";
        return 0;
    }
    if ((cmd == "--id" || cmd == "--parse") && argc > 2) {
        const auto r = st::parse_standard_id(arg);
        if (!r) {
            std::cout << "{\"error\":" << json_string(r.message()) << ",\"position\":" << r.position()
                      << ",\"input\":" << json_string(arg) << "}\n";
            return 1;
        }
        if (cmd == "--parse") {
            std::cout << id_json(r.id) << '\n';
            return 0;
        }
        for (const st::catalogue* c : st::builtin_catalogues)
            if (const auto* e = st::find(*c, r.id)) {
                print_one(*c, *e);
                return 0;
            }
        std::cout << "no catalogue contains " << r.id.canonical().view() << '\n';
        return 1;
    }
    std::cerr << "usage: standards_catalog [--json | --csv | --find WORD | --id ID | --parse ID]\n";
    return 2;
}
