#include "CodeEditor.h"

#include <Qsci/qscilexerpython.h>

#include <QEvent>
#include <QFontDatabase>

namespace dlrepro {

namespace {
enum Margin { LineNumbers = 0, Marks = 1, Folding = 2 };
constexpr int kAnnotationStyle = 200; // a free style number for the exception annotation
} // namespace

CodeEditor::CodeEditor(QWidget *parent) : QsciScintilla(parent)
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(std::max(9.0, font().pointSizeF()));
    auto *lexer = new QsciLexerPython(this);
    lexer->setDefaultFont(mono);
    lexer->setFont(mono);
    lexer->setFoldComments(true);
    lexer->setIndentationWarning(QsciLexerPython::Inconsistent);
    setLexer(lexer);
    setUtf8(true);

    setMarginType(LineNumbers, NumberMargin);
    setMarginsFont(mono);
    setMarginWidth(LineNumbers, QStringLiteral("00000"));
    setMarginType(Marks, SymbolMargin);
    setMarginWidth(Marks, 16);
    setMarginSensitivity(Marks, false);
    setFolding(BoxedTreeFoldStyle, Folding);

    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(4);
    setTabWidth(4);
    setIndentationGuides(true);
    setBackspaceUnindents(true);
    setCaretLineVisible(true);
    setEdgeMode(EdgeLine);
    setEdgeColumn(100);
    setEolMode(EolUnix);
    setWrapMode(WrapNone);

    m_exceptionMarker = markerDefine(RightArrow);
    setMarkerBackgroundColor(QColor(0xD3, 0x2F, 0x2F), m_exceptionMarker);
    setMarkerForegroundColor(QColor(0x8B, 0x1A, 0x1A), m_exceptionMarker);
    m_syntaxMarker = markerDefine(Circle);
    setMarkerBackgroundColor(QColor(0xF5, 0x7C, 0x00), m_syntaxMarker);
    m_syntaxIndicator = indicatorDefine(SquiggleIndicator);
    setIndicatorForegroundColor(QColor(0xE5, 0x39, 0x35), m_syntaxIndicator);
    setAnnotationDisplay(AnnotationBoxed);

    applyPalette(palette());
}

void CodeEditor::applyPalette(const QPalette &pal)
{
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    auto *lex = qobject_cast<QsciLexerPython *>(lexer());
    const QColor paper = dark ? QColor(0x1E, 0x22, 0x27) : QColor(0xFD, 0xFD, 0xFC);
    const QColor text = dark ? QColor(0xDC, 0xDF, 0xE4) : QColor(0x1F, 0x23, 0x28);
    if (lex) {
        lex->setDefaultPaper(paper);
        lex->setPaper(paper);
        lex->setDefaultColor(text);
        lex->setColor(text, QsciLexerPython::Default);
        lex->setColor(text, QsciLexerPython::Identifier);
        lex->setColor(text, QsciLexerPython::Operator);
        lex->setColor(dark ? QColor(0xC6, 0x78, 0xDD) : QColor(0x7B, 0x1F, 0xA2), QsciLexerPython::Keyword);
        lex->setColor(dark ? QColor(0x98, 0xC3, 0x79) : QColor(0x2E, 0x7D, 0x32), QsciLexerPython::SingleQuotedString);
        lex->setColor(dark ? QColor(0x98, 0xC3, 0x79) : QColor(0x2E, 0x7D, 0x32), QsciLexerPython::DoubleQuotedString);
        lex->setColor(dark ? QColor(0x98, 0xC3, 0x79) : QColor(0x2E, 0x7D, 0x32), QsciLexerPython::TripleSingleQuotedString);
        lex->setColor(dark ? QColor(0x98, 0xC3, 0x79) : QColor(0x2E, 0x7D, 0x32), QsciLexerPython::TripleDoubleQuotedString);
        lex->setColor(dark ? QColor(0xD1, 0x9A, 0x66) : QColor(0xB2, 0x5E, 0x00), QsciLexerPython::Number);
        lex->setColor(dark ? QColor(0x7F, 0x84, 0x8E) : QColor(0x75, 0x75, 0x75), QsciLexerPython::Comment);
        lex->setColor(dark ? QColor(0x7F, 0x84, 0x8E) : QColor(0x75, 0x75, 0x75), QsciLexerPython::CommentBlock);
        lex->setColor(dark ? QColor(0x61, 0xAF, 0xEF) : QColor(0x15, 0x65, 0xC0), QsciLexerPython::FunctionMethodName);
        lex->setColor(dark ? QColor(0xE5, 0xC0, 0x7B) : QColor(0x00, 0x69, 0x7C), QsciLexerPython::ClassName);
        lex->setColor(dark ? QColor(0xE5, 0xC0, 0x7B) : QColor(0x9E, 0x65, 0x00), QsciLexerPython::Decorator);
    }
    setCaretForegroundColor(text);
    setCaretLineBackgroundColor(dark ? QColor(0x2A, 0x2F, 0x36) : QColor(0xF1, 0xF4, 0xF8));
    setMarginsBackgroundColor(dark ? QColor(0x23, 0x27, 0x2E) : QColor(0xF3, 0xF3, 0xF1));
    setMarginsForegroundColor(dark ? QColor(0x6B, 0x71, 0x7B) : QColor(0x9A, 0x9A, 0x9A));
    setFoldMarginColors(dark ? QColor(0x23, 0x27, 0x2E) : QColor(0xF3, 0xF3, 0xF1),
                        dark ? QColor(0x23, 0x27, 0x2E) : QColor(0xF3, 0xF3, 0xF1));
    setMatchedBraceBackgroundColor(dark ? QColor(0x3E, 0x52, 0x6B) : QColor(0xC8, 0xE1, 0xFF));
    setMatchedBraceForegroundColor(text);
    setUnmatchedBraceForegroundColor(QColor(0xE5, 0x39, 0x35));
    setIndentationGuidesBackgroundColor(paper);
    setIndentationGuidesForegroundColor(dark ? QColor(0x3A, 0x3F, 0x47) : QColor(0xDD, 0xDD, 0xDD));
    setEdgeColor(dark ? QColor(0x33, 0x38, 0x40) : QColor(0xEC, 0xEC, 0xEC));
    setSelectionBackgroundColor(dark ? QColor(0x3E, 0x52, 0x6B) : QColor(0xBB, 0xD6, 0xFB));
    SendScintilla(SCI_STYLESETBACK, kAnnotationStyle, dark ? QColor(0x4A, 0x1F, 0x1F) : QColor(0xFD, 0xEC, 0xEA));
    SendScintilla(SCI_STYLESETFORE, kAnnotationStyle, dark ? QColor(0xFF, 0xB4, 0xAB) : QColor(0x8B, 0x1A, 0x1A));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QsciScintilla::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette(palette());
}

void CodeEditor::setExceptionLine(int line, const QString &message)
{
    markerDeleteAll(m_exceptionMarker);
    clearAnnotations();
    m_exceptionLine = 0;
    if (line <= 0 || line > lines())
        return;
    m_exceptionLine = line;
    markerAdd(line - 1, m_exceptionMarker);
    if (!message.isEmpty())
        annotate(line - 1, message, kAnnotationStyle);
    ensureLineVisible(line - 1);
}

void CodeEditor::setSyntaxError(int line, int column, const QString &message)
{
    markerDeleteAll(m_syntaxMarker);
    clearIndicatorRange(0, 0, std::max(0, lines() - 1), lineLength(std::max(0, lines() - 1)), m_syntaxIndicator);
    m_syntaxLine = 0;
    m_syntaxMessage.clear();
    if (line <= 0 || line > lines())
        return;
    m_syntaxLine = line;
    m_syntaxMessage = message;
    markerAdd(line - 1, m_syntaxMarker);
    const int length = lineLength(line - 1);
    const int from = std::clamp(column - 1, 0, std::max(0, length - 1));
    fillIndicatorRange(line - 1, from, line - 1, std::max(from + 1, length), m_syntaxIndicator);
}

} // namespace dlrepro
