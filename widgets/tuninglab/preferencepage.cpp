#include "widgets/tuninglab/preferencepage.h"

#include "services/job.h"
#include "services/jobmanager.h"
#include "widgets/components/formhelpers.h"
#include "widgets/components/qcustomplot_include.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace genlab::widgets::tuninglab {

using services::Job;
using services::JobState;
namespace et = engine::tuning;

namespace {

constexpr int kPreferencePairsPerDraw = 6;
constexpr int kPreferenceSavedPairs = 500;
const QString kPreferenceYou = QStringLiteral("you");

QString prefPageText(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// An answer as a cell shows it: "(empty)" when there is nothing to read.
QString prefPageAnswer(const std::string &s)
{
    const QString t = prefPageText(s).trimmed();
    return t.isEmpty() ? PreferencePage::tr("(empty)") : t;
}

QCustomPlot *prefPagePlot(QWidget *parent, const QString &objectName, const QString &title, const QString &yLabel)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(objectName);
    plot->setMinimumSize(220, 180);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, title));
    plot->xAxis->setLabel(PreferencePage::tr("step"));
    plot->yAxis->setLabel(yLabel);
    return plot;
}

} // namespace

PreferencePage::PreferencePage(services::JobManager *jobs, const engine::ResolvedDevice &device, QWidget *parent)
    : QWidget(parent), m_jobs(jobs), m_service(new services::PreferenceJobs(jobs, device, this))
{
    setObjectName(QStringLiteral("preferencePage"));
    const et::PreferenceTuningOptions defaults;

    auto *outer = new QHBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    // ---- the form ----
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *formBox = new QGroupBox(tr("Preference tuning"), left);
    auto *rows = new QFormLayout(formBox);
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_model = form::addFolderRow(rows, tr("Model"), QString(), QStringLiteral("preferenceModel"), tr("A language model folder"));
    m_model->setPlaceholderText(tr("the shipped model (lm-shakespeare-bpe)"));
    m_model->setToolTip(tr("The language model to tune (ours or a Hugging Face GPT-2 folder); empty: the shipped one"));
    m_judge = new QComboBox(formBox);
    m_judge->setObjectName(QStringLiteral("preferenceJudge"));
    m_judge->addItem(tr("Rule: shorter"), QStringLiteral("shorter"));
    m_judge->addItem(tr("Rule: no letter e"), QStringLiteral("no-e"));
    m_judge->addItem(tr("Rule: ends with a rhyme"), QStringLiteral("rhyme"));
    m_judge->addItem(tr("You"), kPreferenceYou);
    m_judge->setToolTip(tr("Who prefers one answer to the other: a built-in rule standing in for a person, or you"));
    rows->addRow(tr("Who judges"), m_judge);
    m_pairs = form::spinBox(formBox, 2, 2000, defaults.pairs, QStringLiteral("preferencePairs"), 10);
    m_pairs->setToolTip(tr("Answer pairs the model writes and the rule judges (ties are skipped)"));
    rows->addRow(tr("Pairs"), m_pairs);
    m_method = new QComboBox(formBox);
    m_method->setObjectName(QStringLiteral("preferenceMethod"));
    m_method->addItem(tr("DPO (direct preference optimisation)"), QStringLiteral("dpo"));
    m_method->addItem(tr("PPO-style (policy gradient on the reward model, KL penalty)"), QStringLiteral("ppo"));
    rows->addRow(tr("Method"), m_method);
    // The long names would set the form's width (and the lab's): the combos show what fits.
    for (QComboBox *combo : {m_judge, m_method}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
    }
    m_steps = form::spinBox(formBox, 1, 2000, defaults.steps, QStringLiteral("preferenceSteps"));
    rows->addRow(tr("Steps"), m_steps);
    m_beta = form::doubleSpinBox(formBox, 0.01, 10.0, defaults.beta, 2, 0.05, QStringLiteral("preferenceBeta"));
    m_beta->setToolTip(tr("DPO's beta: how strongly the log-ratios to the reference count; larger stays closer to it"));
    rows->addRow(tr("Beta"), m_beta);
    m_kl = form::doubleSpinBox(formBox, 0.0, 10.0, defaults.klWeight, 2, 0.05, QStringLiteral("preferenceKl"));
    m_kl->setToolTip(tr("The weight of the KL penalty to the reference; 0 lets the policy hack the reward"));
    rows->addRow(tr("KL weight"), m_kl);
    m_seed = form::spinBox(formBox, 0, 1000000, int(defaults.seed), QStringLiteral("preferenceSeed"));
    rows->addRow(tr("Seed"), m_seed);
    auto *buttons = new QHBoxLayout;
    m_run = new QPushButton(tr("Run"), formBox);
    m_run->setObjectName(QStringLiteral("preferenceRun"));
    m_stop = new QPushButton(tr("Stop"), formBox);
    m_stop->setObjectName(QStringLiteral("preferenceStop"));
    m_stop->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);
    rows->addRow(buttons);
    m_status = new QLabel(formBox);
    m_status->setObjectName(QStringLiteral("preferenceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    rows->addRow(m_status);
    m_rewardModel = new QLabel(tr("Reward model: not trained yet"), formBox);
    m_rewardModel->setObjectName(QStringLiteral("preferenceRewardModel"));
    m_rewardModel->setWordWrap(true);
    m_rewardModel->setTextFormat(Qt::PlainText);
    rows->addRow(m_rewardModel);
    leftLayout->addWidget(formBox);

    // ---- "You" judge ----
    m_youPanel = new QGroupBox(tr("Which answer is better?"), left);
    m_youPanel->setObjectName(QStringLiteral("preferenceYouPanel"));
    auto *you = new QVBoxLayout(m_youPanel);
    m_prompt = new QLabel(tr("Drawing answers…"), m_youPanel);
    m_prompt->setObjectName(QStringLiteral("preferencePrompt"));
    m_prompt->setTextFormat(Qt::PlainText);
    m_prompt->setWordWrap(true);
    you->addWidget(m_prompt);
    auto *sides = new QHBoxLayout;
    m_left = new QPlainTextEdit(m_youPanel);
    m_left->setObjectName(QStringLiteral("preferenceLeft"));
    m_right = new QPlainTextEdit(m_youPanel);
    m_right->setObjectName(QStringLiteral("preferenceRight"));
    for (QPlainTextEdit *e : {m_left, m_right}) {
        e->setReadOnly(true);
        e->setMaximumHeight(90);
        e->setFocusPolicy(Qt::NoFocus);
        sides->addWidget(e);
    }
    you->addLayout(sides);
    auto *verdicts = new QHBoxLayout;
    m_leftBetter = new QPushButton(tr("Left is better (1)"), m_youPanel);
    m_leftBetter->setObjectName(QStringLiteral("preferenceLeftBetter"));
    m_rightBetter = new QPushButton(tr("Right is better (2)"), m_youPanel);
    m_rightBetter->setObjectName(QStringLiteral("preferenceRightBetter"));
    m_skip = new QPushButton(tr("Skip (space)"), m_youPanel);
    m_skip->setObjectName(QStringLiteral("preferenceSkip"));
    for (QPushButton *b : {m_leftBetter, m_rightBetter, m_skip}) {
        b->setFocusPolicy(Qt::NoFocus); // space is the skip key, not "press the focused button"
        verdicts->addWidget(b);
    }
    you->addLayout(verdicts);
    m_judgedCount = new QLabel(m_youPanel);
    m_judgedCount->setObjectName(QStringLiteral("preferenceJudgedCount"));
    m_judgedCount->setTextFormat(Qt::PlainText);
    you->addWidget(m_judgedCount);
    leftLayout->addWidget(m_youPanel);
    leftLayout->addStretch(1);
    const struct
    {
        QKeySequence key;
        int verdict;
        QPushButton *button;
    } keys[] = {{QKeySequence(Qt::Key_1), 1, m_leftBetter},
                {QKeySequence(Qt::Key_2), -1, m_rightBetter},
                {QKeySequence(Qt::Key_Space), 0, m_skip}};
    for (const auto &k : keys) {
        auto *shortcut = new QShortcut(k.key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        shortcut->setWhatsThis(k.button->text()); // Help > Keyboard Shortcuts lists it by the button's text
        connect(shortcut, &QShortcut::activated, this, [this, v = k.verdict] {
            if (judgedByYou() && hasPairToJudge())
                judge(v);
        });
    }

    // ---- curves and samples ----
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *plots = new QHBoxLayout;
    m_rewardPlot = prefPagePlot(right, QStringLiteral("preferenceRewardPlot"), tr("Reward on held-out prompts"), tr("the judge's score"));
    QCPGraph *rule = m_rewardPlot->addGraph();
    rule->setName(tr("the judge's score"));
    rule->setPen(QPen(QColor(31, 119, 180), 2));
    QCPGraph *model = m_rewardPlot->addGraph(m_rewardPlot->xAxis, m_rewardPlot->yAxis2);
    model->setName(tr("reward model"));
    model->setPen(QPen(QColor(255, 127, 14), 2, Qt::DashLine));
    m_rewardPlot->yAxis2->setVisible(true);
    m_rewardPlot->yAxis2->setLabel(tr("reward model"));
    m_rewardPlot->legend->setVisible(true);
    m_rewardPlot->legend->setFont(font());
    // Below the plot, the two entries side by side: inside a plot this narrow the legend covers
    // the curve wherever it goes.
    m_rewardPlot->plotLayout()->addElement(2, 0, m_rewardPlot->legend);
    m_rewardPlot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_rewardPlot->legend->setBorderPen(Qt::NoPen);
    m_rewardPlot->plotLayout()->setRowStretchFactor(2, 0.001);
    m_klPlot = prefPagePlot(right, QStringLiteral("preferenceKlPlot"), tr("KL to the reference"), tr("nats per answer"));
    m_klPlot->addGraph()->setPen(QPen(QColor(214, 39, 40), 2));
    m_winPlot = prefPagePlot(right, QStringLiteral("preferenceWinPlot"), tr("Win rate against the reference"), tr("%"));
    m_winPlot->addGraph()->setPen(QPen(QColor(44, 160, 44), 2));
    QCPItemStraightLine *half = new QCPItemStraightLine(m_winPlot);
    half->point1->setCoords(0, 50);
    half->point2->setCoords(1, 50);
    half->setPen(QPen(Qt::gray, 1, Qt::DotLine));
    m_winPlot->yAxis->setRange(0, 100);
    // Points are measurements every few steps: marked, so the first one shows on its own.
    for (QCustomPlot *plot : {m_rewardPlot, m_klPlot, m_winPlot})
        for (int i = 0; i < plot->graphCount(); ++i)
            plot->graph(i)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    plots->addWidget(m_rewardPlot);
    plots->addWidget(m_klPlot);
    plots->addWidget(m_winPlot);
    rightLayout->addLayout(plots, 3);
    m_summary = new QLabel(right);
    m_summary->setObjectName(QStringLiteral("preferenceSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_summary);
    m_samplesTitle = new QLabel(tr("The same held-out prompts, answered before and after (same seeds)"), right);
    m_samplesTitle->setTextFormat(Qt::PlainText);
    rightLayout->addWidget(m_samplesTitle);
    m_samples = new QTableWidget(0, 3, right);
    m_samples->setObjectName(QStringLiteral("preferenceSamples"));
    m_samples->setHorizontalHeaderLabels({tr("Prompt"), tr("Before (the reference)"), tr("After (the tuned model)")});
    m_samples->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_samples->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_samples->setWordWrap(true);
    rightLayout->addWidget(m_samples, 2);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);

    connect(m_judge, &QComboBox::currentIndexChanged, this, &PreferencePage::judgeChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &PreferencePage::methodChanged);
    connect(m_run, &QPushButton::clicked, this, &PreferencePage::run);
    connect(m_stop, &QPushButton::clicked, this, &PreferencePage::stop);
    connect(m_leftBetter, &QPushButton::clicked, this, [this] { judge(1); });
    connect(m_rightBetter, &QPushButton::clicked, this, [this] { judge(-1); });
    connect(m_skip, &QPushButton::clicked, this, [this] { judge(0); });
    connect(m_model, &QLineEdit::editingFinished, this, [this] {
        // Pairs from another model are not what the user will tune: draw anew.
        m_waiting.clear();
        m_current.reset();
        if (judgedByYou())
            requestPairs();
    });
    judgeChanged();
    methodChanged();
    setStatus(tr("Choose who judges and a method, then press Run."));
}

PreferencePage::~PreferencePage()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

bool PreferencePage::judgedByYou() const
{
    return m_judge->currentData().toString() == kPreferenceYou;
}

bool PreferencePage::hasPairToJudge() const
{
    return m_current.has_value();
}

bool PreferencePage::isRunning() const
{
    return m_job && !m_job->isFinished();
}

void PreferencePage::judgeChanged()
{
    const bool you = judgedByYou();
    m_youPanel->setVisible(you);
    m_pairs->setEnabled(!you);
    m_judgedCount->setText(tr("%n pair(s) judged", nullptr, int(m_judged.size())) +
                           (m_skipped > 0 ? tr(", %n skipped", nullptr, m_skipped) : QString()));
    if (you && !m_current)
        showNextPair();
}

void PreferencePage::methodChanged()
{
    const bool ppo = m_method->currentData().toString() == QLatin1String("ppo");
    m_kl->setEnabled(ppo);
    m_beta->setEnabled(!ppo);
}

void PreferencePage::requestPairs()
{
    if (m_pairsJob && !m_pairsJob->isFinished())
        return;
    services::PreferencePairsRequest r;
    r.model = m_model->text().trimmed();
    r.count = kPreferencePairsPerDraw;
    r.seed = m_pairSeed++;
    m_pairsJob = m_service->samplePairs(r);
    connect(m_pairsJob, &Job::finished, this, [this, job = m_pairsJob](JobState state, const QString &message) {
        if (state == JobState::Succeeded) {
            const auto out = job->resultAs<services::PreferencePairsOutcome>();
            m_waiting.insert(m_waiting.end(), out.pairs.begin(), out.pairs.end());
            Q_EMIT pairsArrived();
            if (!m_current)
                showNextPair();
        } else if (state == JobState::Failed) {
            m_prompt->setText(tr("Could not draw answers: %1").arg(message));
        }
    });
}

void PreferencePage::showNextPair()
{
    if (m_waiting.empty()) {
        m_current.reset();
        m_prompt->setText(tr("The model is writing two answers…"));
        m_left->clear();
        m_right->clear();
        for (QPushButton *b : {m_leftBetter, m_rightBetter, m_skip})
            b->setEnabled(false);
        requestPairs();
        return;
    }
    m_current = m_waiting.front();
    m_waiting.erase(m_waiting.begin());
    m_prompt->setText(tr("Prompt:\n%1").arg(prefPageText(m_current->prompt).trimmed()));
    m_left->setPlainText(prefPageAnswer(m_current->left));
    m_right->setPlainText(prefPageAnswer(m_current->right));
    for (QPushButton *b : {m_leftBetter, m_rightBetter, m_skip})
        b->setEnabled(true);
    if (m_waiting.size() < 2)
        requestPairs(); // the next ones are ready before they are needed
}

void PreferencePage::judge(int verdict)
{
    if (!m_current)
        return;
    et::PreferencePair pair;
    if (et::pairFromVerdict(*m_current, verdict, &pair))
        m_judged.push_back(std::move(pair));
    else
        ++m_skipped;
    m_current.reset();
    judgeChanged();
    showNextPair();
    if (verdict != 0 && m_judged.size() >= 4)
        fitRewardModel();
}

void PreferencePage::fitRewardModel()
{
    m_fitJob = m_service->fitRewardModel(m_judged);
    connect(m_fitJob, &Job::finished, this, [this, job = m_fitJob](JobState state, const QString &message) {
        if (state == JobState::Succeeded) {
            const auto out = job->resultAs<services::RewardModelOutcome>();
            m_rewardModel->setText(tr("Reward model on your %1 pairs: %2 % right on %3 held out, %4 % on the %5 it learnt from")
                                       .arg(out.pairs)
                                       .arg(QLocale().toString(100.0 * out.report.heldOutAccuracy, 'f', 0))
                                       .arg(out.report.heldOutPairs)
                                       .arg(QLocale().toString(100.0 * out.report.trainAccuracy, 'f', 0))
                                       .arg(out.report.trainPairs));
            Q_EMIT rewardModelFitted(out.report.heldOutAccuracy);
        } else if (state == JobState::Failed) {
            m_rewardModel->setText(tr("Reward model: %1").arg(message));
        }
    });
}

services::PreferenceRunRequest PreferencePage::runRequest() const
{
    services::PreferenceRunRequest r;
    r.model = m_model->text().trimmed();
    et::PreferenceTuningOptions &o = r.options;
    et::parseMethod(m_method->currentData().toString().toStdString(), &o.method);
    if (judgedByYou())
        o.humanPairs = m_judged;
    else
        et::parseRule(m_judge->currentData().toString().toStdString(), &o.rule);
    o.pairs = m_pairs->value();
    o.steps = m_steps->value();
    o.beta = m_beta->value();
    o.klWeight = m_kl->value();
    o.seed = quint64(m_seed->value());
    return r;
}

void PreferencePage::run()
{
    if (isRunning())
        return;
    const services::PreferenceRunRequest r = runRequest();
    if (judgedByYou() && m_judged.size() < 4) {
        setStatus(tr("Judge at least 4 pairs first (you have judged %1).").arg(m_judged.size()), true);
        return;
    }
    clearCurves();
    m_result.reset();
    m_job = m_service->tune(r);
    setRunning(true);
    setStatus(tr("Starting…"));
    connect(m_job, &Job::partialResult, this, &PreferencePage::onPartial);
    connect(m_job, &Job::progressChanged, this, [this](double fraction, const QString &stage) {
        setStatus(tr("%1 (%2 %)").arg(stage).arg(QLocale().toString(100.0 * fraction, 'f', 0)));
    });
    connect(m_job, &Job::finished, this, [this, job = m_job](JobState state, const QString &message) {
        setRunning(false);
        if (state == JobState::Succeeded) {
            m_result = job->resultAs<services::PreferenceRunOutcome>();
            const et::PreferenceTuningResult &res = m_result->result;
            setStatus(tr("Done in %1 s.").arg(QLocale().toString(res.seconds, 'f', 0)));
            m_summary->setText(tr("Reward %1 → %2 · KL to the reference %3 nats · win rate %4 % · empty answers %5 % → %6 %")
                                   .arg(QLocale().toString(res.rewardBefore, 'f', 2), QLocale().toString(res.rewardAfter, 'f', 2),
                                        QLocale().toString(res.kl, 'f', 2), QLocale().toString(100.0 * res.winRate, 'f', 0),
                                        QLocale().toString(100.0 * res.emptyShareBefore, 'f', 0),
                                        QLocale().toString(100.0 * res.emptyShareAfter, 'f', 0)));
            showSamples(res.samples, res.curve.empty() ? 0 : res.curve.back().step);
        } else if (state == JobState::Canceled) {
            setStatus(tr("Stopped."));
        } else {
            setStatus(tr("Failed: %1").arg(message), true);
        }
        Q_EMIT runFinished(state == JobState::Succeeded);
    });
}

void PreferencePage::stop()
{
    if (m_job && !m_job->isFinished())
        m_job->cancel();
}

void PreferencePage::onPartial(const engine::Partial &partial)
{
    if (auto p = et::PreferenceProgress::decode(partial)) {
        addPoint(p->point, p->totalSteps);
    } else if (auto s = et::PreferenceSamples::decode(partial)) {
        showSamples(s->samples, s->step);
    } else if (auto rm = et::PreferenceRewardModelReady::decode(partial)) {
        m_rewardModel->setText(tr("Reward model on %1 judged pairs: %2 % right on held-out pairs (%3 % on its training pairs)")
                                   .arg(rm->pairs)
                                   .arg(QLocale().toString(100.0 * rm->heldOutAccuracy, 'f', 1))
                                   .arg(QLocale().toString(100.0 * rm->trainAccuracy, 'f', 1)));
    }
}

void PreferencePage::addPoint(const et::PreferencePoint &point, qint64 totalSteps)
{
    m_points.push_back(point);
    const double x = double(point.step);
    m_rewardPlot->graph(0)->addData(x, point.ruleReward);
    m_rewardPlot->graph(1)->addData(x, point.modelReward);
    m_klPlot->graph(0)->addData(x, point.kl);
    m_winPlot->graph(0)->addData(x, 100.0 * point.winRate);
    for (QCustomPlot *plot : {m_rewardPlot, m_klPlot, m_winPlot}) {
        plot->xAxis->setRange(0, std::max<double>(1.0, double(totalSteps)));
        if (plot != m_winPlot)
            plot->rescaleAxes(true);
        plot->xAxis->setRange(0, std::max<double>(1.0, double(totalSteps)));
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_summary->setText(tr("Step %1 of %2 · reward %3 · KL %4 nats · win rate %5 % · empty answers %6 %")
                           .arg(point.step)
                           .arg(totalSteps)
                           .arg(QLocale().toString(point.ruleReward, 'f', 2), QLocale().toString(point.kl, 'f', 2),
                                QLocale().toString(100.0 * point.winRate, 'f', 0),
                                QLocale().toString(100.0 * point.emptyShare, 'f', 0)));
}

void PreferencePage::showSamples(const std::vector<et::PreferenceSample> &samples, qint64 step)
{
    m_samplesTitle->setText(tr("The same held-out prompts, answered by the reference and by the model at step %1 (same seeds)").arg(step));
    m_samples->setRowCount(int(samples.size()));
    for (int i = 0; i < int(samples.size()); ++i) {
        const et::PreferenceSample &s = samples[std::size_t(i)];
        auto *prompt = new QTableWidgetItem(prefPageText(s.prompt).trimmed());
        auto *before = new QTableWidgetItem(prefPageAnswer(s.before));
        before->setToolTip(tr("score %1").arg(QLocale().toString(s.scoreBefore, 'f', 2)));
        auto *after = new QTableWidgetItem(prefPageAnswer(s.after));
        after->setToolTip(tr("score %1").arg(QLocale().toString(s.scoreAfter, 'f', 2)));
        m_samples->setItem(i, 0, prompt);
        m_samples->setItem(i, 1, before);
        m_samples->setItem(i, 2, after);
    }
    m_samples->resizeRowsToContents();
}

void PreferencePage::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
    for (QWidget *w : std::initializer_list<QWidget *>{m_model, m_judge, m_method, m_pairs, m_steps, m_beta, m_kl, m_seed})
        w->setEnabled(!running);
    if (!running) {
        judgeChanged();
        methodChanged();
    }
}

void PreferencePage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void PreferencePage::clearCurves()
{
    m_points.clear();
    for (QCustomPlot *plot : {m_rewardPlot, m_klPlot, m_winPlot}) {
        for (int i = 0; i < plot->graphCount(); ++i)
            plot->graph(i)->data()->clear();
        plot->replot(QCustomPlot::rpQueuedReplot);
    }
    m_samples->setRowCount(0);
    m_summary->clear();
}

QJsonObject PreferencePage::saveState() const
{
    QJsonObject s;
    s.insert(QStringLiteral("model"), m_model->text());
    s.insert(QStringLiteral("judge"), m_judge->currentData().toString());
    s.insert(QStringLiteral("method"), m_method->currentData().toString());
    s.insert(QStringLiteral("pairs"), m_pairs->value());
    s.insert(QStringLiteral("steps"), m_steps->value());
    s.insert(QStringLiteral("beta"), m_beta->value());
    s.insert(QStringLiteral("kl"), m_kl->value());
    s.insert(QStringLiteral("seed"), m_seed->value());
    QJsonArray judged;
    for (std::size_t i = m_judged.size() > std::size_t(kPreferenceSavedPairs) ? m_judged.size() - kPreferenceSavedPairs : 0;
         i < m_judged.size(); ++i)
        judged.append(QJsonObject{{QStringLiteral("prompt"), prefPageText(m_judged[i].prompt)},
                                  {QStringLiteral("chosen"), prefPageText(m_judged[i].chosen)},
                                  {QStringLiteral("rejected"), prefPageText(m_judged[i].rejected)}});
    s.insert(QStringLiteral("judgedPairs"), judged);
    return s;
}

void PreferencePage::restoreState(const QJsonObject &s)
{
    if (s.value(QStringLiteral("model")).isString())
        m_model->setText(s.value(QStringLiteral("model")).toString());
    auto selectData = [](QComboBox *combo, const QJsonValue &v) {
        if (!v.isString())
            return;
        const int i = combo->findData(v.toString());
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    if (s.value(QStringLiteral("judgedPairs")).isArray()) {
        m_judged.clear();
        for (const QJsonValue &v : s.value(QStringLiteral("judgedPairs")).toArray()) {
            const QJsonObject o = v.toObject();
            if (!o.value(QStringLiteral("prompt")).isString() || !o.value(QStringLiteral("chosen")).isString() ||
                !o.value(QStringLiteral("rejected")).isString())
                continue;
            m_judged.push_back({o.value(QStringLiteral("prompt")).toString().toStdString(),
                                o.value(QStringLiteral("chosen")).toString().toStdString(),
                                o.value(QStringLiteral("rejected")).toString().toStdString()});
        }
    }
    selectData(m_method, s.value(QStringLiteral("method")));
    if (s.value(QStringLiteral("pairs")).isDouble())
        m_pairs->setValue(s.value(QStringLiteral("pairs")).toInt());
    if (s.value(QStringLiteral("steps")).isDouble())
        m_steps->setValue(s.value(QStringLiteral("steps")).toInt());
    if (s.value(QStringLiteral("beta")).isDouble())
        m_beta->setValue(s.value(QStringLiteral("beta")).toDouble());
    if (s.value(QStringLiteral("kl")).isDouble())
        m_kl->setValue(s.value(QStringLiteral("kl")).toDouble());
    if (s.value(QStringLiteral("seed")).isDouble())
        m_seed->setValue(s.value(QStringLiteral("seed")).toInt());
    selectData(m_judge, s.value(QStringLiteral("judge")));
    judgeChanged();
    methodChanged();
}

} // namespace genlab::widgets::tuninglab
