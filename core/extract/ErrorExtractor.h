#pragma once

#include "report/Fact.h"

#include <QList>
#include <QString>

namespace dlrepro {

// Python exceptions quoted in text: a traceback's final line or an error line in prose
// ("TypeError: 'int' object is not callable"). Only a type followed by a message counts;
// warnings are not errors. Of a chained traceback ("During handling of the above
// exception…") only the last exception is kept, which is the one the user saw.
QList<Fact> extractErrors(const QString &text);

} // namespace dlrepro
