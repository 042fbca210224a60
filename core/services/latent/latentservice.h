#pragma once

#include "engine/base/image.h"
#include "engine/runtime/compute.h"
#include "engine/vae/latentmath.h"
#include "engine/vae/training.h"
#include "engine/vae/vaeconfig.h"
#include "services/latent/latentoutputs.h"
#include "services/modelslot.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;

// The model the explorer works with, as the GUI sees it. Plain data.
struct LatentModelInfo
{
    latent::ModelSource source;
    engine::vae::VaeConfig config;
    QString datasetId;       // what it was trained on ("digits", "folder:/...")
    qint64 step = 0;         // optimizer steps it was trained for
    qint64 parameterCount = 0;
    quint64 generation = 0;  // grows with every load: results of an older model are stale
    bool isVae() const { return config.kind == engine::vae::VaeConfig::Kind::Vae; }
    int latentDim() const { return config.latentDim; }
    QString describe() const; // "VAE, 16-D latent, 28x28 gray, trained 6000 steps on digits"
};

// The latent map: encoded means of (a subset of) a data set, their 2-D projection, labels and
// thumbnails, and the nearest-neighbour index for hovering. Immutable once built; nearest() and
// the projections are safe on the GUI thread (plain arithmetic and an index built on the worker).
struct LatentMap
{
    quint64 modelGeneration = 0;
    QString datasetId;
    QString datasetName;
    QStringList classNames;             // empty when unlabelled
    int dim = 0;
    int count = 0;
    std::vector<float> latents;         // count * dim encoded means
    std::vector<float> points;          // count * 2, the map coordinates
    std::vector<int> labels;            // -1 when unlabelled
    std::vector<qint64> indices;        // the data-set index of each point
    std::vector<engine::Image> images;  // the image of each point, at the model's size
    engine::vae::Projection2D projection;
    bool identity = false;              // 2-D latent: the map is the latent itself
    std::vector<float> activity;        // per dimension: KL (VAE) or variance (autoencoder)
    bool activityIsKl = true;
    std::vector<int> order;             // dimensions, most active first
    std::shared_ptr<const engine::vae::NearestIndex> index;

    int nearest(double x, double y) const; // -1 when empty
    engine::vae::Latent latent(int i) const;
    engine::vae::Latent latentAt(double x, double y) const; // inverse projection
    QPointF project(const engine::vae::Latent &z) const;
    // Mean latent of class a minus class b; empty when either class has no point.
    engine::vae::Latent attribute(int classA, int classB) const;
    QString className(int label) const;
};

struct MapRequest
{
    QString datasetId;   // empty: the data set the model was trained on (digits when unknown)
    int maxPoints = 2000; // a fixed random subset (the same one every time), in data-set order
};

struct SampleRequest
{
    int count = 36;
    quint64 seed = 1;
    double temperature = 1.0;
};

struct SampleResult
{
    quint64 modelGeneration = 0;
    SampleRequest request;
    latent::SampleOutput output;
};

struct DecodeResult
{
    quint64 modelGeneration = 0;
    QString channel;
    std::vector<float> latents; // what was decoded (count * dim)
    std::vector<engine::Image> images;
};

struct InterpolationRequest
{
    std::vector<engine::vae::Latent> endpoints; // two or more
    int frameCount = 10;
};

// Both paths through the same endpoints, so the lab can show them side by side.
struct InterpolationResult
{
    quint64 modelGeneration = 0;
    InterpolationRequest request;
    latent::PathOutput lerp;
    latent::PathOutput slerp;
};

// Images to encode: files (decoded and fitted to the model on the worker) or data-set indices.
struct EncodeRequest
{
    QStringList files;
    QString datasetId;
    QList<qint64> indices;
};

struct EncodedItem
{
    latent::EndpointSource source;
    engine::vae::Latent latent;  // empty when it failed
    engine::Image image;         // as the model saw it
    QString error;               // why it failed ("x.txt: not a PNG or JPEG file")
};

struct EncodeResult
{
    quint64 modelGeneration = 0;
    std::vector<EncodedItem> items;
    int failed() const;
};

struct InterpolationExport
{
    QString path;
    latent::ExportFormat format = latent::ExportFormat::Gif;
    std::vector<engine::Image> frames;
    Recipe recipe;
};

struct ImageExport
{
    enum class Kind { SampleGrid, Single };
    Kind kind = Kind::SampleGrid;
    QString path;
    std::vector<engine::Image> images;
    Recipe recipe;
};

// A training run: the architecture and the engine's options (data set, steps, batch, learning rate,
// seed, outDir, checkpoint / preview intervals, resume policy ...), whose defaults are the
// engine's (engine::vae::defaultCommon()). outDir is required.
struct LatentTrainRequest
{
    engine::vae::VaeConfig config;   // kind, latent size, image size, channels, likelihood, beta, warm-up
    engine::vae::TrainOptions options;
    QString datasetId() const { return QString::fromStdString(options.dataset); }
    QString outDir() const { return QString::fromStdString(options.outDir); }
};

struct LatentTrainResult
{
    QString checkpointDir;
    qint64 step = 0;
    double reconstruction = 0, kl = 0, elbo = 0;
    double imagesPerSecond = 0;
};

// The latent lab's facade. Model work runs as jobs: the explorer's model is loaded, sampled,
// decoded and encoded on the lab's own interactive lane only (lab "latent": it stays confined to
// that lane's single thread, so it needs no lock, and a text generation never delays it); exports
// run on the I/O lane; training on the training lane with pause/resume/step, on its own model.
// Slider decodes coalesce per channel (latest wins) and stay out of the Jobs dock.
// Thread: GUI only.
class LatentService : public QObject
{
    Q_OBJECT
public:
    LatentService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent = nullptr);
    ~LatentService() override;

    static QStringList shippedModels(); // the shipped names that are present

    // A shipped name or a checkpoint folder. Result: LatentModelInfo. On success the explorer's
    // model is replaced (a failed load keeps the previous one) and modelChanged() is emitted before
    // the job's finished().
    Job *loadModel(const QString &nameOrPath);
    bool hasModel() const { return m_model.has(); }
    const LatentModelInfo &model() const { return m_model.info(); }

    // Each job's result is read with job->resultAs<T>(), T as said here.
    Job *buildMap(const MapRequest &request);           // result: std::shared_ptr<const LatentMap>
    Job *sample(const SampleRequest &request);          // result: SampleResult
    // Latest wins per channel ("preview", "arithmetic", ...): a newer request drops a queued older
    // one. Result: DecodeResult.
    Job *decode(const engine::vae::Latent &z, const QString &channel = QStringLiteral("preview"));
    Job *decodeMany(const std::vector<float> &latents, const QString &channel); // result: DecodeResult
    Job *interpolate(const InterpolationRequest &request); // result: InterpolationResult
    Job *encode(const EncodeRequest &request);           // result: EncodeResult

    Job *exportInterpolation(const InterpolationExport &request); // I/O lane; result: QStringList of files
    Job *exportImages(const ImageExport &request);                // I/O lane; result: QStringList

    // Trains on the training lane (services::submitTraining: pausable); result: LatentTrainResult.
    // Partials: the engine's typed training events (engine/train/events.h): Metrics every step,
    // ImagePreview "reconstructions" / "samples", CheckpointWritten, and Divergence just before
    // the job fails because a loss or the gradient became NaN/Inf (the last checkpoint is intact).
    Job *train(const LatentTrainRequest &request);
    static QString defaultTrainingFolder(); // services::defaultTrainingFolder("latent", "vae")

    struct Slot; // the explorer's model, owned by the interactive lane

Q_SIGNALS:
    void modelChanged(const genlab::services::LatentModelInfo &info);

private:
    Job *submitInteractive(const QString &title, const QString &coalesceKey, bool hidden,
                           std::function<QVariant(Slot &, const engine::RunContext &)> work);

    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
    LoadedModel<LatentModelInfo> m_model;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::LatentModelInfo)
Q_DECLARE_METATYPE(std::shared_ptr<const genlab::services::LatentMap>)
Q_DECLARE_METATYPE(genlab::services::SampleResult)
Q_DECLARE_METATYPE(genlab::services::DecodeResult)
Q_DECLARE_METATYPE(genlab::services::InterpolationResult)
Q_DECLARE_METATYPE(genlab::services::EncodeResult)
Q_DECLARE_METATYPE(genlab::services::LatentTrainResult)
