// The BERT embedder on the shipped mlm-shakespeare folder: its dimension, unit rows, a stable
// identity naming the folder, texts told apart, and a broken folder refused with its name.
#include "engine/retrieval/bertembedder.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace genlab::engine::retrieval;

namespace {

const std::string kFolder = GENLAB_SOURCE_DIR "/resources/models/mlm-shakespeare";

} // namespace

class TestBertEmbedder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shippedFolderEmbedsUnitRows()
    {
        const auto model = BertEmbedder::open(kFolder);
        QCOMPARE(model->kind(), std::string("bert"));
        QCOMPARE(model->dimension(), 128); // hidden_size in its config.json
        const std::vector<std::string> texts{"To be, or not to be: that is the question.",
                                             "My kingdom for a horse!", "", "the king"};
        const auto rows = model->embed(texts);
        QCOMPARE(rows.size(), texts.size() * 128);
        for (std::size_t r = 0; r < texts.size(); ++r) {
            double norm = 0;
            for (int c = 0; c < 128; ++c)
                norm += double(rows[r * 128 + c]) * rows[r * 128 + c];
            QVERIFY2(std::abs(norm - 1.0) < 1e-4, qPrintable(QString::number(norm)));
        }
        double same = 0;
        for (int c = 0; c < 128; ++c)
            same += double(rows[c]) * rows[128 + c];
        QVERIFY(same < 0.9999);
        QVERIFY(model->embed({}).empty());
        // The same text alone gives the same row as in a padded batch (to float rounding).
        const auto alone = model->embed({texts[1]});
        double agree = 0;
        for (int c = 0; c < 128; ++c)
            agree += double(alone[std::size_t(c)]) * rows[128 + std::size_t(c)];
        QVERIFY2(agree > 0.9999, qPrintable(QString::number(agree)));
    }

    void identityNamesTheFolderAndIsStable()
    {
        const auto a = BertEmbedder::open(kFolder);
        const auto b = BertEmbedder::open(kFolder + "/");
        QCOMPARE(a->identity(), b->identity());
        const QString id = QString::fromStdString(a->identity());
        QVERIFY(id.startsWith(QStringLiteral("bert:")));
        QVERIFY(id.contains(QStringLiteral("mlm-shakespeare")));

        // A copy with one weight byte changed is another model.
        QTemporaryDir dir;
        for (const char *name : {"config.json", "model.safetensors", "tokenizer_config.json", "vocab.txt"})
            QVERIFY(QFile::copy(QString::fromStdString(kFolder + "/" + name), dir.filePath(QString::fromLatin1(name))));
        const auto copy = BertEmbedder::open(dir.path().toStdString());
        QFile weights(dir.filePath(QStringLiteral("model.safetensors")));
        QVERIFY(weights.open(QIODevice::ReadWrite));
        weights.seek(weights.size() - 3);
        const char last = weights.read(1).at(0);
        weights.seek(weights.size() - 3);
        weights.write(QByteArray(1, char(last ^ 1)));
        weights.close();
        const auto changed = BertEmbedder::open(dir.path().toStdString());
        QVERIFY(copy->identity() != changed->identity());
    }

    void brokenFolderIsNamed()
    {
        QTemporaryDir dir;
        try {
            BertEmbedder::open(dir.path().toStdString());
            QFAIL("opened an empty folder");
        } catch (const std::runtime_error &e) {
            QVERIFY2(QString::fromStdString(e.what()).contains(dir.path()), e.what());
        }
    }
};

QTEST_APPLESS_MAIN(TestBertEmbedder)
#include "tst_bertembedder.moc"
