#pragma once
// A Hugging Face GPT-2 folder as users bring one (config.json, model.safetensors, vocab.json,
// merges.txt): the real GPT-2 tokenizer from ../shared/data/gpt2 and small random weights,
// written by tests/python/make_gpt2_folder.py (standard library only).

#include "shareddata.h"

#include <QProcess>
#include <QString>
#include <QStringList>

namespace genlab::testing {

// Writes the folder at `out`; returns an empty string or what went wrong.
inline QString writeGpt2Folder(const QString &out, int embd = 64, int layers = 2)
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral(GENLAB_SOURCE_DIR "/tests/python/make_gpt2_folder.py"), out, QStringLiteral("--tokenizer"),
             sharedDataPath(QStringLiteral("gpt2")), QStringLiteral("--embd"), QString::number(embd),
             QStringLiteral("--layers"), QString::number(layers)});
    if (!p.waitForFinished(120000))
        return QStringLiteral("make_gpt2_folder.py did not finish: ") + p.errorString();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("make_gpt2_folder.py failed: ") + QString::fromUtf8(p.readAllStandardError());
    return {};
}

} // namespace genlab::testing
