#include "Transaction.h"

namespace dlrepro {

namespace {
struct SubFaultRow {
    const char *name;
    const char *shortName;
    BugType type;
};
constexpr SubFaultRow kSubFaults[] = {
    {"Optimisation", "Optimization", BugType::Training},
    {"Loss function", "Loss", BugType::Training},
    {"Hyperparameters", "Hyperparameter", BugType::Training},
    {"Layer type & properties", "Layer", BugType::Model},
    {"Model type & properties", "Model", BugType::Model},
};
} // namespace

QString canonicalSubFault(const QString &text)
{
    QString t = text.simplified().toLower();
    t.replace(QLatin1String(" and "), QLatin1String(" & "));
    for (const auto &r : kSubFaults) {
        const QString name = QString::fromLatin1(r.name);
        if (t == name.toLower() || t == QString::fromLatin1(r.shortName).toLower())
            return name;
    }
    if (t == QLatin1String("optimization"))
        return QStringLiteral("Optimisation");
    return {};
}

BugType subFaultBugType(const QString &canonical)
{
    for (const auto &r : kSubFaults)
        if (canonical == QLatin1String(r.name))
            return r.type;
    return BugType::Unknown;
}

QStringList allSubFaults()
{
    QStringList out;
    for (const auto &r : kSubFaults)
        out << QString::fromLatin1(r.name);
    return out;
}

} // namespace dlrepro
