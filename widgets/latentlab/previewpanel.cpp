#include "widgets/latentlab/previewpanel.h"

#include "services/job.h"
#include "widgets/components/imagegridview.h"
#include "widgets/latentlab/explorerstate.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace genlab::widgets {

PreviewPanel::PreviewPanel(ExplorerState *state, QWidget *parent) : QWidget(parent), m_state(state)
{
    setObjectName(QStringLiteral("previewPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(new QLabel(tr("<b>Current point</b>"), this));
    titleRow->addStretch(1);
    m_save = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Save PNG…"), this);
    m_save->setToolTip(tr("Save this image as a PNG that carries its latent (Open recipe… brings it back)"));
    titleRow->addWidget(m_save);
    layout->addLayout(titleRow);
    m_view = new ImageGridView(this);
    m_view->setObjectName(QStringLiteral("previewImage"));
    m_view->setToolbarVisible(false);
    m_view->setEmptyText(tr("…"));
    m_view->setFixedSize(172, 172);
    layout->addWidget(m_view, 0, Qt::AlignHCenter);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("previewInfo"));
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_info);

    connect(m_state, &ExplorerState::previewDecoded, this, [this](const QImage &image) { m_view->setImages(QList<QImage>{image}); });
    connect(m_state, &ExplorerState::currentChanged, this, [this](ExplorerState::Origin origin) { updateInfo(int(origin)); });
    connect(m_state, &ExplorerState::modelChanged, this, [this] { m_view->clear(); });
    connect(m_save, &QPushButton::clicked, this, &PreviewPanel::save);
    updateInfo(-1);
}

QString PreviewPanel::infoText() const
{
    return m_info->text();
}

void PreviewPanel::updateInfo(int origin)
{
    using O = ExplorerState::Origin;
    switch (origin) {
    case int(O::Map):
        m_originText = tr("A point of the map");
        break;
    case int(O::Sliders):
        m_originText = tr("Set with the sliders");
        break;
    case int(O::Samples):
        m_originText = tr("A sample of the prior");
        break;
    case int(O::Interpolation):
        m_originText = tr("A frame of the interpolation");
        break;
    case int(O::Arithmetic):
        m_originText = tr("Base point + amount × attribute vector");
        break;
    case int(O::Recipe):
        m_originText = tr("From a recipe");
        break;
    case int(O::Model):
        m_originText = tr("The centre of the latent space (z = 0)");
        break;
    default:
        m_originText.clear();
        break;
    }
    const auto &z = m_state->current();
    if (z.empty()) {
        m_info->setText(tr("Click or drag on the map, move a slider or click a sample to decode a point here."));
        m_save->setEnabled(false);
        return;
    }
    const double shell = std::sqrt(double(z.size()));
    m_info->setText(tr("%1\n|z| = %2 (a typical prior draw has |z| ≈ %3)")
                        .arg(m_originText)
                        .arg(QLocale().toString(engine::vae::norm(z), 'f', 2))
                        .arg(QLocale().toString(shell, 'f', 1)));
    m_save->setEnabled(true);
}

void PreviewPanel::save()
{
    if (m_state->current().empty() || m_state->currentPixels().empty())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the current point"), QStringLiteral("latent-point.png"),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    services::ImageExport request;
    request.kind = services::ImageExport::Kind::Single;
    request.path = path;
    request.images = {m_state->currentPixels()};
    request.recipe = services::latent::decodeRecipe(m_state->model().source, m_state->current());
    m_state->service()->exportImages(request);
}

} // namespace genlab::widgets
