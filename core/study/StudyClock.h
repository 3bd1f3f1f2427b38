#pragma once

#include <QDateTime>
#include <QString>

namespace dlrepro {

// A moment on a monotonic clock. `base` names the clock the milliseconds count on: two readings
// with the same base can be subtracted, readings of different bases cannot (the machine
// rebooted, or the study moved to another machine). wall is for people reading the log only.
struct ClockReading
{
    QString base;
    qint64 ms = 0;
    QDateTime wall;
};

// Where a study session takes its time from (injectable so that tests drive it).
class StudyClock
{
public:
    virtual ~StudyClock() = default;
    virtual ClockReading now() const = 0;
};

// The real clock: CLOCK_MONOTONIC through QElapsedTimer::msecsSinceReference(), which counts from
// boot and is the same in every process of that boot, so a session reopened after a crash reads
// on the same clock; its base is the kernel's boot id (/proc/sys/kernel/random/boot_id), which
// changes on reboot. Where there is no boot id the base is unique to the process, so readings
// from before a restart are never subtracted from later ones. The monotonic clock stands still
// while the machine is suspended: a closed laptop lid is not counted as work.
class SystemStudyClock final : public StudyClock
{
public:
    SystemStudyClock();
    ClockReading now() const override;

private:
    QString m_base;
};

// A clock a test moves by hand; reboot() starts a new base, as a power cut would.
class FakeStudyClock final : public StudyClock
{
public:
    explicit FakeStudyClock(qint64 startMs = 1000, QString base = QStringLiteral("fake-boot-1"));
    ClockReading now() const override;
    void advance(qint64 ms) { m_ms += ms; }
    void advanceSeconds(double s) { m_ms += qint64(s * 1000.0); }
    void reboot(const QString &newBase, qint64 startMs = 1000);

private:
    QString m_base;
    qint64 m_ms;
    qint64 m_wallOffset = 0;
};

} // namespace dlrepro
