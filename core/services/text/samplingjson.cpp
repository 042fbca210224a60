#include "services/text/samplingjson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <limits>

namespace genlab::services {

namespace {

constexpr int kMaxStops = 32;
constexpr int kMaxStopChars = 1000;

} // namespace

QJsonObject samplingToJson(const engine::gpt::SamplingSettings &s)
{
    QJsonArray stops;
    for (const std::string &stop : s.stopSequences)
        stops.append(QString::fromStdString(stop));
    return QJsonObject{
        {QStringLiteral("greedy"), s.greedy || s.temperature <= 0},
        {QStringLiteral("temperature"), s.temperature},
        {QStringLiteral("top_k"), s.topK},
        {QStringLiteral("top_p"), s.topP},
        {QStringLiteral("min_p"), s.minP},
        {QStringLiteral("repetition_penalty"), s.repetitionPenalty},
        {QStringLiteral("max_tokens"), s.maxTokens},
        {QStringLiteral("stop_sequences"), stops},
        {QStringLiteral("seed"), double(s.seed)},
    };
}

engine::gpt::SamplingSettings samplingFromJson(const QJsonObject &json, engine::gpt::SamplingSettings s)
{
    auto number = [&json](const char *key, double low, double high, double fallback) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() && std::isfinite(v.toDouble()) ? std::clamp(v.toDouble(), low, high) : fallback;
    };
    if (const QJsonValue greedy = json.value(QStringLiteral("greedy")); greedy.isBool())
        s.greedy = greedy.toBool();
    s.temperature = number("temperature", 0.05, 5.0, s.temperature);
    s.topK = int(number("top_k", 0, 100000, s.topK));
    s.topP = number("top_p", 0.01, 1.0, s.topP);
    s.minP = number("min_p", 0.0, 1.0, s.minP);
    s.repetitionPenalty = number("repetition_penalty", 1.0, 3.0, s.repetitionPenalty);
    s.maxTokens = int(number("max_tokens", 1, 4096, s.maxTokens));
    s.seed = std::uint64_t(number("seed", 0, double(std::numeric_limits<int>::max()), double(s.seed)));
    if (const QJsonValue stops = json.value(QStringLiteral("stop_sequences")); stops.isArray()) {
        s.stopSequences.clear();
        for (const QJsonValue &v : stops.toArray()) {
            const QString stop = v.toString().left(kMaxStopChars);
            if (v.isString() && !stop.isEmpty() && int(s.stopSequences.size()) < kMaxStops)
                s.stopSequences.push_back(stop.toStdString());
        }
    }
    return s;
}

} // namespace genlab::services
