#include "services/recipe.h"

#include "services/appinfo.h"

#include "engine/imaging/png.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace genlab::services {

QJsonObject Recipe::toJsonObject() const
{
    return QJsonObject{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("lab"), lab},
        {QStringLiteral("action"), action},
        {QStringLiteral("model"), model},
        {QStringLiteral("model_sha256"), modelHash},
        {QStringLiteral("parameters"), parameters},
        // Seeds are 64-bit: a JSON number would lose precision past 2^53.
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("device"), device},
        {QStringLiteral("app_version"), appVersion.isEmpty() ? services::appVersion() : appVersion},
    };
}

QString Recipe::toJson() const
{
    return QString::fromUtf8(QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact));
}

std::optional<Recipe> Recipe::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not a recipe: %1").arg(parseError.error != QJsonParseError::NoError
                                                            ? parseError.errorString()
                                                            : QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const int version = o.value(QStringLiteral("format_version")).toInt(-1);
    if (version < 1) {
        *error = QStringLiteral("not a recipe: no format_version");
        return std::nullopt;
    }
    if (version > kFormatVersion) {
        *error = QStringLiteral("the recipe was made by a newer version of GenLab Studio (format %1)").arg(version);
        return std::nullopt;
    }
    Recipe r;
    r.lab = o.value(QStringLiteral("lab")).toString();
    r.action = o.value(QStringLiteral("action")).toString();
    r.model = o.value(QStringLiteral("model")).toString();
    r.modelHash = o.value(QStringLiteral("model_sha256")).toString();
    r.parameters = o.value(QStringLiteral("parameters")).toObject();
    bool ok = false;
    r.seed = o.value(QStringLiteral("seed")).toString().toULongLong(&ok);
    if (!ok && o.value(QStringLiteral("seed")).isDouble())
        r.seed = quint64(o.value(QStringLiteral("seed")).toDouble());
    r.device = o.value(QStringLiteral("device")).toString();
    r.appVersion = o.value(QStringLiteral("app_version")).toString();
    if (r.lab.isEmpty() || r.action.isEmpty()) {
        *error = QStringLiteral("not a recipe: lab or action missing");
        return std::nullopt;
    }
    return r;
}

QString sha256OfFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace genlab::services

namespace genlab::services {

std::optional<Recipe> readRecipeFile(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QByteArray json;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open (%2)").arg(shown, file.errorString());
        return std::nullopt;
    }
    const QByteArray head = file.peek(8);
    if (head.startsWith("\x89PNG")) {
        try {
            for (const auto &[key, value] : engine::imaging::readPngText(path.toStdString()))
                if (key == engine::imaging::kRecipeKey)
                    json = QByteArray::fromStdString(value);
        } catch (const std::exception &e) {
            *error = QString::fromUtf8(e.what());
            return std::nullopt;
        }
        if (json.isEmpty()) {
            *error = QStringLiteral("%1: this PNG carries no GenLab recipe").arg(shown);
            return std::nullopt;
        }
    } else if (path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        json = file.read(4 << 20);
    } else {
        const QString sidecar = path + QStringLiteral(".recipe.json");
        QFile side(sidecar);
        if (!side.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1: no recipe found (no %2 beside it)").arg(shown, QFileInfo(sidecar).fileName());
            return std::nullopt;
        }
        json = side.read(4 << 20);
    }
    QString why;
    auto recipe = Recipe::fromJson(json, &why);
    if (!recipe)
        *error = QStringLiteral("%1: %2").arg(shown, why);
    return recipe;
}

} // namespace genlab::services
