#pragma once
// Comparing what two views drew: an image's pixels as bytes, so QCOMPARE says whether they match.

#include <QByteArray>
#include <QImage>

namespace genlab::testing {

// The pixels of image as 32-bit RGB, row after row (equal bytes: the same picture).
inline QByteArray imageBytes(const QImage &image)
{
    const QImage g = image.convertToFormat(QImage::Format_RGB32);
    return QByteArray(reinterpret_cast<const char *>(g.constBits()), g.sizeInBytes());
}

} // namespace genlab::testing
