#pragma once

#include "services/datasetservice.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeWidget;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

class ImageGridView;

// The data browser's "Image data sets" tab: pick a data set (OpenCV's handwritten digits,
// procedural digits, shapes, or an image folder), see a page of thumbnails with their labels, its
// size, classes, image size and source, filter by class, page through it, see which files of a
// folder were skipped and why, and export the page as a labelled grid carrying its recipe. All
// loading runs as jobs through DatasetService.
// Thread: GUI only.
class ImageDatasetsTab : public QWidget
{
    Q_OBJECT
public:
    explicit ImageDatasetsTab(services::DatasetService *datasets, QWidget *parent = nullptr);
    ~ImageDatasetsTab() override;

    // Loads the first page, once; the lab calls it when first shown. Until then only choices are
    // made (a project or a recipe may choose another data set before anything is seen): it loads
    // what was chosen, else the picker's first available data set.
    void start();
    bool isReady() const { return m_ready; } // a first page (or an error) has been shown

    // What the picker does, without its dialogs (tests, recipes).
    bool selectDataset(const QString &id); // a choice id; false when unknown or unavailable
    void openFolder(const QString &path);
    void setClassFilter(int label);         // -1: every class
    void showPage(int page);                // 0-based
    // Writes the page shown as a labelled grid PNG carrying its recipe, as a job on the I/O lane
    // (progress below the grid); nullptr when no page is shown. exported() tells how it went.
    services::Job *exportGridTo(const QString &path);
    // The request of a grid PNG exportGridTo() wrote, or nullopt when it has none or its data set
    // cannot be shown here (then a notice and statusMessage() say why). Two steps, so the lab can
    // bring this tab forward before showRecipe() loads and reports the new state.
    std::optional<services::DatasetBrowseRequest> readRecipe(const QString &path);
    // Shows that request's data set, class, order and page again.
    void showRecipe(const services::DatasetBrowseRequest &request);

    // This tab's part of the lab's state: "dataset" (a folder as "folder:<path>"; absent while
    // nothing is chosen), "class", "shuffled", "per_page" and "page".
    QJsonObject saveState() const;
    // Reads the same keys from the lab's state; a data set that cannot be shown is named in a
    // notice (and statusMessage()) and the tab keeps what it shows.
    void restoreState(const QJsonObject &state);

    const services::DatasetPage &currentPage() const { return m_page; }
    QString errorText() const;
    ImageGridView *grid() const { return m_grid; }
    bool isLoading() const;

Q_SIGNALS:
    void ready();     // once, before the first pageShown()
    void pageShown(); // a page (or an error) is on screen
    void exported(const QString &path, bool ok, const QString &message);
    void statusMessage(const QString &message);
    void stateChanged(); // a setting saveState() reports changed

private:
    void onDatasetPicked(int row);
    void chooseFolder();
    void load();
    // Sets every choice at once and loads the page once (when started).
    void applySelection(const QString &id, int classFilter, bool shuffled, int perPage, int page);
    void exportDialog();
    void setNotice(const QString &text);
    void showResult();
    void updateInfo();
    void markReady();

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
};

} // namespace genlab::widgets
