#pragma once

#include "hints/Hints.h"
#include "hints/Rulebook.h"
#include "inspect/Inspection.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace dlrepro {

class EmbeddingStatementScorer;

// Ranks a report's statements with sentence embeddings (the study's Sentence-BERT scorer) on a
// thread of its own: the helper process starts and loads the model in seconds, which the
// workbench must not wait for. The workbench shows the lexical ranking at once and replaces it
// when this one arrives. One scorer, kept warm, lives on that thread (a scorer is used from one
// thread only).
class HintsEmbedder : public QObject
{
    Q_OBJECT
public:
    explicit HintsEmbedder(QObject *parent = nullptr);
    ~HintsEmbedder() override; // stops the thread; the helper process ends with it

    // Empty: no model configured, nothing is ranked.
    void setModelDir(const QString &modelDir);
    QString modelDir() const { return m_modelDir; }
    bool isEnabled() const { return !m_modelDir.isEmpty(); }

    // Builds the hints with the embedding scorer; `done` is called on this object's thread with
    // the hints (scorerNote set when the scorer fell back to the lexical one). A newer request
    // makes an older one's result stale: it is dropped.
    void rank(const Inspection &inspection, const Rulebook &rulebook,
              std::function<void(const Hints &hints)> done);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
    QString m_modelDir;
    int m_generation = 0;
};

} // namespace dlrepro
