// The Masked lab's `genlab embed --model PATH [--json] TEXT...`: one sentence embedding per text
// from a BERT folder (Hugging Face, sentence-transformers or ours), pooled and normalised as the
// folder says.
#include "cli/command.h"

#include "engine/masked/bertmodel.h"
#include "engine/text/wordpiecetokenizer.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace genlab::cli {

namespace {

namespace masked = engine::masked;

double dot(const std::vector<float> &a, const std::vector<float> &b)
{
    double s = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
        s += double(a[i]) * double(b[i]);
    return s;
}

int runEmbed(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    if (!p.isSet(QStringLiteral("model")))
        throw UsageError{QStringLiteral("--model PATH is required (a BERT folder: config.json, model.safetensors and "
                                        "vocab.txt, or a sentence-transformers folder)")};
    const QString folder = p.value(QStringLiteral("model"));
    if (!QFileInfo(folder).isDir())
        throw UsageError{QStringLiteral("--model must be a model folder (got '%1')").arg(folder)};
    if (ctx.positional.isEmpty())
        throw UsageError{QStringLiteral("at least one TEXT is required (each argument is one text)")};

    const masked::BertModel model = masked::BertModel::open(folder.toStdString(), ctx.device);
    const auto tokenizer = model.tokenizer();
    if (!tokenizer)
        throw std::runtime_error(folder.toStdString() + ": no vocab.txt; the model folder does not say how to read text");
    std::vector<std::string> texts;
    for (const QString &t : ctx.positional)
        texts.push_back(t.toStdString());
    // embed() truncates to the model's positions; say so rather than embed less than was given.
    const int room = model.config().maxPositions - 2;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        const std::size_t pieces = tokenizer->encode(texts[i]).size();
        if (pieces > std::size_t(room))
            err(QStringLiteral("genlab embed: text %1 has %2 tokens; the model reads the first %3")
                    .arg(i + 1)
                    .arg(pieces)
                    .arg(room));
    }
    const auto vectors = model.embed(texts);
    const int dimension = model.config().hiddenSize;

    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto &v : vectors) {
            QJsonArray row;
            for (float x : v)
                row.append(double(x));
            list.append(row);
        }
        out(QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("dimension"), dimension}, {QStringLiteral("vectors"), list}})
                .toJson(QJsonDocument::Compact)));
        return 0;
    }

    out(QStringLiteral("%1 vector%2 of dimension %3 (%4 pooling%5) from %6")
            .arg(vectors.size())
            .arg(vectors.size() == 1 ? QString() : QStringLiteral("s"))
            .arg(dimension)
            .arg(model.pooling() == masked::Pooling::Cls ? QStringLiteral("[CLS]") : QStringLiteral("mean"))
            .arg(model.normalizesEmbeddings() ? QStringLiteral(", normalised") : QString())
            .arg(folder));
    for (std::size_t i = 0; i < vectors.size(); ++i) {
        const auto &v = vectors[i];
        QString head;
        for (std::size_t k = 0; k < v.size() && k < 8; ++k)
            head += QStringLiteral("%1 ").arg(double(v[k]), 0, 'f', 4);
        out(QStringLiteral("[%1] %2").arg(i + 1).arg(ctx.positional[qsizetype(i)]));
        out(QStringLiteral("    %1%2(norm %3)")
                .arg(head)
                .arg(v.size() > 8 ? QStringLiteral("... ") : QString())
                .arg(std::sqrt(dot(v, v)), 0, 'f', 4));
    }
    if (vectors.size() > 1) {
        out(QStringLiteral("cosine similarity:"));
        for (std::size_t i = 0; i < vectors.size(); ++i) {
            QString line = QStringLiteral("    [%1]").arg(i + 1);
            for (std::size_t j = 0; j < vectors.size(); ++j) {
                const double n = std::sqrt(dot(vectors[i], vectors[i]) * dot(vectors[j], vectors[j]));
                line += QStringLiteral(" %1").arg(n > 0 ? dot(vectors[i], vectors[j]) / n : 0.0, 7, 'f', 4);
            }
            out(line);
        }
    }
    return 0;
}

CommandRegistrar embedRegistrar(Command{
    QStringLiteral("embed"),
    QStringLiteral("Sentence embeddings from a BERT model folder, one vector per text"),
    QStringLiteral("TEXT..."),
    {QCommandLineOption(QStringLiteral("model"),
                        QStringLiteral("A BERT folder (config.json, model.safetensors, vocab.txt), a "
                                       "sentence-transformers folder (modules.json) or a Masked-lab checkpoint"),
                        QStringLiteral("PATH")),
     QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print {\"dimension\": D, \"vectors\": [[...], ...]}"))},
    runEmbed,
});

} // namespace

} // namespace genlab::cli
