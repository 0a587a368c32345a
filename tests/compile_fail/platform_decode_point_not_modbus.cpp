// EXPECT: decode_point<"field">\(modbus_block\): the field's point is not a Modbus point
// Compile-fail test: decode_point of a Modbus block for a field that an OPC UA point writes.
#include "platform_fixture.hpp"
using Map = pf::point_map<Cell, pf::modbus_point<"pci", pf::holding(1, 0, pf::value_type::u16)>,
                          pf::opcua_point<"rsrp", "ns=2;s=Cell.RSRP", pf::opcua_type::double_>>;
int main() {
    const std::uint16_t words[] = {7};
    return static_cast<int>(Map::decode_point<"rsrp">(pf::modbus_block{1, pf::register_kind::holding_register, 0, words}).value);
}
