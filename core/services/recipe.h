#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace genlab::services {

// How an output was made: enough to make it again. PNG outputs carry it in an iTXt chunk
// ("genlab:recipe"), GIF/MP4/text outputs in a sidecar OUTPUT.recipe.json.
struct Recipe
{
    static constexpr int kFormatVersion = 1;

    QString lab;            // "latent", "text", "data"
    QString action;         // "sample", "interpolate", "generate", "grid", ...
    QString model;          // shipped model name or checkpoint path ("" when none)
    QString modelHash;      // sha256 of the model's weights file ("" when none)
    QJsonObject parameters; // every parameter the output depends on
    quint64 seed = 0;
    QString device;         // "cpu", "cuda:0"
    QString appVersion;     // filled by toJson() when empty

    QJsonObject toJsonObject() const;
    QString toJson() const; // compact, UTF-8 safe
    // nullopt with *error set when the text is not a recipe or was made by a newer version.
    static std::optional<Recipe> fromJson(const QByteArray &json, QString *error);
};

// The recipe of an output file: a PNG's "genlab:recipe" chunk, a .recipe.json, or the sidecar
// FILE.recipe.json beside a GIF/MP4/text output. nullopt with *error naming the file otherwise.
std::optional<Recipe> readRecipeFile(const QString &path, QString *error);

// sha256 of a file as lowercase hex, "" when it cannot be read. Reads the whole file: call it on
// a worker for large weights.
QString sha256OfFile(const QString &path);

} // namespace genlab::services
