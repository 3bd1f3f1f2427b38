#include "LiveMining.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace dlrepro {

namespace {

MiningResult mine(const LiveMining::Source &source, const StudyOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    MiningResult r;
    QList<Transaction> transactions;
    if (!source) {
        r.error = QCoreApplication::translate("dlrepro::LiveMining", "No project to mine.");
        return r;
    }
    if (!source(&transactions, &r.error))
        return r;
    r.transactionCount = transactions.size();
    r.byBugType = studyRulesByBugType(transactions, options);
    r.bySubFault = studyRulesBySubFault(transactions, options);
    r.ok = true;
    r.elapsedMs = double(clock.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace

LiveMining::LiveMining(Source source, QObject *parent) : QObject(parent), m_source(std::move(source))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &LiveMining::start);
    connect(&m_watcher, &QFutureWatcher<MiningResult>::finished, this, &LiveMining::finished);
}

LiveMining::~LiveMining()
{
    m_debounce.stop();
    m_watcher.waitForFinished();
}

void LiveMining::requestUpdate()
{
    if (m_running)
        m_again = true;
    else
        m_debounce.start();
}

void LiveMining::updateNow()
{
    m_debounce.stop();
    if (m_running)
        m_again = true;
    else
        start();
}

void LiveMining::start()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_again = false;
    emit started();
    m_watcher.setFuture(QtConcurrent::run([source = m_source, options = m_options] { return mine(source, options); }));
}

void LiveMining::finished()
{
    m_running = false;
    m_result = m_watcher.result();
    ++m_passes;
    emit updated(m_result);
    if (m_again) {
        m_again = false;
        m_debounce.start();
    }
}

} // namespace dlrepro
