#include "CsvReader.h"

namespace dlrepro {

bool CsvReader::parse(const QByteArray &data, QList<CsvRecord> *records, CsvError *error)
{
    // fromUtf8 drops nothing and never fails: invalid sequences become U+FFFD.
    QByteArrayView view(data);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    return parse(QString::fromUtf8(view), records, error);
}

bool CsvReader::parse(const QString &input, QList<CsvRecord> *records, CsvError *error)
{
    records->clear();
    QStringView text(input);
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);

    int line = 1;
    CsvRecord record;
    record.line = 1;
    QString field;
    bool inQuotes = false;
    bool quotedField = false;   // the current field started with a quote
    bool afterClosing = false;  // a quoted field has been closed; only a separator may follow
    bool recordHasData = false; // blank lines make no record
    int quoteLine = 0;

    auto fail = [&](int atLine, const QString &message) {
        if (error) {
            error->line = atLine;
            error->column = int(record.fields.size()) + 1;
            error->message = message;
        }
        records->clear();
        return false;
    };
    auto endField = [&]() {
        record.fields.append(field);
        field.clear();
        quotedField = false;
        afterClosing = false;
    };
    auto endRecord = [&]() {
        if (recordHasData || !record.fields.isEmpty() || !field.isEmpty()) {
            endField();
            records->append(record);
        }
        record = CsvRecord();
        field.clear();
        quotedField = afterClosing = recordHasData = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text[i + 1] == QLatin1Char('"')) {
                    field.append(QLatin1Char('"'));
                    ++i;
                } else {
                    inQuotes = false;
                    afterClosing = true;
                }
            } else {
                if (c == QLatin1Char('\r')) {
                    // CRLF inside quotes is one line break, kept as \n.
                    if (i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                        ++i;
                    field.append(QLatin1Char('\n'));
                    ++line;
                } else {
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field.append(c);
                }
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            recordHasData = true;
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else if (c == QLatin1Char('"')) {
            if (afterClosing || !field.isEmpty() || quotedField)
                return fail(line, QStringLiteral("unexpected quote inside a field (quote the whole field and double inner quotes)"));
            inQuotes = true;
            quotedField = true;
            recordHasData = true;
            quoteLine = line;
        } else {
            if (afterClosing)
                return fail(line, QStringLiteral("text after the closing quote of a field"));
            field.append(c);
            recordHasData = true;
        }
    }
    if (inQuotes)
        return fail(quoteLine, QStringLiteral("quoted field not closed before the end of the file"));
    endRecord();
    return true;
}

QString CsvReader::formatRecord(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields) {
        if (f.contains(QLatin1Char(',')) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n'))
            || f.contains(QLatin1Char('\r')) || f.startsWith(QLatin1Char(' ')) || f.endsWith(QLatin1Char(' '))) {
            QString q = f;
            q.replace(QLatin1String("\""), QLatin1String("\"\""));
            out << QLatin1Char('"') + q + QLatin1Char('"');
        } else {
            out << f;
        }
    }
    return out.join(QLatin1Char(','));
}

} // namespace dlrepro
