#pragma once

#include "workspace/Workspace.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace dlrepro {

// The verdicts recorded at two commits side by side: status, reason, seeds that showed the
// bug, the metric, and each seed's evidence as verdict.json holds it.
class VerdictComparisonDialog : public QDialog
{
    Q_OBJECT
public:
    enum Side { Older, Newer };
    enum SeedColumn { SeedColumnSeed, SeedColumnStatus, SeedColumnResult, SeedColumnObserved, SeedColumnCount };

    explicit VerdictComparisonDialog(QWidget *parent = nullptr);

    // titleA/titleB: how each commit is named (its summary); a side without verdict.json says so.
    void setComparison(const VerdictComparison &comparison, const QString &titleA, const QString &titleB);
    const VerdictComparison &comparison() const { return m_comparison; }

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *statusLabel(Side side) const { return m_sides[side].status; }
    QLabel *metricLabel(Side side) const { return m_sides[side].metric; }
    QTableWidget *seedTable(Side side) const { return m_sides[side].seeds; }

private:
    struct Column {
        QLabel *title = nullptr;
        QLabel *status = nullptr;
        QLabel *reason = nullptr;
        QLabel *metric = nullptr;
        QTableWidget *seeds = nullptr;
    };
    Column makeColumn();
    void fill(Column &column, const RecordedVerdict &verdict, const QString &title);

    VerdictComparison m_comparison;
    QLabel *m_summary = nullptr;
    Column m_sides[2];
};

} // namespace dlrepro
