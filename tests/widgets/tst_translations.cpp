// The German catalog must stay complete: lupdate runs over the current sources into a copy of
// dlrepro_de.ts, and every message left unfinished (a new or changed string) is named.
#include "Translations.h"

#include "domain/InformationCategory.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kSourceDir = QStringLiteral(DLREPRO_SOURCE_DIR);

QStringList translatableSources()
{
    QStringList files;
    for (const char *dir : {"core", "widgets", "app", "translations"}) {
        QDirIterator it(kSourceDir + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    files.sort();
    return files;
}

struct Unfinished {
    QStringList entries; // "context: source"
    int messages = 0;
};

Unfinished unfinishedMessages(const QString &tsPath, QString *error)
{
    Unfinished result;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tsPath + QStringLiteral(": cannot read");
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++result.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type == QLatin1String("unfinished") || text.trimmed().isEmpty())
                result.entries << context + QStringLiteral(": \"") + source + QLatin1Char('"');
        }
    }
    if (xml.hasError())
        *error = tsPath + QStringLiteral(": ") + xml.errorString();
    return result;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanCatalogIsComplete()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString ts = tmp.filePath(QStringLiteral("dlrepro_de.ts"));
        QVERIFY(QFile::copy(kSourceDir + QStringLiteral("/translations/dlrepro_de.ts"), ts));
        QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);

        const QStringList sources = translatableSources();
        QVERIFY(sources.size() > 10);
        QFile list(tmp.filePath(QStringLiteral("sources.lst")));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write(sources.join(QLatin1Char('\n')).toUtf8());
        list.close();

        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(DLREPRO_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                       QStringLiteral("none"),
                       // The include paths the build gives (core/, widgets/): without them lupdate
                       // cannot open "workspace/X.h"-style headers and files their classes' strings
                       // under contexts without the dlrepro:: namespace.
                       QStringLiteral("-I"), kSourceDir + QStringLiteral("/core"), QStringLiteral("-I"),
                       kSourceDir + QStringLiteral("/widgets"), QLatin1Char('@') + list.fileName(),
                       QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const Unfinished u = unfinishedMessages(ts, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(u.messages > 50);
        QVERIFY2(u.entries.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 messages lack a German translation "
                                           "(run `ninja dlrepro_translations_lupdate`, then translate "
                                           "translations/dlrepro_de.ts):\n  %3")
                                .arg(u.entries.size())
                                .arg(u.messages)
                                .arg(u.entries.join(QStringLiteral("\n  ")))));
    }

    void embeddedGermanCatalogLoads()
    {
        QVERIFY(dlrepro::availableLanguages().contains(QStringLiteral("de")));
        QCOMPARE(dlrepro::installTranslations(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(dlrepro::informationName(dlrepro::InformationCategory::CodeSnippet), QStringLiteral("Codeausschnitt"));
        QCOMPARE(dlrepro::informationName(dlrepro::InformationCategory::Hyperparameters), QStringLiteral("Hyperparameter"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
