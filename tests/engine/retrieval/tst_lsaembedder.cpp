// LSA on the corpus itself: a query about kittens lands nearer every cat text than any market text
// (even the cat text that never says "kitten": that is what the latent space is for), the
// dimension shrinks for a tiny corpus, the projection is orthonormal, the same seed gives the same
// model, save/load round-trips, and damaged or foreign files are refused with the file named.
#include "engine/retrieval/lsaembedder.h"

#include "engine/base/runcontext.h"
#include "engine/io/safetensors.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab::engine;
using namespace genlab::engine::retrieval;

namespace {

const std::vector<std::string> kCats{
    "The kitten chased the cat's tail and the cats purred on the warm sofa.",
    "A cat grooms its fur and whiskers; kittens learn grooming from the mother cat.",
    "Cats purr when they are content, and a purring kitten sleeps on the sofa.",
    "The vet checked the cat's whiskers, fur and claws; cats hide when they are ill.",
    "Feline behaviour: a cat scratches, purrs and sleeps; the claws and whiskers help it hunt.",
    "Our cat had kittens; the kittens sleep in a basket and the cat grooms their fur.",
};
const std::vector<std::string> kMarkets{
    "The stock market fell as investors sold shares and bond yields rose.",
    "Shares rallied on the stock exchange after the central bank held interest rates.",
    "Investors bought bonds while stock prices and the market index dropped.",
    "The market index closed higher; bank shares and stock prices rose with yields.",
    "Interest rates and bond yields move the stock market; investors watch the central bank.",
    "Trading volume on the exchange rose as investors sold bank shares and bonds.",
};

std::vector<std::string> corpus()
{
    std::vector<std::string> all = kCats;
    all.insert(all.end(), kMarkets.begin(), kMarkets.end());
    return all;
}

double dot(const float *a, const float *b, int n)
{
    double s = 0;
    for (int i = 0; i < n; ++i)
        s += double(a[i]) * b[i];
    return s;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
}

QString loadError(const QString &path)
{
    try {
        LsaEmbedder::load(path.toStdString());
    } catch (const std::runtime_error &e) {
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace

class TestLsaEmbedder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kittensAreNearerTheCatTexts()
    {
        const auto model = LsaEmbedder::fit(corpus(), 2, 1);
        QCOMPARE(model->dimension(), 2);
        QCOMPARE(model->kind(), std::string("lsa"));
        const int d = model->dimension();
        const auto docs = model->embed(corpus());
        const auto query = model->embed({"a sleepy kitten"});
        // Every cat text above every market text, including those without the word "kitten".
        double worstCat = 2, bestMarket = -2;
        for (std::size_t i = 0; i < kCats.size(); ++i)
            worstCat = std::min(worstCat, dot(query.data(), docs.data() + i * d, d));
        for (std::size_t i = kCats.size(); i < corpus().size(); ++i)
            bestMarket = std::max(bestMarket, dot(query.data(), docs.data() + i * d, d));
        QVERIFY2(worstCat > bestMarket, qPrintable(QStringLiteral("%1 vs %2").arg(worstCat).arg(bestMarket)));
        QVERIFY(kCats[3].find("kitten") == std::string::npos && dot(query.data(), docs.data() + 3 * d, d) > 0.5);
        const auto market = model->embed({"bond investors"});
        QVERIFY(dot(market.data(), docs.data() + 7 * d, d) > dot(market.data(), docs.data() + 1 * d, d));
    }

    void rowsAreUnitOrZero()
    {
        const auto model = LsaEmbedder::fit(corpus());
        // 12 texts cannot carry 128 directions: the dimension is lowered to the rank.
        QVERIFY(model->dimension() >= 2 && model->dimension() <= 12);
        const int d = model->dimension();
        const auto rows = model->embed({"cats and kittens", "zzzz qqqq", "", "the stock market"});
        QCOMPARE(rows.size(), std::size_t(4 * d));
        QVERIFY(std::abs(dot(rows.data(), rows.data(), d) - 1.0) < 1e-5);
        QCOMPARE(dot(rows.data() + d, rows.data() + d, d), 0.0);
        QCOMPARE(dot(rows.data() + 2 * d, rows.data() + 2 * d, d), 0.0);
        QVERIFY(std::abs(dot(rows.data() + 3 * d, rows.data() + 3 * d, d) - 1.0) < 1e-5);
        for (std::size_t i = 1; i < model->singularValues().size(); ++i)
            QVERIFY(model->singularValues()[i - 1] >= model->singularValues()[i]);
    }

    void projectionIsOrthonormalOnALargerCorpus()
    {
        // 400 synthetic texts over 5 topics of 30 words each plus shared filler, so the
        // randomized SVD (width 26 < rank) actually iterates rather than decomposing exactly.
        std::vector<std::string> texts;
        std::uint64_t state = 7;
        auto next = [&] { state = state * 6364136223846793005ull + 1442695040888963407ull; return state >> 33; };
        for (int t = 0; t < 400; ++t) {
            const int topic = t % 5;
            std::string text;
            for (int w = 0; w < 25; ++w)
                text += "w" + std::to_string(topic * 30 + int(next() % 30)) + " f" + std::to_string(next() % 40) + " ";
            texts.push_back(text);
        }
        const auto model = LsaEmbedder::fit(texts, 16, 3);
        QCOMPARE(model->dimension(), 16);
        const int v = model->vocabularySize(), d = model->dimension();
        QCOMPARE(v, 190);
        const auto &p = model->projection();
        for (int a = 0; a < d; ++a)
            for (int b = a; b < d; ++b) {
                double s = 0;
                for (int t = 0; t < v; ++t)
                    s += double(p[std::size_t(t) * d + a]) * p[std::size_t(t) * d + b];
                QVERIFY2(std::abs(s - (a == b ? 1.0 : 0.0)) < 1e-4, qPrintable(QString::number(s)));
            }
        // Topic structure: a text's nearest neighbours share its topic.
        const auto rows = model->embed(texts);
        int same = 0;
        for (int i = 0; i < 50; ++i) {
            int best = -1;
            double bestScore = -2;
            for (int j = 0; j < 400; ++j)
                if (j != i && dot(rows.data() + i * d, rows.data() + j * d, d) > bestScore)
                    bestScore = dot(rows.data() + i * d, rows.data() + j * d, d), best = j;
            same += (best % 5 == i % 5) ? 1 : 0;
        }
        QVERIFY2(same >= 48, qPrintable(QString::number(same)));
    }

    void sameSeedSameModel()
    {
        const auto a = LsaEmbedder::fit(corpus(), 4, 9);
        const auto b = LsaEmbedder::fit(corpus(), 4, 9);
        QCOMPARE(a->identity(), b->identity());
        QVERIFY(a->embed({"purring cats"}) == b->embed({"purring cats"}));
        QVERIFY(QString::fromStdString(a->identity()).startsWith(QStringLiteral("lsa:")));
        const auto c = LsaEmbedder::fit(corpus(), 3, 9);
        QVERIFY(a->identity() != c->identity());
    }

    void cancelAndEmptyInput()
    {
        QVERIFY_THROWS_EXCEPTION(Canceled, LsaEmbedder::fit(corpus(), 4, 1, [](double f) { return f < 0.5; }));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LsaEmbedder::fit({}, 4, 1));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, LsaEmbedder::fit({"", "!!! ...", "  "}, 4, 1));
        // One text: terms in a single text are all there is; a one-dimensional model still works.
        const auto one = LsaEmbedder::fit({"just one lonely text"}, 8, 1);
        QCOMPARE(one->dimension(), 1);
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("lsa.safetensors")).toStdString();
        const auto model = LsaEmbedder::fit(corpus(), 3, 5);
        model->save(path);
        const auto back = LsaEmbedder::load(path);
        QCOMPARE(back->identity(), model->identity());
        QCOMPARE(back->dimension(), model->dimension());
        QCOMPARE(back->documentCount(), std::int64_t(12));
        QVERIFY(back->terms() == model->terms());
        QVERIFY(back->embed(corpus()) == model->embed(corpus()));
    }

    void damageIsRefusedWithTheFileNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lsa.safetensors"));
        LsaEmbedder::fit(corpus(), 3, 5)->save(path.toStdString());
        const QByteArray good = readAll(path);

        writeAll(path, good.left(good.size() - 7));
        QString e = loadError(path);
        QVERIFY2(e.contains(path), qPrintable(e));
        writeAll(path, good.left(5));
        QVERIFY(loadError(path).contains(path));
        QByteArray header = good;
        header[12] = '#';
        writeAll(path, header);
        QVERIFY(loadError(path).contains(path));
        QVERIFY(loadError(dir.filePath(QStringLiteral("missing.safetensors"))).contains(QStringLiteral("missing.safetensors")));

        // Well-formed safetensors that are not an LSA model of ours, or an inconsistent one.
        const std::vector<float> idf{1, 2}, proj{1, 0, 0, 1}, sv{2, 1};
        auto write = [&](const std::string &vocab, const std::map<std::string, std::string> &meta,
                         const std::vector<float> &projection) {
            io::writeSafetensors(path.toStdString(),
                                 {{"idf", io::DType::F32, {2}, idf.data(), 8},
                                  {"projection", io::DType::F32, {std::int64_t(projection.size() / 2), 2},
                                   projection.data(), projection.size() * 4},
                                  {"singular_values", io::DType::F32, {2}, sv.data(), 8},
                                  {"vocabulary", io::DType::U8, {std::int64_t(vocab.size())}, vocab.data(), vocab.size()}},
                                 meta);
            return loadError(path);
        };
        const std::map<std::string, std::string> ok{
            {"format", "genlab-lsa"}, {"format_version", "1"}, {"analyzer", "unicode-fold"}, {"documents", "2"}, {"seed", "1"}};
        QVERIFY(write("cat\ndog\n", ok, proj).isEmpty());
        auto meta = ok;
        meta["format"] = "something-else";
        QVERIFY(write("cat\ndog\n", meta, proj).contains(QStringLiteral("not an LSA model")));
        meta = ok;
        meta["format_version"] = "9";
        QVERIFY(write("cat\ndog\n", meta, proj).contains(QStringLiteral("newer version")));
        QVERIFY(write("cat\ncat\n", ok, proj).contains(QStringLiteral("appears twice")));
        QVERIFY(write("cat\n", ok, proj).contains(QStringLiteral("holds 1 terms")));
        QVERIFY(write("cat\n\ndog\n", ok, proj).contains(QStringLiteral("empty term")));
        QVERIFY(write("cat\ndog", ok, proj).contains(QStringLiteral("newline")));
        QVERIFY(write("cat\ndog\n", ok, {1, 0, 0, 1, 0, 0}).contains(QStringLiteral("shapes do not agree")));
        QVERIFY(write("cat\ndog\n", ok, proj).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestLsaEmbedder)
#include "tst_lsaembedder.moc"
