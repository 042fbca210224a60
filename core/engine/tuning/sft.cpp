#include "engine/tuning/sft.h"

#include "engine/gpt/finetuning.h"
#include "engine/gpt/gptmodel.h"
#include "engine/gpt/sampling.h"
#include "engine/text/tokenizer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numbers>
#include <random>
#include <sstream>
#include <stdexcept>

namespace genlab::engine::tuning {

namespace {

double sftScalar(const Partial &p, std::string_view name, double fallback)
{
    for (const auto &[k, v] : p.scalars)
        if (k == name)
            return v;
    return fallback;
}

double sftLearningRate(const SftOptions &o, int step) // step: 0-based
{
    const int warmup = std::max(1, o.steps / 20);
    if (step < warmup)
        return o.learningRate * double(step + 1) / warmup;
    const double t = o.steps > warmup ? double(step - warmup) / double(o.steps - warmup) : 1.0;
    return o.learningRate * (0.1 + 0.9 * 0.5 * (1.0 + std::cos(std::numbers::pi * t)));
}

// Mean response loss (nats per weighted token) of a set of sequences, no gradients.
double sftResponseLoss(const gpt::GptModel &model, const std::vector<gpt::WeightedSequence> &sequences)
{
    double logProb = 0, weight = 0;
    constexpr std::size_t kChunk = 64;
    for (std::size_t i = 0; i < sequences.size(); i += kChunk) {
        const std::vector<gpt::WeightedSequence> chunk(sequences.begin() + i,
                                                       sequences.begin() + std::min(sequences.size(), i + kChunk));
        const std::vector<double> lp = gpt::sequenceLogProbs(model, chunk);
        for (std::size_t j = 0; j < chunk.size(); ++j) {
            logProb += lp[j];
            for (std::size_t k = 1; k < chunk[j].weights.size(); ++k)
                weight += chunk[j].weights[k];
        }
    }
    return weight > 0 ? -logProb / weight : 0.0;
}

} // namespace

Partial SftCurvePoint::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.step = step;
    p.scalars = {{"train_loss", trainLoss}, {"held_out_loss", heldOutLoss}, {"learning_rate", learningRate}};
    return p;
}

std::optional<SftCurvePoint> SftCurvePoint::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    SftCurvePoint c;
    c.step = p.step;
    c.trainLoss = sftScalar(p, "train_loss", -1);
    c.heldOutLoss = sftScalar(p, "held_out_loss", -1);
    c.learningRate = sftScalar(p, "learning_rate", 0);
    return c;
}

Partial SftAnswersEvent::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    p.text = phase;
    for (const std::string &a : answers)
        p.text += '\n' + a; // answers are single lines
    p.scalars = {{"accuracy", accuracy}};
    return p;
}

std::optional<SftAnswersEvent> SftAnswersEvent::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    SftAnswersEvent e;
    e.accuracy = sftScalar(p, "accuracy", 0);
    std::size_t start = 0;
    bool first = true;
    while (start <= p.text.size()) {
        const std::size_t end = std::min(p.text.find('\n', start), p.text.size());
        std::string line = p.text.substr(start, end - start);
        if (first)
            e.phase = std::move(line);
        else
            e.answers.push_back(std::move(line));
        first = false;
        if (end == p.text.size())
            break;
        start = end + 1;
    }
    return e;
}

Partial SftExampleEvent::encode() const
{
    Partial p;
    p.kind = std::string(kKind);
    // Unit and record separators never occur in a token's printable form.
    p.text = instruction + '\x1f' + response;
    for (const MaskedToken &t : tokens) {
        p.text += '\x1f' + t.text;
        p.values.push_back(float(t.id));
        p.values.push_back(t.weight);
    }
    return p;
}

std::optional<SftExampleEvent> SftExampleEvent::decode(const Partial &p)
{
    if (p.kind != kKind)
        return std::nullopt;
    std::vector<std::string> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = p.text.find('\x1f', start);
        fields.push_back(p.text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    if (fields.size() < 2 || p.values.size() != 2 * (fields.size() - 2))
        return std::nullopt;
    SftExampleEvent e;
    e.instruction = fields[0];
    e.response = fields[1];
    for (std::size_t i = 2; i < fields.size(); ++i)
        e.tokens.push_back({int(p.values[2 * (i - 2)]), fields[i], p.values[2 * (i - 2) + 1]});
    return e;
}

void validateSftOptions(const SftOptions &o)
{
    const auto range = [](const char *what, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            std::ostringstream m;
            m << "instruction tuning: " << what << " must be in " << lo << ".." << hi << " (got " << v << ")";
            throw std::invalid_argument(m.str());
        }
    };
    range("steps", o.steps, 1, 100000);
    range("batch", o.batch, 1, 512);
    range("the learning rate", o.learningRate, 1e-7, 1.0);
    range("the weight decay", o.weightDecay, 0, 1);
    range("the held-out count", o.heldOut, 1, 1000);
    range("the training pairs", o.trainPairs, 1, 100000);
    range("the answer tokens", o.maxAnswerTokens, 1, 64);
    range("the evaluation interval", o.evalEvery, 0, 100000);
}

InstructionSplit sftSplit(const SftOptions &o)
{
    if (o.pairs.empty())
        return makeBuiltInInstructions(o.trainPairs, o.heldOut, o.seed);
    return splitInstructions(o.pairs, o.heldOut, o.seed);
}

SftResult runSft(gpt::GptModel &model, const SftOptions &o, const RunContext &ctx)
{
    using Clock = std::chrono::steady_clock;
    const auto started = Clock::now();
    validateSftOptions(o);
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw std::invalid_argument("instruction tuning: the model has no tokenizer");
    const int context = model.config().contextLength;

    const InstructionSplit split = sftSplit(o);
    std::vector<gpt::WeightedSequence> train, heldOut;
    std::vector<std::vector<int>> heldOutPrompts;
    for (const InstructionPair &p : split.train)
        train.push_back(instructionSequence(*tokenizer, p, context));
    for (const InstructionPair &p : split.heldOut) {
        heldOut.push_back(instructionSequence(*tokenizer, p, context));
        std::vector<int> prompt = tokenizer->encode(instructionPrompt(p.instruction));
        const int room = std::max(1, context - o.maxAnswerTokens);
        if (int(prompt.size()) > room)
            prompt.erase(prompt.begin(), prompt.end() - room);
        heldOutPrompts.push_back(std::move(prompt));
    }

    SftResult r;
    r.model = model.source();
    r.data = o.pairs.empty() ? "built-in" : (o.dataName.empty() ? "user pairs" : o.dataName);
    r.trainPairs = int(split.train.size());
    r.heldOutPairs = int(split.heldOut.size());
    r.steps = o.steps;
    r.exampleInstruction = split.train.front().instruction;
    r.exampleResponse = split.train.front().response;
    r.example = maskedTokens(*tokenizer, split.train.front(), context);
    ctx.partial(SftExampleEvent{r.exampleInstruction, r.exampleResponse, r.example}.encode());
    for (const InstructionPair &p : split.heldOut)
        r.answers.push_back({p.instruction, trimmedAnswer(p.response), p.task, {}, {}, false, false});

    // The work: answers before (one per held-out pair), steps, answers after.
    const double totalWork = double(o.steps) + 2.0 * heldOut.size() * 0.5;
    double doneWork = 0;

    gpt::SamplingSettings greedy;
    greedy.greedy = true;
    greedy.temperature = 0;
    greedy.maxTokens = o.maxAnswerTokens;
    greedy.stopSequences = {"\n"};
    const auto answerAll = [&](bool after) {
        int correct = 0;
        SftAnswersEvent event;
        event.phase = after ? "after" : "before";
        for (std::size_t i = 0; i < heldOutPrompts.size(); ++i) {
            ctx.checkpoint();
            const gpt::GenerationResult g = model.generate(heldOutPrompts[i], greedy);
            const std::string answer = trimmedAnswer(g.text);
            const bool ok = sameAnswer(answer, r.answers[i].expected);
            (after ? r.answers[i].after : r.answers[i].before) = answer;
            (after ? r.answers[i].afterCorrect : r.answers[i].beforeCorrect) = ok;
            correct += ok ? 1 : 0;
            event.answers.push_back(answer);
            doneWork += 0.5;
            ctx.progress(doneWork / totalWork, std::string(after ? "answering after tuning: " : "answering before tuning: ") +
                                                   std::to_string(i + 1) + " of " + std::to_string(heldOutPrompts.size()));
        }
        const double accuracy = heldOutPrompts.empty() ? 0.0 : double(correct) / double(heldOutPrompts.size());
        event.accuracy = accuracy;
        ctx.partial(event.encode());
        return accuracy;
    };

    r.beforeAccuracy = answerAll(false);
    r.heldOutLossBefore = sftResponseLoss(model, heldOut);
    r.heldOutLoss.emplace_back(0, r.heldOutLossBefore);
    ctx.partial(SftCurvePoint{0, -1, r.heldOutLossBefore, 0}.encode());

    gpt::FinetuneOptions fo;
    fo.learningRate = o.learningRate;
    fo.weightDecay = o.weightDecay;
    gpt::Finetuner finetuner(model, fo);
    std::mt19937_64 rng(o.seed * 0x9e3779b97f4a7c15ULL + 0x5f7);
    std::vector<std::size_t> order(train.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::size_t cursor = order.size();
    const auto trainStarted = Clock::now();
    for (int step = 0; step < o.steps; ++step) {
        ctx.checkpoint();
        std::vector<gpt::WeightedSequence> batch;
        batch.reserve(std::size_t(o.batch));
        for (int b = 0; b < o.batch; ++b) {
            if (cursor == order.size()) {
                std::shuffle(order.begin(), order.end(), rng);
                cursor = 0;
            }
            batch.push_back(train[order[cursor++]]);
        }
        const double lr = sftLearningRate(o, step);
        finetuner.setLearningRate(lr);
        const gpt::FinetuneStep s = finetuner.stepLanguageModel(batch);
        r.trainLoss.push_back(s.loss);
        SftCurvePoint point{step + 1, s.loss, -1, lr};
        const bool last = step + 1 == o.steps;
        if (last || (o.evalEvery > 0 && (step + 1) % o.evalEvery == 0)) {
            point.heldOutLoss = sftResponseLoss(model, heldOut);
            r.heldOutLoss.emplace_back(step + 1, point.heldOutLoss);
        }
        ctx.partial(point.encode());
        doneWork += 1;
        ctx.progress(doneWork / totalWork, "step " + std::to_string(step + 1) + " of " + std::to_string(o.steps) +
                                               ": loss " + std::to_string(s.loss).substr(0, 6));
    }
    r.trainSeconds = std::chrono::duration<double>(Clock::now() - trainStarted).count();
    r.heldOutLossAfter = r.heldOutLoss.back().second;
    model.resetCache();
    r.afterAccuracy = answerAll(true);
    r.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    return r;
}

} // namespace genlab::engine::tuning
