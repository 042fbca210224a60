#include "widgets/databrowser/databrowserlab.h"

#include "widgets/databrowser/imagedatasetstab.h"
#include "widgets/databrowser/toydistributionstab.h"
#include "widgets/help/shortcutcatalog.h"

#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace genlab::widgets {

DataBrowserLab::DataBrowserLab(services::DatasetService *datasets, QWidget *parent) : LabPage(parent)
{
    setObjectName(QStringLiteral("dataBrowserLab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dataTabs"));
    m_images = new ImageDatasetsTab(datasets, m_tabs);
    m_toys = new ToyDistributionsTab(datasets, m_tabs);
    m_tabs->addTab(m_images, tr("Image data sets"));
    m_tabs->addTab(m_toys, tr("2-D toy distributions"));
    help::bindLabKey(m_toys, "toyNewSample", help::runKeys()); // draw again, as every lab's main action
    layout->addWidget(m_tabs);

    // The toys are sampled when their tab is first opened (also by a restored project while the
    // lab is hidden), not when the studio starts.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_toys)
            m_toys->start();
    });

    connect(m_images, &ImageDatasetsTab::ready, this, &LabPage::ready);
    connect(m_images, &ImageDatasetsTab::pageShown, this, &DataBrowserLab::pageShown);
    connect(m_images, &ImageDatasetsTab::exported, this, &DataBrowserLab::exported);
    connect(m_images, &ImageDatasetsTab::statusMessage, this, &LabPage::statusMessage);
    connect(m_images, &ImageDatasetsTab::stateChanged, this, &LabPage::stateChanged);
    connect(m_toys, &ToyDistributionsTab::sampled, this, &DataBrowserLab::toySampled);
    connect(m_toys, &ToyDistributionsTab::stateChanged, this, &LabPage::stateChanged);
}

DataBrowserLab::~DataBrowserLab()
{
    // Taking the tab widget down moves its current tab as each page goes: that must not start the
    // toys' sampling or report state from a lab that is going away. The tabs cancel their own jobs.
    disconnect(m_tabs, nullptr, this, nullptr);
    disconnect(m_images, nullptr, this, nullptr);
    disconnect(m_toys, nullptr, this, nullptr);
}

QString DataBrowserLab::title() const
{
    return tr("Data");
}

QString DataBrowserLab::summary() const
{
    return tr("Browse the image data sets and 2-D toy distributions the labs train on");
}

QIcon DataBrowserLab::icon() const
{
    return style()->standardIcon(QStyle::SP_DirIcon);
}

// Ready once the images tab shows its first page (or why it cannot): the tab the lab opens on.
bool DataBrowserLab::isReady() const
{
    return m_images->isReady();
}

void DataBrowserLab::activated()
{
    m_images->start();
}

void DataBrowserLab::showEvent(QShowEvent *event)
{
    LabPage::showEvent(event);
    m_images->start();
}

bool DataBrowserLab::openRecipe(const QString &path)
{
    // The only recipes this lab writes are the images tab's grids.
    const auto request = m_images->readRecipe(path);
    if (!request)
        return false;
    // Forward before loading: the load reports the new state, which includes the tab.
    m_tabs->setCurrentWidget(m_images);
    m_images->showRecipe(*request);
    return true;
}

QJsonObject DataBrowserLab::saveState() const
{
    QJsonObject state = m_images->saveState();
    state.insert(QStringLiteral("tab"), m_tabs->currentWidget() == m_toys ? QStringLiteral("toys")
                                                                           : QStringLiteral("images"));
    state.insert(QStringLiteral("toy"), m_toys->saveState());
    return state;
}

void DataBrowserLab::restoreState(const QJsonObject &state)
{
    m_images->restoreState(state);
    m_toys->restoreState(state.value(QStringLiteral("toy")).toObject());
    const QString tab = state.value(QStringLiteral("tab")).toString();
    if (tab == QLatin1String("toys"))
        m_tabs->setCurrentWidget(m_toys); // samples the toy once, as clicking the tab does
    else if (tab == QLatin1String("images"))
        m_tabs->setCurrentWidget(m_images);
}

bool DataBrowserLab::selectDataset(const QString &id)
{
    return m_images->selectDataset(id);
}

void DataBrowserLab::openFolder(const QString &path)
{
    m_images->openFolder(path);
}

void DataBrowserLab::setClassFilter(int label)
{
    m_images->setClassFilter(label);
}

void DataBrowserLab::showPage(int page)
{
    m_images->showPage(page);
}

services::Job *DataBrowserLab::exportGridTo(const QString &path)
{
    return m_images->exportGridTo(path);
}

const services::DatasetPage &DataBrowserLab::currentPage() const
{
    return m_images->currentPage();
}

QString DataBrowserLab::errorText() const
{
    return m_images->errorText();
}

ImageGridView *DataBrowserLab::grid() const
{
    return m_images->grid();
}

bool DataBrowserLab::isLoading() const
{
    return m_images->isLoading();
}

QList<QPointF> DataBrowserLab::toyPoints() const
{
    return m_toys->toyPoints();
}

QList<QPointF> DataBrowserLab::drawnPoints() const
{
    return m_toys->drawnPoints();
}

QCustomPlot *DataBrowserLab::toyPlot() const
{
    return m_toys->plot();
}

} // namespace genlab::widgets
