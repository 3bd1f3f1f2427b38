#include "CommitDiffView.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSyntaxHighlighter>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

// Shades a unified patch line by line. Shaded lines force black text so that they stay readable
// under a dark palette, as the proposal dialog's markers do.
class PatchHighlighter : public QSyntaxHighlighter
{
public:
    using QSyntaxHighlighter::QSyntaxHighlighter;

protected:
    void highlightBlock(const QString &line) override
    {
        QTextCharFormat f;
        if (line.startsWith(QLatin1String("diff --git"))) {
            f.setFontWeight(QFont::Bold);
        } else if (line.startsWith(QLatin1String("+++")) || line.startsWith(QLatin1String("---"))
                   || line.startsWith(QLatin1String("index "))) {
            f.setForeground(QColor(0x6A, 0x72, 0x7D));
        } else if (line.startsWith(QLatin1String("@@"))) {
            f.setForeground(QColor(0x15, 0x65, 0xC0));
        } else if (line.startsWith(QLatin1Char('+'))) {
            f.setBackground(QColor(0xCD, 0xF3, 0xD2));
            f.setForeground(Qt::black);
        } else if (line.startsWith(QLatin1Char('-'))) {
            f.setBackground(QColor(0xFF, 0xD7, 0xD5));
            f.setForeground(Qt::black);
        } else {
            return;
        }
        setFormat(0, int(line.size()), f);
    }
};

} // namespace

CommitDiffView::CommitDiffView(QWidget *parent) : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("commitHeader"));
    // One line that never widens the dock; the message is above the patch.
    m_header->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_patch = new QPlainTextEdit(this);
    m_patch->setObjectName(QStringLiteral("commitPatch"));
    m_patch->setReadOnly(true);
    m_patch->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_patch->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    new PatchHighlighter(m_patch->document());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_patch, 1);
    clear();
}

void CommitDiffView::showDiff(const GitCommitInfo &commit, const GitDiff &diff)
{
    m_sha = commit.sha;
    QStringList files;
    for (const GitFileStat &f : diff.files)
        files << (f.binary ? tr("%1 %2 (binary)").arg(f.status).arg(f.path)
                           : tr("%1 %2 (+%3 −%4)").arg(f.status).arg(f.path).arg(f.additions).arg(f.deletions));
    const QString counts = tr("%n file(s) changed, +%1 −%2", nullptr, int(diff.files.size())).arg(diff.additions).arg(diff.deletions);
    m_header->setText(QStringLiteral("<code>%1</code> — %2%3")
                          .arg(commit.sha.left(8), counts.toHtmlEscaped(),
                               files.isEmpty() ? QString() : QStringLiteral(" · ") + files.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_header->setToolTip(files.join(QLatin1Char('\n')));

    // Laid out as git show does: the message indented above the patch, so that it wraps with
    // the text and never shades as a changed line.
    QString text = tr("commit %1").arg(commit.sha) + QLatin1Char('\n');
    text += tr("Author: %1 <%2>").arg(commit.authorName, commit.authorEmail) + QLatin1Char('\n');
    text += tr("Date:   %1").arg(QLocale().toString(commit.time.toLocalTime(), QLocale::LongFormat)) + QStringLiteral("\n\n");
    for (const QString &line : commit.message.trimmed().split(QLatin1Char('\n')))
        text += QStringLiteral("    ") + line + QLatin1Char('\n');
    text += QLatin1Char('\n');
    QString patch = diff.patch;
    if (patch.size() > kMaxPatchChars) {
        patch.truncate(kMaxPatchChars);
        patch += QLatin1Char('\n') + tr("… (the patch is cut here; %1 characters in all)").arg(diff.patch.size());
    }
    text += patch.isEmpty() ? tr("(this commit changes no file)") : patch;
    m_patch->setPlainText(text);
}

void CommitDiffView::showMessage(const QString &text)
{
    m_sha.clear();
    m_header->setText(text.toHtmlEscaped());
    m_header->setToolTip(QString());
    m_patch->clear();
}

void CommitDiffView::clear() { showMessage(tr("Select a commit to see what it changed.")); }

} // namespace dlrepro
