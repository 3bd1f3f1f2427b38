#pragma once

#include "ReportImport.h"

#include <QJsonDocument>

namespace dlrepro {

// Content first, the file name's extension only to settle what the content leaves open.

// Starts like JSON ('{' or '[' followed by what JSON allows), or the extension says JSON.
bool looksLikeJson(const QByteArray &data, const QString &fileName);
// Several JSON objects, one per line (".jsonl", or a first line that is a whole object).
bool looksLikeJsonLines(const QByteArray &data, const QString &fileName);
// Which importer a parsed JSON document is for, from its keys; Auto when none fits.
InputFormat formatOfJson(const QJsonDocument &document);
// PostsXml, Html, Markdown or PlainText for text that is not JSON.
InputFormat sniffMarkupFormat(QStringView text, const QString &fileName);

} // namespace dlrepro
