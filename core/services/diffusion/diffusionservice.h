#pragma once
// The Diffusion lab's facade. The image model lives in a ModelSlot on the lab's own interactive
// lane ("diffusion"); sampling streams every denoising step (DenoisingStepEvent) while it runs;
// training goes through services::submitTraining; exports on the I/O lane.
// Thread: GUI only.

#include "engine/base/image.h"
#include "engine/base/partial.h"
#include "engine/diffusion/diffusionmodel.h"
#include "engine/diffusion/forwardprocess.h"
#include "engine/diffusion/sampler.h"
#include "engine/diffusion/training.h"
#include "engine/runtime/compute.h"
#include "services/latent/latentoutputs.h"
#include "services/recipe.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;

namespace diffusion {
inline constexpr const char *kShippedModel = "diffusion-digits";
// services::defaultTrainingFolder("diffusion", "ddpm").
QString defaultTrainingFolder();
} // namespace diffusion

// The model the lab works with, as the GUI sees it. Plain data.
struct DiffusionModelInfo
{
    latent::ModelSource source;
    engine::diffusion::DiffusionConfig config;
    QString datasetId;
    qint64 step = 0;
    qint64 parameterCount = 0;
    quint64 generation = 0; // grows with every load: results of an older model are stale
    // "diffusion-digits: ddpm-unet, conditional on 10 classes, ...; 4000 steps on digits"
    QString describe() const;
};

// One denoising step as it streams into the lab (a typed partial, kind "diffusion.step"): the
// first image of the batch as x_t and as the model's x̂_0, 8-bit.
struct DenoisingStepEvent
{
    static constexpr std::string_view kKind = "diffusion.step";
    int index = 0;       // 0 (the starting noise) .. steps
    int steps = 0;
    int t = 0;
    double sigma = 0;
    double alphaBar = 1;
    double milliseconds = 0;
    engine::Image x;
    engine::Image x0hat; // empty at step 0

    engine::Partial encode() const;
    static std::optional<DenoisingStepEvent> decode(const engine::Partial &partial);
};

// A finished (or branched) sampling run, every step kept, with its 2-D trajectory: the projection
// of all its x_t (of the first image) on their two principal axes, one point per step.
struct DiffusionSampleResult
{
    quint64 modelGeneration = 0;
    engine::diffusion::SamplingRun run;
    std::vector<float> trajectory; // (x, y) per step, 2 * (steps + 1) values
    // The run's step as 8-bit images of the first image (x_t and x̂_0; x̂_0 of step 0 is empty).
    engine::Image xAt(int step) const;
    engine::Image x0At(int step) const;
    std::vector<engine::Image> finalImages() const; // every image of the batch
};

// Forward process on one image: both ways at one t. The image is brought to at most 64 px (and
// said so in note).
struct ForwardRequest
{
    QString file;              // an image file, or
    QString datasetId = QStringLiteral("digits"); // a data set and
    qint64 index = 0;          // its image
    engine::diffusion::NoiseSchedule schedule = engine::diffusion::NoiseSchedule::Cosine;
    int timesteps = 1000;
    int t = 250;
    quint64 seed = 1;
};
struct ForwardResult
{
    ForwardRequest request;
    engine::FloatImage original;             // [0, 1]
    engine::diffusion::NoisedImage oneDraw;
    engine::diffusion::NoisedImage stepByStep;
    QString note;                            // "resized from 640x480 to 64x48" or empty
};

// Seed travel: deterministic DDIM from the slerp between two seeds' noises (and a blend between two
// classes' conditioning), one frame per point.
struct SeedTravelRequest
{
    quint64 fromSeed = 1;
    quint64 toSeed = 2;
    int fromClass = -1;      // -1: unconditional
    int toClass = -1;        // -1: fromClass
    int frames = 16;         // 2..120
    int steps = 20;          // DDIM steps per frame
    double guidance = 1;
};
struct SeedTravelResult
{
    quint64 modelGeneration = 0;
    SeedTravelRequest request;
    std::vector<engine::Image> frames;
};

// The GAN against the diffusion model on digits: samples, the evaluator's figures and times.
struct GanVsDiffusionRequest
{
    QString ganModel = QStringLiteral("gan-digits");
    int samples = 200;                         // images per measurement (evaluated against held-out digits)
    std::vector<int> stepCounts{5, 10, 20, 50, 100, 1000};
    int maxSamplesAtLargeSteps = 50;           // fewer images for step counts above 100 (time)
    quint64 seed = 1;
    double guidance = 3;                       // a conditional diffusion model's guidance (the lab's and the CLI's default)
};
struct QualityPoint
{
    QString what;             // "GAN (1 step)", "DDIM 20 steps"
    int steps = 1;
    int count = 0;
    double frechet = 0;
    double precision = 0;
    double recall = 0;
    int classesCovered = 0;
    int classesTotal = 0;
    double msPerSample = 0;
};
struct GanVsDiffusionResult
{
    QualityPoint gan;
    std::vector<QualityPoint> diffusion;   // one per step count
    std::vector<engine::Image> ganSamples; // 20 of each (two per class)
    std::vector<engine::Image> diffusionSamples;
    int diffusionSamplesSteps = 0;         // the DDIM steps diffusionSamples were made with
    // Per training step at batch 64, measured on this machine with fresh models of both architectures.
    double ganTrainStepMs = 0;
    double diffusionTrainStepMs = 0;
    QString ganModel;       // its name or folder
    QString diffusionModel; // the architecture's description
};

// A training run from the lab.
struct DiffusionTrainRequest
{
    engine::diffusion::DiffusionConfig config;
    engine::diffusion::TrainOptions options; // outDir required
    // 1: this process; N > 1: data parallel over N local processes (the job is rank 0, so its
    // curves and controls are the usual ones; services/localranks.h), the batch split between them.
    int processes = 1;
};
struct DiffusionTrainResult
{
    QString checkpointDir;
    qint64 step = 0;
    double loss = 0;
    double stepsPerSecond = 0;
};

namespace diffusion {
// The recipe of a sample (`genlab sample --model DIFFDIR` writes the same).
Recipe sampleRecipe(const DiffusionModelInfo &model, const engine::diffusion::SamplerSettings &settings,
                    const QString &format);
// The settings a sample recipe records (sampleRecipe's keys; the seed from recipe.seed); missing keys
// keep their defaults. nullopt with *error set for another lab or action, or an unknown sampler.
std::optional<engine::diffusion::SamplerSettings> settingsFromRecipe(const Recipe &recipe, QString *error);
// x_t over x̂_0 for every step, as GIF / MP4 frames (each frame: x_t above x̂_0, "step i/S, t = ..."
// under them) or a PNG strip (two rows). Returns the files written (output and, for GIF/MP4, its
// sidecar recipe). Throws std::invalid_argument, ImageError, Canceled.
QStringList writeDenoisingSteps(const QString &path, const DiffusionSampleResult &result, const Recipe &recipe,
                                const engine::RunContext &ctx = {});
// The trajectory of a run (see DiffusionSampleResult).
std::vector<float> trajectory2d(const engine::diffusion::SamplingRun &run);
// count images with DDIM (η 0, `steps` steps, in batches of 50; a conditional model: the classes 0, 1,
// 2, ... in turn with this guidance); *seconds gets the wall time when given.
std::vector<engine::Image> sampleClasses(const engine::diffusion::Denoiser &model, int count, int steps, quint64 seed,
                                         double guidance = 1, double *seconds = nullptr,
                                         const engine::RunContext &ctx = {});
// Frames of a seed travel, computed with the model (DDIM η 0).
std::vector<engine::Image> seedTravel(const engine::diffusion::Denoiser &model, const SeedTravelRequest &request,
                                      const engine::RunContext &ctx = {});
} // namespace diffusion

class DiffusionService : public QObject
{
    Q_OBJECT
public:
    explicit DiffusionService(JobManager *jobs, engine::ResolvedDevice device = {}, QObject *parent = nullptr);
    ~DiffusionService() override;

    // A shipped name ("diffusion-digits") or a checkpoint folder. Result: DiffusionModelInfo. A
    // failed load names the folder and keeps the model there was.
    Job *load(const QString &nameOrFolder);
    // Result: DiffusionSampleResult; partials: DenoisingStepEvent for every step (streamEvery: every
    // k-th and the last). Latest wins on coalesceKey ("" never drops).
    Job *sample(const engine::diffusion::SamplerSettings &settings, int streamEvery = 1,
                const QString &coalesceKey = QStringLiteral("diffusion.sample"));
    // A branch of parent from step k with new settings. Result: DiffusionSampleResult (branchedAt = k).
    Job *branch(const engine::diffusion::SamplingRun &parent, int k,
                const engine::diffusion::SamplerSettings &settings, int streamEvery = 1);
    // Result: ForwardResult. Latest wins.
    Job *forward(const ForwardRequest &request);
    // Result: SeedTravelResult.
    Job *travel(const SeedTravelRequest &request);
    // Result: GanVsDiffusionResult (progress as it measures).
    Job *compareWithGan(const GanVsDiffusionRequest &request);
    // Training lane, pausable. Result: DiffusionTrainResult. Partials: engine/train/events.h.
    Job *train(const DiffusionTrainRequest &request);
    // I/O lane. Result: QStringList of the files written.
    Job *exportSteps(const QString &path, const DiffusionSampleResult &result, const Recipe &recipe);
    Job *exportFrames(const QString &path, const std::vector<engine::Image> &frames, const Recipe &recipe);

    JobManager *jobManager() const { return m_jobs; }
    const engine::ResolvedDevice &device() const { return m_device; }

    struct Slot;

private:
    Job *submit(const QString &title, const QString &coalesceKey, bool hidden,
                std::function<QVariant(Slot &, const engine::RunContext &)> work);

    JobManager *m_jobs;
    engine::ResolvedDevice m_device;
    std::shared_ptr<Slot> m_slot;
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::DiffusionModelInfo)
Q_DECLARE_METATYPE(genlab::services::DiffusionSampleResult)
Q_DECLARE_METATYPE(genlab::services::ForwardResult)
Q_DECLARE_METATYPE(genlab::services::SeedTravelResult)
Q_DECLARE_METATYPE(genlab::services::GanVsDiffusionResult)
Q_DECLARE_METATYPE(genlab::services::DiffusionTrainResult)
