#include "InformationTable.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QToolButton>

#include <algorithm>

namespace dlrepro {

InformationTable::InformationTable(QWidget *parent) : QTableWidget(parent)
{
    setColumnCount(ColumnCount);
    setHorizontalHeaderLabels({tr("Category"), tr("Status"), tr("Confidence"), tr("Evidence"),
                               tr("Follow-up question"), QString()});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    verticalHeader()->hide();
    QHeaderView *h = horizontalHeader();
    h->setSectionResizeMode(CategoryColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(ConfidenceColumn, QHeaderView::ResizeToContents);
    h->setSectionResizeMode(EvidenceColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    h->setSectionResizeMode(CopyColumn, QHeaderView::ResizeToContents);
}

void InformationTable::setAssessments(const QList<InformationAssessment> &assessments)
{
    m_assessments = assessments;
    clearContents();
    setRowCount(int(assessments.size()));
    for (int row = 0; row < assessments.size(); ++row) {
        const InformationAssessment &a = assessments.at(row);
        auto *category = new QTableWidgetItem(
            QStringLiteral("%1 (%2)").arg(informationName(a.category), informationLetter(a.category)));
        auto *status = new QTableWidgetItem(a.present ? tr("Present") : tr("Missing"));
        status->setTextAlignment(Qt::AlignCenter);
        status->setBackground(a.present ? QColor(0xC8, 0xE6, 0xC9) : QColor(0xFF, 0xCD, 0xD2));
        status->setForeground(a.present ? QColor(0x1B, 0x5E, 0x20) : QColor(0xB7, 0x1C, 0x1C));
        QFont bold = status->font();
        bold.setBold(true);
        status->setFont(bold);
        auto *confidence = new QTableWidgetItem(QStringLiteral("%1%").arg(qRound(a.confidence * 100)));
        confidence->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *evidence = new QTableWidgetItem(a.evidence);
        evidence->setToolTip(a.evidence);
        auto *question = new QTableWidgetItem(a.followUpQuestion);
        question->setToolTip(a.followUpQuestion);
        setItem(row, CategoryColumn, category);
        setItem(row, StatusColumn, status);
        setItem(row, ConfidenceColumn, confidence);
        setItem(row, EvidenceColumn, evidence);
        setItem(row, QuestionColumn, question);
        if (!a.followUpQuestion.isEmpty()) {
            auto *copy = new QToolButton(this);
            copy->setText(tr("Copy"));
            copy->setToolTip(tr("Copy the question to the clipboard"));
            copy->setAutoRaise(false);
            connect(copy, &QToolButton::clicked, this, [this, row] { copyQuestion(row); });
            setCellWidget(row, CopyColumn, copy);
        } else {
            setCellWidget(row, CopyColumn, nullptr);
        }
    }
    // With nothing to ask, the question columns would only take room from the evidence.
    const bool anyQuestion = std::any_of(assessments.cbegin(), assessments.cend(),
                                         [](const InformationAssessment &a) { return !a.followUpQuestion.isEmpty(); });
    setColumnHidden(QuestionColumn, !anyQuestion);
    setColumnHidden(CopyColumn, !anyQuestion);
    resizeRowsToContents();
}

bool InformationTable::copyQuestion(int row)
{
    if (row < 0 || row >= m_assessments.size() || m_assessments.at(row).followUpQuestion.isEmpty())
        return false;
    const QString question = m_assessments.at(row).followUpQuestion;
    QApplication::clipboard()->setText(question);
    emit questionCopied(question);
    return true;
}

} // namespace dlrepro
