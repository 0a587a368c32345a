// EXPECT: twinspec: io: jsonl: sample<T>::value must be an arithmetic type other than bool
// Reading sample<bool> records is refused like writing them: the value of a record is a number.
#include <vector>

#include <twinspec/io/jsonl.hpp>

int main() {
    std::vector<twinspec::data::sample<bool>> v;
    return twinspec::io::read_jsonl("", v).ok() ? 0 : 1;
}
