#pragma once

#include <QString>
#include <QStringList>

namespace genlab::services {

// Where the shipped pretrained models live: $GENLAB_MODELS_DIR, then the installed
// share/genlab/models beside the binary, then resources/models of the source tree (a build
// that has not been installed).
QStringList modelSearchPaths();
// The folder of a shipped model (e.g. "vae-digits-16d"), or an empty string when none is found.
QString shippedModelPath(const QString &name);

} // namespace genlab::services
