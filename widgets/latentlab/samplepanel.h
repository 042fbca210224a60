#pragma once

#include "services/latent/latentservice.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

class ExplorerState;
class ImageGridView;

// Draws from the prior: a grid of decoded samples with a seed and a temperature (the scale of z).
// Clicking a sample makes it the current point; "Save PNG…" writes the grid with its recipe.
// Thread: GUI only.
class SamplePanel : public QWidget
{
    Q_OBJECT
public:
    explicit SamplePanel(ExplorerState *state, QWidget *parent = nullptr);

    void setSettings(quint64 seed, double temperature, int count); // and resample
    quint64 seed() const;
    double temperature() const;
    int count() const;
    void resample();
    bool hasSamples() const { return !m_result.output.images.empty(); }
    const services::SampleResult &result() const { return m_result; }
    ImageGridView *grid() const { return m_grid; }
    // Writes the grid with its recipe on the I/O lane (no dialog).
    services::Job *exportTo(const QString &path);

Q_SIGNALS:
    void samplesShown();
    void settingsChanged(); // seed, temperature or count
    void exported(const QString &path, bool ok, const QString &message);

private:
    void saveDialog();

    ExplorerState *m_state;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_temperature;
    QComboBox *m_count;
    QPushButton *m_newSeed, *m_save;
    QLabel *m_note;
    ImageGridView *m_grid;
    QPointer<services::Job> m_job;
    services::SampleResult m_result;
};

} // namespace genlab::widgets
