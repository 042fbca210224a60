// The Text lab driven as a user drives it, with the shipped model: it opens with a generated text,
// the microscope on a surprising token and a branch; generate, click a token, pick an alternative
// in the microscope and continue, replay the branch, stop a long generation, look at attention,
// compare tokenizers, hold the weights as int8 and back, train a tiny model and generate with it,
// and survive a broken model folder.
// With GENLAB_SCREENSHOT_DIR set, it writes the tabs' screenshots for the README there.
#include "services/jobmanager.h"
#include "services/recipe.h"
#include "services/resourcepaths.h"
#include "services/text/textservice.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/textlab/attentionview.h"
#include "widgets/textlab/drawstrip.h"
#include "widgets/textlab/generatepage.h"
#include "widgets/textlab/generationtree.h"
#include "widgets/textlab/microscopepanel.h"
#include "widgets/textlab/promptpanel.h"
#include "widgets/textlab/stagematrix.h"
#include "widgets/textlab/textlab.h"
#include "widgets/textlab/tokenizerview.h"
#include "widgets/textlab/tokenview.h"
#include "widgets/textlab/trainingpanel.h"
#include "gpt2folder.h"
#include "shareddata.h"

#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace genlab;
using namespace genlab::widgets::textlab;

namespace {

bool waitIdle(GeneratePage *page, int ms = 120000)
{
    return QTest::qWaitFor([page] { return !page->isBusy(); }, ms);
}

// README screenshots: with GENLAB_SCREENSHOT_DIR set, the tabs are grabbed there, and the BPE and
// training steps use Tiny Shakespeare (a few more seconds) so the pictures show something real.
bool screenshotMode()
{
    return !qEnvironmentVariableIsEmpty("GENLAB_SCREENSHOT_DIR") && genlab::testing::sharedDataExists(QStringLiteral("tinyshakespeare/input.txt"));
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("GENLAB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(300);
    w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestTextLab : public QObject
{
    Q_OBJECT

    std::unique_ptr<services::JobManager> m_jobs;
    services::TextService *m_service = nullptr;
    TextLab *m_lab = nullptr;
    QTemporaryDir m_dir;

    GeneratePage *page() const { return m_lab->generatePage(); }

private Q_SLOTS:
    void initTestCase()
    {
        if (services::shippedModelPath(QString::fromLatin1(services::kShippedTextModel)).isEmpty())
            QSKIP("the shipped model resources/models/lm-shakespeare-bpe is missing");
        m_jobs = std::make_unique<services::JobManager>(services::JobManager::Options{});
        m_service = new services::TextService(m_jobs.get());
        m_lab = new TextLab(m_service);
        m_service->setParent(m_lab);
        m_lab->resize(1200, 820);
        m_lab->show();
        QVERIFY(QTest::qWaitFor([this] { return m_lab->isReady(); }, 120000));
    }

    void cleanupTestCase()
    {
        delete m_lab;
        if (m_jobs)
            m_jobs->shutdown(10000);
    }

    void tokenViewAppendsAsItLaysOut()
    {
        // Streaming appends continue the layout where it stopped: the same rectangles as laying out
        // the whole text at once, newlines, tabs and pieces too wide for a line included.
        QList<TokenCell> cells;
        const QStringList texts{QStringLiteral("ROMEO"), QStringLiteral(":\n"), QStringLiteral(" But"), QStringLiteral(","),
                                QStringLiteral(" soft\t"), QString(90, QLatin1Char('w')), QStringLiteral("\n\n"),
                                QStringLiteral(" what"), QStringLiteral(" light")};
        for (int i = 0; i < 300; ++i)
            cells.append(TokenCell{texts[i % texts.size()], QColor(250, 200, 150), {}, i < 3});
        TokenView whole, streamed;
        whole.resize(420, 200);
        streamed.resize(420, 200);
        whole.setTokens(cells);
        for (int i = 0; i < cells.size(); i += 7)
            streamed.appendTokens(cells.mid(i, 7));
        QCOMPARE(streamed.count(), whole.count());
        for (int i = 0; i < cells.size(); ++i)
            QCOMPARE(streamed.tokenRect(i), whole.tokenRect(i));
        QCOMPARE(streamed.heightForWidth(420), whole.heightForWidth(420));
        QCOMPARE(streamed.minimumHeight(), whole.minimumHeight());
        // Another width lays everything out again.
        streamed.resize(300, 200);
        whole.resize(300, 200);
        QCOMPARE(streamed.tokenRect(299), whole.tokenRect(299));
        QVERIFY(streamed.heightForWidth(300) > streamed.heightForWidth(1000));
    }

    void opensWithATextTheMicroscopeAndABranch()
    {
        QCOMPARE(m_lab->labId(), QStringLiteral("text"));
        QVERIFY(m_service->hasModel());
        QCOMPARE(page()->tree()->branchCount(), 2); // the first text and the favourite's branch
        QCOMPARE(page()->tree()->branch(1).parent, 0);
        QCOMPARE(page()->tree()->current(), 0);
        QVERIFY(page()->tokenView()->count() > 20);
        const int shown = page()->microscope()->tokenIndex();
        QVERIFY(shown >= 0);
        QCOMPARE(shown, page()->mostSurprisingToken());
        const auto &token = page()->tree()->branch(0).tokens[shown];
        QVERIFY(token.trace.rankInRaw > 0); // not the favourite: a surprising pick
        QVERIFY(page()->microscope()->drawStrip()->draw() >= 0);
        QVERIFY2(page()->microscope()->explanation().contains(QStringLiteral("u = ")), qPrintable(page()->microscope()->explanation()));
        QVERIFY(page()->microscope()->stages()->rowCount() >= 2);
        // The branch starts with the favourite where the first text took the surprising pick.
        const auto &branch = page()->tree()->branch(1);
        QCOMPARE(branch.forkAt, shown);
        QCOMPARE(branch.tokens[shown].id, token.trace.stages.front().top.front().first);
        QVERIFY(page()->promptPanel()->statusLabel()->text().contains(QStringLiteral("tokens/s")));
        screenshot(m_lab, QStringLiteral("text-generate.png"));
    }

    void generateClickATokenAndBranch()
    {
        PromptPanel *prompt = page()->promptPanel();
        prompt->promptEdit()->setPlainText(QStringLiteral("ROMEO:\n"));
        prompt->findChild<QSpinBox *>(QStringLiteral("maxTokensBox"))->setValue(30);
        prompt->findChild<QSpinBox *>(QStringLiteral("seedBox"))->setValue(17);
        const int before = page()->tree()->branchCount();
        QTest::mouseClick(prompt->generateButton(), Qt::LeftButton);
        QVERIFY(page()->isBusy());
        QVERIFY(waitIdle(page()));
        QCOMPARE(page()->tree()->branchCount(), before + 1);
        const int root = page()->tree()->current();
        const Branch &b = page()->tree()->branch(root);
        QCOMPARE(b.parent, -1);
        QCOMPARE(int(b.tokens.size()), 30);
        QCOMPARE(page()->tokenView()->count(), int(b.promptIds.size()) + 30);
        QVERIFY(prompt->statusLabel()->text().contains(QStringLiteral("tokens/s")));

        // Click the 6th generated token.
        const int cell = int(b.promptIds.size()) + 5;
        const QRect r = page()->tokenView()->tokenRect(cell);
        QVERIFY(!r.isEmpty());
        page()->tokenView()->parentWidget()->parentWidget()->show();
        QTest::mouseClick(page()->tokenView(), Qt::LeftButton, {}, r.center());
        QCOMPARE(page()->microscope()->tokenIndex(), 5);
        StageMatrix *stages = page()->microscope()->stages();
        QVERIFY(stages->rowCount() >= 2);

        // Pick a candidate that was not generated and continue with it.
        int row = 0;
        while (row < stages->rowCount() && stages->row(row).chosen)
            ++row;
        QVERIFY(row < stages->rowCount());
        const int alternative = stages->row(row).id;
        QTest::mouseClick(stages, Qt::LeftButton, {}, stages->rowRect(row).center());
        QPushButton *branchButton = page()->microscope()->branchButton();
        QVERIFY(branchButton->isEnabled());
        QVERIFY(branchButton->text().startsWith(QStringLiteral("Continue with")));
        QTest::mouseClick(branchButton, Qt::LeftButton);
        QVERIFY(waitIdle(page()));
        QCOMPARE(page()->tree()->branchCount(), before + 2);
        const int child = page()->tree()->current();
        const Branch &c = page()->tree()->branch(child);
        QCOMPARE(c.parent, root);
        QCOMPARE(c.forkAt, 5);
        QCOMPARE(c.tokens[5].id, alternative);
        QCOMPARE(c.tokens[5].origin, MicroscopeToken::Origin::Chosen);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(c.tokens[i].id, page()->tree()->branch(root).tokens[i].id);
        QCOMPARE(int(c.tokens.size()), 6 + 30);
        QVERIFY(c.logProbability() < 0);
        QCOMPARE(page()->tree()->treeWidget()->currentItem()->parent()->data(0, Qt::UserRole).toInt(), root);

        // Replaying the branch with its seed gives the same tokens.
        QTest::mouseClick(page()->tree()->replayButton(), Qt::LeftButton);
        QVERIFY(waitIdle(page()));
        QVERIFY2(page()->tree()->branch(child).replay.contains(QStringLiteral("reproduced")),
                 qPrintable(page()->tree()->branch(child).replay));

        // The microscope of the picked token says it was picked.
        page()->selectToken(5);
        QVERIFY(page()->microscope()->explanation().contains(QStringLiteral("You picked")));
        QCOMPARE(page()->microscope()->drawStrip()->draw(), -1.0);
    }

    void stopEndsALongGeneration()
    {
        PromptPanel *prompt = page()->promptPanel();
        prompt->findChild<QSpinBox *>(QStringLiteral("maxTokensBox"))->setValue(4000);
        QTest::mouseClick(prompt->generateButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([this] { return page()->tokenView()->count() > 20; }, 60000));
        QVERIFY(prompt->stopButton()->isEnabled());
        QTest::mouseClick(prompt->stopButton(), Qt::LeftButton);
        QVERIFY(waitIdle(page(), 30000));
        const Branch &b = page()->tree()->branch(page()->tree()->current());
        QCOMPARE(b.stopReason, QStringLiteral("stopped"));
        QVERIFY(b.tokens.size() < 4000);
        prompt->findChild<QSpinBox *>(QStringLiteral("maxTokensBox"))->setValue(30);
    }

    void untrustedTextStaysPlain()
    {
        page()->promptPanel()->promptEdit()->setPlainText(QStringLiteral("<b>bold</b> <img src=x>"));
        QVERIFY(page()->generate());
        QVERIFY(waitIdle(page()));
        QVERIFY(page()->tokenView()->plainText().startsWith(QStringLiteral("<b>bold</b>")));
        for (QLabel *label : m_lab->findChildren<QLabel *>(QStringLiteral("microscopeExplanation")))
            QCOMPARE(label->textFormat(), Qt::PlainText);
        QCOMPARE(page()->findChild<QLabel *>(QStringLiteral("microscopeHeader"))->textFormat(), Qt::PlainText);
    }

    void attentionFollowsTheText()
    {
        page()->promptPanel()->promptEdit()->setPlainText(QStringLiteral("JULIET:\nO Romeo, Romeo!"));
        QVERIFY(page()->generate());
        QVERIFY(waitIdle(page()));
        AttentionView *view = m_lab->attentionView();
        QSignalSpy ready(view, &AttentionView::mapsReady);
        m_lab->tabs()->setCurrentWidget(view);
        QVERIFY(ready.wait(60000));
        const auto &a = view->attention();
        QVERIFY(a.maps.tokens > 10);
        QCOMPARE(a.maps.layers, m_service->model().config.layers);
        view->setLayerHead(a.maps.layers - 1, 0);
        double row = 0;
        for (int k = 0; k < a.maps.tokens; ++k)
            row += view->weight(a.maps.tokens - 1, k);
        QVERIFY(std::abs(row - 1.0) < 1e-3);
        // Hovering a token colours the text by where it attends.
        const QRect r = view->tokenView()->tokenRect(a.maps.tokens - 1);
        QTest::mouseMove(view->tokenView(), r.center());
        if (view->tokenView()->hovered() < 0) // offscreen platforms may not deliver the move
            view->hoverToken(a.maps.tokens - 1);
        QVERIFY(view->tokenView()->token(0).background.isValid());
        screenshot(m_lab, QStringLiteral("text-attention.png"));
        m_lab->tabs()->setCurrentIndex(0);
    }

    void savedTextsRecipeMakesItAgain()
    {
        QVERIFY(waitIdle(page()));
        PromptPanel *prompt = page()->promptPanel();
        QSpinBox *seed = prompt->findChild<QSpinBox *>(QStringLiteral("seedBox"));
        prompt->promptEdit()->setPlainText(QStringLiteral("KING RICHARD:\n"));
        prompt->findChild<QSpinBox *>(QStringLiteral("maxTokensBox"))->setValue(25);
        seed->setValue(23);
        QVERIFY(page()->generate());
        QVERIFY(waitIdle(page()));
        const int root = page()->tree()->current();
        const BranchToken &fork = page()->tree()->branch(root).tokens[4];
        int alternative = -1;
        for (const auto &[id, probability] : fork.trace.stages.front().top)
            if (id != fork.id && alternative < 0)
                alternative = id;
        QVERIFY(page()->branchFrom(4, alternative));
        QVERIFY(waitIdle(page()));
        const int child = page()->tree()->current();
        QVERIFY(child != root);
        QVERIFY(page()->tree()->saveButton()->isEnabled());

        for (int index : {root, child}) {
            const Branch b = page()->tree()->branch(index);
            const QString path = m_dir.filePath(QStringLiteral("branch-%1.txt").arg(index));
            QString error;
            QVERIFY2(page()->saveBranch(index, path, &error), qPrintable(error));
            const auto recipe = services::readRecipeFile(path, &error);
            QVERIFY2(recipe, qPrintable(error));
            QCOMPARE(recipe->lab, QStringLiteral("text"));
            QCOMPARE(recipe->seed, quint64(23));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString body = QString::fromUtf8(file.readAll());
            QVERIFY2(body.endsWith(b.text().mid(b.tokens.size() > b.ownFrom ? b.text().size() - 20 : 0)), qPrintable(body));

            // Something else in the panel, then the recipe: the same tokens come back.
            prompt->promptEdit()->setPlainText(QStringLiteral("nothing like it"));
            seed->setValue(99);
            QVERIFY(m_lab->openRecipe(path));
            QVERIFY(waitIdle(page()));
            const Branch &again = page()->tree()->branch(page()->tree()->current());
            QCOMPARE(int(again.tokens.size()), int(b.tokens.size()) - b.ownFrom);
            for (int i = 0; i < int(again.tokens.size()); ++i)
                QCOMPARE(again.tokens[i].id, b.tokens[b.ownFrom + i].id);
            QCOMPARE(seed->value(), 23);
            QVERIFY(prompt->prompt() != QStringLiteral("nothing like it"));
        }

        // A recipe of another lab, and one whose prompt is not in this model's vocabulary: refused
        // with a message naming the file; nothing is generated.
        const int branches = page()->tree()->branchCount();
        auto writeRecipe = [this](const QString &name, const services::Recipe &r) {
            const QString path = m_dir.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(r.toJson().toUtf8());
            return path;
        };
        services::Recipe other;
        other.lab = QStringLiteral("latent");
        other.action = QStringLiteral("sample");
        const QString otherPath = writeRecipe(QStringLiteral("other.recipe.json"), other);
        QVERIFY(!m_lab->openRecipe(otherPath));
        QVERIFY2(prompt->statusLabel()->text().contains(QStringLiteral("other.recipe.json")), qPrintable(prompt->statusLabel()->text()));
        services::Recipe alien;
        alien.lab = QStringLiteral("text");
        alien.action = QStringLiteral("generate");
        alien.model = QString::fromLatin1(services::kShippedTextModel);
        alien.parameters = QJsonObject{{QStringLiteral("prompt_ids"), QJsonArray{1, 2, 999999}}};
        QVERIFY(!m_lab->openRecipe(writeRecipe(QStringLiteral("alien.recipe.json"), alien)));
        QVERIFY2(prompt->statusLabel()->text().contains(QStringLiteral("999999")), qPrintable(prompt->statusLabel()->text()));
        QCOMPARE(page()->tree()->branchCount(), branches);
        QVERIFY(!page()->isBusy());
    }

    void tokenizersSideBySide()
    {
        TokenizerView *view = m_lab->tokenizerView();
        m_lab->tabs()->setCurrentWidget(view);
        QSignalSpy done(view, &TokenizerView::tokenized);
        view->setText(QStringLiteral("To be, or not to be: that is the question."));
        QVERIFY(QTest::qWaitFor([&] { return done.count() >= 2; }, 20000));
        const QString left = view->side(0)->stats()->text(), right = view->side(1)->stats()->text();
        QVERIFY2(left.contains(QStringLiteral("tokens")), qPrintable(left));
        QVERIFY(view->side(0)->choice()->currentText().startsWith(QStringLiteral("Model:")));
        QCOMPARE(view->side(1)->tokenView()->count(), 42); // character level: one token per character
        QVERIFY(view->side(0)->tokenView()->count() < 42);  // the model's BPE merges them
        QCOMPARE(view->side(0)->tokenView()->plainText(), QStringLiteral("To·be,·or·not·to·be:·that·is·the·question."));

        // Learn a BPE vocabulary on a small text; the merges stream into the list.
        const QString corpus = m_dir.filePath(QStringLiteral("corpus.txt"));
        QFile f(corpus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("the cat sat on the mat; the cat ate the rat.\n").repeated(50));
        f.close();
        QSignalSpy learned(view, &TokenizerView::bpeLearned);
        view->learnBpe(screenshotMode() ? genlab::testing::sharedDataPath(QStringLiteral("tinyshakespeare/input.txt")) : corpus, 300);
        QVERIFY(learned.wait(60000));
        QCOMPARE(learned.first().first().toBool(), true);
        QVERIFY(view->merges()->count() > 5);
        QVERIFY(QTest::qWaitFor([view] { return view->side(1)->choice()->currentText().startsWith(QStringLiteral("BPE 300")); }, 5000));
        if (screenshotMode()) {
            view->setText(QStringLiteral("ROMEO:\nBut, soft! what light through yonder window breaks?\nIt is the east, and Juliet is the sun.\n"
                                         "Tokenizers split text into pieces: naïve café, 12345"));
            QTest::qWait(500);
        }
        screenshot(m_lab, QStringLiteral("text-tokenizers.png"));
        m_lab->tabs()->setCurrentIndex(0);
    }

    void weightFormatComboReloadsTheModel()
    {
        QVERIFY(waitIdle(page()));
        PromptPanel *panel = page()->promptPanel();
        QComboBox *combo = panel->findChild<QComboBox *>(QStringLiteral("weightFormatCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentText(), QStringLiteral("fp32"));
        QCOMPARE(m_service->model().weights, engine::gpt::WeightFormat::Fp32);
        const qint64 fp32Bytes = m_service->model().weightBytes;
        QVERIFY(fp32Bytes > 0);
        QLabel *label = page()->findChild<QLabel *>(QStringLiteral("modelLabel"));
        QVERIFY2(label->text().contains(QStringLiteral("fp32 weights")), qPrintable(label->text()));

        // The user picks int8: the same model loads again, held that way, and says so.
        QSignalSpy loaded(m_lab, &TextLab::modelLoaded);
        combo->setCurrentIndex(combo->findText(QStringLiteral("int8")));
        Q_EMIT combo->activated(combo->currentIndex());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(m_service->model().weights, engine::gpt::WeightFormat::Int8);
        QVERIFY(m_service->model().shipped);
        QVERIFY(m_service->model().weightBytes < fp32Bytes / 2);
        QVERIFY2(label->text().contains(QStringLiteral("int8 weights")), qPrintable(label->text()));
        QCOMPARE(m_lab->saveState().value(QStringLiteral("weights")).toString(), QStringLiteral("int8"));

        // It generates, and the recipe records the format.
        panel->findChild<QSpinBox *>(QStringLiteral("maxTokensBox"))->setValue(10);
        QVERIFY(page()->generate());
        QVERIFY(waitIdle(page()));
        services::TextGeneration g;
        g.sampling = panel->settings();
        const services::Recipe recipe = services::TextService::recipeFor(g, m_service->model(), QStringLiteral("x"));
        QCOMPARE(recipe.parameters.value(QStringLiteral("weights")).toString(), QStringLiteral("int8"));

        // A project with fp32 weights brings fp32 back.
        QSignalSpy again(m_lab, &TextLab::modelLoaded);
        QJsonObject state = m_lab->saveState();
        state.insert(QStringLiteral("weights"), QStringLiteral("fp32"));
        m_lab->restoreState(state);
        QVERIFY(again.wait(30000));
        QCOMPARE(m_service->model().weights, engine::gpt::WeightFormat::Fp32);
        QCOMPARE(combo->currentText(), QStringLiteral("fp32"));
        QCOMPARE(m_service->model().weightBytes, fp32Bytes);
    }

    // A Hugging Face GPT-2 folder opens in the format the combo holds, switches format in place,
    // and generates GPT-2 tokens each way; the shipped model comes back afterwards.
    void gpt2FolderOpensInEachFormat()
    {
        GENLAB_REQUIRE_SHARED(QStringLiteral("gpt2/encoder.json"));
        QVERIFY(waitIdle(page()));
        const QString folder = m_dir.filePath(QStringLiteral("gpt2"));
        const QString made = genlab::testing::writeGpt2Folder(folder);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        PromptPanel *panel = page()->promptPanel();
        QComboBox *combo = panel->findChild<QComboBox *>(QStringLiteral("weightFormatCombo"));
        QLabel *label = page()->findChild<QLabel *>(QStringLiteral("modelLabel"));
        panel->findChild<QSpinBox *>(QStringLiteral("maxTokensBox"))->setValue(5);

        panel->setWeightFormat(engine::gpt::WeightFormat::Bf16); // held for the next load
        QSignalSpy loaded(m_lab, &TextLab::modelLoaded);
        m_lab->openModel(folder);
        QVERIFY(loaded.wait(60000));
        QCOMPARE(loaded.takeFirst().first().toBool(), true);
        QCOMPARE(m_service->model().weights, engine::gpt::WeightFormat::Bf16);
        QVERIFY(!m_service->model().shipped);
        QCOMPARE(m_service->model().config.vocabSize, 50257);
        QVERIFY2(label->text().contains(QStringLiteral("bf16 weights")), qPrintable(label->text()));
        const qint64 bf16Bytes = m_service->model().weightBytes;

        for (const QString format : {QStringLiteral("int8"), QStringLiteral("fp32")}) {
            combo->setCurrentIndex(combo->findText(format));
            Q_EMIT combo->activated(combo->currentIndex());
            QVERIFY(loaded.wait(60000));
            QCOMPARE(loaded.takeFirst().first().toBool(), true);
            QVERIFY(!m_service->model().shipped);
            QVERIFY2(label->text().contains(format + QStringLiteral(" weights")), qPrintable(label->text()));
            if (format == QStringLiteral("int8"))
                QVERIFY(m_service->model().weightBytes < bf16Bytes);
            else
                QVERIFY(m_service->model().weightBytes > 1.8 * bf16Bytes);
            page()->promptPanel()->promptEdit()->setPlainText(QStringLiteral("Hello world"));
            QVERIFY(page()->generate());
            QVERIFY(waitIdle(page()));
            const auto tokens = page()->tree()->branch(page()->tree()->current()).tokens;
            QCOMPARE(int(tokens.size()), 5);
        }

        // Back to the shipped model for the tests after this one.
        m_lab->openShippedModel();
        QVERIFY(loaded.wait(60000));
        QVERIFY(m_service->model().shipped);
    }

    void brokenModelFolderKeepsTheLabWorking()
    {
        const QString broken = m_dir.filePath(QStringLiteral("broken"));
        QDir().mkpath(broken);
        QFile config(broken + QStringLiteral("/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{\"model_type\": \"gpt2\", \"n_embd\": 16, \"n_layer\": 1, \"n_head\": 2, \"n_positions\": 32, \"vocab_size\": 300}");
        config.close();
        QFile weights(broken + QStringLiteral("/model.safetensors"));
        QVERIFY(weights.open(QIODevice::WriteOnly));
        weights.write("not a safetensors file");
        weights.close();
        const QString name = m_service->model().name;
        QSignalSpy loaded(m_lab, &TextLab::modelLoaded);
        m_lab->openModel(broken);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), false);
        const QString label = page()->findChild<QLabel *>(QStringLiteral("modelLabel"))->text();
        QVERIFY2(label.contains(QStringLiteral("Cannot open")) && label.contains(QStringLiteral("broken")), qPrintable(label));
        QCOMPARE(m_service->model().name, name);
        QVERIFY(page()->promptPanel()->generateButton()->isEnabled());
        QVERIFY(page()->generate());
        QVERIFY(waitIdle(page()));
    }

    void trainsATinyModelAndGeneratesWithIt()
    {
        TrainingPanel *panel = m_lab->trainingPanel();
        m_lab->tabs()->setCurrentWidget(panel);
        const QString corpus = m_dir.filePath(QStringLiteral("train.txt"));
        QFile f(corpus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("First Citizen:\nBefore we proceed any further, hear me speak.\n\n").repeated(40));
        f.close();
        panel->setDataPath(corpus);
        panel->setOutDir(m_dir.filePath(QStringLiteral("tiny-model")));
        panel->setQuickSettings(8, 2, 1, 16, 16);
        if (screenshotMode()) {
            panel->setDataPath(genlab::testing::sharedDataPath(QStringLiteral("tinyshakespeare/input.txt")));
            panel->setQuickSettings(300, 8, 0, 0, 64);
            panel->setSizePreset(0); // tiny: 2 layers, 64 wide
        }
        QSignalSpy finished(panel, &TrainingPanel::trainingFinished);
        QTest::mouseClick(panel->startButton(), Qt::LeftButton);
        QVERIFY(panel->job());
        QVERIFY(finished.wait(600000));
        QCOMPARE(finished.first().first().toBool(), true);
        screenshot(m_lab, QStringLiteral("text-training.png"));
        QVERIFY(panel->monitor()->pointCount(QStringLiteral("loss")) >= 8);
        QVERIFY(panel->monitor()->pointCount(QStringLiteral("val_loss")) >= 1);
        QVERIFY(panel->stats()->text().contains(QStringLiteral("perplexity")));
        QVERIFY(panel->useButton()->isEnabled());
        QSignalSpy loaded(m_lab, &TextLab::modelLoaded);
        QTest::mouseClick(panel->useButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QCOMPARE(m_lab->tabs()->currentIndex(), 0);
        QCOMPARE(m_service->model().config.layers, screenshotMode() ? 2 : 1);
        page()->promptPanel()->promptEdit()->setPlainText(QStringLiteral("First"));
        page()->promptPanel()->findChild<QSpinBox *>(QStringLiteral("maxTokensBox"))->setValue(30);
        QVERIFY(page()->generate());
        QVERIFY(waitIdle(page()));
        QCOMPARE(int(page()->tree()->branch(page()->tree()->current()).tokens.size()), 30);
    }
};

QTEST_MAIN(TestTextLab)
#include "tst_textlab.moc"
