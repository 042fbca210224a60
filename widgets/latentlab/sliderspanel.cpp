#include "widgets/latentlab/sliderspanel.h"

#include "services/latent/latentoutputs.h"
#include "widgets/latentlab/explorerstate.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <random>

namespace genlab::widgets {

namespace {
constexpr double kInactiveKl = 0.05;      // nats: below this the posterior is the prior (collapsed)
constexpr double kInactiveVariance = 1e-3;
} // namespace

SlidersPanel::SlidersPanel(ExplorerState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("slidersPanel"));
    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    layout->addWidget(m_note);
    auto *buttons = new QHBoxLayout;
    m_zero = new QPushButton(tr("Centre (z = 0)"), this);
    m_random = new QPushButton(tr("Random point"), this);
    m_random->setObjectName(QStringLiteral("latentRandomPoint"));
    m_random->setToolTip(tr("Draw z from the prior N(0, I)"));
    buttons->addWidget(m_zero);
    buttons->addWidget(m_random);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_rows = new QWidget(scroll);
    m_grid = new QGridLayout(m_rows);
    m_grid->setVerticalSpacing(2);
    m_grid->setColumnStretch(1, 1);
    scroll->setWidget(m_rows);
    layout->addWidget(scroll, 1);

    connect(m_zero, &QPushButton::clicked, this, [this] { setAll(0.f); });
    connect(m_random, &QPushButton::clicked, this, [this] {
        if (!m_state->hasModel())
            return;
        std::random_device rd;
        m_state->setCurrent(services::latent::priorLatents(1, m_state->latentDim(), rd(), 1.0), ExplorerState::Origin::Sliders);
        syncFromCurrent();
    });
    connect(m_state, &ExplorerState::modelChanged, this, &SlidersPanel::rebuild);
    connect(m_state, &ExplorerState::mapChanged, this, &SlidersPanel::rebuild);
    connect(m_state, &ExplorerState::currentChanged, this, [this](ExplorerState::Origin origin) {
        if (origin != ExplorerState::Origin::Sliders)
            syncFromCurrent();
    });
    rebuild();
}

void SlidersPanel::rebuild()
{
    for (QSlider *s : m_sliders)
        s->disconnect(this);
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_sliders.clear();
    m_values.clear();
    m_order.clear();
    const int dim = m_state->latentDim();
    if (dim <= 0) {
        m_note->setText(tr("No model loaded."));
        return;
    }
    std::vector<float> activity;
    bool isKl = true;
    if (m_state->hasMap()) {
        m_order = QList<int>(m_state->map()->order.begin(), m_state->map()->order.end());
        activity = m_state->map()->activity;
        isKl = m_state->map()->activityIsKl;
    } else {
        for (int d = 0; d < dim; ++d)
            m_order.append(d);
    }
    // A VAE's codes live near N(0, I); an autoencoder's can be anywhere: cover what the data uses.
    m_range = kRange;
    if (m_state->hasMap())
        for (float v : m_state->map()->latents)
            m_range = std::max(m_range, 1.1 * std::abs(double(v)));
    int inactive = 0;
    for (int row = 0; row < m_order.size(); ++row) {
        const int d = m_order[row];
        const double a = d < int(activity.size()) ? activity[std::size_t(d)] : -1.0;
        const bool isInactive = a >= 0 && a < (isKl ? kInactiveKl : kInactiveVariance);
        inactive += isInactive ? 1 : 0;
        auto *name = new QLabel(a < 0 ? tr("z%1").arg(d + 1)
                                      : (isKl ? tr("z%1 · KL %2").arg(d + 1).arg(QLocale().toString(a, 'f', 2))
                                              : tr("z%1 · var %2").arg(d + 1).arg(QLocale().toString(a, 'f', 2))),
                                m_rows);
        name->setToolTip(isInactive ? tr("Inactive: the encoder ignores this dimension (its posterior is the prior), "
                                         "so moving it changes little. This is posterior collapse.")
                                    : tr("How much information this dimension carries about the image, averaged over "
                                         "the data set"));
        auto *slider = new QSlider(Qt::Horizontal, m_rows);
        slider->setObjectName(QStringLiteral("latentSlider%1").arg(d));
        slider->setRange(int(-m_range * kSteps), int(m_range * kSteps));
        slider->setSingleStep(5);
        slider->setPageStep(50);
        slider->setMinimumWidth(70);
        auto *value = new QLabel(QStringLiteral("+0.00"), m_rows);
        value->setMinimumWidth(value->fontMetrics().horizontalAdvance(QStringLiteral("-0.00 ")));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (isInactive) {
            QPalette p = name->palette();
            p.setColor(QPalette::WindowText, palette().color(QPalette::Disabled, QPalette::WindowText));
            name->setPalette(p);
        }
        m_grid->addWidget(name, row, 0);
        m_grid->addWidget(slider, row, 1);
        m_grid->addWidget(value, row, 2);
        m_sliders.append(slider);
        m_values.append(value);
        connect(slider, &QSlider::valueChanged, this, [this, row](int v) { onSliderMoved(row, v); });
    }
    m_grid->setRowStretch(int(m_order.size()), 1);
    if (!m_state->hasMap())
        m_note->setText(tr("The %1 dimensions of the current point: drag one to move the point along it.").arg(dim));
    else if (isKl && inactive == 0)
        m_note->setText(tr("The %1 dimensions of the current point, most informative first (KL over the data). The "
                           "model uses every one of them.")
                            .arg(dim));
    else if (isKl)
        m_note->setText(tr("The %1 dimensions of the current point, most informative first (KL over the data). %2 of "
                           "them are inactive (greyed): the model ignores them (posterior collapse).")
                            .arg(dim)
                            .arg(inactive));
    else
        m_note->setText(tr("The %1 dimensions of the current point (an autoencoder: most variable first).").arg(dim));
    syncFromCurrent();
}

void SlidersPanel::syncFromCurrent()
{
    const auto &z = m_state->current();
    for (int row = 0; row < m_sliders.size(); ++row) {
        const int d = m_order[row];
        const double v = d < int(z.size()) ? z[std::size_t(d)] : 0.0;
        const QSignalBlocker blocker(m_sliders[row]);
        m_sliders[row]->setValue(int(std::lround(std::clamp(v, -m_range, m_range) * kSteps)));
        m_values[row]->setText(QString::asprintf("%+.2f", v));
    }
}

void SlidersPanel::onSliderMoved(int row, int value)
{
    engine::vae::Latent z = m_state->current();
    const int d = m_order.value(row, -1);
    if (d < 0 || d >= int(z.size()))
        return;
    z[std::size_t(d)] = float(double(value) / kSteps);
    m_values[row]->setText(QString::asprintf("%+.2f", z[std::size_t(d)]));
    m_state->setCurrent(z, ExplorerState::Origin::Sliders);
}

void SlidersPanel::setAll(float value)
{
    if (!m_state->hasModel())
        return;
    m_state->setCurrent(engine::vae::Latent(std::size_t(m_state->latentDim()), value), ExplorerState::Origin::Sliders);
    syncFromCurrent();
}

} // namespace genlab::widgets
