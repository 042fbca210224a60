#include "widgets/tuninglab/tuninglab.h"

#include "services/job.h"
#include "widgets/help/shortcutcatalog.h"
#include "widgets/tuninglab/discriminativepage.h"
#include "widgets/tuninglab/distillpage.h"
#include "widgets/tuninglab/incontextpage.h"
#include "widgets/tuninglab/instructpage.h"
#include "widgets/tuninglab/preferencepage.h"
#include "widgets/tuninglab/scalingpage.h"

#include <QJsonObject>
#include <QLabel>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace genlab::widgets::tuninglab {

namespace {

// The pages by the names a project keeps, in tab order.
const char *const kTuningTabNames[] = {"incontext", "instruct", "preference", "distill", "scaling", "discriminative"};

} // namespace

TuningLab::TuningLab(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent)
    : LabPage(parent)
{
    setObjectName(QStringLiteral("tuningLab"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *intro = new QLabel(tr("From a pretrained language model to an assistant: each page is one idea as an experiment "
                                "with a measured before and after, on the Text lab's models (the shipped one unless you "
                                "choose a folder)."),
                             this);
    intro->setObjectName(QStringLiteral("tuningIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tuningTabs"));
    m_tabs->setDocumentMode(true);
    m_inContext = new InContextPage(jobs, device, m_tabs);
    m_instruct = new InstructPage(jobs, device, m_tabs);
    m_preference = new PreferencePage(jobs, device, m_tabs);
    m_distill = new DistillPage(jobs, device, m_tabs);
    m_scaling = new ScalingPage(jobs, device, m_tabs);
    m_discriminative = new DiscriminativePage(jobs, m_tabs);
    m_tabs->addTab(m_inContext, tr("In-context learning"));
    m_tabs->addTab(m_instruct, tr("Instruction tuning"));
    m_tabs->addTab(m_preference, tr("Preferences (RLHF)"));
    m_tabs->addTab(m_distill, tr("Distillation"));
    m_tabs->addTab(m_scaling, tr("Scale"));
    m_tabs->addTab(m_discriminative, tr("Discriminative vs generative"));
    m_tabs->setTabToolTip(0, tr("Accuracy as worked examples in the prompt grow; the heads that copy"));
    m_tabs->setTabToolTip(1, tr("Fine-tune on (instruction, response) pairs, the loss on the response only"));
    m_tabs->setTabToolTip(2, tr("A reward model from preferences, then DPO or a KL-penalised policy gradient"));
    m_tabs->setTabToolTip(3, tr("A small student trained on a teacher's softened distributions"));
    m_tabs->setTabToolTip(4, tr("Model sizes trained for the same compute, and the power law they follow"));
    m_tabs->setTabToolTip(5, tr("A classifier that draws a boundary beside one that models each class and can sample"));
    layout->addWidget(m_tabs, 1);
    connect(m_tabs, &QTabWidget::currentChanged, this, &LabPage::stateChanged);

    // Ctrl+Return runs the shown page's experiment and Ctrl+. stops it, as in every lab.
    const struct
    {
        QWidget *page;
        const char *run;
        const char *stop;
    } keys[] = {{m_inContext, "fewShotRun", "fewShotStop"}, {m_instruct, "sftRun", "sftStop"},
                {m_preference, "preferenceRun", "preferenceStop"}, {m_distill, "distillRun", "distillStop"},
                {m_scaling, "scalingRun", "scalingStop"}, {m_discriminative, "discRun", nullptr}};
    for (const auto &k : keys) {
        help::bindLabKey(k.page, k.run, help::runKeys());
        if (k.stop)
            help::bindLabKey(k.page, k.stop, help::stopKeys());
    }
}

TuningLab::~TuningLab() = default;

QString TuningLab::title() const
{
    return tr("Tuning");
}

QString TuningLab::summary() const
{
    return tr("In-context learning, instruction and preference tuning, distillation, scaling, and discriminative versus "
              "generative models, each measured before and after");
}

QIcon TuningLab::icon() const
{
    return style()->standardIcon(QStyle::SP_BrowserReload);
}

bool TuningLab::showPage(const QString &name)
{
    for (int i = 0; i < int(std::size(kTuningTabNames)); ++i)
        if (name == QLatin1String(kTuningTabNames[i])) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    return false;
}

QJsonObject TuningLab::saveState() const
{
    QJsonObject state;
    state.insert(QStringLiteral("tab"), QLatin1String(kTuningTabNames[m_tabs->currentIndex()]));
    state.insert(QStringLiteral("incontext"), m_inContext->saveState());
    state.insert(QStringLiteral("instruct"), m_instruct->saveState());
    state.insert(QStringLiteral("preference"), m_preference->saveState());
    state.insert(QStringLiteral("distill"), m_distill->saveState());
    state.insert(QStringLiteral("scaling"), m_scaling->saveState());
    state.insert(QStringLiteral("discriminative"), m_discriminative->saveState());
    return state;
}

void TuningLab::restoreState(const QJsonObject &state)
{
    const auto page = [&](const char *key) { return state.value(QLatin1String(key)).toObject(); };
    if (state.value(QStringLiteral("incontext")).isObject())
        m_inContext->restoreState(page("incontext"));
    if (state.value(QStringLiteral("instruct")).isObject())
        m_instruct->restoreState(page("instruct"));
    if (state.value(QStringLiteral("preference")).isObject())
        m_preference->restoreState(page("preference"));
    if (state.value(QStringLiteral("distill")).isObject())
        m_distill->restoreState(page("distill"));
    if (state.value(QStringLiteral("scaling")).isObject())
        m_scaling->restoreState(page("scaling"));
    if (state.value(QStringLiteral("discriminative")).isObject())
        m_discriminative->restoreState(page("discriminative"));
    if (state.value(QStringLiteral("tab")).isString())
        showPage(state.value(QStringLiteral("tab")).toString());
}

} // namespace genlab::widgets::tuninglab
