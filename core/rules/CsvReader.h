#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// One CSV record and the 1-based line of the file it starts on (a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

struct CsvError
{
    int line = 0;   // 1-based
    int column = 0; // 1-based field number
    QString message;
};

// An RFC 4180 reader: quoted fields with "" escapes, embedded commas and line breaks, LF, CRLF
// or CR line ends, a UTF-8 byte-order mark. Invalid UTF-8 becomes U+FFFD rather than an error
// (the study's files come from spreadsheets). Blank lines are skipped. Linear time, no regex.
class CsvReader
{
public:
    // Returns false and fills *error on a stray quote in an unquoted field, text after a closing
    // quote, or an unterminated quoted field.
    static bool parse(const QByteArray &data, QList<CsvRecord> *records, CsvError *error);
    static bool parse(const QString &text, QList<CsvRecord> *records, CsvError *error);

    // Writes one record, quoting only the fields that need it.
    static QString formatRecord(const QStringList &fields);
};

} // namespace dlrepro
