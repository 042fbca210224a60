#include "widgets/components/imagegridview.h"

#include "widgets/components/imageconvert.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace genlab::widgets {

namespace {

constexpr int kPadding = 3;      // around each tile inside its cell
constexpr int kMinCellWidth = 26; // room for a two-character label under a tiny tile
constexpr double kZoomSteps[] = {0.25, 0.5, 1, 2, 3, 4, 6, 8, 12, 16};
constexpr double kFitCandidates[] = {16, 12, 8, 6, 5, 4, 3, 2, 1, 0.75, 0.5, 0.25};

} // namespace

// Paints the tiles; all state lives in the view.
// Thread: GUI only.
class ImageGridCanvas : public QWidget
{
public:
    explicit ImageGridCanvas(ImageGridView *view) : QWidget(nullptr), m_view(view)
    {
        setObjectName(QStringLiteral("imageGridCanvas"));
        setMouseTracking(true);
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    QSize sizeHint() const override { return m_hint; }
    QSize minimumSizeHint() const override { return {1, 1}; }

    // Lays the cells out for a canvas `width` wide (auto columns) and sets the size hint.
    void layoutFor(int width)
    {
        const ImageGridView &v = *m_view;
        const QSize cell = v.cellSize(v.m_zoom);
        const int n = v.isPlaying() ? std::min<int>(1, v.count()) : v.count();
        m_cell = cell;
        if (n == 0) {
            m_columns = 1;
            m_rows = 0;
            m_hint = QSize(cell.width(), cell.height());
            return;
        }
        m_columns = v.m_layout == ImageGridView::Layout::Strip ? n
            : v.m_columns > 0                                  ? std::min(v.m_columns, n)
                                                               : std::min(n, std::max(1, width / cell.width()));
        m_rows = (n + m_columns - 1) / m_columns;
        m_hint = QSize(m_columns * cell.width(), m_rows * cell.height());
    }

    int columns() const { return m_columns; }

    // Cell of tile `slot` (the slot is the index, or 0 for the frame while playing), centred.
    QRect cellRect(int slot) const
    {
        const int x0 = std::max(0, (width() - m_hint.width()) / 2);
        const int y0 = m_view->m_layout == ImageGridView::Layout::Strip ? std::max(0, (height() - m_hint.height()) / 2) : 0;
        return QRect(x0 + (slot % m_columns) * m_cell.width(), y0 + (slot / m_columns) * m_cell.height(), m_cell.width(),
                     m_cell.height());
    }

    QRect imageRect(int index, const QRect &cell) const
    {
        const QImage &im = m_view->m_images[index];
        const double z = m_view->m_zoom;
        const int w = std::max(1, int(std::lround(im.width() * z)));
        const int h = std::max(1, int(std::lround(im.height() * z)));
        const int bandTop = cell.bottom() + 1 - kPadding - m_view->labelBand();
        // Centred in the area above the label band.
        return QRect(cell.left() + (cell.width() - w) / 2, cell.top() + kPadding + (bandTop - cell.top() - kPadding - h) / 2, w, h);
    }

    int slotAt(const QPoint &pos) const
    {
        const int n = m_view->isPlaying() ? std::min<int>(1, m_view->count()) : m_view->count();
        for (int row = 0; row < m_rows; ++row) {
            for (int col = 0; col < m_columns; ++col) {
                const int slot = row * m_columns + col;
                if (slot < n && cellRect(slot).contains(pos))
                    return slot;
            }
        }
        return -1;
    }

    int indexOfSlot(int slot) const { return slot < 0 ? -1 : (m_view->isPlaying() ? m_view->m_frame : slot); }

    void paintTiles(QPainter &p, const QRect &exposed, bool marks) const
    {
        const ImageGridView &v = *m_view;
        const int n = v.isPlaying() ? std::min<int>(1, v.count()) : v.count();
        const int band = v.labelBand();
        const QColor highlight = palette().color(QPalette::Highlight);
        p.setRenderHint(QPainter::SmoothPixmapTransform, v.m_zoom < 1); // enlarge with nearest neighbour
        for (int slot = 0; slot < n; ++slot) {
            const QRect cell = cellRect(slot);
            if (!cell.intersects(exposed))
                continue;
            const int index = indexOfSlot(slot);
            if (marks && index == v.m_selected) {
                QColor fill = highlight;
                fill.setAlpha(50);
                p.fillRect(cell.adjusted(1, 1, -1, -1), fill);
            }
            const QRect target = imageRect(index, cell);
            p.drawImage(target, v.m_images[index]);
            if (marks && (index == v.m_selected || index == v.m_hovered)) {
                p.setPen(QPen(highlight, index == v.m_selected ? 3 : 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(target.adjusted(-2, -2, 1, 1));
            }
            if (band > 0 && index < v.m_labels.size() && !v.m_labels[index].isEmpty()) {
                const QRect labelRect(cell.left() + 1, cell.bottom() + 1 - kPadding - band, cell.width() - 2, band);
                p.setPen(palette().color(QPalette::WindowText));
                p.drawText(labelRect, Qt::AlignHCenter | Qt::AlignVCenter,
                           p.fontMetrics().elidedText(v.m_labels[index], Qt::ElideRight, labelRect.width()));
            }
        }
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter p(this);
        p.fillRect(event->rect(), palette().color(QPalette::Base));
        if (m_view->count() == 0) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_view->m_emptyText);
            return;
        }
        paintTiles(p, event->rect(), true);
    }

    void mouseMoveEvent(QMouseEvent *event) override
    {
        const int index = indexOfSlot(slotAt(event->pos()));
        if (index != m_view->m_hovered) {
            m_view->m_hovered = index;
            update();
        }
    }

    void leaveEvent(QEvent *) override
    {
        if (m_view->m_hovered != -1) {
            m_view->m_hovered = -1;
            update();
        }
    }

    void mousePressEvent(QMouseEvent *event) override
    {
        if (event->button() != Qt::LeftButton)
            return;
        const int index = indexOfSlot(slotAt(event->pos()));
        if (index < 0)
            return;
        m_view->setSelectedIndex(index);
        Q_EMIT m_view->tileClicked(index);
    }

    void wheelEvent(QWheelEvent *event) override
    {
        if (!(event->modifiers() & Qt::ControlModifier)) {
            event->ignore(); // the scroll area scrolls
            return;
        }
        const int delta = event->angleDelta().y();
        if (delta != 0)
            m_view->stepZoom(delta > 0 ? 1 : -1);
        event->accept();
    }

    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            auto *help = static_cast<QHelpEvent *>(event);
            const int index = indexOfSlot(slotAt(help->pos()));
            if (index < 0) {
                QToolTip::hideText();
                event->ignore();
                return true;
            }
            const ImageGridView &v = *m_view;
            QString text;
            if (index < v.m_toolTips.size() && !v.m_toolTips[index].isEmpty())
                text = v.m_toolTips[index];
            else if (index < v.m_labels.size() && !v.m_labels[index].isEmpty())
                text = ImageGridView::tr("#%1 · %2").arg(index).arg(v.m_labels[index]);
            else
                text = ImageGridView::tr("#%1").arg(index);
            const QImage &im = v.m_images[index];
            text += ImageGridView::tr("\n%1 × %2 px").arg(im.width()).arg(im.height());
            QToolTip::showText(help->globalPos(), text, this, cellRect(slotAt(help->pos())));
            return true;
        }
        return QWidget::event(event);
    }

private:
    ImageGridView *m_view;
    QSize m_hint{1, 1};
    QSize m_cell{1, 1};
    int m_columns = 1;
    int m_rows = 0;
};

ImageGridView::ImageGridView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("imageGridView"));
    m_emptyText = tr("No images");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_toolbar = new QWidget(this);
    auto *bar = new QHBoxLayout(m_toolbar);
    bar->setContentsMargins(0, 0, 0, 0);
    m_zoomButtons = new QButtonGroup(this);
    m_zoomButtons->setExclusive(true);
    auto addZoom = [&](const QString &text, const QString &name, int id, const QString &tip) {
        auto *b = new QToolButton(m_toolbar);
        b->setText(text);
        b->setObjectName(name);
        b->setCheckable(true);
        b->setToolTip(tip);
        m_zoomButtons->addButton(b, id);
        bar->addWidget(b);
    };
    addZoom(tr("Fit"), QStringLiteral("zoomFit"), 0, tr("The largest size that shows every image"));
    addZoom(tr("1×"), QStringLiteral("zoom1"), 1, tr("One screen pixel per image pixel"));
    addZoom(tr("2×"), QStringLiteral("zoom2"), 2, tr("Twice the size, pixels kept sharp"));
    addZoom(tr("4×"), QStringLiteral("zoom4"), 4, tr("Four times the size, pixels kept sharp"));
    m_zoomLabel = new QLabel(m_toolbar);
    m_zoomLabel->setToolTip(tr("Zoom in use (Ctrl+wheel changes it)"));
    bar->addWidget(m_zoomLabel);
    bar->addSpacing(12);
    m_playButton = new QToolButton(m_toolbar);
    m_playButton->setObjectName(QStringLiteral("play"));
    m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playButton->setText(tr("Play"));
    m_playButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playButton->setCheckable(true);
    m_playButton->setToolTip(tr("Show the images one after another, as an animation"));
    bar->addWidget(m_playButton);
    m_fpsSpin = new QDoubleSpinBox(m_toolbar);
    m_fpsSpin->setRange(0.5, 60);
    m_fpsSpin->setDecimals(1);
    m_fpsSpin->setValue(m_fps);
    m_fpsSpin->setSuffix(tr(" frames/s"));
    m_fpsSpin->setToolTip(tr("Animation speed"));
    bar->addWidget(m_fpsSpin);
    bar->addStretch(1);
    auto *exportButton = new QToolButton(m_toolbar);
    exportButton->setObjectName(QStringLiteral("exportPng"));
    exportButton->setText(tr("Export PNG…"));
    exportButton->setToolTip(tr("Save the grid as shown, labels included"));
    bar->addWidget(exportButton);
    layout->addWidget(m_toolbar);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_canvas = new ImageGridCanvas(this);
    m_scroll->setWidget(m_canvas);
    m_scroll->viewport()->installEventFilter(this);
    m_scroll->setBackgroundRole(QPalette::Base);
    layout->addWidget(m_scroll, 1);

    m_playTimer = new QTimer(this);
    connect(m_playTimer, &QTimer::timeout, this, [this] {
        if (m_images.isEmpty())
            return;
        m_frame = (m_frame + 1) % int(m_images.size());
        m_canvas->update();
        Q_EMIT frameChanged(m_frame);
    });
    connect(m_zoomButtons, &QButtonGroup::idClicked, this, [this](int id) {
        if (id == 0)
            setFitToView(true);
        else
            setZoom(id);
    });
    connect(m_playButton, &QToolButton::toggled, this, [this](bool on) { on ? play() : stop(); });
    connect(m_fpsSpin, &QDoubleSpinBox::valueChanged, this, &ImageGridView::setFps);
    connect(exportButton, &QToolButton::clicked, this, [this] {
        if (m_customExport) {
            Q_EMIT exportRequested();
            return;
        }
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the images as PNG"),
                                                          QStringLiteral("images.png"), tr("PNG images (*.png)"));
        QString error;
        if (!path.isEmpty() && !exportPng(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    syncZoomButtons();
}

ImageGridView::~ImageGridView() = default;

void ImageGridView::setImages(const std::vector<engine::Image> &images, const QStringList &labels,
                              const QStringList &toolTips)
{
    QList<QImage> converted;
    converted.reserve(qsizetype(images.size()));
    for (const engine::Image &im : images)
        converted.append(toQImage(im));
    setImages(converted, labels, toolTips);
}

void ImageGridView::setImages(const QList<QImage> &images, const QStringList &labels, const QStringList &toolTips)
{
    m_images.clear();
    for (const QImage &im : images) // a broken image still takes its place, so indices stay true
        m_images.append(im.isNull() ? QImage(1, 1, QImage::Format_Grayscale8) : im);
    m_labels = labels;
    m_toolTips = toolTips;
    m_selected = -1;
    m_hovered = -1;
    if (m_frame >= m_images.size())
        m_frame = 0;
    relayout();
}

void ImageGridView::clear()
{
    setImages(QList<QImage>{});
}

void ImageGridView::setLayoutMode(Layout layout)
{
    m_layout = layout;
    relayout();
}

void ImageGridView::setColumns(int columns)
{
    m_columns = std::max(0, columns);
    relayout();
}

void ImageGridView::setZoom(double factor)
{
    factor = std::clamp(factor, 0.25, 16.0);
    m_fit = false;
    const bool changed = factor != m_zoom;
    m_zoom = factor;
    relayout();
    if (changed)
        Q_EMIT zoomChanged(m_zoom);
}

void ImageGridView::setFitToView(bool fit)
{
    m_fit = fit;
    relayout();
}

void ImageGridView::stepZoom(int direction)
{
    const double *begin = std::begin(kZoomSteps), *end = std::end(kZoomSteps);
    if (direction > 0) {
        const double *next = std::upper_bound(begin, end, m_zoom);
        setZoom(next == end ? end[-1] : *next);
    } else {
        const double *prev = std::lower_bound(begin, end, m_zoom);
        setZoom(prev == begin ? *begin : prev[-1]);
    }
}

void ImageGridView::setSelectedIndex(int index)
{
    if (index < -1 || index >= count())
        index = -1;
    if (index == m_selected)
        return;
    m_selected = index;
    m_canvas->update();
    Q_EMIT selectionChanged(index);
}

void ImageGridView::play()
{
    if (m_images.isEmpty() || m_playTimer->isActive())
        return;
    m_frame = m_selected >= 0 ? m_selected : 0;
    m_playTimer->start(int(std::lround(1000.0 / m_fps)));
    {
        const QSignalBlocker block(m_playButton);
        m_playButton->setChecked(true);
        m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    }
    relayout();
    Q_EMIT frameChanged(m_frame);
}

void ImageGridView::stop()
{
    if (!m_playTimer->isActive())
        return;
    m_playTimer->stop();
    {
        const QSignalBlocker block(m_playButton);
        m_playButton->setChecked(false);
        m_playButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    }
    relayout();
}

bool ImageGridView::isPlaying() const
{
    return m_playTimer->isActive();
}

void ImageGridView::setFps(double fps)
{
    m_fps = std::clamp(fps, 0.5, 60.0);
    if (m_fpsSpin->value() != m_fps) {
        const QSignalBlocker block(m_fpsSpin);
        m_fpsSpin->setValue(m_fps);
    }
    if (m_playTimer->isActive())
        m_playTimer->setInterval(int(std::lround(1000.0 / m_fps)));
}

void ImageGridView::setToolbarVisible(bool visible)
{
    m_toolbar->setVisible(visible);
}

void ImageGridView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    m_canvas->update();
}

QSize ImageGridView::tileSize() const
{
    QSize s(0, 0);
    for (const QImage &im : m_images)
        s = s.expandedTo(im.size());
    return s.isEmpty() ? QSize(1, 1) : s;
}

int ImageGridView::labelBand() const
{
    const bool any = std::any_of(m_labels.begin(), m_labels.end(), [](const QString &l) { return !l.isEmpty(); });
    return any ? m_canvas->fontMetrics().height() + 2 : 0;
}

QSize ImageGridView::cellSize(double zoom) const
{
    const QSize tile = tileSize();
    const int w = int(std::lround(tile.width() * zoom)) + 2 * kPadding;
    const int h = int(std::lround(tile.height() * zoom)) + 2 * kPadding + labelBand();
    return {std::max(w, labelBand() > 0 ? kMinCellWidth : 1), h};
}

int ImageGridView::columnsFor(int width, double zoom) const
{
    const int n = count();
    if (m_layout == Layout::Strip)
        return std::max(1, n);
    if (m_columns > 0)
        return std::max(1, std::min(m_columns, n));
    return std::max(1, std::min(n, width / cellSize(zoom).width()));
}

void ImageGridView::applyFit()
{
    const QSize viewport = m_scroll->viewport()->size();
    const int n = isPlaying() ? std::min<int>(1, count()) : count();
    if (n == 0)
        return;
    double chosen = kFitCandidates[std::size(kFitCandidates) - 1];
    for (double z : kFitCandidates) {
        const QSize cell = cellSize(z);
        const int cols = isPlaying() ? 1 : columnsFor(viewport.width(), z);
        const int rows = (n + cols - 1) / cols;
        if (cols * cell.width() <= viewport.width() && rows * cell.height() <= viewport.height()) {
            chosen = z;
            break;
        }
    }
    m_zoom = chosen;
}

void ImageGridView::relayout()
{
    const double before = m_zoom;
    if (m_fit)
        applyFit();
    const QSize viewport = m_scroll->viewport()->size();
    m_canvas->layoutFor(viewport.width());
    const QSize hint = m_canvas->sizeHint();
    // Grids wrap to the viewport's width; strips and fixed column counts scroll sideways.
    m_canvas->resize(std::max(hint.width(), viewport.width()), std::max(hint.height(), viewport.height()));
    m_shownColumns = m_canvas->columns();
    m_canvas->update();
    syncZoomButtons();
    if (m_zoom != before && m_fit)
        Q_EMIT zoomChanged(m_zoom);
}

void ImageGridView::syncZoomButtons()
{
    const int id = m_fit ? 0 : (m_zoom == 1 || m_zoom == 2 || m_zoom == 4) ? int(m_zoom) : -1;
    if (id >= 0) {
        m_zoomButtons->button(id)->setChecked(true);
    } else if (QAbstractButton *checked = m_zoomButtons->checkedButton()) {
        m_zoomButtons->setExclusive(false);
        checked->setChecked(false);
        m_zoomButtons->setExclusive(true);
    }
    // The factor is worth a word only where no pressed button already says it.
    m_zoomLabel->setVisible(id <= 0);
    m_zoomLabel->setText(tr("at %1×").arg(QLocale().toString(m_zoom, 'g', 2)));
}

bool ImageGridView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        relayout();
    return QWidget::eventFilter(watched, event);
}

QWidget *ImageGridView::canvas() const
{
    return m_canvas;
}

QRect ImageGridView::tileRect(int index) const
{
    if (index < 0 || index >= count())
        return {};
    if (isPlaying())
        return index == m_frame ? m_canvas->cellRect(0) : QRect();
    return m_canvas->cellRect(index);
}

QImage ImageGridView::render() const
{
    if (m_images.isEmpty())
        return {};
    QImage out(m_canvas->sizeHint(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setFont(m_canvas->font());
    // Lay the tiles out as on screen but from the image's origin.
    p.translate(-m_canvas->cellRect(0).topLeft());
    m_canvas->paintTiles(p, QRect(m_canvas->cellRect(0).topLeft(), out.size()), false);
    return out;
}

bool ImageGridView::exportPng(const QString &path, QString *error) const
{
    const QImage image = render();
    QSaveFile file(path);
    if (image.isNull()) {
        if (error)
            *error = tr("There are no images to export");
        return false;
    }
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace genlab::widgets
