#include "widgets/shell/presentation.h"

#include "widgets/components/qcustomplot_include.h"
#include "widgets/shell/labpage.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QPair>
#include <QPointer>
#include <QVariant>
#include <QWidget>

#include <algorithm>

namespace genlab::widgets {

void LabPage::setPresentationMode(bool on)
{
    presentation::stylePlots(this, on);
}

namespace presentation {

namespace {

// What presentation mode hid (so leaving it shows only those again).
constexpr char kPresentationHidden[] = "genlabPresentationHidden";
// On a QCustomPlot: the mode is on for it; its beforeReplot hook is connected.
constexpr char kPresentationPlotOn[] = "genlabPresentationOn";
constexpr char kPresentationPlotHooked[] = "genlabPresentationHooked";

QPen presentationPen(const QPen &pen)
{
    QPen thick(pen);
    thick.setWidthF(std::max(3.0, pen.widthF() * kPenScale));
    return thick;
}

QFont presentationFont(const QFont &font)
{
    return scaledFont(font);
}

// Sets a styled value on `object` and remembers the original under `key`. When the current value
// is not the one the mode set (first time, or the lab set a new one since), it is the original.
template <typename T, typename Style, typename Setter>
void presentationApply(QObject *object, const char *key, const T &current, Style style, Setter set)
{
    const QByteArray original = QByteArrayLiteral("genlabOriginal_") + key;
    const QByteArray styled = QByteArrayLiteral("genlabStyled_") + key;
    const QVariant was = object->property(styled.constData());
    if (was.isValid() && was.value<T>() == current)
        return;
    const T next = style(current);
    object->setProperty(original.constData(), QVariant::fromValue(current));
    object->setProperty(styled.constData(), QVariant::fromValue(next));
    set(next);
}

// Gives back the original, unless the lab has set a value of its own since.
template <typename T, typename Setter>
void presentationRestore(QObject *object, const char *key, const T &current, Setter set)
{
    const QByteArray original = QByteArrayLiteral("genlabOriginal_") + key;
    const QByteArray styled = QByteArrayLiteral("genlabStyled_") + key;
    const QVariant was = object->property(styled.constData());
    if (was.isValid() && was.value<T>() == current)
        set(object->property(original.constData()).value<T>());
    object->setProperty(original.constData(), QVariant());
    object->setProperty(styled.constData(), QVariant());
}

// Both directions over one object's pen, font or size.
template <typename T, typename Style, typename Setter>
void presentationValue(bool on, QObject *object, const char *key, const T &current, Style style, Setter set)
{
    if (on)
        presentationApply(object, key, current, style, set);
    else
        presentationRestore(object, key, current, set);
}

template <typename Item>
bool presentationItemPen(bool on, QCPAbstractItem *item)
{
    auto *typed = qobject_cast<Item *>(item);
    if (!typed)
        return false;
    presentationValue(on, typed, "pen", typed->pen(), presentationPen, [typed](const QPen &p) { typed->setPen(p); });
    return true;
}

void presentationStylePlot(QCustomPlot *plot, bool on)
{
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = plot->plottable(i);
        // Lines and curves get thicker; bars, colour maps and boxes keep their outlines.
        if (!qobject_cast<QCPGraph *>(p) && !qobject_cast<QCPCurve *>(p))
            continue;
        presentationValue(on, p, "pen", p->pen(), presentationPen, [p](const QPen &pen) { p->setPen(pen); });
        auto scatterOf = [p]() -> QCPScatterStyle {
            if (auto *g = qobject_cast<QCPGraph *>(p))
                return g->scatterStyle();
            return static_cast<QCPCurve *>(p)->scatterStyle();
        };
        const QCPScatterStyle scatter = scatterOf();
        if (scatter.isNone())
            continue;
        presentationValue(
            on, p, "scatterSize", scatter.size(), [](double s) { return s * 1.8; },
            [p, scatterOf](double size) {
                QCPScatterStyle s = scatterOf();
                s.setSize(size);
                if (s.pen().style() != Qt::NoPen)
                    s.setPen(QPen(s.pen().color(), std::max(2.0, s.pen().widthF())));
                if (auto *g = qobject_cast<QCPGraph *>(p))
                    g->setScatterStyle(s);
                else
                    static_cast<QCPCurve *>(p)->setScatterStyle(s);
            });
    }
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        if (auto *text = qobject_cast<QCPItemText *>(item)) {
            presentationValue(on, text, "font", text->font(), presentationFont, [text](const QFont &f) { text->setFont(f); });
            continue;
        }
        if (auto *tracer = qobject_cast<QCPItemTracer *>(item)) {
            presentationValue(
                on, tracer, "size", tracer->size(), [](double s) { return s * 1.8; },
                [tracer](double s) { tracer->setSize(s); });
        }
        presentationItemPen<QCPItemLine>(on, item) || presentationItemPen<QCPItemStraightLine>(on, item) ||
            presentationItemPen<QCPItemCurve>(on, item) || presentationItemPen<QCPItemTracer>(on, item);
    }
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            presentationValue(on, axis, "tickLabelFont", axis->tickLabelFont(), presentationFont,
                              [axis](const QFont &f) { axis->setTickLabelFont(f); });
            presentationValue(on, axis, "labelFont", axis->labelFont(), presentationFont,
                              [axis](const QFont &f) { axis->setLabelFont(f); });
            // Fewer, larger tick labels: five at 1.6x the size overlap on a short strip.
            if (QSharedPointer<QCPAxisTicker> ticker = axis->ticker())
                presentationValue(
                    on, axis, "tickCount", ticker->tickCount(), [](int count) { return std::max(2, count * 3 / 5); },
                    [ticker](int count) { ticker->setTickCount(count); });
            presentationValue(
                on, axis, "basePen", axis->basePen(), [](const QPen &p) { return QPen(p.color(), std::max(2.0, p.widthF())); },
                [axis](const QPen &p) { axis->setBasePen(p); });
        }
    }
    if (QCPLegend *legend = plot->legend) {
        // QCPLegend::setFont sets every entry's font too (and entries added later take it).
        presentationValue(on, legend, "font", legend->font(), presentationFont, [legend](const QFont &f) { legend->setFont(f); });
    }
    if (QCPLayoutGrid *layout = plot->plotLayout())
        for (QCPLayoutElement *element : layout->elements(true))
            if (auto *title = qobject_cast<QCPTextElement *>(element))
                presentationValue(on, title, "font", title->font(), presentationFont,
                                  [title](const QFont &f) { title->setFont(f); });
}

void presentationHide(QWidget *widget)
{
    if (widget && !widget->isHidden()) {
        widget->setProperty(kPresentationHidden, true);
        widget->hide();
    }
}

} // namespace

void markExpert(QWidget *widget, bool expert)
{
    if (widget)
        widget->setProperty(kExpertProperty, expert);
}

bool isExpert(const QWidget *widget)
{
    return widget && widget->property(kExpertProperty).toBool();
}

void setExpertControlsHidden(QWidget *root, bool hidden)
{
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    if (!hidden) {
        for (QWidget *w : std::as_const(all))
            if (w->property(kPresentationHidden).toBool()) {
                w->setProperty(kPresentationHidden, QVariant());
                w->show();
            }
        return;
    }
    for (QWidget *w : std::as_const(all)) {
        if (isExpert(w)) {
            presentationHide(w);
            // Its row's label in a form (labels made by QFormLayout::addRow also name it as buddy).
            if (QWidget *parent = w->parentWidget())
                for (auto *form : parent->findChildren<QFormLayout *>())
                    if (QWidget *label = form->labelForField(w))
                        presentationHide(label);
        } else if (auto *label = qobject_cast<QLabel *>(w); label && isExpert(label->buddy())) {
            presentationHide(label);
        }
    }
}

void scaleFixedWidths(QWidget *root, bool on)
{
    constexpr char kNormalWidths[] = "genlabPresentationWidths";
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : std::as_const(all)) {
        if (w->isWindow())
            continue;
        const QVariant normal = w->property(kNormalWidths);
        if (!on) {
            if (normal.isValid()) {
                const QSize widths = normal.toSize();
                w->setMinimumWidth(widths.width());
                w->setMaximumWidth(widths.height());
                w->setProperty(kNormalWidths, QVariant());
            }
            continue;
        }
        const int minimum = w->minimumWidth(), maximum = w->maximumWidth();
        if (normal.isValid() || (minimum == 0 && maximum >= QWIDGETSIZE_MAX))
            continue;
        w->setProperty(kNormalWidths, QSize(minimum, maximum));
        if (maximum < QWIDGETSIZE_MAX)
            w->setMaximumWidth(qRound(maximum * kFontScale));
        // A scroll area scrolls what does not fit: its minimum stays, so the labs' columns still
        // fit side by side in 1920 pixels.
        if (minimum > 0 && !qobject_cast<QAbstractScrollArea *>(w))
            w->setMinimumWidth(qRound(minimum * kFontScale));
    }
    // A plot of a set height (a strip under a text) needs room for its larger axis fonts too.
    constexpr char kNormalHeights[] = "genlabPresentationHeights";
    for (QWidget *w : std::as_const(all)) {
        if (w->isWindow())
            continue;
        const QVariant normal = w->property(kNormalHeights);
        if (!on) {
            if (normal.isValid()) {
                w->setMinimumHeight(normal.toSize().width());
                w->setMaximumHeight(normal.toSize().height());
                w->setProperty(kNormalHeights, QVariant());
            }
            continue;
        }
        const int minimum = w->minimumHeight(), maximum = w->maximumHeight();
        if (normal.isValid() || maximum >= QWIDGETSIZE_MAX)
            continue;
        if (!qobject_cast<QCustomPlot *>(w) && !w->findChild<QCustomPlot *>())
            continue;
        w->setProperty(kNormalHeights, QSize(minimum, maximum));
        // Only the maximum: larger minimums would push a 1080-pixel window past the screen.
        if (maximum < QWIDGETSIZE_MAX)
            w->setMaximumHeight(qRound(maximum * kFontScale));
    }
}

void setApplicationFont(QWidget *root, const QFont &font, bool on)
{
    constexpr char kNormalFont[] = "genlabPresentationFont";
    constexpr char kInheritedFont[] = "genlabPresentationFontInherited";
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    if (!on) {
        QApplication::setFont(font);
        for (QWidget *w : std::as_const(all)) {
            const QVariant normal = w->property(kNormalFont);
            if (normal.isValid()) {
                // A font the widget only inherited (styled by a style sheet) is inherited again.
                w->setFont(w->property(kInheritedFont).toBool() ? QFont() : normal.value<QFont>());
                w->setProperty(kNormalFont, QVariant());
                w->setProperty(kInheritedFont, QVariant());
            }
        }
        return;
    }
    // A widget whose own font names a size (a small note, a monospace block) does not follow the
    // application font: the ones whose size stays the same are scaled by hand.
    QList<QPair<QPointer<QWidget>, QFont>> own;
    for (QWidget *w : std::as_const(all))
        // (A style sheet, even one that only sets a colour, keeps the font the widget had too.)
        if ((w->testAttribute(Qt::WA_SetFont) || !w->styleSheet().isEmpty()) && !qobject_cast<QCustomPlot *>(w))
            own.append({w, w->font()});
    QApplication::setFont(font);
    for (const auto &[w, before] : std::as_const(own))
        if (w && !w->property(kNormalFont).isValid() && w->font().pointSizeF() == before.pointSizeF() &&
            w->font().pixelSize() == before.pixelSize()) {
            w->setProperty(kNormalFont, before);
            w->setProperty(kInheritedFont, !w->testAttribute(Qt::WA_SetFont));
            w->setFont(scaledFont(before));
        }
}

void stylePlots(QWidget *root, bool on)
{
    QList<QCustomPlot *> plots = root->findChildren<QCustomPlot *>();
    if (auto *self = qobject_cast<QCustomPlot *>(root))
        plots.prepend(self);
    for (QCustomPlot *plot : std::as_const(plots)) {
        if (plot->property(kPresentationPlotOn).toBool() == on)
            continue;
        plot->setProperty(kPresentationPlotOn, on);
        // Graphs a lab adds or restyles later are styled as the plot next draws.
        if (on && !plot->property(kPresentationPlotHooked).toBool()) {
            plot->setProperty(kPresentationPlotHooked, true);
            QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] {
                if (plot->property(kPresentationPlotOn).toBool())
                    presentationStylePlot(plot, true);
            });
        }
        presentationStylePlot(plot, on);
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
}

QFont scaledFont(const QFont &normal)
{
    QFont font(normal);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * kFontScale);
    else if (font.pixelSize() > 0)
        font.setPixelSize(qRound(font.pixelSize() * kFontScale));
    return font;
}

QPalette highContrastPalette()
{
    QPalette p;
    const QColor black(Qt::black), white(Qt::white), selection(0x00, 0x38, 0xa8);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
        const bool disabled = group == QPalette::Disabled;
        const QColor text = disabled ? QColor(0x5a, 0x5a, 0x5a) : black;
        p.setColor(group, QPalette::Window, white);
        p.setColor(group, QPalette::WindowText, text);
        p.setColor(group, QPalette::Base, white);
        p.setColor(group, QPalette::AlternateBase, QColor(0xee, 0xee, 0xee));
        p.setColor(group, QPalette::Text, text);
        p.setColor(group, QPalette::Button, QColor(0xf2, 0xf2, 0xf2));
        p.setColor(group, QPalette::ButtonText, text);
        p.setColor(group, QPalette::BrightText, white);
        p.setColor(group, QPalette::Light, white);
        p.setColor(group, QPalette::Midlight, QColor(0xdd, 0xdd, 0xdd));
        p.setColor(group, QPalette::Mid, QColor(0x55, 0x55, 0x55));
        p.setColor(group, QPalette::Dark, QColor(0x33, 0x33, 0x33));
        p.setColor(group, QPalette::Shadow, black);
        p.setColor(group, QPalette::Highlight, disabled ? QColor(0x55, 0x55, 0x55) : selection);
        p.setColor(group, QPalette::HighlightedText, white);
        p.setColor(group, QPalette::ToolTipBase, white);
        p.setColor(group, QPalette::ToolTipText, black);
        p.setColor(group, QPalette::Link, QColor(0x00, 0x2a, 0xcc));
        p.setColor(group, QPalette::LinkVisited, QColor(0x55, 0x1a, 0x8b));
        p.setColor(group, QPalette::PlaceholderText, QColor(0x44, 0x44, 0x44));
    }
    return p;
}

} // namespace presentation
} // namespace genlab::widgets
