#include "engine/data/procedural.h"

#include "engine/data/detail/cvimage.h"
#include "engine/data/detail/rng.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace genlab::engine::data {

namespace {

constexpr std::int64_t kMaxCount = std::int64_t(1) << 40;

// Drawing at a multiple of the target size and averaging down gives smooth edges at 28x28 that
// anti-aliased drawing alone does not (thin Hershey strokes would alias badly).
int supersampleFor(int width, int height)
{
    const int side = std::max(width, height);
    return side <= 64 ? 4 : side <= 256 ? 2 : 1;
}

std::uint8_t clampByte(double v)
{
    return std::uint8_t(std::clamp(std::lround(v), 0l, 255l));
}

void addNoise(Image &img, detail::Rng &rng, double sigma)
{
    if (sigma <= 0)
        return;
    for (auto &p : img.pixels)
        p = clampByte(p + rng.normal(0.0, sigma));
}

// Gray drawings are expanded to RGB without the imaging module: plain replication.
Image toChannels(Image gray, int channels)
{
    if (channels == 1)
        return gray;
    Image out(gray.width, gray.height, channels);
    for (std::size_t i = 0, n = gray.pixels.size(); i < n; ++i)
        for (int c = 0; c < channels; ++c)
            out.pixels[i * channels + c] = gray.pixels[i];
    return out;
}

// Thread: any (immutable after construction; drawing uses only per-call state)
class ProceduralDataset : public ImageDataset
{
public:
    ProceduralDataset(ImageDatasetInfo info, std::uint64_t seed) : m_info(std::move(info)), m_seed(seed) {}

    const ImageDatasetInfo &info() const override { return m_info; }

    Image image(std::int64_t index) const override
    {
        check(index);
        detail::Rng rng(detail::mixSeed(m_seed, std::uint64_t(index)));
        return draw(label(index), rng);
    }

    int label(std::int64_t index) const override
    {
        check(index);
        return int(index % std::int64_t(m_info.classNames.size()));
    }

protected:
    virtual Image draw(int label, detail::Rng &rng) const = 0;

    ImageDatasetInfo m_info;

private:
    void check(std::int64_t index) const
    {
        if (index < 0 || index >= m_info.size)
            throw std::out_of_range(m_info.id + ": index " + std::to_string(index) + " outside [0, " +
                                    std::to_string(m_info.size) + ")");
    }

    std::uint64_t m_seed;
};

class DigitsDrawing : public ProceduralDataset
{
public:
    using ProceduralDataset::ProceduralDataset;

protected:
    Image draw(int digit, detail::Rng &rng) const override
    {
        static constexpr std::array kFonts = {cv::FONT_HERSHEY_SIMPLEX, cv::FONT_HERSHEY_PLAIN,
                                              cv::FONT_HERSHEY_DUPLEX,  cv::FONT_HERSHEY_COMPLEX,
                                              cv::FONT_HERSHEY_TRIPLEX, cv::FONT_HERSHEY_SCRIPT_SIMPLEX,
                                              cv::FONT_HERSHEY_SCRIPT_COMPLEX};
        const int ss = supersampleFor(m_info.width, m_info.height);
        const int w = m_info.width * ss;
        const int h = m_info.height * ss;
        const int side = std::min(w, h);

        int font = kFonts[rng.below(kFonts.size())];
        if (rng.uniform() < 0.2)
            font |= cv::FONT_ITALIC;
        const double strokeFraction = rng.uniform(0.04, 0.11);
        const int thickness = std::max(1, int(std::lround(strokeFraction * side)));
        const std::string text(1, char('0' + digit));

        // Fit the glyph's height to ~65% of the canvas, then centre its box.
        int baseline = 0;
        cv::Size unit = cv::getTextSize(text, font, 1.0, thickness, &baseline);
        const double fontScale = 0.65 * side / std::max(1, unit.height);
        cv::Size box = cv::getTextSize(text, font, fontScale, thickness, &baseline);
        cv::Mat canvas(h, w, CV_8UC1, cv::Scalar(0));
        cv::Point origin((w - box.width) / 2, (h + box.height) / 2);
        cv::putText(canvas, text, origin, font, fontScale, cv::Scalar(255), thickness, cv::LINE_AA);

        // Affine about the centre: translate * rotate * shear * scale.
        const double angle = rng.uniform(-15.0, 15.0) * std::numbers::pi / 180.0;
        const double scale = rng.uniform(0.8, 1.15);
        const double shear = rng.uniform(-0.25, 0.25);
        const double tx = rng.uniform(-0.08, 0.08) * w;
        const double ty = rng.uniform(-0.08, 0.08) * h;
        const double c = std::cos(angle), s = std::sin(angle);
        // R * [[1, shear], [0, 1]] * scale
        const double a00 = scale * c, a01 = scale * (c * shear - s);
        const double a10 = scale * s, a11 = scale * (s * shear + c);
        const double cx = w / 2.0, cy = h / 2.0;
        cv::Mat m = (cv::Mat_<double>(2, 3) << a00, a01, cx + tx - a00 * cx - a01 * cy, a10, a11,
                     cy + ty - a10 * cx - a11 * cy);
        cv::Mat warped;
        cv::warpAffine(canvas, warped, m, canvas.size(), cv::INTER_LINEAR, cv::BORDER_CONSTANT, cv::Scalar(0));
        cv::Mat small;
        if (ss > 1)
            cv::resize(warped, small, cv::Size(m_info.width, m_info.height), 0, 0, cv::INTER_AREA);
        else
            small = warped;

        Image img = detail::fromMat(small);
        addNoise(img, rng, rng.uniform(0.0, 0.06) * 255.0);
        return toChannels(std::move(img), m_info.channels);
    }
};

std::vector<cv::Point2d> shapeOutline(int shape, double r, double rotation)
{
    std::vector<cv::Point2d> pts;
    auto polar = [&](double radius, double a) {
        pts.emplace_back(radius * std::cos(a + rotation), radius * std::sin(a + rotation));
    };
    switch (shape) {
    case 0: // circle
        for (int k = 0; k < 96; ++k)
            polar(r, 2 * std::numbers::pi * k / 96);
        break;
    case 1: // square
    case 2: // triangle
    case 3: // pentagon
    case 4: { // hexagon
        const int sides = shape == 1 ? 4 : shape == 2 ? 3 : shape == 3 ? 5 : 6;
        for (int k = 0; k < sides; ++k)
            polar(r, 2 * std::numbers::pi * k / sides - std::numbers::pi / 2);
        break;
    }
    case 5: // five-pointed star
        for (int k = 0; k < 10; ++k)
            polar(k % 2 ? 0.42 * r : r, std::numbers::pi * k / 5 - std::numbers::pi / 2);
        break;
    case 6: { // cross (a plus sign)
        const double a = 0.32 * r;
        const std::array<cv::Point2d, 12> plus = {cv::Point2d{-a, -r}, {a, -r},  {a, -a},  {r, -a},
                                                  {r, a},              {a, a},   {a, r},   {-a, r},
                                                  {-a, a},             {-r, a},  {-r, -a}, {-a, -a}};
        const double c = std::cos(rotation), s = std::sin(rotation);
        for (const auto &p : plus)
            pts.emplace_back(c * p.x - s * p.y, s * p.x + c * p.y);
        break;
    }
    default: { // heart: the classic parametric curve, scaled to radius r
        const double c = std::cos(rotation), s = std::sin(rotation);
        for (int k = 0; k < 96; ++k) {
            const double t = 2 * std::numbers::pi * k / 96;
            const double x = 16 * std::pow(std::sin(t), 3) / 17.0 * r;
            const double y = -(13 * std::cos(t) - 5 * std::cos(2 * t) - 2 * std::cos(3 * t) - std::cos(4 * t)) /
                             17.0 * r;
            pts.emplace_back(c * x - s * y, s * x + c * y);
        }
    }
    }
    return pts;
}

double luma(const cv::Scalar &rgb)
{
    return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
}

cv::Scalar randomColour(detail::Rng &rng)
{
    return cv::Scalar(double(rng.below(256)), double(rng.below(256)), double(rng.below(256)));
}

class ShapesDrawing : public ProceduralDataset
{
public:
    using ProceduralDataset::ProceduralDataset;

protected:
    Image draw(int shape, detail::Rng &rng) const override
    {
        const int ss = supersampleFor(m_info.width, m_info.height);
        const int w = m_info.width * ss;
        const int h = m_info.height * ss;
        const int side = std::min(w, h);

        cv::Scalar background = randomColour(rng);
        cv::Scalar fill = randomColour(rng);
        // Redraw the fill until it stands out; bounded so a pathological generator cannot spin.
        for (int tries = 0; tries < 64 && std::abs(luma(fill) - luma(background)) < 70.0; ++tries)
            fill = randomColour(rng);
        if (std::abs(luma(fill) - luma(background)) < 70.0)
            fill = luma(background) > 127 ? cv::Scalar(0, 0, 0) : cv::Scalar(255, 255, 255);

        const double r = rng.uniform(0.22, 0.42) * side;
        const double cx = rng.uniform(r, w - r);
        const double cy = rng.uniform(r, h - r);
        const double rotation = rng.uniform(0.0, 2 * std::numbers::pi);

        // Sub-pixel vertices (fixed point with 4 fractional bits).
        constexpr int kShift = 4;
        std::vector<cv::Point> poly;
        for (const auto &p : shapeOutline(shape, r, rotation))
            poly.emplace_back(int(std::lround((cx + p.x) * (1 << kShift))), int(std::lround((cy + p.y) * (1 << kShift))));
        cv::Mat canvas(h, w, CV_8UC3, background);
        std::vector<std::vector<cv::Point>> polys{poly};
        cv::fillPoly(canvas, polys, fill, cv::LINE_AA, kShift);
        cv::Mat small;
        if (ss > 1)
            cv::resize(canvas, small, cv::Size(m_info.width, m_info.height), 0, 0, cv::INTER_AREA);
        else
            small = canvas;
        Image img = detail::fromMat(small);
        addNoise(img, rng, rng.uniform(0.0, 6.0));
        if (m_info.channels == 1) {
            Image gray(img.width, img.height, 1);
            for (std::size_t i = 0, n = gray.pixels.size(); i < n; ++i) {
                const std::uint8_t *p = img.pixels.data() + 3 * i;
                gray.pixels[i] = clampByte(0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2]);
            }
            return gray;
        }
        return img;
    }
};

ImageDatasetInfo makeInfo(const ProceduralOptions &o, const std::string &id, const std::string &name, int defaultSide,
                          int defaultChannels, std::vector<std::string> classNames)
{
    ImageDatasetInfo info;
    info.id = id;
    info.name = name;
    info.source = "procedural";
    info.width = o.width > 0 ? o.width : defaultSide;
    info.height = o.height > 0 ? o.height : defaultSide;
    info.channels = o.channels > 0 ? o.channels : defaultChannels;
    info.size = o.count;
    info.classNames = std::move(classNames);
    if (o.width < 0 || o.height < 0 || info.width < 8 || info.height < 8 || info.width > 1024 || info.height > 1024)
        throw std::invalid_argument(id + ": the image size must be between 8 and 1024 pixels, got " +
                                    std::to_string(info.width) + "x" + std::to_string(info.height));
    if (info.channels != 1 && info.channels != 3)
        throw std::invalid_argument(id + ": channels must be 1 or 3, got " + std::to_string(info.channels));
    if (o.count < 0 || o.count > kMaxCount)
        throw std::invalid_argument(id + ": the count must be between 0 and 2^40, got " + std::to_string(o.count));
    return info;
}

} // namespace

const std::vector<std::string> &shapeNames()
{
    static const std::vector<std::string> names = {"circle",  "square", "triangle", "pentagon",
                                                   "hexagon", "star",   "cross",    "heart"};
    return names;
}

std::unique_ptr<ImageDataset> makeProceduralDigits(const ProceduralOptions &options)
{
    std::vector<std::string> classes;
    for (int d = 0; d < 10; ++d)
        classes.push_back(std::to_string(d));
    return std::make_unique<DigitsDrawing>(
        makeInfo(options, "procedural-digits", "Procedural digits (Hershey fonts)", 28, 1, std::move(classes)),
        options.seed);
}

std::unique_ptr<ImageDataset> makeShapes(const ProceduralOptions &options)
{
    return std::make_unique<ShapesDrawing>(makeInfo(options, "shapes", "Shapes", 32, 3, shapeNames()), options.seed);
}

} // namespace genlab::engine::data
