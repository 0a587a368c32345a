// Compile-time tests of the twin layer: handles, relationship traits, model concepts and
// negative requires-expressions (what must NOT compile).
#include <twinspec/core/entity.hpp>
#include <twinspec/core/annotations/length.hpp>
#include <twinspec/twin/dot.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/ref.hpp>
#include <twinspec/twin/relationship.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <type_traits>
#include <vector>

namespace ts = twinspec;

namespace twin_static {

struct GNodeB;
struct Cell;
struct Elsewhere;

// ref<T>: 32 bits, trivially copyable, null by default, usable with an incomplete T
static_assert(sizeof(ts::ref<Elsewhere>) == 4 && alignof(ts::ref<Elsewhere>) == 4);
static_assert(std::is_trivially_copyable_v<ts::ref<Elsewhere>>);
static_assert(std::is_nothrow_default_constructible_v<ts::ref<Elsewhere>>);
static_assert(ts::ref<Elsewhere>{}.is_null() && !ts::ref<Elsewhere>{});
static_assert(ts::ref<Elsewhere>{ts::null_ref} == ts::ref<Elsewhere>{});
static_assert(ts::ref<Elsewhere>::from_parts(5, 3).index() == 5 && ts::ref<Elsewhere>::from_parts(5, 3).generation() == 3);
static_assert(ts::ref<Elsewhere>::from_parts(ts::ref<Elsewhere>::slot_count - 1, 255).index() ==
              ts::ref<Elsewhere>::slot_count - 1);
static_assert(ts::ref<Elsewhere>::from_parts(0, 1) != ts::ref<Elsewhere>{});
static_assert(ts::ref<Elsewhere>::from_parts(1, 1) < ts::ref<Elsewhere>::from_parts(2, 1));
// ordered by slot, then generation (not by the representation, whose high byte is the generation)
static_assert(ts::ref<Elsewhere>::from_parts(1, 9) < ts::ref<Elsewhere>::from_parts(2, 1));
static_assert(ts::ref<Elsewhere>::from_parts(2, 1) < ts::ref<Elsewhere>::from_parts(2, 9));
static_assert(ts::ref<Elsewhere>::from_parts(2, 1).raw() > ts::ref<Elsewhere>::from_parts(9, 0).raw());
// a slot's first handle is first_raw + slot: what a pristine store's views decode with no mask
static_assert(ts::ref<Elsewhere>::from_parts(0, 1).raw() == ts::ref<Elsewhere>::first_raw);
static_assert(ts::ref<Elsewhere>::from_parts(41, 1).raw() == ts::ref<Elsewhere>::first_raw + 41U);
static_assert(ts::ref<Elsewhere>::from_parts(41, 2).raw() >= 2U * ts::ref<Elsewhere>::first_raw);
static_assert(ts::ref<Elsewhere>::from_parts(7, 9) == ts::ref<Elsewhere>::from_raw(ts::ref<Elsewhere>::from_parts(7, 9).raw()));
static_assert(std::is_invocable_r_v<std::size_t, std::hash<ts::ref<Elsewhere>>, ts::ref<Elsewhere>>);
static_assert(ts::is_ref_v<ts::ref<Cell>> && !ts::is_ref_v<std::uint32_t>);
// handles of different types neither compare nor convert
static_assert(!std::is_convertible_v<ts::ref<Cell>, ts::ref<GNodeB>>);
static_assert(!std::equality_comparable_with<ts::ref<Cell>, ts::ref<GNodeB>>);
static_assert(!std::is_convertible_v<std::uint32_t, ts::ref<Cell>>);
static_assert(!std::is_convertible_v<ts::ref<Cell>, bool>);  // explicit operator bool only

TWINSPEC_ENTITY(GNodeB, ts::meta(), (std::uint32_t, gnbId), (std::string, name));
TWINSPEC_ENTITY(Cell, ts::meta(),
    (std::uint16_t, pci),
    (ts::ref<GNodeB>, servedBy, ts::relationship),
    (std::vector<ts::ref<Cell>>, neighbours, ts::relationship, ts::items(1, 8)));
TWINSPEC_ENTITY(Probe, ts::meta(), (int, value));

// an entity with relationships is still the plain struct
struct CellPlain {
    std::uint16_t pci;
    std::uint32_t servedBy;
    std::vector<std::uint32_t> neighbours;
};
static_assert(sizeof(Cell) == sizeof(CellPlain));

// relationship traits
using served_by = ts::field_t<Cell, "servedBy">;
using neighbours = ts::field_t<Cell, "neighbours">;
static_assert(ts::RelationshipField<served_by> && ts::RelationshipField<neighbours>);
static_assert(!ts::RelationshipField<ts::field_t<Cell, "pci">>);
static_assert(std::is_same_v<ts::relationship_target_t<served_by>, GNodeB>);
static_assert(std::is_same_v<ts::relationship_target_t<neighbours>, Cell>);
static_assert(!ts::relationship_is_many_v<served_by> && ts::relationship_is_many_v<neighbours>);
static_assert(ts::multiplicity_of<served_by>().min == 0 && ts::multiplicity_of<served_by>().max == 1);
static_assert(ts::multiplicity_of<neighbours>().min == 1 && ts::multiplicity_of<neighbours>().max == 8);

// the model
using net = ts::model<GNodeB, Cell>;
static_assert(net::holds<Cell> && net::holds<GNodeB> && !net::holds<Probe>);
static_assert(std::is_same_v<net::entity_types, ts::type_list<GNodeB, Cell>>);
static_assert(std::is_same_v<decltype(std::declval<net&>().add(Cell{})), ts::ref<Cell>>);
static_assert(std::is_same_v<decltype(std::declval<net&>().get(ts::ref<Cell>{})), ts::lookup<Cell>>);
static_assert(std::is_same_v<decltype(std::declval<const net&>().get(ts::ref<Cell>{})), ts::lookup<const Cell>>);
static_assert(std::is_same_v<decltype(std::declval<const net&>().find<Cell>("x")), ts::ref<Cell>>);

// negative requires: what must not compile
template <class M, class T>
concept can_add = requires(M& m, T t) { m.add(t); };
static_assert(can_add<net, Cell> && !can_add<net, Probe>);
template <class M, class T>
concept can_get = requires(M& m, ts::ref<T> r) { m.get(r); };
static_assert(can_get<net, GNodeB> && !can_get<net, Probe>);
template <class M, class T>
concept can_size = requires(const M& m) { m.template size<T>(); };
static_assert(can_size<net, Cell> && !can_size<net, Probe>);
template <class M, class T>
concept can_find = requires(const M& m) { m.template find<T>("id"); };
static_assert(can_find<net, Cell> && !can_find<net, Probe>);
// related<"field">: only relationship fields of a held type
template <class M, ts::fixed_string F, class T>
concept can_relate = requires(const M& m, ts::ref<T> r) { m.template related<F>(r); };
static_assert(can_relate<net, "servedBy", Cell> && can_relate<net, "neighbours", Cell>);
static_assert(!can_relate<net, "pci", Cell>);         // not a relationship
static_assert(!can_relate<net, "nosuch", Cell>);      // no such field
static_assert(!can_relate<net, "servedBy", GNodeB>);  // GNodeB has no such field
// referrers<Source, "field">(target): the field must point to the target's type
template <class M, class S, ts::fixed_string F, class T>
concept can_refer = requires(const M& m, ts::ref<T> r) { m.template referrers<S, F>(r); };
static_assert(can_refer<net, Cell, "servedBy", GNodeB> && can_refer<net, Cell, "neighbours", Cell>);
static_assert(!can_refer<net, Cell, "servedBy", Cell>);
static_assert(!can_refer<net, Cell, "pci", GNodeB>);
// the DOT type graph takes a model type
template <class M>
concept has_dot = requires { ts::type_graph_dot<M>(); };
static_assert(has_dot<net> && !has_dot<Cell>);

}  // namespace twin_static
