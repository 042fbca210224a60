#include "widgets/components/trainingsession.h"

#include "services/training.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/stepslider.h"
#include "widgets/components/trainingcontrols.h"

#include <QAbstractButton>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets {

namespace train = engine::train;
using services::Job;
using services::JobState;

namespace {
constexpr int kLogLines = 3; // the newest lines of the run's log under the status
}

TrainingSession::TrainingSession(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("trainingSession"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_split = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(m_split);

    // Left: the lab's form, then the controls and what the run says.
    m_scroll = new QScrollArea(m_split);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_left = new QWidget(m_scroll);
    auto *leftLayout = new QVBoxLayout(m_left);
    m_formSlot = new QWidget(m_left);
    auto *formSlotLayout = new QVBoxLayout(m_formSlot);
    formSlotLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_formSlot);
    m_controls = new TrainingControls(TrainingControls::Look::Panel, m_left);
    leftLayout->addWidget(m_controls);
    m_use = new QPushButton(tr("Use this model"), m_left);
    m_use->setObjectName(QStringLiteral("useModelButton"));
    leftLayout->addWidget(m_use);
    m_status = new QLabel(m_left);
    m_status->setObjectName(QStringLiteral("trainingStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    leftLayout->addWidget(m_status);
    m_log = new QLabel(m_left);
    m_log->setObjectName(QStringLiteral("trainingLog"));
    m_log->setWordWrap(true);
    m_log->setTextFormat(Qt::PlainText);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    m_log->hide();
    leftLayout->addWidget(m_log);
    leftLayout->addStretch(1);
    m_scroll->setWidget(m_left);
    m_left->installEventFilter(this);
    m_split->addWidget(m_scroll);

    // Right: the curves above, the previews of the picked step below.
    auto *right = new QSplitter(Qt::Vertical, m_split);
    m_monitor = new TrainingMonitor(right);
    right->addWidget(m_monitor);
    m_bottom = new QSplitter(Qt::Horizontal, right);
    auto *previewHost = new QWidget(m_bottom);
    auto *previewLayout = new QVBoxLayout(previewHost);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    m_previews = new QTabWidget(previewHost);
    m_previews->setObjectName(QStringLiteral("trainingPreviews"));
    m_previews->setDocumentMode(true);
    m_previews->setTabBarAutoHide(true); // one kind of preview needs no tabs
    previewLayout->addWidget(m_previews, 1);
    m_slider = new StepSlider(previewHost);
    previewLayout->addWidget(m_slider);
    m_slider->bind(m_monitor, nullptr); // the session shows the previews: several kinds per step
    m_bottom->addWidget(previewHost);
    right->addWidget(m_bottom);
    right->setStretchFactor(0, 5);
    right->setStretchFactor(1, 4);
    m_split->addWidget(right);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({340, 900});

    m_useIt = tr("use it");
    m_resumeIt = tr("press Train to continue");

    connect(m_slider, &StepSlider::stepChanged, this, &TrainingSession::showPreviews);
    connect(m_slider, &StepSlider::stepChanged, this, &TrainingSession::shownStepChanged);
    connect(m_use, &QPushButton::clicked, this, [this] {
        Q_EMIT useModel(m_modelFolder.isEmpty() ? m_runFolder : m_modelFolder);
    });
    updateUse();
}

TrainingSession::~TrainingSession()
{
    // Closing the lab stops its run; the trainer saves the last completed step (checkpointOnCancel).
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void TrainingSession::setForm(QWidget *form)
{
    m_formSlot->layout()->addWidget(form);
    fitColumn();
}

// The form is never cut: the column is as wide as its fields and the control row need (the
// status may wrap). Measured again whenever the form's layout changes: size hints are only
// right once the widgets are polished.
void TrainingSession::fitColumn()
{
    const QMargins margins = m_left->layout()->contentsMargins();
    const int needed = std::max(m_formSlot->sizeHint().width(), m_controls->sizeHint().width()) + margins.left() +
                       margins.right() + m_scroll->verticalScrollBar()->sizeHint().width() + 4;
    if (m_scroll->minimumWidth() != needed)
        m_scroll->setMinimumWidth(needed);
}

bool TrainingSession::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_left && (event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show))
        fitColumn();
    return QWidget::eventFilter(watched, event);
}

void TrainingSession::setStartButton(QAbstractButton *button)
{
    m_start = button;
    m_controls->addLeading(button);
    fitColumn();
    updateRunning();
}

void TrainingSession::addSideView(QWidget *view)
{
    m_bottom->insertWidget(m_bottom->count() - 1, view);
    m_bottom->setStretchFactor(m_bottom->count() - 1, 1);
}

void TrainingSession::addCurve(const QString &scalar, const QString &name, TrainingMonitor::Axis axis, const QColor &color,
                               double factor)
{
    m_monitor->addSeries(scalar, name, color, axis);
    m_curves.insert(scalar, Curve{factor});
}

void TrainingSession::setAxisTitles(const QString &x, const QString &left, const QString &right)
{
    m_monitor->setAxisTitles(x, left, right);
}

ImageGridView *TrainingSession::addImagePreview(const QString &what, const QString &title, const QString &caption,
                                                const QString &emptyText, Labeller labels)
{
    ImageKind &kind = imageKind(what);
    m_previews->setTabText(m_previews->indexOf(kind.page), title);
    kind.captionText = caption;
    kind.caption->setText(caption);
    kind.caption->setVisible(!caption.isEmpty());
    kind.labels = std::move(labels);
    if (!emptyText.isEmpty())
        kind.grid->setEmptyText(emptyText);
    return kind.grid;
}

TrainingSession::ImageKind &TrainingSession::imageKind(const QString &what)
{
    auto it = m_kinds.find(what);
    if (it != m_kinds.end())
        return *it;
    ImageKind kind;
    kind.page = new QWidget(m_previews);
    auto *layout = new QVBoxLayout(kind.page);
    layout->setContentsMargins(0, 4, 0, 0);
    kind.caption = new QLabel(kind.page);
    kind.caption->setWordWrap(true);
    kind.caption->setTextFormat(Qt::PlainText);
    kind.caption->hide();
    layout->addWidget(kind.caption);
    kind.grid = new ImageGridView(kind.page);
    kind.grid->setObjectName(what + QStringLiteral("Grid"));
    kind.grid->setEmptyText(tr("Previews appear every few steps while training runs"));
    layout->addWidget(kind.grid, 1);
    m_previews->addTab(kind.page, what);
    return *m_kinds.insert(what, kind);
}

ImageGridView *TrainingSession::imagePreview(const QString &what) const
{
    auto it = m_kinds.constFind(what);
    return it == m_kinds.cend() ? nullptr : it->grid;
}

QPlainTextEdit *TrainingSession::addTextPreview(const QString &title, const QString &emptyText)
{
    if (!m_text) {
        m_textPage = new QWidget(m_previews);
        auto *layout = new QVBoxLayout(m_textPage);
        layout->setContentsMargins(0, 4, 0, 0);
        m_textTitle = new QLabel(m_textPage);
        m_textTitle->setTextFormat(Qt::PlainText);
        m_textTitle->setWordWrap(true);
        layout->addWidget(m_textTitle);
        m_text = new QPlainTextEdit(m_textPage);
        m_text->setReadOnly(true);
        layout->addWidget(m_text, 1);
        m_previews->addTab(m_textPage, title);
    }
    m_previews->setTabText(m_previews->indexOf(m_textPage), title);
    m_textEmpty = emptyText;
    m_textTitle->setText(emptyText);
    return m_text;
}

void TrainingSession::setAdvice(const QString &useIt, const QString &resumeIt)
{
    m_useIt = useIt;
    m_resumeIt = resumeIt;
}

void TrainingSession::setModelFolder(const QString &folder)
{
    m_modelFolder = folder;
    updateUse();
}

void TrainingSession::attach(Job *job, const train::CommonOptions &options)
{
    if (m_job)
        disconnect(m_job, nullptr, this, nullptr);
    const QString outDir = QString::fromStdString(options.outDir);
    // Called before the job can have written anything, so a checkpoint here is the one it resumes.
    const bool resuming = options.resume == train::Resume::Required ||
                          (options.resume == train::Resume::IfPresent && services::hasCheckpoint(outDir));
    const bool sameFolder = !m_runFolder.isEmpty() && QDir::cleanPath(outDir) == QDir::cleanPath(m_runFolder);
    // What this session drew belongs to the checkpoint being resumed only when it drew that folder.
    m_trimOnFirstStep = resuming && sameFolder;
    if (!m_trimOnFirstStep)
        clearViews();
    m_runFolder = outDir;
    m_resuming = resuming;
    m_totalSteps = options.steps;
    m_learningRate = options.learningRate;
    m_firstStep = m_lastStep = m_lastCheckpointStep = -1;
    m_divergence.reset();
    m_divergencePaused = false;
    m_logLines.clear();
    m_log->clear();
    m_log->hide();

    m_job = job;
    m_controls->setJob(job);
    if (job) {
        connect(job, &Job::partialResult, this, &TrainingSession::onPartial);
        connect(job, &Job::stateChanged, this, &TrainingSession::onStateChanged);
        connect(job, &Job::progressChanged, this, [this](double, const QString &stage) {
            if (m_statusFromProgress && m_job && m_job->state() == JobState::Running)
                setStatus(tr("Training: %1").arg(stage));
        });
        connect(job, &Job::finished, this, &TrainingSession::onFinished);
    }
    setStatus(tr("Starting…"));
    updateRunning();
    updateUse();
}

Job *TrainingSession::job() const
{
    return m_job;
}

bool TrainingSession::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void TrainingSession::setStatus(const QString &text, Tone tone)
{
    m_status->setText(text);
    m_status->setStyleSheet(tone == Tone::Error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

QString TrainingSession::statusText() const
{
    return m_status->text();
}

qint64 TrainingSession::shownStep() const
{
    return m_slider->currentStep();
}

void TrainingSession::clearViews()
{
    m_monitor->clearData();
    m_slider->clear();
    m_steps.clear();
    for (ImageKind &kind : m_kinds) {
        kind.grid->clear();
        kind.shownSerial = 0;
    }
    if (m_text) {
        m_text->clear();
        m_textTitle->setText(m_textEmpty);
    }
    m_textShownStep = -2;
    Q_EMIT cleared();
}

void TrainingSession::trimFrom(qint64 step)
{
    if (!m_trimOnFirstStep)
        return;
    // What the previous run drew past the checkpoint (it may have diverged there) is replaced by
    // what this run does from it.
    m_trimOnFirstStep = false;
    m_monitor->removePointsFrom(double(step));
    m_slider->removeFrom(step);
    m_steps.erase(m_steps.lower_bound(step), m_steps.end());
    showPreviews();
}

void TrainingSession::onPartial(const engine::Partial &p)
{
    if (auto m = train::Metrics::decode(p)) {
        trimFrom(m->step);
        if (m_firstStep < 0)
            m_firstStep = m->step;
        m_lastStep = std::max(m_lastStep, qint64(m->step));
        if (m_divergence && m_divergence->paused && m->step > m_divergence->step) {
            // Resumed past the step that diverged: the run goes on (the log keeps the line), and
            // how it ends is said as for any run.
            m_divergence.reset();
            m_divergencePaused = false;
        }
        for (const auto &[name, value] : m->scalars) {
            const QString id = QString::fromStdString(name);
            auto it = m_curves.constFind(id);
            if (it != m_curves.cend())
                m_monitor->appendPoint(id, double(m->step), value * it->factor);
        }
        Q_EMIT metricsReported(*m);
    } else if (auto preview = train::ImagePreview::decode(p)) {
        trimFrom(preview->step);
        const QString what = QString::fromStdString(preview->what);
        ImageKind &kind = imageKind(what);
        Shot shot;
        shot.labels = kind.labels ? kind.labels(*preview) : QStringList();
        shot.cols = preview->cols;
        shot.caption = QString::fromStdString(preview->caption);
        shot.images = std::move(preview->images);
        shot.serial = m_nextSerial++;
        m_steps[preview->step].images.insert(what, std::move(shot));
        recordStep(preview->step);
    } else if (auto text = train::TextPreview::decode(p)) {
        trimFrom(text->step);
        if (!m_text)
            addTextPreview(tr("Samples"), tr("Samples appear here as the model learns."));
        m_steps[text->step].text = QString::fromStdString(text->text);
        if (m_textShownStep == text->step)
            m_textShownStep = -2; // replaced: show it again
        recordStep(text->step);
    } else if (auto checkpoint = train::CheckpointWritten::decode(p)) {
        m_lastCheckpointStep = checkpoint->step;
        updateUse();
        Q_EMIT checkpointWritten(checkpoint->step, QString::fromStdString(checkpoint->dir));
    } else if (auto diverged = train::Divergence::decode(p)) {
        trimFrom(diverged->step);
        if (m_firstStep < 0)
            m_firstStep = diverged->step;
        m_divergence = std::move(*diverged);
        m_divergencePaused = m_divergence->paused;
        if (m_divergencePaused)
            setStatus(divergedMessage(), Tone::Error);
    } else if (auto line = train::LogLine::decode(p)) {
        const QString text = QString::fromStdString(line->text);
        m_logLines << text;
        while (m_logLines.size() > kLogLines)
            m_logLines.removeFirst();
        m_log->setText(m_logLines.join(QLatin1Char('\n')));
        m_log->show();
        Q_EMIT logLine(line->step, text);
    } else {
        Q_EMIT otherPartial(p);
    }
}

void TrainingSession::recordStep(qint64 step)
{
    m_slider->record(step, {}, {});
    prune();
    showPreviews();
}

// The slider thins its steps over a long run (bounded memory): the previews follow it.
void TrainingSession::prune()
{
    if (int(m_steps.size()) <= m_slider->snapshotCount())
        return;
    const QList<qint64> kept = m_slider->steps();
    for (auto it = m_steps.begin(); it != m_steps.end();) {
        if (std::binary_search(kept.begin(), kept.end(), it->first))
            ++it;
        else
            it = m_steps.erase(it);
    }
}

// Each view shows its preview of the picked step, or its newest one before it (kinds recorded
// less often than others keep showing their last).
void TrainingSession::showPreviews()
{
    const qint64 step = m_slider->currentStep();
    const auto end = step < 0 ? m_steps.begin() : m_steps.upper_bound(step);
    const QLocale locale;
    for (auto kind = m_kinds.begin(); kind != m_kinds.end(); ++kind) {
        const Shot *found = nullptr;
        qint64 foundStep = -1;
        for (auto it = end; it != m_steps.begin();) {
            --it;
            auto shot = it->second.images.constFind(kind.key());
            if (shot != it->second.images.cend()) {
                found = &*shot;
                foundStep = it->first;
                break;
            }
        }
        if (!found) {
            if (kind->shownSerial != 0) {
                kind->grid->clear();
                kind->shownSerial = 0;
            }
            continue;
        }
        if (found->serial == kind->shownSerial)
            continue;
        kind->shownSerial = found->serial;
        kind->grid->setColumns(std::max(found->cols, 0));
        kind->grid->setImages(found->images, found->labels);
        kind->grid->setToolTip(found->caption.isEmpty() ? tr("step %1").arg(locale.toString(foundStep))
                                                        : tr("%1, step %2").arg(found->caption, locale.toString(foundStep)));
    }
    if (m_text) {
        qint64 foundStep = -1;
        const QString *found = nullptr;
        for (auto it = end; it != m_steps.begin();) {
            --it;
            if (it->second.text) {
                found = &*it->second.text;
                foundStep = it->first;
                break;
            }
        }
        if (!found) {
            if (m_textShownStep != -1) {
                m_text->clear();
                m_textTitle->setText(m_textEmpty);
                m_textShownStep = -1;
            }
        } else if (foundStep != m_textShownStep) {
            m_textShownStep = foundStep;
            m_textTitle->setText(tr("Sample at step %1:").arg(locale.toString(foundStep)));
            m_text->setPlainText(*found);
        }
    }
}

void TrainingSession::onStateChanged(JobState state)
{
    if (state == JobState::Paused)
        setStatus(m_divergencePaused ? divergedMessage() : tr("Paused. Resume, or run one step at a time."),
                  m_divergencePaused ? Tone::Error : Tone::Normal);
    updateRunning();
}

void TrainingSession::onFinished(JobState state, const QString &message)
{
    const QString dir = QDir::toNativeSeparators(m_runFolder);
    if (state == JobState::Succeeded) {
        setStatus(tr("Done: %1 steps. Saved in %2.").arg(QLocale().toString(m_lastStep)).arg(dir));
    } else if (state == JobState::Canceled && m_divergencePaused) {
        m_divergencePaused = false; // stopped while paused on the divergence: nothing was saved from it
        setStatus(divergedMessage(), Tone::Error);
    } else if (state == JobState::Canceled) {
        setStatus(services::hasCheckpoint(m_runFolder)
                      ? tr("Stopped. The last completed step is saved in %1: %2.").arg(dir, m_resumeIt)
                      : tr("Stopped before the first step; nothing was saved."));
    } else if (m_divergence) {
        setStatus(divergedMessage(), Tone::Error);
    } else {
        setStatus(tr("Training failed: %1").arg(message), Tone::Error);
    }
    updateRunning();
    updateUse();
    Q_EMIT finished(state, message);
}

QString TrainingSession::divergedMessage() const
{
    if (!m_divergence)
        return {};
    const qint64 step = m_divergence->step;
    // Adam's steps scale with the learning rate: a third of it usually stays finite.
    const QString lower = QLocale().toString(std::max(m_learningRate / 3, form::kMinLearningRate), 'g', 2);
    if (m_divergencePaused) // the engine's message says what Resume and Stop do and the trainer's advice
        return tr("Training paused: %1 To train with a lower learning rate (try %2), press Stop, then %3.")
            .arg(QString::fromStdString(m_divergence->message), lower, m_resumeIt);
    // A paused run's message spoke of Resume; once it has ended only what happened stays.
    const QString what = m_divergence->paused
                             ? tr("%1 became %2 at step %3")
                                   .arg(QString::fromStdString(m_divergence->loss),
                                        m_divergence->isNan ? QStringLiteral("NaN") : tr("infinite"))
                                   .arg(step)
                             : QString::fromStdString(m_divergence->message);
    // The steps before it were finite and stay drawn, whichever run drew them.
    const QString kept = step > 1 ? tr("The curves and previews up to step %1 are kept.").arg(step - 1)
                                  : tr("It diverged at its first step.");
    qint64 saved = m_lastCheckpointStep;
    if (saved < 0 && m_resuming && m_firstStep > 0)
        saved = m_firstStep - 1; // the checkpoint this run resumed from, untouched
    const QString dir = QDir::toNativeSeparators(m_runFolder);
    if (saved >= 0 && services::hasCheckpoint(m_runFolder))
        return tr("Training diverged: %1. %2 The model saved at step %3 in %4 is intact: %5, or lower the learning "
                  "rate (try %6) and %7 from step %3.")
            .arg(what, kept)
            .arg(saved)
            .arg(dir, m_useIt, lower, m_resumeIt);
    return tr("Training diverged: %1. %2 No checkpoint had been saved yet, so there is no model to keep: lower the "
              "learning rate (try %3) and train again; a checkpoint every few hundred steps keeps the progress of a "
              "run that diverges.")
        .arg(what, kept, lower);
}

void TrainingSession::updateUse()
{
    m_use->setEnabled(services::hasCheckpoint(m_modelFolder.isEmpty() ? m_runFolder : m_modelFolder));
}

void TrainingSession::updateRunning()
{
    const bool running = isRunning();
    if (m_start)
        m_start->setEnabled(!running);
    if (running != m_wasRunning) {
        m_wasRunning = running;
        Q_EMIT runningChanged(running);
    }
}

} // namespace genlab::widgets
