#include "widgets/databrowser/imagedatasetstab.h"

#include "services/job.h"
#include "services/recipe.h"
#include "widgets/components/imagegridview.h"
#include "widgets/databrowser/statevalues.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets {

namespace {

const QString kFolderId = QStringLiteral("folder:");

QString channelsText(int channels)
{
    return channels == 1   ? ImageDatasetsTab::tr("gray")
           : channels == 3 ? ImageDatasetsTab::tr("colour (RGB)")
                           : ImageDatasetsTab::tr("%1 channels").arg(channels);
}

} // namespace

ImageDatasetsTab::ImageDatasetsTab(services::DatasetService *datasets, QWidget *parent)
    : QWidget(parent), m_datasets(datasets)
{
    setObjectName(QStringLiteral("imageDatasetsTab"));
    auto *layout = new QVBoxLayout(this);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Data set"), this));
    m_datasetCombo = new QComboBox(this);
    m_datasetCombo->setObjectName(QStringLiteral("datasetCombo"));
    m_datasetCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    pick->addWidget(m_datasetCombo);
    m_folderButton = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Choose folder…"), this);
    m_folderButton->setToolTip(tr("Pick a folder of PNG or JPEG images; sub-folder names become the labels"));
    pick->addWidget(m_folderButton);
    pick->addSpacing(16);
    pick->addWidget(new QLabel(tr("Class"), this));
    m_classCombo = new QComboBox(this);
    m_classCombo->setObjectName(QStringLiteral("classCombo"));
    m_classCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_classCombo->setToolTip(tr("Show only the images of one class"));
    pick->addWidget(m_classCombo);
    pick->addSpacing(16);
    m_shuffleCheck = new QCheckBox(tr("Shuffled"), this);
    m_shuffleCheck->setObjectName(QStringLiteral("shuffle"));
    m_shuffleCheck->setChecked(true);
    m_shuffleCheck->setToolTip(tr("Show the images in a fixed random order (so the first page shows every "
                                  "class); off: in the data set's own order"));
    pick->addWidget(m_shuffleCheck);
    pick->addSpacing(16);
    pick->addWidget(new QLabel(tr("Per page"), this));
    m_pageSizeCombo = new QComboBox(this);
    for (int n : {50, 100, 200, 500})
        m_pageSizeCombo->addItem(QLocale().toString(n), n);
    m_pageSizeCombo->setCurrentIndex(1);
    pick->addWidget(m_pageSizeCombo);
    pick->addStretch(1);
    layout->addLayout(pick);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
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
    m_previousButton = new QToolButton(this);
    m_previousButton->setObjectName(QStringLiteral("previousPage"));
    m_previousButton->setArrowType(Qt::LeftArrow);
    m_previousButton->setToolTip(tr("Previous page"));
    m_nextButton = new QToolButton(this);
    m_nextButton->setObjectName(QStringLiteral("nextPage"));
    m_nextButton->setArrowType(Qt::RightArrow);
    m_nextButton->setToolTip(tr("Next page"));
    m_rangeLabel = new QLabel(this);
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("exportStatus"));
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportProgress = new QProgressBar(this);
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

    connect(m_datasetCombo, &QComboBox::activated, this, &ImageDatasetsTab::onDatasetPicked);
    connect(m_folderButton, &QPushButton::clicked, this, &ImageDatasetsTab::chooseFolder);
    connect(m_classCombo, &QComboBox::activated, this,
            [this](int row) { setClassFilter(m_classCombo->itemData(row).toInt()); });
    connect(m_pageSizeCombo, &QComboBox::activated, this, [this] { showPage(0); });
    connect(m_shuffleCheck, &QCheckBox::toggled, this, [this] { showPage(0); });
    connect(m_previousButton, &QToolButton::clicked, this, [this] { showPage(m_pageIndex - 1); });
    connect(m_nextButton, &QToolButton::clicked, this, [this] { showPage(m_pageIndex + 1); });
    connect(m_grid, &ImageGridView::exportRequested, this, &ImageDatasetsTab::exportDialog);
    m_previousButton->setEnabled(false);
    m_nextButton->setEnabled(false);
}

ImageDatasetsTab::~ImageDatasetsTab()
{
    // Closing the tab cancels what it asked for. It no longer listens: a canceled queued job
    // finishes at once, and this tab is going away.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
}

void ImageDatasetsTab::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_datasetId.isEmpty())
        load(); // chosen before the first showing (a project, a recipe)
    else
        onDatasetPicked(m_datasetCombo->currentIndex());
}

bool ImageDatasetsTab::selectDataset(const QString &id)
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

void ImageDatasetsTab::onDatasetPicked(int row)
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

void ImageDatasetsTab::chooseFolder()
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

void ImageDatasetsTab::openFolder(const QString &path)
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

void ImageDatasetsTab::setClassFilter(int label)
{
    m_classFilter = label;
    const int row = m_classCombo->findData(label);
    if (row >= 0)
        m_classCombo->setCurrentIndex(row);
    m_pageIndex = 0;
    load();
}

void ImageDatasetsTab::showPage(int page)
{
    m_pageIndex = std::max(0, page);
    load();
}

void ImageDatasetsTab::load()
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

void ImageDatasetsTab::showResult()
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
    m_page = m_job->resultAs<services::DatasetPage>();
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

void ImageDatasetsTab::updateInfo()
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

void ImageDatasetsTab::markReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

QString ImageDatasetsTab::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

bool ImageDatasetsTab::isLoading() const
{
    return m_job && !m_job->isFinished();
}

// --- selection, projects, recipes, export -------------------------------------------------------

void ImageDatasetsTab::setNotice(const QString &text)
{
    m_notice = text;
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void ImageDatasetsTab::applySelection(const QString &id, int classFilter, bool shuffled, int perPage, int page)
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

QJsonObject ImageDatasetsTab::saveState() const
{
    QString id = m_datasetId;
    if (id.isEmpty() && m_datasetCombo->currentIndex() >= 0 && m_datasetCombo->currentIndex() < m_choices.size() &&
        !m_choices[m_datasetCombo->currentIndex()].isFolderPicker())
        id = m_choices[m_datasetCombo->currentIndex()].id;
    QJsonObject state{
        {QStringLiteral("class"), m_classFilter},
        {QStringLiteral("shuffled"), m_shuffleCheck->isChecked()},
        {QStringLiteral("per_page"), m_pageSizeCombo->currentData().toInt()},
        {QStringLiteral("page"), m_pageIndex},
    };
    if (!id.isEmpty())
        state.insert(QStringLiteral("dataset"), id);
    return state;
}

void ImageDatasetsTab::restoreState(const QJsonObject &state)
{
    // Untrusted: each value is used only when it has the right type and a sensible range.
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
    const int classFilter =
        boundedIntOf(state.value(QStringLiteral("class")), -1, 100000, sameSet ? m_classFilter : -1);
    const QJsonValue shuffled = state.value(QStringLiteral("shuffled"));
    const bool shuffle = shuffled.isBool() ? shuffled.toBool() : m_shuffleCheck->isChecked();
    int perPage = m_pageSizeCombo->currentData().toInt();
    if (const int p = boundedIntOf(state.value(QStringLiteral("per_page")), 0, 100000, -1);
        m_pageSizeCombo->findData(p) >= 0)
        perPage = p;
    const int page = boundedIntOf(state.value(QStringLiteral("page")), 0, 1000000, sameSet ? m_pageIndex : 0);

    const bool changed = id != m_datasetId || classFilter != m_classFilter || shuffle != m_shuffleCheck->isChecked() ||
                         perPage != m_pageSizeCombo->currentData().toInt() || page != m_pageIndex;
    if (!notice.isEmpty()) {
        setNotice(notice);
        Q_EMIT statusMessage(notice);
    }
    if (changed && !id.isEmpty() && id != kFolderId)
        applySelection(id, classFilter, shuffle, perPage, page);
}

std::optional<services::DatasetBrowseRequest> ImageDatasetsTab::readRecipe(const QString &path)
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
        return std::nullopt;
    }
    const QString &id = request->id;
    if (id.startsWith(kFolderId)) {
        if (!QFileInfo(id.mid(kFolderId.size())).isDir()) {
            const QString text = tr("%1 shows images of the folder %2, which no longer exists.")
                                     .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(id.mid(kFolderId.size())));
            setNotice(text);
            Q_EMIT statusMessage(text);
            return std::nullopt;
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
            return std::nullopt;
        }
    }
    return request;
}

void ImageDatasetsTab::showRecipe(const services::DatasetBrowseRequest &request)
{
    setNotice({});
    m_orderSeed = request.orderSeed;
    m_proceduralCount = request.proceduralCount;
    m_proceduralSeed = request.seed;
    m_started = true;
    m_datasetId.clear(); // always load: the order or procedural settings may differ
    applySelection(request.id, request.classFilter, request.shuffled, request.count,
                   int(request.offset / std::max(1, request.count)));
}

services::Job *ImageDatasetsTab::exportGridTo(const QString &path)
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

void ImageDatasetsTab::exportDialog()
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

} // namespace genlab::widgets
