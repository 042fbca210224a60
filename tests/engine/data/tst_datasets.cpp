#include "engine/data/dataset.h"
#include "engine/data/digits.h"
#include "engine/data/procedural.h"
#include "engine/data/registry.h"
#include "engine/data/toys.h"
#include "engine/imaging/png.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>
#include <thread>

using namespace genlab::engine;
using namespace genlab::engine::data;

namespace {

int inkPixels(const Image &img)
{
    return int(std::count_if(img.pixels.begin(), img.pixels.end(), [](std::uint8_t v) { return v > 127; }));
}

// Mean ink per class over the data set (or its first `limit` images).
std::vector<double> meanInkPerClass(const ImageDataset &ds, int classes, std::int64_t limit)
{
    std::vector<double> sum(std::size_t(classes), 0.0), n(std::size_t(classes), 0.0);
    for (std::int64_t i = 0; i < std::min(limit, ds.info().size); ++i) {
        const int l = ds.label(i);
        sum[std::size_t(l)] += inkPixels(ds.image(i));
        n[std::size_t(l)] += 1;
    }
    for (int c = 0; c < classes; ++c)
        sum[std::size_t(c)] /= std::max(1.0, n[std::size_t(c)]);
    return sum;
}

// Components of the graph joining points closer than eps (union-find).
int connectedComponents(const std::vector<float> &xy, double eps)
{
    const std::size_t n = xy.size() / 2;
    std::vector<std::size_t> parent(n);
    for (std::size_t i = 0; i < n; ++i)
        parent[i] = i;
    auto find = [&](std::size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = i + 1; j < n; ++j) {
            const double dx = xy[2 * i] - xy[2 * j], dy = xy[2 * i + 1] - xy[2 * j + 1];
            if (dx * dx + dy * dy < eps * eps)
                parent[find(i)] = find(j);
        }
    std::set<std::size_t> roots;
    for (std::size_t i = 0; i < n; ++i)
        roots.insert(find(i));
    return int(roots.size());
}

} // namespace

class TestDatasets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void digitsLoadWithTheirLabels()
    {
        std::string error;
        auto ds = openDigitsDataset(&error);
        if (!ds && findDigitsPng().empty())
            QSKIP(qPrintable(QStringLiteral("OpenCV's digits.png is missing (install opencv-doc): %1")
                                 .arg(QString::fromStdString(error))));
        QVERIFY2(ds, error.c_str());
        const ImageDatasetInfo &info = ds->info();
        QCOMPARE(info.size, std::int64_t(5000));
        QCOMPARE(info.width, 20);
        QCOMPARE(info.height, 20);
        QCOMPARE(info.channels, 1);
        QCOMPARE(int(info.classNames.size()), 10);
        std::vector<int> perClass(10, 0);
        for (std::int64_t i = 0; i < info.size; ++i) {
            const int l = ds->label(i);
            QVERIFY(l >= 0 && l < 10);
            ++perClass[std::size_t(l)];
        }
        for (int c = 0; c < 10; ++c)
            QCOMPARE(perClass[std::size_t(c)], 500);
        QCOMPARE(ds->label(0), 0);
        QCOMPARE(ds->label(499), 0);
        QCOMPARE(ds->label(500), 1);
        QCOMPARE(ds->label(4999), 9);
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, ds->image(5000));

        // Ones are thin: the least ink of all digits, and much less than eights.
        const std::vector<double> ink = meanInkPerClass(*ds, 10, info.size);
        QVERIFY2(ink[1] < 0.75 * ink[8], qPrintable(QStringLiteral("ink 1: %1, 8: %2").arg(ink[1]).arg(ink[8])));
        QCOMPARE(int(std::min_element(ink.begin(), ink.end()) - ink.begin()), 1);

        // Labels match the pictures: nearest class mean (from even indices) on odd indices is far
        // above chance. A layout off by one row of the sheet would drop this sharply.
        std::vector<std::vector<double>> centroid(10, std::vector<double>(400, 0.0));
        for (std::int64_t i = 0; i < info.size; i += 2) {
            const Image img = ds->image(i);
            for (int p = 0; p < 400; ++p)
                centroid[std::size_t(ds->label(i))][std::size_t(p)] += img.pixels[std::size_t(p)] / 250.0;
        }
        int correct = 0;
        for (std::int64_t i = 1; i < info.size; i += 2) {
            const Image img = ds->image(i);
            int best = -1;
            double bestD = 1e300;
            for (int c = 0; c < 10; ++c) {
                double d = 0;
                for (int p = 0; p < 400; ++p) {
                    const double diff = img.pixels[std::size_t(p)] - centroid[std::size_t(c)][std::size_t(p)];
                    d += diff * diff;
                }
                if (d < bestD) {
                    bestD = d;
                    best = c;
                }
            }
            correct += best == ds->label(i);
        }
        QVERIFY2(correct > 2500 * 7 / 10, qPrintable(QStringLiteral("nearest-mean accuracy %1/2500").arg(correct)));
    }

    void digitsErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const std::string small = dir.filePath(QStringLiteral("small.png")).toStdString();
        imaging::writePng(small, Image(10, 10, 1));
        std::string error;
        QVERIFY(!openDigitsDataset(small, &error));
        QVERIFY2(error.find(small) != std::string::npos && error.find("2000x1000") != std::string::npos,
                 error.c_str());

        const std::string missing = dir.filePath(QStringLiteral("missing.png")).toStdString();
        QVERIFY(!openDigitsDataset(missing, &error));
        QVERIFY2(error.find(missing) != std::string::npos, error.c_str());

        // The environment variable is looked at first.
        qputenv("GENLAB_DIGITS_PNG", small.c_str());
        QCOMPARE(digitsSearchPaths().front(), small);
        QCOMPARE(findDigitsPng(), small);
        QVERIFY(!openDigitsDataset(&error));
        QVERIFY2(error.find(small) != std::string::npos, error.c_str());
        std::string whyNot;
        QVERIFY(!digitsAvailable(&whyNot));
        QVERIFY2(whyNot.find("2000x1000") != std::string::npos, whyNot.c_str());
        qunsetenv("GENLAB_DIGITS_PNG");
        if (!findDigitsPng().empty())
            QVERIFY(digitsAvailable(nullptr));
    }

    void proceduralIsDeterministicBySeedAndIndex()
    {
        for (const char *kind : {"digits", "shapes"}) {
            ProceduralOptions o;
            o.seed = 7;
            o.count = 50;
            auto make = [&](const ProceduralOptions &opt) {
                return std::string(kind) == "digits" ? makeProceduralDigits(opt) : makeShapes(opt);
            };
            auto a = make(o);
            auto b = make(o);
            // Drawing other images first changes nothing.
            for (std::int64_t i = 10; i < 20; ++i)
                (void)b->image(i);
            for (std::int64_t i : {0, 3, 9, 49}) {
                QVERIFY(a->image(i).pixels == b->image(i).pixels);
                QCOMPARE(a->label(i), b->label(i));
            }
            ProceduralOptions other = o;
            other.seed = 8;
            auto c = make(other);
            int differ = 0;
            for (std::int64_t i = 0; i < 10; ++i)
                differ += a->image(i).pixels != c->image(i).pixels;
            QCOMPARE(differ, 10);
            // Neighbouring indices differ too.
            QVERIFY(a->image(0).pixels != a->image(int(a->info().classNames.size())).pixels);

            // Several threads get the same bytes.
            std::vector<Image> fromThread(20);
            std::thread t1([&] {
                for (int i = 0; i < 20; i += 2)
                    fromThread[std::size_t(i)] = a->image(i);
            });
            std::thread t2([&] {
                for (int i = 1; i < 20; i += 2)
                    fromThread[std::size_t(i)] = a->image(i);
            });
            t1.join();
            t2.join();
            for (int i = 0; i < 20; ++i)
                QVERIFY(fromThread[std::size_t(i)].pixels == b->image(i).pixels);
        }
    }

    void proceduralLabelsAndSizes()
    {
        auto digits = makeProceduralDigits({});
        QCOMPARE(digits->info().width, 28);
        QCOMPARE(digits->info().channels, 1);
        QCOMPARE(digits->info().size, std::int64_t(10000));
        QCOMPARE(int(digits->info().classNames.size()), 10);
        for (std::int64_t i = 0; i < 30; ++i)
            QCOMPARE(digits->label(i), int(i % 10));
        const Image img = digits->image(3);
        QCOMPARE(img.width, 28);
        QCOMPARE(img.pixels.size(), std::size_t(28 * 28));
        QVERIFY(inkPixels(img) > 20);

        ProceduralOptions big;
        big.width = 40;
        big.height = 30;
        big.channels = 3;
        big.count = std::int64_t(1) << 40;
        auto shapes = makeShapes(big);
        const Image s = shapes->image((std::int64_t(1) << 40) - 1);
        QCOMPARE(s.width, 40);
        QCOMPARE(s.height, 30);
        QCOMPARE(s.channels, 3);
        QCOMPARE(int(shapes->info().classNames.size()), int(shapeNames().size()));
        QCOMPARE(shapes->label(9), int(9 % shapeNames().size()));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, shapes->image(-1));

        ProceduralOptions bad;
        bad.width = 4;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeShapes(bad));
        bad.width = 0;
        bad.channels = 2;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeProceduralDigits(bad));

        // The pictures carry the label: drawn ones have less ink than drawn eights.
        ProceduralOptions o;
        o.count = 400;
        auto d = makeProceduralDigits(o);
        const std::vector<double> ink = meanInkPerClass(*d, 10, 400);
        QVERIFY2(ink[1] < 0.75 * ink[8], qPrintable(QStringLiteral("ink 1: %1, 8: %2").arg(ink[1]).arg(ink[8])));
    }

    void shapesHaveContrastAndPosition()
    {
        ProceduralOptions o;
        o.count = 64;
        auto shapes = makeShapes(o);
        std::set<std::vector<std::uint8_t>> distinct;
        for (std::int64_t i = 0; i < 64; ++i) {
            const Image img = shapes->image(i);
            distinct.insert(img.pixels);
            // Filled shape on a contrasting background: the luma spread is wide.
            int lo = 255, hi = 0;
            for (std::size_t p = 0; p < img.pixels.size(); p += 3) {
                const int l = (299 * img.pixels[p] + 587 * img.pixels[p + 1] + 114 * img.pixels[p + 2]) / 1000;
                lo = std::min(lo, l);
                hi = std::max(hi, l);
            }
            QVERIFY2(hi - lo > 50, qPrintable(QStringLiteral("image %1: luma range %2").arg(i).arg(hi - lo)));
        }
        QCOMPARE(int(distinct.size()), 64);
    }

    void toyShapesAndDeterminism()
    {
        for (const ToyKindInfo &k : toyKinds()) {
            const std::vector<float> user = {0.f, 0.f, 1.f, 1.f};
            const auto a = sampleToy(k.kind, 300, 5, user);
            QCOMPARE(a.size(), std::size_t(600));
            QVERIFY(a == sampleToy(k.kind, 300, 5, user));
            QVERIFY(a != sampleToy(k.kind, 300, 6, user));
            for (float v : a)
                QVERIFY(std::isfinite(v) && std::abs(v) < 4.f);
            QVERIFY(!k.id.empty() && !k.name.empty());
        }
        QCOMPARE(int(toyKinds().size()), 5);
        QVERIFY(sampleToy(ToyKind::Ring, 0, 1).empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleToy(ToyKind::Ring, -1, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleToy(ToyKind::UserPoints, 10, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleToy(ToyKind::UserPoints, 10, 1, {1.f, 2.f, 3.f}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, sampleToy(ToyKind::UserPoints, 10, 1, {1.f, NAN}));
    }

    void ringPointsLieOnTheCircleInEightModes()
    {
        const auto xy = sampleToy(ToyKind::Ring, 4000, 3);
        std::vector<int> perMode(kToyRingModes, 0);
        for (std::size_t i = 0; i < xy.size(); i += 2) {
            const double r = std::hypot(xy[i], xy[i + 1]);
            QVERIFY2(std::abs(r - kToyRingRadius) < 0.5, qPrintable(QString::number(r)));
            const double a = std::atan2(xy[i + 1], xy[i]);
            const double step = 2 * std::numbers::pi / kToyRingModes;
            const double nearest = std::round(a / step);
            QVERIFY(std::abs(a - nearest * step) < 0.25); // between modes stays empty
            ++perMode[std::size_t((int(nearest) + kToyRingModes) % kToyRingModes)];
        }
        for (int n : perMode)
            QVERIFY2(n > 350 && n < 650, qPrintable(QString::number(n)));
    }

    void twoMoonsHaveTwoClustersAndGridHas25()
    {
        QCOMPARE(connectedComponents(sampleToy(ToyKind::TwoMoons, 600, 11), 0.35), 2);
        QCOMPARE(connectedComponents(sampleToy(ToyKind::Grid, 1000, 11), 0.4), 25);
        QCOMPARE(connectedComponents(sampleToy(ToyKind::Ring, 800, 11), 0.4), 8);
        QCOMPARE(connectedComponents(sampleToy(ToyKind::Spiral, 800, 11), 0.4), 1);
        const auto grid = sampleToy(ToyKind::Grid, 500, 2);
        for (float v : grid)
            QVERIFY(std::abs(v - std::round(v)) < 0.3 && std::abs(v) < 2.3);
    }

    void userPointsStayNearTheDrawing()
    {
        const std::vector<float> user = {-1.f, -1.f, -0.9f, -1.1f, 2.f, 2.f};
        const double h = userPointsBandwidth(user);
        QVERIFY(h > 0.0);
        const auto xy = sampleToy(ToyKind::UserPoints, 1000, 4, user);
        int nearSecondBlob = 0;
        for (std::size_t i = 0; i < xy.size(); i += 2) {
            double best = 1e9;
            for (std::size_t k = 0; k < user.size(); k += 2)
                best = std::min<double>(best, std::hypot(xy[i] - user[k], xy[i + 1] - user[k + 1]));
            QVERIFY(best < 6 * h);
            nearSecondBlob += std::hypot(xy[i] - 2.f, xy[i + 1] - 2.f) < 6 * h;
        }
        // One point of three: about a third of the samples.
        QVERIFY2(nearSecondBlob > 250 && nearSecondBlob < 420, qPrintable(QString::number(nearSecondBlob)));
        QCOMPARE(userPointsBandwidth({0.5f, 0.5f}), 0.05);
    }

    void splitIsDeterministicAndDisjoint()
    {
        const Split a = splitDataset(1000, 0.2, 42);
        const Split b = splitDataset(1000, 0.2, 42);
        QVERIFY(a.train == b.train && a.validation == b.validation);
        QCOMPARE(a.validation.size(), std::size_t(200));
        QCOMPARE(a.train.size(), std::size_t(800));
        std::vector<std::int64_t> all = a.train;
        all.insert(all.end(), a.validation.begin(), a.validation.end());
        std::sort(all.begin(), all.end());
        for (std::int64_t i = 0; i < 1000; ++i)
            QCOMPARE(all[std::size_t(i)], i);
        QVERIFY(std::is_sorted(a.train.begin(), a.train.end()));
        const Split c = splitDataset(1000, 0.2, 43);
        QVERIFY(c.validation != a.validation);
        // Not simply the last 20%.
        QVERIFY(a.validation.front() < 800);

        QCOMPARE(splitDataset(2, 0.01, 1).validation.size(), std::size_t(1));
        QCOMPARE(splitDataset(2, 0.99, 1).train.size(), std::size_t(1));
        QVERIFY(splitDataset(10, 0.0, 1).validation.empty());
        QVERIFY(splitDataset(0, 0.5, 1).train.empty());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitDataset(10, 1.0, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitDataset(10, -0.1, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, splitDataset(-1, 0.1, 1));
    }

    void resizedDatasetConvertsAndCaches()
    {
        ProceduralOptions o;
        o.count = 20;
        std::shared_ptr<const ImageDataset> src = makeProceduralDigits(o);
        auto resized = std::make_shared<ResizedDataset>(src, 14, 10, 3);
        QCOMPARE(resized->info().width, 14);
        QCOMPARE(resized->info().height, 10);
        QCOMPARE(resized->info().channels, 3);
        QCOMPARE(resized->info().size, std::int64_t(20));
        QCOMPARE(resized->info().classNames, src->info().classNames);
        QCOMPARE(resized->cachedCount(), std::int64_t(0));
        const Image a = resized->image(5);
        QCOMPARE(resized->cachedCount(), std::int64_t(1));
        QVERIFY(a.pixels == resized->image(5).pixels);
        QCOMPARE(resized->cachedCount(), std::int64_t(1));
        QCOMPARE(a.width, 14);
        QCOMPARE(a.pixels.size(), std::size_t(14 * 10 * 3));
        QCOMPARE(resized->label(5), src->label(5));
        // Gray replicated into three equal channels; ink survives the resize.
        long ink = 0;
        for (std::size_t p = 0; p < a.pixels.size(); p += 3) {
            QCOMPARE(a.pixels[p], a.pixels[p + 1]);
            QCOMPARE(a.pixels[p], a.pixels[p + 2]);
            ink += a.pixels[p];
        }
        QVERIFY(ink > 0);
        // A same-size request hands back the source itself.
        QCOMPARE(resizeDataset(src, 28, 28, 1).get(), src.get());
        QVERIFY(resizeDataset(src, 32, 32, 1).get() != src.get());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ResizedDataset(src, 0, 10, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ResizedDataset(src, 10, 10, 2));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, resized->image(20));

        // With no cache budget nothing is kept, and the images are the same.
        ResizedDataset uncached(src, 14, 10, 3, ResizeMode::Stretch, 0);
        QVERIFY(uncached.image(5).pixels == a.pixels);
        QCOMPARE(uncached.cachedCount(), std::int64_t(0));
    }

    void registryListsAndOpens()
    {
        const auto list = availableImageDatasets();
        std::set<std::string> ids;
        for (const auto &d : list) {
            ids.insert(d.id);
            QVERIFY(!d.name.empty() && !d.description.empty());
            QVERIFY(d.available || !d.whyNot.empty());
        }
        QVERIFY(ids.contains("digits") && ids.contains("procedural-digits") && ids.contains("shapes") &&
                ids.contains("folder:"));

        OpenOptions o;
        o.width = 16;
        o.height = 16;
        o.count = 33;
        auto shapes = openImageDataset("shapes", o);
        QCOMPARE(shapes->info().size, std::int64_t(33));
        QCOMPARE(shapes->image(32).width, 16);
        QCOMPARE(shapes->info().channels, 3);

        try {
            (void)openImageDataset("mnist", {});
            QFAIL("an unknown id must throw");
        } catch (const DatasetError &e) {
            QVERIFY(std::string(e.what()).find("mnist") != std::string::npos);
            QVERIFY(std::string(e.what()).find("shapes") != std::string::npos);
        }
        QVERIFY_THROWS_EXCEPTION(DatasetError, openImageDataset("folder:", {}));
        QVERIFY_THROWS_EXCEPTION(DatasetError, openImageDataset("folder:/no/such/folder/anywhere", {}));

        if (!findDigitsPng().empty()) {
            OpenOptions d;
            d.width = 28;
            d.height = 28;
            auto digits = openImageDataset("digits", d);
            QCOMPARE(digits->info().width, 28);
            QCOMPARE(digits->info().channels, 1);
            QCOMPARE(digits->image(0).pixels.size(), std::size_t(28 * 28));
            QCOMPARE(digits->label(4999), 9);
        }
    }
};

QTEST_APPLESS_MAIN(TestDatasets)
#include "tst_datasets.moc"
