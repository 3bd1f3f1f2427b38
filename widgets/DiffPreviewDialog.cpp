#include "DiffPreviewDialog.h"

#include "CodeEditor.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
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

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sides, 1);
    layout->addWidget(buttons);
    resize(1100, 640);
}

} // namespace dlrepro
