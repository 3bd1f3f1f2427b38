#include "DiffPreviewDialog.h"

#include "CodeEditor.h"

#include "edit/EditProposal.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <vector>

namespace dlrepro {

LineChanges diffLines(const QString &oldText, const QString &newText)
{
    const QStringList a = oldText.split(QLatin1Char('\n'));
    const QStringList b = newText.split(QLatin1Char('\n'));
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    LineChanges out;
    if (n > 2000 || m > 2000) {
        for (qsizetype i = 0; i < n; ++i)
            out.removed << int(prefix + i);
        for (qsizetype j = 0; j < m; ++j)
            out.added << int(prefix + j);
        return out;
    }
    // lcs[i][j]: LCS length of a[prefix+i..] and b[prefix+j..]
    std::vector<int> lcs(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a.at(prefix + i) == b.at(prefix + j) ? at(i + 1, j + 1) + 1
                                                             : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a.at(prefix + i) == b.at(prefix + j)) {
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            out.removed << int(prefix + i++);
        } else {
            out.added << int(prefix + j++);
        }
    }
    while (i < n)
        out.removed << int(prefix + i++);
    while (j < m)
        out.added << int(prefix + j++);
    return out;
}

DiffPreviewDialog::DiffPreviewDialog(const QString &title, const QString &oldText, const QString &newText,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Proposed change: %1").arg(title));
    m_changes = diffLines(oldText, newText);

    m_old = new CodeEditor(this);
    m_new = new CodeEditor(this);
    m_old->setText(oldText);
    m_new->setText(newText);
    for (CodeEditor *e : {m_old, m_new})
        e->setReadOnly(true);
    const int removedMarker = m_old->markerDefine(QsciScintilla::Background);
    m_old->setMarkerBackgroundColor(QColor(0xFF, 0xD7, 0xD5), removedMarker);
    for (int line : m_changes.removed)
        m_old->markerAdd(line, removedMarker);
    const int addedMarker = m_new->markerDefine(QsciScintilla::Background);
    m_new->setMarkerBackgroundColor(QColor(0xCD, 0xF3, 0xD2), addedMarker);
    for (int line : m_changes.added)
        m_new->markerAdd(line, addedMarker);
    // Scroll together: the two sides are read line against line.
    connect(m_old->verticalScrollBar(), &QScrollBar::valueChanged, m_new->verticalScrollBar(), &QScrollBar::setValue);
    connect(m_new->verticalScrollBar(), &QScrollBar::valueChanged, m_old->verticalScrollBar(), &QScrollBar::setValue);

    auto *sides = new QHBoxLayout;
    auto column = [&](const QString &heading, CodeEditor *editor) {
        auto *box = new QVBoxLayout;
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped()), this);
        box->addWidget(label);
        box->addWidget(editor, 1);
        sides->addLayout(box, 1);
    };
    column(tr("Current snippet (%n line(s) removed)", nullptr, int(m_changes.removed.size())), m_old);
    column(tr("Proposed (%n line(s) added)", nullptr, int(m_changes.added.size())), m_new);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Accept change"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("&Reject"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_layout = new QVBoxLayout(this);
    m_layout->addLayout(sides, 1);
    m_layout->addWidget(buttons);
    resize(1100, 640);
}

QString proposalDetailsHtml(const Proposal &proposal)
{
    // Long lists are cut: the dialog is for deciding, the CLI's --json has everything.
    constexpr int kMaxItems = 12;
    auto list = [](const QStringList &items) -> QString {
        QString html = QStringLiteral("<ul style=\"margin-top:0\">");
        for (int i = 0; i < items.size() && i < kMaxItems; ++i)
            html += QStringLiteral("<li>%1</li>").arg(items.at(i).toHtmlEscaped());
        if (items.size() > kMaxItems)
            html += QStringLiteral("<li>…</li>");
        return html + QStringLiteral("</ul>");
    };
    auto heading = [](const QString &text) -> QString { return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()); };
    QString html;
    if (!proposal.rationale.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(heading(DiffPreviewDialog::tr("Why:")), proposal.rationale.toHtmlEscaped());
    QStringList changes;
    for (const CodeChange &c : proposal.changes)
        if (!c.description.isEmpty())
            changes << (c.line > 0 ? DiffPreviewDialog::tr("line %1: %2").arg(c.line).arg(c.description) : c.description);
    if (!changes.isEmpty())
        html += heading(DiffPreviewDialog::tr("Changes")) + list(changes);
    QStringList facts;
    for (const Fact &f : proposal.factsUsed) {
        QString what = f.name;
        if (!f.value.isEmpty())
            what += (what.isEmpty() ? QString() : QStringLiteral(" ")) + f.value;
        facts << QStringLiteral("%1: %2").arg(factKindName(f.kind), what.simplified());
    }
    if (!facts.isEmpty())
        html += heading(DiffPreviewDialog::tr("Report facts used")) + list(facts);
    if (!proposal.questions.isEmpty())
        html += heading(DiffPreviewDialog::tr("Questions the report leaves open")) + list(proposal.questions);
    if (!proposal.files.isEmpty())
        html += heading(DiffPreviewDialog::tr("Extra files")) + list(proposal.files.keys());
    return html;
}

void DiffPreviewDialog::showProposalDetails(const Proposal &proposal)
{
    if (!m_details) {
        m_details = new QTextBrowser(this);
        m_details->setObjectName(QStringLiteral("proposalDetails"));
        m_details->setOpenLinks(false);
        m_details->setMaximumHeight(200);
        m_layout->insertWidget(0, m_details);
    }
    m_details->setHtml(proposalDetailsHtml(proposal));
}

} // namespace dlrepro
