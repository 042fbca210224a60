#include "cli/tuningjson.h"

#include "engine/tuning/copying.h"
#include "engine/tuning/discriminative.h"
#include "engine/tuning/distillation.h"
#include "engine/tuning/fewshot.h"
#include "engine/tuning/preferencetuning.h"
#include "engine/tuning/scaling.h"
#include "engine/tuning/sft.h"

#include <QDir>
#include <QFileInfo>

namespace genlab::cli {

namespace tuning = engine::tuning;

namespace {

QString tuningJsonText(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

QJsonObject discriminativeJson(const tuning::DiscriminativeResult &r, quint64 seed, const QJsonArray &files)
{
    return QJsonObject{
        {QStringLiteral("data"), tuningJsonText(r.data)},
        {QStringLiteral("source"), tuningJsonText(r.source)},
        {QStringLiteral("classes"), r.classes},
        {QStringLiteral("train"), r.trainCount},
        {QStringLiteral("held_out"), r.heldOutCount},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("discriminative"),
         QJsonObject{{QStringLiteral("accuracy"), r.discriminativeAccuracy},
                     {QStringLiteral("train_accuracy"), r.discriminativeTrainAccuracy},
                     {QStringLiteral("model"), tuningJsonText(r.discriminativeName)},
                     {QStringLiteral("parameters"), r.discriminativeParameters},
                     {QStringLiteral("can_sample"), false}}},
        {QStringLiteral("generative"),
         QJsonObject{{QStringLiteral("accuracy"), r.generativeAccuracy},
                     {QStringLiteral("train_accuracy"), r.generativeTrainAccuracy},
                     {QStringLiteral("samples"), r.samples.count()},
                     {QStringLiteral("dimensions"), r.generative.dims},
                     {QStringLiteral("components"), r.generative.components},
                     {QStringLiteral("explained_variance"), r.generative.explainedVariance},
                     {QStringLiteral("parameters"), r.generativeParameters},
                     {QStringLiteral("can_sample"), true}}},
        {QStringLiteral("files"), files},
    };
}

QJsonArray fewShotPointsJson(const tuning::FewShotResult &r)
{
    QJsonArray points;
    for (const tuning::FewShotPoint &pt : r.points) {
        QJsonArray answers;
        for (const tuning::FewShotAnswer &a : pt.answers)
            answers.append(QJsonObject{{QStringLiteral("query"), tuningJsonText(a.query)},
                                       {QStringLiteral("expected"), tuningJsonText(a.expected)},
                                       {QStringLiteral("answer"), tuningJsonText(a.answer)},
                                       {QStringLiteral("correct"), a.correct}});
        points.append(QJsonObject{{QStringLiteral("shots"), pt.shots},
                                  {QStringLiteral("correct"), pt.correct},
                                  {QStringLiteral("total"), pt.total},
                                  {QStringLiteral("accuracy"), pt.accuracy},
                                  {QStringLiteral("first_prompt"), tuningJsonText(pt.firstPrompt)},
                                  {QStringLiteral("answers"), answers}});
    }
    return points;
}

QJsonObject fewShotJson(const tuning::FewShotResult &r, const QString &modelFolder, int queries, quint64 seed)
{
    return QJsonObject{{QStringLiteral("task"), tuningJsonText(r.task)},
                       {QStringLiteral("model"), QDir(modelFolder).absolutePath()},
                       {QStringLiteral("queries"), queries},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("points"), fewShotPointsJson(r)}};
}

QJsonObject copyingJson(const tuning::CopyingResult &r, const QString &modelFolder, quint64 seed)
{
    QJsonArray heads, losses, ids;
    for (const tuning::HeadScore &h : r.heads)
        heads.append(QJsonObject{{QStringLiteral("layer"), h.layer},
                                 {QStringLiteral("head"), h.head},
                                 {QStringLiteral("induction_score"), h.inductionScore},
                                 {QStringLiteral("previous_token_score"), h.previousTokenScore}});
    for (double v : r.lossPerPosition)
        losses.append(v);
    for (int id : r.ids)
        ids.append(id);
    return QJsonObject{{QStringLiteral("model"), QDir(modelFolder).absolutePath()},
                       {QStringLiteral("length"), r.length},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("first_loss"), r.firstLoss},
                       {QStringLiteral("repeat_loss"), r.repeatLoss},
                       {QStringLiteral("uniform_loss"), r.uniformLoss},
                       {QStringLiteral("loss_per_position"), losses},
                       {QStringLiteral("ids"), ids},
                       {QStringLiteral("heads"), heads}};
}

QJsonObject sftResultJson(const tuning::SftResult &r, const tuning::SftOptions &o, const QString &modelFolder)
{
    QJsonArray examples, trainLoss, heldOutLoss;
    for (const tuning::SftAnswer &a : r.answers)
        examples.append(QJsonObject{{QStringLiteral("instruction"), tuningJsonText(a.instruction)},
                                    {QStringLiteral("expected"), tuningJsonText(a.expected)},
                                    {QStringLiteral("task"), tuningJsonText(a.task)},
                                    {QStringLiteral("before"), tuningJsonText(a.before)},
                                    {QStringLiteral("after"), tuningJsonText(a.after)},
                                    {QStringLiteral("before_correct"), a.beforeCorrect},
                                    {QStringLiteral("after_correct"), a.afterCorrect}});
    for (double v : r.trainLoss)
        trainLoss.append(v);
    for (const auto &[step, loss] : r.heldOutLoss)
        heldOutLoss.append(QJsonObject{{QStringLiteral("step"), step}, {QStringLiteral("loss"), loss}});
    return QJsonObject{
        {QStringLiteral("model"), QDir(modelFolder).absolutePath()},
        {QStringLiteral("data"), tuningJsonText(r.data)},
        {QStringLiteral("train_pairs"), r.trainPairs},
        {QStringLiteral("held_out"), r.heldOutPairs},
        {QStringLiteral("steps"), o.steps},
        {QStringLiteral("batch"), o.batch},
        {QStringLiteral("learning_rate"), o.learningRate},
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("train_seconds"), r.trainSeconds},
        {QStringLiteral("before"), QJsonObject{{QStringLiteral("accuracy"), r.beforeAccuracy},
                                               {QStringLiteral("held_out_loss"), r.heldOutLossBefore}}},
        {QStringLiteral("after"), QJsonObject{{QStringLiteral("accuracy"), r.afterAccuracy},
                                              {QStringLiteral("held_out_loss"), r.heldOutLossAfter}}},
        {QStringLiteral("curve"), QJsonObject{{QStringLiteral("train_loss"), trainLoss},
                                              {QStringLiteral("held_out_loss"), heldOutLoss}}},
        {QStringLiteral("examples"), examples},
    };
}

QJsonObject preferenceResultJson(const tuning::PreferenceTuningResult &r,
                                 const tuning::PreferenceTuningOptions &o, const QString &modelFolder)
{
    QJsonArray curve, samples;
    for (const tuning::PreferencePoint &pt : r.curve)
        curve.append(QJsonObject{{QStringLiteral("step"), qint64(pt.step)},
                                 {QStringLiteral("reward"), pt.ruleReward},
                                 {QStringLiteral("model_reward"), pt.modelReward},
                                 {QStringLiteral("kl"), pt.kl},
                                 {QStringLiteral("win_rate"), pt.winRate},
                                 {QStringLiteral("empty_share"), pt.emptyShare},
                                 {QStringLiteral("mean_length"), pt.meanLength},
                                 {QStringLiteral("loss"), pt.loss}});
    for (const tuning::PreferenceSample &s : r.samples)
        samples.append(QJsonObject{{QStringLiteral("prompt"), tuningJsonText(s.prompt)},
                                   {QStringLiteral("before"), tuningJsonText(s.before)},
                                   {QStringLiteral("after"), tuningJsonText(s.after)},
                                   {QStringLiteral("score_before"), s.scoreBefore},
                                   {QStringLiteral("score_after"), s.scoreAfter}});
    return QJsonObject{{QStringLiteral("reward_before"), r.rewardBefore},
                       {QStringLiteral("reward_after"), r.rewardAfter},
                       {QStringLiteral("kl"), r.kl},
                       {QStringLiteral("win_rate"), r.winRate},
                       {QStringLiteral("method"), tuningJsonText(r.method)},
                       {QStringLiteral("rule"), tuningJsonText(r.judge)},
                       {QStringLiteral("model"), QDir(modelFolder).absolutePath()},
                       {QStringLiteral("pairs"), r.pairs},
                       {QStringLiteral("steps"), o.steps},
                       {QStringLiteral("seed"), QString::number(o.seed)},
                       {QStringLiteral("model_reward_before"), r.modelRewardBefore},
                       {QStringLiteral("model_reward_after"), r.modelRewardAfter},
                       {QStringLiteral("empty_share_before"), r.emptyShareBefore},
                       {QStringLiteral("empty_share_after"), r.emptyShareAfter},
                       {QStringLiteral("reward_model"),
                        QJsonObject{{QStringLiteral("held_out_accuracy"), r.rewardModel.heldOutAccuracy},
                                    {QStringLiteral("train_accuracy"), r.rewardModel.trainAccuracy},
                                    {QStringLiteral("held_out_pairs"), r.rewardModel.heldOutPairs},
                                    {QStringLiteral("train_pairs"), r.rewardModel.trainPairs}}},
                       {QStringLiteral("seconds"), r.seconds},
                       {QStringLiteral("curve"), curve},
                       {QStringLiteral("samples"), samples}};
}

QJsonObject distillFiguresJson(const tuning::DistillFigures &f)
{
    return QJsonObject{{QStringLiteral("layers"), f.layers},
                       {QStringLiteral("width"), f.width},
                       {QStringLiteral("held_out_loss"), f.heldOutLoss},
                       {QStringLiteral("perplexity"), f.perplexity},
                       {QStringLiteral("agreement"), f.agreement},
                       {QStringLiteral("parameters"), qint64(f.parameters)},
                       {QStringLiteral("bytes"), qint64(f.bytes)},
                       {QStringLiteral("tokens_per_s"), f.tokensPerSecond}};
}

QJsonArray distillCurveJson(const std::vector<tuning::DistillCurvePoint> &curve)
{
    QJsonArray a;
    for (const tuning::DistillCurvePoint &p : curve) {
        QJsonObject o{{QStringLiteral("step"), qint64(p.step)},
                      {QStringLiteral("loss"), p.loss},
                      {QStringLiteral("data_loss"), p.dataLoss},
                      {QStringLiteral("distill_loss"), p.distillLoss}};
        if (p.heldOutLoss >= 0)
            o.insert(QStringLiteral("held_out_loss"), p.heldOutLoss);
        a.append(o);
    }
    return a;
}

QJsonObject distillResultJson(const tuning::DistillResult &r, const tuning::DistillOptions &o,
                              const QString &teacherFolder, const QString &dataFile)
{
    return QJsonObject{{QStringLiteral("teacher_folder"), QDir(teacherFolder).absolutePath()},
                       {QStringLiteral("data"), QFileInfo(dataFile).absoluteFilePath()},
                       {QStringLiteral("steps"), o.steps},
                       {QStringLiteral("batch"), o.batchSize},
                       {QStringLiteral("window"), o.windowTokens},
                       {QStringLiteral("temperature"), o.temperature},
                       {QStringLiteral("alpha"), o.alpha},
                       {QStringLiteral("seed"), QString::number(o.seed)},
                       {QStringLiteral("seconds"), r.seconds},
                       {QStringLiteral("held_out_tokens"), qint64(r.heldOutTokens)},
                       {QStringLiteral("teacher"), distillFiguresJson(r.teacher)},
                       {QStringLiteral("distilled"), distillFiguresJson(r.distilled)},
                       {QStringLiteral("data_only"), distillFiguresJson(r.dataOnly)}};
}

QJsonObject scalingResultJson(const tuning::ScalingResult &r, const tuning::ScalingOptions &o,
                              const QString &dataFile, bool withCurves)
{
    QJsonArray runs;
    for (const tuning::ScalingRun &s : r.runs) {
        QJsonObject run{
            {QStringLiteral("width"), s.width},          {QStringLiteral("layers"), s.layers},
            {QStringLiteral("heads"), s.heads},          {QStringLiteral("params"), qint64(s.parameters)},
            {QStringLiteral("steps"), qint64(s.steps)},  {QStringLiteral("tokens"), qint64(s.tokens)},
            {QStringLiteral("compute"), s.compute},      {QStringLiteral("loss"), s.loss},
            {QStringLiteral("train_loss"), s.trainLoss}, {QStringLiteral("seconds"), s.seconds}};
        if (withCurves) {
            QJsonArray curve;
            for (const tuning::ScalingPoint &pt : s.curve)
                curve.append(QJsonObject{{QStringLiteral("step"), qint64(pt.step)},
                                         {QStringLiteral("compute"), pt.compute},
                                         {QStringLiteral("loss"), pt.loss}});
            run.insert(QStringLiteral("curve"), curve);
        }
        runs.append(run);
    }
    return QJsonObject{
        {QStringLiteral("data"), QFileInfo(dataFile).absoluteFilePath()},
        {QStringLiteral("budget"), o.budget},
        {QStringLiteral("mode"),
         o.budget > 0 ? QStringLiteral("same compute") : QStringLiteral("same tokens")},
        {QStringLiteral("tokens"), qint64(o.tokens)},
        {QStringLiteral("compute_rule"), QStringLiteral("6 * params * tokens")},
        {QStringLiteral("layers"), o.layers},
        {QStringLiteral("context"), o.contextLength},
        {QStringLiteral("batch"), o.batchSize},
        {QStringLiteral("seed"), QString::number(o.seed)},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("fit"), QJsonObject{{QStringLiteral("exponent"), r.fit.exponent},
                                            {QStringLiteral("a"), r.fit.a},
                                            {QStringLiteral("r2"), r.fit.r2},
                                            {QStringLiteral("points"), r.fit.points}}},
        {QStringLiteral("prediction"), QJsonObject{{QStringLiteral("width"), r.next.width},
                                                   {QStringLiteral("layers"), r.next.layers},
                                                   {QStringLiteral("params"), qint64(r.next.parameters)},
                                                   {QStringLiteral("loss"), r.next.loss}}},
        {QStringLiteral("runs"), runs},
    };
}

} // namespace genlab::cli
