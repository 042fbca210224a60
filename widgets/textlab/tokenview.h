#pragma once

#include <QColor>
#include <QFontMetrics>
#include <QHash>
#include <QList>
#include <QRect>
#include <QString>
#include <QWidget>

namespace genlab::widgets::textlab {

// One token as the view shows it. The text is drawn as plain text, never interpreted.
struct TokenCell
{
    QString text;
    QColor background;   // invalid: none
    QString toolTip;     // plain text
    bool muted = false;  // prompt tokens: grey text, no background, not clickable
};

// Text as a flow of tokens, each on its own background (probability, attention weight, or
// alternating shades in the tokenizer view), wrapped to the width. Newlines show as "↵" and break
// the line. Clicking a token selects it; hovering reports it.
// Thread: GUI only.
class TokenView : public QWidget
{
    Q_OBJECT
public:
    explicit TokenView(QWidget *parent = nullptr);

    void setTokens(const QList<TokenCell> &tokens);
    void appendTokens(const QList<TokenCell> &tokens); // streaming: one repaint per frame at most
    void clear();
    int count() const { return int(m_tokens.size()); }
    const TokenCell &token(int index) const { return m_tokens.at(index); }
    void setBackground(int index, const QColor &color);
    void setBackgrounds(const QList<QColor> &colors); // one per token; missing ones unchanged
    QString plainText() const;

    void setSelected(int index); // -1: none
    int selected() const { return m_selected; }
    int hovered() const { return m_hovered; }
    void setPlaceholder(const QString &text);
    void setSelectable(bool on) { m_selectable = on; }

    // Where token `index` starts, in widget coordinates (empty when not laid out).
    QRect tokenRect(int index) const;
    int tokenAt(const QPoint &pos) const; // -1 when none

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;

Q_SIGNALS:
    void tokenClicked(int index);
    void tokenHovered(int index); // -1 when the mouse leaves the tokens

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Piece
    {
        int token;
        QRect rect;
        QString text;
    };
    struct Cursor
    {
        int x = 0;
        int y = 0;
    };
    // Lays out tokens [first, count()) at `width`, from `cursor` on (moved past them); returns the
    // height of everything laid out so far. Streaming appends continue from the last cursor, so a
    // long generation costs each token once instead of every token on every append.
    int layoutFrom(int first, int width, Cursor &cursor, QList<Piece> *pieces) const;
    int layout(int width, QList<Piece> *pieces) const;
    void relayout();
    void setLaidOutHeight(int height);
    int advance(const QFontMetrics &fm, const QString &text) const;
    void setHovered(int index);

    QList<TokenCell> m_tokens;
    QList<Piece> m_pieces;
    int m_layoutWidth = -1;
    int m_layoutHeight = 0;
    mutable QHash<QString, int> m_advances; // horizontal advance of each piece's text
    Cursor m_cursor;          // where the next appended token goes at m_layoutWidth
    int m_selected = -1;
    int m_hovered = -1;
    bool m_selectable = true;
    QString m_placeholder;
};

} // namespace genlab::widgets::textlab
