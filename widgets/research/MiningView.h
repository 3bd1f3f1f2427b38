#pragma once

#include "LiveMining.h"
#include "ResearchTables.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace dlrepro {

// The project's rules and the thesis's tables from the latest mining pass (LiveMining): the
// ranked rules {bug type} ⇒ {item}, the top-3 information and top-5 actions per bug type
// (Tables 4.7/4.8) and the top actions per sub-fault. Each exports as CSV, Markdown or LaTeX.
class MiningView : public QWidget
{
    Q_OBJECT
public:
    enum class Table { Rules, TopInformation, TopActions, SubFaults };

    explicit MiningView(QWidget *parent = nullptr);

    void setResult(const MiningResult &result);
    void setBusy(bool busy); // "updating…" while a pass runs
    void clear();
    const MiningResult &result() const { return m_result; }

    TextTable table(Table which) const;
    Table currentTable() const;
    void showTable(Table which);
    bool exportTable(Table which, TableFileFormat format, const QString &path, QString *error) const;

    QTableWidget *view() const { return m_view; }
    QComboBox *tableBox() const { return m_choice; }
    QLabel *statusLabel() const { return m_status; }

signals:
    void errorOccurred(const QString &title, const QString &message);

private:
    void fill();
    void exportCurrent();

    MiningResult m_result;
    bool m_busy = false;
    QComboBox *m_choice = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_view = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace dlrepro
