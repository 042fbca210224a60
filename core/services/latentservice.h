#pragma once

#include "engine/base/image.h"
#include "engine/runtime/compute.h"
#include "engine/vae/latentmath.h"
#include "engine/vae/vaeconfig.h"
#include "services/latentoutputs.h"

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

// A training run. Defaults in brackets; the architecture fields are VaeConfig's.
struct LatentTrainRequest
{
    engine::vae::VaeConfig config;   // kind, latent size, image size, channels, likelihood, beta, warm-up
    QString datasetId = QStringLiteral("digits"); // any data set id or "folder:<path>"
    qint64 steps = 2000;
    int batchSize = 64;
    double learningRate = 1e-3;
    quint64 seed = 1;                // weights and batch order
    QString checkpointDir;           // where the model is saved (required)
    qint64 checkpointEvery = 500;    // steps; 0: only at the end (and when canceled)
    qint64 previewEvery = 100;       // steps between reconstruction grids
    int previewCount = 8;
    bool resume = false;             // continue from the checkpoint in checkpointDir
};

struct LatentTrainResult
{
    QString checkpointDir;
    qint64 step = 0;
    double reconstruction = 0, kl = 0, elbo = 0;
    double imagesPerSecond = 0;
};

// The latent lab's facade. Model work runs as jobs: the explorer's model is loaded, sampled,
// decoded and encoded on the interactive lane only (it stays confined to that lane's single
// thread, so it needs no lock); exports run on the I/O lane; training on the training lane with
// pause/resume/step, on its own model. Slider decodes coalesce per channel (latest wins) and stay
// out of the Jobs dock.
// Thread: GUI only.
class LatentService : public QObject
{
    Q_OBJECT
public:
    LatentService(JobManager *jobs, engine::ResolvedDevice device, QObject *parent = nullptr);
    ~LatentService() override;

    static QStringList shippedModels(); // the shipped names that are present
    // The data sets training can use (availability per entry), then "folder:" for the picker.
    static QList<QPair<QString, QString>> trainingDatasets(QStringList *unavailableWhy = nullptr);

    // A shipped name or a checkpoint folder. Result: LatentModelInfo (modelOf()). On success the
    // explorer's model is replaced (a failed load keeps the previous one) and modelChanged() is
    // emitted before the job's finished().
    Job *loadModel(const QString &nameOrPath);
    bool hasModel() const { return m_model.generation > 0; }
    const LatentModelInfo &model() const { return m_model; }

    Job *buildMap(const MapRequest &request);           // result: mapOf()
    Job *sample(const SampleRequest &request);          // result: sampleOf()
    // Latest wins per channel ("preview", "arithmetic", ...): a newer request drops a queued older one.
    Job *decode(const engine::vae::Latent &z, const QString &channel = QStringLiteral("preview"));
    Job *decodeMany(const std::vector<float> &latents, const QString &channel); // result: decodedOf()
    Job *interpolate(const InterpolationRequest &request); // result: interpolationOf()
    Job *encode(const EncodeRequest &request);           // result: encodedOf()

    Job *exportInterpolation(const InterpolationExport &request); // I/O lane; result: QStringList of files
    Job *exportImages(const ImageExport &request);                // I/O lane; result: QStringList

    // Training lane, pausable; result: trainedOf(). Partials: train()'s ("metrics",
    // "reconstructions", "samples"), "checkpoint" (step) once a checkpoint is on disk, and
    // "diverged" (step, text "KL became NaN at step 123") just before the job fails because a loss
    // or gradient became NaN/Inf: the weights of the steps before were finite, and the last
    // checkpoint is untouched.
    Job *train(const LatentTrainRequest &request);
    static bool hasCheckpoint(const QString &dir);
    static QString defaultTrainingFolder(); // under the user's data location

    static LatentModelInfo modelOf(const Job *job);
    static std::shared_ptr<const LatentMap> mapOf(const Job *job);
    static SampleResult sampleOf(const Job *job);
    static DecodeResult decodedOf(const Job *job);
    static InterpolationResult interpolationOf(const Job *job);
    static EncodeResult encodedOf(const Job *job);
    static LatentTrainResult trainedOf(const Job *job);

    struct Slot; // the explorer's model, owned by the interactive lane

Q_SIGNALS:
    void modelChanged(const genlab::services::LatentModelInfo &info);

private:
    Job *submitInteractive(const QString &title, const QString &coalesceKey, bool hidden,
                           std::function<QVariant(Slot &, const engine::RunContext &)> work);

    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
    LatentModelInfo m_model;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::LatentModelInfo)
Q_DECLARE_METATYPE(std::shared_ptr<const genlab::services::LatentMap>)
Q_DECLARE_METATYPE(genlab::services::SampleResult)
Q_DECLARE_METATYPE(genlab::services::DecodeResult)
Q_DECLARE_METATYPE(genlab::services::InterpolationResult)
Q_DECLARE_METATYPE(genlab::services::EncodeResult)
Q_DECLARE_METATYPE(genlab::services::LatentTrainResult)
