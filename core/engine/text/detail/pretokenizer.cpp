#include "engine/text/detail/pretokenizer.h"

#include <unicode/uchar.h>

namespace genlab::engine::text::detail {

CharClass classifyCodePoint(char32_t cp)
{
    const auto c = static_cast<UChar32>(cp);
    const std::uint32_t mask = U_GET_GC_MASK(c);
    if (mask & U_GC_L_MASK)
        return CharClass::Letter;
    if (mask & U_GC_N_MASK)
        return CharClass::Number;
    if (u_isUWhiteSpace(c))
        return CharClass::Space;
    return CharClass::Other;
}

} // namespace genlab::engine::text::detail
