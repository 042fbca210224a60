#pragma once

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace genlab::widgets {

// A whole number read from a saved project, which is untrusted: clamped to [low, high], or
// `fallback` when the value is not a finite number. Shared by the data browser's tabs so both read
// their part of the project the same way.
inline int boundedIntOf(const QJsonValue &value, int low, int high, int fallback)
{
    if (!value.isDouble() || !std::isfinite(value.toDouble()))
        return fallback;
    return int(std::clamp(value.toDouble(), double(low), double(high)));
}

} // namespace genlab::widgets
