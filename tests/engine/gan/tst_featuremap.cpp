// The GAN's feature map (engine/gan/featuremap.h): a fixed projection (the same real images give
// the same axes, real points stay put while G changes), arrows that follow G's gradient (a step
// along one raises D's score of that fake), the event's encode/decode, and trainImageGan
// reporting a map with every preview when a classifier is given. It also prints the cost of one
// map against one training step.
#include "engine/gan/featuremap.h"

#include "engine/data/registry.h"
#include "engine/gan/imagegan.h"
#include "engine/runtime/compute.h"
#include "engine/train/events.h"
#include "tinyimagegan.h"

#include <QtTest>

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace genlab::engine;
using namespace genlab::engine::gan;
using genlab::testing::tinyImageGanConfig;
using genlab::testing::tinyImageGanOptions;

namespace {

const std::string kClassifier = GENLAB_SOURCE_DIR "/resources/models/classifier-digits";
const std::string kGan = GENLAB_SOURCE_DIR "/resources/models/gan-digits";

std::string realDataset()
{
    for (const auto &d : data::availableImageDatasets())
        if (d.id == "digits" && d.available)
            return "digits";
    return "procedural-digits";
}

// The first count images of a data set at 28x28 grey, with their labels.
std::pair<std::vector<Image>, std::vector<int>> realImages(int count)
{
    data::OpenOptions open;
    open.width = 28;
    open.height = 28;
    open.channels = 1;
    open.count = 2000;
    auto set = data::openImageDataset(realDataset(), open);
    std::vector<Image> images;
    std::vector<int> labels;
    const std::int64_t stride = std::max<std::int64_t>(1, set->info().size / count); // every class
    for (int i = 0; i < count; ++i) {
        images.push_back(set->image(i * stride));
        labels.push_back(set->label(i * stride));
    }
    return {images, labels};
}

FeatureMapper mapper(int fitImages = 128)
{
    auto [images, labels] = realImages(fitImages);
    FeatureMapOptions o;
    o.realPoints = 32;
    o.fakePoints = 32;
    return FeatureMapper(evaluate::DigitClassifier::load(kClassifier), images, labels, realDataset(), o);
}

} // namespace

class TestFeatureMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { configureWorkerThread(1); }

    void encodeDecodeRoundTrips()
    {
        FeatureMapPreview m;
        m.step = 300;
        m.axes = "classifier features, PCA";
        m.scoreIsProbability = false;
        m.classNames = {"zero", "one", ""};
        FeatureMapPoint real;
        real.x = 1.5f;
        real.y = -2.25f;
        real.score = 0.75f;
        real.label = 7;
        real.predicted = 1;
        real.confidence = 0.5f;
        real.image = Image(2, 3, 1);
        real.image.pixels = {1, 2, 3, 4, 5, 6};
        FeatureMapPoint fake = real;
        fake.fake = true;
        fake.label = -1;
        fake.dx = 0.125f;
        fake.dy = -0.5f;
        fake.scoreAfter = 0.875f;
        m.points = {real, fake};

        const Partial p = m.encode();
        QCOMPARE(p.kind, std::string(FeatureMapPreview::kKind));
        QVERIFY(!train::ImagePreview::decode(p));
        const auto back = FeatureMapPreview::decode(p);
        QVERIFY(back);
        QCOMPARE(back->step, std::int64_t(300));
        QCOMPARE(back->axes, m.axes);
        QCOMPARE(back->scoreIsProbability, false);
        QCOMPARE(back->classNames, m.classNames);
        QCOMPARE(int(back->points.size()), 2);
        for (int i = 0; i < 2; ++i) {
            const FeatureMapPoint &a = m.points[std::size_t(i)], &b = back->points[std::size_t(i)];
            QCOMPARE(b.x, a.x);
            QCOMPARE(b.y, a.y);
            QCOMPARE(b.fake, a.fake);
            QCOMPARE(b.score, a.score);
            QCOMPARE(b.label, a.label);
            QCOMPARE(b.predicted, a.predicted);
            QCOMPARE(b.confidence, a.confidence);
            QCOMPARE(b.dx, a.dx);
            QCOMPARE(b.dy, a.dy);
            QCOMPARE(b.scoreAfter, a.scoreAfter);
            QCOMPARE(b.image.pixels, a.image.pixels);
        }
        // Another kind, or values that do not fit the images, are refused rather than misread.
        Partial other = p;
        other.kind = "train.images";
        QVERIFY(!FeatureMapPreview::decode(other));
        Partial cut = p;
        cut.values.pop_back();
        QVERIFY(!FeatureMapPreview::decode(cut));
    }

    void projectionIsFixedAndOrthonormal()
    {
        const FeatureMapper a = mapper();
        const FeatureMapper b = mapper();
        const std::size_t dim = a.mean().size();
        QCOMPARE(int(dim), 64);
        double dot01 = 0;
        for (int k = 0; k < 2; ++k) {
            double norm = 0, biggest = 0;
            for (std::size_t i = 0; i < dim; ++i) {
                norm += double(a.axis(k)[i]) * a.axis(k)[i];
                if (std::abs(a.axis(k)[i]) > std::abs(biggest))
                    biggest = a.axis(k)[i];
                QCOMPARE(a.axis(k)[i], b.axis(k)[i]); // the same images give the same axes, signs included
            }
            QVERIFY(std::abs(norm - 1.0) < 1e-4);
            QVERIFY2(biggest > 0, "the sign rule: the largest coefficient is positive");
        }
        for (std::size_t i = 0; i < dim; ++i)
            dot01 += double(a.axis(0)[i]) * a.axis(1)[i];
        QVERIFY(std::abs(dot01) < 1e-4);
    }

    void realPointsStayWhileFakesMove()
    {
        const FeatureMapper m = mapper();
        ImageGan gan = ImageGan::load(kGan);
        const FeatureMapPreview first = m.compute(gan, GanLoss::NonSaturating, 100);
        QCOMPARE(int(first.points.size()), 64);
        QCOMPARE(int(std::count_if(first.points.begin(), first.points.end(), [](auto &p) { return p.fake; })), 32);
        QVERIFY(first.scoreIsProbability);
        QVERIFY(first.axes.find("PCA") != std::string::npos);
        // The first axis carries the most variance of the real points, and they do spread.
        double vx = 0, vy = 0;
        for (const auto &p : first.points)
            if (!p.fake) {
                vx += p.x * p.x;
                vy += p.y * p.y;
            }
        QVERIFY(vy > 0);
        QVERIFY(vx >= vy * 0.8); // the shown real points are a subset of those fitted on

        // A different generator (fresh weights): the real points do not move, the fakes do.
        ImageGan other = ImageGan::create(gan.config(), 7);
        const FeatureMapPreview second = m.compute(other, GanLoss::NonSaturating, 200);
        double realMoved = 0, fakeMoved = 0;
        for (std::size_t i = 0; i < first.points.size(); ++i) {
            const double d = std::hypot(first.points[i].x - second.points[i].x, first.points[i].y - second.points[i].y);
            (first.points[i].fake ? fakeMoved : realMoved) += d;
        }
        QCOMPARE(realMoved, 0.0);
        QVERIFY(fakeMoved > 1.0);
        // The same GAN again: the same map.
        const FeatureMapPreview again = m.compute(gan, GanLoss::NonSaturating, 300);
        for (std::size_t i = 0; i < first.points.size(); ++i) {
            QCOMPARE(again.points[i].x, first.points[i].x);
            QCOMPARE(again.points[i].dx, first.points[i].dx);
            QCOMPARE(again.points[i].score, first.points[i].score);
        }
    }

    void arrowsFollowTheGeneratorsGradient_data()
    {
        QTest::addColumn<int>("loss");
        QTest::newRow("non-saturating") << int(GanLoss::NonSaturating);
        QTest::newRow("least-squares") << int(GanLoss::LeastSquares);
        QTest::newRow("hinge") << int(GanLoss::Hinge);
    }

    void arrowsFollowTheGeneratorsGradient()
    {
        QFETCH(int, loss);
        const FeatureMapper m = mapper();
        ImageGan gan = ImageGan::load(kGan);
        const FeatureMapPreview map = m.compute(gan, GanLoss(loss), 100);
        QCOMPARE(map.scoreIsProbability, GanLoss(loss) == GanLoss::NonSaturating);
        int fakes = 0, raised = 0, moving = 0;
        for (const auto &p : map.points) {
            if (!p.fake) {
                QCOMPARE(p.dx, 0.0f);
                QCOMPARE(p.dy, 0.0f);
                continue;
            }
            ++fakes;
            moving += std::hypot(p.dx, p.dy) > 1e-3 ? 1 : 0;
            raised += p.scoreAfter > p.score ? 1 : 0;
        }
        QCOMPARE(fakes, 32);
        QCOMPARE(moving, fakes);
        // Each loss falls as D's score of the fake rises: a step against its gradient raises it
        // (all but a few, where the step is clamped at the pixel range or D is not smooth).
        QVERIFY2(raised >= fakes * 9 / 10, qPrintable(QStringLiteral("%1 of %2 raised").arg(raised).arg(fakes)));
    }

    void trainingReportsAMapWithEachPreview()
    {
        QTemporaryDir dir;
        ImageGanConfig c = tinyImageGanConfig();
        c.spectralNorm = true; // its power-iteration vectors must not move when the map runs D
        ImageGan gan = ImageGan::create(c, 3);
        ImageTrainOptions o = tinyImageGanOptions(dir.path(), 6);
        o.previewEvery = 3;
        o.classifierDir = kClassifier;

        std::vector<std::int64_t> previews;
        std::vector<FeatureMapPreview> maps;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (auto preview = train::ImagePreview::decode(p))
                previews.push_back(preview->step);
            else if (auto map = FeatureMapPreview::decode(p))
                maps.push_back(std::move(*map));
        };
        const ImageTrainResult withMap = trainImageGan(gan, o, ctx);
        QVERIFY(previews.size() >= 2);
        QCOMPARE(maps.size(), previews.size());
        for (std::size_t i = 0; i < maps.size(); ++i) {
            QCOMPARE(maps[i].step, previews[i]);
            QCOMPARE(int(maps[i].points.size()), 64 + 64);
            QCOMPARE(maps[i].points.back().image.width, 28);
        }
        // Every map of the run is on the same axes: the real points do not move.
        QCOMPARE(maps.front().points.front().x, maps.back().points.front().x);

        // Without the switch (or without a classifier) there is none, and the map changed nothing
        // in the training: the same losses to the last bit (it draws no random numbers from the
        // run's streams and leaves D's spectral-norm vectors and G's batch-norm statistics alone).
        maps.clear();
        previews.clear();
        QTemporaryDir dir2;
        o.outDir = dir2.path().toStdString();
        o.featureMap = false;
        ImageGan fresh = ImageGan::create(c, 3);
        const ImageTrainResult withoutMap = trainImageGan(fresh, o, ctx);
        QVERIFY(!previews.empty());
        QVERIFY(maps.empty());
        QCOMPARE(withoutMap.gLoss, withMap.gLoss);
        QCOMPARE(withoutMap.dLoss, withMap.dLoss);
    }

    // Not a timed test: prints what one map costs against one training step of the shipped GAN's
    // size at the default batch, so that the cost at the default previewEvery (100) can be judged.
    void cost()
    {
        QElapsedTimer t;
        t.start();
        const FeatureMapper m = [] {
            auto [images, labels] = realImages(256);
            return FeatureMapper(evaluate::DigitClassifier::load(kClassifier), images, labels, realDataset());
        }();
        const double setupMs = double(t.elapsed());
        ImageGan gan = ImageGan::load(kGan);
        t.restart();
        const int maps = 3;
        for (int i = 0; i < maps; ++i)
            (void)m.compute(gan, GanLoss::NonSaturating, i);
        const double mapMs = double(t.elapsed()) / maps;

        QTemporaryDir dir;
        ImageGan trained = ImageGan::create(gan.config(), 1);
        ImageTrainOptions o = tinyImageGanOptions(dir.path(), 6);
        o.batchSize = ImageTrainOptions().batchSize; // the step time at the batch a user trains with
        const ImageTrainResult r = trainImageGan(trained, o, {});
        const double stepMs = 1000.0 / std::max(1e-9, r.stepsPerSecond);
        qInfo("feature map (64 real + 64 fake): %.1f ms (once per run: %.0f ms to read 256 real images and fit "
              "the projection); one training step (batch %d): %.1f ms; at previewEvery 100 the map adds %.1f%%",
              mapMs, setupMs, int(o.batchSize), stepMs, 100.0 * mapMs / (100.0 * stepMs));
        QVERIFY(mapMs > 0);
    }
};

QTEST_APPLESS_MAIN(TestFeatureMap)
#include "tst_featuremap.moc"
