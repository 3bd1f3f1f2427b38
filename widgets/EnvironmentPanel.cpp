#include "EnvironmentPanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

QString probedName(const QString &reported)
{
    const QString n = reported.toLower();
    if (n == QLatin1String("pytorch") || n == QLatin1String("torch"))
        return QStringLiteral("torch");
    if (n == QLatin1String("scikit-learn") || n == QLatin1String("sklearn"))
        return QStringLiteral("sklearn");
    if (n.startsWith(QLatin1String("tensorflow")) || n == QLatin1String("tf"))
        return QStringLiteral("tensorflow");
    return n;
}

// "1.13.0a0" against "1.4": equal on the report's components.
bool sameVersion(const QString &reported, const QString &local)
{
    static const auto parts = [](const QString &v) {
        QList<int> out;
        for (const QString &p : v.split(QLatin1Char('.'))) {
            qsizetype digits = 0;
            while (digits < p.size() && p.at(digits).isDigit())
                ++digits;
            if (digits == 0)
                break;
            out << p.left(digits).toInt();
            if (digits < p.size())
                break;
        }
        return out;
    };
    const QList<int> r = parts(reported);
    const QList<int> l = parts(local);
    if (r.isEmpty())
        return true; // nothing comparable
    for (qsizetype i = 0; i < r.size(); ++i)
        if (i >= l.size() || r.at(i) != l.at(i))
            return false;
    return true;
}

} // namespace

QList<VersionMismatch> versionMismatches(const QList<Fact> &facts, const PythonEnvironment &env)
{
    QList<VersionMismatch> out;
    if (!env.isUsable())
        return out;
    QStringList seen;
    for (const Fact &f : facts) {
        QString name;
        QString local;
        if (f.kind == FactKind::PythonVersion) {
            name = QStringLiteral("python");
            local = env.pythonVersion;
        } else if (f.kind == FactKind::FrameworkVersion) {
            name = f.name.toLower();
            if (name == QLatin1String("cuda")) {
                local = env.cudaVersion;
                if (local.isEmpty())
                    continue; // no CUDA build here: the GPU warning is the device picker's
            } else {
                const QString probed = probedName(name);
                if (!probedPackageNames().contains(probed))
                    continue; // not something the probe knows about
                local = env.packageVersion(probed);
            }
        } else {
            continue;
        }
        const QString key = name + QLatin1Char('=') + f.value;
        if (seen.contains(key) || f.value.isEmpty())
            continue;
        seen << key;
        if (local.isEmpty() || !sameVersion(f.value, local))
            out << VersionMismatch{name, f.value, local};
    }
    return out;
}

EnvironmentPanel::EnvironmentPanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral("QLabel { background:#FFF3E0; color:#6D3B00; border:1px solid #FFB74D; border-radius:6px; padding:6px; }"));
    m_table = new QTableWidget(0, 2, this);
    m_table->setHorizontalHeaderLabels({tr("Component"), tr("Version")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_warnings);
    layout->addWidget(m_table, 1);
    refresh();
}

void EnvironmentPanel::setEnvironment(const PythonEnvironment &environment)
{
    m_environment = environment;
    refresh();
}

void EnvironmentPanel::setReportFacts(const QList<Fact> &facts)
{
    m_facts = facts;
    refresh();
}

void EnvironmentPanel::refresh()
{
    const PythonEnvironment &env = m_environment;
    m_table->setRowCount(0);
    auto row = [this](const QString &what, const QString &value) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(what));
        m_table->setItem(r, 1, new QTableWidgetItem(value));
    };
    if (env.interpreter.isEmpty()) {
        m_title->setText(tr("No interpreter chosen yet."));
    } else if (!env.probed) {
        m_title->setText(tr("<b>%1</b> — not probed yet").arg(env.interpreter.toHtmlEscaped()));
    } else if (!env.isUsable()) {
        m_title->setText(tr("<b>%1</b> — cannot be used: %2").arg(env.interpreter.toHtmlEscaped(), env.probeError.toHtmlEscaped()));
    } else {
        m_title->setText(tr("<b>%1</b> (%2)").arg(env.interpreter.toHtmlEscaped(), env.origin.toHtmlEscaped()));
        row(tr("Python"), env.pythonVersion);
        for (const QString &name : probedPackageNames())
            if (env.hasPackage(name))
                row(name, env.packageVersion(name).isEmpty() ? tr("(version unknown)") : env.packageVersion(name));
        row(tr("CUDA available"), env.cudaAvailable ? tr("yes") : tr("no"));
        if (!env.cudaVersion.isEmpty())
            row(tr("CUDA"), env.cudaVersion);
        if (!env.cudnnVersion.isEmpty())
            row(tr("cuDNN"), env.cudnnVersion);
        if (!env.driverVersion.isEmpty())
            row(tr("Driver"), env.driverVersion);
        for (int i = 0; i < env.gpus.size(); ++i)
            row(tr("GPU %1").arg(i), tr("%1, %2 GiB").arg(env.gpus.at(i).name).arg(env.gpus.at(i).memoryBytes / double(1 << 30), 0, 'f', 1));
    }
    m_mismatches = versionMismatches(m_facts, env);
    if (m_mismatches.isEmpty()) {
        m_warnings->hide();
        return;
    }
    QStringList lines;
    for (const VersionMismatch &m : std::as_const(m_mismatches))
        lines << (m.local.isEmpty() ? tr("The report uses %1 %2; it is not installed here.").arg(m.package, m.reported)
                                    : tr("The report uses %1 %2; here it is %3.").arg(m.package, m.reported, m.local));
    m_warnings->setText(QStringLiteral("⚠ ") + tr("Version differences may change the outcome:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_warnings->show();
}

} // namespace dlrepro
