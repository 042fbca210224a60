#include "services/appinfo.h"

#include "engine/base/version.h"

namespace genlab::services {

QString appName()
{
    return QString::fromUtf8(engine::kAppName);
}

QString appVersion()
{
    return QString::fromUtf8(engine::kAppVersion);
}

} // namespace genlab::services
