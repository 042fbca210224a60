#pragma once
// The latent lab's colours: one per class (Tableau 10, distinct for colour-blind readers), and
// the two interpolation methods, so the map, the strips and the |z| plot agree.

#include <QColor>

namespace genlab::widgets::latentPalette {

inline QColor classColor(int index)
{
    static const QColor kColors[] = {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59),
                                     QColor(0x76, 0xb7, 0xb2), QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48),
                                     QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7), QColor(0x9c, 0x75, 0x5f),
                                     QColor(0xba, 0xb0, 0xac)};
    if (index >= 0 && index < 10)
        return kColors[index];
    return QColor::fromHsv((index * 47) % 360, 160, 200);
}

inline QColor lerpColor()
{
    return QColor(0x20, 0x20, 0x20);
}

inline QColor slerpColor()
{
    return QColor(0x8e, 0x01, 0x52);
}

} // namespace genlab::widgets::latentPalette
