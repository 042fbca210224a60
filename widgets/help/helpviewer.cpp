#include "widgets/help/helpviewer.h"

#include "services/helppaths.h"
#include "widgets/shell/language.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace genlab::widgets::help {

namespace {

// Help pages are a few kilobytes; anything much larger in the folder is not one of them.
constexpr qint64 kHelpMaxFileBytes = 4 * 1024 * 1024;

QByteArray readHelpBytes(const QString &path)
{
    QFile file(path);
    if (file.size() > kHelpMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool isHelpPageName(const QString &path)
{
    return path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive);
}

} // namespace

QString readHelpPage(const QString &page)
{
    const QString path = services::helpPagePath(page);
    return path.isEmpty() ? QString() : QString::fromUtf8(readHelpBytes(path));
}

QString markdownTitle(const QString &markdown)
{
    static const QRegularExpression heading(QStringLiteral("^#[ \\t]+(.+?)[ \\t#]*$"),
                                            QRegularExpression::MultilineOption);
    const auto m = heading.match(markdown);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QString markdownIntro(const QString &markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList paragraph;
    bool afterTitle = false;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (!afterTitle) {
            afterTitle = t.startsWith(QLatin1String("# "));
            continue;
        }
        if (t.startsWith(QLatin1Char('#')))
            break;
        if (t.isEmpty()) {
            if (!paragraph.isEmpty())
                break;
            continue;
        }
        paragraph << t;
    }
    return paragraph.join(QLatin1Char(' '));
}

QString markdownSection(const QString &markdown, const QString &heading)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList body;
    bool inside = false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1String("## ")) || line.startsWith(QLatin1String("# "))) {
            if (inside)
                break;
            inside =
                line.mid(line.indexOf(QLatin1Char(' '))).trimmed().compare(heading, Qt::CaseInsensitive) == 0;
            continue;
        }
        if (inside)
            body << line;
    }
    return body.join(QLatin1Char('\n')).trimmed();
}

QList<QPair<QString, QString>> indexEntries(const QString &indexMarkdown)
{
    // [text](page.md): link texts in index.md are one line each, targets are plain file names.
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([A-Za-z0-9._-]+\\.md)\\)"));
    QList<QPair<QString, QString>> entries;
    QStringList seen;
    for (auto it = link.globalMatch(indexMarkdown); it.hasNext();) {
        const auto m = it.next();
        if (seen.contains(m.captured(2)))
            continue;
        seen << m.captured(2);
        entries.append({m.captured(1).simplified(), m.captured(2)});
    }
    return entries;
}

// ---------------------------------------------------------------------------------------------

HelpBrowser::HelpBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("helpBrowser"));
    // Links are ours to follow: pages inside the viewer, the web only after asking.
    setOpenLinks(false);
    setOpenExternalLinks(false);
    document()->setDocumentMargin(12);
    // Qt renders the Markdown when a page is loaded; it is rendered again here without raw HTML.
    connect(this, &QTextBrowser::sourceChanged, this, &HelpBrowser::renderSafely);
}

QString HelpBrowser::helpFileFor(const QUrl &url) const
{
    if (m_folder.isEmpty())
        return {};
    const QUrl resolved = url.isRelative() ? source().resolved(url) : url;
    if (!resolved.isLocalFile())
        return {};
    const QFileInfo info(resolved.toLocalFile());
    const QString canonical = info.canonicalFilePath(); // empty when it does not exist
    if (canonical.isEmpty() || !info.isFile())
        return {};
    const QString root = QDir(m_folder).canonicalPath() + QLatin1Char('/');
    return canonical.startsWith(root) ? canonical : QString();
}

QVariant HelpBrowser::loadResource(int type, const QUrl &name)
{
    // Only files of the help folder: no network, no other local files, whatever a page says.
    const QString path = helpFileFor(name);
    if (path.isEmpty())
        return {};
    if (type == QTextDocument::ImageResource) {
        const QImage image(path);
        return image.isNull() ? QVariant() : QVariant(image);
    }
    if (type == QTextDocument::MarkdownResource || type == QTextDocument::HtmlResource) {
        if (!isHelpPageName(path))
            return {};
        m_markdown = QString::fromUtf8(readHelpBytes(path));
        m_loadedPath = path;
        return m_markdown;
    }
    return {};
}

void HelpBrowser::renderSafely()
{
    if (m_loadedPath.isEmpty())
        return;
    const QUrl base = QUrl::fromLocalFile(m_loadedPath);
    document()->setMarkdown(m_markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                                        QTextDocument::MarkdownNoHTML));
    document()->setBaseUrl(base);
    // Code blocks: the fixed font Qt gives them, on a shaded band so they read as code.
    const QColor shade = palette().color(QPalette::AlternateBase);
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        if (!format.hasProperty(QTextFormat::BlockCodeFence) &&
            !format.hasProperty(QTextFormat::BlockCodeLanguage) && !format.nonBreakableLines())
            continue;
        format.setBackground(shade);
        format.setLeftMargin(format.leftMargin() + 8);
        cursor.setPosition(block.position());
        cursor.setBlockFormat(format);
    }
}

// ---------------------------------------------------------------------------------------------

HelpViewer::HelpViewer(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("helpViewer"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    auto tool = [this, bar](QStyle::StandardPixmap icon, const QString &text, const QString &name) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setIcon(style()->standardIcon(icon));
        b->setToolTip(text);
        b->setAutoRaise(true);
        bar->addWidget(b);
        return b;
    };
    m_back = tool(QStyle::SP_ArrowBack, tr("Back"), QStringLiteral("helpBack"));
    m_forward = tool(QStyle::SP_ArrowForward, tr("Forward"), QStringLiteral("helpForward"));
    m_home = tool(QStyle::SP_DirHomeIcon, tr("Contents"), QStringLiteral("helpHome"));
    bar->addStretch(1);
    layout->addLayout(bar);

    // The pages are written in English only: a translated studio says so above them.
    m_languageNotice = new QLabel(this);
    m_languageNotice->setObjectName(QStringLiteral("helpLanguageNotice"));
    m_languageNotice->setWordWrap(true);
    m_languageNotice->setFrameShape(QFrame::StyledPanel);
    m_languageNotice->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_languageNotice);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("helpProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_pages = new QListWidget(splitter);
    m_pages->setObjectName(QStringLiteral("helpPageList"));
    m_pages->setMinimumWidth(120);
    m_browser = new HelpBrowser(splitter);
    m_browser->setFolder(services::helpFolder());
    splitter->addWidget(m_pages);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 430});
    layout->addWidget(splitter, 1);

    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_back, &QToolButton::clicked, this, &HelpViewer::back);
    connect(m_forward, &QToolButton::clicked, this, &HelpViewer::forward);
    connect(m_home, &QToolButton::clicked, this, &HelpViewer::home);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QWidget::setEnabled);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpViewer::followLink);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpViewer::syncToSource);
    connect(m_pages, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openPage(item->data(Qt::UserRole).toString()); });
    connect(m_pages, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { openPage(item->data(Qt::UserRole).toString()); });
    fillPageList();
    retranslate();
}

void HelpViewer::retranslate()
{
    m_back->setToolTip(tr("Back"));
    m_forward->setToolTip(tr("Forward"));
    m_home->setToolTip(tr("Contents"));
    m_languageNotice->setText(tr("The help pages are in English."));
    m_languageNotice->setVisible(i18n::uiIsTranslated());
    if (m_pages->count() > 0 && m_pages->item(0)->data(Qt::UserRole).toString() == QLatin1String("index.md"))
        m_pages->item(0)->setText(tr("Contents"));
}

void HelpViewer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void HelpViewer::fillPageList()
{
    m_pages->clear();
    if (m_browser->folder().isEmpty())
        return;
    auto *contents = new QListWidgetItem(tr("Contents"), m_pages);
    contents->setData(Qt::UserRole, QStringLiteral("index.md"));
    for (const auto &[text, file] : indexEntries(readHelpPage(QStringLiteral("index.md")))) {
        if (services::helpPagePath(file).isEmpty())
            continue; // a link to a page that is not there is reported when followed, not listed
        auto *item = new QListWidgetItem(text, m_pages);
        item->setData(Qt::UserRole, file);
        item->setToolTip(text);
    }
}

bool HelpViewer::openPage(const QString &page)
{
    const QString file = page.section(QLatin1Char('#'), 0, 0);
    const QString anchor = page.section(QLatin1Char('#'), 1);
    if (m_browser->folder().isEmpty()) {
        showProblem(tr("The help pages are not installed (looked in: %1).")
                        .arg(services::helpSearchPaths().join(QStringLiteral(", "))));
        return false;
    }
    const QString path = services::helpPagePath(file);
    if (path.isEmpty()) {
        showProblem(
            tr("There is no help page %1 in %2.").arg(file, QDir::toNativeSeparators(m_browser->folder())));
        return false;
    }
    m_problem->hide();
    QUrl url = QUrl::fromLocalFile(path);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    m_browser->setSource(url, QTextDocument::MarkdownResource);
    return true;
}

QString HelpViewer::currentPage() const
{
    const QString path = m_browser->source().toLocalFile();
    return path.isEmpty() ? QString() : QFileInfo(path).fileName();
}

QString HelpViewer::currentTitle() const
{
    return markdownTitle(m_browser->markdown());
}

void HelpViewer::back()
{
    m_browser->backward();
}

void HelpViewer::forward()
{
    m_browser->forward();
}

void HelpViewer::home()
{
    openPage(QStringLiteral("index.md"));
}

void HelpViewer::followLink(const QUrl &url)
{
    const QUrl resolved = url.isRelative() ? m_browser->source().resolved(url) : url;
    if (!resolved.isLocalFile()) {
        const QString scheme = resolved.scheme().toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
            scheme != QLatin1String("mailto")) {
            showProblem(tr("The link %1 cannot be opened.").arg(url.toString()));
            return;
        }
        // Never without asking: the studio works offline and a help page must not open the web by itself.
        const auto answer = QMessageBox::question(
            this, tr("Open a web page"),
            tr("This link leads outside GenLab Studio:\n%1\n\nOpen it in your web browser?")
                .arg(resolved.toString()));
        if (answer == QMessageBox::Yes) {
            Q_EMIT externalLinkRequested(resolved);
            QDesktopServices::openUrl(resolved);
        }
        return;
    }
    const QString path = m_browser->helpFileFor(resolved.adjusted(QUrl::RemoveFragment));
    if (path.isEmpty() || !isHelpPageName(path)) {
        showProblem(tr("The link %1 does not lead to a help page.").arg(url.toString()));
        return;
    }
    m_problem->hide();
    if (QFileInfo(path) == QFileInfo(m_browser->source().toLocalFile()) && resolved.hasFragment()) {
        m_browser->scrollToAnchor(resolved.fragment());
        return;
    }
    m_browser->setSource(resolved, QTextDocument::MarkdownResource);
}

void HelpViewer::syncToSource(const QUrl &url)
{
    // source() still names the previous page while sourceChanged is emitted: use the signal's URL.
    const QString page = QFileInfo(url.toLocalFile()).fileName();
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->item(i)->data(Qt::UserRole).toString() == page) {
            const QSignalBlocker block(m_pages);
            m_pages->setCurrentRow(i);
            break;
        }
    }
    Q_EMIT pageChanged(page, currentTitle());
}

void HelpViewer::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
}

} // namespace genlab::widgets::help
