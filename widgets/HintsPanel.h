#pragma once

#include "hints/Hints.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dlrepro {

// The hint for the report (issue 3, "In the GUI"): the three information categories with
// present/missing badges and confidences, the five edit actions as buttons with their
// confidences, the focus statement (click: show it in the report), the follow-up questions with
// a copy button, and which rules are in use. The bug type itself is the ClassificationPanel's.
class HintsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HintsPanel(QWidget *parent = nullptr);

    void setHints(const Hints &hints);
    void clear();
    const Hints &hints() const { return m_hints; }
    bool hasHints() const { return m_has; }

    QList<QPushButton *> actionButtons() const { return m_actionButtons; }
    QList<QLabel *> informationBadges() const { return m_badges; } // one per information item
    QLabel *focusLabel() const { return m_focus; }
    QLabel *rulesLabel() const { return m_rules; }
    QString followUpText() const { return m_hints.followUpComment(); }

    bool copyFollowUps(); // false when there is nothing to copy
    void focusNextAction(); // "next hint": moves keyboard focus through the action buttons

signals:
    void actionRequested(const dlrepro::HintItem &action);
    void focusActivated(const dlrepro::TextSpan &span);
    void followUpsCopied();

private:
    void rebuild();

    Hints m_hints;
    bool m_has = false;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_contentLayout = nullptr;
    QList<QPushButton *> m_actionButtons;
    QList<QLabel *> m_badges;
    QLabel *m_focus = nullptr;
    QLabel *m_rules = nullptr;
};

} // namespace dlrepro
