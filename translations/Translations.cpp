#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace dlrepro {

namespace {
const QString kResourceDir = QStringLiteral(":/i18n");
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(kResourceDir).entryList({QStringLiteral("dlrepro_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &f : files)
        languages << f.mid(8, f.size() - 8 - 3);
    return languages;
}

QString installTranslations(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return QString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    // English is the source language, but its catalog carries the plural forms ("1 fact"),
    // so it is the fallback for a locale without a catalog (and for the C locale).
    if (own->load(locale, QStringLiteral("dlrepro"), QStringLiteral("_"), kResourceDir)
        || own->load(QStringLiteral("dlrepro_en"), kResourceDir)) {
        QCoreApplication::installTranslator(own);
        return own->language();
    }
    delete own;
    return QString();
}

} // namespace dlrepro
