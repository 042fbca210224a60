// ASCII-only string helpers for names that are ASCII by definition (file extensions, option
// values); text that users write goes through ICU instead.
#pragma once

#include <algorithm>
#include <string>

namespace genlab::engine {

// The string with A-Z turned into a-z; every other byte unchanged.
inline std::string asciiLower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : char(c); });
    return s;
}

} // namespace genlab::engine
