// Sample grids and strips: sizes, placement, labels.

#include "engine/imaging/compose.h"

#include <QtTest>

using namespace genlab::engine;
using namespace genlab::engine::imaging;

namespace {

Image flat(int w, int h, int channels, std::uint8_t value)
{
    Image im(w, h, channels);
    std::fill(im.pixels.begin(), im.pixels.end(), value);
    return im;
}

// Darkest value in a rectangle of a 1- or 3-channel image.
int darkest(const Image &im, int x0, int y0, int w, int h)
{
    int v = 255;
    for (int y = y0; y < y0 + h; ++y)
        for (int x = x0; x < x0 + w; ++x)
            for (int c = 0; c < im.channels; ++c)
                v = std::min(v, int(im.row(y)[x * im.channels + c]));
    return v;
}

} // namespace

class TestCompose : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gridHasTheDocumentedSize()
    {
        const std::vector<Image> tiles(10, flat(20, 20, 1, 0));
        const Image grid = makeGrid(tiles, 4, {}, 2, 1);
        QCOMPARE(grid.channels, 1);
        QCOMPARE(grid.width, 4 * 20 + 5 * 2);
        QCOMPARE(grid.height, 3 * 20 + 4 * 2);

        const Image scaled = makeGrid(tiles, 4, {}, 3, 4);
        QCOMPARE(scaled.width, 4 * 80 + 5 * 3);
        QCOMPARE(scaled.height, 3 * 80 + 4 * 3);

        const Image square = makeGrid(std::vector<Image>(9, flat(5, 5, 1, 0)), 0, {}, 0, 1);
        QCOMPARE(square.width, 15); // near-square layout: 3 columns
        QCOMPARE(square.height, 15);

        const Image strip = makeStrip(std::vector<Image>(6, flat(28, 28, 3, 10)), 1, 2);
        QCOMPARE(strip.channels, 3);
        QCOMPARE(strip.width, 6 * 56 + 7);
        QCOMPARE(strip.height, 56 + 2);
    }

    void placesTilesAndScalesWithNearestNeighbour()
    {
        // A 2x2 tile with one white pixel, scaled 5x: a crisp 5x5 white block, no blur.
        Image tile = flat(2, 2, 1, 0);
        tile.row(0)[1] = 255;
        const Image grid = makeGrid({tile, flat(2, 2, 1, 0)}, 2, {}, 1, 5);
        QCOMPARE(grid.width, 2 * 10 + 3);
        for (int y = 1; y < 11; ++y)
            for (int x = 1; x < 11; ++x) {
                const bool white = x >= 6 && y < 6;
                QCOMPARE(int(grid.row(y)[x]), white ? 255 : 0);
            }
        QCOMPARE(int(grid.row(0)[0]), 255); // padding is white
        QCOMPARE(int(grid.row(5)[11]), 255); // gap between the tiles

        // A smaller tile is centred in its cell.
        const Image mixed = makeGrid({flat(4, 4, 1, 0), flat(2, 2, 1, 0)}, 2, {}, 0, 1);
        QCOMPARE(int(mixed.row(0)[4]), 255);
        QCOMPARE(int(mixed.row(1)[5]), 0);
    }

    void drawsLabelsUnderTiles()
    {
        const std::vector<Image> tiles(4, flat(20, 20, 1, 128));
        const Image grid = makeGrid(tiles, 4, {"7", "", "epoch 12 long label", "\xc3\xa9t\xc3\xa9"}, 2, 1);
        const int band = gridLabelBandHeight();
        QVERIFY(band >= 10 && band <= 20);
        QCOMPARE(grid.height, 20 + band + 2 * 2);
        const int bandY = 2 + 20;
        auto cellX = [](int i) { return 2 + i * 22; };
        QVERIFY2(darkest(grid, cellX(0), bandY, 20, band) < 100, "label '7' is drawn");
        QCOMPARE(darkest(grid, cellX(1), bandY, 20, band), 255); // empty label: blank band
        QVERIFY(darkest(grid, cellX(2), bandY, 20, band) < 100);  // cut to fit, still drawn
        QVERIFY(darkest(grid, cellX(3), bandY, 20, band) < 100);  // non-ASCII shown as '?'
        // Text stays inside its own cell: the padding columns between cells remain white.
        for (int i = 1; i < 4; ++i)
            QCOMPARE(darkest(grid, cellX(i) - 2, bandY, 2, band), 255);

        // No label at all: no band.
        QCOMPARE(makeGrid(tiles, 4, {"", ""}, 2, 1).height, 20 + 4);
    }

    void colourTilesGiveRgbWithAlphaComposited()
    {
        Image rgba = flat(3, 3, 4, 0); // fully transparent black
        const Image grid = makeGrid({flat(3, 3, 1, 0), rgba}, 2, {}, 0, 1);
        QCOMPARE(grid.channels, 3);
        QCOMPARE(int(grid.row(1)[1 * 3]), 0);       // the gray tile, expanded
        QCOMPARE(int(grid.row(1)[4 * 3]), 255);     // transparent over white
    }

    void rejectsBadArguments()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeGrid({}, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeGrid({Image()}, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeGrid({flat(2, 2, 1, 0)}, 1, {"a", "b"}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeGrid({flat(2, 2, 1, 0)}, 1, {}, 2, 0));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeGrid({flat(2, 2, 1, 0)}, 1, {}, -1, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, makeGrid(std::vector<Image>(100, flat(1000, 10, 1, 0)), 100));
    }
};

QTEST_APPLESS_MAIN(TestCompose)
#include "tst_compose.moc"
