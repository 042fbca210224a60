#pragma once
// Exploring a trained image GAN: its samples for a seed, a truncation and a class, and paths
// between two noise vectors decoded by its generator (a generator is a decoder too, so the paths
// use the Latent lab's path maths, engine::vae::interpolatePath, and its exports,
// services::latent::writeInterpolation).

#include "engine/base/image.h"
#include "engine/gan/imagegan.h"
#include "engine/runtime/compute.h"
#include "services/latent/latentoutputs.h"
#include "services/modelslot.h"
#include "services/recipe.h"

#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace genlab::services {

class GanService;
class Job;
class JobManager;

namespace gan {
inline constexpr const char *kShippedGenerator = "gan-digits";
}

// The generator the explorer works with, as the GUI sees it. Plain data.
struct GeneratorInfo
{
    latent::ModelSource source;
    engine::gan::ImageGanConfig config;
    QString datasetId;      // what it was trained on ("digits", "folder:/...")
    qint64 step = 0;        // generator steps it was trained for
    qint64 parameterCount = 0;
    quint64 generation = 0; // grows with every load: results of an older model are stale
    // "gan-digits: dcgan, conditional on 10 classes, 28x28x1, noise 64, width 32; 2000 steps on digits"
    QString describe() const;
};

// What to sample. Defaults in brackets.
struct GeneratorSampleRequest
{
    int count = 40;          // 1..1024 [40]
    quint64 seed = 1;        // [1]
    double truncation = 0;   // > 0: noise values beyond +-truncation are drawn again; 0: none [0]
    int classLabel = -1;     // a conditional model's class, -1: 0, 1, 2, ... in turn [-1]
};

struct GeneratorSamples
{
    quint64 modelGeneration = 0;
    GeneratorSampleRequest request;
    int latentDim = 0;
    std::vector<float> noise;  // count * latentDim, row i is image i's noise
    std::vector<int> labels;   // one per image; empty for an unconditional model
    std::vector<engine::Image> images;
};

// One end of a path: row `index` of the noise a sample grid of `count` images with this seed (and
// the path's truncation) draws. Two seeds are {seed, 1, 0}; a clicked tile is {grid seed, grid
// count, tile}. Reproducible from these three numbers alone.
struct NoiseEndpoint
{
    quint64 seed = 1;
    int count = 1;
    int index = 0;
    QJsonObject toJson() const;
    static NoiseEndpoint fromJson(const QJsonObject &o);
    bool operator==(const NoiseEndpoint &) const = default;
};

struct GeneratorPathRequest
{
    NoiseEndpoint from;
    NoiseEndpoint to{2, 1, 0};
    double truncation = 0;  // as in GeneratorSampleRequest
    int classLabel = 0;     // conditional models: the class of every frame (a one-hot is not interpolated)
    int frameCount = 10;    // 2..200
};

// Both paths at once, so the lab shows lerp and slerp side by side.
struct GeneratorPath
{
    quint64 modelGeneration = 0;
    GeneratorPathRequest request;
    latent::PathOutput lerp;
    latent::PathOutput slerp;
    const latent::PathOutput &path(engine::vae::PathMethod method) const
    {
        return method == engine::vae::PathMethod::Slerp ? slerp : lerp;
    }
};

// What to write: the frames as they were shown and the recipe that makes them again.
struct GeneratorPathExport
{
    QString path;                              // .gif, .mp4 or .png (a strip)
    std::vector<engine::Image> frames;
    Recipe recipe;
};

// The recipe of a path: model, both endpoints (and their noise, for readers without the model's
// noise generator), truncation, class, frame count, method, format.
Recipe generatorPathRecipe(const GeneratorInfo &model, const GeneratorPathRequest &request,
                           engine::vae::PathMethod method, latent::ExportFormat format,
                           const std::vector<float> &fromNoise, const std::vector<float> &toNoise);
// The recipe of a sample grid (as `genlab sample --model GANDIR` writes it).
Recipe generatorSampleRecipe(const GeneratorInfo &model, const GeneratorSampleRequest &request, int columns);

// The GAN lab's explorer facade. The generator lives in a ModelSlot on the lab's interactive lane
// ("gan", shared with the 2-D game: one thread, so no lock), a failed load keeps the previous one.
// Thread: GUI only.
class GanExploreService : public QObject
{
    Q_OBJECT
public:
    GanExploreService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent = nullptr);
    // On the GAN service's job manager and device.
    explicit GanExploreService(GanService *service, QObject *parent = nullptr);
    ~GanExploreService() override;

    // A shipped name ("gan-digits") or a checkpoint folder. Result: GeneratorInfo. Fails with a
    // message naming the folder (not a model folder, another architecture, a broken tensor); the
    // model loaded before stays.
    Job *load(const QString &nameOrFolder);
    // Result: GeneratorSamples. Latest wins: a newer request drops queued older ones.
    Job *sample(const GeneratorSampleRequest &request);
    // Result: GeneratorPath (lerp and slerp). Latest wins.
    Job *interpolate(const GeneratorPathRequest &request);
    // I/O lane. Result: QStringList of the files written (the output and its recipe sidecar).
    Job *exportPath(const GeneratorPathExport &request);
    // I/O lane: a PNG grid carrying its recipe (its "columns" parameter lays it out). Result:
    // QStringList with the file.
    Job *exportGrid(const QString &path, const std::vector<engine::Image> &images, const Recipe &recipe);

    struct Slot;

private:
    Job *submit(const QString &title, const QString &coalesceKey, bool hidden,
                std::function<QVariant(Slot &, const engine::RunContext &)> work);

    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::GeneratorInfo)
Q_DECLARE_METATYPE(genlab::services::GeneratorSamples)
Q_DECLARE_METATYPE(genlab::services::GeneratorPath)
