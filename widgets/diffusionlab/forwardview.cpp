#include "widgets/diffusionlab/forwardview.h"

#include "services/job.h"
#include "services/training.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/qcustomplot_include.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets::diffusionlab {

namespace ed = engine::diffusion;
using services::Job;
using services::JobState;

namespace {

const QString kFileSource = QStringLiteral("file");
constexpr ed::NoiseSchedule kSchedules[3] = {ed::NoiseSchedule::Linear, ed::NoiseSchedule::Cosine,
                                             ed::NoiseSchedule::Sigmoid};
const QColor kScheduleColours[3] = {QColor(66, 133, 244), QColor(230, 115, 0), QColor(46, 160, 67)};
// The SNR spans ~1e-5 (pure noise) to ~1e5 (one step of noise); beyond that it is clipped to the
// axis (it is 0 at T for the cosine schedule and infinite at t = 0).
constexpr double kMinSnr = 1e-5, kMaxSnr = 1e5;
constexpr int kMaxIndex = 99999;

int scheduleIndex(ed::NoiseSchedule s)
{
    for (int i = 0; i < 3; ++i)
        if (kSchedules[i] == s)
            return i;
    return 1;
}

QString scheduleTitle(ed::NoiseSchedule s)
{
    switch (s) {
    case ed::NoiseSchedule::Linear:
        return ForwardView::tr("linear");
    case ed::NoiseSchedule::Cosine:
        return ForwardView::tr("cosine");
    case ed::NoiseSchedule::Sigmoid:
        return ForwardView::tr("sigmoid");
    }
    return {};
}

// A planar image mapped value -> offset + value * scale and clamped to [0, 1], as 8 bits.
engine::Image shown(const engine::FloatImage &image, double offset, double scale)
{
    engine::FloatImage out = image;
    for (float &v : out.values)
        v = float(std::clamp(offset + double(v) * scale, 0.0, 1.0));
    return engine::toImage(out);
}

QString number(double v, int decimals = 3)
{
    return QString::number(v, 'f', decimals);
}

} // namespace

ForwardView::ForwardView(services::DiffusionService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("diffusionForwardView"));
    const services::ForwardRequest defaults;
    auto *layout = new QVBoxLayout(this);

    // What to noise, and how.
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Image"), this));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("forwardSource"));
    for (const auto &[id, name] : services::imageTrainingDatasets())
        m_source->addItem(name, id);
    m_source->addItem(tr("Your image file"), kFileSource);
    m_source->setCurrentIndex(std::max(0, m_source->findData(defaults.datasetId)));
    row->addWidget(m_source);
    m_index = new QSpinBox(this);
    m_index->setObjectName(QStringLiteral("forwardIndex"));
    m_index->setRange(0, kMaxIndex);
    m_index->setPrefix(tr("#"));
    m_index->setValue(int(defaults.index));
    m_index->setToolTip(tr("Which image of the data set"));
    row->addWidget(m_index);
    m_fileButton = new QPushButton(tr("File…"), this);
    m_fileButton->setObjectName(QStringLiteral("forwardFileButton"));
    m_fileButton->setToolTip(tr("Noise an image of your own (PNG, JPEG, …); it is brought to at most 64 px"));
    row->addWidget(m_fileButton);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Schedule"), this));
    m_schedule = new QComboBox(this);
    m_schedule->setObjectName(QStringLiteral("forwardSchedule"));
    for (ed::NoiseSchedule s : kSchedules)
        m_schedule->addItem(scheduleTitle(s), int(s));
    m_schedule->setCurrentIndex(scheduleIndex(defaults.schedule));
    m_schedule->setToolTip(tr("How fast the image is drowned: linear (DDPM), cosine (improved DDPM) or sigmoid"));
    row->addWidget(m_schedule);
    row->addWidget(new QLabel(tr("T"), this));
    m_T = new QSpinBox(this);
    m_T->setObjectName(QStringLiteral("forwardT"));
    m_T->setRange(ed::kMinTimesteps, ed::kMaxTimesteps);
    m_T->setValue(defaults.timesteps);
    m_T->setToolTip(tr("Timesteps from the clean image to pure noise"));
    row->addWidget(m_T);
    row->addWidget(new QLabel(tr("Seed"), this));
    m_seed = new QSpinBox(this);
    m_seed->setObjectName(QStringLiteral("forwardSeed"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(int(defaults.seed));
    m_seed->setToolTip(tr("The noise drawn; the same seed draws the same noise"));
    row->addWidget(m_seed);
    row->addStretch(1);
    layout->addLayout(row);

    auto *tRow = new QHBoxLayout;
    auto *tLabel = new QLabel(tr("Timestep t"), this);
    tLabel->setToolTip(tr("0: the clean image; T: pure noise"));
    tRow->addWidget(tLabel);
    m_tSlider = new QSlider(Qt::Horizontal, this);
    m_tSlider->setObjectName(QStringLiteral("forwardTSlider"));
    m_tSlider->setRange(0, defaults.timesteps);
    m_tSlider->setValue(defaults.t);
    tRow->addWidget(m_tSlider, 1);
    m_tSpin = new QSpinBox(this);
    m_tSpin->setObjectName(QStringLiteral("forwardTSpin"));
    m_tSpin->setRange(0, defaults.timesteps);
    m_tSpin->setValue(defaults.t);
    tRow->addWidget(m_tSpin);
    layout->addLayout(tRow);

    // The four pictures side by side across the page; the schedules' plot and the numbers below.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_images = new ImageGridView(split);
    m_images->setObjectName(QStringLiteral("forwardImages"));
    m_images->setColumns(4);
    m_images->setToolbarVisible(false);
    m_images->setEmptyText(tr("The image and its noised versions appear here"));
    m_images->setMinimumHeight(140);
    auto *below = new QSplitter(Qt::Horizontal, split);
    below->setChildrenCollapsible(false);
    m_plot = new QCustomPlot(below);
    m_plot->setObjectName(QStringLiteral("forwardSchedulePlot"));
    m_plot->setMinimumSize(320, 240);
    m_plot->xAxis->setLabel(tr("timestep t"));
    m_plot->yAxis->setLabel(tr("ᾱ(t), the signal's share (solid)"));
    m_plot->yAxis->setRange(0, 1.02);
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setLabel(tr("SNR ᾱ/(1−ᾱ), log scale (dashed)"));
    m_plot->yAxis2->setScaleType(QCPAxis::stLogarithmic);
    m_plot->yAxis2->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
    m_plot->yAxis2->setNumberFormat(QStringLiteral("eb"));
    m_plot->yAxis2->setNumberPrecision(0);
    m_plot->yAxis2->setRange(kMinSnr, kMaxSnr);
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    for (int i = 0; i < 3; ++i) {
        m_alphaGraphs[i] = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis);
        m_alphaGraphs[i]->setName(tr("%1 schedule").arg(scheduleTitle(kSchedules[i])));
        m_snrGraphs[i] = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
        m_snrGraphs[i]->removeFromLegend();
    }
    m_cursor = new QCPItemStraightLine(m_plot);
    m_cursor->setPen(QPen(QColor(40, 40, 40), 1, Qt::DashLine));
    m_tracer = new QCPItemTracer(m_plot);
    m_tracer->setStyle(QCPItemTracer::tsCircle);
    m_tracer->setSize(8);
    m_tracer->setPen(QPen(Qt::black, 1.5));
    m_tracer->setBrush(Qt::white);
    m_cursorText = new QCPItemText(m_plot);
    m_cursorText->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_cursorText->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_cursorText->setPadding(QMargins(4, 0, 4, 2));
    auto *text = new QWidget(below);
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(8, 0, 0, 0);
    auto label = [text](const QString &name) {
        auto *l = new QLabel(text);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_coefficients = label(QStringLiteral("forwardCoefficients"));
    m_coefficients->setTextFormat(Qt::RichText);
    textLayout->addWidget(m_coefficients);
    m_comparison = label(QStringLiteral("forwardComparison"));
    m_comparison->setTextFormat(Qt::RichText);
    textLayout->addWidget(m_comparison);
    m_note = label(QStringLiteral("forwardNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    m_note->hide();
    textLayout->addWidget(m_note);
    m_message = label(QStringLiteral("forwardMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_message->hide();
    textLayout->addWidget(m_message);
    auto *hint = label(QStringLiteral("forwardHint"));
    hint->setTextFormat(Qt::PlainText);
    hint->setStyleSheet(QStringLiteral("QLabel { color: #555; }"));
    hint->setText(tr("Drag t and watch the digit drown: by t = T nothing of x₀ is left (ᾱ ≈ 0) and x_t is pure "
                     "noise, which is where sampling starts. Compare the schedules: cosine keeps the image longer than "
                     "linear, whose ᾱ is nearly 0 for the last third of the steps."));
    textLayout->addSpacing(6);
    textLayout->addWidget(hint);
    textLayout->addStretch(1);
    below->addWidget(m_plot);
    below->addWidget(text);
    below->setStretchFactor(0, 3);
    below->setStretchFactor(1, 2);
    below->setSizes({720, 480});
    split->addWidget(m_images);
    split->addWidget(below);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({300, 460});
    layout->addWidget(split, 1);

    connect(m_source, &QComboBox::activated, this, [this] {
        if (m_source->currentData().toString() == kFileSource && m_file.isEmpty()) {
            chooseFile();
            return;
        }
        syncSourceWidgets();
        refresh();
        Q_EMIT settingsChanged();
    });
    connect(m_fileButton, &QPushButton::clicked, this, &ForwardView::chooseFile);
    connect(m_index, &QSpinBox::valueChanged, this, [this] {
        if (m_setting)
            return;
        refresh();
        Q_EMIT settingsChanged();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, [this] {
        if (m_setting)
            return;
        refresh();
        Q_EMIT settingsChanged();
    });
    connect(m_schedule, &QComboBox::currentIndexChanged, this, &ForwardView::onScheduleChanged);
    connect(m_T, &QSpinBox::valueChanged, this, &ForwardView::onScheduleChanged);
    connect(m_tSlider, &QSlider::valueChanged, this, &ForwardView::onTChanged);
    connect(m_tSpin, &QSpinBox::valueChanged, this, &ForwardView::onTChanged);

    syncSourceWidgets();
    drawSchedules();
    showCoefficients();
}

ForwardView::~ForwardView()
{
    if (m_job)
        m_job->cancel();
}

void ForwardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_started)
        refresh();
}

services::ForwardRequest ForwardView::request() const
{
    services::ForwardRequest r;
    if (m_source->currentData().toString() == kFileSource && !m_file.isEmpty()) {
        r.file = m_file;
        r.datasetId.clear();
    } else {
        r.datasetId = m_source->currentData().toString();
        r.index = m_index->value();
    }
    r.schedule = ed::NoiseSchedule(m_schedule->currentData().toInt());
    r.timesteps = m_T->value();
    r.t = m_tSlider->value();
    r.seed = quint64(m_seed->value());
    return r;
}

void ForwardView::setRequest(const services::ForwardRequest &r)
{
    m_setting = true;
    if (!r.file.isEmpty()) {
        m_file = r.file;
        m_source->setCurrentIndex(m_source->findData(kFileSource));
    } else if (const int i = m_source->findData(r.datasetId); i >= 0) {
        m_source->setCurrentIndex(i);
    }
    m_index->setValue(int(std::clamp<qint64>(r.index, 0, kMaxIndex)));
    m_schedule->setCurrentIndex(scheduleIndex(r.schedule));
    m_T->setValue(std::clamp(r.timesteps, ed::kMinTimesteps, ed::kMaxTimesteps));
    m_tSlider->setMaximum(m_T->value());
    m_tSpin->setMaximum(m_T->value());
    m_tSlider->setValue(std::clamp(r.t, 0, m_T->value()));
    m_tSpin->setValue(m_tSlider->value());
    m_seed->setValue(int(std::min<quint64>(r.seed, 1000000)));
    m_setting = false;
    syncSourceWidgets();
    drawSchedules();
    showCoefficients();
    refresh();
    Q_EMIT settingsChanged();
}

int ForwardView::t() const
{
    return m_tSlider->value();
}

void ForwardView::setT(int t)
{
    m_tSlider->setValue(t); // onTChanged follows
}

void ForwardView::setImageFile(const QString &path)
{
    m_file = path;
    m_source->setCurrentIndex(m_source->findData(kFileSource));
    syncSourceWidgets();
    refresh();
    Q_EMIT settingsChanged();
}

void ForwardView::chooseFile()
{
    const QString start = m_file.isEmpty() ? QDir::homePath() : QFileInfo(m_file).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("An image to noise"), start,
                                                      tr("Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;All files (*)"));
    if (path.isEmpty()) {
        // Back to what was shown before the picker entry was chosen.
        if (m_file.isEmpty() && m_source->currentData().toString() == kFileSource)
            m_source->setCurrentIndex(0);
        syncSourceWidgets();
        return;
    }
    setImageFile(path);
}

void ForwardView::syncSourceWidgets()
{
    const bool file = m_source->currentData().toString() == kFileSource;
    m_index->setEnabled(!file);
    const int i = m_source->findData(kFileSource);
    m_source->setItemText(i, m_file.isEmpty() ? tr("Your image file") : tr("File: %1").arg(QFileInfo(m_file).fileName()));
    m_source->setItemData(i, QDir::toNativeSeparators(m_file), Qt::ToolTipRole);
}

void ForwardView::onScheduleChanged()
{
    if (m_setting)
        return;
    const int T = m_T->value();
    m_setting = true;
    m_tSlider->setMaximum(T);
    m_tSpin->setMaximum(T);
    m_tSpin->setValue(m_tSlider->value());
    m_setting = false;
    drawSchedules();
    showCoefficients();
    refresh();
    Q_EMIT settingsChanged();
}

void ForwardView::onTChanged(int t)
{
    if (m_setting)
        return;
    m_setting = true;
    m_tSlider->setValue(t);
    m_tSpin->setValue(t);
    m_setting = false;
    moveCursor();
    showCoefficients();
    refresh();
    Q_EMIT settingsChanged();
}

void ForwardView::refresh()
{
    m_started = true;
    const services::ForwardRequest r = request();
    Job *job = m_service->forward(r);
    const quint64 serial = ++m_submitted;
    m_job = job;
    connect(job, &Job::finished, this, [this, job, serial](JobState state, const QString &message) {
        if (state == JobState::Succeeded) {
            // Latest wins: an answer older than the one shown is dropped; newer ones show as they
            // come, so dragging t shows the images follow.
            if (serial <= m_shown)
                return;
            m_shown = serial;
            showResult(job->resultAs<services::ForwardResult>());
        } else if (state == JobState::Failed && serial == m_submitted) {
            setMessage(message, true);
            Q_EMIT failed(message);
        }
    });
}

bool ForwardView::isBusy() const
{
    return m_job && !m_job->isFinished();
}

QString ForwardView::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ForwardView::setMessage(const QString &text, bool error)
{
    Q_UNUSED(error);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ForwardView::showResult(const services::ForwardResult &r)
{
    m_result = r;
    setMessage({}, false);
    const int t = r.request.t;
    std::vector<engine::Image> images{
        engine::toImage(r.original),
        shown(r.oneDraw.xt, 0.5, 0.5),     // model space [-1, 1] -> [0, 1]
        shown(r.stepByStep.xt, 0.5, 0.5),
        shown(r.oneDraw.epsilon, 0.5, 1.0 / 6), // ε ~ N(0, 1): ±3 -> black .. white
    };
    const QStringList labels{tr("x₀ (clean)"), tr("x_t, one draw"), tr("x_t, %1 single steps").arg(t),
                             tr("ε, the noise added")};
    const QStringList tips{
        tr("The image as the data set has it, in [0, 1]; the model sees it in [−1, 1]"),
        tr("x_t = √ᾱ·x₀ + √(1−ᾱ)·ε in one draw (the closed form) at t = %1").arg(t),
        tr("x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s for s = 1 … %1, a fresh ε_s each step").arg(t),
        tr("The ε of the one-draw x_t, drawn from N(0, 1): black is −3, grey 0, white +3")};
    m_images->setImages(images, labels, tips);

    const auto &one = r.oneDraw, &steps = r.stepByStep;
    const double theory = one.noise;
    auto off = [theory](double std) -> QString {
        if (theory <= 0)
            return {};
        return tr("(%1%)").arg(QString::number(100.0 * (std - theory) / theory, 'f', 1));
    };
    // A small table: the residual's mean and spread both ways against the theory.
    const QString row = QStringLiteral("<tr><td>%1</td><td align=right>&nbsp;&nbsp;%2</td><td align=right>&nbsp;&nbsp;%3</td>"
                                       "<td>&nbsp;%4</td></tr>");
    QString text = tr("<b>What was added</b>: the residual x_t − √ᾱ·x₀ over all %1 values") .arg(r.original.values.size());
    text += QStringLiteral("<table cellspacing=0>");
    text += row.arg(QString(), tr("<i>mean</i>"), tr("<i>std</i>"), QString());
    text += row.arg(tr("one draw"), number(one.residualMean), number(one.residualStd), off(one.residualStd));
    text += row.arg(tr("%1 single steps").arg(t), number(steps.residualMean), number(steps.residualStd),
                    off(steps.residualStd));
    text += row.arg(tr("theory"), QStringLiteral("0"), number(theory), tr("= √(1−ᾱ)"));
    text += QStringLiteral("</table><p>");
    if (t > 0)
        text += tr("The same distribution: %1 small steps of noise add up to one Gaussian draw, which is why training "
                   "can jump to any t at once.")
                    .arg(t);
    m_comparison->setText(text);
    m_note->setText(r.note.isEmpty() ? QString() : tr("Note: the image was %1.").arg(r.note));
    m_note->setVisible(!r.note.isEmpty());
    Q_EMIT updated();
}

void ForwardView::showCoefficients()
{
    const ed::DiffusionSchedule s(ed::NoiseSchedule(m_schedule->currentData().toInt()), m_T->value());
    const int t = m_tSlider->value();
    const QString snr = t == 0 ? tr("∞") : QString::number(s.snr(t), 'g', 3);
    m_coefficients->setText(tr("<p><b>t = %1</b> of T = %2 (%3 schedule)<br>"
                               "ᾱ(t) = %4 · SNR ᾱ/(1−ᾱ) = %5<br>"
                               "signal √ᾱ = <b>%6</b> · noise √(1−ᾱ) = <b>%7</b><br>"
                               "<big>x_t = %6·x₀ + %7·ε</big></p>")
                                .arg(t)
                                .arg(s.timesteps())
                                .arg(scheduleTitle(s.kind()), number(s.alphaBar(t), 4), snr, number(s.signal(t), 4),
                                     number(s.noise(t), 4)));
}

void ForwardView::drawSchedules()
{
    const int T = m_T->value();
    const int current = scheduleIndex(ed::NoiseSchedule(m_schedule->currentData().toInt()));
    for (int i = 0; i < 3; ++i) {
        const ed::DiffusionSchedule s(kSchedules[i], T);
        QVector<double> x, alpha, snr;
        x.reserve(T + 1);
        for (int t = 0; t <= T; ++t) {
            x << t;
            alpha << s.alphaBar(t);
            snr << (t == 0 ? kMaxSnr : std::clamp(s.snr(t), kMinSnr, kMaxSnr));
        }
        const bool chosen = i == current;
        QColor colour = kScheduleColours[i];
        if (!chosen)
            colour.setAlpha(120);
        m_alphaGraphs[i]->setData(x, alpha, true);
        m_alphaGraphs[i]->setPen(QPen(colour, chosen ? 2.6 : 1.4));
        m_snrGraphs[i]->setData(x, snr, true);
        m_snrGraphs[i]->setPen(QPen(colour, chosen ? 2.0 : 1.1, Qt::DashLine));
    }
    m_alphaGraphs[current]->setName(tr("%1 schedule (shown)").arg(scheduleTitle(kSchedules[current])));
    for (int i = 0; i < 3; ++i)
        if (i != current)
            m_alphaGraphs[i]->setName(tr("%1 schedule").arg(scheduleTitle(kSchedules[i])));
    m_plot->xAxis->setRange(0, T);
    m_tracer->setGraph(m_alphaGraphs[current]);
    moveCursor();
}

void ForwardView::moveCursor()
{
    const int t = m_tSlider->value();
    m_cursor->point1->setCoords(t, 0);
    m_cursor->point2->setCoords(t, 1);
    m_tracer->setGraphKey(t);
    m_cursorText->position->setCoords(t, 0.01);
    m_cursorText->setText(tr("t = %1").arg(t));
    // Near the right end the label goes to the left of the line.
    m_cursorText->setPositionAlignment((t > 0.8 * m_T->value() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QJsonObject ForwardView::saveState() const
{
    const services::ForwardRequest r = request();
    QJsonObject o;
    if (!r.file.isEmpty())
        o.insert(QStringLiteral("file"), r.file);
    else
        o.insert(QStringLiteral("dataset"), r.datasetId);
    o.insert(QStringLiteral("index"), r.index);
    o.insert(QStringLiteral("schedule"), QString::fromStdString(ed::scheduleName(r.schedule)));
    o.insert(QStringLiteral("timesteps"), r.timesteps);
    o.insert(QStringLiteral("t"), r.t);
    o.insert(QStringLiteral("seed"), qint64(r.seed));
    return o;
}

void ForwardView::restoreState(const QJsonObject &state)
{
    if (state.isEmpty())
        return;
    services::ForwardRequest r = request();
    // Untrusted: wrong types keep the current value, numbers are clamped by setRequest.
    if (const QJsonValue v = state.value(QStringLiteral("file")); v.isString() && !v.toString().isEmpty()) {
        r.file = v.toString();
    } else if (const QJsonValue d = state.value(QStringLiteral("dataset")); d.isString() && m_source->findData(d.toString()) >= 0) {
        r.file.clear();
        r.datasetId = d.toString();
    }
    if (const QJsonValue v = state.value(QStringLiteral("index")); v.isDouble())
        r.index = v.toInteger();
    ed::parseSchedule(state.value(QStringLiteral("schedule")).toString().toStdString(), &r.schedule);
    if (const QJsonValue v = state.value(QStringLiteral("timesteps")); v.isDouble())
        r.timesteps = v.toInt();
    if (const QJsonValue v = state.value(QStringLiteral("t")); v.isDouble())
        r.t = v.toInt();
    if (const QJsonValue v = state.value(QStringLiteral("seed")); v.isDouble())
        r.seed = quint64(std::max<qint64>(0, v.toInteger()));
    if (r.file.isEmpty())
        m_file.clear();
    setRequest(r);
}

} // namespace genlab::widgets::diffusionlab
