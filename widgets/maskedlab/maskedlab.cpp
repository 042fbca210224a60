#include "widgets/maskedlab/maskedlab.h"

#include "services/job.h"
#include "widgets/maskedlab/fillmaskpage.h"
#include "widgets/maskedlab/maskedtrainpage.h"
#include "widgets/maskedlab/objectivespage.h"
#include "widgets/maskedlab/spancorruptionpage.h"
#include "widgets/help/shortcutcatalog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

#include <iterator>

namespace genlab::widgets::maskedlab {

using services::Job;
using services::JobState;

namespace {

const QString kShipped = QString::fromLatin1(services::masked::kShippedMlm);
// The pages by the names a project keeps, in tab order.
const char *const kTabNames[] = {"fill", "train", "corrupt", "objectives"};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

MaskedLab::MaskedLab(services::MaskedService *service, QWidget *parent) : LabPage(parent), m_service(service)
{
    setObjectName(QStringLiteral("maskedLab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Encoder"), this));
    m_modelInfo = new QLabel(tr("not loaded yet"), this);
    m_modelInfo->setObjectName(QStringLiteral("maskedModelInfo"));
    m_modelInfo->setTextFormat(Qt::PlainText);
    m_modelInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_modelInfo, 1);
    m_shippedButton = new QPushButton(tr("Shipped model"), this);
    m_shippedButton->setObjectName(QStringLiteral("maskedShippedButton"));
    m_shippedButton->setToolTip(tr("Go back to the masked language model that comes with the studio (%1)").arg(kShipped));
    m_shippedButton->hide();
    bar->addWidget(m_shippedButton);
    m_loadButton = new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open BERT folder…"), this);
    m_loadButton->setObjectName(QStringLiteral("maskedLoadButton"));
    m_loadButton->setToolTip(tr("Open a Hugging Face BERT folder (config.json, model.safetensors, vocab.txt): "
                                "BertForMaskedLM such as bert-base-uncased, or a sentence-transformers folder"));
    bar->addWidget(m_loadButton);
    layout->addLayout(bar);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("maskedMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("maskedTabs"));
    m_tabs->setDocumentMode(true);
    m_fill = new FillMaskPage(service, m_tabs);
    m_train = new MaskedTrainPage(service, m_tabs);
    m_corrupt = new SpanCorruptionPage(service, m_tabs);
    m_objectives = new ObjectivesPage(service, m_tabs);
    m_tabs->addTab(m_fill, tr("Fill mask"));
    m_tabs->addTab(m_train, tr("Train"));
    m_tabs->addTab(m_corrupt, tr("Span corruption (T5)"));
    m_tabs->addTab(m_objectives, tr("Three objectives"));
    help::bindLabKey(m_fill, "fillMaskIterate", help::runKeys());
    help::bindTrainingKeys(m_train);
    layout->addWidget(m_tabs, 1);

    connect(m_loadButton, &QPushButton::clicked, this, &MaskedLab::chooseFolder);
    connect(m_shippedButton, &QPushButton::clicked, this, [this] { loadModel(kShipped); });
    connect(m_train, &MaskedTrainPage::useModel, this, [this](const QString &folder, const QString &objective) {
        if (objective == QLatin1String("t5")) {
            m_service->setT5Model(folder);
            m_tabs->setCurrentWidget(m_corrupt);
            m_corrupt->refresh();
            return;
        }
        loadModel(folder);
        m_tabs->setCurrentWidget(m_fill);
    });
    auto settled = [this] {
        m_fillSettled = true;
        checkReady();
    };
    connect(m_fill, &FillMaskPage::updated, this, settled);
    connect(m_fill, &FillMaskPage::failed, this, settled);
    connect(m_fill, &FillMaskPage::settingsChanged, this, &LabPage::stateChanged);
    connect(m_corrupt, &SpanCorruptionPage::settingsChanged, this, &LabPage::stateChanged);
    connect(m_objectives, &ObjectivesPage::settingsChanged, this, &LabPage::stateChanged);
    connect(m_train, &MaskedTrainPage::settingsChanged, this, &LabPage::stateChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        pageShown();
        Q_EMIT stateChanged();
    });
}

MaskedLab::~MaskedLab()
{
    if (m_load)
        m_load->cancel();
}

QString MaskedLab::title() const
{
    return tr("Masked");
}

QString MaskedLab::summary() const
{
    return tr("BERT fills masked words, T5 writes back corrupted spans, GPT predicts the next token: three "
              "objectives side by side");
}

QIcon MaskedLab::icon() const
{
    return style()->standardIcon(QStyle::SP_FileDialogContentsView);
}

void MaskedLab::activated()
{
    pageShown();
    if (m_activated)
        return;
    m_activated = true;
    // The shipped model is loaded when the lab is first shown, not when the studio starts.
    if (!m_model && !isLoading())
        loadModel(kShipped);
}

// The corruption and objectives pages compute when first shown (they load the T5 and GPT models).
void MaskedLab::pageShown()
{
    if (!isVisible() && !m_activated)
        return;
    if (m_tabs->currentWidget() == m_corrupt && !m_corruptShown) {
        m_corruptShown = true;
        m_corrupt->refresh();
    }
    if (m_tabs->currentWidget() == m_objectives && !m_objectivesShown && m_model) {
        m_objectivesShown = true;
        m_objectives->refresh();
    }
}

bool MaskedLab::isLoading() const
{
    return m_load && !m_load->isFinished();
}

QString MaskedLab::keyFor(const QString &nameOrFolder) const
{
    return nameOrFolder == kShipped ? kShipped : QDir(nameOrFolder).absolutePath();
}

QString MaskedLab::loadedKey() const
{
    if (!m_model)
        return {};
    return m_model->source.shipped ? m_model->source.name : QDir(m_model->source.folder).absolutePath();
}

void MaskedLab::chooseFolder()
{
    const QString start = m_model && !m_model->source.shipped ? m_model->source.folder : QDir::homePath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("A BERT model folder (config.json, model.safetensors, vocab.txt)"), start);
    if (!dir.isEmpty())
        loadModel(dir);
}

void MaskedLab::loadModel(const QString &nameOrFolder)
{
    const QString key = keyFor(nameOrFolder);
    m_loadingKey = key;
    Job *job = m_service->load(key);
    m_load = job;
    setMessage(tr("Loading %1…").arg(key == kShipped ? tr("the shipped model (%1)").arg(kShipped) : native(key)), false);
    connect(job, &Job::finished, this, [this, job, key](JobState state, const QString &message) {
        const bool latest = job == m_load;
        if (state == JobState::Succeeded) {
            const auto info = job->resultAs<services::MaskedModelInfo>();
            if (m_model && info.generation <= m_model->generation)
                return;
            m_model = info;
            if (latest)
                setMessage(info.hasMlmHead ? QString()
                                           : tr("%1 has no masked-LM head (a BertModel or sentence-transformers folder): "
                                                "it embeds sentences but cannot fill masks.")
                                                 .arg(info.source.name),
                           false);
            showModel();
            if (m_firstModel) {
                // What a new user sees first: "king" masked in a line of Hamlet.
                m_firstModel = false;
                if (m_fill->maskedWords().isEmpty() && m_fill->text() == FillMaskPage::defaultSentence())
                    m_fill->maskWhenShown(QStringLiteral("king"));
            }
            m_fill->refresh();
            if (m_objectivesShown)
                m_objectives->refresh();
            Q_EMIT statusMessage(tr("Loaded %1").arg(info.source.name));
            Q_EMIT modelLoaded(true);
            Q_EMIT stateChanged();
        } else if (state == JobState::Failed && latest) {
            QString text = message.contains(native(key)) || message.contains(key)
                               ? message
                               : tr("Could not load %1: %2").arg(native(key), message);
            if (!text.endsWith(QLatin1Char('.')))
                text += QLatin1Char('.');
            text += QLatin1Char(' ');
            text += m_model ? tr("The lab keeps %1.").arg(m_model->source.name)
                            : tr("No model is loaded: open a BERT folder, or train one on the Train page.");
            showModel();
            setMessage(text, true);
            Q_EMIT statusMessage(text);
            Q_EMIT modelLoaded(false);
            m_fillSettled = true;
        }
        if (latest)
            checkReady();
    });
}

void MaskedLab::showModel()
{
    m_modelInfo->setText(m_model ? m_model->describe() : tr("no model loaded"));
    m_modelInfo->setToolTip(m_model && !m_model->source.shipped ? native(m_model->source.folder) : QString());
    m_shippedButton->setVisible(!m_model || !m_model->source.shipped);
}

void MaskedLab::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QStringLiteral("QLabel { color: #555; }"));
    m_message->setVisible(!text.isEmpty());
}

QString MaskedLab::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void MaskedLab::checkReady()
{
    if (m_ready || !m_fillSettled || isLoading())
        return;
    m_ready = true;
    Q_EMIT ready();
}

QJsonObject MaskedLab::saveState() const
{
    const int tab = m_tabs->currentIndex();
    QJsonObject o;
    o.insert(QStringLiteral("model"), m_model ? loadedKey() : isLoading() ? m_loadingKey : QString());
    o.insert(QStringLiteral("tab"), QLatin1String(kTabNames[tab >= 0 && tab < int(std::size(kTabNames)) ? tab : 0]));
    o.insert(QStringLiteral("fill"), m_fill->saveState());
    o.insert(QStringLiteral("corrupt"), m_corrupt->saveState());
    o.insert(QStringLiteral("objectives"), m_objectives->saveState());
    o.insert(QStringLiteral("train"), m_train->saveState());
    return o;
}

void MaskedLab::restoreState(const QJsonObject &state)
{
    if (const QJsonValue v = state.value(QStringLiteral("fill")); v.isObject())
        m_fill->restoreState(v.toObject());
    if (const QJsonValue v = state.value(QStringLiteral("corrupt")); v.isObject())
        m_corrupt->restoreState(v.toObject());
    if (const QJsonValue v = state.value(QStringLiteral("objectives")); v.isObject())
        m_objectives->restoreState(v.toObject());
    if (const QJsonValue v = state.value(QStringLiteral("train")); v.isObject())
        m_train->restoreState(v.toObject());
    const QString tab = state.value(QStringLiteral("tab")).toString();
    for (int i = 0; i < int(std::size(kTabNames)); ++i)
        if (tab == QLatin1String(kTabNames[i]))
            m_tabs->setCurrentIndex(i);
    const QString wanted = state.value(QStringLiteral("model")).toString().trimmed();
    if (wanted.isEmpty() || keyFor(wanted) == loadedKey())
        return;
    if (wanted != kShipped && !QFileInfo(wanted).isDir()) {
        const QString text = tr("The project's model folder %1 no longer exists.").arg(native(wanted));
        setMessage(text, true);
        Q_EMIT statusMessage(text);
        return;
    }
    m_firstModel = false; // the project's masks, not the first-launch example
    loadModel(wanted);
}

} // namespace genlab::widgets::maskedlab
