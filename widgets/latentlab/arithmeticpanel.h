#pragma once

#include "engine/vae/latentmath.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace genlab::services {
class Job;
}

namespace genlab::widgets {

class ExplorerState;
class ImageGridView;

// Latent arithmetic: the attribute vector v = mean latent of class A - mean latent of class B
// (over the map's images), added to a base point with a slider: z = base + amount * v. The
// preview decodes live while the slider moves; a strip shows base + k*v for k = -2..2.
// Thread: GUI only.
class ArithmeticPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kSteps = 100; // slider units per unit of amount

    explicit ArithmeticPanel(ExplorerState *state, QWidget *parent = nullptr);

    void setClasses(int classA, int classB);
    int classA() const; // -1 until the map's classes are in
    int classB() const;
    void setAmount(double amount);
    double amount() const;
    QSlider *amountSlider() const { return m_amount; }
    const engine::vae::Latent &attribute() const { return m_vector; }
    ImageGridView *strip() const { return m_strip; }

Q_SIGNALS:
    void settingsChanged(); // the classes (the amount moves the current point, which is reported)

private:
    void rebuildClasses();
    void updateVector();
    void apply();
    void refreshStrip();

    ExplorerState *m_state;
    QComboBox *m_classA, *m_classB;
    QSlider *m_amount;
    QLabel *m_amountLabel, *m_note;
    QPushButton *m_rebase;
    ImageGridView *m_strip;
    engine::vae::Latent m_vector;
    engine::vae::Latent m_base;
    QPointer<services::Job> m_stripJob;
};

} // namespace genlab::widgets
