#include "widgets/latentlab/interpolationpanel.h"

#include "services/job.h"
#include "widgets/components/imageconvert.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/qcustomplot_include.h"
#include "widgets/latentlab/explorerstate.h"
#include "widgets/latentlab/latentmappanel.h"
#include "widgets/latentlab/palette.h"

#include <QComboBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets {

namespace vae = engine::vae;
namespace latent = services::latent;

namespace {
constexpr int kIconSize = 48;

QImage enlarged(const QImage &image, int size)
{
    return image.isNull() ? image : image.scaled(size, size, Qt::KeepAspectRatio, Qt::FastTransformation);
}
} // namespace

InterpolationPanel::InterpolationPanel(ExplorerState *state, LatentMapPanel *map, QWidget *parent)
    : QWidget(parent), m_state(state), m_map(map)
{
    setObjectName(QStringLiteral("interpolationPanel"));
    auto *layout = new QVBoxLayout(this);

    // Endpoints.
    auto *endpointsRow = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("endpointList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setIconSize(QSize(kIconSize, kIconSize));
    m_list->setGridSize(QSize(kIconSize + 36, kIconSize + 22));
    m_list->setFixedHeight(kIconSize + 34);
    m_list->setToolTip(tr("The path goes through these points in order"));
    endpointsRow->addWidget(m_list, 1);
    auto *buttons = new QGridLayout;
    m_pick = new QToolButton(this);
    m_pick->setText(tr("Pick on map"));
    m_pick->setCheckable(true);
    m_pick->setToolTip(tr("While on, each click on the map adds the nearest data-set image as an endpoint"));
    m_addCurrent = new QPushButton(tr("Add current point"), this);
    m_addCurrent->setToolTip(tr("Add the point shown in the preview (any point of the map, a sample, a slider setting)"));
    m_addFiles = new QPushButton(tr("Add images…"), this);
    m_addFiles->setToolTip(tr("Encode your own PNG or JPEG files and add them as endpoints"));
    m_remove = new QPushButton(tr("Remove"), this);
    m_clear = new QPushButton(tr("Clear"), this);
    buttons->addWidget(m_pick, 0, 0);
    buttons->addWidget(m_addCurrent, 0, 1);
    buttons->addWidget(m_addFiles, 0, 2);
    buttons->addWidget(m_remove, 1, 0);
    buttons->addWidget(m_clear, 1, 1);
    auto *framesRow = new QHBoxLayout;
    framesRow->addWidget(new QLabel(tr("Frames"), this));
    m_frames = new QSpinBox(this);
    m_frames->setObjectName(QStringLiteral("interpolationFrames"));
    m_frames->setRange(2, 256);
    m_frames->setValue(10);
    framesRow->addWidget(m_frames);
    buttons->addLayout(framesRow, 1, 2);
    endpointsRow->addLayout(buttons);
    layout->addLayout(endpointsRow);

    // Strips and the |z| plot.
    auto *strips = new QGridLayout;
    auto stripLabel = [this](const QString &text, const QColor &colour) {
        auto *l = new QLabel(text, this);
        l->setTextFormat(Qt::RichText);
        l->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(colour.name()));
        return l;
    };
    strips->addWidget(stripLabel(tr("<b>lerp</b>: a straight line between the points"), latentPalette::lerpColor()), 0, 0);
    m_lerpStrip = new ImageGridView(this);
    m_lerpStrip->setObjectName(QStringLiteral("lerpStrip"));
    m_lerpStrip->setLayoutMode(ImageGridView::Layout::Strip);
    m_lerpStrip->setToolbarVisible(false);
    m_lerpStrip->setEmptyText(tr("Pick two or more endpoints"));
    m_lerpStrip->setMinimumHeight(84);
    strips->addWidget(m_lerpStrip, 1, 0);
    strips->addWidget(stripLabel(tr("<b>slerp</b>: along the sphere, |z| changes evenly"), latentPalette::slerpColor()), 2, 0);
    m_slerpStrip = new ImageGridView(this);
    m_slerpStrip->setObjectName(QStringLiteral("slerpStrip"));
    m_slerpStrip->setLayoutMode(ImageGridView::Layout::Strip);
    m_slerpStrip->setToolbarVisible(false);
    m_slerpStrip->setEmptyText(tr("Pick two or more endpoints"));
    m_slerpStrip->setMinimumHeight(84);
    strips->addWidget(m_slerpStrip, 3, 0);
    strips->setRowStretch(1, 1);
    strips->setRowStretch(3, 1);

    m_normPlot = new QCustomPlot(this);
    m_normPlot->setObjectName(QStringLiteral("normPlot"));
    m_normPlot->setMinimumSize(220, 160);
    m_normPlot->xAxis->setLabel(tr("position along the path"));
    m_normPlot->yAxis->setLabel(tr("|z|"));
    m_normPlot->xAxis->setRange(0, 1);
    m_normPlot->legend->setVisible(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_normPlot->legend->setFont(small);
    m_normPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
    m_lerpNorms = m_normPlot->addGraph();
    m_lerpNorms->setName(tr("lerp"));
    m_lerpNorms->setPen(QPen(latentPalette::lerpColor(), 2));
    m_lerpNorms->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    m_slerpNorms = m_normPlot->addGraph();
    m_slerpNorms->setName(tr("slerp"));
    m_slerpNorms->setPen(QPen(latentPalette::slerpColor(), 2, Qt::DashLine));
    m_slerpNorms->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    m_shell = new QCPItemStraightLine(m_normPlot);
    m_shell->setPen(QPen(QColor(120, 120, 120), 1, Qt::DotLine));
    m_shellText = new QCPItemText(m_normPlot);
    m_shellText->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
    m_shellText->setColor(QColor(90, 90, 90));
    m_shellText->setFont(small);
    m_normPlot->setToolTip(tr("Draws from N(0, I) in d dimensions have |z| close to √d: the prior's mass lies on a thin "
                              "shell. A straight line between two such points cuts inside the shell, where the "
                              "decoder saw few codes; slerp keeps |z| changing evenly between the endpoints."));

    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *stripsHost = new QWidget(split);
    stripsHost->setLayout(strips);
    strips->setContentsMargins(0, 0, 0, 0);
    split->addWidget(stripsHost);
    split->addWidget(m_normPlot);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    // Play and export.
    auto *exportRow = new QHBoxLayout;
    m_play = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play"), this);
    m_play->setCheckable(true);
    m_play->setObjectName(QStringLiteral("interpolationPlay"));
    m_play->setToolTip(tr("Play both paths as animations, side by side"));
    exportRow->addWidget(m_play);
    exportRow->addSpacing(16);
    exportRow->addWidget(new QLabel(tr("Export"), this));
    m_method = new QComboBox(this);
    m_method->addItem(tr("slerp"), int(vae::PathMethod::Slerp));
    m_method->addItem(tr("lerp"), int(vae::PathMethod::Lerp));
    exportRow->addWidget(m_method);
    m_format = new QComboBox(this);
    m_format->addItem(tr("GIF animation"), int(latent::ExportFormat::Gif));
    m_format->addItem(tr("MP4 video"), int(latent::ExportFormat::Mp4));
    m_format->addItem(tr("PNG strip"), int(latent::ExportFormat::PngStrip));
    exportRow->addWidget(m_format);
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), this);
    m_export->setToolTip(tr("Writes the strip with its recipe (inside a PNG, beside a GIF or MP4)"));
    exportRow->addWidget(m_export);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    exportRow->addWidget(m_progress);
    exportRow->addStretch(1);
    layout->addLayout(exportRow);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("interpolationMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    connect(m_pick, &QToolButton::toggled, m_map, &LatentMapPanel::setPickMode);
    connect(m_map, &LatentMapPanel::pickModeChanged, m_pick, &QToolButton::setChecked);
    connect(m_map, &LatentMapPanel::pointPicked, this, &InterpolationPanel::addMapPoint);
    connect(m_addCurrent, &QPushButton::clicked, this, &InterpolationPanel::addCurrentPoint);
    connect(m_addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Images to encode"), QString(), tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
        if (!files.isEmpty())
            addFiles(files);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_list->currentRow();
        if (row < 0 || row >= int(m_endpoints.size()))
            return;
        m_endpoints.erase(m_endpoints.begin() + row);
        refreshList();
        recompute();
    });
    connect(m_clear, &QPushButton::clicked, this, &InterpolationPanel::clearEndpoints);
    connect(m_frames, &QSpinBox::valueChanged, this, &InterpolationPanel::recompute);
    connect(m_play, &QPushButton::toggled, this, [this](bool on) {
        for (ImageGridView *strip : {m_lerpStrip, m_slerpStrip}) {
            if (on)
                strip->play();
            else
                strip->stop();
        }
        m_play->setText(on ? tr("Stop") : tr("Play"));
        m_play->setIcon(style()->standardIcon(on ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    });
    auto follow = [this](ImageGridView *strip, const latent::PathOutput *path) {
        connect(strip, &ImageGridView::tileClicked, this, [this, path](int index) {
            if (index >= 0 && index < int(path->points.size()))
                m_state->setCurrent(path->points[std::size_t(index)], ExplorerState::Origin::Interpolation);
        });
    };
    follow(m_lerpStrip, &m_result.lerp);
    follow(m_slerpStrip, &m_result.slerp);
    connect(m_export, &QPushButton::clicked, this, &InterpolationPanel::exportDialog);
    connect(m_method, &QComboBox::currentIndexChanged, this, &InterpolationPanel::settingsChanged);
    connect(m_state, &ExplorerState::modelChanged, this, [this] {
        // Latents of another model mean nothing here: start again from the new map.
        m_endpoints.clear();
        m_result = {};
        refreshList();
        showResult();
    });
    connect(m_state, &ExplorerState::mapChanged, this, &InterpolationPanel::addDefaultEndpoints);
    refreshList();
    showResult();
}

QString InterpolationPanel::messageText() const
{
    return m_message->text();
}

void InterpolationPanel::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

void InterpolationPanel::fillThumbnails()
{
    if (!m_state->hasMap())
        return;
    const auto &map = m_state->map();
    bool filled = false;
    for (Endpoint &e : m_endpoints) {
        if (!e.image.isNull() || e.source.index < 0 || e.source.datasetId != map->datasetId)
            continue;
        const auto it = std::find(map->indices.begin(), map->indices.end(), e.source.index);
        if (it == map->indices.end())
            continue;
        e.image = toQImage(map->images[std::size_t(it - map->indices.begin())]);
        filled = true;
    }
    if (filled)
        refreshList();
}

void InterpolationPanel::addDefaultEndpoints()
{
    if (!m_endpoints.empty()) {
        fillThumbnails(); // restored before the map was built
        return;
    }
    if (!m_state->hasMap())
        return;
    // Two typical images of the two classes furthest apart in the latent space (a morph everyone
    // can follow); without labels, the two ends of the map's first axis.
    const auto &map = m_state->map();
    const int dim = map->dim;
    int classes = 0;
    for (int label : map->labels)
        classes = std::max(classes, label + 1);
    std::vector<std::vector<double>> means(std::size_t(classes), std::vector<double>(std::size_t(dim), 0.0));
    std::vector<int> counts(std::size_t(classes), 0);
    for (int i = 0; i < map->count; ++i) {
        const int label = map->labels[std::size_t(i)];
        if (label < 0)
            continue;
        ++counts[std::size_t(label)];
        for (int d = 0; d < dim; ++d)
            means[std::size_t(label)][std::size_t(d)] += map->latents[std::size_t(i) * dim + d];
    }
    for (int c = 0; c < classes; ++c)
        for (double &v : means[std::size_t(c)])
            v /= std::max(1, counts[std::size_t(c)]);
    auto distance = [&](const float *z, const std::vector<double> &m) {
        double sum = 0;
        for (int d = 0; d < dim; ++d)
            sum += (z[d] - m[std::size_t(d)]) * (z[d] - m[std::size_t(d)]);
        return sum;
    };
    int a = -1, b = -1;
    double widest = -1;
    for (int c1 = 0; c1 < classes; ++c1) {
        for (int c2 = c1 + 1; c2 < classes; ++c2) {
            if (!counts[std::size_t(c1)] || !counts[std::size_t(c2)])
                continue;
            double d2 = 0;
            for (int d = 0; d < dim; ++d)
                d2 += std::pow(means[std::size_t(c1)][std::size_t(d)] - means[std::size_t(c2)][std::size_t(d)], 2);
            if (d2 > widest) {
                widest = d2;
                a = c1;
                b = c2;
            }
        }
    }
    int first = -1, last = -1;
    if (a >= 0) {
        double best1 = 1e300, best2 = 1e300;
        for (int i = 0; i < map->count; ++i) {
            const int label = map->labels[std::size_t(i)];
            const float *z = map->latents.data() + std::size_t(i) * dim;
            if (label == a && distance(z, means[std::size_t(a)]) < best1) {
                best1 = distance(z, means[std::size_t(a)]);
                first = i;
            } else if (label == b && distance(z, means[std::size_t(b)]) < best2) {
                best2 = distance(z, means[std::size_t(b)]);
                last = i;
            }
        }
    } else {
        for (int i = 0; i < map->count; ++i) {
            if (first < 0 || map->points[std::size_t(i) * 2] < map->points[std::size_t(first) * 2])
                first = i;
            if (last < 0 || map->points[std::size_t(i) * 2] > map->points[std::size_t(last) * 2])
                last = i;
        }
    }
    if (first < 0 || last < 0 || first == last)
        return;
    const QSignalBlocker blocker(this);
    addMapPoint(first);
    addMapPoint(last);
}

void InterpolationPanel::addEndpoint(Endpoint endpoint)
{
    if (int(endpoint.z.size()) != m_state->latentDim())
        return;
    m_endpoints.push_back(std::move(endpoint));
    refreshList();
    recompute();
}

void InterpolationPanel::addMapPoint(int index)
{
    if (!m_state->hasMap() || index < 0 || index >= m_state->map()->count)
        return;
    const auto &map = m_state->map();
    Endpoint e;
    e.z = map->latent(index);
    e.source.datasetId = map->datasetId;
    e.source.index = map->indices[std::size_t(index)];
    e.image = toQImage(map->images[std::size_t(index)]);
    e.label = tr("%1 #%2").arg(map->className(map->labels[std::size_t(index)])).arg(e.source.index);
    addEndpoint(std::move(e));
}

void InterpolationPanel::addCurrentPoint()
{
    if (m_state->current().empty())
        return;
    Endpoint e;
    e.z = m_state->current();
    e.image = m_state->currentImage();
    e.label = tr("point");
    addEndpoint(std::move(e));
}

void InterpolationPanel::addFiles(const QStringList &files)
{
    services::EncodeRequest request;
    request.files = files;
    services::Job *job = m_state->service()->encode(request);
    setMessage(tr("Encoding %n image(s)…", nullptr, int(files.size())));
    connect(job, &services::Job::finished, this, [this, job](services::JobState state, const QString &message) {
        if (state != services::JobState::Succeeded) {
            setMessage(tr("Could not encode: %1").arg(message), true);
            return;
        }
        const services::EncodeResult r = job->resultAs<services::EncodeResult>();
        if (r.modelGeneration != m_state->model().generation)
            return;
        QStringList problems;
        for (const auto &item : r.items) {
            if (item.latent.empty()) {
                problems << item.error;
                continue;
            }
            Endpoint e;
            e.z = item.latent;
            e.source = item.source;
            e.image = toQImage(item.image);
            e.label = item.source.describe();
            m_endpoints.push_back(std::move(e));
        }
        refreshList();
        recompute();
        if (!problems.isEmpty())
            setMessage(tr("Skipped %n file(s): %1", nullptr, int(problems.size())).arg(problems.join(QStringLiteral("; "))), true);
        else
            setMessage(tr("Encoded %n image(s): each is brought to the model's size and colour, and its mean latent is "
                          "the endpoint.",
                          nullptr, int(r.items.size())));
    });
}

void InterpolationPanel::clearEndpoints()
{
    Q_EMIT settingsChanged();
    m_endpoints.clear();
    m_result = {};
    m_state->setPaths({}, {});
    refreshList();
    showResult();
}

void InterpolationPanel::setFrameCount(int frames)
{
    m_frames->setValue(frames);
}

int InterpolationPanel::frameCount() const
{
    return m_frames->value();
}

void InterpolationPanel::setExportMethod(vae::PathMethod method)
{
    m_method->setCurrentIndex(m_method->findData(int(method)));
}

vae::PathMethod InterpolationPanel::exportMethod() const
{
    return vae::PathMethod(m_method->currentData().toInt());
}

void InterpolationPanel::refreshList()
{
    m_list->clear();
    for (const Endpoint &e : m_endpoints) {
        auto *item = new QListWidgetItem(e.label, m_list);
        if (!e.image.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(enlarged(e.image, kIconSize))));
        item->setToolTip(e.source.file.isEmpty() ? e.label : e.source.file);
    }
    m_remove->setEnabled(!m_endpoints.empty());
    m_clear->setEnabled(!m_endpoints.empty());
}

void InterpolationPanel::recompute()
{
    Q_EMIT settingsChanged();
    if (m_endpoints.size() < 2 || !m_state->hasModel()) {
        m_result = {};
        m_state->setPaths({}, {});
        showResult();
        return;
    }
    services::InterpolationRequest request;
    for (const Endpoint &e : m_endpoints)
        request.endpoints.push_back(e.z);
    request.frameCount = frameCount();
    m_job = m_state->service()->interpolate(request);
    services::Job *job = m_job;
    connect(job, &services::Job::finished, this, [this, job](services::JobState state, const QString &message) {
        if (job != m_job)
            return;
        if (state == services::JobState::Failed) {
            setMessage(tr("Interpolation failed: %1").arg(message), true);
            return;
        }
        if (state != services::JobState::Succeeded)
            return;
        services::InterpolationResult r = job->resultAs<services::InterpolationResult>();
        if (r.modelGeneration != m_state->model().generation)
            return;
        m_result = std::move(r);
        showResult();
        m_state->setPaths(m_result.lerp.points, m_result.slerp.points);
        Q_EMIT stripsShown();
    });
}

void InterpolationPanel::showResult()
{
    const bool playing = m_play->isChecked();
    if (playing)
        m_play->setChecked(false);
    m_lerpStrip->setImages(m_result.lerp.frames);
    m_slerpStrip->setImages(m_result.slerp.frames);
    QVector<double> t, lerp, slerp;
    const int n = int(m_result.lerp.norms.size());
    for (int i = 0; i < n; ++i) {
        t.append(n > 1 ? double(i) / (n - 1) : 0.0);
        lerp.append(m_result.lerp.norms[std::size_t(i)]);
        slerp.append(i < int(m_result.slerp.norms.size()) ? m_result.slerp.norms[std::size_t(i)] : qQNaN());
    }
    m_lerpNorms->setData(t, lerp, true);
    m_slerpNorms->setData(t, slerp, true);
    const int dim = m_state->latentDim();
    const double shell = std::sqrt(double(std::max(1, dim)));
    double top = shell;
    for (double v : lerp)
        top = std::max(top, v);
    for (double v : slerp)
        top = std::max(top, v);
    m_normPlot->yAxis->setRange(0, top * 1.15);
    m_normPlot->xAxis->setRange(-0.02, 1.02);
    m_shell->point1->setCoords(0, shell);
    m_shell->point2->setCoords(1, shell);
    m_shellText->position->setCoords(0.01, shell);
    m_shellText->setText(tr("√d = %1, the prior's shell").arg(QLocale().toString(shell, 'f', 1)));
    m_normPlot->replot();
    m_export->setEnabled(hasResult());
    m_play->setEnabled(hasResult());
    if (hasResult() && !m_message->text().startsWith(tr("Skipped")))
        setMessage(tr("%1 frames through %2 endpoints. Click a frame to make it the current point.")
                       .arg(frameCount())
                       .arg(m_endpoints.size()));
}

services::Job *InterpolationPanel::exportTo(const QString &path)
{
    const auto format = latent::formatFromPath(path);
    if (!format || !hasResult() || !m_state->hasModel())
        return nullptr;
    const vae::PathMethod method = exportMethod();
    const latent::PathOutput &out = method == vae::PathMethod::Slerp ? m_result.slerp : m_result.lerp;
    std::vector<latent::EndpointSource> sources;
    for (const Endpoint &e : m_endpoints)
        sources.push_back(e.source);
    services::InterpolationExport request;
    request.path = path;
    request.format = *format;
    request.frames = out.frames;
    request.recipe = latent::interpolationRecipe(m_state->model().source, m_result.request.endpoints, sources,
                                                 m_result.request.frameCount, method, *format);
    services::Job *job = m_state->service()->exportInterpolation(request);
    m_progress->setValue(0);
    m_progress->show();
    m_export->setEnabled(false);
    connect(job, &services::Job::progressChanged, this, [this](double f) { m_progress->setValue(int(f * 100)); });
    connect(job, &services::Job::finished, this, [this, job, path](services::JobState state, const QString &message) {
        m_progress->hide();
        m_export->setEnabled(hasResult());
        const bool ok = state == services::JobState::Succeeded;
        if (ok)
            setMessage(tr("Exported %1").arg(job->resultAs<QStringList>().join(QStringLiteral(", "))));
        else if (state == services::JobState::Failed)
            setMessage(tr("Export failed: %1").arg(message), true);
        else
            setMessage(tr("Export canceled; nothing was written."));
        Q_EMIT exported(path, ok, message);
    });
    return job;
}

void InterpolationPanel::exportDialog()
{
    if (!hasResult())
        return;
    const auto format = latent::ExportFormat(m_format->currentData().toInt());
    const QString suffix = latent::formatSuffix(format);
    const QString filter = format == latent::ExportFormat::Gif   ? tr("GIF animations (*.gif)")
                           : format == latent::ExportFormat::Mp4 ? tr("MP4 videos (*.mp4)")
                                                                 : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export the interpolation"),
        QStringLiteral("interpolation-%1.%2").arg(latent::methodName(exportMethod()), suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    exportTo(path);
}

void InterpolationPanel::restore(const std::vector<vae::Latent> &endpoints,
                                 const std::vector<latent::EndpointSource> &sources, int frames, vae::PathMethod method)
{
    m_endpoints.clear();
    for (std::size_t i = 0; i < endpoints.size(); ++i) {
        Endpoint e;
        e.z = endpoints[i];
        if (i < sources.size())
            e.source = sources[i];
        e.label = e.source.describe();
        if (m_state->hasMap() && e.source.index >= 0 && e.source.datasetId == m_state->map()->datasetId) {
            const auto &map = m_state->map();
            const auto it = std::find(map->indices.begin(), map->indices.end(), e.source.index);
            if (it != map->indices.end())
                e.image = toQImage(map->images[std::size_t(it - map->indices.begin())]);
        }
        m_endpoints.push_back(std::move(e));
    }
    {
        const QSignalBlocker blocker(m_frames);
        m_frames->setValue(frames);
    }
    setExportMethod(method);
    refreshList();
    recompute();
}

} // namespace genlab::widgets
