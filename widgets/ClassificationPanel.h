#pragma once

#include "classify/Classification.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;

namespace dlrepro {

// The bug type with its reason and confidence, and a combo box to override it. The first combo
// entry returns to the classifier's own decision.
class ClassificationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ClassificationPanel(QWidget *parent = nullptr);

    void setDecision(const BugTypeDecision &decision);
    void clear();

    QString shownTypeName() const; // what the type label says
    QComboBox *overrideBox() const { return m_override; }

signals:
    // A type the user chose, or nullopt for "as classified".
    void overrideRequested(std::optional<dlrepro::BugType> type);

private:
    QLabel *m_type = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_evidence = nullptr;
    QProgressBar *m_confidence = nullptr;
    QComboBox *m_override = nullptr;
    bool m_updating = false;
};

} // namespace dlrepro
