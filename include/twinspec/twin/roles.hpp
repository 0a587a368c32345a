// twinspec/twin/roles.hpp — the five-dimension roles of a twin (M_DT = (PE, VE, Ss, DD, CN)):
// physical entity, virtual entity with its lifecycle and verification, service, connections
// and the completeness check. Types only; instances stay plain structs.
#pragma once

#include <twinspec/twin/completeness.hpp>
#include <twinspec/twin/connection.hpp>
#include <twinspec/twin/lifecycle.hpp>
#include <twinspec/twin/physical.hpp>
#include <twinspec/twin/sampling.hpp>
#include <twinspec/twin/service.hpp>
#include <twinspec/twin/verification.hpp>
#include <twinspec/twin/virtual_entity.hpp>
