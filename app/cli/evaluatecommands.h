#pragma once
// What `genlab evaluate` shares with the other verbs that report sample quality (`genlab demo`).

#include <QJsonObject>
#include <QString>

namespace genlab::engine::evaluate {
struct SampleQuality;
}

namespace genlab::cli {

// The shipped digit classifier's folder. Throws std::runtime_error naming where it looked.
QString shippedClassifierFolder();

// The figures as `genlab evaluate --json` prints them: classes_covered and classes_total (when the
// reference is labelled), mean_confidence, frechet_distance, precision, recall, duplicate_rate,
// inception_score, count, reference, the class histograms, k and the duplicate threshold.
QJsonObject qualityJson(const engine::evaluate::SampleQuality &quality);

} // namespace genlab::cli
