#include "widgets/maskedlab/maskedtrainpage.h"

#include "services/job.h"
#include "services/training.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/outputfield.h"
#include "widgets/components/trainingmonitor.h"
#include "widgets/components/trainingsession.h"
#include "widgets/maskedlab/candidatebars.h"
#include "widgets/textlab/plaintext.h"
#include "widgets/textlab/tokenview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets::maskedlab {

using services::Job;
using services::JobState;
namespace em = engine::masked;

namespace {

struct SizePreset
{
    const char *name;
    int layers, heads, width;
};

// Sizes that train in minutes on a laptop CPU (for T5: layers in the encoder and in the decoder).
const SizePreset kSizes[] = {
    {QT_TRANSLATE_NOOP("genlab::widgets::maskedlab::MaskedTrainPage", "Tiny: 2 layers, 64 wide"), 2, 2, 64},
    {QT_TRANSLATE_NOOP("genlab::widgets::maskedlab::MaskedTrainPage", "Small: 4 layers, 128 wide"), 4, 4, 128},
    {QT_TRANSLATE_NOOP("genlab::widgets::maskedlab::MaskedTrainPage", "Medium: 6 layers, 192 wide"), 6, 6, 192},
};

const QColor kActionColors[] = {QColor(253, 205, 150), QColor(215, 190, 245), QColor(200, 235, 170)};

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

MaskedTrainPage::MaskedTrainPage(services::MaskedService *service, QWidget *parent) : TrainingPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("maskedTrainPage"));
    const em::TrainOptions defaults;
    m_form = new QWidget(m_session);
    auto *rows = new QFormLayout(m_form);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_objective = new QComboBox(m_form);
    m_objective->setObjectName(QStringLiteral("maskedObjective"));
    m_objective->addItem(tr("Masked LM (BERT: fill the masks)"), QStringLiteral("mlm"));
    m_objective->addItem(tr("Span corruption (T5: write the spans back)"), QStringLiteral("t5"));
    rows->addRow(tr("Objective"), m_objective);
    m_data = form::addFileRow(rows, tr("Text"), QString(), QStringLiteral("maskedTrainData"), tr("Text to train on"),
                              tr("Text files (*.txt *.md);;All files (*)"));
    m_data->setPlaceholderText(tr("a text file"));
    m_output = std::make_unique<form::OutputField>(rows, QStringLiteral("maskedTrain"), [this] {
        return services::defaultTrainingFolder(QStringLiteral("masked"), objective());
    });
    m_size = new QComboBox(m_form);
    m_size->setObjectName(QStringLiteral("maskedTrainSize"));
    for (const SizePreset &s : kSizes) {
        m_size->addItem(tr(s.name));
        if (s.layers == defaults.layers && s.width == defaults.hiddenSize)
            m_size->setCurrentIndex(m_size->count() - 1);
    }
    rows->addRow(tr("Size"), m_size);
    m_vocab = form::spinBox(m_form, 200, 30000, defaults.vocabSize, QStringLiteral("maskedTrainVocab"), 100);
    m_vocab->setToolTip(tr("WordPiece tokens learned on the text before training"));
    rows->addRow(tr("Vocabulary"), m_vocab);
    m_context = form::spinBox(m_form, 16, 512, defaults.contextLength, QStringLiteral("maskedTrainContext"));
    m_context->setToolTip(tr("Tokens per training example"));
    rows->addRow(tr("Context"), m_context);
    m_wholeWord = new QCheckBox(tr("Whole-word masking"), m_form);
    m_wholeWord->setObjectName(QStringLiteral("maskedTrainWholeWord"));
    m_wholeWord->setChecked(defaults.masking.wholeWord);
    m_wholeWord->setToolTip(tr("Choose whole words to mask (every piece of a word together), as later BERTs did"));
    rows->addRow(QString(), m_wholeWord);
    m_common = std::make_unique<form::CommonFields>(rows, defaults, form::CommonFields::All | form::CommonFields::EvalEvery,
                                                tr("Probe every"));
    m_session->setForm(m_form);

    m_start = new QPushButton(tr("Train"), m_form);
    m_start->setObjectName(QStringLiteral("maskedTrainStart"));
    m_session->setStartButton(m_start);
    m_session->useButton()->setText(tr("Use this model"));
    m_session->setStatus(tr("Choose a text file and press Train."));
    m_session->setStatusFromProgress(false);
    m_session->setAdvice(tr("use it on the Fill mask page"), tr("tick “Resume” to continue"));
    m_session->setModelFolder(m_output->folder());
    m_session->monitor()->setObjectName(QStringLiteral("maskedTrainingMonitor"));
    m_session->addCurve(QStringLiteral("loss"), tr("batch loss"));
    m_session->addCurve(QStringLiteral("val_loss"), tr("validation loss"));
    // Both objectives' accuracy curves are known to the session; the legend shows the chosen one's.
    for (const auto &[id, name] : accuracyCurves(QStringLiteral("mlm")) + accuracyCurves(QStringLiteral("t5")))
        m_session->addCurve(id, name, TrainingMonitor::Axis::Right);
    m_session->setAxisTitles(tr("training step"), tr("loss (nats per target token)"), tr("accuracy"));
    m_session->addTextPreview(tr("T5 previews"), tr("A T5 run shows its probe sentence here: the corrupted input and "
                                                    "the spans the model writes back."));

    // The masked LM's probe: the rule on a live batch row, and the probe sentence's candidates.
    m_probePanel = new QWidget;
    m_probePanel->setObjectName(QStringLiteral("maskedProbePanel"));
    m_probePanel->setMinimumWidth(240);
    auto *probe = new QVBoxLayout(m_probePanel);
    probe->setContentsMargins(0, 0, 0, 0);
    m_probeTitle = new QLabel(tr("BERT's masking rule, on a row of this step's batch"), m_probePanel);
    m_probeTitle->setTextFormat(Qt::PlainText);
    m_probeTitle->setWordWrap(true);
    probe->addWidget(m_probeTitle);
    m_example = new textlab::TokenView;
    m_example->setObjectName(QStringLiteral("maskedExampleRow"));
    m_example->setSelectable(false);
    m_example->setPlaceholder(tr("The row appears with the first probe."));
    probe->addWidget(m_example);
    m_ruleLine = new QLabel(m_probePanel);
    m_ruleLine->setObjectName(QStringLiteral("maskedRuleLine"));
    m_ruleLine->setTextFormat(Qt::PlainText);
    m_ruleLine->setWordWrap(true);
    probe->addWidget(m_ruleLine);
    m_probeFilled = new QLabel(m_probePanel);
    m_probeFilled->setObjectName(QStringLiteral("maskedProbeFilled"));
    m_probeFilled->setTextFormat(Qt::PlainText);
    m_probeFilled->setWordWrap(true);
    probe->addWidget(m_probeFilled);
    m_probeBars = new CandidateBars(m_probePanel);
    m_probeBars->setObjectName(QStringLiteral("maskedProbeBars"));
    m_probeBars->setPlaceholder(tr("The model's guesses for the probe sentence appear here as it learns; the step "
                                   "slider picks the probe of a step."));
    probe->addWidget(m_probeBars, 1);
    m_session->previews()->insertTab(0, m_probePanel, tr("Masking rule and probe"));

    connect(m_objective, &QComboBox::currentIndexChanged, this, &MaskedTrainPage::objectiveChanged);
    connect(m_start, &QPushButton::clicked, this, &MaskedTrainPage::start);
    connect(m_output->edit(), &QLineEdit::textChanged, this, [this] { m_session->setModelFolder(m_output->folder()); });
    connect(m_session, &TrainingSession::useModel, this, [this](const QString &folder) { Q_EMIT useModel(folder, m_runObjective); });
    connect(m_session, &TrainingSession::metricsReported, this, &MaskedTrainPage::onMetrics);
    connect(m_session, &TrainingSession::otherPartial, this, &MaskedTrainPage::onPartial);
    connect(m_session, &TrainingSession::shownStepChanged, this, &MaskedTrainPage::showProbeAt);
    connect(m_session, &TrainingSession::cleared, this, [this] {
        m_probes.clear();
        m_shownProbe = -1;
        m_example->clear();
        m_probeBars->clear();
        m_ruleLine->clear();
        m_probeFilled->clear();
    });
    connect(m_session, &TrainingSession::runningChanged, m_form, [this](bool running) { m_form->setEnabled(!running); });
    connect(m_session, &TrainingSession::finished, this, [this](JobState state, const QString &) {
        if (state != JobState::Succeeded)
            return;
        const auto r = m_session->job()->resultAs<services::MaskedTrainResult>();
        m_session->setStatus(tr("Done: %1 steps in %2 s · validation loss %3 · accuracy %4 % · %5 parameters")
                                 .arg(QLocale().toString(r.step))
                                 .arg(QLocale().toString(r.seconds, 'f', 0))
                                 .arg(QLocale().toString(r.validationLoss, 'f', 3))
                                 .arg(QLocale().toString(r.validationAccuracy * 100.0, 'f', 1))
                                 .arg(QLocale().toString(r.parameterCount)));
    });
    connect(m_size, &QComboBox::currentIndexChanged, this, &MaskedTrainPage::settingsChanged);
    connect(m_vocab, &QSpinBox::valueChanged, this, &MaskedTrainPage::settingsChanged);
    connect(m_context, &QSpinBox::valueChanged, this, &MaskedTrainPage::settingsChanged);
    objectiveChanged();
}

MaskedTrainPage::~MaskedTrainPage() = default;

QString MaskedTrainPage::objective() const
{
    return m_objective->currentData().toString();
}

void MaskedTrainPage::setObjective(const QString &objective)
{
    const int i = m_objective->findData(objective);
    if (i >= 0)
        m_objective->setCurrentIndex(i);
}

QList<QPair<QString, QString>> MaskedTrainPage::accuracyCurves(const QString &objective) const
{
    if (objective == QLatin1String("mlm"))
        return {{QStringLiteral("masked_accuracy"), tr("accuracy at the masks")},
                {QStringLiteral("val_masked_accuracy"), tr("validation accuracy at the masks")}};
    return {{QStringLiteral("token_accuracy"), tr("target tokens right")},
            {QStringLiteral("val_accuracy"), tr("validation target tokens right")}};
}

void MaskedTrainPage::objectiveChanged()
{
    const bool mlm = objective() == QLatin1String("mlm");
    m_wholeWord->setVisible(mlm);
    QTabWidget *previews = m_session->previews();
    previews->setTabVisible(previews->indexOf(m_probePanel), mlm);
    int text = -1;
    for (int i = 0; i < previews->count(); ++i)
        if (previews->tabText(i) == tr("T5 previews"))
            text = i;
    if (text >= 0)
        previews->setTabVisible(text, !mlm);
    previews->setCurrentIndex(mlm ? previews->indexOf(m_probePanel) : std::max(0, text));
    TrainingMonitor *monitor = m_session->monitor();
    for (const auto &[id, name] : accuracyCurves(mlm ? QStringLiteral("t5") : QStringLiteral("mlm")))
        if (monitor->hasSeries(id))
            monitor->removeSeries(id);
    for (const auto &[id, name] : accuracyCurves(objective()))
        if (!monitor->hasSeries(id))
            monitor->addSeries(id, name, {}, TrainingMonitor::Axis::Right);
    // Each objective's own defaults (steps, batch, learning rate, ...).
    if (mlm) {
        const em::TrainOptions d;
        m_common->set(d);
        m_vocab->setValue(d.vocabSize);
        m_context->setValue(d.contextLength);
    } else {
        const em::T5TrainOptions d;
        m_common->set(d);
        m_vocab->setValue(d.vocabSize);
        m_context->setValue(d.chunkTokens);
    }
    m_output->set(QString(), m_output->resume()); // keeps the folder; a proposed one follows the objective
    Q_EMIT settingsChanged();
}

em::TrainOptions MaskedTrainPage::mlmOptions() const
{
    em::TrainOptions o;
    o.dataPath = m_data->text().trimmed().toStdString();
    o.outDir = m_output->folder().toStdString();
    o.resume = m_output->resume();
    const SizePreset &size = kSizes[std::clamp(m_size->currentIndex(), 0, 2)];
    o.layers = m_customLayers > 0 ? m_customLayers : size.layers;
    o.hiddenSize = m_customWidth > 0 ? m_customWidth : size.width;
    o.heads = m_customWidth > 0 ? 2 : size.heads;
    o.vocabSize = m_vocab->value();
    o.contextLength = m_context->value();
    o.masking.wholeWord = m_wholeWord->isChecked();
    m_common->read(o);
    return o;
}

em::T5TrainOptions MaskedTrainPage::t5Options() const
{
    em::T5TrainOptions o;
    o.dataPath = m_data->text().trimmed().toStdString();
    o.outDir = m_output->folder().toStdString();
    o.resume = m_output->resume();
    const SizePreset &size = kSizes[std::clamp(m_size->currentIndex(), 0, 2)];
    const int layers = m_customLayers > 0 ? m_customLayers : std::max(1, size.layers - 1);
    o.encoderLayers = layers;
    o.decoderLayers = layers;
    o.dModel = m_customWidth > 0 ? m_customWidth : size.width;
    o.heads = m_customWidth > 0 ? 2 : size.heads;
    o.dKv = o.dModel / o.heads;
    o.dFf = 2 * o.dModel;
    o.vocabSize = m_vocab->value();
    o.chunkTokens = m_context->value();
    m_common->read(o);
    return o;
}

void MaskedTrainPage::setDataPath(const QString &path)
{
    m_data->setText(path);
}

void MaskedTrainPage::setOutDir(const QString &path)
{
    m_output->set(path, m_output->resume());
}

void MaskedTrainPage::setQuickSettings(int steps, int batch, int width, int layers, int context, int vocab)
{
    m_common->steps->setValue(steps);
    m_common->batch->setValue(batch);
    m_common->previewEvery->setValue(std::max(1, steps / 4));
    m_common->evalEvery->setValue(std::max(1, steps / 4));
    m_customWidth = width;
    m_customLayers = layers;
    m_context->setValue(context);
    m_vocab->setValue(vocab);
}

bool MaskedTrainPage::start()
{
    if (m_session->isRunning())
        return false;
    if (m_data->text().trimmed().isEmpty() || !QFileInfo(m_data->text().trimmed()).isFile()) {
        m_session->setStatus(tr("Choose a text file to train on first."), TrainingSession::Tone::Error);
        return false;
    }
    if (const QString problem = m_output->problem(); !problem.isEmpty()) {
        m_session->setStatus(problem, TrainingSession::Tone::Error);
        return false;
    }
    m_runObjective = objective();
    m_lastVal = m_lastAccuracy = -1;
    if (m_runObjective == QLatin1String("mlm")) {
        const em::TrainOptions o = mlmOptions();
        m_totalSteps = o.steps;
        m_session->attach(m_service->trainMlm(o), o);
    } else {
        const em::T5TrainOptions o = t5Options();
        m_totalSteps = o.steps;
        m_session->attach(m_service->trainT5(o), o);
    }
    return true;
}

void MaskedTrainPage::onMetrics(const engine::train::Metrics &m)
{
    for (const auto &[name, value] : m.scalars) {
        if (name == "loss")
            m_lastLoss = value;
        else if (name == "val_loss")
            m_lastVal = value;
        else if (name == "masked_accuracy" || name == "token_accuracy")
            m_lastAccuracy = value;
        else if (name == "tokens_per_s" || name == "examples_per_s")
            m_lastRate = value;
    }
    QString text = tr("Step %1 of %2 · loss %3").arg(QLocale().toString(m.step)).arg(QLocale().toString(m_totalSteps)).arg(QLocale().toString(m_lastLoss, 'f', 3));
    if (m_lastAccuracy >= 0)
        text += tr(" · %1 % right").arg(QLocale().toString(m_lastAccuracy * 100.0, 'f', 1));
    if (m_lastVal >= 0)
        text += tr(" · validation %1").arg(QLocale().toString(m_lastVal, 'f', 3));
    const Job *job = m_session->job();
    if (job && job->state() == JobState::Paused)
        text += tr(" · paused");
    m_session->setStatus(text);
}

void MaskedTrainPage::onPartial(const engine::Partial &partial)
{
    auto probe = em::MaskedProbe::decode(partial);
    if (!probe)
        return;
    const qint64 step = probe->step;
    m_probes[step] = std::move(*probe);
    m_session->recordStep(step); // the slider offers the probe's step
    showProbeAt(m_session->shownStep() >= 0 ? m_session->shownStep() : step);
}

void MaskedTrainPage::showProbeAt(qint64 step)
{
    if (m_probes.empty())
        return;
    auto it = m_probes.upper_bound(step);
    if (it == m_probes.begin())
        return;
    --it;
    if (it->first == m_shownProbe)
        return;
    m_shownProbe = it->first;
    const em::MaskedProbe &p = it->second;
    m_probeTitle->setText(tr("BERT's masking rule on a row of step %1's batch").arg(p.step));
    // The row: chosen positions coloured by what the rule did.
    std::map<int, const em::ProbeTarget *> targets;
    for (const auto &t : p.exampleTargets)
        targets[t.position] = &t;
    QList<textlab::TokenCell> cells;
    int counts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < p.examplePieces.size(); ++i) {
        textlab::TokenCell cell;
        QString piece = fromStd(p.examplePieces[i]);
        const bool continuation = piece.startsWith(QLatin1String("##"));
        cell.text = (i > 0 && !continuation ? QStringLiteral(" ") : QString()) + (continuation ? piece.mid(2) : piece);
        if (auto t = targets.find(int(i)); t != targets.end()) {
            const int a = int(t->second->action);
            ++counts[a];
            cell.background = kActionColors[a];
            cell.toolTip = tr("%1: the loss asks for %2 here; the model saw %3")
                               .arg(QString::fromLatin1(em::maskActionName(t->second->action)),
                                    textlab::quotedToken(fromStd(t->second->original)),
                                    textlab::quotedToken(fromStd(t->second->input)));
        }
        cells.append(cell);
    }
    m_example->setTokens(cells);
    const int chosen = counts[0] + counts[1] + counts[2];
    m_ruleLine->setText(tr("%1 of %2 tokens chosen (%3 %): %4 became [MASK] (orange), %5 a random token (violet), %6 "
                           "stayed (green); the loss is taken at those %1 only.")
                            .arg(chosen)
                            .arg(std::max<int>(0, int(p.examplePieces.size()) - 2))
                            .arg(QLocale().toString(p.examplePieces.size() > 2 ? 100.0 * chosen / double(p.examplePieces.size() - 2) : 0.0, 'f', 0))
                            .arg(counts[0])
                            .arg(counts[1])
                            .arg(counts[2]));
    m_probeFilled->setText(tr("Probe at step %1: %2").arg(p.step).arg(fromStd(p.probeFilled)));
    const std::vector<services::MaskPrediction> masks = services::masked::predictionsOf(p.probeMasks);
    QStringList titles;
    for (std::size_t i = 0; i < masks.size(); ++i)
        titles << tr("[MASK] %1 of the probe").arg(i + 1);
    m_probeBars->setPredictions(masks, titles, {});
}

QJsonObject MaskedTrainPage::saveState() const
{
    QJsonObject s;
    s.insert(QStringLiteral("objective"), objective());
    s.insert(QStringLiteral("data"), m_data->text());
    s.insert(QStringLiteral("size"), m_size->currentIndex());
    s.insert(QStringLiteral("vocab"), m_vocab->value());
    s.insert(QStringLiteral("context"), m_context->value());
    s.insert(QStringLiteral("wholeWord"), m_wholeWord->isChecked());
    return s;
}

void MaskedTrainPage::restoreState(const QJsonObject &s)
{
    if (s.value(QStringLiteral("objective")).isString())
        setObjective(s.value(QStringLiteral("objective")).toString());
    if (s.value(QStringLiteral("data")).isString())
        m_data->setText(s.value(QStringLiteral("data")).toString());
    if (s.value(QStringLiteral("size")).isDouble())
        m_size->setCurrentIndex(std::clamp(s.value(QStringLiteral("size")).toInt(), 0, 2));
    if (s.value(QStringLiteral("vocab")).isDouble())
        m_vocab->setValue(s.value(QStringLiteral("vocab")).toInt());
    if (s.value(QStringLiteral("context")).isDouble())
        m_context->setValue(s.value(QStringLiteral("context")).toInt());
    if (s.value(QStringLiteral("wholeWord")).isBool())
        m_wholeWord->setChecked(s.value(QStringLiteral("wholeWord")).toBool());
}

} // namespace genlab::widgets::maskedlab
