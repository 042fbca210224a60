#pragma once
// Training image GANs from the GAN lab's "Train images" page: the request it builds, the result it
// shows, and the export of a run's fixed-noise sample grids, step by step, as an animation (GIF or
// MP4) with its recipe. The jobs themselves are GanService::trainImage and exportEvolution.

#include "engine/base/image.h"
#include "engine/base/runcontext.h"
#include "engine/gan/imagegan.h"
#include "services/latent/latentoutputs.h"
#include "services/recipe.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace genlab::services {

// A training run: the architecture and the engine's options (data set, loss, D steps, betas, the
// common options whose defaults are engine::gan::defaultImageCommon(), outDir required). The
// quality figures are measured with the shipped digit classifier unless options.classifierDir
// says otherwise (empty: none).
struct GanTrainRequest
{
    GanTrainRequest();
    engine::gan::ImageGanConfig config;
    engine::gan::ImageTrainOptions options;
    QString datasetId() const { return QString::fromStdString(options.dataset); }
    QString outDir() const { return QString::fromStdString(options.outDir); }
};

struct GanTrainResult
{
    QString checkpointDir;
    qint64 step = 0;
    double dLoss = 0, gLoss = 0, dReal = 0, dFake = 0;
    double stepsPerSecond = 0;
};

// One recorded grid of the fixed-noise samples.
struct GanEvolutionFrame
{
    qint64 step = 0;
    std::vector<engine::Image> images; // rows x columns, row-major
};

// What the evolution export writes. format: GIF or MP4 (a PNG strip is refused: use the grid).
struct GanEvolutionExport
{
    QString path;
    latent::ExportFormat format = latent::ExportFormat::Gif;
    int columns = 8;
    std::vector<GanEvolutionFrame> frames; // in step order
    Recipe recipe;
};

namespace gan {

inline constexpr const char *kShippedClassifier = "classifier-digits";

// The shipped digit classifier's folder (services::shippedModelPath), empty when it is missing.
QString shippedClassifierDir();
// services::defaultTrainingFolder("gan", "dcgan").
QString defaultTrainingFolder();

inline constexpr int kEvolutionFrameDelayMs = 250; // four steps of the recording per second
inline constexpr int kEvolutionLastFrameRepeats = 6; // the last grid stays 1.5 s before the loop restarts

// Composes each frame as its grid with "step 1,200" under it and writes the animation and its
// sidecar recipe (OUTPUT.recipe.json). Returns the files written. Throws std::invalid_argument
// (no frames, a PNG path), ImageError naming the file, engine::Canceled (nothing left behind).
QStringList writeEvolution(const GanEvolutionExport &request, const engine::RunContext &ctx = {});
// The recipe of a run's evolution: the architecture and every training option it depends on, the
// checkpoint folder as the model, the steps shown.
Recipe evolutionRecipe(const GanTrainRequest &request, const QList<qint64> &steps);
// The run an evolution recipe describes, to train it again (outDir left empty: a new folder).
// Missing fields keep their defaults; an invalid architecture, loss or schedule: nullopt and
// *error says which.
std::optional<GanTrainRequest> requestFromRecipe(const Recipe &recipe, QString *error);

} // namespace gan

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::GanTrainResult)
