// The Masked lab's part of `genlab demo`: the shipped masked LM fills the masks of two lines of
// Shakespeare, written as `genlab fill-mask --json` prints them (with the text, the model and
// the filled line beside the predictions) and as a plain-text table.
#include "cli/demo.h"

#include "engine/masked/bertmodel.h"
#include "engine/masked/fillmask.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <chrono>

namespace genlab::cli {

QString shippedMlmFolder();
QString fillMaskJson(const engine::masked::FillMaskResult &result);

namespace {

namespace masked = engine::masked;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw std::runtime_error(path.toStdString() + ": cannot write (" + f.errorString().toStdString() + ")");
}

QJsonObject maskedDemo(const QString &outDir, const engine::RunContext &ctx)
{
    const QString folder = shippedMlmFolder();
    const masked::BertModel model = masked::BertModel::open(folder.toStdString());
    const QStringList texts{QStringLiteral("To be, or not to [MASK], that is the question."),
                            QStringLiteral("Now is the winter of our [MASK] content."),
                            QStringLiteral("God save the [MASK]!")};
    QJsonArray results;
    QString table;
    const auto t0 = std::chrono::steady_clock::now();
    for (const QString &text : texts) {
        masked::FillMaskOptions options;
        options.topK = 5;
        const masked::FillMaskResult r = masked::fillMask(model, text.toStdString(), options, ctx);
        QJsonObject o = QJsonDocument::fromJson(fillMaskJson(r).toUtf8()).object();
        o.insert(QStringLiteral("text"), text);
        o.insert(QStringLiteral("filled"), QString::fromStdString(r.filledText));
        results.append(o);
        table += text + QLatin1Char('\n');
        for (const auto &m : r.masks) {
            QStringList top;
            for (const auto &c : m.candidates)
                top << QStringLiteral("%1 (%2 %)").arg(QString::fromStdString(c.token)).arg(100 * c.probability, 0, 'f', 1);
            table += QStringLiteral("  [MASK] at %1: %2\n").arg(m.position).arg(top.join(QStringLiteral(", ")));
        }
        table += QStringLiteral("  filled: %1\n\n").arg(QString::fromStdString(r.filledText));
    }
    const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    const QJsonObject document{{QStringLiteral("model"), QDir(folder).absolutePath()},
                               {QStringLiteral("top_k"), 5},
                               {QStringLiteral("results"), results}};
    writeFile(QDir(outDir).filePath(QStringLiteral("masked-fill-mask.json")), QJsonDocument(document).toJson(QJsonDocument::Indented));
    writeFile(QDir(outDir).filePath(QStringLiteral("masked-fill-mask.txt")), table.toUtf8());
    return QJsonObject{
        {QStringLiteral("description"), QStringLiteral("the shipped masked LM's top 5 at [MASK] in %1 lines (%2 ms)")
                                            .arg(texts.size())
                                            .arg(ms, 0, 'f', 0)},
        {QStringLiteral("files"), QJsonArray{QStringLiteral("masked-fill-mask.json"), QStringLiteral("masked-fill-mask.txt")}},
    };
}

DemoRegistrar maskedDemoStep(DemoStep{QStringLiteral("masked.fill-mask"), 70, maskedDemo});

} // namespace
} // namespace genlab::cli
