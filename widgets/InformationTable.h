#pragma once

#include "classify/Classification.h"

#include <QList>
#include <QTableWidget>

namespace dlrepro {

// The information table: per category, Present/Missing, confidence, evidence, and for missing
// ones the follow-up question to ask the reporter, with a button that copies it.
class InformationTable : public QTableWidget
{
    Q_OBJECT
public:
    enum Column { CategoryColumn, StatusColumn, ConfidenceColumn, EvidenceColumn, QuestionColumn, CopyColumn, ColumnCount };

    explicit InformationTable(QWidget *parent = nullptr);

    void setAssessments(const QList<InformationAssessment> &assessments);
    const QList<InformationAssessment> &assessments() const { return m_assessments; }

    // Puts the row's follow-up question on the clipboard; false when it has none.
    bool copyQuestion(int row);

signals:
    void questionCopied(const QString &question);

private:
    QList<InformationAssessment> m_assessments;
};

} // namespace dlrepro
