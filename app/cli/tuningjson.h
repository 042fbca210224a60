#pragma once
// The Tuning lab's JSON documents, built once for the commands' --json (`genlab discriminative`,
// `fewshot`, `induction`, `tune sft|dpo|ppo|distill`, `scaling`) and for `genlab demo`'s tuning-*.json.
// Each function gives the part both write; a caller adds its own keys (QJsonObject keeps them sorted,
// so where they are inserted does not change the text). Paths come in as given and are made absolute here.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace genlab::engine::tuning {
struct CopyingResult;
struct DiscriminativeResult;
struct DistillCurvePoint;
struct DistillFigures;
struct DistillOptions;
struct DistillResult;
struct FewShotResult;
struct PreferenceTuningOptions;
struct PreferenceTuningResult;
struct ScalingOptions;
struct ScalingResult;
struct SftOptions;
struct SftResult;
} // namespace genlab::engine::tuning

namespace genlab::cli {

// data, source, classes, train, held_out, seed, discriminative {...}, generative {...}, files (as given).
QJsonObject discriminativeJson(const engine::tuning::DiscriminativeResult &r, quint64 seed,
                               const QJsonArray &files);

// One model's few-shot curve: [{shots, correct, total, accuracy, first_prompt, answers [...]}].
QJsonArray fewShotPointsJson(const engine::tuning::FewShotResult &r);
// task, model (folder made absolute), queries, seed, points.
QJsonObject fewShotJson(const engine::tuning::FewShotResult &r, const QString &modelFolder, int queries,
                        quint64 seed);

// model, length, seed, first_loss, repeat_loss, uniform_loss, loss_per_position, ids, heads [...].
QJsonObject copyingJson(const engine::tuning::CopyingResult &r, const QString &modelFolder, quint64 seed);

// model, data, train_pairs, held_out, steps, batch, learning_rate, seed, seconds, train_seconds,
// before/after {accuracy, held_out_loss}, curve {train_loss, held_out_loss}, examples [...].
QJsonObject sftResultJson(const engine::tuning::SftResult &r, const engine::tuning::SftOptions &o,
                          const QString &modelFolder);

// reward/model_reward/empty_share before and after, kl, win_rate, method, rule, model, pairs, steps,
// seed, reward_model {held_out_accuracy, train_accuracy, held_out_pairs, train_pairs}, seconds, curve,
// samples.
QJsonObject preferenceResultJson(const engine::tuning::PreferenceTuningResult &r,
                                 const engine::tuning::PreferenceTuningOptions &o,
                                 const QString &modelFolder);

// One model of a distillation: layers, width, held_out_loss, perplexity, agreement, parameters, bytes,
// tokens_per_s.
QJsonObject distillFiguresJson(const engine::tuning::DistillFigures &f);
// A student's curve: [{step, loss, data_loss, distill_loss, held_out_loss where measured}].
QJsonArray distillCurveJson(const std::vector<engine::tuning::DistillCurvePoint> &curve);
// teacher_folder, data, steps, batch, window, temperature, alpha, seed, seconds, held_out_tokens,
// teacher, distilled, data_only (the figures; the curves are the caller's to add).
QJsonObject distillResultJson(const engine::tuning::DistillResult &r, const engine::tuning::DistillOptions &o,
                              const QString &teacherFolder, const QString &dataFile);

// data, budget, mode, tokens, compute_rule, layers, context, batch, seed, seconds, fit, prediction,
// runs [{width, layers, heads, params, steps, tokens, compute, loss, train_loss, seconds, curve if
// withCurves}].
QJsonObject scalingResultJson(const engine::tuning::ScalingResult &r, const engine::tuning::ScalingOptions &o,
                              const QString &dataFile, bool withCurves);

} // namespace genlab::cli
