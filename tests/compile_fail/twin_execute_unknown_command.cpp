// EXPECT: the role declares no decision point of that name
// Compile-fail test (twin roles): see the EXPECT line.
#include "twin_roles_fixture.hpp"
using PE = ts::physical_entity<Cell, ts::decision<"setTilt", TiltRequest, TiltResponse>>;
void f(Cell& c) { (void)PE::execute<"reboot">(c, TiltRequest{}, [](Cell&, const TiltRequest&) { return TiltResponse{}; }); }
