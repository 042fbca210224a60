// FeatureMapPreview's encoding and FeatureMapper: the classifier's features of real and fake
// images on a fixed PCA plane, D's scores, and the arrows of G's gradient.
#include "engine/gan/featuremap.h"

#include "engine/evaluate/evaluator.h"
#include "engine/gan/detail/dcgan.h"
#include "engine/gan/detail/losses.h"

#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>

namespace genlab::engine::gan {

namespace {

// Floats per point in Partial::values; a map from another layout is refused, not misread.
constexpr int kFields = 11;

double scalar(const Partial &p, std::string_view name, double fallback)
{
    for (const auto &[n, v] : p.scalars)
        if (n == name)
            return v;
    return fallback;
}

// 8-bit images of the GAN's size -> [N, C, H, W] in [-1, 1].
torch::Tensor toTensor(const std::vector<Image> &images, const ImageGanConfig &c)
{
    const std::int64_t n = std::int64_t(images.size());
    const int s = c.imageSize, ch = c.channels;
    auto x = torch::empty({n, ch, s, s}, torch::kFloat32);
    float *dst = x.data_ptr<float>();
    for (std::int64_t i = 0; i < n; ++i) {
        const Image &img = images[std::size_t(i)];
        if (img.width != s || img.height != s || img.channels != ch)
            throw std::invalid_argument("feature map: real image " + std::to_string(i) + " is not " +
                                        std::to_string(s) + "x" + std::to_string(s) + "x" + std::to_string(ch) +
                                        " like the GAN's");
        for (int k = 0; k < ch; ++k)
            for (int p = 0; p < s * s; ++p)
                *dst++ = float(img.pixels[std::size_t(p) * ch + k]) / 127.5f - 1.0f;
    }
    return x;
}

// Leaves a module in eval mode for a scope and gives it back the mode it had.
class EvalScope
{
public:
    explicit EvalScope(torch::nn::Module &m) : m_module(m), m_training(m.is_training()) { m.eval(); }
    ~EvalScope()
    {
        if (m_training)
            m_module.train();
    }
    EvalScope(const EvalScope &) = delete;
    EvalScope &operator=(const EvalScope &) = delete;

private:
    torch::nn::Module &m_module;
    bool m_training;
};

} // namespace

Partial FeatureMapPreview::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.step = step;
    p.text = axes;
    for (const std::string &name : classNames)
        p.text += '\n' + name;
    p.scalars = {{"fields", double(kFields)}, {"probability", scoreIsProbability ? 1.0 : 0.0}};
    p.values.reserve(points.size() * kFields);
    p.images.reserve(points.size());
    for (const FeatureMapPoint &pt : points) {
        p.values.insert(p.values.end(), {pt.x, pt.y, pt.fake ? 1.0f : 0.0f, pt.score, float(pt.label),
                                         float(pt.predicted), pt.confidence, pt.dx, pt.dy, pt.scoreAfter, 0.0f});
        p.images.push_back(pt.image);
    }
    return p;
}

std::optional<FeatureMapPreview> FeatureMapPreview::decode(const Partial &p)
{
    if (p.kind != kKind || int(scalar(p, "fields", 0)) != kFields || p.values.size() % kFields != 0 ||
        p.values.size() / kFields != p.images.size())
        return std::nullopt;
    FeatureMapPreview m;
    m.step = p.step;
    std::size_t cut = p.text.find('\n');
    m.axes = p.text.substr(0, cut);
    while (cut != std::string::npos) {
        const std::size_t next = p.text.find('\n', cut + 1);
        m.classNames.push_back(p.text.substr(cut + 1, next == std::string::npos ? std::string::npos : next - cut - 1));
        cut = next;
    }
    m.scoreIsProbability = scalar(p, "probability", 1.0) != 0.0;
    m.points.resize(p.images.size());
    for (std::size_t i = 0; i < m.points.size(); ++i) {
        const float *v = p.values.data() + i * kFields;
        FeatureMapPoint &pt = m.points[i];
        pt.x = v[0];
        pt.y = v[1];
        pt.fake = v[2] != 0.0f;
        pt.score = v[3];
        pt.label = int(std::lround(v[4]));
        pt.predicted = int(std::lround(v[5]));
        pt.confidence = v[6];
        pt.dx = v[7];
        pt.dy = v[8];
        pt.scoreAfter = v[9];
        pt.image = p.images[i];
    }
    return m;
}

// --- FeatureMapper -------------------------------------------------------------------------------

struct FeatureMapper::Data
{
    evaluate::DigitClassifier classifier;
    FeatureMapOptions options;
    std::vector<Image> real;   // the shown ones
    std::vector<int> labels;   // of the shown ones, or empty
    std::string axes;
    std::vector<float> mean;
    std::vector<float> axis[2];
    std::vector<std::pair<float, float>> realPositions;
    evaluate::ClassifierOutput realOutput;

    // The classifier's view of images at the GAN's size.
    evaluate::ClassifierOutput classify(const std::vector<Image> &images) const
    {
        return classifier.classify(evaluate::toClassifierInput(images, classifier.config()));
    }
};

FeatureMapper::FeatureMapper(evaluate::DigitClassifier classifier, std::vector<Image> realImages,
                             std::vector<int> realLabels, const std::string &datasetName,
                             const FeatureMapOptions &options)
    : d(new Data{std::move(classifier), options, {}, {}, {}, {}, {}, {}, {}})
{
    const std::size_t n = realImages.size();
    if (n < 3)
        throw std::invalid_argument("feature map: at least 3 real images are needed to fit the projection");
    if (!realLabels.empty() && realLabels.size() != n)
        throw std::invalid_argument("feature map: " + std::to_string(realLabels.size()) + " labels for " +
                                    std::to_string(n) + " real images");
    if (options.realPoints < 0 || options.fakePoints < 1 || !(options.stepSize > 0))
        throw std::invalid_argument("feature map: bad options (points or step size)");

    // The projection: the two leading principal components of the features of every real image.
    const evaluate::ClassifierOutput fit = d->classify(realImages);
    const int dim = fit.featureDim;
    auto f = torch::from_blob(const_cast<float *>(fit.features.data()), {std::int64_t(n), dim}, torch::kFloat32)
                 .to(torch::kFloat64);
    auto mu = f.mean(0);
    auto centred = f - mu;
    auto covariance = centred.t().mm(centred) / double(n - 1);
    auto [values, vectors] = torch::linalg_eigh(covariance, "L"); // ascending eigenvalues
    d->mean.assign(mu.data_ptr<double>(), mu.data_ptr<double>() + dim);
    for (int k = 0; k < 2; ++k) {
        auto v = vectors.select(1, dim - 1 - k).contiguous();
        // An eigenvector's sign is arbitrary: fix it so the largest coefficient is positive.
        const std::int64_t big = v.abs().argmax().item<std::int64_t>();
        if (v[big].item<double>() < 0)
            v = -v;
        d->axis[k].assign(v.data_ptr<double>(), v.data_ptr<double>() + dim);
    }

    const std::size_t shown = std::min<std::size_t>(n, std::size_t(options.realPoints));
    d->real.assign(realImages.begin(), realImages.begin() + std::ptrdiff_t(shown));
    if (!realLabels.empty())
        d->labels.assign(realLabels.begin(), realLabels.begin() + std::ptrdiff_t(shown));
    d->realOutput = fit;
    d->realOutput.count = int(shown);
    d->realOutput.probabilities.resize(shown * std::size_t(fit.classCount));
    d->realOutput.features.resize(shown * std::size_t(dim));
    for (std::size_t i = 0; i < shown; ++i)
        d->realPositions.push_back(project(fit.features.data() + i * std::size_t(dim)));
    d->axes = "classifier features, PCA fitted on " + std::to_string(n) + " real images" +
              (datasetName.empty() ? std::string() : " of " + datasetName);
}

FeatureMapper::FeatureMapper(FeatureMapper &&) noexcept = default;
FeatureMapper &FeatureMapper::operator=(FeatureMapper &&) noexcept = default;
FeatureMapper::~FeatureMapper() = default;

const std::vector<float> &FeatureMapper::mean() const
{
    return d->mean;
}

const std::vector<float> &FeatureMapper::axis(int which) const
{
    return d->axis[which == 0 ? 0 : 1];
}

const FeatureMapOptions &FeatureMapper::options() const
{
    return d->options;
}

std::pair<float, float> FeatureMapper::project(const float *features) const
{
    double x = 0, y = 0;
    for (std::size_t k = 0; k < d->mean.size(); ++k) {
        const double c = double(features[k]) - d->mean[k];
        x += c * d->axis[0][k];
        y += c * d->axis[1][k];
    }
    return {float(x), float(y)};
}

FeatureMapPreview FeatureMapper::compute(ImageGan &gan, GanLoss loss, std::int64_t step) const
{
    auto &st = gan.state();
    const ImageGanConfig &c = st.config;
    if (c.conditional && !d->real.empty() && d->labels.empty())
        throw std::invalid_argument("feature map: a class-conditional GAN needs the real images' labels");
    const torch::Device device = st.torchDevice;
    EvalScope gMode(*st.generator);
    EvalScope dMode(*st.discriminator);

    // The fakes: a fixed noise (and, for a conditional G, the classes in turn), so each fake is
    // the same z from step to step and its point moves as G learns.
    const int m = d->options.fakePoints;
    const std::vector<float> noise = gan.drawNoise(m, d->options.noiseSeed);
    auto fakeY = torch::zeros({m}, torch::kLong);
    if (c.conditional)
        for (int i = 0; i < m; ++i)
            fakeY[i] = std::int64_t(i % c.numClasses);
    fakeY = fakeY.to(device);
    torch::Tensor x;
    {
        c10::InferenceMode guard;
        auto z = torch::from_blob(const_cast<float *>(noise.data()), {m, c.latentDim}, torch::kFloat32).to(device);
        x = st.generator->forward(z, fakeY);
    }
    x = x.clone(); // a normal tensor (inference tensors cannot take part in autograd)

    // G's gradient on each fake image, through D, for the loss G trains on: the mean over the
    // batch only scales each image's gradient by 1/m, and the step normalises it away.
    x.requires_grad_(true);
    auto fakeOut = st.discriminator->forward(x, fakeY);
    auto gLoss = detail::generatorLoss(loss, fakeOut);
    auto grad = torch::autograd::grad({gLoss}, {x})[0].detach();
    x = x.detach();
    auto rms = grad.square().mean({1, 2, 3}, true).sqrt().clamp_min(1e-12);
    auto moved = (x - d->options.stepSize * grad / rms).clamp(-1.0, 1.0);

    torch::Tensor realScores, fakeScores, movedScores;
    {
        c10::InferenceMode guard;
        fakeScores = detail::scores(loss, fakeOut.detach()).to(torch::kCPU).contiguous();
        movedScores = detail::scores(loss, st.discriminator->forward(moved, fakeY)).to(torch::kCPU).contiguous();
        if (!d->real.empty()) {
            auto realY = torch::zeros({std::int64_t(d->real.size())}, torch::kLong);
            if (c.conditional)
                for (std::size_t i = 0; i < d->real.size(); ++i)
                    realY[std::int64_t(i)] = std::int64_t(d->labels[i]);
            auto out = st.discriminator->forward(toTensor(d->real, c).to(device), realY.to(device));
            realScores = detail::scores(loss, out).to(torch::kCPU).contiguous();
        }
    }

    const std::vector<Image> fakeImages = detail::toImages(x);
    const std::vector<Image> movedImages = detail::toImages(moved);
    const evaluate::ClassifierOutput before = d->classify(fakeImages);
    const evaluate::ClassifierOutput after = d->classify(movedImages);
    const std::size_t dim = std::size_t(before.featureDim);

    FeatureMapPreview map;
    map.step = step;
    map.axes = d->axes;
    map.scoreIsProbability = detail::scoresAreLogits(loss);
    map.classNames = d->classifier.config().classNames;
    map.points.reserve(d->real.size() + std::size_t(m));
    for (std::size_t i = 0; i < d->real.size(); ++i) {
        FeatureMapPoint pt;
        std::tie(pt.x, pt.y) = d->realPositions[i];
        pt.score = realScores[std::int64_t(i)].item<float>();
        pt.label = d->labels.empty() ? -1 : d->labels[i];
        pt.predicted = d->realOutput.predicted(int(i));
        pt.confidence = d->realOutput.confidence(int(i));
        pt.image = d->real[i];
        map.points.push_back(std::move(pt));
    }
    const float *fs = fakeScores.data_ptr<float>();
    const float *ms = movedScores.data_ptr<float>();
    for (int i = 0; i < m; ++i) {
        FeatureMapPoint pt;
        pt.fake = true;
        std::tie(pt.x, pt.y) = project(before.features.data() + std::size_t(i) * dim);
        const auto [x1, y1] = project(after.features.data() + std::size_t(i) * dim);
        pt.dx = x1 - pt.x;
        pt.dy = y1 - pt.y;
        pt.score = fs[i];
        pt.scoreAfter = ms[i];
        pt.label = c.conditional ? i % c.numClasses : -1;
        pt.predicted = before.predicted(i);
        pt.confidence = before.confidence(i);
        pt.image = fakeImages[std::size_t(i)];
        map.points.push_back(std::move(pt));
    }
    return map;
}

} // namespace genlab::engine::gan
