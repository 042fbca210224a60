#include "engine/evaluate/collapse.h"

#include <algorithm>
#include <cstdio>
#include <utility>

namespace genlab::engine::evaluate {

namespace {

bool hasClasses(const CoveragePoint &p)
{
    return p.classesTotal > 0;
}

bool collapsed(const CoveragePoint &p, const CollapseOptions &o)
{
    if (hasClasses(p))
        return double(p.classesCovered) <= o.maxCoveredFraction * double(p.classesTotal);
    return p.recall >= 0 && p.recall <= o.maxRecall;
}

std::string fixed2(double v)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", v);
    return buf;
}

// Fills in the text of a finished or running stretch.
void describe(CollapseFlag &f, const CoveragePoint *clearedBy)
{
    const std::string since = groupedStep(f.since);
    if (f.classesTotal > 0) {
        f.evidence = std::to_string(f.classesTotal - f.classesCovered) + " of " + std::to_string(f.classesTotal) +
                     " classes absent since step " + since;
        if (f.recall >= 0)
            f.evidence += ", recall " + fixed2(f.recall);
    } else {
        f.evidence = "recall " + fixed2(f.recall) + " since step " + since;
    }
    if (!clearedBy)
        return;
    f.clearedAt = clearedBy->step;
    f.clearedText = "cleared at step " + groupedStep(clearedBy->step) + ": ";
    if (hasClasses(*clearedBy))
        f.clearedText += std::to_string(clearedBy->classesCovered) + " of " + std::to_string(clearedBy->classesTotal) +
                         " classes present";
    else
        f.clearedText += "recall " + fixed2(clearedBy->recall);
}

} // namespace

std::string groupedStep(std::int64_t step)
{
    const bool negative = step < 0;
    std::string digits = std::to_string(negative ? -step : step);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::vector<CollapseFlag> collapseEpisodes(std::vector<CoveragePoint> series, const CollapseOptions &options)
{
    std::stable_sort(series.begin(), series.end(),
                     [](const CoveragePoint &a, const CoveragePoint &b) { return a.step < b.step; });
    const int need = std::max(1, options.minEvaluations);
    std::vector<CollapseFlag> out;
    bool recallWasGood = false; // a recall above the threshold was measured before i
    std::size_t i = 0;
    while (i < series.size()) {
        const bool recallOnly = !hasClasses(series[i]);
        if (!collapsed(series[i], options) || (recallOnly && options.recallMustFall && !recallWasGood)) {
            recallWasGood = recallWasGood || series[i].recall > options.maxRecall;
            ++i;
            continue;
        }
        std::size_t end = i; // one past the stretch
        CollapseFlag f;
        f.since = series[i].step;
        while (end < series.size() && collapsed(series[end], options)) {
            const CoveragePoint &p = series[end];
            f.lastStep = p.step;
            // The claim "K absent since" must hold at every point of the stretch: its best coverage.
            f.classesCovered = end == i ? p.classesCovered : std::max(f.classesCovered, p.classesCovered);
            f.classesTotal = std::max(f.classesTotal, p.classesTotal);
            if (p.recall >= 0)
                f.recall = f.recall < 0 ? p.recall : std::min(f.recall, p.recall);
            ++end;
        }
        if (end < series.size())
            recallWasGood = recallWasGood || series[end].recall > options.maxRecall;
        if (int(end - i) >= need) {
            describe(f, end < series.size() ? &series[end] : nullptr);
            out.push_back(std::move(f));
        }
        i = end;
    }
    return out;
}

std::optional<CollapseFlag> detectCollapse(const std::vector<CoveragePoint> &series, const CollapseOptions &options)
{
    std::vector<CollapseFlag> all = collapseEpisodes(series, options);
    if (all.empty())
        return std::nullopt;
    return all.back();
}

} // namespace genlab::engine::evaluate
