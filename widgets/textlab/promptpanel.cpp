#include "widgets/textlab/promptpanel.h"

#include "widgets/shell/presentation.h"

#include "services/text/textservice.h"
#include "widgets/textlab/plaintext.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace genlab::widgets::textlab {

namespace {

QDoubleSpinBox *doubleBox(QWidget *parent, double min, double max, double step, int decimals, double value)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(min, max);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setValue(value);
    return box;
}

} // namespace

PromptPanel::PromptPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *modelRow = new QHBoxLayout;
    m_model = new QLabel(tr("Loading the shipped model…"), this);
    m_model->setObjectName(QStringLiteral("modelLabel"));
    m_model->setTextFormat(Qt::PlainText);
    m_model->setWordWrap(true);
    m_open = new QToolButton(this);
    m_open->setObjectName(QStringLiteral("openModelButton"));
    m_open->setText(tr("Open…"));
    m_open->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_open->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_open->setToolTip(tr("Open a model folder: a Hugging Face GPT-2-family folder (config.json, model.safetensors, "
                          "vocab.json, merges.txt) or a model trained in the studio"));
    m_shipped = new QToolButton(this);
    m_shipped->setText(tr("Shipped"));
    m_shipped->setToolTip(tr("Go back to the shipped model"));
    m_weights = new QComboBox(this);
    m_weights->setObjectName(QStringLiteral("weightFormatCombo"));
    for (auto f : {engine::gpt::WeightFormat::Fp32, engine::gpt::WeightFormat::Bf16, engine::gpt::WeightFormat::Int8})
        m_weights->addItem(QString::fromLatin1(engine::gpt::weightFormatName(f).data()), int(f));
    m_weights->setToolTip(tr("How the model holds its weights: fp32 as stored; bf16 (half the memory) or int8 "
                             "(a quarter) decode faster with slightly different numbers. Choosing one loads the "
                             "model again."));
    m_weights->setAccessibleName(tr("Weight format"));
    connect(m_weights, &QComboBox::activated, this, [this] { Q_EMIT weightFormatChosen(); });
    modelRow->addWidget(m_model, 1);
    presentation::markExpert(m_weights);
    modelRow->addWidget(m_weights);
    modelRow->addWidget(m_shipped);
    modelRow->addWidget(m_open);
    layout->addLayout(modelRow);

    m_prompt = new QPlainTextEdit(this);
    m_prompt->setObjectName(QStringLiteral("promptEdit"));
    m_prompt->setPlaceholderText(tr("Prompt: the text the model continues"));
    m_prompt->setTabChangesFocus(true);
    m_prompt->setMinimumHeight(60);
    m_prompt->setMaximumHeight(110);
    layout->addWidget(m_prompt);

    auto *box = new QGroupBox(tr("Sampling"), this);
    auto *grid = new QGridLayout(box);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    m_mode = new QComboBox(box);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Sample"));
    m_mode->addItem(tr("Greedy (most likely)"));
    m_mode->setToolTip(tr("Sample: draw each token at random from the filtered distribution. Greedy: always take the "
                          "most likely token (no randomness)."));
    const engine::gpt::SamplingSettings defaults = engine::gpt::studioSamplingDefaults();
    m_temperature = doubleBox(box, 0.05, 5.0, 0.05, 2, defaults.temperature);
    m_temperature->setObjectName(QStringLiteral("temperatureBox"));
    m_temperature->setToolTip(tr("Divides the logits: below 1 sharpens the distribution, above 1 flattens it."));
    m_topK = new QSpinBox(box);
    m_topK->setObjectName(QStringLiteral("topKBox"));
    m_topK->setRange(0, 100000);
    m_topK->setSpecialValueText(tr("off"));
    m_topK->setValue(defaults.topK);
    m_topK->setToolTip(tr("Keep only the k most likely tokens."));
    m_topP = doubleBox(box, 0.01, 1.0, 0.05, 2, defaults.topP);
    m_topP->setObjectName(QStringLiteral("topPBox"));
    m_topP->setToolTip(tr("Keep the smallest set of most likely tokens whose probabilities add up to p (1 = off)."));
    m_minP = doubleBox(box, 0.0, 1.0, 0.01, 2, defaults.minP);
    m_minP->setObjectName(QStringLiteral("minPBox"));
    m_minP->setSpecialValueText(tr("off"));
    m_minP->setToolTip(tr("Drop tokens less likely than min-p times the most likely one."));
    m_penalty = doubleBox(box, 1.0, 3.0, 0.05, 2, defaults.repetitionPenalty);
    m_penalty->setObjectName(QStringLiteral("penaltyBox"));
    m_penalty->setSpecialValueText(tr("off"));
    m_penalty->setToolTip(tr("Makes tokens that already occurred less likely (1 = off)."));
    m_maxTokens = new QSpinBox(box);
    m_maxTokens->setObjectName(QStringLiteral("maxTokensBox"));
    m_maxTokens->setRange(1, 4096);
    m_maxTokens->setValue(defaults.maxTokens);
    m_seed = new QSpinBox(box);
    m_seed->setObjectName(QStringLiteral("seedBox"));
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_seed->setValue(int(defaults.seed));
    m_seed->setToolTip(tr("The same seed and settings give the same text."));
    m_newSeed = new QToolButton(box);
    m_newSeed->setText(tr("New"));
    m_newSeed->setToolTip(tr("A new random seed"));
    m_stops = new QLineEdit(box);
    m_stops->setObjectName(QStringLiteral("stopEdit"));
    m_stops->setPlaceholderText(tr("e.g. \\n\\n | THE END"));
    m_stops->setToolTip(tr("Generation stops when the text contains one of these. Separate them with |; \\n is a newline."));

    int r = 0;
    grid->addWidget(new QLabel(tr("Mode"), box), r, 0);
    grid->addWidget(m_mode, r++, 1, 1, 3);
    grid->addWidget(new QLabel(tr("Temperature"), box), r, 0);
    grid->addWidget(m_temperature, r, 1);
    grid->addWidget(new QLabel(tr("Top-k"), box), r, 2);
    grid->addWidget(m_topK, r++, 3);
    grid->addWidget(new QLabel(tr("Top-p"), box), r, 0);
    grid->addWidget(m_topP, r, 1);
    // The finer filters are expert controls: presentation mode hides them with their labels.
    auto *minPLabel = new QLabel(tr("Min-p"), box);
    minPLabel->setBuddy(m_minP);
    presentation::markExpert(m_minP);
    grid->addWidget(minPLabel, r, 2);
    grid->addWidget(m_minP, r++, 3);
    auto *penaltyLabel = new QLabel(tr("Rep. penalty"), box);
    penaltyLabel->setBuddy(m_penalty);
    presentation::markExpert(m_penalty);
    grid->addWidget(penaltyLabel, r, 0);
    grid->addWidget(m_penalty, r, 1);
    grid->addWidget(new QLabel(tr("Max tokens"), box), r, 2);
    grid->addWidget(m_maxTokens, r++, 3);
    grid->addWidget(new QLabel(tr("Seed"), box), r, 0);
    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_newSeed);
    grid->addLayout(seedRow, r, 1);
    auto *stopLabel = new QLabel(tr("Stop at"), box);
    stopLabel->setBuddy(m_stops);
    presentation::markExpert(m_stops);
    grid->addWidget(stopLabel, r, 2);
    grid->addWidget(m_stops, r++, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    layout->addWidget(box);

    auto *buttons = new QHBoxLayout;
    m_generate = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Generate"), this);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setToolTip(tr("Generate (Ctrl+Return)"));
    m_generate->setDefault(true);
    m_stop = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    buttons->addWidget(m_generate, 1);
    buttons->addWidget(m_stop);
    layout->addLayout(buttons);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("generationStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_generate, &QPushButton::clicked, this, &PromptPanel::generateRequested);
    connect(m_stop, &QPushButton::clicked, this, &PromptPanel::stopRequested);
    connect(m_open, &QToolButton::clicked, this, &PromptPanel::openModelRequested);
    connect(m_shipped, &QToolButton::clicked, this, &PromptPanel::shippedModelRequested);
    connect(m_newSeed, &QToolButton::clicked, this,
            [this] { m_seed->setValue(int(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()))); });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PromptPanel::updateEnabled);
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &PromptPanel::settingsChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &PromptPanel::settingsChanged);
    for (QDoubleSpinBox *box : {m_temperature, m_topP, m_minP, m_penalty})
        connect(box, &QDoubleSpinBox::valueChanged, this, &PromptPanel::settingsChanged);
    for (QSpinBox *box : {m_topK, m_maxTokens, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &PromptPanel::settingsChanged);
    connect(m_stops, &QLineEdit::textChanged, this, &PromptPanel::settingsChanged);
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    // While the panel is shown, wherever the focus is (the token view, the navigation); listed by
    // Help > Keyboard Shortcuts under its what's-this text.
    shortcut->setContext(Qt::WindowShortcut);
    shortcut->setWhatsThis(tr("Generate"));
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_generate->isEnabled())
            Q_EMIT generateRequested();
    });
    updateEnabled();
}

engine::gpt::WeightFormat PromptPanel::weightFormat() const
{
    return engine::gpt::WeightFormat(m_weights->currentData().toInt());
}

void PromptPanel::setWeightFormat(engine::gpt::WeightFormat format)
{
    const int index = m_weights->findData(int(format));
    if (index >= 0)
        m_weights->setCurrentIndex(index); // currentIndexChanged only: weightFormatChosen is the user's
}

void PromptPanel::setModel(const services::TextModelInfo &model)
{
    const QLocale locale;
    m_model->setText(tr("%1\n%2 M parameters · %3 tokenizer of %4 tokens · sees the last %5 tokens\n"
                        "%6 weights: %7 MB")
                         .arg(model.shipped ? tr("%1 (shipped)").arg(model.name) : model.name)
                         .arg(locale.toString(double(model.parameterCount) / 1e6, 'f', 2))
                         .arg(model.tokenizerKind == QLatin1String("char") ? tr("character") : tr("BPE"))
                         .arg(locale.toString(model.config.vocabSize))
                         .arg(locale.toString(model.config.contextLength))
                         .arg(QString::fromLatin1(engine::gpt::weightFormatName(model.weights).data()))
                         .arg(locale.toString(double(model.weightBytes) / 1e6, 'f', 1)));
    setWeightFormat(model.weights);
    m_model->setToolTip(plainToolTip(model.source));
    m_model->setStyleSheet(QString());
}

void PromptPanel::setModelMessage(const QString &message, bool error)
{
    m_model->setText(message);
    m_model->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

QString PromptPanel::prompt() const
{
    return m_prompt->toPlainText();
}

void PromptPanel::setPrompt(const QString &prompt)
{
    m_prompt->setPlainText(prompt);
}

engine::gpt::SamplingSettings PromptPanel::settings() const
{
    engine::gpt::SamplingSettings s;
    s.greedy = m_mode->currentIndex() == 1;
    s.temperature = m_temperature->value();
    s.topK = m_topK->value();
    s.topP = m_topP->value();
    s.minP = m_minP->value();
    s.repetitionPenalty = m_penalty->value();
    s.maxTokens = m_maxTokens->value();
    s.seed = quint64(m_seed->value());
    for (QString stop : m_stops->text().split(QLatin1Char('|'))) {
        // The spaces around '|' separate; newlines (written \n) belong to the stop.
        while (stop.startsWith(QLatin1Char(' ')))
            stop.remove(0, 1);
        while (stop.endsWith(QLatin1Char(' ')))
            stop.chop(1);
        // Checked before \n is expanded: a stop of newlines ("\n\n") is whitespace, yet meant.
        if (stop.isEmpty())
            continue;
        stop.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        s.stopSequences.push_back(stop.toStdString());
    }
    return s;
}

void PromptPanel::setSettings(const engine::gpt::SamplingSettings &s)
{
    m_mode->setCurrentIndex(s.greedy ? 1 : 0);
    m_temperature->setValue(s.temperature);
    m_topK->setValue(s.topK);
    m_topP->setValue(s.topP);
    m_minP->setValue(s.minP);
    m_penalty->setValue(s.repetitionPenalty);
    m_maxTokens->setValue(s.maxTokens);
    m_seed->setValue(int(std::min<quint64>(s.seed, quint64(std::numeric_limits<int>::max()))));
    QStringList stops;
    for (const auto &stop : s.stopSequences)
        stops << QString::fromStdString(stop).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    m_stops->setText(stops.join(QStringLiteral(" | ")));
}

void PromptPanel::setRunning(bool running)
{
    m_running = running;
    updateEnabled();
}

void PromptPanel::setReady(bool ready)
{
    m_ready = ready;
    updateEnabled();
}

void PromptPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void PromptPanel::updateEnabled()
{
    const bool sampling = m_mode->currentIndex() == 0;
    for (QWidget *w : {static_cast<QWidget *>(m_temperature), static_cast<QWidget *>(m_topK),
                       static_cast<QWidget *>(m_topP), static_cast<QWidget *>(m_minP), static_cast<QWidget *>(m_seed),
                       static_cast<QWidget *>(m_newSeed)})
        w->setEnabled(sampling);
    m_generate->setEnabled(m_ready && !m_running);
    m_stop->setEnabled(m_running);
    m_open->setEnabled(!m_running);
    m_shipped->setEnabled(!m_running);
}

} // namespace genlab::widgets::textlab
