#pragma once

#include "ReportImport.h"

#include <QIODevice>

namespace dlrepro {

// Reports for the questions in a Posts.xml (one <row/> or a whole <posts> file), with their
// answers attached and the accepted one marked. Rows are streamed; only the reports are kept.
ImportResult importPostsXml(QIODevice *device, const QString &inputName);

} // namespace dlrepro
