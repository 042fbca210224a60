#pragma once

#include <QString>

namespace genlab::services {

// The product's name and version as every layer above the engine shows them.
QString appName();
QString appVersion();

} // namespace genlab::services
