#include "widgets/diffusionlab/comparepanel.h"

#include "services/job.h"
#include "widgets/diffusionlab/comparegrid.h"
#include "widgets/diffusionlab/denoisingscrubber.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets::diffusionlab {

namespace ed = engine::diffusion;
using services::Job;
using services::JobState;

namespace {

QString samplerTitle(const ed::SamplerSettings &s)
{
    switch (s.kind) {
    case ed::SamplerKind::Ddpm:
        return ComparePanel::tr("DDPM");
    case ed::SamplerKind::Ddim:
        return s.eta > 0 ? ComparePanel::tr("DDIM η %1").arg(s.eta) : ComparePanel::tr("DDIM");
    case ed::SamplerKind::DpmSolver2M:
        return ComparePanel::tr("DPM-Solver++ 2M");
    }
    return {};
}

} // namespace

ComparePanel::ComparePanel(services::DiffusionService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("comparePanel"));
    auto *v = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Compare"), this));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("comparePreset"));
    m_preset->addItem(tr("DDPM vs DDIM vs DPM-Solver"), int(Preset::Samplers));
    m_preset->addItem(tr("guidance 1 / 3 / 7"), int(Preset::Guidance));
    m_preset->addItem(tr("10 vs 50 steps"), int(Preset::StepCounts));
    m_preset->addItem(tr("5 / 10 / 20 / 50 steps"), int(Preset::ManySteps));
    m_preset->setToolTip(tr("Every column starts from the same noise (the seed on the left); only what the "
                            "comparison names differs"));
    top->addWidget(m_preset);
    m_run = new QPushButton(this);
    m_run->setObjectName(QStringLiteral("compareButton"));
    top->addWidget(m_run);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setTextFormat(Qt::PlainText);
    top->addWidget(m_status, 1);
    v->addLayout(top);
    m_grid = new CompareGrid(this);
    v->addWidget(m_grid, 1);
    m_scrubber = new DenoisingScrubber(this);
    m_scrubber->setObjectName(QStringLiteral("compareScrubber"));
    v->addWidget(m_scrubber);
    syncButton();
    m_run->setEnabled(false);

    connect(m_run, &QPushButton::clicked, this, [this] { isRunning() ? stop() : (void)run(); });
    connect(m_preset, &QComboBox::activated, this, [this] { Q_EMIT presetChanged(); });
    connect(m_scrubber, &DenoisingScrubber::stepChanged, this, [this](int step) { m_grid->setPosition(step, m_maxSteps); });
}

ComparePanel::~ComparePanel()
{
    for (const auto &job : std::as_const(m_jobs))
        if (job)
            job->cancel();
}

void ComparePanel::setModel(const services::DiffusionModelInfo &info)
{
    stop();
    ++m_runId; // the old model's runs are stale
    m_jobs.clear();
    m_model = info;
    m_results.clear();
    m_grid->setColumns({});
    m_run->setEnabled(true);
    syncButton();
}

void ComparePanel::setBaseSettings(const ed::SamplerSettings &settings)
{
    m_base = settings;
}

void ComparePanel::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(std::max(0, m_preset->findData(int(preset))));
}

ComparePanel::Preset ComparePanel::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

std::vector<ed::SamplerSettings> ComparePanel::columnsOf(Preset preset, const ed::SamplerSettings &base,
                                                         QStringList *titles)
{
    std::vector<ed::SamplerSettings> out;
    ed::SamplerSettings s = base;
    s.count = 1;
    s.initialNoise.clear();
    s.classes.clear();
    auto add = [&](const ed::SamplerSettings &c, const QString &title) {
        out.push_back(c);
        if (titles)
            *titles << title;
    };
    switch (preset) {
    case Preset::Samplers:
        for (auto kind : {ed::SamplerKind::Ddpm, ed::SamplerKind::Ddim, ed::SamplerKind::DpmSolver2M}) {
            ed::SamplerSettings c = s;
            c.kind = kind;
            c.eta = kind == ed::SamplerKind::Ddim ? base.eta : 0;
            add(c, samplerTitle(c));
        }
        break;
    case Preset::Guidance:
        for (double w : {1.0, 3.0, 7.0}) {
            ed::SamplerSettings c = s;
            c.guidance = w;
            add(c, tr("guidance %1").arg(w));
        }
        break;
    case Preset::StepCounts:
    case Preset::ManySteps:
        for (int steps : preset == Preset::StepCounts ? std::vector<int>{10, 50} : std::vector<int>{5, 10, 20, 50}) {
            ed::SamplerSettings c = s;
            c.steps = steps;
            add(c, tr("%n steps", nullptr, steps));
        }
        break;
    }
    return out;
}

bool ComparePanel::run()
{
    stop();
    if (m_model.generation == 0) {
        setStatus(tr("No model is loaded yet."), true);
        return false;
    }
    // Jobs of an earlier comparison may still end (canceled): they no longer touch the columns.
    ++m_runId;
    m_jobs.clear();
    QStringList titles;
    m_settings = columnsOf(preset(), m_base, &titles);
    m_results.assign(m_settings.size(), std::nullopt);
    QVector<CompareGrid::Column> columns;
    m_maxSteps = 0;
    for (std::size_t i = 0; i < m_settings.size(); ++i) {
        CompareGrid::Column c;
        c.title = titles.value(int(i));
        c.detail = QString::fromStdString(m_settings[i].describe());
        c.frames.reset(m_settings[i].steps);
        columns << c;
        m_maxSteps = std::max(m_maxSteps, m_settings[i].steps);
    }
    m_grid->setColumns(columns);
    m_scrubber->stop();
    m_scrubber->setStepCount(m_maxSteps);
    m_scrubber->setStep(m_maxSteps); // the end: every column shows its newest step as it forms
    m_grid->setPosition(m_scrubber->step(), m_maxSteps);

    // One job per column, queued one after another on the lab's lane; "" never drops one for another.
    for (std::size_t i = 0; i < m_settings.size(); ++i) {
        Job *job = m_service->sample(m_settings[i], 1, QString());
        m_jobs << job;
        const int column = int(i);
        const quint64 generation = m_model.generation;
        const int runId = m_runId;
        connect(job, &Job::partialResult, this, [this, column, runId](const engine::Partial &partial) {
            if (runId != m_runId)
                return;
            const auto event = services::DenoisingStepEvent::decode(partial);
            if (!event || column >= m_grid->count())
                return;
            m_grid->column(column).frames.add(*event);
            m_grid->columnChanged(column);
        });
        connect(job, &Job::finished, this, [this, job, column, generation, runId](JobState state, const QString &message) {
            if (runId != m_runId)
                return;
            m_jobs.removeAll(job);
            if (column < m_grid->count()) {
                CompareGrid::Column &c = m_grid->column(column);
                if (state == JobState::Succeeded) {
                    const auto result = job->resultAs<services::DiffusionSampleResult>();
                    if (result.modelGeneration >= generation && generation == m_model.generation) {
                        c.frames.setResult(result);
                        c.done = true;
                        m_results[std::size_t(column)] = result;
                    }
                } else if (state == JobState::Failed) {
                    c.failed = true;
                    c.note = tr("failed: %1").arg(message);
                } else {
                    c.note = tr("stopped");
                }
                m_grid->columnChanged(column);
            }
            if (m_jobs.isEmpty()) {
                syncButton();
                int done = 0;
                QStringList times;
                for (int i = 0; i < m_grid->count(); ++i)
                    if (m_grid->column(i).done) {
                        ++done;
                        times << tr("%1 %2 s")
                                     .arg(m_grid->column(i).title,
                                          QLocale().toString(m_grid->column(i).frames.totalMs() / 1000.0, 'f', 2));
                    }
                if (state == JobState::Failed)
                    setStatus(tr("A run failed: %1").arg(message), true);
                else
                    setStatus(done == m_grid->count() ? times.join(QStringLiteral(" · "))
                                                      : tr("%1 of %2 runs finished.").arg(done).arg(m_grid->count()));
                Q_EMIT finished();
            }
        });
    }
    syncButton();
    setStatus(tr("Running %n runs one after another…", nullptr, int(m_settings.size())));
    return true;
}

void ComparePanel::stop()
{
    const auto jobs = m_jobs;
    for (const auto &job : jobs)
        if (job)
            job->cancel();
}

bool ComparePanel::isRunning() const
{
    for (const auto &job : m_jobs)
        if (job)
            return true;
    return false;
}

QString ComparePanel::statusText() const
{
    return m_status->text();
}

void ComparePanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    Q_EMIT statusMessage(text);
}

void ComparePanel::syncButton()
{
    const bool running = isRunning();
    m_run->setText(running ? tr("Stop") : tr("Compare"));
    m_run->setIcon(style()->standardIcon(running ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_run->setToolTip(running ? tr("Stop the comparison") : tr("Run the columns one after another with the same seed"));
}

} // namespace genlab::widgets::diffusionlab
