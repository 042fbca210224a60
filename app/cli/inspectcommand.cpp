// `genlab inspect PATH`: what a file holds — a safetensors file, a studio checkpoint or project, a
// Hugging Face model folder, an image (with its recipe), a recipe sidecar or a text corpus. A bad
// file gets the message the studio shows and exit status 1; never a crash.
#include "cli/command.h"

#include "engine/data/textcorpus.h"
#include "engine/imaging/decode.h"
#include "engine/imaging/png.h"
#include "engine/io/checkpoint.h"
#include "engine/io/safetensors.h"
#include "services/recipe.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace genlab::cli {

namespace {

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString humanBytes(double bytes)
{
    const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    int u = 0;
    while (bytes >= 1024 && u < 4) {
        bytes /= 1024;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(bytes, 0, 'f', u == 0 ? 0 : 1).arg(QLatin1String(units[u]));
}

QString shapeText(const std::vector<std::int64_t> &shape)
{
    QStringList dims;
    for (auto d : shape)
        dims << QString::number(d);
    return QStringLiteral("[%1]").arg(dims.join(QStringLiteral(", ")));
}

void describeSafetensors(const engine::io::SafetensorsReader &reader, int limit)
{
    std::int64_t params = 0;
    for (const auto &t : reader.tensors())
        params += t.numel();
    out(QStringLiteral("tensors:     %1 (%2 parameters, %3)")
            .arg(reader.tensors().size())
            .arg(params)
            .arg(humanBytes(double(reader.fileSize()))));
    int shown = 0;
    for (const auto &t : reader.tensors()) {
        if (limit >= 0 && shown++ >= limit) {
            out(QStringLiteral("  … %1 more (use --all)").arg(int(reader.tensors().size()) - limit));
            break;
        }
        out(QStringLiteral("  %1  %2 %3").arg(q(t.name), q(std::string(engine::io::dtypeName(t.dtype))), shapeText(t.shape)));
    }
    if (!reader.metadata().empty()) {
        out(QStringLiteral("metadata:"));
        for (const auto &[k, v] : reader.metadata())
            out(QStringLiteral("  %1 = %2").arg(q(k), q(v).left(200)));
    }
    const auto bad = reader.nonFiniteTensors();
    for (const auto &name : bad)
        out(QStringLiteral("WARNING: tensor %1 holds NaN or Inf values").arg(q(name)));
}

void describeRecipe(const QByteArray &json)
{
    QString error;
    auto recipe = services::Recipe::fromJson(json, &error);
    if (!recipe) {
        out(QStringLiteral("recipe:      unreadable (%1)").arg(error));
        return;
    }
    out(QStringLiteral("recipe:      %1 / %2, seed %3, device %4, GenLab %5")
            .arg(recipe->lab, recipe->action)
            .arg(recipe->seed)
            .arg(recipe->device, recipe->appVersion));
    if (!recipe->model.isEmpty())
        out(QStringLiteral("  model:     %1%2").arg(recipe->model,
                                                     recipe->modelHash.isEmpty() ? QString()
                                                                                 : QStringLiteral(" (sha256 %1…)").arg(recipe->modelHash.left(16))));
    out(QStringLiteral("  parameters: %1").arg(QString::fromUtf8(QJsonDocument(recipe->parameters).toJson(QJsonDocument::Compact))));
}

bool startsWith(const QByteArray &head, const char *magic, int n)
{
    return head.size() >= n && std::memcmp(head.constData(), magic, size_t(n)) == 0;
}

int inspectFolder(const QString &path, int limit)
{
    QDir dir(path);
    if (dir.exists(QStringLiteral("project.json"))) {
        QFile f(dir.filePath(QStringLiteral("project.json")));
        if (!f.open(QIODevice::ReadOnly))
            throw std::runtime_error(QStringLiteral("%1: cannot read").arg(f.fileName()).toStdString());
        QJsonParseError e;
        QJsonObject o = QJsonDocument::fromJson(f.read(64 << 20), &e).object();
        if (e.error != QJsonParseError::NoError)
            throw std::runtime_error(QStringLiteral("%1: not a valid project manifest (%2)").arg(f.fileName(), e.errorString()).toStdString());
        out(QStringLiteral("kind:        GenLab project"));
        out(QStringLiteral("name:        %1").arg(o.value(QStringLiteral("name")).toString()));
        out(QStringLiteral("format:      %1").arg(o.value(QStringLiteral("format_version")).toInt()));
        out(QStringLiteral("saved by:    GenLab %1 at %2").arg(o.value(QStringLiteral("app_version")).toString(),
                                                               o.value(QStringLiteral("modified")).toString()));
        out(QStringLiteral("labs:        %1").arg(o.value(QStringLiteral("labs")).toObject().keys().join(QStringLiteral(", "))));
        return 0;
    }
    if (engine::io::checkpointExists(path.toStdString())) {
        engine::io::LoadedCheckpoint c = engine::io::loadCheckpoint(path.toStdString());
        out(QStringLiteral("kind:        GenLab checkpoint"));
        out(QStringLiteral("architecture: %1").arg(q(c.architecture)));
        out(QStringLiteral("step:        %1").arg(c.step));
        out(QStringLiteral("format:      %1").arg(c.formatVersion));
        out(QStringLiteral("optimizer:   %1").arg(c.optimizer ? QStringLiteral("saved (can resume)") : QStringLiteral("none")));
        out(QStringLiteral("config:      %1").arg(q(c.configJson).simplified().left(600)));
        if (c.weights)
            describeSafetensors(*c.weights, limit);
        return 0;
    }
    if (dir.exists(QStringLiteral("model.safetensors"))) {
        out(QStringLiteral("kind:        model folder (%1)").arg(dir.exists(QStringLiteral("config.json")) ? QStringLiteral("with config.json")
                                                                                                             : QStringLiteral("no config.json")));
        QFile cfg(dir.filePath(QStringLiteral("config.json")));
        if (cfg.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(cfg.read(1 << 20)).object();
            out(QStringLiteral("model_type:  %1").arg(o.value(QStringLiteral("model_type")).toString(QStringLiteral("?"))));
        }
        auto reader = engine::io::SafetensorsReader::open(dir.filePath(QStringLiteral("model.safetensors")).toStdString());
        describeSafetensors(reader, limit);
        return 0;
    }
    // A folder of text documents is a corpus.
    engine::data::TextCorpus corpus = engine::data::loadTextCorpus(path.toStdString());
    out(QStringLiteral("kind:        text corpus (folder)"));
    out(QStringLiteral("files:       %1 read, %2 skipped").arg(corpus.files.size()).arg(corpus.skipped.size()));
    out(QStringLiteral("encoding:    %1").arg(q(corpus.encoding)));
    out(QStringLiteral("size:        %1 (UTF-8)").arg(humanBytes(double(corpus.text.size()))));
    for (const auto &[file, why] : corpus.skipped)
        out(QStringLiteral("  skipped %1: %2").arg(q(file), q(why)));
    return 0;
}

// What a file's name promises by its suffix ("a PNG image"), or "" when it promises nothing we read.
QString promisedByName(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return QStringLiteral("a PNG image");
    if (suffix == QLatin1String("jpg") || suffix == QLatin1String("jpeg"))
        return QStringLiteral("a JPEG image");
    if (suffix == QLatin1String("gif") || suffix == QLatin1String("bmp") || suffix == QLatin1String("webp"))
        return QStringLiteral("a %1 image").arg(suffix.toUpper());
    if (suffix == QLatin1String("txt") || suffix == QLatin1String("md") || suffix == QLatin1String("csv"))
        return QStringLiteral("text");
    return {};
}

// A file whose content contradicts its name gets a warning: the studio's image commands go by the
// content and refuse it, which would otherwise surprise whoever named it.
void warnIfNameDisagrees(const QString &path, const QString &holds, bool holdsImage)
{
    const QString promised = promisedByName(path);
    if (promised.isEmpty())
        return;
    const bool promisesImage = promised.endsWith(QLatin1String("image"));
    // An image of another format than its name (a PNG named .jpg) is fine: every reader goes by content.
    if (promisesImage == holdsImage && (promisesImage || promised == holds))
        return;
    out(QStringLiteral("WARNING:     the name promises %1, but the file holds %2%3")
            .arg(promised, holds,
                 promisesImage ? QStringLiteral(": image commands (interpolate --from, the labs' image pickers) refuse it")
                               : QString()));
}

int inspectFile(const QString &path, int limit)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error(QStringLiteral("%1: cannot open (%2)").arg(path, f.errorString()).toStdString());
    const QByteArray head = f.read(16);
    f.close();
    const std::string p = path.toStdString();
    if (startsWith(head, "\x89PNG\r\n\x1a\n", 8) || startsWith(head, "\xff\xd8\xff", 3)) {
        engine::imaging::DecodeInfo info = engine::imaging::probeImageFile(p);
        out(QStringLiteral("kind:        %1 image").arg(q(info.format)));
        out(QStringLiteral("size:        %1 x %2 px, %3 channel(s), %4-bit%5%6")
                .arg(info.width)
                .arg(info.height)
                .arg(info.channels)
                .arg(info.bitDepth)
                .arg(info.hasAlpha ? QStringLiteral(", alpha") : QString())
                .arg(info.palette ? QStringLiteral(", palette") : QString()));
        if (info.exifOrientation != 1)
            out(QStringLiteral("orientation: EXIF %1 (applied when decoded)").arg(info.exifOrientation));
        if (info.format == "PNG") {
            for (const auto &[key, value] : engine::imaging::readPngText(p)) {
                if (key == engine::imaging::kRecipeKey)
                    describeRecipe(QByteArray::fromStdString(value));
                else
                    out(QStringLiteral("text:        %1 = %2").arg(q(key), q(value).left(200)));
            }
        }
        // A header that looks fine can still hide broken pixels: decode to be sure.
        engine::imaging::decodeImageFile(p);
        warnIfNameDisagrees(path, QStringLiteral("a %1 image").arg(q(info.format)), true);
        return 0;
    }
    if (path.endsWith(QStringLiteral(".safetensors"), Qt::CaseInsensitive) || (head.size() >= 9 && head[8] == '{')) {
        auto reader = engine::io::SafetensorsReader::open(p);
        out(QStringLiteral("kind:        safetensors"));
        describeSafetensors(reader, limit);
        warnIfNameDisagrees(path, QStringLiteral("safetensors"), false);
        return 0;
    }
    if (path.endsWith(QStringLiteral(".recipe.json"))) {
        QFile r(path);
        if (!r.open(QIODevice::ReadOnly))
            throw std::runtime_error(QStringLiteral("%1: cannot open").arg(path).toStdString());
        out(QStringLiteral("kind:        recipe sidecar"));
        describeRecipe(r.read(1 << 20));
        return 0;
    }
    engine::data::TextCorpus corpus = engine::data::loadTextCorpus(p);
    out(QStringLiteral("kind:        text"));
    out(QStringLiteral("encoding:    %1").arg(q(corpus.encoding)));
    out(QStringLiteral("size:        %1 on disk, %2 as UTF-8")
            .arg(humanBytes(double(QFileInfo(path).size())))
            .arg(humanBytes(double(corpus.text.size()))));
    if (corpus.replacedSequences > 0)
        out(QStringLiteral("WARNING:     %1 invalid byte sequence(s) replaced with U+FFFD").arg(corpus.replacedSequences));
    for (const auto &w : corpus.warnings)
        out(QStringLiteral("WARNING:     %1").arg(q(w)));
    warnIfNameDisagrees(path, QStringLiteral("text"), false);
    return 0;
}

int runInspect(const CommandContext &ctx)
{
    if (ctx.positional.size() != 1)
        throw UsageError{QStringLiteral("give exactly one PATH to inspect")};
    const QString path = ctx.positional.first();
    const int limit = ctx.parser->isSet(QStringLiteral("all")) ? -1 : 40;
    const QFileInfo info(path);
    if (!info.exists())
        throw std::runtime_error(QStringLiteral("%1: no such file or folder").arg(path).toStdString());
    out(QStringLiteral("path:        %1").arg(QDir::toNativeSeparators(info.absoluteFilePath())));
    return info.isDir() ? inspectFolder(path, limit) : inspectFile(path, limit);
}

CommandRegistrar registrar(Command{
    QStringLiteral("inspect"),
    QStringLiteral("Say what a file holds: safetensors, checkpoint, project, image (and its recipe), text corpus"),
    QStringLiteral("PATH"),
    {QCommandLineOption(QStringLiteral("all"), QStringLiteral("List every tensor, not only the first 40"))},
    runInspect,
});

} // namespace
} // namespace genlab::cli
