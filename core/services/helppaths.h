#pragma once

#include <QString>
#include <QStringList>

namespace genlab::services {

// Where the studio's help pages (Markdown, with index.md) are looked for, in the order of
// modelSearchPaths(): $GENLAB_HELP_DIR, then the installed share/genlab/help beside the binary,
// then resources/help of the source tree (a build that has not been installed).
QStringList helpSearchPaths();
// The first of those folders that holds index.md (absolute), or an empty string when none does.
QString helpFolder();
// The absolute path of a help page ("lab-text.md") in helpFolder(), or an empty string when the
// folder or the page is missing. Names with a folder part ("../x.md") are refused.
QString helpPagePath(const QString &page);

} // namespace genlab::services
