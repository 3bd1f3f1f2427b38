#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace dlrepro {

// Parses JSON from bytes off the web or disk. Invalid UTF-8 is replaced (U+FFFD), not refused.
// On failure *error says "invalid JSON at offset N: <Qt's message>".
bool parseJsonInput(const QByteArray &data, QJsonDocument *document, QString *error);

// Bytes as valid UTF-8: unchanged when already valid, else with replacement characters.
QByteArray sanitizedUtf8(const QByteArray &data);

} // namespace dlrepro
