#pragma once

#include "research/ProjectStore.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace dlrepro {

// Both annotators' labels of one bug side by side, one row per field (type, sub-fault, the five
// information categories, the ten edit actions, time, outcome), differing rows highlighted, and
// a Final column. Clicking a cell of an annotator's column takes that side's value for the row;
// Settle stores the Final column as the bug's final label.
//
// Blind: the viewer sees the others' labels only once they have saved their own
// (ProjectStore::annotationsVisibleTo); until then the view says how many are hidden.
class DisagreementView : public QWidget
{
    Q_OBJECT
public:
    explicit DisagreementView(QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    void setViewer(const QString &annotator);
    void setBug(qint64 key);
    void refresh();

    QTableWidget *table() const { return m_table; }
    QPushButton *settleButton() const { return m_settle; }
    QLabel *blindLabel() const { return m_blind; }
    QStringList shownAnnotators() const; // the columns before Final
    QList<int> differingRows() const;
    int hiddenCount() const { return m_hidden; }

    void pick(int row, int annotatorColumn); // Final takes that column's value for the row
    void pickAll(int annotatorColumn);
    Annotation finalFromPicks() const;
    bool settle();

signals:
    void settled(qint64 bugKey);
    void errorOccurred(const QString &title, const QString &message);

private:
    void fill();

    ProjectStore *m_store = nullptr;
    QString m_viewer;
    qint64 m_bug = 0;
    QList<Annotation> m_shown;
    std::optional<Annotation> m_final;
    QList<int> m_picks; // per row, the column Final takes its value from
    int m_hidden = 0;

    QLabel *m_title = nullptr;
    QLabel *m_blind = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_settle = nullptr;
    QPushButton *m_unsettle = nullptr;
};

} // namespace dlrepro
