// genlab incontext-corpus --out FILE [--seed N] [--blocks N] [--induction-share X] [--held-out-seeds N]
//   writes the synthetic text the shipped in-context model (resources/models/lm-incontext) was
//   trained on: few-shot blocks in `genlab fewshot`'s prompt format mixed with repeated random
//   strings. The same seed gives the same bytes on every machine.
#include "cli/command.h"

#include "engine/tuning/incontextcorpus.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <limits>
#include <stdexcept>

namespace genlab::cli {

namespace {

int runInContextCorpus(const CommandContext &ctx)
{
    const QCommandLineParser &p = *ctx.parser;
    if (!p.isSet(QStringLiteral("out")))
        throw UsageError{QStringLiteral("give --out FILE, the text file to write")};
    const QString path = p.value(QStringLiteral("out"));
    if (QFileInfo(path).isDir())
        throw UsageError{QStringLiteral("--out: %1 is a folder; give a file name").arg(QDir::toNativeSeparators(path))};
    engine::tuning::InContextCorpusOptions o;
    o.seed = quint64(intOption(p, QStringLiteral("seed"), qint64(o.seed), 0, std::numeric_limits<qint64>::max()));
    o.blocks = int(intOption(p, QStringLiteral("blocks"), o.blocks, 1, 1000000));
    o.inductionShare = doubleOption(p, QStringLiteral("induction-share"), o.inductionShare, 0.0, 1.0);
    o.heldOutSeeds = int(intOption(p, QStringLiteral("held-out-seeds"), o.heldOutSeeds, 0, 1000));
    engine::tuning::InContextCorpusStats st;
    std::string text;
    try {
        text = engine::tuning::makeInContextCorpus(o, &st);
    } catch (const std::invalid_argument &e) {
        throw UsageError{QString::fromStdString(e.what())};
    }
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        throw std::runtime_error("cannot create the folder " + QDir::toNativeSeparators(parent).toStdString());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), qint64(text.size())) != qint64(text.size()) ||
        !file.commit())
        throw std::runtime_error("cannot write " + QDir::toNativeSeparators(path).toStdString() + ": " +
                                 file.errorString().toStdString());
    out(QStringLiteral("wrote %1: %2 bytes, %3 few-shot blocks (copy %4, reverse %5, next %6, lookup %7; %8 examples), "
                       "%9 induction lines")
            .arg(QDir::toNativeSeparators(path))
            .arg(qulonglong(st.bytes))
            .arg(st.blocks[0] + st.blocks[1] + st.blocks[2] + st.blocks[3])
            .arg(st.blocks[0])
            .arg(st.blocks[1])
            .arg(st.blocks[2])
            .arg(st.blocks[3])
            .arg(st.examples)
            .arg(st.inductionLines));
    out(QStringLiteral("held out: %1 copy/reverse inputs that genlab fewshot draws with --seed 0..%2 never appear")
            .arg(st.excludedInputs)
            .arg(o.heldOutSeeds - 1));
    return 0;
}

CommandRegistrar inContextCorpusRegistrar(Command{
    QStringLiteral("incontext-corpus"),
    QStringLiteral("Write the synthetic text a small language model learns in-context copying and few-shot tasks from"),
    QString(),
    {QCommandLineOption(QStringLiteral("out"), QStringLiteral("The text file to write"), QStringLiteral("FILE")),
     QCommandLineOption(QStringLiteral("seed"), QStringLiteral("The corpus's draws (default 1)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("blocks"),
                        QStringLiteral("Few-shot blocks plus induction lines (default 30000)"), QStringLiteral("N")),
     QCommandLineOption(QStringLiteral("induction-share"),
                        QStringLiteral("Share of the blocks that are a random string repeated instead (default 0.5)"),
                        QStringLiteral("X")),
     QCommandLineOption(QStringLiteral("held-out-seeds"),
                        QStringLiteral("Leave out every copy/reverse input genlab fewshot draws with --seed 0..N-1 (default 10)"),
                        QStringLiteral("N"))},
    runInContextCorpus,
});

} // namespace

} // namespace genlab::cli
