#include "widgets/databrowser/databrowserlab.h"

#include "services/job.h"
#include "services/recipe.h"
#include "widgets/components/imagegridview.h"
#include "widgets/components/qcustomplot_include.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace genlab::widgets {

namespace {

constexpr double kToyExtent = 3.2; // every toy distribution lies within about [-3, 3]^2
constexpr double kMinDrawSpacing = 0.08;
constexpr int kMaxSavedPoints = 5000; // drawn toy points kept in a project
const QString kFolderId = QStringLiteral("folder:");

QString channelsText(int channels)
{
    return channels == 1 ? DataBrowserLab::tr("gray") : channels == 3 ? DataBrowserLab::tr("colour (RGB)")
                                                                      : DataBrowserLab::tr("%1 channels").arg(channels);
}

} // namespace

DataBrowserLab::DataBrowserLab(services::DatasetService *datasets, QWidget *parent)
    : LabPage(parent), m_datasets(datasets)
{
    setObjectName(QStringLiteral("dataBrowserLab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("dataTabs"));
    m_tabs->addTab(buildImagesTab(), tr("Image data sets"));
    m_tabs->addTab(buildToyTab(), tr("2-D toy distributions"));
    layout->addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1 && !m_toyStarted) {
            m_toyStarted = true;
            sampleToy();
        }
    });
}

DataBrowserLab::~DataBrowserLab()
{
    // Closing the page cancels what it asked for.
    if (m_job)
        m_job->cancel();
    if (m_toyJob)
        m_toyJob->cancel();
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

QWidget *DataBrowserLab::buildImagesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Data set"), page));
    m_datasetCombo = new QComboBox(page);
    m_datasetCombo->setObjectName(QStringLiteral("datasetCombo"));
    m_datasetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pick->addWidget(m_datasetCombo);
    m_folderButton = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Choose folder…"), page);
    m_folderButton->setToolTip(tr("Pick a folder of PNG or JPEG images; sub-folder names become the labels"));
    pick->addWidget(m_folderButton);
    pick->addSpacing(16);
    pick->addWidget(new QLabel(tr("Class"), page));
    m_classCombo = new QComboBox(page);
    m_classCombo->setObjectName(QStringLiteral("classCombo"));
    m_classCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_classCombo->setToolTip(tr("Show only the images of one class"));
    pick->addWidget(m_classCombo);
    pick->addSpacing(16);
    m_shuffleCheck = new QCheckBox(tr("Shuffled"), page);
    m_shuffleCheck->setObjectName(QStringLiteral("shuffle"));
    m_shuffleCheck->setChecked(true);
    m_shuffleCheck->setToolTip(tr("Show the images in a fixed random order (so the first page shows every "
                                  "class); off: in the data set's own order"));
    pick->addWidget(m_shuffleCheck);
    pick->addSpacing(16);
    pick->addWidget(new QLabel(tr("Per page"), page));
    m_pageSizeCombo = new QComboBox(page);
    for (int n : {50, 100, 200, 500})
        m_pageSizeCombo->addItem(QLocale().toString(n), n);
    m_pageSizeCombo->setCurrentIndex(1);
    pick->addWidget(m_pageSizeCombo);
    pick->addStretch(1);
    layout->addLayout(pick);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    m_grid = new ImageGridView(splitter);
    m_grid->setObjectName(QStringLiteral("datasetGrid"));
    m_grid->setEmptyText(tr("Loading…"));
    // Export writes the engine's labelled grid with its recipe, not a screen grab.
    m_grid->setCustomExport(true);
    splitter->addWidget(m_grid);

    auto *side = new QWidget(splitter);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    auto *about = new QGroupBox(tr("About this data set"), side);
    auto *form = new QFormLayout(about);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto makeValue = [about](const QString &name) {
        auto *l = new QLabel(about);
        l->setObjectName(name);
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return l;
    };
    m_nameLabel = makeValue(QStringLiteral("nameValue"));
    m_sizeLabel = makeValue(QStringLiteral("sizeValue"));
    m_classesLabel = makeValue(QStringLiteral("classesValue"));
    m_imageSizeLabel = makeValue(QStringLiteral("imageSizeValue"));
    m_sourceLabel = makeValue(QStringLiteral("sourceValue"));
    form->addRow(tr("Name"), m_nameLabel);
    form->addRow(tr("Images"), m_sizeLabel);
    form->addRow(tr("Classes"), m_classesLabel);
    form->addRow(tr("Image size"), m_imageSizeLabel);
    form->addRow(tr("Source"), m_sourceLabel);
    m_descriptionLabel = makeValue(QStringLiteral("descriptionValue"));
    form->addRow(m_descriptionLabel);
    sideLayout->addWidget(about);

    m_skippedBox = new QGroupBox(side);
    m_skippedBox->setObjectName(QStringLiteral("skippedBox"));
    auto *skippedLayout = new QVBoxLayout(m_skippedBox);
    m_skippedList = new QTreeWidget(m_skippedBox);
    m_skippedList->setObjectName(QStringLiteral("skippedList"));
    m_skippedList->setHeaderLabels({tr("File"), tr("Why it was skipped")});
    m_skippedList->setRootIsDecorated(false);
    m_skippedList->setWordWrap(true);
    m_skippedList->header()->setStretchLastSection(true);
    skippedLayout->addWidget(m_skippedList);
    m_skippedBox->hide();
    sideLayout->addWidget(m_skippedBox, 1);
    sideLayout->addStretch(0);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({820, 340});
    layout->addWidget(splitter, 1);

    auto *paging = new QHBoxLayout;
    m_previousButton = new QToolButton(page);
    m_previousButton->setObjectName(QStringLiteral("previousPage"));
    m_previousButton->setArrowType(Qt::LeftArrow);
    m_previousButton->setToolTip(tr("Previous page"));
    m_nextButton = new QToolButton(page);
    m_nextButton->setObjectName(QStringLiteral("nextPage"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_nextButton->setToolTip(tr("Next page"));
    m_rangeLabel = new QLabel(page);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_progress = new QProgressBar(page);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_exportStatus = new QLabel(page);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportProgress = new QProgressBar(page);
    m_exportProgress->setObjectName(QStringLiteral("exportProgress"));
    m_exportProgress->setRange(0, 100);
    m_exportProgress->setMaximumWidth(200);
    m_exportProgress->hide();
    paging->addWidget(m_previousButton);
    paging->addWidget(m_rangeLabel);
    paging->addWidget(m_nextButton);
    paging->addStretch(1);
    paging->addWidget(m_exportStatus);
    paging->addWidget(m_exportProgress);
    paging->addWidget(m_progress);
    layout->addLayout(paging);

    // The picker: unavailable data sets stay listed, disabled, with the reason as their tooltip.
    m_choices = m_datasets->choices();
    auto *model = new QStandardItemModel(m_datasetCombo);
    for (const services::DatasetChoice &c : m_choices) {
        auto *item = new QStandardItem(c.isFolderPicker() ? tr("%1…").arg(c.name) : c.name);
        item->setData(c.id, Qt::UserRole);
        item->setToolTip(c.available ? c.description : tr("Not available: %1").arg(c.whyNot));
        item->setEnabled(c.available);
        model->appendRow(item);
    }
    m_datasetCombo->setModel(model);
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].available && !m_choices[i].isFolderPicker()) {
            m_previousRow = i;
            break;
        }
    }
    m_datasetCombo->setCurrentIndex(m_previousRow);
    m_folderButton->setVisible(false);

    connect(m_datasetCombo, &QComboBox::activated, this, &DataBrowserLab::onDatasetPicked);
    connect(m_folderButton, &QPushButton::clicked, this, &DataBrowserLab::chooseFolder);
    connect(m_classCombo, &QComboBox::activated, this,
            [this](int row) { setClassFilter(m_classCombo->itemData(row).toInt()); });
    connect(m_pageSizeCombo, &QComboBox::activated, this, [this] { showPage(0); });
    connect(m_shuffleCheck, &QCheckBox::toggled, this, [this] { showPage(0); });
    connect(m_previousButton, &QToolButton::clicked, this, [this] { showPage(m_pageIndex - 1); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { showPage(m_pageIndex + 1); });
    connect(m_grid, &ImageGridView::exportRequested, this, &DataBrowserLab::exportDialog);
    m_previousButton->setEnabled(false);
    m_nextButton->setEnabled(false);
    return page;
}

QWidget *DataBrowserLab::buildToyTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Distribution"), page));
    m_toyCombo = new QComboBox(page);
    m_toyCombo->setObjectName(QStringLiteral("toyCombo"));
    for (const auto &[id, name] : services::DatasetService::toyKinds())
        m_toyCombo->addItem(id == QLatin1String("user") ? tr("Your drawing") : name, id);
    row->addWidget(m_toyCombo);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Points"), page));
    m_toyCount = new QSpinBox(page);
    m_toyCount->setRange(100, 20000);
    m_toyCount->setSingleStep(500);
    m_toyCount->setValue(2000);
    m_toyCount->setGroupSeparatorShown(true);
    row->addWidget(m_toyCount);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Seed"), page));
    m_toySeed = new QSpinBox(page);
    m_toySeed->setRange(1, 999999);
    m_toySeed->setValue(1);
    row->addWidget(m_toySeed);
    auto *resample = new QPushButton(tr("New sample"), page);
    resample->setToolTip(tr("Draw again with the next seed"));
    row->addWidget(resample);
    auto *clearDrawing = new QPushButton(tr("Clear drawing"), page);
    clearDrawing->setObjectName(QStringLiteral("clearDrawing"));
    row->addWidget(clearDrawing);
    row->addStretch(1);
    layout->addLayout(row);
    auto *hint = new QLabel(tr("Click or drag on the plot to draw points: \"Your drawing\" then samples around them "
                               "(Gaussians as wide as half the typical gap between your points)."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_toyPlot = new QCustomPlot(page);
    m_toyPlot->setObjectName(QStringLiteral("toyPlot"));
    m_toyPlot->setMinimumSize(300, 300);
    m_toyPlot->xAxis->setLabel(QStringLiteral("x"));
    m_toyPlot->yAxis->setLabel(QStringLiteral("y"));
    m_toyPlot->xAxis->setRange(-kToyExtent, kToyExtent);
    m_toyPlot->yAxis->setRange(-kToyExtent, kToyExtent);
    for (QCPAxis *axis : {m_toyPlot->xAxis, m_toyPlot->yAxis})
        axis->grid()->setPen(QPen(QColor(0, 0, 0, 30), 0, Qt::DotLine));
    QCPGraph *samples = m_toyPlot->addGraph();
    samples->setLineStyle(QCPGraph::lsNone);
    samples->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, QColor(0x00, 0x72, 0xB2, 110),
                                             QColor(0x00, 0x72, 0xB2, 110), 4));
    samples->setName(tr("samples"));
    samples->setAdaptiveSampling(false);
    QCPGraph *drawn = m_toyPlot->addGraph();
    drawn->setLineStyle(QCPGraph::lsNone);
    drawn->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(0xD5, 0x5E, 0x00), 2),
                                           QBrush(Qt::white), 9));
    drawn->setName(tr("your points"));
    m_toyPlot->legend->setVisible(true);
    m_toyPlot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    layout->addWidget(m_toyPlot, 1);
    m_toyStatus = new QLabel(page);
    m_toyStatus->setObjectName(QStringLiteral("toyStatus"));
    layout->addWidget(m_toyStatus);

    connect(m_toyPlot, &QCustomPlot::afterReplot, this, &DataBrowserLab::fitToyAspect);
    connect(m_toyPlot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (e->button() == Qt::LeftButton) {
            m_drawing = true;
            toyMouse(e->position(), true);
        }
    });
    connect(m_toyPlot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        if (m_drawing && (e->buttons() & Qt::LeftButton))
            toyMouse(e->position(), false);
    });
    connect(m_toyPlot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *) {
        if (m_drawing) {
            m_drawing = false;
            sampleToy();
        }
    });
    connect(m_toyCombo, &QComboBox::activated, this, [this] { sampleToy(); });
    connect(m_toyCount, &QSpinBox::editingFinished, this, [this] { sampleToy(); });
    connect(m_toySeed, &QSpinBox::editingFinished, this, [this] { sampleToy(); });
    connect(resample, &QPushButton::clicked, this, [this] {
        m_toySeed->setValue(m_toySeed->value() + 1);
        sampleToy();
    });
    connect(clearDrawing, &QPushButton::clicked, this, [this] {
        m_drawn.clear();
        sampleToy();
    });
    return page;
}

void DataBrowserLab::activated()
{
    start();
}

void DataBrowserLab::showEvent(QShowEvent *event)
{
    LabPage::showEvent(event);
    start();
}

void DataBrowserLab::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_datasetId.isEmpty())
        load(); // chosen before the first showing (a project, a recipe)
    else
        onDatasetPicked(m_datasetCombo->currentIndex());
}

bool DataBrowserLab::selectDataset(const QString &id)
{
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices[i].id == id && m_choices[i].available && !m_choices[i].isFolderPicker()) {
            m_started = true;
            m_datasetCombo->setCurrentIndex(i);
            onDatasetPicked(i);
            return true;
        }
    }
    return false;
}

void DataBrowserLab::onDatasetPicked(int row)
{
    if (row < 0 || row >= m_choices.size() || !m_choices[row].available)
        return;
    const services::DatasetChoice &choice = m_choices[row];
    setNotice({});
    m_folderButton->setVisible(choice.isFolderPicker());
    if (choice.isFolderPicker()) {
        chooseFolder();
        return;
    }
    m_previousRow = row;
    m_datasetId = choice.id;
    m_classFilter = -1;
    m_classCombo->clear();
    m_pageIndex = 0;
    load();
}

void DataBrowserLab::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose a folder of images"));
    if (folder.isEmpty()) {
        if (!m_datasetId.startsWith(kFolderId)) { // nothing picked: back to what was shown
            m_datasetCombo->setCurrentIndex(m_previousRow);
            m_folderButton->setVisible(false);
        }
        return;
    }
    setNotice({});
    openFolder(folder);
}

void DataBrowserLab::openFolder(const QString &path)
{
    m_started = true;
    for (int i = 0; i < m_choices.size(); ++i)
        if (m_choices[i].isFolderPicker())
            m_datasetCombo->setCurrentIndex(i);
    m_folderButton->setVisible(true);
    m_datasetId = kFolderId + path;
    m_classFilter = -1;
    m_classCombo->clear();
    m_pageIndex = 0;
    load();
}

void DataBrowserLab::setClassFilter(int label)
{
    m_classFilter = label;
    const int row = m_classCombo->findData(label);
    if (row >= 0)
        m_classCombo->setCurrentIndex(row);
    m_pageIndex = 0;
    load();
}

void DataBrowserLab::showPage(int page)
{
    m_pageIndex = std::max(0, page);
    load();
}

void DataBrowserLab::load()
{
    if (m_datasetId.isEmpty())
        return;
    if (m_job && !m_job->isFinished())
        m_job->cancel(); // latest wins
    services::DatasetBrowseRequest request;
    request.id = m_datasetId;
    request.classFilter = m_classFilter;
    request.count = m_pageSizeCombo->currentData().toInt();
    request.offset = qint64(m_pageIndex) * request.count;
    request.shuffled = m_shuffleCheck->isChecked();
    request.orderSeed = m_orderSeed;
    request.proceduralCount = m_proceduralCount;
    request.seed = m_proceduralSeed;
    m_request = request;
    m_job = m_datasets->browse(request);
    m_progress->setValue(0);
    m_progress->setFormat(tr("loading…"));
    m_progress->show();
    m_previousButton->setEnabled(false);
    m_nextButton->setEnabled(false);
    connect(m_job, &services::Job::progressChanged, this, [this](double fraction, const QString &stage) {
        m_progress->setValue(int(fraction * 100));
        m_progress->setFormat(stage.isEmpty() ? QStringLiteral("%p %") : stage);
    });
    services::Job *job = m_job;
    connect(job, &services::Job::finished, this, [this, job] {
        if (job == m_job)
            showResult();
    });
    Q_EMIT stateChanged();
}

void DataBrowserLab::showResult()
{
    m_progress->hide();
    if (m_job->state() != services::JobState::Succeeded) {
        if (m_job->state() == services::JobState::Canceled)
            return;
        m_errorLabel->setText((m_notice.isEmpty() ? QString() : m_notice + QLatin1Char('\n')) +
                              tr("Cannot open this data set: %1").arg(m_job->message()));
        m_errorLabel->show();
        m_page = services::DatasetPage{};
        m_grid->setEmptyText(tr("Nothing to show"));
        m_grid->clear();
        m_rangeLabel->clear();
        updateInfo();
        markReady();
        Q_EMIT pageShown();
        return;
    }
    setNotice(m_notice);
    m_page = services::DatasetService::pageOf(m_job);
    m_shownRequest = m_request;
    QStringList labels, tips;
    for (int i = 0; i < m_page.labels.size(); ++i) {
        const int l = m_page.labels[i];
        const QString label = l >= 0 && l < m_page.classNames.size() ? m_page.classNames[l] : QString();
        labels << label;
        QString tip = tr("image %1 of the data set").arg(QLocale().toString(m_page.indices[i]));
        if (!label.isEmpty())
            tip += tr("\nclass: %1").arg(label);
        if (i < m_page.files.size())
            tip += tr("\nfile: %1").arg(m_page.files[i]);
        tips << tip;
    }
    m_grid->setImages(m_page.images, labels, tips);

    // Classes, with their counts, once per data set.
    if (m_classCombo->count() == 0) {
        m_classCombo->addItem(tr("All classes"), -1);
        for (int c = 0; c < m_page.classNames.size(); ++c)
            m_classCombo->addItem(tr("%1 (%2)").arg(m_page.classNames[c], QLocale().toString(m_page.classCounts.value(c))), c);
        m_classCombo->setEnabled(!m_page.classNames.isEmpty());
    }
    if (const int row = m_classCombo->findData(m_page.classFilter); row >= 0)
        m_classCombo->setCurrentIndex(row);
    if (m_page.classFilter >= m_page.classNames.size()) {
        // A class this data set does not have (a project made with another one): show them all.
        setClassFilter(-1);
        return;
    }
    const int perPage = m_pageSizeCombo->currentData().toInt();
    const qint64 first = m_page.matching ? m_page.offset + 1 : 0;
    const qint64 last = m_page.offset + qint64(m_page.images.size());
    m_rangeLabel->setText(tr("images %1–%2 of %3%4")
                              .arg(QLocale().toString(first), QLocale().toString(last),
                                   QLocale().toString(m_page.matching),
                                   m_page.classFilter >= 0 ? tr(" in class %1").arg(m_page.classNames.value(m_page.classFilter))
                                                           : QString()));
    m_pageIndex = int(m_page.offset / perPage);
    m_previousButton->setEnabled(m_page.offset > 0);
    m_nextButton->setEnabled(last < m_page.matching);

    m_skippedList->clear();
    for (const auto &[file, why] : m_page.skipped) {
        auto *item = new QTreeWidgetItem(m_skippedList, {file, why});
        item->setToolTip(0, file);
        item->setToolTip(1, why);
    }
    m_skippedBox->setTitle(tr("%n file(s) skipped", nullptr, int(m_page.skipped.size())));
    m_skippedBox->setVisible(!m_page.skipped.isEmpty());
    updateInfo();
    markReady();
    Q_EMIT pageShown();
}

void DataBrowserLab::updateInfo()
{
    const services::DatasetPage &p = m_page;
    if (p.size == 0) {
        for (QLabel *l : {m_nameLabel, m_sizeLabel, m_classesLabel, m_imageSizeLabel, m_sourceLabel, m_descriptionLabel})
            l->clear();
        return;
    }
    m_nameLabel->setText(p.name);
    m_sizeLabel->setText(tr("%1 images").arg(QLocale().toString(p.size)));
    if (p.classNames.isEmpty()) {
        m_classesLabel->setText(tr("none (unlabelled)"));
    } else {
        QStringList parts;
        for (int c = 0; c < p.classNames.size(); ++c)
            parts << p.classNames[c];
        QString text = tr("%1 classes: %2").arg(p.classNames.size()).arg(parts.join(QStringLiteral(", ")));
        if (p.unlabelled > 0)
            text += tr("; %1 unlabelled").arg(QLocale().toString(p.unlabelled));
        m_classesLabel->setText(text);
    }
    m_imageSizeLabel->setText(tr("%1 × %2 pixels, %3").arg(p.width).arg(p.height).arg(channelsText(p.channels)));
    m_sourceLabel->setText(p.source == QLatin1String("procedural") ? tr("drawn by the studio (procedural)") : p.source);
    m_sourceLabel->setToolTip(p.source);
    QString description;
    for (const services::DatasetChoice &c : m_choices)
        if (c.id == p.id || (c.isFolderPicker() && p.id.startsWith(kFolderId)))
            description = c.description;
    if (!p.note.isEmpty())
        description += QLatin1Char('\n') + p.note;
    m_descriptionLabel->setText(description);
}

void DataBrowserLab::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

QString DataBrowserLab::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

bool DataBrowserLab::isLoading() const
{
    return m_job && !m_job->isFinished();
}

// --- selection, projects, recipes, export -------------------------------------------------------

void DataBrowserLab::setNotice(const QString &text)
{
    m_notice = text;
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void DataBrowserLab::applySelection(const QString &id, int classFilter, bool shuffled, int perPage, int page)
{
    const bool newSet = id != m_datasetId;
    if (id.startsWith(kFolderId)) {
        for (int i = 0; i < m_choices.size(); ++i)
            if (m_choices[i].isFolderPicker())
                m_datasetCombo->setCurrentIndex(i);
        m_folderButton->setVisible(true);
    } else {
        for (int i = 0; i < m_choices.size(); ++i) {
            if (m_choices[i].id == id) {
                m_datasetCombo->setCurrentIndex(i);
                m_previousRow = i;
            }
        }
        m_folderButton->setVisible(false);
    }
    if (newSet)
        m_classCombo->clear(); // refilled from the new data set's classes
    m_datasetId = id;
    m_classFilter = classFilter;
    if (const int row = m_classCombo->findData(classFilter); row >= 0)
        m_classCombo->setCurrentIndex(row);
    {
        const QSignalBlocker b1(m_shuffleCheck), b2(m_pageSizeCombo);
        m_shuffleCheck->setChecked(shuffled);
        int row = m_pageSizeCombo->findData(perPage);
        if (row < 0) {
            m_pageSizeCombo->addItem(QLocale().toString(perPage), perPage);
            row = m_pageSizeCombo->count() - 1;
        }
        m_pageSizeCombo->setCurrentIndex(row);
    }
    m_pageIndex = std::max(0, page);
    // Before the first showing only the choice is made; start() loads it.
    if (m_started)
        load();
}

QJsonObject DataBrowserLab::saveState() const
{
    QString id = m_datasetId;
    if (id.isEmpty() && m_datasetCombo->currentIndex() >= 0 && m_datasetCombo->currentIndex() < m_choices.size() &&
        !m_choices[m_datasetCombo->currentIndex()].isFolderPicker())
        id = m_choices[m_datasetCombo->currentIndex()].id;
    QJsonArray points;
    for (qsizetype i = 0; i < m_drawn.size() && i < kMaxSavedPoints; ++i)
        points.append(QJsonArray{m_drawn[i].x(), m_drawn[i].y()});
    QJsonObject state{
        {QStringLiteral("tab"), m_tabs->currentIndex() == 1 ? QStringLiteral("toys") : QStringLiteral("images")},
        {QStringLiteral("class"), m_classFilter},
        {QStringLiteral("shuffled"), m_shuffleCheck->isChecked()},
        {QStringLiteral("per_page"), m_pageSizeCombo->currentData().toInt()},
        {QStringLiteral("page"), m_pageIndex},
        {QStringLiteral("toy"), QJsonObject{{QStringLiteral("kind"), m_toyCombo->currentData().toString()},
                                            {QStringLiteral("count"), m_toyCount->value()},
                                            {QStringLiteral("seed"), m_toySeed->value()},
                                            {QStringLiteral("points"), points}}},
    };
    if (!id.isEmpty())
        state.insert(QStringLiteral("dataset"), id);
    return state;
}

void DataBrowserLab::restoreState(const QJsonObject &state)
{
    // Untrusted: each value is used only when it has the right type and a sensible range.
    auto intIn = [&](const QJsonValue &v, int low, int high, int fallback) {
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            return fallback;
        return int(std::clamp(v.toDouble(), double(low), double(high)));
    };
    QString id = m_datasetId;
    if (id.isEmpty() && m_datasetCombo->currentIndex() >= 0 && m_datasetCombo->currentIndex() < m_choices.size())
        id = m_choices[m_datasetCombo->currentIndex()].id;
    QString notice;
    const QJsonValue wanted = state.value(QStringLiteral("dataset"));
    if (wanted.isString() && wanted.toString() != id) {
        const QString w = wanted.toString();
        if (w.startsWith(kFolderId) && w.size() > kFolderId.size()) {
            const QString folder = w.mid(kFolderId.size());
            if (QFileInfo(folder).isDir())
                id = w;
            else
                notice = tr("The project's image folder %1 no longer exists; the data browser keeps what it shows.")
                             .arg(QDir::toNativeSeparators(folder));
        } else {
            const auto it = std::find_if(m_choices.begin(), m_choices.end(),
                                         [&](const services::DatasetChoice &c) { return c.id == w; });
            if (it == m_choices.end() || it->isFolderPicker())
                notice = tr("The project's data set “%1” is unknown to this version; the data browser keeps what it "
                            "shows.")
                             .arg(w);
            else if (!it->available)
                notice = tr("The project's data set %1 is not available here (%2); the data browser keeps what it "
                            "shows.")
                             .arg(it->name, it->whyNot);
            else
                id = w;
        }
    }
    const bool sameSet = id == m_datasetId || (m_datasetId.isEmpty() && !id.startsWith(kFolderId));
    const int classFilter = intIn(state.value(QStringLiteral("class")), -1, 100000, sameSet ? m_classFilter : -1);
    const QJsonValue shuffled = state.value(QStringLiteral("shuffled"));
    const bool shuffle = shuffled.isBool() ? shuffled.toBool() : m_shuffleCheck->isChecked();
    int perPage = m_pageSizeCombo->currentData().toInt();
    if (const int p = intIn(state.value(QStringLiteral("per_page")), 0, 100000, -1); m_pageSizeCombo->findData(p) >= 0)
        perPage = p;
    const int page = intIn(state.value(QStringLiteral("page")), 0, 1000000, sameSet ? m_pageIndex : 0);

    const bool changed = id != m_datasetId || classFilter != m_classFilter || shuffle != m_shuffleCheck->isChecked() ||
                         perPage != m_pageSizeCombo->currentData().toInt() || page != m_pageIndex;
    if (!notice.isEmpty()) {
        setNotice(notice);
        Q_EMIT statusMessage(notice);
    }
    if (changed && !id.isEmpty() && id != kFolderId)
        applySelection(id, classFilter, shuffle, perPage, page);

    const QJsonObject toy = state.value(QStringLiteral("toy")).toObject();
    bool toyChanged = false;
    if (const int row = m_toyCombo->findData(toy.value(QStringLiteral("kind")).toString());
        row >= 0 && row != m_toyCombo->currentIndex()) {
        m_toyCombo->setCurrentIndex(row);
        toyChanged = true;
    }
    if (const int count = intIn(toy.value(QStringLiteral("count")), m_toyCount->minimum(), m_toyCount->maximum(), -1);
        count >= 0 && count != m_toyCount->value()) {
        m_toyCount->setValue(count);
        toyChanged = true;
    }
    if (const int seed = intIn(toy.value(QStringLiteral("seed")), m_toySeed->minimum(), m_toySeed->maximum(), -1);
        seed >= 0 && seed != m_toySeed->value()) {
        m_toySeed->setValue(seed);
        toyChanged = true;
    }
    if (toy.value(QStringLiteral("points")).isArray()) {
        QList<QPointF> drawn;
        for (const QJsonValue &v : toy.value(QStringLiteral("points")).toArray()) {
            const QJsonArray xy = v.toArray();
            if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble() || !std::isfinite(xy[0].toDouble()) ||
                !std::isfinite(xy[1].toDouble()))
                continue;
            drawn.append(QPointF(std::clamp(xy[0].toDouble(), -10.0, 10.0), std::clamp(xy[1].toDouble(), -10.0, 10.0)));
            if (drawn.size() >= kMaxSavedPoints)
                break;
        }
        if (drawn != m_drawn) {
            m_drawn = drawn;
            toyChanged = true;
        }
    }
    if (toyChanged && m_toyStarted)
        sampleToy();
    const QString tab = state.value(QStringLiteral("tab")).toString();
    if (tab == QLatin1String("toys"))
        m_tabs->setCurrentIndex(1); // samples the toy once, as clicking the tab does
    else if (tab == QLatin1String("images"))
        m_tabs->setCurrentIndex(0);
}

bool DataBrowserLab::openRecipe(const QString &path)
{
    QString error;
    const auto recipe = services::readRecipeFile(path, &error);
    std::optional<services::DatasetBrowseRequest> request;
    if (recipe)
        request = services::DatasetService::browseRequestOf(*recipe, &error);
    if (!request) {
        const QString text = tr("Cannot open the recipe of %1: %2").arg(QDir::toNativeSeparators(path), error);
        setNotice(text);
        Q_EMIT statusMessage(text);
        return false;
    }
    const QString &id = request->id;
    if (id.startsWith(kFolderId)) {
        if (!QFileInfo(id.mid(kFolderId.size())).isDir()) {
            const QString text = tr("%1 shows images of the folder %2, which no longer exists.")
                                     .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(id.mid(kFolderId.size())));
            setNotice(text);
            Q_EMIT statusMessage(text);
            return false;
        }
    } else {
        const auto it = std::find_if(m_choices.begin(), m_choices.end(),
                                     [&](const services::DatasetChoice &c) { return c.id == id; });
        if (it == m_choices.end() || !it->available || it->isFolderPicker()) {
            const QString text = it == m_choices.end()
                                     ? tr("%1 shows the data set “%2”, which this version does not know.")
                                           .arg(QFileInfo(path).fileName(), id)
                                     : tr("%1 shows the data set %2, which is not available here: %3")
                                           .arg(QFileInfo(path).fileName(), it->name, it->whyNot);
            setNotice(text);
            Q_EMIT statusMessage(text);
            return false;
        }
    }
    setNotice({});
    m_orderSeed = request->orderSeed;
    m_proceduralCount = request->proceduralCount;
    m_proceduralSeed = request->seed;
    m_tabs->setCurrentIndex(0);
    m_started = true;
    m_datasetId.clear(); // always load: the order or procedural settings may differ
    applySelection(id, request->classFilter, request->shuffled, request->count,
                   int(request->offset / std::max(1, request->count)));
    return true;
}

services::Job *DataBrowserLab::exportGridTo(const QString &path)
{
    if (m_page.images.empty())
        return nullptr;
    services::DatasetGridExport request;
    request.path = path;
    request.images = m_page.images;
    for (int l : m_page.labels)
        request.labels << (l >= 0 && l < m_page.classNames.size() ? m_page.classNames[l] : QString());
    request.columns = services::DatasetService::gridColumnsFor(int(m_page.images.size()));
    request.scale = services::DatasetService::gridScaleFor(m_page.width, m_page.height);
    request.recipe = services::DatasetService::gridRecipe(m_shownRequest, m_page, request.columns, request.scale);
    if (m_exportJob && !m_exportJob->isFinished())
        m_exportJob->cancel();
    m_exportJob = m_datasets->exportGrid(request);
    services::Job *job = m_exportJob;
    m_exportProgress->setValue(0);
    m_exportProgress->setFormat(tr("exporting…"));
    m_exportProgress->show();
    m_exportStatus->clear();
    connect(job, &services::Job::progressChanged, this, [this, job](double fraction) {
        if (job == m_exportJob)
            m_exportProgress->setValue(int(fraction * 100));
    });
    connect(job, &services::Job::finished, this, [this, job, path](services::JobState state, const QString &message) {
        if (job == m_exportJob)
            m_exportProgress->hide();
        const bool ok = state == services::JobState::Succeeded;
        const QString text = ok ? tr("Exported %1 (the PNG carries its recipe: open it to show this page again)")
                                      .arg(QDir::toNativeSeparators(path))
                            : state == services::JobState::Canceled ? tr("Export canceled; nothing was written.")
                                                                    : tr("Export failed: %1").arg(message);
        m_exportStatus->setText(ok ? tr("Exported %1").arg(QFileInfo(path).fileName()) : text);
        m_exportStatus->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
        Q_EMIT statusMessage(text);
        Q_EMIT exported(path, ok, message);
    });
    return job;
}

void DataBrowserLab::exportDialog()
{
    if (m_page.images.empty())
        return;
    QString base = m_page.id.startsWith(kFolderId) ? QFileInfo(m_page.id.mid(kFolderId.size())).fileName() : m_page.id;
    if (base.isEmpty())
        base = QStringLiteral("images");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the page as a labelled grid"),
                                                QStringLiteral("%1-page%2.png").arg(base).arg(m_pageIndex + 1),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    exportGridTo(path);
}

// --- 2-D toys ----------------------------------------------------------------------------------

void DataBrowserLab::sampleToy()
{
    Q_EMIT stateChanged();
    services::ToySampleRequest request;
    request.kind = m_toyCombo->currentData().toString();
    if (request.kind == QLatin1String("user") && m_drawn.isEmpty()) {
        m_toyPoints.clear();
        m_toyStatus->setText(tr("Draw some points on the plot first."));
        showToy();
        return;
    }
    request.count = m_toyCount->value();
    request.seed = quint64(m_toySeed->value());
    request.userPoints = m_drawn;
    if (m_toyJob && !m_toyJob->isFinished())
        m_toyJob->cancel();
    m_toyJob = m_datasets->sampleToy(request);
    services::Job *job = m_toyJob;
    connect(job, &services::Job::finished, this, [this, job](services::JobState state, const QString &message) {
        if (job != m_toyJob)
            return;
        if (state == services::JobState::Succeeded) {
            m_toyPoints = services::DatasetService::toyPointsOf(job);
            m_toyStatus->setText(tr("%1: %2 points, seed %3")
                                     .arg(m_toyCombo->currentText(), QLocale().toString(m_toyPoints.size()))
                                     .arg(m_toySeed->value()));
        } else if (state == services::JobState::Failed) {
            m_toyStatus->setText(tr("Cannot sample: %1").arg(message));
        }
        showToy();
        Q_EMIT toySampled();
    });
}

void DataBrowserLab::showToy()
{
    QList<double> xs, ys;
    xs.reserve(m_toyPoints.size());
    ys.reserve(m_toyPoints.size());
    for (const QPointF &p : m_toyPoints) {
        xs << p.x();
        ys << p.y();
    }
    m_toyPlot->graph(0)->setData(xs, ys);
    xs.clear();
    ys.clear();
    for (const QPointF &p : m_drawn) {
        xs << p.x();
        ys << p.y();
    }
    m_toyPlot->graph(1)->setData(xs, ys);
    m_toyPlot->replot();
}

void DataBrowserLab::toyMouse(const QPointF &pixel, bool press)
{
    if (!m_toyPlot->axisRect()->rect().contains(pixel.toPoint()))
        return;
    const QPointF p(m_toyPlot->xAxis->pixelToCoord(pixel.x()), m_toyPlot->yAxis->pixelToCoord(pixel.y()));
    if (!press && !m_drawn.isEmpty()) {
        const QPointF d = p - m_drawn.last();
        if (std::hypot(d.x(), d.y()) < kMinDrawSpacing)
            return; // a drag adds points spaced along its path, not one per mouse event
    }
    m_drawn.append(p);
    const int user = m_toyCombo->findData(QStringLiteral("user"));
    if (user >= 0)
        m_toyCombo->setCurrentIndex(user);
    showToy();
}

// Keeps one unit as long on x as on y, showing at least [-3.2, 3.2] on both axes.
void DataBrowserLab::fitToyAspect()
{
    const QRect r = m_toyPlot->axisRect()->rect();
    if (r.width() <= 0 || r.height() <= 0)
        return;
    double xHalf = kToyExtent, yHalf = kToyExtent;
    if (r.width() > r.height())
        xHalf = kToyExtent * r.width() / r.height();
    else
        yHalf = kToyExtent * r.height() / r.width();
    const QCPRange x = m_toyPlot->xAxis->range(), y = m_toyPlot->yAxis->range();
    if (std::abs(x.upper - xHalf) < 1e-6 && std::abs(y.upper - yHalf) < 1e-6)
        return;
    m_toyPlot->xAxis->setRange(-xHalf, xHalf);
    m_toyPlot->yAxis->setRange(-yHalf, yHalf);
    m_toyPlot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace genlab::widgets
