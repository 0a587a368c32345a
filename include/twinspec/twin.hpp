// twinspec/twin.hpp — the twin layer: typed handles (`ref<T>`), relationship fields, the model
// store (`model<Entities…>`), the model-wide check and the type graph in DOT. Depends on core only.
#pragma once

#include <twinspec/twin/check.hpp>
#include <twinspec/twin/dot.hpp>
#include <twinspec/twin/model.hpp>
#include <twinspec/twin/ref.hpp>
#include <twinspec/twin/relationship.hpp>
#include <twinspec/twin/roles.hpp>  // roles, lifecycle, services, connections (twin-roles branch)
