#include "engine/data/imagefolder.h"
#include "engine/data/registry.h"
#include "engine/imaging/jpeg.h"
#include "engine/imaging/png.h"

#include <QtTest>

#include <chrono>
#include <filesystem>
#include <fstream>

using namespace genlab::engine;
using namespace genlab::engine::data;
namespace fs = std::filesystem;

namespace {

Image solid(int w, int h, int c, std::uint8_t r, std::uint8_t g, std::uint8_t b)
{
    Image img(w, h, c);
    for (std::size_t i = 0; i < img.pixels.size(); i += std::size_t(c)) {
        img.pixels[i] = r;
        if (c >= 3) {
            img.pixels[i + 1] = g;
            img.pixels[i + 2] = b;
        }
    }
    return img;
}

void writeBytes(const fs::path &path, const std::vector<std::uint8_t> &bytes)
{
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
}

void writeText(const fs::path &path, const std::string &text)
{
    writeBytes(path, std::vector<std::uint8_t>(text.begin(), text.end()));
}

bool skippedContains(const ImageFolderDataset &ds, const std::string &fileEnd)
{
    for (const auto &[file, reason] : ds.skipped())
        if (file.ends_with(fileEnd) && !reason.empty())
            return true;
    return false;
}

// cats/a.png (red, 40x30), cats/b.jpg (blue), dogs/c.png (gray), dogs/broken.png (text),
// dogs/truncated.png (half a PNG), notes.txt, loose.png (outside the class folders),
// .hidden/x.png (ignored).
void makeLabelledFolder(const fs::path &root)
{
    fs::create_directories(root / "cats");
    imaging::writePng((root / "cats" / "a.png").string(), solid(40, 30, 3, 255, 0, 0));
    writeBytes(root / "cats" / "b.jpg", imaging::encodeJpeg(solid(24, 24, 3, 0, 0, 255)));
    fs::create_directories(root / "dogs");
    imaging::writePng((root / "dogs" / "c.png").string(), solid(20, 20, 1, 200, 0, 0));
    writeText(root / "dogs" / "broken.png", "this is not a picture");
    std::vector<std::uint8_t> png = imaging::encodePng(solid(64, 64, 3, 10, 20, 30));
    png.resize(png.size() / 2);
    writeBytes(root / "dogs" / "truncated.png", png);
    writeText(root / "notes.txt", "hello");
    imaging::writePng((root / "loose.png").string(), solid(8, 8, 3, 0, 255, 0));
    fs::create_directories(root / ".hidden");
    imaging::writePng((root / ".hidden" / "x.png").string(), solid(8, 8, 3, 0, 255, 0));
}

} // namespace

class TestImageFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsGoodImagesAndReportsBadOnes()
    {
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString()) / "pets";
        makeLabelledFolder(root);
        ImageFolderOptions o;
        o.width = 16;
        o.height = 16;
        o.channels = 3;
        int progressCalls = 0;
        RunContext ctx;
        ctx.onProgress = [&](double f, std::string_view) {
            QVERIFY(f >= 0.0 && f <= 1.0);
            ++progressCalls;
        };
        auto ds = ImageFolderDataset::open(root.string(), o, ctx);
        QVERIFY(progressCalls > 0);
        const ImageDatasetInfo &info = ds->info();
        QCOMPARE(info.size, std::int64_t(3));
        QCOMPARE(info.width, 16);
        QCOMPARE(info.channels, 3);
        QVERIFY(info.classNames == (std::vector<std::string>{"cats", "dogs"}));
        QCOMPARE(info.name, std::string("pets"));
        QCOMPARE(info.id, "folder:" + root.string());

        // Sorted by path: cats/a.png, cats/b.jpg, dogs/c.png.
        QVERIFY(ds->file(0).ends_with("a.png"));
        QVERIFY(ds->file(1).ends_with("b.jpg"));
        QVERIFY(ds->file(2).ends_with("c.png"));
        QCOMPARE(ds->label(0), 0);
        QCOMPARE(ds->label(1), 0);
        QCOMPARE(ds->label(2), 1);

        const Image red = ds->image(0);
        QCOMPARE(red.pixels.size(), std::size_t(16 * 16 * 3));
        QCOMPARE(int(red.pixels[0]), 255);
        QCOMPARE(int(red.pixels[1]), 0);
        const Image blue = ds->image(1);
        QVERIFY(blue.pixels[2] > 200 && blue.pixels[0] < 50); // JPEG: close, not exact
        const Image gray = ds->image(2);
        QCOMPARE(int(gray.pixels[0]), 200);
        QCOMPARE(int(gray.pixels[1]), 200);

        QCOMPARE(int(ds->skipped().size()), 4);
        QVERIFY(skippedContains(*ds, "broken.png"));
        QVERIFY(skippedContains(*ds, "truncated.png"));
        QVERIFY(skippedContains(*ds, "notes.txt"));
        QVERIFY(skippedContains(*ds, "loose.png"));
        for (const auto &[file, reason] : ds->skipped())
            QVERIFY2(file.find(".hidden") == std::string::npos, file.c_str());
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, ds->image(3));
    }

    void secondOpenComesFromTheCache()
    {
        QTemporaryDir tmp;
        const fs::path root = fs::path(tmp.path().toStdString()) / "pets";
        makeLabelledFolder(root);
        ImageFolderOptions o;
        o.width = 12;
        o.height = 10;
        o.channels = 1;
        o.cacheDir = (fs::path(tmp.path().toStdString()) / "cache").string();

        auto first = ImageFolderDataset::open(root.string(), o);
        QCOMPARE(first->stats().fromCache, std::int64_t(0));
        QCOMPARE(first->stats().decoded, std::int64_t(6)); // a, b, c, broken, truncated, loose
        QVERIFY(fs::exists(first->stats().cacheFile));
        QVERIFY2(first->stats().cacheNote.empty(), first->stats().cacheNote.c_str());

        auto second = ImageFolderDataset::open(root.string(), o);
        QCOMPARE(second->stats().decoded, std::int64_t(0));
        QCOMPARE(second->stats().fromCache, std::int64_t(6));
        QCOMPARE(second->info().size, first->info().size);
        for (std::int64_t i = 0; i < first->info().size; ++i) {
            QVERIFY(first->image(i).pixels == second->image(i).pixels);
            QCOMPARE(first->label(i), second->label(i));
        }
        QVERIFY(first->skipped() == second->skipped()); // failures are cached too

        // A changed file is decoded again; the rest still comes from the cache.
        const fs::path a = root / "cats" / "a.png";
        imaging::writePng(a.string(), solid(40, 30, 3, 0, 255, 0));
        fs::last_write_time(a, fs::last_write_time(a) + std::chrono::seconds(5));
        auto third = ImageFolderDataset::open(root.string(), o);
        QCOMPARE(third->stats().decoded, std::int64_t(1));
        QCOMPARE(third->stats().fromCache, std::int64_t(5));
        QVERIFY(third->image(0).pixels != first->image(0).pixels);

        // Another target size has its own cache.
        ImageFolderOptions other = o;
        other.width = 8;
        QVERIFY(imageFolderCacheFile(root.string(), other) != imageFolderCacheFile(root.string(), o));
        QCOMPARE(ImageFolderDataset::open(root.string(), other)->stats().decoded, std::int64_t(6));

        // A damaged cache is thrown away and rebuilt, never trusted.
        const std::string cacheFile = third->stats().cacheFile;
        {
            std::fstream f(cacheFile, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(40);
            f.put('\x7f');
        }
        auto fourth = ImageFolderDataset::open(root.string(), o);
        QCOMPARE(fourth->stats().decoded, std::int64_t(6));
        QVERIFY2(fourth->stats().cacheNote.find("rebuilt") != std::string::npos, fourth->stats().cacheNote.c_str());
        QVERIFY(fourth->image(0).pixels == third->image(0).pixels);
        fs::resize_file(cacheFile, 20);
        QCOMPARE(ImageFolderDataset::open(root.string(), o)->stats().decoded, std::int64_t(6));
        QCOMPARE(ImageFolderDataset::open(root.string(), o)->stats().fromCache, std::int64_t(6));
    }

    void flatFolderIsUnlabelled()
    {
        QTemporaryDir tmp;
        const fs::path root(tmp.path().toStdString());
        imaging::writePng((root / "one.png").string(), solid(30, 60, 3, 1, 2, 3));
        imaging::writePng((root / "two.PNG").string(), solid(60, 30, 4, 9, 9, 9));
        auto ds = ImageFolderDataset::open(root.string(), {});
        QCOMPARE(ds->info().size, std::int64_t(2));
        QVERIFY(ds->info().classNames.empty());
        QCOMPARE(ds->label(0), -1);
        QCOMPARE(ds->label(1), -1);
        QCOMPARE(ds->image(1).width, 64);
        QCOMPARE(ds->image(1).channels, 3);
        QVERIFY(ds->skipped().empty());
    }

    void foldersWithoutImagesAreErrors()
    {
        QTemporaryDir tmp;
        const fs::path root(tmp.path().toStdString());
        writeText(root / "a.png", "nope");
        writeText(root / "readme.md", "nope");
        try {
            (void)ImageFolderDataset::open(root.string(), {});
            QFAIL("a folder without images must be refused");
        } catch (const DatasetError &e) {
            const std::string msg = e.what();
            QVERIFY2(msg.find(root.string()) != std::string::npos && msg.find("2 files skipped") != std::string::npos,
                     msg.c_str());
        }
        QVERIFY_THROWS_EXCEPTION(DatasetError, ImageFolderDataset::open((root / "missing").string(), {}));
        QVERIFY_THROWS_EXCEPTION(DatasetError, ImageFolderDataset::open((root / "a.png").string(), {}));
        ImageFolderOptions bad;
        bad.channels = 4;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ImageFolderDataset::open(root.string(), bad));
    }

    void fileLimitAndCancel()
    {
        QTemporaryDir tmp;
        const fs::path root(tmp.path().toStdString());
        for (int i = 0; i < 5; ++i)
            imaging::writePng((root / ("i" + std::to_string(i) + ".png")).string(), solid(4, 4, 1, 9, 9, 9));
        ImageFolderOptions o;
        o.maxFiles = 4;
        try {
            (void)ImageFolderDataset::open(root.string(), o);
            QFAIL("the file limit must hold");
        } catch (const DatasetError &e) {
            QVERIFY2(std::string(e.what()).find("more than 4 files") != std::string::npos, e.what());
        }

        std::stop_source stop;
        stop.request_stop();
        RunContext ctx;
        ctx.stop = stop.get_token();
        QVERIFY_THROWS_EXCEPTION(Canceled, ImageFolderDataset::open(root.string(), {}, ctx));

        // Through the registry, with a size.
        OpenOptions r;
        r.width = 10;
        r.height = 10;
        r.channels = 1;
        auto ds = openImageDataset("folder:" + root.string(), r);
        QCOMPARE(ds->info().size, std::int64_t(5));
        QCOMPARE(ds->image(4).pixels.size(), std::size_t(100));
    }
};

QTEST_APPLESS_MAIN(TestImageFolder)
#include "tst_imagefolder.moc"
