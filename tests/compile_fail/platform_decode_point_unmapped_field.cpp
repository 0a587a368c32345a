// EXPECT: point_map::decode_point<"field">: no point writes that field
// Compile-fail test: decode_point names field "name", which no point of the map writes.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"pci", pf::holding(1, 0, pf::value_type::u16)>>;
int main() {
    const std::uint16_t words[] = {7};
    return static_cast<int>(Map::decode_point<"name">(pf::modbus_block{1, pf::register_kind::holding_register, 0, words}).value.size());
}
