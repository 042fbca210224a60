#pragma once
// Mode collapse, flagged from the quality figures a trainer reports every few hundred steps
// (evaluator.h): a pure function of the series, shared by the GAN lab and the Diffusion lab, so the
// flag, its evidence and the step it is drawn at are the same everywhere.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace genlab::engine::evaluate {

// One evaluation: how many of the classifier's classes the samples covered (classesTotal 0: the
// reference was unlabelled, only recall speaks) and the recall against the real data (< 0: not
// measured).
struct CoveragePoint
{
    std::int64_t step = 0;
    int classesCovered = 0;
    int classesTotal = 0;
    double recall = -1;
};

// When a point counts as collapsed. Defaults in brackets.
//   maxCoveredFraction  at most this fraction of the classes covered [0.5: 5 of 10 or fewer]
//   maxRecall           without class figures: recall at or below this [0.1]
//   minEvaluations      consecutive collapsed points before the flag is raised [2], so one bad
//                       evaluation (a noisy early one) does not flag
//   recallMustFall      without class figures, a low recall counts only after an evaluation
//                       above maxRecall [on]: an untrained generator covers little of the data
//                       too, and that is not a collapse (classes tell the two apart, recall alone
//                       cannot)
struct CollapseOptions
{
    double maxCoveredFraction = 0.5;
    double maxRecall = 0.1;
    int minEvaluations = 2;
    bool recallMustFall = true;
};

// A stretch of collapsed evaluations.
//   since        the first step of the stretch: from there on the coverage stayed at or below
//                classesCovered (the stretch's highest)
//   lastStep     the last collapsed evaluation
//   clearedAt    the first evaluation after it that was no longer collapsed; empty while it lasts
//   evidence     "7 of 10 classes absent since step 1,200" (with the recall when measured:
//                "..., recall 0.04"); without classes "recall 0.04 since step 1,200"
//   clearedText  "cleared at step 2,000: 9 of 10 classes present" (empty while it lasts)
struct CollapseFlag
{
    std::int64_t since = 0;
    std::int64_t lastStep = 0;
    std::optional<std::int64_t> clearedAt;
    int classesCovered = 0;
    int classesTotal = 0;
    double recall = -1;  // the lowest recall of the stretch (< 0: not measured)
    std::string evidence;
    std::string clearedText;

    bool active() const { return !clearedAt.has_value(); }
};

// Every stretch of at least minEvaluations collapsed points, in step order (the points are
// sorted by step first; an unknown recall and no classes make a point never collapsed).
std::vector<CollapseFlag> collapseEpisodes(std::vector<CoveragePoint> series, const CollapseOptions &options = {});

// The latest stretch (active or cleared), or none.
std::optional<CollapseFlag> detectCollapse(const std::vector<CoveragePoint> &series, const CollapseOptions &options = {});

// 1200 -> "1,200" (the evidence's step numbers).
std::string groupedStep(std::int64_t step);

} // namespace genlab::engine::evaluate
