#include "BugType.h"

#include <QCoreApplication>

namespace dlrepro {

namespace {
struct BugTypeRow {
    BugType type;
    char letter;
    const char *id;
    const char *name;
};

constexpr BugTypeRow kRows[] = {
    {BugType::Training, 'T', "training", QT_TRANSLATE_NOOP("BugType", "Training")},
    {BugType::Model, 'M', "model", QT_TRANSLATE_NOOP("BugType", "Model")},
    {BugType::TensorInput, 'I', "tensor", QT_TRANSLATE_NOOP("BugType", "Tensor & Input")},
    {BugType::Api, 'A', "api", QT_TRANSLATE_NOOP("BugType", "API")},
    {BugType::Gpu, 'G', "gpu", QT_TRANSLATE_NOOP("BugType", "GPU")},
    {BugType::Mixed, 'X', "mixed", QT_TRANSLATE_NOOP("BugType", "Mixed")},
    {BugType::Unknown, '?', "unknown", QT_TRANSLATE_NOOP("BugType", "Unknown")},
};

const BugTypeRow &row(BugType type)
{
    for (const auto &r : kRows)
        if (r.type == type)
            return r;
    return kRows[std::size(kRows) - 1];
}
} // namespace

QChar bugTypeLetter(BugType type) { return QLatin1Char(row(type).letter); }
QString bugTypeId(BugType type) { return QString::fromLatin1(row(type).id); }
QString bugTypeName(BugType type)
{
    return QCoreApplication::translate("BugType", row(type).name);
}

bool parseBugType(const QString &text, BugType *out)
{
    QString t = text.trimmed().toLower();
    if (t.endsWith(QLatin1String(" bug")))
        t.chop(4);
    t.replace(QLatin1String(" and "), QLatin1String(" & "));
    for (const auto &r : kRows) {
        if (r.type == BugType::Unknown)
            continue;
        const QString name = QString::fromLatin1(r.name).toLower();
        if (t == QLatin1String(r.id) || t == name
            || (t.size() == 1 && t.at(0) == QChar(QLatin1Char(r.letter)).toLower())
            || (r.type == BugType::TensorInput && (t == QLatin1String("tensor & input") || t == QLatin1String("tensor")))) {
            *out = r.type;
            return true;
        }
    }
    return false;
}

QList<BugType> allBugTypes()
{
    return {BugType::Training, BugType::Model, BugType::TensorInput, BugType::Api, BugType::Gpu, BugType::Mixed};
}

} // namespace dlrepro
