#include "widgets/diffusionlab/ganvsdiffusionpage.h"

#include "services/job.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/qcustomplot_include.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

using services::Job;
using services::JobState;

namespace {

const QColor kGanColour(200, 30, 160);
const QColor kDiffusionColour(66, 133, 244);
constexpr int kMaxSamples = 5000;

QString stepList(const std::vector<int> &steps)
{
    QStringList parts;
    for (int s : steps)
        parts << QString::number(s);
    return parts.join(QStringLiteral(", "));
}

QString fixed(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QLabel *title(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::RichText);
    l->setWordWrap(true);
    return l;
}

} // namespace

GanVsDiffusionPage::GanVsDiffusionPage(services::DiffusionService *service, QWidget *parent)
    : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("ganVsDiffusionPage"));
    const services::GanVsDiffusionRequest defaults;
    auto *layout = new QVBoxLayout(this);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Images per measurement"), this));
    m_samples = new QSpinBox(this);
    m_samples->setObjectName(QStringLiteral("ganVsSamples"));
    m_samples->setRange(10, kMaxSamples);
    m_samples->setValue(defaults.samples);
    m_samples->setToolTip(tr("Samples of each model compared with held-out real digits; more give steadier figures"));
    row->addWidget(m_samples);
    row->addWidget(new QLabel(tr("Sampling steps"), this));
    m_steps = new QLineEdit(stepList(defaults.stepCounts), this);
    m_steps->setObjectName(QStringLiteral("ganVsSteps"));
    m_steps->setToolTip(tr("The diffusion model's step counts to measure (DDIM), separated by commas, 1 to %1")
                            .arg(engine::diffusion::kMaxSamplerSteps));
    m_steps->setMinimumWidth(150);
    row->addWidget(m_steps);
    row->addWidget(new QLabel(tr("above 100 steps"), this));
    m_largeSamples = new QSpinBox(this);
    m_largeSamples->setObjectName(QStringLiteral("ganVsLargeSamples"));
    m_largeSamples->setRange(10, kMaxSamples);
    m_largeSamples->setValue(defaults.maxSamplesAtLargeSteps);
    m_largeSamples->setSuffix(tr(" images"));
    m_largeSamples->setToolTip(tr("Fewer images for the step counts above 100, which take long"));
    row->addWidget(m_largeSamples);
    row->addWidget(new QLabel(tr("Seed"), this));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("ganVsSeed"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(int(defaults.seed));
    row->addWidget(m_seed);
    row->addStretch(1);
    layout->addLayout(row);

    auto *runRow = new QHBoxLayout;
    m_measure = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Measure"), this);
    m_measure->setObjectName(QStringLiteral("ganVsMeasure"));
    m_measure->setToolTip(tr("Sample both models and measure them against held-out digits with the same evaluator"));
    runRow->addWidget(m_measure);
    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("ganVsCancel"));
    runRow->addWidget(m_cancel);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("ganVsProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(200);
    runRow->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("ganVsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    runRow->addWidget(m_status, 1);
    layout->addLayout(runRow);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    // Both models' samples side by side.
    auto *samples = new QWidget(split);
    auto *samplesLayout = new QHBoxLayout(samples);
    samplesLayout->setContentsMargins(0, 0, 0, 0);
    auto addGrid = [samples, samplesLayout](QLabel *&titleLabel, ImageGridView *&grid, const QString &name,
                                            const QString &caption) {
        auto *box = new QWidget(samples);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        titleLabel = title(caption, box);
        boxLayout->addWidget(titleLabel);
        grid = new ImageGridView(box);
        grid->setObjectName(name);
        grid->setColumns(10);
        grid->setToolbarVisible(false);
        grid->setEmptyText(tr("Press Measure"));
        boxLayout->addWidget(grid, 1);
        samplesLayout->addWidget(box, 1);
    };
    addGrid(m_ganTitle, m_ganSamples, QStringLiteral("ganVsGanSamples"), tr("<b>GAN</b>"));
    addGrid(m_diffusionTitle, m_diffusionSamples, QStringLiteral("ganVsDiffusionSamples"), tr("<b>Diffusion model</b>"));

    // The chart and the table of figures.
    auto *figures = new QSplitter(Qt::Horizontal, split);
    figures->setChildrenCollapsible(false);
    m_chart = new QCustomPlot(figures);
    m_chart->setObjectName(QStringLiteral("ganVsChart"));
    m_chart->setMinimumSize(320, 220);
    m_chart->xAxis->setLabel(tr("sampling steps per image (log scale)"));
    m_chart->xAxis->setScaleType(QCPAxis::stLogarithmic);
    m_chart->xAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_chart->xAxis->setRange(0.7, 1500);
    m_chart->yAxis->setLabel(tr("Fréchet distance (lower is better)"));
    m_chart->legend->setVisible(true);
    m_chart->legend->setFont(font());
    m_diffusionGraph = m_chart->addGraph();
    m_diffusionGraph->setName(tr("diffusion model (DDIM)"));
    m_diffusionGraph->setPen(QPen(kDiffusionColour, 2));
    m_diffusionGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, kDiffusionColour, 7));
    m_ganGraph = m_chart->addGraph();
    m_ganGraph->setName(tr("GAN (one pass)"));
    m_ganGraph->setLineStyle(QCPGraph::lsNone);
    m_ganGraph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDiamond, QPen(kGanColour, 2), kGanColour, 13));
    m_ganLevel = new QCPItemStraightLine(m_chart);
    m_ganLevel->setPen(QPen(kGanColour.lighter(140), 1, Qt::DashLine));
    m_ganLevel->setVisible(false);
    m_ganText = new QCPItemText(m_chart);
    m_ganText->setColor(kGanColour);
    m_ganText->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_ganText->setPadding(QMargins(6, 0, 0, 4));
    m_ganText->setVisible(false);
    m_emptyText = new QCPItemText(m_chart);
    m_emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyText->position->setCoords(0.5, 0.5);
    m_emptyText->setColor(QColor(110, 110, 110));
    m_emptyText->setText(tr("Press Measure: the diffusion model's quality against its steps,\nwith the GAN's one step as a point"));

    m_table = new QTableWidget(0, 8, figures);
    m_table->setObjectName(QStringLiteral("ganVsTable"));
    m_table->setHorizontalHeaderLabels({tr("Model"), tr("Steps"), tr("Images"), tr("Fréchet ↓"), tr("Precision ↑"),
                                        tr("Recall ↑"), tr("Classes"), tr("ms / image")});
    m_table->horizontalHeaderItem(3)->setToolTip(tr("Fréchet distance between the samples' and real digits' "
                                                    "features (the classifier's): lower is closer"));
    m_table->horizontalHeaderItem(4)->setToolTip(tr("Share of samples that look like some real digit (fidelity)"));
    m_table->horizontalHeaderItem(5)->setToolTip(tr("Share of real digits some sample looks like (diversity)"));
    m_table->horizontalHeaderItem(6)->setToolTip(tr("Classes the classifier finds among the samples"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setMinimumWidth(360);
    figures->addWidget(m_chart);
    figures->addWidget(m_table);
    figures->setStretchFactor(0, 3);
    figures->setStretchFactor(1, 2);
    figures->setSizes({700, 540});
    split->addWidget(samples);
    split->addWidget(figures);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setSizes({170, 450});
    layout->addWidget(split, 1);

    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("ganVsVerdict"));
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setText(tr("Each model gets something wrong: a GAN draws an image in one pass but its training is a "
                          "game that can tip over or collapse onto a few digits; a diffusion model trains steadily "
                          "but needs many network passes per image. Measure to see both in figures."));
    layout->addWidget(m_verdict);

    connect(m_measure, &QPushButton::clicked, this, &GanVsDiffusionPage::measure);
    connect(m_cancel, &QPushButton::clicked, this, &GanVsDiffusionPage::cancel);
    for (QSpinBox *s : {m_samples, m_largeSamples, m_seed})
        connect(s, &QSpinBox::valueChanged, this, &GanVsDiffusionPage::settingsChanged);
    connect(m_steps, &QLineEdit::editingFinished, this, &GanVsDiffusionPage::settingsChanged);
    setStatus(tr("Waiting for the diffusion model…"));
    updateButtons();
}

GanVsDiffusionPage::~GanVsDiffusionPage()
{
    if (m_job)
        m_job->cancel();
}

void GanVsDiffusionPage::setModel(const services::DiffusionModelInfo &info)
{
    m_model = info;
    if (!isBusy() && !m_result)
        setStatus(tr("Press Measure to compare %1 with the shipped GAN (a minute or more on a CPU).")
                      .arg(info.source.name));
    updateButtons();
}

std::vector<int> GanVsDiffusionPage::stepCounts(QString *error) const
{
    std::vector<int> steps;
    const QStringList parts = m_steps->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 1 || n > engine::diffusion::kMaxSamplerSteps) {
            *error = tr("“%1” is not a step count: give whole numbers from 1 to %2, separated by commas.")
                         .arg(p)
                         .arg(engine::diffusion::kMaxSamplerSteps);
            return {};
        }
        steps.push_back(n);
    }
    std::sort(steps.begin(), steps.end());
    steps.erase(std::unique(steps.begin(), steps.end()), steps.end());
    if (steps.empty())
        *error = tr("Give at least one step count, e.g. 5, 10, 20, 50.");
    return steps;
}

services::GanVsDiffusionRequest GanVsDiffusionPage::request() const
{
    services::GanVsDiffusionRequest r;
    r.samples = m_samples->value();
    QString error;
    if (std::vector<int> steps = stepCounts(&error); !steps.empty())
        r.stepCounts = std::move(steps);
    r.maxSamplesAtLargeSteps = m_largeSamples->value();
    r.seed = quint64(m_seed->value());
    return r;
}

void GanVsDiffusionPage::setRequest(const services::GanVsDiffusionRequest &r)
{
    m_samples->setValue(r.samples);
    m_steps->setText(stepList(r.stepCounts));
    m_largeSamples->setValue(r.maxSamplesAtLargeSteps);
    m_seed->setValue(int(std::min<quint64>(r.seed, 1000000)));
}

bool GanVsDiffusionPage::measure()
{
    if (isBusy())
        return false;
    if (!m_model) {
        setStatus(tr("No diffusion model is loaded yet: load one above (or wait for the shipped one)."), true);
        return false;
    }
    QString error;
    stepCounts(&error);
    if (!error.isEmpty()) {
        setStatus(error, true);
        return false;
    }
    Job *job = m_service->compareWithGan(request());
    m_job = job;
    m_progress->setValue(0);
    setStatus(tr("Measuring…"));
    connect(job, &Job::progressChanged, this, [this](double fraction, const QString &stage) {
        m_progress->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
        if (!stage.isEmpty())
            setStatus(stage);
    });
    connect(job, &Job::finished, this, [this, job](JobState state, const QString &message) {
        if (m_job == job)
            m_job = nullptr;
        updateButtons();
        if (state == JobState::Succeeded) {
            m_progress->setValue(1000);
            showResult(job->resultAs<services::GanVsDiffusionResult>());
            Q_EMIT measured(true);
            return;
        }
        m_progress->setValue(0);
        if (state == JobState::Canceled)
            setStatus(tr("Canceled; the figures shown (if any) are from the last measurement."));
        else
            setStatus(tr("The measurement failed: %1").arg(message), true);
        Q_EMIT measured(false);
    });
    updateButtons();
    return true;
}

void GanVsDiffusionPage::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool GanVsDiffusionPage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString GanVsDiffusionPage::statusText() const
{
    return m_status->text();
}

void GanVsDiffusionPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void GanVsDiffusionPage::updateButtons()
{
    const bool busy = isBusy();
    m_measure->setEnabled(!busy && m_model.has_value());
    m_cancel->setEnabled(busy);
    m_progress->setVisible(busy || m_progress->value() > 0);
}

void GanVsDiffusionPage::showResult(const services::GanVsDiffusionResult &r)
{
    m_result = r;
    m_ganTitle->setText(tr("<b>GAN</b> (%1): one pass of the generator per image").arg(r.ganModel.toHtmlEscaped()));
    const QString name = m_model ? m_model->source.name : r.diffusionModel;
    m_diffusionTitle->setText(tr("<b>Diffusion model</b> (%1): many passes of the network per image")
                                  .arg(name.toHtmlEscaped()));
    m_diffusionTitle->setToolTip(r.diffusionModel);
    m_ganSamples->setImages(r.ganSamples);
    m_diffusionSamples->setImages(r.diffusionSamples);
    fillTable(r);
    drawChart(r);
    m_verdict->setText(verdict(r));
    setStatus(tr("Measured %1 GAN images and the diffusion model at %2 step counts.")
                  .arg(r.gan.count)
                  .arg(r.diffusion.size()));
}

void GanVsDiffusionPage::fillTable(const services::GanVsDiffusionResult &r)
{
    std::vector<services::QualityPoint> rows{r.gan};
    rows.insert(rows.end(), r.diffusion.begin(), r.diffusion.end());
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const services::QualityPoint &p = rows[std::size_t(i)];
        const QStringList cells{p.what,
                                QString::number(p.steps),
                                QString::number(p.count),
                                fixed(p.frechet, 2),
                                fixed(p.precision, 2),
                                fixed(p.recall, 2),
                                tr("%1 of %2").arg(p.classesCovered).arg(p.classesTotal),
                                fixed(p.msPerSample, p.msPerSample < 10 ? 2 : 0)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(c == 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignRight | Qt::AlignVCenter));
            if (i == 0)
                item->setForeground(kGanColour);
            m_table->setItem(i, c, item);
        }
    }
    m_table->resizeRowsToContents();
}

void GanVsDiffusionPage::drawChart(const services::GanVsDiffusionResult &r)
{
    QVector<double> x, y;
    double top = r.gan.frechet;
    for (const services::QualityPoint &p : r.diffusion) {
        x << std::max(1, p.steps);
        y << p.frechet;
        top = std::max(top, p.frechet);
    }
    m_diffusionGraph->setData(x, y, true);
    m_ganGraph->setData(QVector<double>{1.0}, QVector<double>{r.gan.frechet});
    m_ganLevel->point1->setCoords(1, r.gan.frechet);
    m_ganLevel->point2->setCoords(10, r.gan.frechet);
    m_ganLevel->setVisible(true);
    m_ganText->position->setCoords(1, r.gan.frechet);
    m_ganText->setText(tr("GAN: %1").arg(fixed(r.gan.frechet, 1)));
    m_ganText->setVisible(true);
    m_emptyText->setVisible(false);
    const int maxSteps = x.isEmpty() ? 1000 : int(*std::max_element(x.begin(), x.end()));
    m_chart->xAxis->setRange(0.7, std::max(1500.0, maxSteps * 1.5));
    m_chart->yAxis->setRange(0, top * 1.15 + 1e-9);
    m_chart->replot();
}

QString GanVsDiffusionPage::verdict(const services::GanVsDiffusionResult &r)
{
    const services::QualityPoint &gan = r.gan;
    QString text = tr("<b>GAN</b>: one pass of the generator per image (%1 ms), Fréchet distance %2, recall %3, %4 of %5 "
                      "classes. What it gets wrong: its training is a game of two players that can tip over, and the "
                      "generator can collapse onto a few digits: a low recall and missing classes are the sign. The "
                      "GAN lab's <i>Train images</i> page flags a collapse on its sample-quality plot.")
                       .arg(fixed(gan.msPerSample, 2), fixed(gan.frechet, 1), fixed(gan.recall, 2))
                       .arg(gan.classesCovered)
                       .arg(gan.classesTotal);
    if (gan.classesTotal > 0 && gan.classesCovered < gan.classesTotal)
        text += QLatin1Char(' ') + tr("Here it misses %1 of the %2 classes.").arg(gan.classesTotal - gan.classesCovered).arg(gan.classesTotal);
    if (r.diffusion.empty())
        return text;

    const auto best = std::min_element(r.diffusion.begin(), r.diffusion.end(),
                                       [](const auto &a, const auto &b) { return a.frechet < b.frechet; });
    const auto fewest = std::min_element(r.diffusion.begin(), r.diffusion.end(),
                                         [](const auto &a, const auto &b) { return a.steps < b.steps; });
    const double times = gan.msPerSample > 0 ? best->msPerSample / gan.msPerSample : 0;
    text += QStringLiteral("<br><br>");
    text += tr("<b>Diffusion</b>: its best Fréchet distance here is %1, at %2 steps, and every step is a pass of the "
               "network: %3 ms per image")
                .arg(fixed(best->frechet, 1))
                .arg(best->steps)
                .arg(fixed(best->msPerSample, best->msPerSample < 10 ? 2 : 0));
    if (times > 0)
        text += tr(", %1 times the GAN's").arg(fixed(times, times < 10 ? 1 : 0));
    text += QLatin1Char('.');
    if (fewest != best)
        text += QLatin1Char(' ') + tr("With %1 steps it is faster but scores %2 (the chart's left end).")
                                       .arg(fewest->steps)
                                       .arg(fixed(fewest->frechet, 1));
    text += QLatin1Char(' ') + tr("What it gets wrong: sampling is slow; quality comes with many steps per image, as "
                                  "the chart shows.");
    // Where the curve crosses the GAN's level, if it does.
    int beats = -1;
    for (const services::QualityPoint &p : r.diffusion)
        if (p.frechet < gan.frechet) {
            beats = p.steps;
            break;
        }
    text += QLatin1Char(' ');
    if (beats > 0)
        text += tr("It beats the GAN's Fréchet distance from %1 steps on.").arg(beats);
    else
        text += tr("It does not reach the GAN's Fréchet distance at any step count measured here.");
    if (r.ganTrainStepMs > 0 && r.diffusionTrainStepMs > 0)
        text += QLatin1Char(' ') + tr("Per training step: GAN %1 ms, diffusion %2 ms.")
                                       .arg(fixed(r.ganTrainStepMs, 1), fixed(r.diffusionTrainStepMs, 1));
    return text;
}

QJsonObject GanVsDiffusionPage::saveState() const
{
    const services::GanVsDiffusionRequest r = request();
    QJsonArray steps;
    for (int s : r.stepCounts)
        steps.append(s);
    return QJsonObject{{QStringLiteral("samples"), r.samples},
                       {QStringLiteral("steps"), steps},
                       {QStringLiteral("large_samples"), r.maxSamplesAtLargeSteps},
                       {QStringLiteral("seed"), qint64(r.seed)}};
}

void GanVsDiffusionPage::restoreState(const QJsonObject &state)
{
    if (state.isEmpty())
        return;
    services::GanVsDiffusionRequest r = request();
    if (const QJsonValue v = state.value(QStringLiteral("samples")); v.isDouble())
        r.samples = std::clamp(v.toInt(), 10, kMaxSamples);
    if (const QJsonValue v = state.value(QStringLiteral("large_samples")); v.isDouble())
        r.maxSamplesAtLargeSteps = std::clamp(v.toInt(), 10, kMaxSamples);
    if (const QJsonValue v = state.value(QStringLiteral("seed")); v.isDouble())
        r.seed = quint64(std::clamp<qint64>(v.toInteger(), 0, 1000000));
    std::vector<int> steps;
    for (const QJsonValue &v : state.value(QStringLiteral("steps")).toArray())
        if (v.isDouble() && v.toInt() >= 1 && v.toInt() <= engine::diffusion::kMaxSamplerSteps)
            steps.push_back(v.toInt());
    if (!steps.empty())
        r.stepCounts = steps;
    setRequest(r);
}

} // namespace genlab::widgets::diffusionlab
