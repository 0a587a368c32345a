// twinspec/core.hpp — the schema kernel: entities, annotations, reflection, rules,
// validation and units. Knows no domain words.
#pragma once

#include <twinspec/core/annotation.hpp>
#include <twinspec/core/annotations/default_value.hpp>
#include <twinspec/core/annotations/identifier.hpp>
#include <twinspec/core/annotations/kind.hpp>
#include <twinspec/core/annotations/length.hpp>
#include <twinspec/core/annotations/one_of.hpp>
#include <twinspec/core/annotations/pattern.hpp>
#include <twinspec/core/annotations/presence.hpp>
#include <twinspec/core/annotations/range.hpp>
#include <twinspec/core/annotations/semantic.hpp>
#include <twinspec/core/annotations/text.hpp>
#include <twinspec/core/annotations/unit.hpp>
#include <twinspec/core/entity.hpp>
#include <twinspec/core/enum.hpp>
#include <twinspec/core/fixed_string.hpp>
#include <twinspec/core/for_each_field.hpp>
#include <twinspec/core/get.hpp>
#include <twinspec/core/make_default.hpp>
#include <twinspec/core/rules.hpp>
#include <twinspec/core/schema.hpp>
#include <twinspec/core/traits.hpp>
#include <twinspec/core/type_list.hpp>
#include <twinspec/core/units.hpp>
#include <twinspec/core/utf8.hpp>
#include <twinspec/core/validate.hpp>
#include <twinspec/core/violation.hpp>
