#include "ProjectStore.h"

#include <QCoreApplication>

namespace dlrepro {

const Schema &projectSchema()
{
    static const Schema schema{QStringLiteral("dlrepro-project"), {}};
    return schema;
}

std::unique_ptr<ProjectStore> openProject(const QString &path, QString *error, OpenMode)
{
    if (error)
        *error = QCoreApplication::translate("ProjectStore", "%1: project databases are not available yet").arg(path);
    return nullptr;
}

QString modificationId(Modification m)
{
    return m == Modification::Minor ? QStringLiteral("minor") : m == Modification::Major ? QStringLiteral("major") : QString();
}

bool parseModification(const QString &text, Modification *out)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) { *out = Modification::Unknown; return true; }
    if (t == QLatin1String("minor")) { *out = Modification::Minor; return true; }
    if (t == QLatin1String("major")) { *out = Modification::Major; return true; }
    return false;
}

bool Annotation::sameLabel(const Annotation &o) const
{
    return bugType == o.bugType && subFault == o.subFault && information == o.information && actions == o.actions;
}

Transaction Annotation::toTransaction() const
{
    Transaction t;
    t.bugType = bugType;
    for (Item i : information.items())
        t.items.insert(i);
    for (Item i : actions.items())
        t.items.insert(i);
    t.informationRecorded = informationRecorded;
    t.actionsRecorded = actionsRecorded;
    t.subFault = subFault;
    t.minutesTaken = minutes;
    t.reproduced = reproduced;
    return t;
}

} // namespace dlrepro
