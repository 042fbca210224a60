#pragma once
// How the latent lab's outputs are made, shared by the lab (through LatentService jobs) and the
// headless commands (`genlab sample`, `genlab interpolate`, the demo): one code path, so a recipe
// written by either regenerates the same pixels in the other.

#include "engine/base/image.h"
#include "engine/base/runcontext.h"
#include "engine/vae/latentmath.h"
#include "engine/vae/latentmodel.h"
#include "services/recipe.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace genlab::services::latent {

inline constexpr const char *kShipped16d = "vae-digits-16d";
inline constexpr const char *kShipped2d = "vae-digits-2d";
inline constexpr const char *kDefaultModel = kShipped16d;

// Where a model came from, as recipes record it.
struct ModelSource
{
    QString name;   // the shipped name ("vae-digits-16d") or the checkpoint folder as given
    QString folder; // the folder it was loaded from (absolute)
    QString hash;   // sha256 of model.safetensors ("" when unreadable)
    bool shipped = false;
};

// A shipped model name, or a checkpoint folder. Throws std::runtime_error naming what is missing.
ModelSource resolveModel(const QString &nameOrPath);
// Throws engine::vae::CheckpointError (the message names the folder and the problem).
engine::vae::LatentModel loadModel(const ModelSource &source, const engine::ResolvedDevice &device = {});

// Draws from the prior N(0, temperature^2 I) with our own generator (splitmix64 + Box-Muller), so
// the same seed gives the same latents on every platform and device. count * dim floats.
std::vector<float> priorLatents(int count, int dim, quint64 seed, double temperature);

struct SampleOutput
{
    int dim = 0;
    std::vector<float> latents; // count * dim
    std::vector<engine::Image> images;
};
SampleOutput samplePrior(const engine::vae::LatentModel &model, int count, quint64 seed, double temperature);

struct PathOutput
{
    engine::vae::PathMethod method = engine::vae::PathMethod::Lerp;
    std::vector<engine::vae::Latent> points;
    std::vector<double> norms; // |z| at each point
    std::vector<engine::Image> frames;
};
// frameCount >= 2 points through every endpoint (2 or more). Throws std::invalid_argument.
PathOutput interpolate(const engine::vae::LatentModel &model, const std::vector<engine::vae::Latent> &endpoints,
                       int frameCount, engine::vae::PathMethod method);

QString methodName(engine::vae::PathMethod method); // "lerp" / "slerp"
std::optional<engine::vae::PathMethod> methodFromName(const QString &name);

// An endpoint given on the command line or kept in a recipe: a data-set index ("1234") or an image
// file. Its latent is the encoded mean of the image brought to the model's size and colour.
struct EndpointSource
{
    QString file;      // non-empty: an image file
    QString datasetId; // else: this data set...
    qint64 index = -1; // ...at this index
    QString describe() const;
    QJsonObject toJson() const;
    static EndpointSource fromJson(const QJsonObject &o);
};
// "123" -> index in datasetId; anything else -> a file.
EndpointSource parseEndpoint(const QString &text, const QString &datasetId);
// The image as the model takes it. Throws (ImageError naming the file / DatasetError / out_of_range).
engine::FloatImage endpointImage(const EndpointSource &source, const engine::vae::VaeConfig &config,
                                 const engine::RunContext &ctx = {});
// An image file fitted to the model's size and colour (centre crop). Throws ImageError naming the file.
engine::FloatImage fitImageFile(const QString &file, const engine::vae::VaeConfig &config);
engine::FloatImage fitImage(const engine::Image &image, const engine::vae::VaeConfig &config);
engine::vae::Latent encodeMean(const engine::vae::LatentModel &model, const engine::FloatImage &image);

// Outputs and their recipes.
enum class ExportFormat { Gif, Mp4, PngStrip };
// From the file's suffix (.gif, .mp4, .png); nullopt for anything else.
std::optional<ExportFormat> formatFromPath(const QString &path);
QString formatSuffix(ExportFormat format);

inline constexpr int kGridScale = 3;      // sample grids: 28 px digits drawn at 84 px
inline constexpr int kStripScale = 3;     // PNG strips
inline constexpr int kAnimationScale = 4; // GIF frames: 28 px -> 112 px
inline constexpr int kFrameDelayMs = 100;

int gridColumns(int count); // near-square

Recipe sampleRecipe(const ModelSource &model, int count, quint64 seed, double temperature);
Recipe interpolationRecipe(const ModelSource &model, const std::vector<engine::vae::Latent> &endpoints,
                           const std::vector<EndpointSource> &sources, int frameCount,
                           engine::vae::PathMethod method, ExportFormat format);
Recipe decodeRecipe(const ModelSource &model, const engine::vae::Latent &z);

QJsonArray latentToJson(const engine::vae::Latent &z);
// Empty when the value is not an array of numbers of length dim (dim <= 0: any length).
engine::vae::Latent latentFromJson(const QJsonValue &value, int dim = -1);

// PNG grid of samples carrying its recipe. Throws on failure (the message names the file).
void writeSampleGrid(const QString &path, const std::vector<engine::Image> &images, const Recipe &recipe);
// GIF/MP4 (+ sidecar OUTPUT.recipe.json) or a PNG strip carrying the recipe. Returns the files
// written. Throws on failure, engine::Canceled when ctx stops it (nothing is left behind).
QStringList writeInterpolation(const QString &path, ExportFormat format, const std::vector<engine::Image> &frames,
                               const Recipe &recipe, const engine::RunContext &ctx = {});
// A single decoded image as PNG with its recipe.
void writeDecodedImage(const QString &path, const engine::Image &image, const Recipe &recipe);

// The recipe of an output: a PNG's "genlab:recipe" chunk, OUTPUT.recipe.json beside a GIF/MP4, or
// a .recipe.json file itself. nullopt with *error naming the file and the problem.
std::optional<Recipe> readRecipe(const QString &path, QString *error);

} // namespace genlab::services::latent
