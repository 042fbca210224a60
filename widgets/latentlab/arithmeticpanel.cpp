#include "widgets/latentlab/arithmeticpanel.h"

#include "services/job.h"
#include "widgets/components/imagegridview.h"
#include "widgets/latentlab/explorerstate.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets {

namespace {
const double kStripAmounts[] = {-2.0, -1.0, 0.0, 1.0, 2.0};
}

ArithmeticPanel::ArithmeticPanel(ExplorerState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("arithmeticPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("An attribute vector is the mean latent of one class minus the mean of another. "
                                "Adding it to a point moves that point towards the first class."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QGridLayout;
    form->addWidget(new QLabel(tr("Towards"), this), 0, 0);
    m_classA = new QComboBox(this);
    m_classA->setObjectName(QStringLiteral("classA"));
    form->addWidget(m_classA, 0, 1);
    form->addWidget(new QLabel(tr("away from"), this), 0, 2);
    m_classB = new QComboBox(this);
    m_classB->setObjectName(QStringLiteral("classB"));
    form->addWidget(m_classB, 0, 3);
    form->addWidget(new QLabel(tr("Amount"), this), 1, 0);
    m_amount = new QSlider(Qt::Horizontal, this);
    m_amount->setObjectName(QStringLiteral("attributeAmount"));
    m_amount->setRange(-3 * kSteps, 3 * kSteps);
    m_amount->setPageStep(kSteps / 4);
    form->addWidget(m_amount, 1, 1, 1, 3);
    m_amountLabel = new QLabel(QStringLiteral("+0.00"), this);
    form->addWidget(m_amountLabel, 1, 4);
    form->setColumnStretch(1, 1);
    form->setColumnStretch(3, 1);
    layout->addLayout(form);
    auto *row = new QHBoxLayout;
    m_rebase = new QPushButton(tr("Start from the current point"), this);
    m_rebase->setToolTip(tr("The vector is added to this base point; moving the point elsewhere (map, sliders) "
                            "makes that the base"));
    row->addWidget(m_rebase);
    row->addStretch(1);
    layout->addLayout(row);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    layout->addWidget(new QLabel(tr("base + k · v for k = −2, −1, 0, +1, +2:"), this));
    m_strip = new ImageGridView(this);
    m_strip->setObjectName(QStringLiteral("arithmeticStrip"));
    m_strip->setLayoutMode(ImageGridView::Layout::Strip);
    m_strip->setToolbarVisible(false);
    layout->addWidget(m_strip, 1);

    connect(m_classA, &QComboBox::currentIndexChanged, this, &ArithmeticPanel::updateVector);
    connect(m_classB, &QComboBox::currentIndexChanged, this, &ArithmeticPanel::updateVector);
    connect(m_classA, &QComboBox::currentIndexChanged, this, &ArithmeticPanel::settingsChanged);
    connect(m_classB, &QComboBox::currentIndexChanged, this, &ArithmeticPanel::settingsChanged);
    connect(m_amount, &QSlider::valueChanged, this, [this] {
        m_amountLabel->setText(QString::asprintf("%+.2f", amount()));
        apply();
    });
    connect(m_rebase, &QPushButton::clicked, this, [this] {
        m_base = m_state->current();
        {
            const QSignalBlocker blocker(m_amount);
            m_amount->setValue(0);
            m_amountLabel->setText(QStringLiteral("+0.00"));
        }
        refreshStrip();
    });
    connect(m_state, &ExplorerState::mapChanged, this, &ArithmeticPanel::rebuildClasses);
    connect(m_state, &ExplorerState::currentChanged, this, [this](ExplorerState::Origin origin) {
        if (origin == ExplorerState::Origin::Arithmetic)
            return;
        // Someone else moved the point: it becomes the base, and the amount starts again from 0.
        m_base = m_state->current();
        {
            const QSignalBlocker blocker(m_amount);
            m_amount->setValue(0);
            m_amountLabel->setText(QStringLiteral("+0.00"));
        }
        if (isVisible())
            refreshStrip();
    });
    rebuildClasses();
}

void ArithmeticPanel::rebuildClasses()
{
    const QSignalBlocker a(m_classA), b(m_classB);
    m_classA->clear();
    m_classB->clear();
    if (m_state->hasMap()) {
        const auto &map = m_state->map();
        for (int c = 0; c < map->classNames.size(); ++c) {
            m_classA->addItem(map->classNames.at(c), c);
            m_classB->addItem(map->classNames.at(c), c);
        }
        if (map->classNames.size() >= 2) {
            // Digits: towards "8" away from "3" (closing the open curves), else the first two classes.
            const int towards = map->classNames.size() > 8 ? 8 : 1;
            const int from = map->classNames.size() > 8 ? 3 : 0;
            m_classA->setCurrentIndex(towards);
            m_classB->setCurrentIndex(from);
        }
    }
    const bool usable = m_classA->count() >= 2;
    m_classA->setEnabled(usable);
    m_classB->setEnabled(usable);
    m_amount->setEnabled(usable);
    if (!usable)
        m_note->setText(m_state->hasMap() ? tr("The data set of the map has no classes: there is nothing to subtract.")
                                          : tr("Waiting for the latent map…"));
    updateVector();
}

void ArithmeticPanel::setClasses(int classA, int classB)
{
    // Classes the map does not have (a recipe or project of another data set) leave the choice as it is.
    if (const int row = m_classA->findData(classA); row >= 0)
        m_classA->setCurrentIndex(row);
    if (const int row = m_classB->findData(classB); row >= 0)
        m_classB->setCurrentIndex(row);
}

int ArithmeticPanel::classA() const
{
    return m_classA->count() ? m_classA->currentData().toInt() : -1;
}

int ArithmeticPanel::classB() const
{
    return m_classB->count() ? m_classB->currentData().toInt() : -1;
}

void ArithmeticPanel::setAmount(double value)
{
    m_amount->setValue(int(std::lround(value * kSteps)));
}

double ArithmeticPanel::amount() const
{
    return double(m_amount->value()) / kSteps;
}

void ArithmeticPanel::updateVector()
{
    m_vector.clear();
    if (m_state->hasMap() && m_classA->count() >= 2)
        m_vector = m_state->map()->attribute(m_classA->currentData().toInt(), m_classB->currentData().toInt());
    if (!m_vector.empty()) {
        m_note->setText(tr("v = mean(%1) − mean(%2), |v| = %3. Drag the amount to add it to the current point.")
                            .arg(m_classA->currentText(), m_classB->currentText())
                            .arg(QLocale().toString(engine::vae::norm(m_vector), 'f', 2)));
    }
    if (m_base.empty())
        m_base = m_state->current();
    refreshStrip();
    if (m_amount->value() != 0)
        apply();
}

void ArithmeticPanel::apply()
{
    if (m_vector.empty() || m_base.size() != m_vector.size())
        return;
    engine::vae::Latent z = m_base;
    const float a = float(amount());
    for (std::size_t i = 0; i < z.size(); ++i)
        z[i] += a * m_vector[i];
    m_state->setCurrent(z, ExplorerState::Origin::Arithmetic);
}

void ArithmeticPanel::refreshStrip()
{
    if (m_vector.empty() || m_base.size() != m_vector.size()) {
        m_strip->clear();
        return;
    }
    std::vector<float> latents;
    for (double k : kStripAmounts)
        for (std::size_t i = 0; i < m_base.size(); ++i)
            latents.push_back(m_base[i] + float(k) * m_vector[i]);
    m_stripJob = m_state->service()->decodeMany(latents, QStringLiteral("arithmetic"));
    services::Job *job = m_stripJob;
    connect(job, &services::Job::finished, this, [this, job](services::JobState state) {
        if (job != m_stripJob || state != services::JobState::Succeeded)
            return;
        const services::DecodeResult r = job->resultAs<services::DecodeResult>();
        if (r.modelGeneration != m_state->model().generation)
            return;
        m_strip->setImages(r.images, {tr("−2"), tr("−1"), tr("base"), tr("+1"), tr("+2")});
    });
}

} // namespace genlab::widgets
