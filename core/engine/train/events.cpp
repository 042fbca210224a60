#include "engine/train/events.h"

#include <cmath>

namespace genlab::engine::train {

namespace {

Partial carrier(std::string_view kind, std::int64_t step)
{
    Partial p;
    p.kind = std::string(kind);
    p.step = step;
    return p;
}

double scalar(const Partial &p, std::string_view name, double fallback)
{
    for (const auto &[n, v] : p.scalars)
        if (n == name)
            return v;
    return fallback;
}

} // namespace

double Metrics::value(std::string_view name, double fallback) const
{
    for (const auto &[n, v] : scalars)
        if (n == name)
            return v;
    return fallback;
}

bool Metrics::has(std::string_view name) const
{
    for (const auto &s : scalars)
        if (s.first == name)
            return true;
    return false;
}

Partial Metrics::encode() const
{
    Partial p = carrier(kKind, step);
    p.scalars = scalars;
    p.values = values;
    p.text = evaluation ? "evaluation" : "";
    return p;
}

std::optional<Metrics> Metrics::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    Metrics m;
    m.step = p.step;
    m.scalars = p.scalars;
    m.values = p.values;
    m.evaluation = p.text == "evaluation";
    return m;
}

Partial ImagePreview::encode() const
{
    Partial p = carrier(kKind, step);
    p.text = what + '\n' + caption;
    p.scalars = {{"rows", double(rows)}, {"cols", double(cols)}};
    p.images = images;
    return p;
}

std::optional<ImagePreview> ImagePreview::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    ImagePreview v;
    v.step = p.step;
    const auto cut = p.text.find('\n');
    v.what = p.text.substr(0, cut);
    v.caption = cut == std::string::npos ? std::string() : p.text.substr(cut + 1);
    v.rows = int(scalar(p, "rows", 1));
    v.cols = int(scalar(p, "cols", double(p.images.size())));
    v.images = p.images;
    return v;
}

Partial TextPreview::encode() const
{
    Partial p = carrier(kKind, step);
    p.text = text;
    return p;
}

std::optional<TextPreview> TextPreview::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    return TextPreview{p.step, p.text};
}

Partial CheckpointWritten::encode() const
{
    Partial p = carrier(kKind, step);
    p.text = dir;
    return p;
}

std::optional<CheckpointWritten> CheckpointWritten::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    return CheckpointWritten{p.step, p.text};
}

Partial Divergence::encode() const
{
    Partial p = carrier(kKind, step);
    p.text = loss + '\n' + message;
    p.scalars = {{"nan", isNan ? 1.0 : 0.0}, {"paused", paused ? 1.0 : 0.0}};
    return p;
}

std::optional<Divergence> Divergence::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    Divergence d;
    d.step = p.step;
    const auto cut = p.text.find('\n');
    d.loss = p.text.substr(0, cut);
    d.message = cut == std::string::npos ? std::string() : p.text.substr(cut + 1);
    d.isNan = scalar(p, "nan", 1.0) != 0.0;
    d.paused = scalar(p, "paused", 0.0) != 0.0;
    return d;
}

Partial LogLine::encode() const
{
    Partial p = carrier(kKind, step);
    p.text = text;
    return p;
}

std::optional<LogLine> LogLine::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    return LogLine{p.step, p.text};
}

} // namespace genlab::engine::train
