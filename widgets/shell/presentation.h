#pragma once
// Presentation mode, the generic part: what the main window and LabPage::setPresentationMode() do
// to any widget tree, so a lab gets large plots and hidden expert controls without code of its own.
//  - Expert controls: a widget with the dynamic property "genlabExpert" set to true (markExpert())
//    is hidden in presentation mode, with its QFormLayout label and any QLabel whose buddy it is,
//    and shown again afterwards (only what presentation mode hid comes back).
//  - Widths: minimum and maximum widths a lab set in pixels grow with the font.
//  - Plots: every QCustomPlot under a widget gets thicker graph and item pens, larger scatter
//    markers and larger axis, legend and title fonts; graphs a lab adds later are styled when the
//    plot next replots, and pens or fonts a lab sets again are taken as its new originals. Leaving
//    the mode restores each one.
// Thread: GUI only.

#include <QFont>
#include <QPalette>

class QWidget;

namespace genlab::widgets::presentation {

// How much larger the application font is, and how much thicker plot lines are, in the mode.
inline constexpr double kFontScale = 1.6;
inline constexpr double kPenScale = 2.5;
inline constexpr char kExpertProperty[] = "genlabExpert";

// Marks `widget` (a form row's field, a group box, a label) as an expert control.
void markExpert(QWidget *widget, bool expert = true);
bool isExpert(const QWidget *widget);

// Hides (on) or shows again (off) every expert control under `root` (root included).
void setExpertControlsHidden(QWidget *root, bool hidden);
// Widths set in pixels for the normal font (a column's maximum width, a fixed-width field) grow
// with the font (on) or are given back (off), for every widget under `root` that is not a window;
// so do the set heights of plots and of widgets holding one.
void scaleFixedWidths(QWidget *root, bool on);
// Styles (on) or restores (off) every QCustomPlot under `root`, and replots them.
void stylePlots(QWidget *root, bool on);

// Sets the application font (on: the mode's, off: the normal one given back). On, widgets under
// `root` whose own font names a size that did not follow are scaled too; off gives theirs back.
void setApplicationFont(QWidget *root, const QFont &font, bool on);
// The application font of the mode: `normal` scaled by kFontScale.
QFont scaledFont(const QFont &normal);
// Black on white with a saturated blue selection and dark borders: readable on a washed-out
// projector image.
QPalette highContrastPalette();

} // namespace genlab::widgets::presentation
