#include "services/datasetservice.h"

#include "services/job.h"
#include "services/jobmanager.h"

#include "engine/data/imagefolder.h"
#include "engine/data/registry.h"
#include "engine/data/toys.h"
#include "engine/imaging/compose.h"
#include "engine/imaging/png.h"

#include <QDir>
#include <QJsonArray>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <mutex>
#include <stdexcept>

namespace genlab::services {

namespace {

constexpr int kMaxPage = 2000;

QString keyOf(const DatasetBrowseRequest &r)
{
    const bool procedural = r.id == QLatin1String("procedural-digits") || r.id == QLatin1String("shapes");
    return procedural ? QStringLiteral("%1|%2|%3").arg(r.id).arg(r.proceduralCount).arg(r.seed) : r.id;
}

// Fisher-Yates with splitmix64: the same seed gives the same order on every platform.
void shuffle(std::vector<std::int64_t> &v, std::uint64_t seed)
{
    std::uint64_t state = seed;
    auto next = [&state] {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    };
    for (std::size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[std::size_t(next() % i)]);
}

} // namespace

struct DatasetService::OpenSet
{
    std::mutex mutex;
    QString key;
    std::shared_ptr<const engine::data::ImageDataset> dataset;
    std::vector<int> labels; // every image's label, read once at open
    QList<QPair<QString, QString>> skipped;
    QString note;
};

DatasetService::DatasetService(JobManager *jobs, QString cacheDir, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_cacheDir(std::move(cacheDir)), m_open(std::make_shared<OpenSet>())
{
    qRegisterMetaType<DatasetPage>();
}

DatasetService::~DatasetService() = default;

QString DatasetService::defaultCacheDir()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/image-folders");
}

QList<DatasetChoice> DatasetService::choices() const
{
    QList<DatasetChoice> out;
    for (const engine::data::DatasetDescriptor &d : engine::data::availableImageDatasets()) {
        DatasetChoice c;
        c.id = QString::fromStdString(d.id);
        c.name = QString::fromStdString(d.name);
        c.description = QString::fromStdString(d.description);
        c.available = d.available;
        c.whyNot = QString::fromStdString(d.whyNot);
        out.append(c);
    }
    return out;
}

Job *DatasetService::browse(const DatasetBrowseRequest &request)
{
    const QString key = keyOf(request);
    JobRequest r;
    r.lane = Lane::IO;
    r.coalesceKey = QStringLiteral("dataset.browse");
    // Opening a data set is worth a line in the Jobs dock; turning its pages is not.
    r.hidden = key == m_lastKey;
    m_lastKey = key;
    QString shown = request.id.startsWith(QLatin1String("folder:")) ? request.id.mid(7) : request.id;
    for (const engine::data::DatasetDescriptor &d : engine::data::availableImageDatasets())
        if (QString::fromStdString(d.id) == request.id)
            shown = QString::fromStdString(d.name);
    r.title = tr("Open data set: %1").arg(shown);
    r.work = [open = m_open, request, key, cacheDir = m_cacheDir](const engine::RunContext &ctx) -> QVariant {
        if (request.count < 1 || request.count > kMaxPage)
            throw std::invalid_argument("a page holds 1 to " + std::to_string(kMaxPage) + " images");
        std::shared_ptr<const engine::data::ImageDataset> ds;
        std::vector<int> labels;
        QList<QPair<QString, QString>> skipped;
        QString note;
        {
            std::lock_guard lock(open->mutex);
            if (open->key == key && open->dataset) {
                ds = open->dataset;
                labels = open->labels;
                skipped = open->skipped;
                note = open->note;
            }
        }
        if (!ds) {
            ctx.progress(0, "opening");
            engine::data::OpenOptions options;
            options.count = request.proceduralCount;
            options.seed = request.seed;
            options.cacheDir = cacheDir.toStdString();
            std::unique_ptr<engine::data::ImageDataset> opened =
                engine::data::openImageDataset(request.id.toStdString(), options, ctx);
            if (auto *folder = dynamic_cast<const engine::data::ImageFolderDataset *>(opened.get())) {
                for (const auto &[file, why] : folder->skipped())
                    skipped.append({QString::fromStdString(file), QString::fromStdString(why)});
                note = QString::fromStdString(folder->stats().cacheNote);
            }
            ds = std::shared_ptr<const engine::data::ImageDataset>(std::move(opened));
            const std::int64_t n = ds->info().size;
            labels.resize(std::size_t(n));
            for (std::int64_t i = 0; i < n; ++i) {
                if (i % 4096 == 0)
                    ctx.checkpoint();
                labels[std::size_t(i)] = ds->label(i);
            }
            std::lock_guard lock(open->mutex);
            open->key = key;
            open->dataset = ds;
            open->labels = labels;
            open->skipped = skipped;
            open->note = note;
        }

        const engine::data::ImageDatasetInfo &info = ds->info();
        const auto *folder = dynamic_cast<const engine::data::ImageFolderDataset *>(ds.get());
        DatasetPage page;
        page.id = request.id;
        page.name = QString::fromStdString(info.name);
        page.source = QString::fromStdString(info.source);
        page.width = info.width;
        page.height = info.height;
        page.channels = info.channels;
        page.size = info.size;
        for (const std::string &c : info.classNames)
            page.classNames << QString::fromStdString(c);
        page.classCounts.fill(0, page.classNames.size());
        std::vector<std::int64_t> matching;
        matching.reserve(labels.size());
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const int l = labels[i];
            if (l >= 0 && l < page.classCounts.size())
                ++page.classCounts[l];
            else
                ++page.unlabelled;
            if (request.classFilter < 0 || l == request.classFilter)
                matching.push_back(std::int64_t(i));
        }
        if (request.shuffled)
            shuffle(matching, request.orderSeed);
        page.classFilter = request.classFilter;
        page.matching = qint64(matching.size());
        page.offset = std::clamp<qint64>(request.offset, 0, std::max<qint64>(0, page.matching - 1));
        page.skipped = skipped;
        page.note = note;
        const qint64 end = std::min<qint64>(page.matching, page.offset + request.count);
        for (qint64 k = page.offset; k < end; ++k) {
            ctx.checkpoint();
            const std::int64_t index = matching[std::size_t(k)];
            page.indices << index;
            page.images.push_back(ds->image(index));
            page.labels << labels[std::size_t(index)];
            if (folder)
                page.files << QString::fromStdString(folder->file(index));
            if ((k - page.offset) % 32 == 0)
                ctx.progress(0.5 + 0.5 * double(k - page.offset) / double(std::max<qint64>(1, end - page.offset)),
                             "reading images");
        }
        return QVariant::fromValue(std::move(page));
    };
    return m_jobs->submit(std::move(r));
}

QList<QPair<QString, QString>> DatasetService::toyKinds()
{
    QList<QPair<QString, QString>> out;
    for (const engine::data::ToyKindInfo &k : engine::data::toyKinds())
        out.append({QString::fromStdString(k.id), QString::fromStdString(k.name)});
    return out;
}

Job *DatasetService::sampleToy(const ToySampleRequest &request)
{
    JobRequest r;
    r.lane = Lane::IO;
    r.hidden = true; // a few thousand numbers: too small to list
    r.coalesceKey = QStringLiteral("dataset.toy");
    r.title = tr("Sample toy distribution %1").arg(request.kind);
    r.work = [request](const engine::RunContext &) -> QVariant {
        const auto &kinds = engine::data::toyKinds();
        auto it = std::find_if(kinds.begin(), kinds.end(),
                               [&](const auto &k) { return QString::fromStdString(k.id) == request.kind; });
        if (it == kinds.end())
            throw std::invalid_argument("unknown toy distribution '" + request.kind.toStdString() + "'");
        std::vector<float> user;
        user.reserve(std::size_t(request.userPoints.size()) * 2);
        for (const QPointF &p : request.userPoints) {
            user.push_back(float(p.x()));
            user.push_back(float(p.y()));
        }
        const std::vector<float> xy = engine::data::sampleToy(it->kind, request.count, request.seed, user);
        QList<QPointF> points;
        points.reserve(qsizetype(xy.size() / 2));
        for (std::size_t i = 0; i + 1 < xy.size(); i += 2)
            points.append(QPointF(xy[i], xy[i + 1]));
        return QVariant::fromValue(points);
    };
    return m_jobs->submit(std::move(r));
}

int DatasetService::gridColumnsFor(int count)
{
    return std::max(1, int(std::ceil(std::sqrt(double(std::max(1, count))))));
}

int DatasetService::gridScaleFor(int tileWidth, int tileHeight)
{
    // Small data-set images (digits are 20 or 28 px) drawn crisp at a size people can read.
    return std::max(tileWidth, tileHeight) <= 32 ? 3 : 1;
}

Recipe DatasetService::gridRecipe(const DatasetBrowseRequest &request, const DatasetPage &page, int columns, int scale)
{
    QJsonArray indices, labels;
    for (qint64 i : page.indices)
        indices.append(double(i));
    for (int l : page.labels)
        labels.append(l >= 0 && l < page.classNames.size() ? page.classNames[l] : QString());
    Recipe recipe;
    recipe.lab = QStringLiteral("data");
    recipe.action = QStringLiteral("grid");
    recipe.parameters = QJsonObject{
        {QStringLiteral("dataset"), request.id},
        {QStringLiteral("name"), page.name},
        {QStringLiteral("source"), page.source},
        {QStringLiteral("class_filter"), request.classFilter},
        {QStringLiteral("shuffled"), request.shuffled},
        {QStringLiteral("order_seed"), QString::number(request.orderSeed)},
        {QStringLiteral("per_page"), request.count},
        {QStringLiteral("offset"), double(page.offset)},
        {QStringLiteral("procedural_count"), double(request.proceduralCount)},
        {QStringLiteral("indices"), indices},
        {QStringLiteral("labels"), labels},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("scale"), scale},
    };
    recipe.seed = request.seed;
    recipe.device = QStringLiteral("cpu");
    return recipe;
}

std::optional<DatasetBrowseRequest> DatasetService::browseRequestOf(const Recipe &recipe, QString *error)
{
    if (recipe.lab != QLatin1String("data") || recipe.action != QLatin1String("grid")) {
        *error = tr("made by the %1 lab (%2), not by the data browser").arg(recipe.lab, recipe.action);
        return std::nullopt;
    }
    const QJsonObject &p = recipe.parameters;
    DatasetBrowseRequest r;
    r.id = p.value(QStringLiteral("dataset")).toString();
    if (r.id.isEmpty() || r.id == QLatin1String("folder:")) {
        *error = tr("the recipe names no data set");
        return std::nullopt;
    }
    // Untrusted numbers: out-of-range values fall back to what the browser would use.
    const double filter = p.value(QStringLiteral("class_filter")).toDouble(-1);
    r.classFilter = std::isfinite(filter) && filter >= 0 && filter < 100000 ? int(filter) : -1;
    r.shuffled = p.value(QStringLiteral("shuffled")).toBool(false);
    bool ok = false;
    const quint64 orderSeed = p.value(QStringLiteral("order_seed")).toString().toULongLong(&ok);
    r.orderSeed = ok ? orderSeed : 1;
    const double perPage = p.value(QStringLiteral("per_page")).toDouble(200);
    r.count = std::isfinite(perPage) ? int(std::clamp(perPage, 1.0, double(kMaxPage))) : 200;
    const double offset = p.value(QStringLiteral("offset")).toDouble(0);
    r.offset = std::isfinite(offset) ? qint64(std::clamp(offset, 0.0, 1e15)) : 0;
    const double proceduralCount = p.value(QStringLiteral("procedural_count")).toDouble(10000);
    r.proceduralCount = std::isfinite(proceduralCount) ? qint64(std::clamp(proceduralCount, 1.0, 1e7)) : 10000;
    r.seed = recipe.seed;
    return r;
}

Job *DatasetService::exportGrid(const DatasetGridExport &request)
{
    JobRequest r;
    r.lane = Lane::IO;
    r.title = tr("Export image grid: %1").arg(QDir::toNativeSeparators(request.path));
    r.work = [request](const engine::RunContext &ctx) -> QVariant {
        if (request.images.empty())
            throw std::invalid_argument("nothing to export: the page shows no images");
        if (request.path.isEmpty())
            throw std::invalid_argument("no file to export to");
        ctx.progress(0.05, "composing the grid");
        int tileWidth = 0, tileHeight = 0;
        for (const engine::Image &im : request.images) {
            tileWidth = std::max(tileWidth, im.width);
            tileHeight = std::max(tileHeight, im.height);
        }
        const int columns = request.columns > 0 ? request.columns : gridColumnsFor(int(request.images.size()));
        const int scale = request.scale > 0 ? request.scale : gridScaleFor(tileWidth, tileHeight);
        std::vector<std::string> labels;
        bool anyLabel = false;
        for (const QString &l : request.labels)
            anyLabel = anyLabel || !l.isEmpty();
        if (anyLabel)
            for (qsizetype i = 0; i < request.labels.size() && i < qsizetype(request.images.size()); ++i)
                labels.push_back(request.labels[i].toStdString());
        const engine::Image grid = engine::imaging::makeGrid(request.images, columns, labels, request.padding, scale);
        ctx.checkpoint();
        ctx.progress(0.5, "writing the PNG");
        try {
            engine::imaging::writePng(request.path.toStdString(), grid,
                                      {{engine::imaging::kRecipeKey, request.recipe.toJson().toStdString()}});
        } catch (const std::exception &e) {
            // The engine's message names the file; keep it, but say what was being done.
            throw std::runtime_error(std::string("cannot write the grid: ") + e.what());
        }
        ctx.progress(1.0, "written");
        return request.path;
    };
    return m_jobs->submit(std::move(r));
}

} // namespace genlab::services
