#include "widgets/components/imageconvert.h"

#include <cstring>

namespace genlab::widgets {

QImage toQImage(const engine::Image &image)
{
    QImage::Format format;
    switch (image.channels) {
    case 1: format = QImage::Format_Grayscale8; break;
    case 3: format = QImage::Format_RGB888; break;
    case 4: format = QImage::Format_RGBA8888; break;
    default: return {};
    }
    if (image.empty() || image.pixels.size() != image.stride() * std::size_t(image.height))
        return {};
    QImage out(image.width, image.height, format);
    if (out.isNull())
        return {};
    // QImage rows are 4-byte aligned; ours are packed.
    for (int y = 0; y < image.height; ++y)
        std::memcpy(out.scanLine(y), image.row(y), image.stride());
    return out;
}

engine::Image fromQImage(const QImage &image)
{
    if (image.isNull())
        return {};
    QImage source;
    int channels;
    // Gray by format only: scanning an RGB image's pixels to find out would surprise callers.
    const bool paletteGray = (image.format() == QImage::Format_Indexed8 || image.format() == QImage::Format_Mono
                              || image.format() == QImage::Format_MonoLSB)
        && image.isGrayscale() && !image.hasAlphaChannel();
    if (image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16 || paletteGray) {
        source = image.convertToFormat(QImage::Format_Grayscale8);
        channels = 1;
    } else if (image.hasAlphaChannel()) {
        source = image.convertToFormat(QImage::Format_RGBA8888);
        channels = 4;
    } else {
        source = image.convertToFormat(QImage::Format_RGB888);
        channels = 3;
    }
    engine::Image out(source.width(), source.height(), channels);
    for (int y = 0; y < out.height; ++y)
        std::memcpy(out.row(y), source.constScanLine(y), out.stride());
    return out;
}

} // namespace genlab::widgets
