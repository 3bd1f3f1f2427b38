#pragma once

#include <Qsci/qsciscintilla.h>

namespace dlrepro {

// The snippet editor: QScintilla with the Python lexer, line numbers, folding, brace matching
// and auto-indent, plus two marks that come from outside: the line where the last run's
// exception was raised (a red arrow in the margin and the message under the line) and a syntax
// error (a squiggle and a margin mark), both 1-based lines.
class CodeEditor : public QsciScintilla
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);

    void setExceptionLine(int line, const QString &message); // line 0 clears
    int exceptionLine() const { return m_exceptionLine; }

    void setSyntaxError(int line, int column, const QString &message); // line 0 clears
    int syntaxErrorLine() const { return m_syntaxLine; }
    QString syntaxErrorMessage() const { return m_syntaxMessage; }

    // Follows the application palette (light or dark).
    void applyPalette(const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    int m_exceptionMarker = -1;
    int m_syntaxMarker = -1;
    int m_syntaxIndicator = -1;
    int m_exceptionLine = 0;
    int m_syntaxLine = 0;
    QString m_syntaxMessage;
};

} // namespace dlrepro
