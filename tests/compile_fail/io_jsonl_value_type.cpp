// EXPECT: twinspec: io: jsonl: sample<T>::value must be an arithmetic type other than bool
// A JSON Lines record's value is a number: sample<bool> cannot be written (nor read).
#include <string>
#include <vector>

#include <twinspec/io/jsonl.hpp>

int main() {
    std::vector<twinspec::data::sample<bool>> v{twinspec::data::make_sample(true, twinspec::data::timestamp{})};
    std::string out;
    return twinspec::io::write_jsonl(v, out).ok() ? 0 : 1;
}
