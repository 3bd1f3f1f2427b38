#include "Inspection.h"

#include <QCoreApplication>
#include <QTextStream>

namespace dlrepro {

namespace {


// One line, at most `width` characters: facts quote the report, which may hold long lines.
QString clip(QString s, qsizetype width)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s = s.simplified();
    if (s.size() > width)
        s = s.left(width - 1) + QChar(0x2026);
    return s;
}

QString factSummary(const Fact &f)
{
    QString s = f.name;
    if (!f.value.isEmpty() && f.value.compare(f.name, Qt::CaseInsensitive) != 0)
        s += (s.isEmpty() ? QString() : QStringLiteral(" = ")) + f.value;
    if (!f.unit.isEmpty())
        s += f.unit == QLatin1String("%") ? f.unit : QLatin1Char(' ') + f.unit;
    if (!f.detail.isEmpty())
        s += QStringLiteral(" (") + f.detail + QLatin1Char(')');
    return s;
}

// 1-based line of a position, for people reading the report in an editor.
int lineOf(const QString &text, qsizetype pos)
{
    return int(QStringView(text).left(pos).count(QLatin1Char('\n'))) + 1;
}

} // namespace

QString inspectionToText(const Inspection &in)
{
    QString out;
    QTextStream s(&out);
    const Report &r = in.report;
    s << r.id << QStringLiteral("  ") << (r.title.isEmpty() ? QCoreApplication::translate("InspectionText", "(untitled)") : r.title) << '\n';
    if (!r.url.isEmpty())
        s << QCoreApplication::translate("InspectionText", "URL:") << ' ' << r.url << '\n';
    if (!r.tags.isEmpty())
        s << QCoreApplication::translate("InspectionText", "Tags:") << ' ' << r.tags.join(QStringLiteral(", ")) << '\n';
    s << QCoreApplication::translate("InspectionText", "Frameworks:") << ' '
      << (in.frameworks.isEmpty() ? QCoreApplication::translate("InspectionText", "none detected") : in.frameworks.join(QStringLiteral(", "))) << '\n';
    int code = 0, console = 0, traceback = 0;
    for (const CodeBlock &b : r.body.codeBlocks)
        (b.kind == CodeBlockKind::Code ? code : b.kind == CodeBlockKind::Console ? console : traceback)++;
    s << QCoreApplication::translate("InspectionText", "Blocks:") << ' '
      << QCoreApplication::translate("InspectionText", "%1 code, %2 console output, %3 traceback").arg(code).arg(console).arg(traceback) << '\n';
    s << QCoreApplication::translate("InspectionText", "Answers:") << ' ' << r.answers.size()
      << (r.acceptedAnswer() ? QCoreApplication::translate("InspectionText", " (one accepted)") : QString()) << '\n';

    s << '\n' << QCoreApplication::translate("InspectionText", "Bug type:") << ' ' << bugTypeName(in.bugType.type);
    if (!in.bugType.parts.isEmpty()) {
        QStringList names;
        for (BugType t : in.bugType.parts)
            names << bugTypeName(t);
        s << QStringLiteral(" (") << names.join(QStringLiteral(" + ")) << ')';
    }
    s << QStringLiteral("  [") << QString::number(in.bugType.confidence, 'f', 2) << QStringLiteral("]\n");
    if (!in.bugType.reason.isEmpty())
        s << QStringLiteral("  ") << in.bugType.reason << '\n';

    s << '\n' << QCoreApplication::translate("InspectionText", "Information") << '\n';
    for (const InformationAssessment &a : in.information) {
        s << QStringLiteral("  ") << informationName(a.category).leftJustified(16) << ' '
          << (a.present ? QCoreApplication::translate("InspectionText", "present") : QCoreApplication::translate("InspectionText", "missing")).leftJustified(8) << ' '
          << QString::number(a.confidence, 'f', 2) << QStringLiteral("  ") << clip(a.evidence, 70) << '\n';
        if (!a.present && !a.followUpQuestion.isEmpty())
            s << QStringLiteral("  ") << QString().leftJustified(16) << QStringLiteral(" -> ") << QCoreApplication::translate("InspectionText", "Ask:") << ' '
              << a.followUpQuestion << '\n';
    }

    s << '\n' << QCoreApplication::translate("InspectionText", "Facts (%1)").arg(in.facts.size()) << '\n';
    for (const Fact &f : in.facts) {
        s << QStringLiteral("  ") << factKindId(f.kind).leftJustified(17) << ' ' << clip(factSummary(f), 60);
        if (f.span.isValid() && f.span.end() <= r.body.text.size())
            s << QStringLiteral("  [") << QCoreApplication::translate("InspectionText", "line %1").arg(lineOf(r.body.text, f.span.start)) << ']';
        s << '\n';
    }
    s.flush();
    return out;
}

} // namespace dlrepro
