// Fine-tuning a model in place (engine/gpt/finetuning.h): the weighted loss counts only weighted
// positions and matches the model's own logits, a few steps learn a sequence, DPO separates a pair,
// distillation from an identical teacher costs nothing, copies are exact.
#include "engine/gpt/finetuning.h"
#include "engine/gpt/gptmodel.h"

#include <QTest>

#include <cmath>
#include <stdexcept>

using namespace genlab::engine::gpt;

namespace {

GptConfig tinyConfig()
{
    GptConfig c;
    c.vocabSize = 32;
    c.contextLength = 16;
    c.layers = 2;
    c.heads = 2;
    c.embedDim = 16;
    return c;
}

// The weighted mean next-token loss computed from the model's public logits.
double referenceLoss(const GptModel &model, const WeightedSequence &s)
{
    const int v = model.config().vocabSize;
    const std::vector<float> logits = model.logits(s.ids);
    double sum = 0, weights = 0;
    for (std::size_t i = 1; i < s.ids.size(); ++i) {
        const float *row = logits.data() + (i - 1) * std::size_t(v);
        double m = row[0];
        for (int k = 1; k < v; ++k)
            m = std::max(m, double(row[k]));
        double z = 0;
        for (int k = 0; k < v; ++k)
            z += std::exp(row[k] - m);
        const double lp = row[s.ids[i]] - m - std::log(z);
        sum -= s.weights[i] * lp;
        weights += s.weights[i];
    }
    return sum / weights;
}

} // namespace

class TestFinetuning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void weightedLossMatchesLogitsAndIgnoresZeroWeights()
    {
        GptModel model = GptModel::createRandom(tinyConfig(), 3);
        WeightedSequence s{{1, 2, 3, 4, 5, 6, 7, 8}, {0, 0, 0, 0, 1, 1, 1, 1}};
        const double expected = referenceLoss(model, s);
        Finetuner tuner(model, FinetuneOptions{1e-12});
        const FinetuneStep step = tuner.stepLanguageModel({s});
        QVERIFY2(std::abs(step.loss - expected) < 1e-4, qPrintable(QString("%1 vs %2").arg(step.loss).arg(expected)));
        QCOMPARE(step.weightedTokens, 4.0);
        // A token after the weighted ones, with weight 0, does not count (attention is causal).
        WeightedSequence longer = s;
        longer.ids.push_back(9);
        longer.weights.push_back(0);
        const FinetuneStep again = tuner.stepLanguageModel({longer});
        QVERIFY(std::abs(again.loss - referenceLoss(model, s)) < 1e-3);
    }

    void fewStepsLearnASequenceAndPaddingDoesNotCount()
    {
        GptModel model = GptModel::createRandom(tinyConfig(), 4);
        const std::vector<WeightedSequence> batch{{{5, 6, 7, 8, 9, 10}, {}}, {{11, 12, 13}, {}}};
        Finetuner tuner(model, FinetuneOptions{3e-3});
        const double first = tuner.stepLanguageModel(batch).loss;
        double last = first;
        for (int i = 0; i < 40; ++i)
            last = tuner.stepLanguageModel(batch).loss;
        QVERIFY2(last < first * 0.5, qPrintable(QString("%1 -> %2").arg(first).arg(last)));
        QCOMPARE(tuner.steps(), std::int64_t(41));
        // The cache was reset: generation sees the new weights (same as a full forward pass).
        const auto full = model.logits({5, 6, 7});
        model.resetCache();
        const auto step = model.appendTokens({5, 6, 7});
        const int v = model.config().vocabSize;
        for (int k = 0; k < v; ++k)
            QVERIFY(std::abs(full[std::size_t(2 * v + k)] - step[std::size_t(k)]) < 1e-4);
    }

    void dpoPrefersTheChosenAnswer()
    {
        GptModel policy = GptModel::createRandom(tinyConfig(), 5);
        const GptModel reference = cloneModel(policy);
        const std::vector<WeightedSequence> chosen{{{1, 2, 3, 4}, {0, 0, 1, 1}}};
        const std::vector<WeightedSequence> rejected{{{1, 2, 9, 9}, {0, 0, 1, 1}}};
        const auto rc = sequenceLogProbs(reference, chosen);
        const auto rr = sequenceLogProbs(reference, rejected);
        Finetuner tuner(policy, FinetuneOptions{3e-3});
        const DpoStep first = tuner.stepDpo(chosen, rejected, rc, rr, 0.5);
        QVERIFY(std::abs(first.loss - std::log(2.0)) < 1e-4); // policy == reference: margin 0
        DpoStep last = first;
        for (int i = 0; i < 30; ++i)
            last = tuner.stepDpo(chosen, rejected, rc, rr, 0.5);
        QVERIFY(last.loss < first.loss);
        QCOMPARE(last.accuracy, 1.0);
        QVERIFY(last.chosenReward > last.rejectedReward);
        // The tuned policy drifted from its reference.
        QVERIFY(sequenceKl(policy, reference, chosen)[0] > 0);
        QVERIFY(std::abs(sequenceKl(reference, reference, chosen)[0]) < 1e-6);
    }

    void policyStepRaisesRewardedSamples()
    {
        GptModel policy = GptModel::createRandom(tinyConfig(), 6);
        const std::vector<WeightedSequence> samples{{{1, 2, 3}, {0, 1, 1}}, {{1, 4, 5}, {0, 1, 1}}};
        Finetuner tuner(policy, FinetuneOptions{3e-3});
        const auto before = sequenceLogProbs(policy, samples);
        for (int i = 0; i < 10; ++i)
            tuner.stepPolicy(samples, {1.0, -1.0}, sequenceLogProbs(policy, samples), 0.2);
        const auto after = sequenceLogProbs(policy, samples);
        QVERIFY(after[0] > before[0]);
        QVERIFY(after[1] < before[1]);
    }

    void distillingFromAnIdenticalTeacherCostsNothing()
    {
        GptModel student = GptModel::createRandom(tinyConfig(), 7);
        const GptModel teacher = cloneModel(student);
        const Agreement same = compareModels(student, teacher, {{{1, 2, 3, 4, 5}, {}}});
        QCOMPARE(same.topAgreement, 1.0);
        Finetuner tuner(student, FinetuneOptions{1e-3});
        const DistillStep s = tuner.stepDistill({{1, 2, 3, 4, 5}}, teacher, 2.0, 1.0);
        QVERIFY(std::abs(s.distillLoss) < 1e-5);
        QVERIFY(s.dataLoss > 0);
    }

    void badInputIsRefused()
    {
        GptModel model = GptModel::createRandom(tinyConfig(), 8);
        Finetuner tuner(model);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuner.stepLanguageModel({}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuner.stepLanguageModel({{{1, 99}, {}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuner.stepLanguageModel({{std::vector<int>(17, 1), {}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuner.stepLanguageModel({{{1, 2, 3}, {1, 1}}}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuner.stepLanguageModel({{{1, 2, 3}, {0, 0, 0}}}));
        GptConfig other = tinyConfig();
        other.vocabSize = 40;
        const GptModel teacher = GptModel::createRandom(other, 1);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, tuner.stepDistill({{1, 2, 3}}, teacher, 2.0, 0.5));
    }
};

QTEST_APPLESS_MAIN(TestFinetuning)
#include "tst_finetuning.moc"
