#include "JsonInput.h"

#include <QJsonParseError>
#include <QStringDecoder>

namespace dlrepro {

QByteArray sanitizedUtf8(const QByteArray &data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    if (!decoder.hasError())
        return data;
    return text.toUtf8();
}

bool parseJsonInput(const QByteArray &data, QJsonDocument *document, QString *error)
{
    QJsonParseError parseError;
    *document = QJsonDocument::fromJson(sanitizedUtf8(data), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("invalid JSON at offset %1: %2")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    return true;
}

} // namespace dlrepro
