#pragma once

#include <QString>

namespace dlrepro {

// Installs dlrepro's translation (embedded as :/i18n/dlrepro_<lang>.qm) and Qt's own for the
// language: a code such as "de" or "de_DE", or empty for the system locale. Falls back to the
// English source text quietly when there is no translation. Call after the Q*Application exists.
// Returns the name of the language whose catalog was installed, or an empty string.
QString installTranslations(const QString &language = QString());

// The languages dlrepro ships a catalog for ("de", "en").
QStringList availableLanguages();

} // namespace dlrepro
