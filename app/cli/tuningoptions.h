#pragma once
// Options the Tuning lab's commands (fewshot, induction, discriminative, scaling, tune ...) parse
// alike, and the run context each gives its engine call.

#include "engine/base/runcontext.h"

#include <QString>

#include <cstdint>

class QCommandLineParser;

namespace genlab::cli {

class InterruptibleJob;

// --seed N in 0 .. 2^63 - 1 (UsageError outside), else fallback.
quint64 seedOption(const QCommandLineParser &p, quint64 fallback);

// --out DIR: "" when not given; UsageError when given empty or naming something that is not a folder. Creates
// nothing.
QString outFolderOption(const QCommandLineParser &p);

// --data FILE, a text corpus (UsageError when not a file); default: services::DistillJobs::defaultCorpus()
// (tiny Shakespeare where found, else the help pages), UsageError when there is none.
QString corpusFileOption(const QCommandLineParser &p);

// The job's console progress (total, unit as InterruptibleJob::context), or with --json only its stop
// token, so stdout stays one JSON document.
engine::RunContext jobRunContext(const InterruptibleJob &job, bool json, std::int64_t total = 0,
                                 const QString &unit = QStringLiteral("steps"));

} // namespace genlab::cli
