// GIF and MP4 export: round trips, palettes, cancellation, the recipe sidecar.

#include "engine/imaging/animation.h"
#include "engine/imaging/decode.h"

#include "imagefixtures.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab::engine;
using namespace genlab::engine::imaging;

namespace {

// A 28x28 gray frame: a bright square that moves one pixel per frame on a gradient.
Image grayFrame(int t)
{
    Image im(28, 28, 1);
    for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x)
            im.row(y)[x] = std::uint8_t(x * 4 + y);
    for (int y = 10; y < 16; ++y)
        for (int x = 2 + t; x < 8 + t; ++x)
            im.row(y)[x] = 250;
    return im;
}

// A smooth colour field with far more than 256 colours.
Image colourFrame(int w, int h, int t)
{
    Image im(w, h, 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            std::uint8_t *p = im.row(y) + x * 3;
            p[0] = std::uint8_t(255 * x / (w - 1));
            p[1] = std::uint8_t(255 * y / (h - 1));
            p[2] = std::uint8_t((t * 40 + x + y) % 256);
        }
    return im;
}

std::vector<Image> sequence(int n)
{
    std::vector<Image> frames;
    for (int t = 0; t < n; ++t)
        frames.push_back(grayFrame(t));
    return frames;
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

class TestAnimation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString sub(const QString &name)
    {
        const QString path = m_dir.path() + QLatin1Char('/') + name;
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void grayGifRoundTripsExactly()
    {
        const std::string path = (m_dir.path() + QStringLiteral("/walk.gif")).toStdString();
        const std::vector<Image> frames = sequence(12);
        std::vector<double> progress;
        RunContext ctx;
        ctx.onProgress = [&](double f, std::string_view) { progress.push_back(f); };
        writeGif(path, frames, {}, ctx);

        QCOMPARE(countGifFrames(path), 12);
        const std::vector<Image> back = readGifFrames(path);
        QCOMPARE(back.size(), std::size_t(12));
        for (std::size_t i = 0; i < back.size(); ++i) {
            QCOMPARE(back[i].width, 28);
            QCOMPARE(back[i].height, 28);
            QCOMPARE(back[i].channels, 3);
            // 256-gray palette: every pixel comes back exactly.
            for (int p = 0; p < 28 * 28; ++p)
                QCOMPARE(back[i].pixels[std::size_t(p) * 3], frames[i].pixels[std::size_t(p)]);
        }
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), 1.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));

        const std::vector<fixtures::Bytes> bytes = {fixtures::readFile(path)};
        const std::string raw(bytes[0].begin(), bytes[0].end());
        QCOMPARE(raw.substr(0, 6), std::string("GIF89a"));
        QVERIFY(raw.find("NETSCAPE2.0") != std::string::npos); // loops forever by default
    }

    void scaleEnlargesAndLoopCanBeOff()
    {
        const std::string path = (m_dir.path() + QStringLiteral("/big.gif")).toStdString();
        AnimationOptions options;
        options.scale = 3;
        options.loopCount = -1;
        writeGif(path, sequence(2), options);
        const std::vector<Image> back = readGifFrames(path);
        QCOMPARE(back.size(), std::size_t(2));
        QCOMPARE(back[0].width, 84);
        QCOMPARE(int(back[0].row(31)[(7 * 3 + 2) * 3]), 250); // source pixel (7,10) -> block at 21..23, 30..32
        const fixtures::Bytes bytes = fixtures::readFile(path);
        QVERIFY(std::string(bytes.begin(), bytes.end()).find("NETSCAPE2.0") == std::string::npos);
    }

    void colourGifIsCloseWithOneGlobalPalette()
    {
        const std::string path = (m_dir.path() + QStringLiteral("/colour.gif")).toStdString();
        std::vector<Image> frames;
        for (int t = 0; t < 4; ++t)
            frames.push_back(colourFrame(64, 48, t));
        writeGif(path, frames, {});
        const std::vector<Image> back = readGifFrames(path);
        QCOMPARE(back.size(), std::size_t(4));
        double error = 0;
        std::size_t n = 0;
        for (std::size_t i = 0; i < back.size(); ++i)
            for (std::size_t p = 0; p < back[i].pixels.size(); ++p, ++n)
                error += std::abs(int(back[i].pixels[p]) - int(frames[i].pixels[p]));
        const double mean = error / double(n);
        qInfo("mean absolute error of the quantised GIF: %.2f levels", mean);
        QVERIFY2(mean < 12.0, qPrintable(QString::number(mean)));

        // Few colours: exact.
        Image rgba(5, 5, 4);
        for (int p = 0; p < 25; ++p) {
            rgba.pixels[std::size_t(p) * 4] = std::uint8_t(p * 10);
            rgba.pixels[std::size_t(p) * 4 + 1] = 7;
            rgba.pixels[std::size_t(p) * 4 + 2] = 200;
            rgba.pixels[std::size_t(p) * 4 + 3] = 255;
        }
        writeGif(path, {rgba, rgba}, {});
        const Image exact = readGifFrames(path).front();
        for (int p = 0; p < 25; ++p)
            QCOMPARE(int(exact.pixels[std::size_t(p) * 3]), p * 10);
    }

    void mp4HasEveryFrameAtAWatchableSize()
    {
        const std::string path = (m_dir.path() + QStringLiteral("/walk.mp4")).toStdString();
        try {
            writeMp4(path, sequence(15), {});
        } catch (const ImageError &e) {
            if (QString::fromUtf8(e.what()).contains(QStringLiteral("no MP4 encoder")))
                QSKIP(e.what());
            throw;
        }
        const VideoInfo info = readVideoInfo(path);
        qInfo("MP4: %dx%d, %d frames, %.2f fps, codec %s", info.width, info.height, info.frameCount, info.fps,
              info.codec.c_str());
        QCOMPARE(info.frameCount, 15);
        QVERIFY(info.width >= 256 && info.height >= 256);
        QCOMPARE(info.width % 2, 0);
        QCOMPARE(info.height % 2, 0);
        QCOMPARE(info.width, 280); // 28 x 10
        QVERIFY(std::abs(info.fps - 12.5) < 0.01);

        // Odd sizes are padded to even.
        const std::string odd = (m_dir.path() + QStringLiteral("/odd.mp4")).toStdString();
        AnimationOptions options;
        options.scale = 1;
        writeMp4(odd, {colourFrame(257, 129, 0), colourFrame(257, 129, 1), colourFrame(257, 129, 2)}, options);
        const VideoInfo oddInfo = readVideoInfo(odd);
        QCOMPARE(oddInfo.frameCount, 3);
        QCOMPARE(oddInfo.width, 258);
        QCOMPARE(oddInfo.height, 130);
        QVERIFY(filesIn(m_dir.path()).filter(QStringLiteral(".tmp-")).isEmpty());
    }

    void canceledExportsLeaveNothing()
    {
        const QString dir = sub(QStringLiteral("cancel"));
        std::stop_source stopped;
        stopped.request_stop();
        RunContext ctx;
        ctx.stop = stopped.get_token();
        const std::string gif = (dir + QStringLiteral("/a.gif")).toStdString();
        const std::string mp4 = (dir + QStringLiteral("/a.mp4")).toStdString();
        QVERIFY_THROWS_EXCEPTION(Canceled, writeGif(gif, sequence(3), {}, ctx));
        QVERIFY_THROWS_EXCEPTION(Canceled, writeMp4(mp4, sequence(3), {}, ctx));
        QVERIFY(filesIn(dir).isEmpty());

        // Stopped mid-way (after the second frame): still nothing, and an older file survives.
        writeGif(gif, sequence(2), {});
        const fixtures::Bytes before = fixtures::readFile(gif);
        std::stop_source midway;
        RunContext later;
        later.stop = midway.get_token();
        later.onProgress = [&](double f, std::string_view) {
            if (f >= 0.2)
                midway.request_stop();
        };
        QVERIFY_THROWS_EXCEPTION(Canceled, writeGif(gif, sequence(10), {}, later));
        QCOMPARE(fixtures::readFile(gif), before);
        std::stop_source midway2;
        later.stop = midway2.get_token();
        later.onProgress = [&](double f, std::string_view) {
            if (f >= 0.2)
                midway2.request_stop();
        };
        try {
            writeMp4(mp4, sequence(10), {}, later);
            QFAIL("a canceled MP4 export finished");
        } catch (const Canceled &) {
        } catch (const ImageError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("no MP4 encoder")), e.what());
        }
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("a.gif")});
    }

    void rejectsBadFramesAndDamagedGifs()
    {
        const std::string path = (m_dir.path() + QStringLiteral("/bad.gif")).toStdString();
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writeGif(path, {}, {}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writeGif(path, {Image(4, 4, 1), Image(5, 4, 1)}, {}));
        AnimationOptions badScale;
        badScale.scale = 0;
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, writeGif(path, {Image(4, 4, 1)}, badScale));

        const std::string good = (m_dir.path() + QStringLiteral("/good.gif")).toStdString();
        writeGif(good, sequence(3), {});
        fixtures::Bytes bytes = fixtures::readFile(good);
        bytes.resize(bytes.size() / 2);
        const std::string cut = fixtures::writeFile(QDir(m_dir.path()), QStringLiteral("cut.gif"), bytes);
        try {
            countGifFrames(cut);
            QFAIL("a truncated GIF was counted");
        } catch (const ImageError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QString::fromStdString(cut)));
        }
        // A logical screen of 65535x65535 is refused before anything is allocated.
        fixtures::Bytes giant = fixtures::readFile(good);
        giant[6] = giant[7] = giant[8] = giant[9] = 0xff;
        const std::string big = fixtures::writeFile(QDir(m_dir.path()), QStringLiteral("giant.gif"), giant);
        QVERIFY_THROWS_EXCEPTION(ImageError, readGifFrames(big));
        QVERIFY_THROWS_EXCEPTION(ImageError, readVideoInfo((m_dir.path() + QStringLiteral("/none.mp4")).toStdString()));
    }

    void writesTheRecipeSidecar()
    {
        const QString dir = sub(QStringLiteral("sidecar"));
        const std::string output = (dir + QStringLiteral("/walk.gif")).toStdString();
        const std::string sidecar = writeSidecar(output, "{\"seed\":7}");
        QCOMPARE(sidecar, output + ".recipe.json");
        const fixtures::Bytes bytes = fixtures::readFile(sidecar);
        QCOMPARE(std::string(bytes.begin(), bytes.end()), std::string("{\"seed\":7}\n"));
        QCOMPARE(filesIn(dir), QStringList{QStringLiteral("walk.gif.recipe.json")});
    }
};

QTEST_APPLESS_MAIN(TestAnimation)
#include "tst_animation.moc"
