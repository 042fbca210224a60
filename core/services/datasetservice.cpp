#include "services/datasetservice.h"

#include "services/job.h"
#include "services/jobmanager.h"

#include "engine/data/imagefolder.h"
#include "engine/data/registry.h"
#include "engine/data/toys.h"

#include <QStandardPaths>

#include <algorithm>
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

DatasetPage DatasetService::pageOf(const Job *job)
{
    return job ? job->result().value<DatasetPage>() : DatasetPage{};
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

QList<QPointF> DatasetService::toyPointsOf(const Job *job)
{
    return job ? job->result().value<QList<QPointF>>() : QList<QPointF>{};
}

} // namespace genlab::services
