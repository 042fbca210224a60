#pragma once
// The studio's help: the Markdown pages of resources/help (services::helpFolder()) shown as plain
// rich text, with back/forward, the page list of index.md and links between pages. Nothing
// outside the help folder is ever loaded: external links are offered to the web browser only
// after asking, remote images are not fetched.

#include <QList>
#include <QPair>
#include <QString>
#include <QTextBrowser>
#include <QWidget>

class QLabel;
class QListWidget;
class QToolButton;

namespace genlab::widgets::help {

// Small readers of the pages' Markdown, shared by the viewer and the first-run tour.
// The text of a page in the help folder ("" when it is missing or not a help page).
QString readHelpPage(const QString &page);
// The first "# " heading ("" when there is none).
QString markdownTitle(const QString &markdown);
// The first paragraph after the title.
QString markdownIntro(const QString &markdown);
// The body of the "## heading" section, up to the next heading of that level or higher.
QString markdownSection(const QString &markdown, const QString &heading);
// The pages index.md links to, in its order: (link text, file name), each once.
QList<QPair<QString, QString>> indexEntries(const QString &indexMarkdown);

// The text view: loads only files inside the help folder, renders Markdown without raw HTML and
// gives code blocks a shaded background.
// Thread: GUI only.
class HelpBrowser : public QTextBrowser
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    QString markdown() const { return m_markdown; } // of the page shown
    QVariant loadResource(int type, const QUrl &name) override;
    // The local help file a URL points at ("" when it is not one).
    QString helpFileFor(const QUrl &url) const;

private:
    void renderSafely();

    QString m_folder;
    QString m_markdown;
    QString m_loadedPath;
};

// The viewer: toolbar (back, forward, contents), the page list and the page.
// Thread: GUI only.
class HelpViewer : public QWidget
{
    Q_OBJECT
public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Shows a page of the help folder ("lab-text.md", optionally with "#anchor"). False (and a
    // message in the viewer naming the page) when the folder or the page is missing.
    bool openPage(const QString &page);
    QString currentPage() const;  // file name of the page shown ("" before the first)
    QString currentTitle() const; // its first heading
    HelpBrowser *browser() const { return m_browser; }
    QListWidget *pageList() const { return m_pages; }
    // "The help pages are in English", shown while the studio shows a translation.
    QLabel *languageNotice() const { return m_languageNotice; }

    void back();
    void forward();
    void home();

Q_SIGNALS:
    void pageChanged(const QString &page, const QString &title);
    // A link to the web was followed after asking; tests watch it instead of a browser.
    void externalLinkRequested(const QUrl &url);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followLink(const QUrl &url);
    void fillPageList();
    void syncToSource(const QUrl &url);
    void showProblem(const QString &message);

    HelpBrowser *m_browser;
    QListWidget *m_pages;
    QToolButton *m_back, *m_forward, *m_home;
    QLabel *m_problem;
    QLabel *m_languageNotice;
};

} // namespace genlab::widgets::help
