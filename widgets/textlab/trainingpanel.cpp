#include "widgets/textlab/trainingpanel.h"

#include "services/job.h"
#include "services/training.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/trainingcontrols.h"
#include "widgets/components/trainingsession.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

#include <algorithm>

namespace genlab::widgets::textlab {

using services::Job;
using services::JobState;
using services::TextService;

namespace {

struct SizePreset
{
    const char *name;
    int layers, heads, embed;
};

// Sizes that train in minutes on a laptop CPU.
const SizePreset kSizes[] = {
    {QT_TRANSLATE_NOOP("genlab::widgets::textlab::TrainingPanel", "Tiny: 2 layers, 64 wide (~0.1 M)"), 2, 2, 64},
    {QT_TRANSLATE_NOOP("genlab::widgets::textlab::TrainingPanel", "Small: 4 layers, 128 wide (~0.8 M)"), 4, 4, 128},
    {QT_TRANSLATE_NOOP("genlab::widgets::textlab::TrainingPanel", "Medium: 6 layers, 192 wide (~2.7 M)"), 6, 6, 192},
};

} // namespace

TrainingPanel::TrainingPanel(TextService *service, QWidget *parent) : TrainingPage(parent), m_service(service)
{
    // Every field starts from the trainer's defaults (engine::gpt::defaultCommon() and the model's).
    const engine::gpt::TrainOptions defaults;
    m_form = new QWidget(m_session);
    auto *rows = new QFormLayout(m_form);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_data = form::addFileRow(rows, tr("Text"), QString::fromStdString(defaults.dataPath), QStringLiteral("trainDataEdit"),
                              tr("Text to train on"), tr("Text files (*.txt *.md);;All files (*)"));
    m_data->setPlaceholderText(tr("a text file"));
    m_out = form::addFolderRow(rows, tr("Model folder"), services::defaultTrainingFolder(QStringLiteral("text"), QStringLiteral("lm")),
                               QStringLiteral("trainOutEdit"), tr("Model folder"));
    m_out->setToolTip(tr("Checkpoints go here; training resumes from it when it already holds one of the same shape."));
    m_tokenizer = new QComboBox(m_form);
    m_tokenizer->addItem(tr("Characters"), QStringLiteral("char"));
    m_tokenizer->addItem(tr("BPE, 512 tokens learned on the text"), QStringLiteral("bpe:512"));
    m_tokenizer->addItem(tr("BPE, 1024 tokens learned on the text"), QStringLiteral("bpe:1024"));
    m_tokenizer->setCurrentIndex(std::max(0, m_tokenizer->findData(QString::fromStdString(defaults.tokenizer))));
    rows->addRow(tr("Tokenizer"), m_tokenizer);
    m_size = new QComboBox(m_form);
    for (const SizePreset &s : kSizes) {
        m_size->addItem(tr(s.name));
        if (s.layers == defaults.layers && s.embed == defaults.embedDim)
            m_size->setCurrentIndex(m_size->count() - 1);
    }
    rows->addRow(tr("Size"), m_size);
    m_context = form::spinBox(m_form, 16, 1024, defaults.contextLength, QStringLiteral("trainContextBox"));
    rows->addRow(tr("Context"), m_context);
    m_common = std::make_unique<form::CommonFields>(rows, defaults, form::CommonFields::All | form::CommonFields::EvalEvery,
                                                tr("Sample every"));
    m_common->steps->setObjectName(QStringLiteral("trainStepsBox"));
    m_session->setForm(m_form);

    m_start = new QPushButton(tr("Train"), m_form);
    m_start->setObjectName(QStringLiteral("trainStartButton"));
    m_start->setToolTip(tr("Train; with a checkpoint in the model folder, continue it"));
    m_session->setStartButton(m_start);
    m_session->useButton()->setText(tr("Generate with this model"));
    m_session->statusLabel()->setObjectName(QStringLiteral("trainStats"));
    m_session->setStatus(tr("Choose a text file and press Train."));
    m_session->setStatusFromProgress(false); // the metrics say more
    m_session->setAdvice(tr("generate with it"), tr("press Train again to continue"));
    m_session->setModelFolder(m_out->text().trimmed());

    m_session->monitor()->setObjectName(QStringLiteral("lmTrainingMonitor"));
    m_session->addCurve(QStringLiteral("loss"), tr("batch loss"));
    m_session->addCurve(QStringLiteral("train_loss"), tr("train loss (estimate)"));
    m_session->addCurve(QStringLiteral("val_loss"), tr("validation loss"));
    m_session->addCurve(QStringLiteral("learning_rate"), tr("learning rate"), TrainingMonitor::Axis::Right);
    m_session->setAxisTitles(tr("training step"), tr("loss (nats per token)"), tr("learning rate"));
    m_session->addTextPreview(tr("Samples"),
                              tr("Samples appear here as the model learns; the slider below (or a click on the plot) "
                                 "picks the one of a step."))
        ->setObjectName(QStringLiteral("trainSamples"));

    connect(m_start, &QPushButton::clicked, this, &TrainingPanel::start);
    connect(m_out, &QLineEdit::textChanged, this, [this](const QString &text) { m_session->setModelFolder(text.trimmed()); });
    connect(m_session, &TrainingSession::useModel, this, &TrainingPanel::useModelRequested);
    connect(m_session, &TrainingSession::metricsReported, this, &TrainingPanel::onMetrics);
    connect(m_session, &TrainingSession::runningChanged, m_form, [this](bool running) { m_form->setEnabled(!running); });
    connect(m_session, &TrainingSession::finished, this, [this](JobState state, const QString &) {
        if (state == JobState::Succeeded) {
            const auto r = m_session->job()->resultAs<engine::gpt::TrainResult>();
            m_session->setStatus(tr("Done: %1 steps in %2 s · validation loss %3 (perplexity %4) · %5 tokens/s · %6 parameters")
                                     .arg(QLocale().toString(r.steps))
                                     .arg(QLocale().toString(r.seconds, 'f', 0))
                                     .arg(QLocale().toString(r.validationLoss, 'f', 3))
                                     .arg(QLocale().toString(r.validationPerplexity, 'f', 2))
                                     .arg(QLocale().toString(r.tokensPerSecond, 'f', 0))
                                     .arg(QLocale().toString(r.parameterCount)));
        }
        Q_EMIT trainingFinished(state == JobState::Succeeded);
    });
}

TrainingPanel::~TrainingPanel() = default; // the session stops a live run, which saves a checkpoint

QPlainTextEdit *TrainingPanel::samples() const
{
    return m_session->textPreview();
}

QLabel *TrainingPanel::stats() const
{
    return m_session->statusLabel();
}

QToolButton *TrainingPanel::pauseButton() const
{
    return m_session->controls()->pauseButton();
}

QToolButton *TrainingPanel::stepButton() const
{
    return m_session->controls()->stepButton();
}

QToolButton *TrainingPanel::stopButton() const
{
    return m_session->controls()->stopButton();
}

engine::gpt::TrainOptions TrainingPanel::options() const
{
    engine::gpt::TrainOptions o;
    o.dataPath = m_data->text().toStdString();
    o.outDir = m_out->text().trimmed().toStdString();
    o.tokenizer = m_tokenizer->currentData().toString().toStdString();
    const SizePreset &size = kSizes[std::clamp(m_size->currentIndex(), 0, 2)];
    o.layers = m_customLayers > 0 ? m_customLayers : size.layers;
    o.embedDim = m_customEmbed > 0 ? m_customEmbed : size.embed;
    o.heads = m_customLayers > 0 || m_customEmbed > 0 ? 2 : size.heads;
    o.contextLength = m_context->value();
    m_common->read(o);
    o.resume = engine::train::Resume::IfPresent; // "press Train again" continues the folder's checkpoint
    return o;
}

void TrainingPanel::setDataPath(const QString &path)
{
    m_data->setText(path);
}

void TrainingPanel::setOutDir(const QString &path)
{
    m_out->setText(path);
}

void TrainingPanel::setQuickSettings(int steps, int batch, int layers, int embed, int context)
{
    m_common->steps->setValue(steps);
    m_common->batch->setValue(batch);
    m_common->previewEvery->setValue(std::max(1, steps / 4));
    m_common->evalEvery->setValue(std::max(1, steps / 10));
    m_customLayers = layers;
    m_customEmbed = embed;
    m_context->setValue(context);
}

void TrainingPanel::setSizePreset(int index)
{
    m_size->setCurrentIndex(index);
}

bool TrainingPanel::start()
{
    if (m_session->isRunning())
        return false;
    if (m_data->text().isEmpty() || !QFileInfo(m_data->text()).isFile()) {
        m_session->setStatus(tr("Choose a text file to train on first."));
        return false;
    }
    if (m_out->text().trimmed().isEmpty()) {
        m_session->setStatus(tr("Choose a folder for the model."));
        return false;
    }
    const engine::gpt::TrainOptions o = options();
    m_totalSteps = o.steps;
    m_lastVal = m_lastPerplexity = -1;
    m_session->attach(m_service->train(o), o);
    return true;
}

void TrainingPanel::onMetrics(const engine::train::Metrics &m)
{
    for (const auto &[name, value] : m.scalars) {
        if (name == "loss")
            m_lastLoss = value;
        else if (name == "val_loss")
            m_lastVal = value;
        else if (name == "val_perplexity")
            m_lastPerplexity = value;
        else if (name == "tokens_per_s")
            m_lastTokensPerSecond = value;
        else if (name == "learning_rate")
            m_lastLr = value;
    }
    const QLocale locale;
    QString text = tr("Step %1 of %2 · loss %3").arg(QLocale().toString(m.step)).arg(QLocale().toString(m_totalSteps)).arg(QLocale().toString(m_lastLoss, 'f', 3));
    if (m_lastVal >= 0)
        text += tr(" · validation %1 (perplexity %2)").arg(QLocale().toString(m_lastVal, 'f', 3)).arg(QLocale().toString(m_lastPerplexity, 'f', 2));
    text += tr(" · %1 tokens/s · learning rate %2").arg(locale.toString(m_lastTokensPerSecond, 'f', 0)).arg(m_lastLr, 0, 'e', 2);
    const Job *job = m_session->job();
    if (job && job->state() == JobState::Paused)
        text += tr(" · paused");
    m_session->setStatus(text);
}

} // namespace genlab::widgets::textlab
