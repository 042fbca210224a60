#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace genlab::widgets {

class ExplorerState;
class ImageGridView;

// The current point, decoded: the image every explorer panel steers (map, sliders, samples,
// interpolation frames, arithmetic), its |z| and where it came from. "Save PNG…" writes it with
// the latent in its recipe.
// Thread: GUI only.
class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPanel(ExplorerState *state, QWidget *parent = nullptr);

    ImageGridView *view() const { return m_view; }
    QString infoText() const;

private:
    void updateInfo(int origin);
    void save();

    ExplorerState *m_state;
    ImageGridView *m_view;
    QLabel *m_info;
    QPushButton *m_save;
    QString m_originText;
};

} // namespace genlab::widgets
