#include "widgets/tuninglab/discriminativepage.h"

#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/imageconvert.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace genlab::widgets::tuninglab {

namespace et = engine::tuning;
using services::Job;
using services::JobState;

namespace {

constexpr int kDiscriminativeHidden = 32; // the "small neural network" choice
constexpr int kDiscriminativeMaxSeed = 1000000;

QColor discriminativeClassColour(int cls, int alpha = 255)
{
    std::uint8_t rgb[3];
    et::classColour(cls, rgb);
    return QColor(rgb[0], rgb[1], rgb[2], alpha);
}

// Logistic regression's weights of each digit side by side, red where a pixel speaks for the digit
// and blue where it speaks against it (one scale for all).
QImage discriminativeWeightStrip(const et::DiscriminativeResult &r)
{
    const int side = et::kDigitImageSide, gap = 2, n = r.classes;
    if (r.discriminativeWeightImages.size() != std::size_t(n) * side * side || n <= 0)
        return {};
    float scale = 1e-6f;
    for (float v : r.discriminativeWeightImages)
        scale = std::max(scale, std::abs(v));
    QImage img(n * (side + gap) + gap, side + 2 * gap, QImage::Format_RGB32);
    img.fill(QColor(40, 40, 40));
    for (int c = 0; c < n; ++c)
        for (int y = 0; y < side; ++y)
            for (int x = 0; x < side; ++x) {
                const float v = r.discriminativeWeightImages[std::size_t(c) * side * side + std::size_t(y) * side + x] / scale;
                const int a = int(std::lround(255 * std::min(1.0f, std::abs(v))));
                img.setPixel(gap + c * (side + gap) + x, gap + y,
                             v >= 0 ? qRgb(255, 255 - a, 255 - a) : qRgb(255 - a, 255 - a, 255));
            }
    return img;
}

} // namespace

// The plane of a 2-D toy: a model's regions (paler where it is less sure) with the boundary drawn,
// the held-out points (wrong ones ringed in black), optionally each class's Gaussian as 1σ and 2σ
// ellipses and generated samples on top.
class DiscriminativePlaneView : public QWidget
{
public:
    explicit DiscriminativePlaneView(QWidget *parent = nullptr) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMinimumSize(220, 220);
    }

    void setModel(const et::DiscriminativeResult &r, bool generative)
    {
        const auto &cls = generative ? r.generativeGridClass : r.discriminativeGridClass;
        const auto &conf = generative ? r.generativeGridConfidence : r.discriminativeGridConfidence;
        m_n = r.gridSize;
        m_extent = r.extent;
        m_classes = r.classes;
        m_cells = cls;
        m_regions = QImage(m_n, m_n, QImage::Format_RGB32);
        const double chance = 1.0 / std::max(1, r.classes);
        for (int y = 0; y < m_n; ++y)
            for (int x = 0; x < m_n; ++x) {
                const std::size_t cell = std::size_t(y) * m_n + x;
                const QColor c = discriminativeClassColour(cls[cell]);
                const double sure = std::clamp((conf[cell] - chance) / std::max(1e-9, 1 - chance), 0.0, 1.0);
                const double a = 0.12 + 0.38 * sure;
                m_regions.setPixel(x, y, qRgb(int(255 * (1 - a) + c.red() * a), int(255 * (1 - a) + c.green() * a),
                                              int(255 * (1 - a) + c.blue() * a)));
            }
        m_points = r.heldOutPoints;
        m_labels = r.heldOutLabels;
        m_predictions = generative ? r.generativePredictions : r.discriminativePredictions;
        m_ellipses.clear();
        if (generative && r.generative.dims == 2) {
            const auto &g = r.generative;
            const int m = std::max(1, g.components);
            for (int j = 0; j < g.classes * m; ++j) {
                const double *s = g.covariances.data() + std::size_t(j) * 4;
                m_ellipses.push_back({j / m, g.means[std::size_t(j) * 2], g.means[std::size_t(j) * 2 + 1], s[0], s[1], s[3]});
            }
        }
        m_samples.clear();
        m_sampleLabels.clear();
        m_placeholder.clear();
        update();
    }

    void setSamples(const std::vector<float> &xy, const std::vector<int> &labels)
    {
        m_samples = xy;
        m_sampleLabels = labels;
        update();
    }

    void clear(const QString &placeholder)
    {
        m_n = 0;
        m_cells.clear();
        m_points.clear();
        m_ellipses.clear();
        m_samples.clear();
        m_sampleLabels.clear();
        m_placeholder = placeholder;
        update();
    }

    int sampleCount() const { return int(m_samples.size() / 2); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), palette().color(QPalette::Base));
        p.setRenderHint(QPainter::Antialiasing);
        if (m_n <= 0) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
            return;
        }
        const QRectF r = plotRect();
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.drawImage(r, m_regions);
        // The decision boundary, traced through the cell centres (marching squares on the classes):
        // a crossing on each side of a 2x2 block whose cells differ, joined inside the block.
        p.setPen(QPen(QColor(40, 40, 40, 210), 1.6));
        const double cell = r.width() / m_n;
        auto centre = [&](double x, double y) { return QPointF(r.left() + (x + 0.5) * cell, r.top() + (y + 0.5) * cell); };
        for (int y = 0; y + 1 < m_n; ++y)
            for (int x = 0; x + 1 < m_n; ++x) {
                const int a = m_cells[std::size_t(y) * m_n + x], b = m_cells[std::size_t(y) * m_n + x + 1];
                const int c = m_cells[std::size_t(y + 1) * m_n + x], d = m_cells[std::size_t(y + 1) * m_n + x + 1];
                if (a == b && b == c && c == d)
                    continue;
                QPointF crossings[4];
                int count = 0;
                if (a != b)
                    crossings[count++] = centre(x + 0.5, y);
                if (b != d)
                    crossings[count++] = centre(x + 1, y + 0.5);
                if (c != d)
                    crossings[count++] = centre(x + 0.5, y + 1);
                if (a != c)
                    crossings[count++] = centre(x, y + 0.5);
                if (count == 2) {
                    p.drawLine(crossings[0], crossings[1]);
                } else {
                    for (int i = 0; i < count; ++i)
                        p.drawLine(crossings[i], centre(x + 0.5, y + 0.5));
                }
            }
        // Axes ticks.
        p.setPen(QPen(QColor(0, 0, 0, 40), 1.0));
        for (int v = -3; v <= 3; ++v) {
            p.drawLine(toWidget(v, -m_extent), toWidget(v, -m_extent) + QPointF(0, -4));
            p.drawLine(toWidget(-m_extent, v), toWidget(-m_extent, v) + QPointF(4, 0));
        }
        p.setPen(QPen(QColor(0, 0, 0, 120), 1.0));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        // Each class's Gaussian: 1σ and 2σ ellipses.
        const double scale = r.width() / (2 * m_extent);
        for (std::size_t c = 0; c < m_ellipses.size(); ++c) {
            const Ellipse &e = m_ellipses[c];
            const double half = (e.sxx - e.syy) / 2, mid = (e.sxx + e.syy) / 2;
            const double root = std::sqrt(half * half + e.sxy * e.sxy);
            const double l1 = std::max(mid + root, 1e-12), l2 = std::max(mid - root, 1e-12);
            const double angle = 0.5 * std::atan2(2 * e.sxy, e.sxx - e.syy) * 180.0 / std::numbers::pi;
            p.save();
            p.translate(toWidget(e.mx, e.my));
            p.rotate(-angle); // the plane's y points up, the widget's down
            for (double k : {1.0, 2.0}) {
                p.setPen(QPen(discriminativeClassColour(e.cls).darker(150), k == 1.0 ? 2.0 : 1.2,
                              k == 1.0 ? Qt::SolidLine : Qt::DashLine));
                p.drawEllipse(QPointF(0, 0), k * std::sqrt(l1) * scale, k * std::sqrt(l2) * scale);
            }
            p.restore();
        }
        // Held-out points; the ones the model gets wrong ringed in black.
        for (std::size_t i = 0; i + 1 < m_points.size(); i += 2) {
            const int label = m_labels[i / 2];
            const bool wrong = i / 2 < m_predictions.size() && m_predictions[i / 2] != label;
            p.setPen(wrong ? QPen(Qt::black, 1.8) : QPen(discriminativeClassColour(label).darker(130), 0.8));
            p.setBrush(discriminativeClassColour(label, 220));
            p.drawEllipse(toWidget(m_points[i], m_points[i + 1]), wrong ? 4.0 : 2.8, wrong ? 4.0 : 2.8);
        }
        // Generated samples: diamonds.
        for (std::size_t i = 0; i + 1 < m_samples.size(); i += 2) {
            const QPointF c = toWidget(m_samples[i], m_samples[i + 1]);
            QPainterPath diamond;
            diamond.moveTo(c + QPointF(0, -4.5));
            diamond.lineTo(c + QPointF(4.5, 0));
            diamond.lineTo(c + QPointF(0, 4.5));
            diamond.lineTo(c + QPointF(-4.5, 0));
            diamond.closeSubpath();
            p.setPen(QPen(Qt::white, 1.0));
            p.setBrush(discriminativeClassColour(m_sampleLabels[i / 2]).darker(140));
            p.drawPath(diamond);
        }
    }

private:
    struct Ellipse
    {
        int cls;
        double mx, my, sxx, sxy, syy;
    };

    QRectF plotRect() const
    {
        const double side = std::max(20, std::min(width(), height()) - 12);
        return {(width() - side) / 2.0, (height() - side) / 2.0, side, side};
    }
    QPointF toWidget(double x, double y) const
    {
        const QRectF r = plotRect();
        return {r.left() + (x + m_extent) / (2 * m_extent) * r.width(), r.top() + (m_extent - y) / (2 * m_extent) * r.height()};
    }

    int m_n = 0, m_classes = 0;
    double m_extent = et::kClassifierExtent;
    QImage m_regions;
    std::vector<int> m_cells;
    std::vector<float> m_points;
    std::vector<int> m_labels, m_predictions;
    std::vector<Ellipse> m_ellipses;
    std::vector<float> m_samples;
    std::vector<int> m_sampleLabels;
    QString m_placeholder;
};

// Generated digits, one row per class, scaled up with sharp pixels.
class DiscriminativeDigitsView : public QWidget
{
public:
    explicit DiscriminativeDigitsView(QWidget *parent = nullptr) : QWidget(parent)
    {
        setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        setMinimumSize(220, 220);
    }
    void setImage(const QImage &image)
    {
        m_image = image;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.fillRect(rect(), QColor(40, 40, 40));
        if (m_image.isNull())
            return;
        const QSize fitted = m_image.size().scaled(size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
        p.drawImage(target, m_image);
    }

private:
    QImage m_image;
};

DiscriminativePage::DiscriminativePage(services::JobManager *jobs, QWidget *parent)
    : QWidget(parent), m_service(new services::DiscriminativeJobs(jobs, this))
{
    setObjectName(QStringLiteral("discriminativePage"));
    auto *layout = new QVBoxLayout(this);

    auto *formRow = new QHBoxLayout;
    auto *form = new QFormLayout;
    m_data = new QComboBox(this);
    m_data->setObjectName(QStringLiteral("discData"));
    m_data->addItem(tr("Two moons"), QStringLiteral("two-moons"));
    m_data->addItem(tr("Ring of 8 Gaussians (8 classes)"), QStringLiteral("ring"));
    m_data->addItem(tr("Spiral (two arms)"), QStringLiteral("spiral"));
    m_data->addItem(tr("Three blobs"), QStringLiteral("blobs"));
    m_data->addItem(tr("Handwritten digits (OpenCV sample)"), QStringLiteral("digits"));
    m_data->addItem(tr("Digits drawn from fonts"), QStringLiteral("procedural-digits"));
    QString why;
    if (!services::DiscriminativeJobs::digitsAvailable(&why))
        m_data->setItemData(4, tr("Not installed here: %1").arg(why), Qt::ToolTipRole);
    m_data->setToolTip(tr("The labelled data both models learn: a 2-D toy (each part a class) or 20x20 digits"));
    form->addRow(tr("Data"), m_data);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("discModel"));
    m_model->addItem(tr("Logistic regression"), 0);
    m_model->addItem(tr("Small neural network (%1 tanh units)").arg(kDiscriminativeHidden), kDiscriminativeHidden);
    m_model->setToolTip(tr("The discriminative model: a straight boundary (logistic regression) or a curved one"));
    form->addRow(tr("Discriminative model"), m_model);
    m_components = form::spinBox(this, 1, 8, 1, QStringLiteral("genComponents"));
    m_components->setToolTip(tr("The generative model: one Gaussian per class, or a mixture of several fitted by EM, "
                                "which can follow a curved class such as a moon"));
    form->addRow(tr("Gaussians per class"), m_components);
    m_seed = form::spinBox(this, 0, kDiscriminativeMaxSeed, 1, QStringLiteral("discSeed"));
    m_seed->setToolTip(tr("The data, the split, the training and the samples"));
    form->addRow(tr("Seed"), m_seed);
    formRow->addLayout(form);
    auto *buttons = new QVBoxLayout;
    m_run = new QPushButton(tr("Run"), this);
    m_run->setObjectName(QStringLiteral("discRun"));
    m_run->setToolTip(tr("Train both models on the training split and measure them on the held-out one"));
    buttons->addWidget(m_run);
    buttons->addStretch();
    formRow->addLayout(buttons);
    auto *explain = new QLabel(
        tr("Both models classify. The <b>discriminative</b> one learns only p(class | x): where the boundary "
           "between the classes runs. The <b>generative</b> one learns p(x | class), a Gaussian per class, and the "
           "class shares p(class), and classifies by Bayes' rule, argmax p(class) · p(x | class). Because it "
           "models the data itself, it can also draw new data."),
        this);
    explain->setObjectName(QStringLiteral("discExplanation"));
    explain->setWordWrap(true);
    formRow->addWidget(explain, 1);
    layout->addLayout(formRow);

    m_status = new QLabel(tr("Choose the data and press Run."), this);
    m_status->setObjectName(QStringLiteral("discStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *panels = new QHBoxLayout;
    // Discriminative.
    m_discBox = new QGroupBox(this);
    m_discBox->setObjectName(QStringLiteral("discPanel"));
    auto *discLayout = new QVBoxLayout(m_discBox);
    m_discAccuracy = new QLabel(QStringLiteral("—"), m_discBox);
    m_discAccuracy->setObjectName(QStringLiteral("discAccuracy"));
    QFont big = m_discAccuracy->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_discAccuracy->setFont(big);
    discLayout->addWidget(m_discAccuracy);
    m_discStack = new QStackedWidget(m_discBox);
    m_discPlane = new DiscriminativePlaneView(m_discStack);
    m_discPlane->setObjectName(QStringLiteral("discPlane"));
    m_discPlane->clear(tr("The decision regions appear here after a run."));
    m_discDigits = new QLabel(m_discStack);
    m_discDigits->setObjectName(QStringLiteral("discDigitsText"));
    m_discDigits->setAlignment(Qt::AlignCenter);
    m_discDigits->setWordWrap(true);
    auto *discDigitsHost = new QWidget(m_discStack);
    auto *discDigitsLayout = new QVBoxLayout(discDigitsHost);
    discDigitsLayout->setContentsMargins(0, 0, 0, 0);
    m_discWeights = new DiscriminativeDigitsView(discDigitsHost);
    m_discWeights->setObjectName(QStringLiteral("discWeights"));
    m_discWeights->setMinimumSize(200, 40);
    m_discWeights->setToolTip(tr("Logistic regression's weights per digit: red pixels speak for the digit, blue "
                                 "against it. A boundary, not a picture: nothing here can be sampled."));
    auto *weightsCaption = new QLabel(tr("What it looks at: each digit's weights, red pixels for the digit and blue "
                                         "against it. A boundary, not a picture of a digit."),
                                      discDigitsHost);
    weightsCaption->setObjectName(QStringLiteral("discWeightsCaption"));
    weightsCaption->setWordWrap(true);
    discDigitsLayout->addWidget(weightsCaption);
    discDigitsLayout->addWidget(m_discWeights, 1);
    discDigitsLayout->addWidget(m_discDigits, 2);
    m_discStack->addWidget(m_discPlane);
    m_discStack->addWidget(discDigitsHost);
    discLayout->addWidget(m_discStack, 1);
    m_discNote = new QLabel(tr("A discriminative model cannot sample: it knows where the boundary runs, not what the "
                               "data looks like, so it has no new data to give."),
                            m_discBox);
    m_discNote->setObjectName(QStringLiteral("discCannotSample"));
    m_discNote->setWordWrap(true);
    discLayout->addWidget(m_discNote);
    auto *noSample = new QPushButton(tr("Sample new data"), m_discBox);
    noSample->setObjectName(QStringLiteral("discNoSample"));
    noSample->setEnabled(false);
    noSample->setToolTip(tr("p(class | x) says nothing about x itself: there is nothing to sample from"));
    discLayout->addWidget(noSample);
    panels->addWidget(m_discBox, 1);

    // Generative.
    m_genBox = new QGroupBox(this);
    m_genBox->setObjectName(QStringLiteral("genPanel"));
    auto *genLayout = new QVBoxLayout(m_genBox);
    m_genAccuracy = new QLabel(QStringLiteral("—"), m_genBox);
    m_genAccuracy->setObjectName(QStringLiteral("genAccuracy"));
    m_genAccuracy->setFont(big);
    genLayout->addWidget(m_genAccuracy);
    m_genStack = new QStackedWidget(m_genBox);
    m_genPlane = new DiscriminativePlaneView(m_genStack);
    m_genPlane->setObjectName(QStringLiteral("genPlane"));
    m_genPlane->clear(tr("The regions and each class's Gaussian appear here after a run."));
    m_genDigits = new DiscriminativeDigitsView(m_genStack);
    m_genDigits->setObjectName(QStringLiteral("genDigits"));
    m_genStack->addWidget(m_genPlane);
    m_genStack->addWidget(m_genDigits);
    genLayout->addWidget(m_genStack, 1);
    m_genNote = new QLabel(m_genBox);
    m_genNote->setObjectName(QStringLiteral("genNote"));
    m_genNote->setWordWrap(true);
    genLayout->addWidget(m_genNote);
    auto *sampleRow = new QHBoxLayout;
    m_sample = new QPushButton(tr("Sample new data"), m_genBox);
    m_sample->setObjectName(QStringLiteral("genSample"));
    m_sample->setToolTip(tr("Draw new data from the Gaussians: pick a class, then a point from its Gaussian"));
    m_sample->setEnabled(false);
    sampleRow->addWidget(m_sample);
    m_sampleCount = form::spinBox(m_genBox, 1, 2000, 100, QStringLiteral("genSampleCount"), 10);
    m_sampleCount->setToolTip(tr("How many new samples each press draws (spread evenly over the classes)"));
    sampleRow->addWidget(new QLabel(tr("per press:"), m_genBox));
    sampleRow->addWidget(m_sampleCount);
    sampleRow->addStretch();
    genLayout->addLayout(sampleRow);
    panels->addWidget(m_genBox, 1);
    layout->addLayout(panels, 1);

    updateTitles();
    connect(m_run, &QPushButton::clicked, this, &DiscriminativePage::run);
    connect(m_sample, &QPushButton::clicked, this, &DiscriminativePage::sampleMore);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        updateTitles();
        Q_EMIT settingsChanged();
    });
    connect(m_data, &QComboBox::currentIndexChanged, this, &DiscriminativePage::settingsChanged);
    connect(m_components, &QSpinBox::valueChanged, this, [this] {
        updateTitles();
        Q_EMIT settingsChanged();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, &DiscriminativePage::settingsChanged);
    connect(m_sampleCount, &QSpinBox::valueChanged, this, &DiscriminativePage::settingsChanged);
}

DiscriminativePage::~DiscriminativePage()
{
    if (m_job)
        m_job->cancel();
}

void DiscriminativePage::updateTitles()
{
    const int hidden = m_model->currentData().toInt();
    m_discBox->setTitle(hidden == 0 ? tr("Discriminative (logistic regression)")
                                    : tr("Discriminative (a neural network, %1 tanh units)").arg(hidden));
    const int components = m_components->value();
    m_genBox->setTitle(components == 1 ? tr("Generative (Gaussian per class + Bayes' rule)")
                                       : tr("Generative (%1 Gaussians per class + Bayes' rule)").arg(components));
}

services::DiscriminativeRequest DiscriminativePage::request() const
{
    services::DiscriminativeRequest r;
    r.data = m_data->currentData().toString();
    r.hidden = m_model->currentData().toInt();
    r.components = m_components->value();
    r.seed = quint64(m_seed->value());
    r.samples = 0;
    return r;
}

bool DiscriminativePage::isBusy() const
{
    return m_job && !m_job->isFinished();
}

bool DiscriminativePage::isSampling() const
{
    return m_sampleJob && !m_sampleJob->isFinished();
}

int DiscriminativePage::sampleCount() const
{
    return m_samples.count();
}

QString DiscriminativePage::discriminativeAccuracyText() const
{
    return m_discAccuracy->text();
}

QString DiscriminativePage::generativeAccuracyText() const
{
    return m_genAccuracy->text();
}

QString DiscriminativePage::message() const
{
    return m_status->text();
}

QString DiscriminativePage::stageText(const QString &stage) const
{
    if (stage == QLatin1String("preparing the data"))
        return tr("preparing the data");
    if (stage == QLatin1String("loading the digits"))
        return tr("loading the digits");
    if (stage == QLatin1String("training the discriminative model"))
        return tr("training the discriminative model");
    if (stage == QLatin1String("PCA of the training images"))
        return tr("PCA of the training images");
    if (stage == QLatin1String("fitting a Gaussian per class"))
        return tr("fitting a Gaussian per class");
    if (stage == QLatin1String("drawing new samples"))
        return tr("drawing new samples");
    if (stage == QLatin1String("done"))
        return tr("done");
    return stage;
}

void DiscriminativePage::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_sample->setEnabled(!busy && m_outcome.has_value());
}

void DiscriminativePage::run()
{
    if (isBusy())
        return;
    const services::DiscriminativeRequest r = request();
    m_status->setText(tr("Starting…"));
    m_job = m_service->run(r);
    setBusy(true);
    connect(m_job, &Job::progressChanged, this, [this](double fraction, const QString &stage) {
        m_status->setText(tr("%1 % — %2").arg(int(std::lround(fraction * 100))).arg(stageText(stage)));
    });
    connect(m_job, &Job::finished, this, [this, job = m_job](JobState state, const QString &message) {
        if (state == JobState::Succeeded) {
            m_outcome = job->resultAs<services::DiscriminativeOutcome>();
            showOutcome();
        } else if (state == JobState::Canceled) {
            m_status->setText(tr("Stopped before the models were measured."));
        } else {
            m_status->setText(tr("The comparison failed: %1").arg(message));
        }
        setBusy(false);
        Q_EMIT finished();
    });
}

void DiscriminativePage::showOutcome()
{
    const et::DiscriminativeResult &r = *m_outcome->result;
    const QLocale locale;
    auto percent = [&](double v) { return locale.toString(100.0 * v, 'f', 1); };
    m_discAccuracy->setText(tr("Held-out accuracy: %1 %").arg(percent(r.discriminativeAccuracy)));
    m_genAccuracy->setText(tr("Held-out accuracy: %1 %").arg(percent(r.generativeAccuracy)));
    const bool images = r.inputDims != 2;
    m_discStack->setCurrentIndex(images ? 1 : 0);
    m_genStack->setCurrentIndex(images ? 1 : 0);
    if (images) {
        // Per-class held-out accuracy of both, in one small table.
        QString rows;
        for (int c = 0; c < r.classes; ++c) {
            int n = 0, disc = 0, gen = 0;
            for (std::size_t i = 0; i < r.heldOutLabels.size(); ++i)
                if (r.heldOutLabels[i] == c) {
                    ++n;
                    disc += r.discriminativePredictions[i] == c;
                    gen += r.generativePredictions[i] == c;
                }
            rows += QStringLiteral("<tr><td align=right>%1</td><td align=right>%2 %</td><td align=right>%3 %</td></tr>")
                        .arg(c)
                        .arg(percent(n ? double(disc) / n : 0))
                        .arg(percent(n ? double(gen) / n : 0));
        }
        m_discWeights->setImage(discriminativeWeightStrip(r));
        m_discWeights->setVisible(!r.discriminativeWeightImages.empty());
        if (auto *caption = findChild<QLabel *>(QStringLiteral("discWeightsCaption")))
            caption->setVisible(!r.discriminativeWeightImages.empty());
        m_discDigits->setText(QStringLiteral("<p>%1</p><table align=center cellspacing=6><tr><th>%2</th><th>%3</th><th>%4</th></tr>%5</table>")
                                  .arg(tr("%1 held-out digits, per class:").arg(r.heldOutCount), tr("digit"),
                                       tr("this model"), tr("the Gaussians"), rows));
        const QString model = r.generative.components == 1
                                  ? tr("A Gaussian per digit")
                                  : tr("A mixture of %1 Gaussians per digit").arg(r.generative.components);
        m_genNote->setText(tr("%1 in %2 PCA dimensions (%3 % of the pixel variance kept); new digits are drawn in that "
                              "space and projected back to pixels, one row per class.")
                               .arg(model)
                               .arg(r.generative.dims)
                               .arg(percent(r.generative.explainedVariance)));
    } else {
        m_discPlane->setModel(r, false);
        m_genPlane->setModel(r, true);
        m_genNote->setText(r.generative.components == 1
                               ? tr("Colours: the class Bayes' rule picks (paler where it is less sure). Ellipses: each "
                                    "class's Gaussian, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.")
                               : tr("Colours: the class Bayes' rule picks (paler where it is less sure). Ellipses: the %1 "
                                    "Gaussians of each class's mixture, 1σ solid and 2σ dashed. Diamonds: new points "
                                    "drawn from them.")
                                     .arg(r.generative.components));
    }
    m_samples = r.samples;
    showSamples();
    m_status->setText(tr("%1 training and %2 held-out %3. The discriminative model (%4 parameters) is right on %5 % "
                         "of the held-out data, the generative one (%6 parameters) on %7 %.")
                          .arg(r.trainCount)
                          .arg(r.heldOutCount)
                          .arg(images ? tr("digits") : tr("points"))
                          .arg(r.discriminativeParameters)
                          .arg(percent(r.discriminativeAccuracy))
                          .arg(r.generativeParameters)
                          .arg(percent(r.generativeAccuracy)));
}

void DiscriminativePage::showSamples()
{
    if (!m_outcome)
        return;
    const et::DiscriminativeResult &r = *m_outcome->result;
    if (m_samples.dims == 2) {
        m_genPlane->setSamples(m_samples.values, m_samples.labels);
    } else if (m_samples.count() > 0) {
        m_genDigits->setImage(toQImage(et::renderSamples(r, m_samples, 0, 1)));
    } else {
        m_genDigits->setImage({});
    }
}

void DiscriminativePage::sampleMore()
{
    if (!m_outcome || isBusy() || isSampling())
        return;
    const int count = m_sampleCount->value();
    m_sampleJob = m_service->sample(*m_outcome, count, ++m_sampleSeed);
    m_sample->setEnabled(false);
    connect(m_sampleJob, &Job::finished, this, [this, job = m_sampleJob](JobState state, const QString &message) {
        m_sample->setEnabled(!isBusy() && m_outcome.has_value());
        if (state != JobState::Succeeded) {
            if (state == JobState::Failed)
                m_status->setText(tr("Sampling failed: %1").arg(message));
            return;
        }
        const auto s = job->resultAs<services::DiscriminativeSamplesOutcome>().samples;
        if (s.dims == 2 && m_samples.dims == 2) {
            // New points join the ones already drawn.
            m_samples.values.insert(m_samples.values.end(), s.values.begin(), s.values.end());
            m_samples.labels.insert(m_samples.labels.end(), s.labels.begin(), s.labels.end());
        } else {
            m_samples = s; // a new grid of digits
        }
        showSamples();
        m_status->setText(tr("New samples drawn from the Gaussians: %1 (%2 shown). The discriminative model could not have made them.")
                              .arg(s.count())
                              .arg(m_samples.count()));
        Q_EMIT sampled();
    });
}

QJsonObject DiscriminativePage::saveState() const
{
    return QJsonObject{{QStringLiteral("data"), m_data->currentData().toString()},
                       {QStringLiteral("hidden"), m_model->currentData().toInt()},
                       {QStringLiteral("components"), m_components->value()},
                       {QStringLiteral("seed"), m_seed->value()},
                       {QStringLiteral("samplesPerPress"), m_sampleCount->value()}};
}

void DiscriminativePage::restoreState(const QJsonObject &state)
{
    const int data = m_data->findData(state.value(QStringLiteral("data")).toString());
    if (data >= 0)
        m_data->setCurrentIndex(data);
    const int model = m_model->findData(state.value(QStringLiteral("hidden")).toInt(-1));
    if (model >= 0)
        m_model->setCurrentIndex(model);
    if (state.value(QStringLiteral("components")).isDouble())
        m_components->setValue(std::clamp(state.value(QStringLiteral("components")).toInt(), 1, 8));
    if (state.value(QStringLiteral("seed")).isDouble())
        m_seed->setValue(std::clamp(state.value(QStringLiteral("seed")).toInt(), 0, kDiscriminativeMaxSeed));
    if (state.value(QStringLiteral("samplesPerPress")).isDouble())
        m_sampleCount->setValue(std::clamp(state.value(QStringLiteral("samplesPerPress")).toInt(), 1, 2000));
}

} // namespace genlab::widgets::tuninglab
