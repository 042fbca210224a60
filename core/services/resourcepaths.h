#pragma once

#include <QString>
#include <QStringList>

namespace genlab::services {

// Where an installed resource folder is looked for, in order: $envVariable, then the installed
// share/genlab/<subfolder> beside the binary, then resources/<subfolder> of the source tree (a
// build that has not been installed). Models and help pages are found this way.
QStringList resourceSearchPaths(const char *envVariable, const QString &subfolder);

// Where the shipped pretrained models live: $GENLAB_MODELS_DIR, then the installed
// share/genlab/models beside the binary, then resources/models of the source tree (a build
// that has not been installed).
QStringList modelSearchPaths();
// The folder of a shipped model (e.g. "vae-digits-16d"), or an empty string when none is found.
QString shippedModelPath(const QString &name);

} // namespace genlab::services
