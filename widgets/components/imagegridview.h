#pragma once

#include "engine/base/image.h"

#include <QImage>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <vector>

class QButtonGroup;
class QDoubleSpinBox;
class QLabel;
class QScrollArea;
class QTimer;
class QToolButton;

namespace genlab::widgets {

class ImageGridCanvas;

// A batch of images as a labelled grid, or as one row (a strip, e.g. the steps of a denoising run).
// Zoom is by whole factors with nearest-neighbour enlarging, so 20x20 digits stay crisp; "fit"
// picks the largest factor that shows every tile (Ctrl+wheel zooms too). Hovering a tile
// highlights it and its tooltip names it; a click selects it. "Play" shows the images one after
// another as an animation. Export writes what is shown (tiles and labels) as a PNG; exports that
// must carry a recipe go through the lab and the engine's writePng instead.
// Thread: GUI only.
class ImageGridView : public QWidget
{
    Q_OBJECT
public:
    enum class Layout { Grid, Strip };

    explicit ImageGridView(QWidget *parent = nullptr);
    ~ImageGridView() override;

    // labels[i] is drawn under tile i (no band at all when every label is empty); toolTips[i]
    // replaces the default tooltip ("#i · label"). Keeps the zoom; clears the selection.
    void setImages(const std::vector<engine::Image> &images, const QStringList &labels = {},
                   const QStringList &toolTips = {});
    void setImages(const QList<QImage> &images, const QStringList &labels = {}, const QStringList &toolTips = {});
    void clear();
    int count() const { return int(m_images.size()); }
    const QList<QImage> &images() const { return m_images; }
    const QStringList &labels() const { return m_labels; }

    void setLayoutMode(Layout layout);
    Layout layoutMode() const { return m_layout; }
    void setColumns(int columns); // grid columns; 0 (default): as many as fit the width
    int columns() const { return m_columns; }

    // Enlarge by `factor` (0.25 .. 16); leaves fit mode.
    void setZoom(double factor);
    void setFitToView(bool fit);
    bool fitsToView() const { return m_fit; }
    double zoom() const { return m_zoom; } // the factor in use (fit mode: the one fit chose)

    int selectedIndex() const { return m_selected; } // -1: none
    void setSelectedIndex(int index);

    void play();
    void stop();
    bool isPlaying() const;
    void setFps(double fps); // 0.5 .. 60
    double fps() const { return m_fps; }
    int currentFrame() const { return m_frame; }

    void setToolbarVisible(bool visible);
    // On: the toolbar's "Export PNG…" emits exportRequested() instead of saving what is shown,
    // for views whose lab writes a real export (the engine's grid with its recipe).
    void setCustomExport(bool on) { m_customExport = on; }
    void setEmptyText(const QString &text); // shown when there are no images

    // What the grid shows (tiles and labels, no hover or selection marks) at the current zoom.
    QImage render() const;
    bool exportPng(const QString &path, QString *error = nullptr) const;

    QWidget *canvas() const;
    QRect tileRect(int index) const; // in canvas coordinates; empty when not shown

Q_SIGNALS:
    void tileClicked(int index);
    void selectionChanged(int index);
    void zoomChanged(double factor);
    void frameChanged(int index);
    void exportRequested(); // custom export only

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    friend class ImageGridCanvas;

    void relayout();
    void applyFit();
    void syncZoomButtons();
    void stepZoom(int direction);
    QSize tileSize() const; // the largest image's size
    int labelBand() const;
    QSize cellSize(double zoom) const;
    int columnsFor(int width, double zoom) const;

    ImageGridCanvas *m_canvas;
    QScrollArea *m_scroll;
    QWidget *m_toolbar;
    QButtonGroup *m_zoomButtons;
    QLabel *m_zoomLabel;
    QToolButton *m_playButton;
    QDoubleSpinBox *m_fpsSpin;
    QTimer *m_playTimer;

    QList<QImage> m_images;
    QStringList m_labels;
    QStringList m_toolTips;
    QString m_emptyText;
    Layout m_layout = Layout::Grid;
    int m_columns = 0;
    double m_zoom = 1;
    bool m_fit = true;
    int m_selected = -1;
    int m_hovered = -1;
    int m_frame = 0;
    double m_fps = 8;
    int m_shownColumns = 1; // as laid out
    bool m_customExport = false;
};

} // namespace genlab::widgets
