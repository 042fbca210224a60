#pragma once
// The colour a masked (or corrupted) token wears on every page of the Masked objectives lab.

#include <QColor>

namespace genlab::widgets::maskedlab {

inline const QColor kMaskColor(253, 205, 150);

} // namespace genlab::widgets::maskedlab
