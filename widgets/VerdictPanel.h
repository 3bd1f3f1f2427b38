#pragma once

#include "verify/Verdict.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace dlrepro {

class MetricChart;

// The verdict pane: a badge (Reproduced / Intermittent k of n / Not reproduced / Inconclusive
// with the reason), the per-seed table, for explicit bugs the reported and observed error side
// by side with the match level, and for silent bugs the metric per seed against the band.
class VerdictPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { SeedColumn, StatusColumn, ResultColumn, TimeColumn, ObservedColumn, ColumnCount };

    explicit VerdictPanel(QWidget *parent = nullptr);

    void setVerdict(const Verdict &verdict);
    void clear();
    bool hasVerdict() const { return m_has; }
    const Verdict &verdict() const { return m_verdict; }

    // What the badge says: "Reproduced", "Intermittent: 2 of 5", …
    static QString badgeText(const Verdict &verdict);
    QLabel *badge() const { return m_badge; }
    QLabel *reasonLabel() const { return m_reason; }
    QTableWidget *seedTable() const { return m_table; }
    MetricChart *chart() const { return m_chart; }
    QPlainTextEdit *reportedError() const { return m_reported; }
    QPlainTextEdit *observedError() const { return m_observed; }
    QLabel *matchLabel() const { return m_match; }
    QWidget *errorComparison() const { return m_errors; }

private:
    Verdict m_verdict;
    bool m_has = false;
    QLabel *m_badge = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_expected = nullptr;
    QTableWidget *m_table = nullptr;
    QWidget *m_errors = nullptr;
    QPlainTextEdit *m_reported = nullptr;
    QPlainTextEdit *m_observed = nullptr;
    QLabel *m_match = nullptr;
    MetricChart *m_chart = nullptr;
};

} // namespace dlrepro
