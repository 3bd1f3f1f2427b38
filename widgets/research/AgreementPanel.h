#pragma once

#include "research/ProjectStore.h"
#include "stats/CohenKappa.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dlrepro {

// Agreement between two annotators over the bugs both labelled (core/stats CohenKappa): κ per
// bug over the ten edit-action labels, their mean (the thesis's 54.5% / 89.1%), pooled κ and κ
// per action; both tables export as CSV, Markdown or LaTeX.
class AgreementPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AgreementPanel(QWidget *parent = nullptr);

    void setStore(ProjectStore *store);
    void refresh(); // reloads the annotator lists and recomputes
    void compute(const QString &first, const QString &second);

    bool hasReport() const { return m_has; }
    const AgreementReport &report() const { return m_report; }
    QComboBox *firstBox() const { return m_first; }
    QComboBox *secondBox() const { return m_second; }
    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *bugTable() const { return m_bugs; }
    QTableWidget *actionTable() const { return m_actions; }

signals:
    void errorOccurred(const QString &title, const QString &message);

private:
    void recompute();
    void exportTables();

    ProjectStore *m_store = nullptr;
    AgreementReport m_report;
    bool m_has = false;
    bool m_filling = false;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_bugs = nullptr;
    QTableWidget *m_actions = nullptr;
    QPushButton *m_export = nullptr;
};

// The two annotators' edit-action labels of the bugs both labelled, as CohenKappa takes them.
TwoRaterLabels editActionLabels(const ProjectStore &store, const QString &first, const QString &second);

} // namespace dlrepro
