#pragma once

#include "engine/base/image.h"
#include "services/recipe.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPair>
#include <QPointF>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace genlab::services {

class Job;
class JobManager;

// One entry of the data set picker.
struct DatasetChoice
{
    QString id;          // "digits", "procedural-digits", "shapes", or "folder:" (pick a folder first)
    QString name;        // for people
    QString description; // one or two sentences
    bool available = false;
    QString whyNot;      // when unavailable: what is missing and how to get it

    bool isFolderPicker() const { return id == QLatin1String("folder:"); }
};

// What the data browser asks for: one page of a data set, optionally of one class.
struct DatasetBrowseRequest
{
    QString id;                  // a DatasetChoice id; a folder as "folder:<path>"
    int classFilter = -1;        // -1: every image; else only images with this label
    qint64 offset = 0;           // first image of the page, counted within the filtered images
    int count = 200;             // images on the page, 1..2000
    bool shuffled = false;       // pages in a seeded random order (a first page then shows every class)
    quint64 orderSeed = 1;       // the order's seed when shuffled
    qint64 proceduralCount = 10000; // procedural data sets: how many images they hold
    quint64 seed = 1;               // procedural data sets
};

// One page, ready to show. Plain data; travels in the job's result.
struct DatasetPage
{
    QString id;
    QString name;
    QString source;       // file or folder path, or "procedural"
    int width = 0;
    int height = 0;
    int channels = 0;     // 1 gray, 3 RGB
    qint64 size = 0;      // images in the data set
    QStringList classNames;
    QList<qint64> classCounts; // images per class (same order as classNames)
    qint64 unlabelled = 0;     // images without a label
    int classFilter = -1;
    qint64 matching = 0;  // images that pass the class filter
    qint64 offset = 0;
    QList<qint64> indices;             // data set index of each image on the page
    std::vector<engine::Image> images; // the page
    QList<int> labels;                 // -1: unlabelled
    QStringList files;                 // folders: the file each image came from
    QList<QPair<QString, QString>> skipped; // folders: file, why it was skipped
    QString note;                           // folders: cache remarks
};

struct ToySampleRequest
{
    QString kind = QStringLiteral("ring"); // an id of DatasetService::toyKinds()
    qint64 count = 2000;
    quint64 seed = 1;
    QList<QPointF> userPoints; // kind "user": the points drawn by the user
};

// A page of a data set written as a labelled image grid PNG that carries its recipe.
struct DatasetGridExport
{
    QString path;                      // the PNG to write (atomically)
    std::vector<engine::Image> images; // the tiles, in order
    QStringList labels;                // drawn under each tile ("" or none: no label band)
    int columns = 0;                   // <= 0: near-square
    int scale = 0;                     // nearest-neighbour enlargement; 0: 3 for tiles up to 32 px, else 1
    int padding = 4;                   // white pixels between and around the cells
    Recipe recipe;                     // embedded as the "genlab:recipe" iTXt chunk
};

// The data sets as the studio browses them. Opening and decoding run as jobs on the I/O lane (the
// GUI never decodes an image); the data set last opened stays open, so paging through it or
// filtering it costs no new decoding.
// Thread: GUI only (its jobs run on the I/O lane and share only the open data set, under a lock).
class DatasetService : public QObject
{
    Q_OBJECT
public:
    // cacheDir: where image folders keep their decoded images between runs; empty: no cache.
    explicit DatasetService(JobManager *jobs, QString cacheDir = {}, QObject *parent = nullptr);
    ~DatasetService() override;
    // The user's cache folder for decoded image folders (under QStandardPaths::CacheLocation).
    static QString defaultCacheDir();

    // Built-in data sets (with availability), then the folder picker. Cheap: looks for files only.
    QList<DatasetChoice> choices() const;

    // Result: DatasetPage (job->resultAs<DatasetPage>()). Fails with the engine's message (naming
    // the file or folder and the problem). A newer browse request drops a queued older one.
    Job *browse(const DatasetBrowseRequest &request);

    // Result: QList<QPointF> (job->resultAs<QList<QPointF>>()).
    static QList<QPair<QString, QString>> toyKinds(); // id, name
    Job *sampleToy(const ToySampleRequest &request);

    // Writes the grid as a PNG with its recipe on the I/O lane (never the GUI thread), reporting
    // progress. Result: the path written. Fails naming the file and the problem; a failed or
    // canceled export leaves the target untouched.
    Job *exportGrid(const DatasetGridExport &request);
    // The columns and scale exportGrid() uses for `count` tiles of tileWidth x tileHeight pixels.
    static int gridColumnsFor(int count);
    static int gridScaleFor(int tileWidth, int tileHeight);
    // What made a page (lab "data", action "grid"): the browse request (data set, class filter,
    // order, page) and the items shown (data-set indices and labels), so opening the recipe shows
    // the same page again.
    static Recipe gridRecipe(const DatasetBrowseRequest &request, const DatasetPage &page, int columns, int scale);
    // The browse request a grid recipe describes; nullopt with *error set when it is not a data
    // browser recipe or its parameters are unusable (wrong types, out-of-range values).
    static std::optional<DatasetBrowseRequest> browseRequestOf(const Recipe &recipe, QString *error);

    struct OpenSet; // the data set last opened, shared with the jobs

private:
    JobManager *m_jobs;
    QString m_cacheDir;
    std::shared_ptr<OpenSet> m_open;
    QString m_lastKey; // the data set last asked for: paging it again is quiet in the Jobs dock
};

} // namespace genlab::services

Q_DECLARE_METATYPE(genlab::services::DatasetPage)
