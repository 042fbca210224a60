#pragma once

#include "services/datasetservice.h"
#include "widgets/shell/labpage.h"

#include <QList>
#include <QPointF>

class QCustomPlot;
class QTabWidget;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

class ImageDatasetsTab;
class ImageGridView;
class ToyDistributionsTab;

// The data browser, one tab per view: the image data sets (ImageDatasetsTab: pick a data set or an
// image folder, see a page of thumbnails with their labels, filter by class, export a grid) and the
// 2-D toy distributions the GAN and diffusion toy views train on (ToyDistributionsTab, including one
// the user draws). The lab only builds the tabs and routes what the studio asks of a lab (first
// showing, recipes, project state) to the tab it concerns; the tabs own their widgets and jobs.
// Thread: GUI only.
class DataBrowserLab : public LabPage
{
    Q_OBJECT
public:
    explicit DataBrowserLab(services::DatasetService *datasets, QWidget *parent = nullptr);
    ~DataBrowserLab() override;

    QString labId() const override { return QStringLiteral("data"); }
    QString title() const override;
    QString summary() const override;
    QIcon icon() const override;
    bool isReady() const override;
    void activated() override;
    // A grid PNG this lab exported: shows the same data set, class, order and page again.
    bool openRecipe(const QString &path) override;
    // The chosen data set (a folder by its path), class, order, page size and page, the toy
    // distribution's settings and drawn points, and the tab.
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    ImageDatasetsTab *imagesTab() const { return m_images; }
    ToyDistributionsTab *toysTab() const { return m_toys; }

    // The images tab, as tests and recipes drive it (see ImageDatasetsTab).
    bool selectDataset(const QString &id); // a choice id; false when unknown or unavailable
    void openFolder(const QString &path);
    void setClassFilter(int label);         // -1: every class
    void showPage(int page);                // 0-based
    // Writes the page shown as a labelled grid PNG carrying its recipe, as a job on the I/O lane
    // (progress below the grid); nullptr when no page is shown. exported() tells how it went.
    services::Job *exportGridTo(const QString &path);

    const services::DatasetPage &currentPage() const;
    QString errorText() const;
    ImageGridView *grid() const;
    bool isLoading() const;

    // The toy tab.
    QList<QPointF> toyPoints() const;
    QList<QPointF> drawnPoints() const;
    QCustomPlot *toyPlot() const;

Q_SIGNALS:
    void pageShown(); // a page (or an error) is on screen
    void toySampled();
    void exported(const QString &path, bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs;
    ImageDatasetsTab *m_images;
    ToyDistributionsTab *m_toys;
};

} // namespace genlab::widgets
