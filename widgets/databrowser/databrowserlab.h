#pragma once

#include "services/datasetservice.h"
#include "widgets/shell/labpage.h"

#include <QPointF>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QToolButton;
class QTreeWidget;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

class ImageGridView;

// The data browser: pick a data set (OpenCV's handwritten digits, procedural digits, shapes, or an
// image folder), see a page of thumbnails with their labels, its size, classes, image size and
// source, filter by class, and see which files of a folder were skipped and why. A second tab
// plots the 2-D toy distributions the GAN and diffusion toy views train on, including one the
// user draws with the mouse. All loading runs as jobs through DatasetService.
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
    bool isReady() const override { return m_ready; }
    void activated() override;
    // A grid PNG this lab exported: shows the same data set, class, order and page again.
    bool openRecipe(const QString &path) override;
    // The chosen data set (a folder by its path), class, order, page size and page, the toy
    // distribution's settings and drawn points, and the tab.
    QJsonObject saveState() const override;
    void restoreState(const QJsonObject &state) override;

    // What the picker does, without its dialogs (tests, recipes).
    bool selectDataset(const QString &id); // a choice id; false when unknown or unavailable
    void openFolder(const QString &path);
    void setClassFilter(int label);         // -1: every class
    void showPage(int page);                // 0-based
    // Writes the page shown as a labelled grid PNG carrying its recipe, as a job on the I/O lane
    // (progress below the grid); nullptr when no page is shown. exported() tells how it went.
    services::Job *exportGridTo(const QString &path);

    const services::DatasetPage &currentPage() const { return m_page; }
    QString errorText() const;
    ImageGridView *grid() const { return m_grid; }
    bool isLoading() const;

    // The toy view.
    QList<QPointF> toyPoints() const { return m_toyPoints; }
    QList<QPointF> drawnPoints() const { return m_drawn; }
    QCustomPlot *toyPlot() const { return m_toyPlot; }

Q_SIGNALS:
    void pageShown(); // a page (or an error) is on screen
    void toySampled();
    void exported(const QString &path, bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *buildImagesTab();
    QWidget *buildToyTab();
    void start();
    void onDatasetPicked(int row);
    void chooseFolder();
    void load();
    // Sets every choice of the images tab at once and loads the page once (when started).
    void applySelection(const QString &id, int classFilter, bool shuffled, int perPage, int page);
    void exportDialog();
    void setNotice(const QString &text);
    void showResult();
    void updateInfo();
    void markReady();
    void sampleToy();
    void showToy();
    void toyMouse(const QPointF &pixel, bool press);
    void fitToyAspect();

    services::DatasetService *m_datasets;
    QList<services::DatasetChoice> m_choices;
    QString m_datasetId; // what is loaded or loading (a folder as "folder:<path>")
    int m_previousRow = 0;
    int m_classFilter = -1;
    int m_pageIndex = 0;
    quint64 m_orderSeed = 1;          // the shuffled order; recipes may carry another
    qint64 m_proceduralCount = 10000; // procedural data sets: as recipes describe them
    quint64 m_proceduralSeed = 1;
    services::DatasetBrowseRequest m_request; // of the job in flight, then of the page shown
    services::DatasetBrowseRequest m_shownRequest;
    services::DatasetPage m_page;
    QString m_notice; // why a restored choice could not be kept; shown until the user picks
    QPointer<services::Job> m_job;
    QPointer<services::Job> m_exportJob;
    bool m_started = false;
    bool m_ready = false;

    QTabWidget *m_tabs;
    QComboBox *m_datasetCombo;
    QPushButton *m_folderButton;
    QComboBox *m_classCombo;
    QComboBox *m_pageSizeCombo;
    QCheckBox *m_shuffleCheck;
    ImageGridView *m_grid;
    QLabel *m_nameLabel, *m_sizeLabel, *m_classesLabel, *m_imageSizeLabel, *m_sourceLabel, *m_descriptionLabel;
    QLabel *m_errorLabel;
    QGroupBox *m_skippedBox;
    QTreeWidget *m_skippedList;
    QToolButton *m_previousButton, *m_nextButton;
    QLabel *m_rangeLabel;
    QProgressBar *m_progress;
    QProgressBar *m_exportProgress;
    QLabel *m_exportStatus;

    // 2-D toys
    QComboBox *m_toyCombo;
    QSpinBox *m_toyCount, *m_toySeed;
    QCustomPlot *m_toyPlot;
    QLabel *m_toyStatus;
    QList<QPointF> m_toyPoints, m_drawn;
    QPointer<services::Job> m_toyJob;
    bool m_toyStarted = false;
    bool m_drawing = false;
};

} // namespace genlab::widgets
