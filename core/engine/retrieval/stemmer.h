#pragma once
// An English suffix-stripping stemmer after Porter (1980), "An algorithm for suffix stripping":
// "connections" -> "connect", "relational" -> "relat". Written for the analyzer's optional stem
// step. Pure function, thread-safe.

#include <string>
#include <string_view>

namespace genlab::engine::retrieval {

// The stem of a lower-case word. Words that are not pure ASCII a-z, or are shorter than three
// letters, come back unchanged.
std::string porterStem(std::string_view word);

} // namespace genlab::engine::retrieval
