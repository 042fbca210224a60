#pragma once

#include "services/gan/ganexplore.h"

#include <QJsonObject>
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
class ImageGridView;
}

namespace genlab::widgets::ganlab {

// The GAN lab's "Explore" page: a trained generator's samples for a seed, a truncation and (for a
// class-conditional model) a class, and paths between two noise vectors, lerp and slerp side by
// side as the Latent lab shows a decoder's (a generator is a decoder too), exported as GIF, MP4 or
// a PNG strip with a recipe that makes it again. The endpoints are two seeds or two samples
// clicked in the grid. The shipped gan-digits loads the first time the page is shown; "Open
// folder…" or useModel() loads another, and a folder that is not a usable GAN checkpoint says why
// and keeps the model there was. The generator runs on the lab's lane (GanExploreService); the
// page only shows what comes back.
// Thread: GUI only.
class GeneratorExplorer : public QWidget
{
    Q_OBJECT
public:
    explicit GeneratorExplorer(services::GanExploreService *service, QWidget *parent = nullptr);
    ~GeneratorExplorer() override;

    // Loads the shipped model unless one is loaded or loading (the lab calls it; so does showing
    // the page). Never blocks.
    void ensureLoaded();
    bool hasModel() const { return m_model.has(); }
    const services::GeneratorInfo &model() const { return m_model.info(); }
    bool isBusy() const;

    void setSeed(quint64 seed);
    quint64 seed() const;
    void setTruncation(double truncation); // 0: none
    double truncation() const;
    void setClassLabel(int classLabel);    // -1: every class in turn
    int classLabel() const;
    void setCount(int count);
    int count() const;

    // Path endpoints: two seeds (the first noise vector of each), or a sample of the grid: the
    // first pick is the start, the second the end (and computes the path), a third starts anew.
    void setPathSeeds(quint64 from, quint64 to);
    void pickSample(int index);
    void setFrameCount(int frames);
    int frameCount() const;
    const services::GeneratorPathRequest &pathRequest() const { return m_pathRequest; }

    const services::GeneratorSamples &samples() const { return m_samples; }
    const services::GeneratorPath &path() const { return m_path; }
    ImageGridView *sampleGrid() const { return m_grid; }
    ImageGridView *lerpStrip() const { return m_lerpStrip; }
    ImageGridView *slerpStrip() const { return m_slerpStrip; }
    QString statusText() const;

    // The chosen method's strip as GIF/MP4/PNG strip (by the suffix) with its recipe; nullptr
    // (and a message) when there is nothing to export or the suffix is not one of those.
    services::Job *exportTo(const QString &path);
    void setExportMethod(engine::vae::PathMethod method);
    // The sample grid as a PNG carrying its recipe (the grid's "Export PNG…" asks for a file).
    services::Job *exportGridTo(const QString &path);

    // Model, seed, truncation, class, count, endpoints, frames.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);
    // A "gan" recipe of a sample grid or a path (as this page and `genlab sample` write them):
    // its model, settings and endpoints, then the grid and the paths again. False (with *error)
    // for another action.
    bool applyRecipe(const services::Recipe &recipe, QString *error = nullptr);

public Q_SLOTS:
    // Loads a checkpoint folder (a shipped name works too), e.g. one the training page just wrote.
    void useModel(const QString &folder);

Q_SIGNALS:
    void modelLoaded(const QString &description);
    void loadFailed(const QString &message);
    void samplesShown();
    void pathShown();
    void exported(const QString &path, bool ok, const QString &message);
    void settingsChanged();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load(const QString &nameOrFolder);
    void onLoaded(const services::GeneratorInfo &info);
    void requestSamples();
    void requestPath();
    // The path runs between the two seed boxes' noise (one draw per seed), replacing ends picked
    // by clicking samples; asks for it and says the settings changed.
    void pathFromSeeds();
    void showSamples(const services::GeneratorSamples &samples);
    void showPath(const services::GeneratorPath &path);
    // Keeps job in slot while it runs; shows its result with show, or says failedText (with "%1"
    // for the message) when it fails.
    template <class Result>
    void follow(services::Job *job, QPointer<services::Job> &slot, void (GeneratorExplorer::*show)(const Result &),
                const QString &failedText);
    // Keeps job as the export under way, says where it writes, then what came of it (exported()).
    void followExport(services::Job *job, const QString &path);
    void fillClassCombo();
    void selectModelItem(const QString &nameOrFolder);
    void updateEndpointText();
    void setStatus(const QString &text, bool error = false);
    void chooseExportFile();
    int pathClass() const;

    services::GanExploreService *m_service;
    services::LoadedModel<services::GeneratorInfo> m_model;
    QComboBox *m_modelCombo, *m_class, *m_method, *m_format;
    QPushButton *m_open, *m_newSeed, *m_export;
    QSpinBox *m_seed, *m_count, *m_fromSeed, *m_toSeed, *m_frames;
    QDoubleSpinBox *m_truncation;
    QLabel *m_modelInfo, *m_endpoints, *m_lerpLabel, *m_slerpLabel, *m_status;
    ImageGridView *m_grid, *m_lerpStrip, *m_slerpStrip;
    QPointer<services::Job> m_loadJob, m_sampleJob, m_pathJob, m_exportJob;
    QString m_loading;           // the model being loaded ("" when none)
    services::GeneratorSamples m_samples;
    services::GeneratorPath m_path;
    services::GeneratorPathRequest m_pathRequest;
    int m_pickedClass = -1;      // the class of the first picked sample (-1: none picked)
    bool m_pickingEnd = false;   // the next pick is the path's end
    bool m_quiet = false;        // setting the form from code: no requests until done
    int m_pendingClass = -2;     // a restored class the model (still loading) will have; -2: none
};

} // namespace genlab::widgets::ganlab
