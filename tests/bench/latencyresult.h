#pragma once
// One result from a sample of latencies in ms (event-loop lateness, decode times): the value is
// the given percentile, with the median ("p50_ms") and the worst ("max_ms") beside it; an empty
// sample gives zeros. The benchmark adds its own context to `extra`.

#include "benchmark.h"

#include <algorithm>
#include <string>
#include <vector>

namespace genlab::bench {

inline Result latencyResult(const std::string &name, const std::vector<double> &samples, double percentileValue)
{
    Result r;
    r.name = name;
    r.unit = "ms";
    std::vector<double> sorted = samples;
    r.value = sorted.empty() ? 0.0 : percentile(sorted, percentileValue);
    r.extra["p50_ms"] = std::to_string(sorted.empty() ? 0.0 : percentile(sorted, 50));
    r.extra["max_ms"] = std::to_string(sorted.empty() ? 0.0 : *std::max_element(sorted.begin(), sorted.end()));
    return r;
}

} // namespace genlab::bench
