#include "stats/TableFormat.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace dlrepro {

int TextTable::columnCount() const
{
    qsizetype n = headers.size();
    for (const QStringList &row : rows)
        n = std::max(n, row.size());
    return int(n);
}

namespace {

QStringList padded(const QStringList &row, int columns)
{
    QStringList out = row;
    while (out.size() < columns)
        out << QString();
    return out;
}

ColumnAlign alignOf(const TextTable &t, int column)
{
    return column < t.alignment.size() ? t.alignment.at(column) : ColumnAlign::Left;
}

QString csvField(const QString &cell)
{
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r'))
        return cell;
    QString quoted = cell;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString markdownCell(const QString &cell)
{
    QString out;
    out.reserve(cell.size());
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        if (c == u'\\' || c == u'|')
            out += u'\\';
        if (c == u'\r') {
            if (i + 1 < cell.size() && cell.at(i + 1) == u'\n')
                ++i;
            out += u"<br>"_s;
        } else if (c == u'\n') {
            out += u"<br>"_s;
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace

QString toCsv(const TextTable &table)
{
    const int columns = table.columnCount();
    QString out;
    auto line = [&](const QStringList &row) {
        QStringList cells;
        for (const QString &c : padded(row, columns))
            cells << csvField(c);
        out += cells.join(u',') + u"\r\n"_s;
    };
    if (!table.headers.isEmpty())
        line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

QString toMarkdown(const TextTable &table)
{
    const int columns = table.columnCount();
    if (columns == 0)
        return table.caption.isEmpty() ? QString() : u"**"_s + markdownCell(table.caption) + u"**\n"_s;
    QString out;
    if (!table.caption.isEmpty())
        out += u"**"_s + markdownCell(table.caption) + u"**\n\n"_s;
    auto line = [&](const QStringList &row) {
        out += u'|';
        for (const QString &c : padded(row, columns))
            out += u' ' + markdownCell(c) + u" |"_s;
        out += u'\n';
    };
    // GitHub needs a header row; an untitled table gets an empty one.
    line(table.headers);
    out += u'|';
    for (int c = 0; c < columns; ++c) {
        switch (alignOf(table, c)) {
        case ColumnAlign::Left: out += u" --- |"_s; break;
        case ColumnAlign::Right: out += u" ---: |"_s; break;
        case ColumnAlign::Center: out += u" :---: |"_s; break;
        }
    }
    out += u'\n';
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

QString latexEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\': out += u"\\textbackslash{}"_s; break;
        case u'~': out += u"\\textasciitilde{}"_s; break;
        case u'^': out += u"\\textasciicircum{}"_s; break;
        case u'#': case u'$': case u'%': case u'&': case u'_': case u'{': case u'}':
            out += u'\\';
            out += c;
            break;
        case u'\n': case u'\r': out += u' '; break;
        default: out += c;
        }
    }
    return out;
}

QString toLatex(const TextTable &table)
{
    const int columns = table.columnCount();
    QString spec;
    for (int c = 0; c < columns; ++c) {
        switch (alignOf(table, c)) {
        case ColumnAlign::Left: spec += u'l'; break;
        case ColumnAlign::Right: spec += u'r'; break;
        case ColumnAlign::Center: spec += u'c'; break;
        }
    }
    const bool floating = !table.caption.isEmpty();
    QString out;
    if (floating) {
        out += u"\\begin{table}[htbp]\n\\centering\n\\caption{"_s + latexEscape(table.caption) + u"}\n"_s;
        if (!table.label.isEmpty())
            out += u"\\label{"_s + table.label + u"}\n"_s;
    }
    out += u"\\begin{tabular}{"_s + spec + u"}\n\\toprule\n"_s;
    auto line = [&](const QStringList &row) {
        QStringList cells;
        for (const QString &c : padded(row, columns))
            cells << latexEscape(c);
        out += cells.join(u" & "_s) + u" \\\\\n"_s;
    };
    if (!table.headers.isEmpty()) {
        line(table.headers);
        out += u"\\midrule\n"_s;
    }
    for (const QStringList &row : table.rows)
        line(row);
    out += u"\\bottomrule\n\\end{tabular}\n"_s;
    if (floating)
        out += u"\\end{table}\n"_s;
    return out;
}

QString toPlainText(const TextTable &table)
{
    const int columns = table.columnCount();
    std::vector<qsizetype> width(std::size_t(columns), 0);
    auto measure = [&](const QStringList &row) {
        for (qsizetype c = 0; c < row.size(); ++c)
            width[std::size_t(c)] = std::max(width[std::size_t(c)], row.at(c).size());
    };
    measure(table.headers);
    for (const QStringList &row : table.rows)
        measure(row);
    QString out;
    if (!table.caption.isEmpty())
        out += table.caption + u'\n';
    auto line = [&](const QStringList &row) {
        QString text;
        const QStringList cells = padded(row, columns);
        for (int c = 0; c < columns; ++c) {
            if (c > 0)
                text += u"  "_s;
            const qsizetype w = width[std::size_t(c)];
            switch (alignOf(table, c)) {
            case ColumnAlign::Right: text += cells.at(c).rightJustified(w); break;
            case ColumnAlign::Center: {
                const qsizetype left = (w - cells.at(c).size()) / 2;
                text += QString(left, u' ') + cells.at(c).leftJustified(w - left);
                break;
            }
            case ColumnAlign::Left: text += cells.at(c).leftJustified(w); break;
            }
        }
        while (text.endsWith(u' '))
            text.chop(1);
        out += text + u'\n';
    };
    if (!table.headers.isEmpty()) {
        line(table.headers);
        qsizetype total = 0;
        for (qsizetype w : width)
            total += w;
        out += QString(total + 2 * std::max(0, columns - 1), u'-') + u'\n';
    }
    for (const QStringList &row : table.rows)
        line(row);
    return out;
}

} // namespace dlrepro
