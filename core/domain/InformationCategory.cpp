#include "InformationCategory.h"

#include <QCoreApplication>

namespace dlrepro {

namespace {
struct Row {
    InformationCategory category;
    char letter;
    const char *id;
    const char *name;
};
constexpr Row kRows[] = {
    {InformationCategory::Data, 'D', "data", QT_TRANSLATE_NOOP("InformationCategory", "Data")},
    {InformationCategory::Model, 'N', "model", QT_TRANSLATE_NOOP("InformationCategory", "Model")},
    {InformationCategory::Hyperparameters, 'H', "hyperparameters",
     QT_TRANSLATE_NOOP("InformationCategory", "Hyperparameters")},
    {InformationCategory::CodeSnippet, 'C', "code", QT_TRANSLATE_NOOP("InformationCategory", "Code Snippet")},
    {InformationCategory::Logs, 'L', "logs", QT_TRANSLATE_NOOP("InformationCategory", "Logs")},
};
const Row &row(InformationCategory c)
{
    for (const auto &r : kRows)
        if (r.category == c)
            return r;
    return kRows[0];
}
} // namespace

QChar informationLetter(InformationCategory c) { return QLatin1Char(row(c).letter); }
QString informationId(InformationCategory c) { return QString::fromLatin1(row(c).id); }
QString informationName(InformationCategory c)
{
    return QCoreApplication::translate("InformationCategory", row(c).name);
}

bool parseInformationCategory(const QString &text, InformationCategory *out)
{
    const QString t = text.trimmed().toLower();
    for (const auto &r : kRows) {
        if (t == QLatin1String(r.id) || t == QString::fromLatin1(r.name).toLower()
            || (t.size() == 1 && t.at(0) == QChar(QLatin1Char(r.letter)).toLower())) {
            *out = r.category;
            return true;
        }
    }
    // The replication CSVs' column names.
    if (t == QLatin1String("neural network")) { *out = InformationCategory::Model; return true; }
    if (t == QLatin1String("training code") || t == QLatin1String("code snippet")) {
        *out = InformationCategory::CodeSnippet;
        return true;
    }
    return false;
}

QList<InformationCategory> allInformationCategories()
{
    return {InformationCategory::Data, InformationCategory::Model, InformationCategory::Hyperparameters,
            InformationCategory::CodeSnippet, InformationCategory::Logs};
}

} // namespace dlrepro
