#pragma once

// Builds dlrepro::Report values by hand for the classify tests, with code block spans that point
// at the right place in Post::text, so the tests do not depend on the importers or the fact
// extractor.

#include "report/Fact.h"
#include "report/Report.h"

#include <QStringList>

namespace dlrepro::testing {

class ReportBuilder
{
public:
    ReportBuilder &title(const QString &t) { m_report.title = t; return *this; }
    ReportBuilder &tags(const QStringList &t) { m_report.tags = t; return *this; }
    ReportBuilder &text(const QString &prose)
    {
        separate();
        m_report.body.text += prose;
        return *this;
    }
    ReportBuilder &code(const QString &code, CodeBlockKind kind = CodeBlockKind::Code,
                        const QString &language = QStringLiteral("python"))
    {
        separate();
        CodeBlock b;
        b.text = code;
        b.kind = kind;
        b.language = language;
        b.span = {m_report.body.text.size(), code.size()};
        m_report.body.text += code;
        m_report.body.codeBlocks << b;
        return *this;
    }
    Report build() const { return m_report; }

private:
    void separate()
    {
        if (!m_report.body.text.isEmpty())
            m_report.body.text += QStringLiteral("\n\n");
    }
    Report m_report;
};

inline Fact fact(FactKind kind, const QString &name, const QString &value = QString(), double number = std::nan(""),
                 const QString &unit = QString())
{
    Fact f;
    f.kind = kind;
    f.name = name;
    f.value = value;
    f.number = number;
    f.unit = unit;
    return f;
}

inline Fact errorFact(const QString &name, const QString &message) { return fact(FactKind::Error, name, message); }

} // namespace dlrepro::testing
