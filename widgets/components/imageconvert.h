#pragma once
// engine::Image <-> QImage. The engine knows nothing of Qt, so the conversion lives on this side.

#include "engine/base/image.h"

#include <QImage>

namespace genlab::widgets {

// 1 channel -> Grayscale8, 3 -> RGB888, 4 -> RGBA8888 (a deep copy). An empty or inconsistent
// image (pixel count not width x height x channels) gives a null QImage.
QImage toQImage(const engine::Image &image);

// Grayscale QImages -> 1 channel, opaque ones -> 3 (RGB), with alpha -> 4 (RGBA, not premultiplied).
engine::Image fromQImage(const QImage &image);

} // namespace genlab::widgets
