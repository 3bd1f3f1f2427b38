#include "HintsPanel.h"

#include "CategoryStyle.h"

#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

QString percent(double confidence)
{
    return QStringLiteral("%1%").arg(qRound(confidence * 100));
}

QLabel *badge(const QString &text, const QColor &bg, const QColor &fg, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignCenter);
    label->setStyleSheet(QStringLiteral("QLabel { background:%1; color:%2; border-radius:8px; padding:1px 8px; font-weight:600; }")
                             .arg(bg.name(), fg.name()));
    return label;
}

QProgressBar *confidenceBar(double confidence, bool below, QWidget *parent)
{
    auto *bar = new QProgressBar(parent);
    bar->setRange(0, 100);
    bar->setValue(qRound(confidence * 100));
    bar->setFormat(percent(confidence));
    bar->setTextVisible(true);
    bar->setFixedHeight(16);
    bar->setFixedWidth(62);
    const QString chunk = below ? QStringLiteral("#B0BEC5") : QStringLiteral("#42A5F5");
    bar->setStyleSheet(QStringLiteral("QProgressBar { border:1px solid palette(mid); border-radius:4px; text-align:center; }"
                                      "QProgressBar::chunk { background:%1; border-radius:3px; }").arg(chunk));
    return bar;
}

QGroupBox *section(const QString &title, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    box->setStyleSheet(QStringLiteral("QGroupBox { font-weight:600; }"));
    return box;
}

} // namespace

HintsPanel::HintsPanel(QWidget *parent) : QWidget(parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(scroll);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(4, 4, 4, 4);
    scroll->setWidget(m_content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    rebuild();
}

void HintsPanel::clear()
{
    m_hints = Hints();
    m_has = false;
    rebuild();
}

void HintsPanel::setHints(const Hints &hints)
{
    m_hints = hints;
    m_has = true;
    rebuild();
}

void HintsPanel::rebuild()
{
    m_actionButtons.clear();
    m_badges.clear();
    m_focus = nullptr;
    m_rules = nullptr;
    while (QLayoutItem *item = m_contentLayout->takeAt(0)) {
        if (QWidget *w = item->widget())
            w->deleteLater();
        delete item;
    }
    if (!m_has) {
        auto *empty = new QLabel(tr("Hints appear here once a report is open."), m_content);
        empty->setEnabled(false);
        empty->setWordWrap(true);
        m_contentLayout->addWidget(empty);
        m_contentLayout->addStretch(1);
        return;
    }

    // Information to look for, present or missing in this report.
    QGroupBox *info = section(tr("Information that helps (top %1)").arg(m_hints.information.size()), m_content);
    auto *infoGrid = new QGridLayout(info);
    infoGrid->setColumnStretch(0, 1);
    for (int i = 0; i < m_hints.information.size(); ++i) {
        const HintItem &h = m_hints.information.at(i);
        auto *name = new QLabel(QStringLiteral("%1. %2").arg(h.rank).arg(h.name), info);
        const QColor swatch = categoryColor(h.item.informationCategory());
        name->setStyleSheet(QStringLiteral("QLabel { border-left:5px solid %1; padding-left:5px; }").arg(swatch.name()));
        QString tip = h.evidence;
        if (!h.present && !h.followUpQuestion.isEmpty())
            tip = tr("Missing. Ask: %1").arg(h.followUpQuestion);
        name->setToolTip(tip);
        QLabel *b = h.present ? badge(tr("present"), QColor(0xC8, 0xE6, 0xC9), QColor(0x1B, 0x5E, 0x20), info)
                              : badge(tr("missing"), QColor(0xFF, 0xE0, 0xB2), QColor(0xBF, 0x36, 0x0C), info);
        b->setToolTip(tip);
        m_badges << b;
        infoGrid->addWidget(name, i, 0);
        infoGrid->addWidget(b, i, 1);
        QProgressBar *bar = confidenceBar(h.confidence, h.belowMinConfidence, info);
        bar->setToolTip(h.belowMinConfidence ? tr("Confidence below the %1 minimum: kept in the ranking, marked")
                                                   .arg(percent(m_hints.minConfidence))
                                             : tr("Rule confidence"));
        infoGrid->addWidget(bar, i, 2);
    }
    m_contentLayout->addWidget(info);

    // Edit actions: each a button that turns into a change to the snippet.
    QGroupBox *actions = section(tr("Edit actions to try (top %1)").arg(m_hints.actions.size()), m_content);
    auto *actionGrid = new QGridLayout(actions);
    actionGrid->setColumnStretch(0, 1);
    for (int i = 0; i < m_hints.actions.size(); ++i) {
        const HintItem &h = m_hints.actions.at(i);
        QString text = QStringLiteral("%1. %2").arg(h.rank).arg(h.name);
        if (h.belowMinConfidence)
            text += QStringLiteral(" *");
        auto *button = new QPushButton(text, actions);
        button->setStyleSheet(QStringLiteral("QPushButton { text-align:left; padding:3px 8px; }"));
        button->setToolTip(tr("Insert a checklist for “%1” into the snippet (preview first)").arg(h.item.name()));
        connect(button, &QPushButton::clicked, this, [this, h] { emit actionRequested(h); });
        m_actionButtons << button;
        actionGrid->addWidget(button, i, 0);
        actionGrid->addWidget(confidenceBar(h.confidence, h.belowMinConfidence, actions), i, 1);
    }
    if (std::any_of(m_hints.actions.cbegin(), m_hints.actions.cend(), [](const HintItem &h) { return h.belowMinConfidence; })) {
        auto *note = new QLabel(tr("* below the %1 minimum confidence").arg(percent(m_hints.minConfidence)), actions);
        note->setEnabled(false);
        actionGrid->addWidget(note, int(m_hints.actions.size()), 0, 1, 2);
    }
    m_contentLayout->addWidget(actions);

    // The statement to read first.
    QGroupBox *focus = section(tr("Most relevant statement (%1)").arg(informationName(m_hints.focusCategory)), m_content);
    auto *focusLayout = new QVBoxLayout(focus);
    m_focus = new QLabel(focus);
    m_focus->setWordWrap(true);
    m_focus->setTextFormat(Qt::RichText);
    if (m_hints.focusStatement.isEmpty()) {
        m_focus->setText(QStringLiteral("<i>%1</i>").arg((m_hints.focusNote.isEmpty() ? tr("No statement found.")
                                                                                       : m_hints.focusNote).toHtmlEscaped()));
    } else {
        QString s = m_hints.focusStatement.simplified();
        if (s.size() > 400)
            s = s.left(399) + QChar(0x2026);
        m_focus->setText(QStringLiteral("<a href=\"focus:\" style=\"text-decoration:none;\">“%1”</a>").arg(s.toHtmlEscaped()));
        m_focus->setToolTip(tr("Show it in the report"));
        connect(m_focus, &QLabel::linkActivated, this, [this] { emit focusActivated(m_hints.focusSpan); });
    }
    focusLayout->addWidget(m_focus);
    m_contentLayout->addWidget(focus);

    if (!m_hints.subFault.subFault.isEmpty()) {
        auto *sub = new QLabel(tr("Sub-fault: <b>%1</b> (%2)")
                                   .arg(m_hints.subFault.subFault.toHtmlEscaped(),
                                        m_hints.subFault.evidence.join(QStringLiteral(", ")).toHtmlEscaped()),
                               m_content);
        sub->setWordWrap(true);
        m_contentLayout->addWidget(sub);
    }

    // Follow-up questions to paste as a comment on the report.
    QGroupBox *questions = section(tr("Follow-up questions"), m_content);
    auto *qLayout = new QVBoxLayout(questions);
    if (m_hints.followUpQuestions.isEmpty()) {
        auto *none = new QLabel(tr("None: the report has the information the rules ask for."), questions);
        none->setWordWrap(true);
        qLayout->addWidget(none);
    } else {
        QStringList items;
        for (const QString &q : m_hints.followUpQuestions)
            items << QStringLiteral("<li>%1</li>").arg(q.toHtmlEscaped());
        auto *list = new QLabel(QStringLiteral("<ul style=\"margin-left:-20px;\">%1</ul>").arg(items.join(QString())), questions);
        list->setWordWrap(true);
        list->setTextInteractionFlags(Qt::TextSelectableByMouse);
        qLayout->addWidget(list);
        auto *copy = new QPushButton(tr("Copy as comment"), questions);
        copy->setToolTip(tr("Copy the questions to the clipboard, ready to paste on the report"));
        connect(copy, &QPushButton::clicked, this, &HintsPanel::copyFollowUps);
        qLayout->addWidget(copy, 0, Qt::AlignLeft);
    }
    m_contentLayout->addWidget(questions);

    m_rules = new QLabel(m_content);
    m_rules->setWordWrap(true);
    QString rules = tr("Rules: %1").arg(m_hints.rulesSource.toHtmlEscaped());
    if (!m_hints.rulesNote.isEmpty())
        rules += QStringLiteral("<br>") + m_hints.rulesNote.toHtmlEscaped();
    if (!m_hints.scorerId.isEmpty())
        rules += QStringLiteral("<br>") + tr("Statements ranked by: %1").arg(m_hints.scorerId.toHtmlEscaped());
    if (!m_hints.scorerNote.isEmpty())
        rules += QStringLiteral("<br>") + m_hints.scorerNote.toHtmlEscaped();
    m_rules->setText(QStringLiteral("<small>%1</small>").arg(rules));
    m_rules->setEnabled(false);
    m_contentLayout->addWidget(m_rules);
    m_contentLayout->addStretch(1);
}

bool HintsPanel::copyFollowUps()
{
    const QString text = m_hints.followUpComment();
    if (text.isEmpty())
        return false;
    QApplication::clipboard()->setText(text);
    emit followUpsCopied();
    return true;
}

void HintsPanel::focusNextAction()
{
    if (m_actionButtons.isEmpty())
        return;
    int current = -1;
    for (int i = 0; i < m_actionButtons.size(); ++i)
        if (m_actionButtons.at(i)->hasFocus())
            current = i;
    m_actionButtons.at((current + 1) % m_actionButtons.size())->setFocus(Qt::ShortcutFocusReason);
}

} // namespace dlrepro
