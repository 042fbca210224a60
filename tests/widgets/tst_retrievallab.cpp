// The Retrieval lab through the real lab and RetrievalService, with its index in a temporary folder
// ($GENLAB_RETRIEVAL_INDEX): opened when the lab is first shown, filled with the studio's help pages
// (the first launch), then the first query searched; the hit table's columns per retriever; the
// passage detail with the BM25 breakdown and the marked query words; "Why not this one?"; the
// answer with citations, pinning and dropping, and the difference between two answers; adding a
// folder on the Index page (a binary file skipped with its reason), the chunk preview; bad input;
// the project state's round trip; a page added by addPage. With GENLAB_SCREENSHOT_DIR set it writes
// retrieval-search.png, retrieval-whynot.png, retrieval-answer.png and retrieval-index.png.
#include "engine/gpt/gptmodel.h"
#include "engine/text/chartokenizer.h"
#include "services/job.h"
#include "services/jobmanager.h"
#include "services/retrieval/retrievalservice.h"
#include "widgets/retrievallab/answerpage.h"
#include "widgets/retrievallab/indexpage.h"
#include "widgets/retrievallab/passagedetail.h"
#include "widgets/retrievallab/retrievallab.h"
#include "widgets/retrievallab/searchpage.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextEdit>
#include <QtTest>

using namespace genlab;
using widgets::retrievallab::AnswerPage;
using widgets::retrievallab::IndexPage;
using widgets::retrievallab::RetrievalLab;
using widgets::retrievallab::SearchPage;

namespace {

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestRetrievalLab : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    RetrievalLab *m_lab = nullptr;
    services::RetrievalService *m_service = nullptr;
    QTemporaryDir m_dir;

    SearchPage *search() const { return m_lab->searchPage(); }
    AnswerPage *answer() const { return m_lab->answerPage(); }
    IndexPage *index() const { return m_lab->indexPage(); }

    void shoot(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(200);
        QVERIFY(m_lab->grab().save(QDir(dir).filePath(name)));
    }

    bool searchSettles(int ms = 20000) const
    {
        return QTest::qWaitFor([this] { return !search()->isBusy() && search()->hasResult(); }, ms);
    }

    void searchFor(const QString &query)
    {
        const QString before = search()->hasResult() ? search()->result().query : QString();
        search()->setQuery(query);
        QSignalSpy done(search(), &SearchPage::searched);
        search()->search();
        QVERIFY(done.wait(20000));
        QCOMPARE(search()->result().query, query);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("GENLAB_RETRIEVAL_INDEX", m_dir.filePath(QStringLiteral("index")).toUtf8());
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = new services::RetrievalService(m_jobs.get());
        m_lab = new RetrievalLab(m_service);
        m_service->setParent(m_lab);
        m_lab->resize(1400, 900);
        m_lab->show();
        QVERIFY(!m_service->hasIndex()); // nothing is opened before the lab is shown
        m_lab->activated();
        QVERIFY(QTest::qWaitFor([this] { return m_lab->isReady(); }, 30000));
        QVERIFY2(m_service->info().documentCount >= 20, qPrintable(m_lab->messageText()));
        QVERIFY(m_service->info().builtIn);
        QVERIFY(m_lab->indexLabel()->text().contains(QString::number(m_service->info().chunkCount)));
        QVERIFY(m_service->lastReport().has_value());
        QVERIFY(index()->reportText().contains(QStringLiteral("added")));
    }

    void cleanupTestCase()
    {
        delete m_lab;
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void thePagesComeInOrder()
    {
        QTabWidget *tabs = m_lab->tabs();
        QCOMPARE(tabs->objectName(), QStringLiteral("retrievalTabs"));
        QVERIFY(tabs->count() >= 3); // the analysis pages (Evaluation, Map, Chunking A/B) follow
        QCOMPARE(tabs->widget(0), static_cast<QWidget *>(search()));
        QCOMPARE(tabs->widget(1), static_cast<QWidget *>(answer()));
        QCOMPARE(tabs->widget(2), static_cast<QWidget *>(index()));
        QCOMPARE(m_lab->labId(), QStringLiteral("retrieval"));
        for (QWidget *page : {static_cast<QWidget *>(search()), static_cast<QWidget *>(answer()), static_cast<QWidget *>(index())})
            QVERIFY2(page->minimumSizeHint().width() <= 1300,
                     qPrintable(page->objectName() + QStringLiteral(": ") + QString::number(page->minimumSizeHint().width())));
    }

    void theFirstQueryFillsTheTableAndTheDetail()
    {
        QVERIFY(searchSettles());
        const auto &r = search()->result();
        QCOMPARE(r.query, SearchPage::defaultQuery());
        QTableWidget *table = search()->hitTable();
        QCOMPARE(table->rowCount(), int(r.passages.size()));
        QVERIFY(table->rowCount() > 0);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("gans.md"));
        QVERIFY(!table->item(0, 2)->text().isEmpty()); // BM25 rank · score
        QVERIFY(!table->item(0, 4)->text().isEmpty()); // fused (hybrid by default)
        // The first hit is selected and shown in full, with BM25's per-term breakdown.
        auto *detail = search()->detail();
        QVERIFY(QTest::qWaitFor([detail] { return detail->hasDetail() && !detail->isBusy(); }, 10000));
        QCOMPARE(detail->detail().chunk, r.passages[0].hit.chunk);
        QVERIFY(detail->locationLabel()->text().contains(QStringLiteral("gans.md")));
        QVERIFY(!detail->detail().terms.empty());
        QCOMPARE(detail->termTable()->rowCount(), int(detail->detail().terms.size()) + 1);
        bool gansCounted = false;
        for (const auto &t : detail->detail().terms)
            gansCounted = gansCounted || (t.term == "gans" && t.tf > 0);
        QVERIFY(gansCounted);
        QVERIFY(!detail->detail().highlights.empty());
        QVERIFY(detail->passageView()->toHtml().contains(QStringLiteral("#ffe27a")));
        QVERIFY(!detail->contextView()->toPlainText().isEmpty());
        QVERIFY(detail->ranksLabel()->text().contains(QStringLiteral("BM25 #")));
        shoot(QStringLiteral("retrieval-search.png"));
    }

    void aSingleRetrieverLeavesTheOtherColumnsEmpty()
    {
        search()->retrieverBox()->setCurrentIndex(search()->retrieverBox()->findData(int(engine::retrieval::Retriever::Bm25)));
        searchFor(QStringLiteral("diffusion noise steps"));
        QTableWidget *table = search()->hitTable();
        QVERIFY(table->rowCount() > 0);
        for (int row = 0; row < table->rowCount(); ++row) {
            QVERIFY(!table->item(row, 2)->text().isEmpty());
            QVERIFY(table->item(row, 3)->text().isEmpty());
            QVERIFY(table->item(row, 4)->text().isEmpty());
        }
        search()->retrieverBox()->setCurrentIndex(search()->retrieverBox()->findData(int(engine::retrieval::Retriever::Hybrid)));
        QVERIFY(QTest::qWaitFor([this] { return !search()->isBusy() && search()->result().options.retriever == engine::retrieval::Retriever::Hybrid; }, 10000));
    }

    void anEmptyQueryIsRefusedWithAMessage()
    {
        search()->setQuery(QStringLiteral("   "));
        search()->search();
        QVERIFY(search()->messageText().contains(QStringLiteral("Type")));
        search()->setQuery(SearchPage::defaultQuery());
        searchFor(SearchPage::defaultQuery());
    }

    void whyNotThisOne()
    {
        QSignalSpy found(search(), &SearchPage::matchesFound);
        QSignalSpy explained(search(), &SearchPage::explained);
        search()->findPassages(QStringLiteral("Gaussian noise"));
        QVERIFY(found.wait(10000));
        QVERIFY(search()->matchList()->count() > 0);
        search()->matchList()->setCurrentRow(search()->matchList()->count() - 1);
        QVERIFY(explained.count() > 0 || explained.wait(10000));
        const auto &e = search()->explanation().explanation;
        QVERIFY(!e.reasons.empty());
        const QString text = search()->explanationView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("BM25")) && text.contains(QStringLiteral("Cut-off")), qPrintable(text));
        shoot(QStringLiteral("retrieval-whynot.png"));
    }

    void theAnswerCitesItsPassages()
    {
        m_lab->tabs()->setCurrentWidget(answer());
        QCOMPARE(answer()->question(), SearchPage::defaultQuery());
        QCOMPARE(answer()->passageTable()->rowCount(), int(search()->result().passages.size()));
        QVERIFY(answer()->promptEdit()->toPlainText().contains(QStringLiteral("[1] (gans.md")));
        QSignalSpy done(answer(), &AnswerPage::answered);
        answer()->answer();
        QVERIFY(done.wait(10000));
        const auto &a = answer()->lastAnswer();
        QVERIFY2(!a.answer.sentences.empty(), a.answer.notice.c_str());
        QVERIFY(answer()->answerView()->toHtml().contains(QStringLiteral("cite:1")));
        QVERIFY(answer()->answerView()->toPlainText().contains(QStringLiteral("[1]")));
        QVERIFY(!answer()->hasPrevious());
        // A citation selects its passage.
        const int cited = a.answer.sentences[0].citation.passage;
        answer()->selectCitation(cited);
        const auto rows = answer()->passageTable()->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(answer()->passageTable()->item(rows[0].row(), 2)->data(Qt::UserRole).toLongLong(),
                 qlonglong(a.passages[std::size_t(cited - 1)].hit.chunk));
        shoot(QStringLiteral("retrieval-answer.png"));

        // Drop the passage the first sentence came from: answer again, see what changed.
        const qlonglong dropped = a.passages[std::size_t(cited - 1)].hit.chunk;
        answer()->setDropped(rows[0].row(), true);
        // The prompt now numbers one passage fewer.
        const int rowsShown = answer()->passageTable()->rowCount();
        QVERIFY(answer()->promptEdit()->toPlainText().contains(QStringLiteral("[%1] (").arg(rowsShown - 1)));
        QVERIFY(!answer()->promptEdit()->toPlainText().contains(QStringLiteral("[%1] (").arg(rowsShown)));
        answer()->answerAgain();
        QVERIFY(done.wait(10000));
        QVERIFY(answer()->hasPrevious());
        for (const auto &p : answer()->lastAnswer().passages)
            QVERIFY(p.hit.chunk != dropped);
        QVERIFY(answer()->diffView()->toPlainText().contains(QStringLiteral("Since the previous answer")) ||
                answer()->diffView()->toPlainText().contains(QStringLiteral("same sentences")));
        m_lab->tabs()->setCurrentWidget(search());
    }

    void aGptModelGeneratesAndEverySentenceIsMarked()
    {
        // A tiny random model in a folder: its text is noise, so what counts is the streaming and the marks.
        QTemporaryDir dir;
        auto tokenizer = std::make_shared<engine::text::CharTokenizer>(
            engine::text::CharTokenizer::fromText("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,?!:()[]#\n"));
        engine::gpt::GptModel model = engine::gpt::GptModel::createRandom({tokenizer->vocabSize(), 256, 1, 2, 16}, 3);
        model.setTokenizer(tokenizer);
        model.save(dir.filePath(QStringLiteral("tiny")).toStdString());

        m_lab->tabs()->setCurrentWidget(answer());
        auto *note = answer()->findChild<QLabel *>(QStringLiteral("retrievalAnswerNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("no question answerer")));
        answer()->setGenerator(AnswerPage::Generator::ModelFolder, dir.filePath(QStringLiteral("tiny")));
        QCOMPARE(answer()->generator(), AnswerPage::Generator::ModelFolder);
        QSignalSpy done(answer(), &AnswerPage::answered);
        answer()->answer();
        QVERIFY2(done.wait(20000), qPrintable(answer()->messageText()));
        QVERIFY(answer()->hasGenerated());
        const auto &g = answer()->lastGenerated();
        QVERIFY(!g.answer.text.empty());
        QVERIFY(!g.shippedModel);
        const QString html = answer()->answerView()->toHtml();
        for (const auto &sentence : g.answer.sentences)
            QVERIFY(sentence.supported || html.contains(QStringLiteral("unsupported")));
        QVERIFY(answer()->answerView()->toPlainText().contains(QStringLiteral("sentences supported by the passages")));
        QVERIFY(!g.answer.promptEdited);
        QVERIFY(!answer()->promptEdit()->isReadOnly());

        // The user edits the prompt: the model reads the edited text, as written.
        const QString edited = QStringLiteral("[1] Mode collapse: the generator repeats one output.\nQuestion: why?\nAnswer:");
        answer()->promptEdit()->setPlainText(edited);
        QVERIFY(answer()->isPromptEdited());
        QVERIFY(answer()->promptNote()->text().contains(QStringLiteral("Edited")));
        QSignalSpy again(answer(), &AnswerPage::answered);
        answer()->answer();
        QVERIFY2(again.wait(20000), qPrintable(answer()->messageText()));
        QCOMPARE(QString::fromStdString(answer()->lastGenerated().answer.prompt), edited);
        QVERIFY(answer()->lastGenerated().answer.promptEdited);
        QCOMPARE(answer()->promptEdit()->toPlainText(), edited);
        QVERIFY(answer()->answerView()->toPlainText().contains(QStringLiteral("the prompt was edited")));
        answer()->resetPrompt();
        QVERIFY(!answer()->isPromptEdited());
        QVERIFY(answer()->promptEdit()->toPlainText().contains(QStringLiteral("[1] (")));

        // The extractive answer reads no prompt: the box is read-only and says so.
        answer()->setGenerator(AnswerPage::Generator::Extractive);
        QVERIFY(answer()->promptEdit()->isReadOnly());
        QVERIFY(answer()->promptNote()->text().contains(QStringLiteral("Not used by the extractive answer")));
        m_lab->tabs()->setCurrentWidget(search());
    }

    void aFolderOfYourOwnIsIndexed()
    {
        const QString docs = m_dir.filePath(QStringLiteral("notes"));
        QDir().mkpath(docs);
        write(docs + QStringLiteral("/zebra.md"), "# Zebras\n\nThe quagga was a zebra subspecies that lived in South Africa.\n");
        write(docs + QStringLiteral("/binary.txt"), QByteArray("\x00\x01\x02\x03 not text", 13));
        QVERIFY(!index()->addSource(m_dir.filePath(QStringLiteral("nowhere"))));
        QVERIFY(index()->messageText().contains(QStringLiteral("nowhere")));
        QVERIFY(index()->addSource(docs));
        QCOMPARE(index()->sources().size(), 2);
        QSignalSpy finished(index(), &IndexPage::updateFinished);
        QSignalSpy searched(search(), &SearchPage::searched);
        index()->updateIndex();
        QVERIFY(index()->isUpdating());
        QVERIFY(index()->cancelButton()->isVisibleTo(index()));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.front().front().toBool(), true);
        QVERIFY(!index()->cancelButton()->isVisibleTo(index()));
        QVERIFY2(index()->reportText().contains(QStringLiteral("binary.txt")), qPrintable(index()->reportText()));
        QVERIFY(!m_service->info().builtIn);
        QVERIFY(m_service->documents().contains(QDir(docs).filePath(QStringLiteral("zebra.md"))));
        // The lab searches again with the new index.
        QVERIFY(searched.count() > 0 || searched.wait(10000));
        searchFor(QStringLiteral("quagga"));
        QCOMPARE(search()->hitTable()->item(0, 1)->text(), QStringLiteral("zebra.md"));
    }

    void theChunkPreviewShowsBoundaries()
    {
        QSignalSpy shown(index(), &IndexPage::previewShown);
        index()->setChunking(engine::retrieval::ChunkingSpec::parse("chars:200:50"));
        index()->previewChunks(services::retrieval::helpCorpusFolder() + QStringLiteral("/gans.md"));
        QVERIFY(shown.wait(10000));
        const auto &p = index()->preview();
        QVERIFY(p.chunks.size() > 3);
        QCOMPARE(p.spec, QStringLiteral("chars:200:50"));
        QCOMPARE(index()->previewView()->toPlainText(), p.text);
        // The chunks are painted: the second chunk's first character has the second colour.
        QTextCursor c(index()->previewView()->document());
        const int at = QString::fromUtf8(p.text.toUtf8().left(p.chunks[1].end - 1)).size();
        c.setPosition(at);
        QVERIFY(c.charFormat().background().style() != Qt::NoBrush);
        m_lab->tabs()->setCurrentWidget(index());
        shoot(QStringLiteral("retrieval-index.png"));
        m_lab->tabs()->setCurrentWidget(search());
    }

    void theStateRoundTrips()
    {
        search()->setQuery(QStringLiteral("what is a transformer"));
        search()->topKBox()->setValue(7);
        const QJsonObject state = m_lab->saveState();
        search()->setQuery(QStringLiteral("something else"));
        search()->topKBox()->setValue(3);
        m_lab->restoreState(state);
        QCOMPARE(search()->query(), QStringLiteral("what is a transformer"));
        QCOMPARE(search()->topKBox()->value(), 7);
        QCOMPARE(m_lab->saveState(), state);
        // Bad values are clamped, not trusted.
        QJsonObject bad = state;
        QJsonObject s = state.value(QStringLiteral("search")).toObject();
        s.insert(QStringLiteral("topK"), 100000);
        s.insert(QStringLiteral("retriever"), QStringLiteral("psychic"));
        bad.insert(QStringLiteral("search"), s);
        m_lab->restoreState(bad);
        QCOMPARE(search()->topKBox()->value(), 100);
    }

    void anotherEmptyIndexGetsTheHelpPages()
    {
        // What a new project's index does: opened empty, filled with the help pages at once.
        QSignalSpy finished(index(), &IndexPage::updateFinished);
        services::Job *job = m_service->open(m_dir.filePath(QStringLiteral("index2")));
        QVERIFY(QTest::qWaitFor([job] { return job->isFinished(); }, 10000));
        QVERIFY(finished.count() > 0 || finished.wait(20000));
        QCOMPARE(finished.front().front().toBool(), true);
        QVERIFY(m_service->info().builtIn);
        QVERIFY(m_service->info().documentCount >= 20);
        QCOMPARE(QDir(m_service->indexFolder()).absolutePath(), QDir(m_dir.filePath(QStringLiteral("index2"))).absolutePath());
    }

    void aPageCanBeAdded()
    {
        auto *page = new QLabel(QStringLiteral("extra"));
        const int count = m_lab->tabs()->count();
        const int at = m_lab->addPage(page, QStringLiteral("Extra"), QStringLiteral("extra"));
        QCOMPARE(at, count);
        QCOMPARE(m_lab->tabs()->widget(at), static_cast<QWidget *>(page));
        m_lab->tabs()->setCurrentIndex(at);
        QCOMPARE(m_lab->saveState().value(QStringLiteral("tab")).toString(), QStringLiteral("extra"));
    }
};

QTEST_MAIN(TestRetrievalLab)
#include "tst_retrievallab.moc"
