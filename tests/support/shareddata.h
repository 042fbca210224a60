#pragma once
// Where the reference data that is not ours lives (../shared/data beside the checkout).
// Tests that need it QSKIP with a clear message when it is absent.

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace genlab::testing {

inline QString sharedDataPath(const QString &relative)
{
    QString base = qEnvironmentVariable("GENLAB_SHARED_DATA_DIR", QStringLiteral(GENLAB_SHARED_DATA_DIR));
    return QDir(base).filePath(relative);
}

inline bool sharedDataExists(const QString &relative)
{
    return QFileInfo::exists(sharedDataPath(relative));
}

} // namespace genlab::testing

#define GENLAB_REQUIRE_SHARED(rel)                                                                       \
    do {                                                                                                 \
        if (!genlab::testing::sharedDataExists(rel))                                                     \
            QSKIP(qPrintable(QStringLiteral("reference data missing: %1 (expected ../shared/data beside "  \
                                            "the checkout)")                                             \
                                 .arg(genlab::testing::sharedDataPath(rel))));                           \
    } while (0)
