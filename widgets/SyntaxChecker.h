#pragma once

#include <QObject>
#include <QString>

class QProcess;

namespace dlrepro {

// Checks a snippet's syntax with the chosen interpreter's own compile() in a child process, so
// that the answer is that Python's (2 vs 3, match statements, …) and the UI never waits: the
// result comes back as a signal. A newer check replaces one still running.
class SyntaxChecker : public QObject
{
    Q_OBJECT
public:
    explicit SyntaxChecker(QObject *parent = nullptr);
    ~SyntaxChecker() override;

    void check(const QString &interpreter, const QString &code);
    bool isRunning() const;

signals:
    // line 0: the code compiles. line/column are 1-based.
    void checked(int line, int column, const QString &message);

private:
    void stop();
    QProcess *m_process = nullptr;
};

} // namespace dlrepro
