#include "study/StudyClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QUuid>

namespace dlrepro {

SystemStudyClock::SystemStudyClock()
{
    QFile f(QStringLiteral("/proc/sys/kernel/random/boot_id"));
    if (f.open(QIODevice::ReadOnly))
        m_base = QStringLiteral("boot:") + QString::fromLatin1(f.readAll().trimmed());
    if (m_base.size() <= 5)
        m_base = QStringLiteral("process:") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

ClockReading SystemStudyClock::now() const
{
    // On Linux QElapsedTimer uses CLOCK_MONOTONIC, whose reference is the boot.
    QElapsedTimer timer;
    timer.start();
    return {m_base, timer.msecsSinceReference(), QDateTime::currentDateTimeUtc()};
}

FakeStudyClock::FakeStudyClock(qint64 startMs, QString base) : m_base(std::move(base)), m_ms(startMs) {}

ClockReading FakeStudyClock::now() const
{
    // A fixed wall date keeps test databases identical from run to run.
    const QDateTime epoch(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    return {m_base, m_ms, epoch.addMSecs(m_wallOffset + m_ms)};
}

void FakeStudyClock::reboot(const QString &newBase, qint64 startMs)
{
    m_wallOffset += m_ms - startMs + 60000; // the wall clock keeps going across the reboot
    m_base = newBase;
    m_ms = startMs;
}

} // namespace dlrepro
