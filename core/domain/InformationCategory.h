#pragma once

#include <QList>
#include <QString>

namespace dlrepro {

// What a report can carry (thesis section 4.3.6): Data D, Model N, Hyperparameters H,
// Code snippet C, Logs L.
enum class InformationCategory { Data, Model, Hyperparameters, CodeSnippet, Logs };

QChar informationLetter(InformationCategory c);
QString informationId(InformationCategory c); // data, model, hyperparameters, code, logs
QString informationName(InformationCategory c); // translatable: "Code Snippet"
bool parseInformationCategory(const QString &text, InformationCategory *out);
QList<InformationCategory> allInformationCategories();

} // namespace dlrepro
