#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QSlider;

namespace genlab::widgets {

class ExplorerState;

// One slider per latent dimension of the current point, most active first (KL per dimension for
// a VAE, variance for an autoencoder), so collapsed dimensions sink to the bottom, greyed.
// Dragging a slider decodes live (latest wins).
// Thread: GUI only.
class SlidersPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSteps = 100;   // slider units per unit of z
    static constexpr double kRange = 4.0; // sliders cover [-4, 4], or more when the data's codes go further (autoencoders)

    explicit SlidersPanel(ExplorerState *state, QWidget *parent = nullptr);

    int sliderCount() const { return int(m_sliders.size()); }
    // The slider of the row'th most active dimension, and that dimension.
    QSlider *slider(int row) const { return m_sliders.value(row); }
    int dimensionAt(int row) const { return m_order.value(row, -1); }

private:
    void rebuild();
    void syncFromCurrent();
    void onSliderMoved(int row, int value);
    void setAll(float value);

    ExplorerState *m_state;
    QLabel *m_note;
    QWidget *m_rows;
    QGridLayout *m_grid;
    QPushButton *m_zero, *m_random;
    QList<QSlider *> m_sliders;
    QList<QLabel *> m_values;
    QList<int> m_order;
    double m_range = kRange;
};

} // namespace genlab::widgets
