// `genlab tune dpo|ppo [--model PATH] [--rule shorter|no-e|rhyme] [--pairs N] [--steps N] [--batch N]
//                      [--lr X] [--beta X] [--kl X] [--reward model|rule] [--seed N] [--out DIR] [--json]`
// Preference tuning (the RLHF family): answer pairs sampled from the model and judged by a rule
// standing in for a person, a reward model learnt from them, then the model tuned against a frozen
// copy of itself by DPO or by a KL-penalised policy gradient (PPO-style). Prints the rule's reward
// of the held-out answers before and after, the KL it cost and the win rate against the reference.
#include "cli/command.h"
#include "cli/languagemodel.h"
#include "cli/tunecommands.h"
#include "cli/tuningjson.h"
#include "cli/tuningoptions.h"

#include "engine/gpt/gptmodel.h"
#include "engine/tuning/preferencetuning.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <stdexcept>

namespace genlab::cli {

namespace {

namespace tuning = engine::tuning;
namespace gpt = engine::gpt;

QString prefFromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// An answer on one console line: quoted, "(empty)" when there is nothing.
QString prefShown(const std::string &s)
{
    return s.empty() ? QStringLiteral("(empty)") : QStringLiteral("\"%1\"").arg(prefFromStd(s));
}

int runTunePreference(const CommandContext &ctx, tuning::PreferenceMethod method)
{
    const QCommandLineParser &p = *ctx.parser;
    const QString verb = prefFromStd(tuning::methodName(method));
    tuning::PreferenceTuningOptions o;
    o.method = method;
    if (p.isSet(QStringLiteral("rule"))) {
        const QString name = p.value(QStringLiteral("rule"));
        if (!tuning::parseRule(name.toStdString(), &o.rule))
            throw UsageError{QStringLiteral("--rule must be shorter, no-e or rhyme (got '%1')").arg(name)};
    }
    o.pairs = int(intOption(p, QStringLiteral("pairs"), o.pairs, 2, 2000));
    o.steps = int(intOption(p, QStringLiteral("steps"), o.steps, 1, 2000));
    o.batch = int(intOption(p, QStringLiteral("batch"), o.batch, 1, 256));
    o.learningRate = doubleOption(p, QStringLiteral("lr"), 0.0, 0.0, 1.0);
    o.beta = doubleOption(p, QStringLiteral("beta"), o.beta, 1e-4, 100.0);
    o.klWeight = doubleOption(p, QStringLiteral("kl"), o.klWeight, 0.0, 100.0);
    o.seed = seedOption(p, o.seed);
    if (p.isSet(QStringLiteral("reward"))) {
        const QString r = p.value(QStringLiteral("reward"));
        if (r != QLatin1String("model") && r != QLatin1String("rule"))
            throw UsageError{QStringLiteral("--reward must be model or rule (got '%1')").arg(r)};
        o.rewardFromModel = r == QLatin1String("model");
    }
    if (method == tuning::PreferenceMethod::Dpo && p.isSet(QStringLiteral("kl")))
        note(QStringLiteral("tune dpo: --kl is PPO's; DPO's pull towards the reference is --beta"));
    const QString outDir = outFolderOption(p);
    const bool json = p.isSet(QStringLiteral("json"));
    const QString folder = languageModelFolder(p);
    gpt::GptModel model = gpt::GptModel::open(folder.toStdString(), ctx.device);

    const InterruptibleJob job(QStringLiteral("tune ") + verb, QStringLiteral("stopping after this step"));
    tuning::PreferenceTuningResult r;
    try {
        r = tuning::runPreferenceTuning(model, o, jobRunContext(job, json));
    } catch (const std::invalid_argument &e) {
        throw UsageError{prefFromStd(e.what())};
    }
    if (!outDir.isEmpty()) {
        const QJsonObject recipe{{QStringLiteral("tuning"),
                                  QJsonObject{{QStringLiteral("method"), verb},
                                              {QStringLiteral("judge"), prefFromStd(r.judge)},
                                              {QStringLiteral("pairs"), r.pairs},
                                              {QStringLiteral("steps"), o.steps},
                                              {QStringLiteral("beta"), o.beta},
                                              {QStringLiteral("kl_weight"), o.klWeight},
                                              {QStringLiteral("seed"), QString::number(o.seed)},
                                              {QStringLiteral("base_model"), QDir(folder).absolutePath()}}}};
        model.save(outDir.toStdString(), o.steps, QJsonDocument(recipe).toJson(QJsonDocument::Compact).toStdString());
    }

    if (!json) {
        out(QStringLiteral("%1 with %2, judged by the rule \"%3\" (%4)")
                .arg(verb.toUpper(), QDir::toNativeSeparators(folder), prefFromStd(r.judge),
                     prefFromStd(tuning::ruleDescription(o.rule))));
        out(QStringLiteral("  %1 judged pairs; reward model accuracy on held-out pairs %2 % (%3 pairs), on its training pairs %4 %")
                .arg(r.pairs)
                .arg(100.0 * r.rewardModel.heldOutAccuracy, 0, 'f', 1)
                .arg(r.rewardModel.heldOutPairs)
                .arg(100.0 * r.rewardModel.trainAccuracy, 0, 'f', 1));
        out(QStringLiteral("  step  rule reward  reward model  KL (nats)  win rate  empty"));
        for (const tuning::PreferencePoint &pt : r.curve)
            out(QStringLiteral("  %1  %2  %3  %4  %5 %  %6 %")
                    .arg(pt.step, 4)
                    .arg(pt.ruleReward, 11, 'f', 3)
                    .arg(pt.modelReward, 12, 'f', 3)
                    .arg(pt.kl, 9, 'f', 3)
                    .arg(100.0 * pt.winRate, 6, 'f', 1)
                    .arg(100.0 * pt.emptyShare, 4, 'f', 0));
        out(QStringLiteral("reward %1 -> %2, KL to the reference %3 nats, win rate against it %4 % (%5 s)")
                .arg(r.rewardBefore, 0, 'f', 3)
                .arg(r.rewardAfter, 0, 'f', 3)
                .arg(r.kl, 0, 'f', 3)
                .arg(100.0 * r.winRate, 0, 'f', 1)
                .arg(r.seconds, 0, 'f', 1));
        out(QStringLiteral("the same held-out prompts and seeds, before -> after:"));
        for (std::size_t i = 0; i < r.samples.size() && i < 4; ++i) {
            const tuning::PreferenceSample &s = r.samples[i];
            out(QStringLiteral("  %1").arg(prefFromStd(s.prompt).trimmed().replace(QLatin1Char('\n'), QStringLiteral(" / "))));
            out(QStringLiteral("    before %1").arg(prefShown(s.before)));
            out(QStringLiteral("    after  %1").arg(prefShown(s.after)));
        }
        if (!outDir.isEmpty())
            out(QStringLiteral("saved the tuned model in %1").arg(QDir::toNativeSeparators(outDir)));
        return 0;
    }
    QJsonArray top;
    for (const auto &[name, w] : r.rewardModel.topFeatures)
        top.append(QJsonObject{{QStringLiteral("feature"), prefFromStd(name)}, {QStringLiteral("weight"), w}});
    QJsonObject doc = preferenceResultJson(r, o, folder);
    QJsonObject rewardModel = doc.value(QStringLiteral("reward_model")).toObject();
    rewardModel.insert(QStringLiteral("top_features"), top);
    doc.insert(QStringLiteral("reward_model"), rewardModel);
    if (method == tuning::PreferenceMethod::Dpo)
        doc.insert(QStringLiteral("beta"), o.beta);
    else
        doc.insert(QStringLiteral("kl_weight"), o.klWeight);
    if (!outDir.isEmpty())
        doc.insert(QStringLiteral("out"), QDir(outDir).absolutePath());
    out(QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)).trimmed());
    return 0;
}

QList<QCommandLineOption> preferenceOptions()
{
    return {QCommandLineOption(QStringLiteral("model"),
                               QStringLiteral("A language model folder (ours or Hugging Face GPT-2); default: the shipped one"),
                               QStringLiteral("PATH")),
            QCommandLineOption(QStringLiteral("rule"),
                               QStringLiteral("dpo/ppo: who judges the answer pairs: shorter, no-e or rhyme (default shorter)"),
                               QStringLiteral("RULE")),
            QCommandLineOption(QStringLiteral("pairs"), QStringLiteral("dpo/ppo: answer pairs sampled and judged (default 120)"),
                               QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("steps"), QStringLiteral("Optimizer steps (default: sft 300, dpo/ppo 20)"), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("batch"), QStringLiteral("Examples per step (default: sft 16, dpo/ppo 16)"), QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("lr"), QStringLiteral("Peak learning rate (default: sft 0.001, dpo 0.00003, ppo 0.00005)"),
                               QStringLiteral("X")),
            QCommandLineOption(QStringLiteral("beta"), QStringLiteral("dpo: the temperature on the log-ratios to the reference (default 0.1)"),
                               QStringLiteral("X")),
            QCommandLineOption(QStringLiteral("kl"),
                               QStringLiteral("ppo: the weight of the KL penalty to the reference (default 0.5; 0 lets it hack the reward)"),
                               QStringLiteral("X")),
            QCommandLineOption(QStringLiteral("reward"),
                               QStringLiteral("ppo: what scores the samples: model (the reward model, default) or rule"),
                               QStringLiteral("WHAT")),
            QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The data, the held-out split and the batches (default 1)"),
                               QStringLiteral("N")),
            QCommandLineOption(QStringLiteral("out"), QStringLiteral("Save the tuned model in this folder"), QStringLiteral("DIR"))};
}

TuneRegistrar tuneDpoRegistrar(TuneExperiment{
    QStringLiteral("dpo"),
    QStringLiteral("Preference tuning by DPO: answer pairs judged by a rule, the model tuned against a frozen copy of itself"),
    preferenceOptions(),
    [](const CommandContext &ctx) { return runTunePreference(ctx, tuning::PreferenceMethod::Dpo); },
});

TuneRegistrar tunePpoRegistrar(TuneExperiment{
    QStringLiteral("ppo"),
    QStringLiteral("Preference tuning by a KL-penalised policy gradient (PPO-style) on a reward model learnt from judged pairs"),
    preferenceOptions(),
    [](const CommandContext &ctx) { return runTunePreference(ctx, tuning::PreferenceMethod::Ppo); },
});

} // namespace

} // namespace genlab::cli
