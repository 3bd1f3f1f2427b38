#include "HintsEmbedder.h"

#include "hints/EmbeddingStatementScorer.h"

#include <QPointer>
#include <QThread>

namespace dlrepro {

namespace {

// The thread's side: owns the scorer (and so the helper process) and builds hints with it.
class EmbedderWorker : public QObject
{
public:
    Hints build(const Inspection &inspection, const Rulebook &rulebook, const QString &modelDir)
    {
        if (!m_scorer || m_scorer->modelDir() != modelDir)
            m_scorer = std::make_unique<EmbeddingStatementScorer>(modelDir);
        Hints hints = buildHints(inspection, rulebook, m_scorer.get());
        hints.scorerNote = m_scorer->fallbackReason();
        if (m_scorer->isFallingBack())
            m_scorer.reset(); // a later request (a fixed model folder) tries again
        return hints;
    }

private:
    std::unique_ptr<EmbeddingStatementScorer> m_scorer;
};

} // namespace

HintsEmbedder::HintsEmbedder(QObject *parent) : QObject(parent)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("hints-embedder"));
    auto *worker = new EmbedderWorker;
    worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
}

HintsEmbedder::~HintsEmbedder()
{
    m_thread->quit();
    m_thread->wait();
}

void HintsEmbedder::setModelDir(const QString &modelDir)
{
    m_modelDir = modelDir.trimmed();
}

void HintsEmbedder::rank(const Inspection &inspection, const Rulebook &rulebook, std::function<void(const Hints &)> done)
{
    if (!isEnabled())
        return;
    if (!m_thread->isRunning())
        m_thread->start(QThread::LowPriority);
    const int generation = ++m_generation;
    QPointer<HintsEmbedder> self(this);
    auto *worker = static_cast<EmbedderWorker *>(m_worker);
    const QString modelDir = m_modelDir;
    QMetaObject::invokeMethod(m_worker, [=] {
        // Skip work a newer request has made stale before it started.
        if (!self || generation != self->m_generation)
            return;
        const Hints hints = worker->build(inspection, rulebook, modelDir);
        QMetaObject::invokeMethod(self.data(), [self, generation, hints, done] {
            if (self && generation == self->m_generation)
                done(hints);
        });
    });
}

} // namespace dlrepro
