#pragma once

#include <QColor>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::textlab {

// One colour scale for probabilities everywhere in the lab (token view, legend, microscope):
// pale for likely tokens, peach around 10 %, orange around 1 %, red-orange at 0.1 % and below, on a
// log scale, so the eye finds the surprising tokens. Black text stays readable on every shade.
inline QColor probabilityColor(double p)
{
    static const QColor stops[] = {QColor(238, 244, 250), QColor(253, 226, 190), QColor(247, 160, 92), QColor(230, 92, 60)};
    const double t = std::clamp(-std::log10(std::max(p, 1e-9)) / 3.0, 0.0, 1.0) * 3.0; // 0..3 decades
    const int i = std::min(2, int(t));
    const double f = t - i;
    auto mix = [f](int a, int b) { return int(std::lround(a + (b - a) * f)); };
    return QColor(mix(stops[i].red(), stops[i + 1].red()), mix(stops[i].green(), stops[i + 1].green()),
                  mix(stops[i].blue(), stops[i + 1].blue()));
}

// Attention weights (0..1) as a blue wash: 0 white, 1 strong blue.
inline QColor weightColor(double w)
{
    const double t = std::clamp(std::sqrt(std::max(w, 0.0)), 0.0, 1.0);
    return QColor(int(std::lround(255 - 200 * t)), int(std::lround(255 - 140 * t)), 255);
}

inline const QColor kChosenColor(214, 96, 30);   // the token that was picked
inline const QColor kFavouriteColor(40, 110, 180); // the model's most likely token

} // namespace genlab::widgets::textlab
