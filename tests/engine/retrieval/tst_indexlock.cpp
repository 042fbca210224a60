// One updater per index folder: the update lock excludes a second holder (in this process or in
// another one), an update fails at once with a message naming the folder and changes nothing,
// readers open the index meanwhile, and a holder that is killed leaves no stale lock behind.
#include "engine/retrieval/indexlock.h"
#include "engine/retrieval/retrievalindex.h"

#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <optional>

#include <sys/wait.h>
#include <unistd.h>

using namespace genlab::engine::retrieval;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path &path, const std::string &text)
{
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

} // namespace

class TestIndexLock : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    fs::path m_dir;
    fs::path m_docs;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_dir = fs::path(m_tmp.path().toStdString()) / "index";
        m_docs = fs::path(m_tmp.path().toStdString()) / "docs";
        writeText(m_docs / "gans.md", "# GANs\n\nA generator and a discriminator play a game; mode collapse is one way it fails.\n");
        writeText(m_docs / "rag.md", "# Retrieval\n\nRetrieval-augmented generation answers from passages it finds first.\n");
        RetrievalIndex index = RetrievalIndex::create(m_dir.string());
        IndexOptions o;
        o.lsaDimension = 2;
        index.update({m_docs.string()}, o);
    }

    void aSecondHolderIsRefused()
    {
        std::optional<IndexUpdateLock> first(std::in_place, m_dir.string());
        try {
            IndexUpdateLock second(m_dir.string());
            QFAIL("a second holder got the lock");
        } catch (const IndexBusyError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(QString::fromStdString(m_dir.string())), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("another process")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("pid %1").arg(::getpid())), qPrintable(message));
            QCOMPARE(e.holderPid(), long(::getpid()));
        }
        first.reset();
        IndexUpdateLock again(m_dir.string());
    }

    void anUpdateFailsAtOnceAndChangesNothing()
    {
        RetrievalIndex index = RetrievalIndex::open(m_dir.string());
        const std::int64_t chunks = index.chunkCount();
        writeText(m_docs / "diffusion.md", "# Diffusion\n\nNoise is added step by step and a network learns to remove it.\n");
        {
            const IndexUpdateLock other(m_dir.string());
            QVERIFY_THROWS_EXCEPTION(IndexBusyError, index.update({m_docs.string()}, index.options()));
            QCOMPARE(index.chunkCount(), chunks);
            // Readers are unaffected: the committed generation opens and searches.
            const RetrievalIndex reader = RetrievalIndex::open(m_dir.string());
            QCOMPARE(reader.chunkCount(), chunks);
            QVERIFY(!reader.search("mode collapse").empty());
        }
        const UpdateReport r = index.update({m_docs.string()}, index.options());
        QCOMPARE(r.added, 1);
        QVERIFY(index.chunkCount() > chunks);
    }

    void anotherProcessHoldsItUntilItDies()
    {
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child: take the lock, say so, then wait to be killed.
            ::close(ready[0]);
            try {
                const IndexUpdateLock lock(m_dir.string());
                [[maybe_unused]] const ssize_t w = ::write(ready[1], "1", 1);
                for (;;)
                    ::pause();
            } catch (...) {
                ::_exit(3);
            }
        }
        ::close(ready[1]);
        char c = 0;
        QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
        ::close(ready[0]);

        RetrievalIndex index = RetrievalIndex::open(m_dir.string());
        try {
            index.update({m_docs.string()}, index.options());
            QFAIL("the update ran while another process held the lock");
        } catch (const IndexBusyError &e) {
            QCOMPARE(e.holderPid(), long(child));
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("pid %1").arg(child)), e.what());
        }
        // Killed mid-update: the kernel drops its lock, the next updater goes ahead.
        ::kill(child, SIGKILL);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        writeText(m_docs / "bread.md", "# Bread\n\nFlour, water, salt and yeast.\n");
        const UpdateReport r = index.update({m_docs.string()}, index.options());
        QCOMPARE(r.added, 1);
    }
};

QTEST_GUILESS_MAIN(TestIndexLock)
#include "tst_indexlock.moc"
