// The image grid and strip: tiles where a person sees them, clicks that select the right tile,
// zoom buttons, animation, export; and the engine::Image <-> QImage conversion under it.

#include "widgets/components/imageconvert.h"
#include "widgets/components/imagegridview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using genlab::engine::Image;
using genlab::widgets::ImageGridView;

namespace {

// Tile i is filled with gray level i * 8, so a tile can be recognised by its pixels.
std::vector<Image> tiles(int count, int side = 20)
{
    std::vector<Image> out;
    for (int i = 0; i < count; ++i) {
        Image im(side, side, 1);
        im.pixels.assign(im.pixels.size(), std::uint8_t(i * 8));
        out.push_back(im);
    }
    return out;
}

QStringList labelsFor(int count)
{
    QStringList l;
    for (int i = 0; i < count; ++i)
        l << QString::number(i % 10);
    return l;
}

} // namespace

class TestImageGridView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void conversionRoundTrips()
    {
        for (int channels : {1, 3, 4}) {
            Image im(7, 5, channels); // odd width: QImage rows are padded, ours are not
            for (std::size_t i = 0; i < im.pixels.size(); ++i)
                im.pixels[i] = std::uint8_t(i * 37 + 11);
            const QImage q = genlab::widgets::toQImage(im);
            QCOMPARE(q.size(), QSize(7, 5));
            const Image back = genlab::widgets::fromQImage(q);
            QCOMPARE(back.channels, channels);
            QCOMPARE(back.pixels, im.pixels);
        }
        Image rgb(2, 1, 3);
        rgb.pixels = {255, 0, 0, 0, 0, 255};
        const QImage q = genlab::widgets::toQImage(rgb);
        QCOMPARE(q.pixelColor(0, 0), QColor(Qt::red));
        QCOMPARE(q.pixelColor(1, 0), QColor(Qt::blue));
        Image broken(4, 4, 3);
        broken.pixels.resize(5); // inconsistent: no crash, a null image
        QVERIFY(genlab::widgets::toQImage(broken).isNull());
        QVERIFY(genlab::widgets::toQImage(Image(3, 3, 2)).isNull());
    }

    void clickSelectsTheTileUnderTheMouse()
    {
        ImageGridView view;
        view.resize(700, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setImages(tiles(30), labelsFor(30));
        view.setZoom(2);
        QCOMPARE(view.count(), 30);
        QSignalSpy selected(&view, &ImageGridView::selectionChanged);
        QSignalSpy clicked(&view, &ImageGridView::tileClicked);
        const QRect r = view.tileRect(17);
        QVERIFY(!r.isEmpty());
        // What is drawn there is tile 17 (gray 136), enlarged.
        const QImage shot = view.canvas()->grab().toImage();
        QCOMPARE(qGray(shot.pixel(r.center())), 17 * 8);
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, r.center());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toInt(), 17);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(view.selectedIndex(), 17);
        // A click between tiles, past the last one, selects nothing new.
        QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, QPoint(view.canvas()->width() - 2, view.canvas()->height() - 2));
        QCOMPARE(clicked.size(), 1);
        // New images clear the selection.
        view.setImages(tiles(3));
        QCOMPARE(view.selectedIndex(), -1);
    }

    void zoomChangesTheSize()
    {
        ImageGridView view;
        view.resize(600, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setColumns(5);
        view.setImages(tiles(20), labelsFor(20));
        auto *one = view.findChild<QToolButton *>(QStringLiteral("zoom1"));
        auto *two = view.findChild<QToolButton *>(QStringLiteral("zoom2"));
        auto *four = view.findChild<QToolButton *>(QStringLiteral("zoom4"));
        auto *fit = view.findChild<QToolButton *>(QStringLiteral("zoomFit"));
        QVERIFY(one && two && four && fit);
        QTest::mouseClick(one, Qt::LeftButton);
        QCOMPARE(view.zoom(), 1.0);
        const QSize at1 = view.canvas()->sizeHint();
        QTest::mouseClick(two, Qt::LeftButton);
        QCOMPARE(view.zoom(), 2.0);
        const QSize at2 = view.canvas()->sizeHint();
        QTest::mouseClick(four, Qt::LeftButton);
        const QSize at4 = view.canvas()->sizeHint();
        QVERIFY(at2.width() > at1.width() && at2.height() > at1.height());
        QVERIFY(at4.width() > at2.width() && at4.height() > at2.height());
        // 5 columns of 20 px tiles: the width grows by 5 * 20 px per zoom step (labels do not scale).
        QCOMPARE(at2.width() - at1.width(), 5 * 20);
        QCOMPARE(view.tileRect(0).width(), at4.width() / 5);

        // Fit picks the largest zoom at which all 20 tiles are visible without scrolling.
        QTest::mouseClick(fit, Qt::LeftButton);
        QVERIFY(view.fitsToView());
        QVERIFY(view.zoom() >= 2);
        QVERIFY(view.canvas()->sizeHint().height() <= view.canvas()->height());

        // Ctrl+wheel zooms in.
        QTest::mouseClick(two, Qt::LeftButton);
        const QPoint at = view.tileRect(0).center();
        QWheelEvent wheel(at, view.canvas()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(view.canvas(), &wheel);
        QCOMPARE(view.zoom(), 3.0);
    }

    void stripLaysOutOneRow()
    {
        ImageGridView view;
        view.resize(400, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setLayoutMode(ImageGridView::Layout::Strip);
        view.setImages(tiles(12));
        view.setZoom(2);
        QCOMPARE(view.tileRect(11).top(), view.tileRect(0).top());
        QVERIFY(view.tileRect(11).left() > view.tileRect(10).left());
        QVERIFY(view.canvas()->width() > 400); // scrolls sideways
    }

    void playShowsFramesInTurn()
    {
        ImageGridView view;
        view.resize(300, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setImages(tiles(4));
        view.setFps(60);
        QSignalSpy frames(&view, &ImageGridView::frameChanged);
        auto *play = view.findChild<QToolButton *>(QStringLiteral("play"));
        QVERIFY(play);
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(view.isPlaying());
        QTRY_VERIFY(frames.size() >= 4);
        // Frames go 0, 1, 2, 3, 0, ... and only the current frame is shown.
        for (int i = 1; i < 4; ++i)
            QCOMPARE(frames[i].first().toInt(), (frames[i - 1].first().toInt() + 1) % 4);
        const int frame = view.currentFrame();
        QVERIFY(!view.tileRect(frame).isEmpty());
        QVERIFY(view.tileRect((frame + 1) % 4).isEmpty());
        QTest::mouseClick(play, Qt::LeftButton);
        QVERIFY(!view.isPlaying());
        QVERIFY(!view.tileRect(1).isEmpty());
    }

    void exportWritesWhatIsShown()
    {
        ImageGridView view;
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setColumns(4);
        view.setImages(tiles(8), labelsFor(8));
        view.setZoom(3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("grid.png"));
        QString error;
        QVERIFY2(view.exportPng(path, &error), qPrintable(error));
        const QImage png(path);
        QCOMPARE(png.size(), view.canvas()->sizeHint());
        // Tile 5 (gray 40) sits in the second row, second column, at 3x.
        const QRect r = view.tileRect(5).translated(-view.tileRect(0).topLeft());
        QCOMPARE(qGray(png.pixel(r.center())), 40);
        ImageGridView empty;
        QVERIFY(!empty.exportPng(path, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestImageGridView)
#include "tst_imagegridview.moc"
