#include "ClassificationPanel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace dlrepro {

ClassificationPanel::ClassificationPanel(QWidget *parent) : QWidget(parent)
{
    auto *box = new QGroupBox(tr("Bug type"), this);
    m_type = new QLabel(box);
    QFont big = m_type->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_type->setFont(big);
    m_type->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_reason = new QLabel(box);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_evidence = new QLabel(box);
    m_evidence->setWordWrap(true);
    m_evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_confidence = new QProgressBar(box);
    m_confidence->setRange(0, 100);
    m_confidence->setFormat(QStringLiteral("%p%"));
    m_confidence->setMaximumHeight(m_confidence->fontMetrics().height() + 6);

    m_override = new QComboBox(box);
    m_override->addItem(tr("As classified"));
    for (BugType t : allBugTypes())
        m_override->addItem(QStringLiteral("%1 (%2)").arg(bugTypeName(t), bugTypeLetter(t)),
                            QVariant::fromValue(int(t)));
    m_override->setToolTip(tr("Override the bug type; the information table follows it"));
    connect(m_override, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_updating || index < 0)
            return;
        if (index == 0)
            emit overrideRequested(std::nullopt);
        else
            emit overrideRequested(BugType(m_override->itemData(index).toInt()));
    });

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Type:"), m_type);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Evidence:"), m_evidence);
    form->addRow(tr("Confidence:"), m_confidence);
    form->addRow(tr("Override:"), m_override);
    box->setLayout(form);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box);
    clear();
}

void ClassificationPanel::clear()
{
    m_updating = true;
    m_type->setText(tr("No report"));
    m_reason->clear();
    m_evidence->clear();
    m_confidence->setValue(0);
    m_override->setCurrentIndex(0);
    m_override->setEnabled(false);
    m_updating = false;
}

void ClassificationPanel::setDecision(const BugTypeDecision &decision)
{
    m_updating = true;
    QString type = QStringLiteral("%1 (%2)").arg(bugTypeName(decision.type), bugTypeLetter(decision.type));
    if (decision.type == BugType::Mixed && !decision.parts.isEmpty()) {
        QStringList parts;
        for (BugType p : decision.parts)
            parts << bugTypeName(p);
        type += QStringLiteral(": ") + parts.join(QStringLiteral(" + "));
    }
    if (decision.overridden)
        type += QLatin1Char(' ') + tr("[set by you]");
    m_type->setText(type);
    m_reason->setText(decision.reason.isEmpty() ? tr("(no reason given)") : decision.reason);
    m_evidence->setText(decision.evidence.isEmpty() ? tr("(none)") : decision.evidence.join(QStringLiteral(", ")));
    m_confidence->setValue(qBound(0, qRound(decision.confidence * 100), 100));
    if (decision.overridden) {
        const int i = m_override->findData(QVariant::fromValue(int(decision.type)));
        m_override->setCurrentIndex(i < 0 ? 0 : i);
    } else {
        m_override->setCurrentIndex(0);
    }
    m_override->setEnabled(true);
    m_updating = false;
}

QString ClassificationPanel::shownTypeName() const { return m_type->text(); }

} // namespace dlrepro
