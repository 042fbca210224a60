// The digit classifier: a few training steps on OpenCV's digits give clearly-above-chance
// accuracy on the held-out split, the checkpoint round trip gives the same outputs and resumes,
// checkpoints of another architecture or width are refused with the field named, and the
// evaluator on real digits: the held-out split against itself, other real digits, one repeated digit.
#include "engine/data/registry.h"
#include "engine/evaluate/classifier.h"
#include "engine/evaluate/evaluator.h"
#include "engine/evaluate/reference.h"
#include "engine/evaluate/training.h"
#include "engine/io/checkpoint.h"
#include "engine/train/events.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab::engine;
using namespace genlab::engine::evaluate;

class TestClassifier : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trained; // written by trainsAboveChance
    double m_accuracy = -1;

    bool digitsAvailable()
    {
        for (const auto &d : data::availableImageDatasets())
            if (d.id == "digits")
                return d.available;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_trained = m_dir.filePath(QStringLiteral("classifier"));
    }

    void configValidatesAndRoundTrips()
    {
        ClassifierConfig c;
        QVERIFY(c.validate().empty());
        c.classNames = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        std::string error;
        QVERIFY(ClassifierConfig::fromJson(c.toJson(), &error) == c);
        QVERIFY(error.empty());
        c.width = 2;
        QVERIFY(c.validate().find("width") != std::string::npos);
        ClassifierConfig::fromJson(R"({"width": "wide"})", &error);
        QVERIFY(error.find("width") != std::string::npos);
        ClassifierConfig::fromJson("[1]", &error);
        QVERIFY(!error.empty());
        // Small enough to ship: well under 1 MB of float32 weights.
        auto model = DigitClassifier::create(ClassifierConfig{}, 1);
        QVERIFY(model.parameterCount() * 4 < 400 * 1024);
    }

    void heldOutSplitIsEveryTenthImage()
    {
        if (!digitsAvailable())
            QSKIP("OpenCV's digits are not installed (opencv-doc)");
        const ImageSet held = openImageSet("digits", Part::HeldOut, 28, 1);
        QCOMPARE(int(held.images.size()), 500);
        QVERIFY(held.labelled());
        std::vector<int> perClass(10, 0);
        for (int l : held.labels)
            ++perClass[std::size_t(l)];
        QCOMPARE(perClass, std::vector<int>(10, 50));
        QCOMPARE(held.images.front().width, 28);
        QCOMPARE(held.images.front().channels, 1);
        QVERIFY(isHeldOut(0) && isHeldOut(4990) && !isHeldOut(1) && !isHeldOut(4999));
    }

    void trainsAboveChance()
    {
        if (!digitsAvailable())
            QSKIP("OpenCV's digits are not installed (opencv-doc)");
        TrainOptions o;
        o.outDir = m_trained.toStdString();
        o.steps = 80;
        o.batchSize = 32;
        o.schedule = train::Schedule::Constant;
        o.learningRate = 3e-3;
        o.evalEvery = 40;
        o.checkpointEvery = 0;
        o.threads = 2;
        std::vector<train::Metrics> evaluations;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (auto m = train::Metrics::decode(p); m && m->evaluation)
                evaluations.push_back(*m);
        };
        auto model = DigitClassifier::create(ClassifierConfig{}, 1);
        const TrainResult r = evaluate::train(model, o, ctx);
        QCOMPARE(r.step, 80);
        QCOMPARE(r.heldOutCount, 500);
        QCOMPARE(r.trainCount, 4500);
        QCOMPARE(int(evaluations.size()), 2); // steps 40 and 80
        QVERIFY(evaluations.back().has("val_accuracy"));
        m_accuracy = evaluations.back().value("val_accuracy", -1);
        qInfo("held-out accuracy after %lld steps: %.3f", static_cast<long long>(r.step), m_accuracy);
        // Chance is 0.1; 80 small steps already separate most digits.
        QVERIFY2(m_accuracy > 0.6, qPrintable(QString::number(m_accuracy)));
        QVERIFY(std::abs(r.heldOutAccuracy - m_accuracy) < 1e-12);
        const ImageSet held = openImageSet("digits", Part::HeldOut, 28, 1);
        QVERIFY(std::abs(model.accuracy(held.images, held.labels) - m_accuracy) < 1e-6);
        QCOMPARE(model.config().classNames.size(), std::size_t(10));
    }

    void checkpointRoundTripAndResume()
    {
        if (m_accuracy < 0)
            QSKIP("needs the model trainsAboveChance wrote");
        const std::string dir = m_trained.toStdString();
        auto model = DigitClassifier::load(dir);
        QCOMPARE(model.info().step, 80);
        QVERIFY(std::abs(model.info().heldOutAccuracy - m_accuracy) < 1e-9);
        QCOMPARE(model.info().datasetId, std::string("digits"));
        const ImageSet held = openImageSet("digits", Part::HeldOut, 28, 1);
        const std::vector<Image> some(held.images.begin(), held.images.begin() + 20);
        auto again = DigitClassifier::load(dir, ClassifierConfig{model.config()});
        const ClassifierOutput a = model.classify(some), b = again.classify(some);
        QCOMPARE(a.probabilities, b.probabilities);
        QCOMPARE(a.features, b.features);
        QCOMPARE(a.featureDim, 64);
        // The same folder continues (optimizer state included).
        TrainOptions o;
        o.outDir = dir;
        o.steps = 90;
        o.batchSize = 32;
        o.schedule = train::Schedule::Constant;
        o.learningRate = 3e-3;
        o.threads = 2;
        std::vector<std::string> logs;
        RunContext ctx;
        ctx.onPartial = [&](Partial &&p) {
            if (auto l = train::LogLine::decode(p))
                logs.push_back(l->text);
        };
        auto fresh = DigitClassifier::create(ClassifierConfig{}, 1);
        const TrainResult r = evaluate::train(fresh, o, ctx);
        QCOMPARE(r.step, 90);
        QCOMPARE(r.stepsThisRun, 10);
        QVERIFY(!logs.empty() && logs.front() == "resumed from step 80");
    }

    void refusesOtherArchitecturesWithTheFieldNamed()
    {
        // Another width.
        const std::string narrowDir = m_dir.filePath(QStringLiteral("narrow")).toStdString();
        ClassifierConfig narrow;
        narrow.width = 8;
        DigitClassifier::create(narrow, 2).save(narrowDir, ClassifierInfo{});
        try {
            DigitClassifier::load(narrowDir, ClassifierConfig{});
            QFAIL("a checkpoint of another width was accepted");
        } catch (const ClassifierError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("width: checkpoint has 8, expected 16")), e.what());
        }
        QCOMPARE(DigitClassifier::load(narrowDir).config().width, 8); // fine without an expectation

        // Another architecture altogether (a latent model's checkpoint).
        const std::string vaeDir = m_dir.filePath(QStringLiteral("vae")).toStdString();
        std::vector<float> w(4, 0.5f);
        io::CheckpointData data;
        data.configJson = R"({"architecture": "conv-vae", "step": 3, "latent_dim": 16})";
        io::TensorToWrite t;
        t.name = "encoder.weight";
        t.shape = {2, 2};
        t.data = w.data();
        t.byteCount = w.size() * sizeof(float);
        data.weights.push_back(t);
        io::saveCheckpoint(vaeDir, data);
        try {
            DigitClassifier::load(vaeDir);
            QFAIL("a VAE checkpoint was accepted");
        } catch (const ClassifierError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("\"conv-vae\" is not a classifier")), e.what());
        }
        // The trainer refuses to resume it too (the kit's resume policy).
        TrainOptions o;
        o.outDir = vaeDir;
        o.steps = 5;
        auto model = DigitClassifier::create(ClassifierConfig{}, 1);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, evaluate::train(model, o, RunContext{}));
        // A folder that is no checkpoint.
        QVERIFY_THROWS_EXCEPTION(ClassifierError, DigitClassifier::load(m_dir.filePath(QStringLiteral("none")).toStdString()));
    }

    void classifyChecksSizesAndTheEvaluatorConverts()
    {
        auto model = DigitClassifier::create(ClassifierConfig{}, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.classify({Image(20, 20, 1)}));
        std::vector<Image> colour(3, Image(56, 40, 3));
        int converted = 0;
        std::string note;
        const auto in = toClassifierInput(colour, model.config(), &converted, &note);
        QCOMPARE(converted, 3);
        QCOMPARE(in.front().width, 28);
        QCOMPARE(in.front().channels, 1);
        QVERIFY2(note.find("3 of 56x40x3") != std::string::npos && note.find("28x28 grey") != std::string::npos,
                 note.c_str());
    }

    void evaluatesRealAndCollapsedDigits()
    {
        if (m_accuracy < 0)
            QSKIP("needs the model trainsAboveChance wrote");
        auto model = DigitClassifier::load(m_trained.toStdString());
        const ImageSet held = openImageSet("digits", Part::HeldOut, 28, 1);
        const PreparedReference ref = prepareReference(model, held);
        QCOMPARE(int(ref.labelHistogram.size()), 10);

        const SampleQuality self = evaluateSamples(model, held.images, ref);
        QVERIFY(self.frechetDistance < 1e-3);
        QCOMPARE(self.precisionRecall.precision, 1.0);
        QCOMPARE(self.precisionRecall.recall, 1.0);
        QVERIFY(self.classes.has_value());
        QCOMPARE(self.classesTotal, 10);
        QCOMPARE(self.classes->covered, 10);

        // 200 copies of one "3": one class, no recall, all duplicates, far in Fréchet distance.
        const std::vector<Image> collapsed(200, held.images[150]);
        const SampleQuality c = evaluateSamples(model, collapsed, ref);
        QCOMPARE(c.classes->covered, 1);
        QVERIFY(c.precisionRecall.recall < 0.01);
        QCOMPARE(c.duplicates.rate, 1.0);
        QVERIFY(c.frechetDistance > 10 * std::max(self.frechetDistance, 1e-3));
        QVERIFY(std::abs(c.inceptionScore - 1.0) < 1e-3);
        QVERIFY(c.histogramDistance > 0.8);

        // Unlabelled reference: no class figures, the rest still there.
        ImageSet unlabelled = held;
        unlabelled.labels.clear();
        unlabelled.classNames.clear();
        const SampleQuality u = evaluateSamples(model, collapsed, prepareReference(model, unlabelled));
        QVERIFY(!u.classes.has_value());
        QVERIFY(u.precisionRecall.recall < 0.01);
        QVERIFY(!describe(u).empty());
    }
};

QTEST_APPLESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
