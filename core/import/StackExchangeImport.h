#pragma once

#include "ReportImport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace dlrepro {

// Stack Exchange API 2.3: one question object, {"items": [...]} (answers among the items are
// attached to their questions), or a bare array of items. Bodies are HTML.
ImportResult importStackExchangeJson(const QJsonDocument &document, const QString &inputName);

// True when the object looks like an API question or answer (has question_id or answer_id).
bool isStackExchangeItem(const QJsonObject &object);

// A question's web address from its id, for sources that carry no link.
QString stackOverflowQuestionUrl(qint64 questionId);

} // namespace dlrepro
