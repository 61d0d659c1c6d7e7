#include "models/core/Text.h"

#include <QCoreApplication>
#include <QDir>

#include <QStringDecoder>
#include <cmath>

#include <algorithm>

namespace rd::text {

QString normalized(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
}

QString lettersAndDigits(const QString& text)
{
    const QString folded = normalized(text);
    QString kept;
    kept.reserve(folded.size());
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c.isHighSurrogate() && i + 1 < folded.size() && folded.at(i + 1).isLowSurrogate()) {
            if (QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, folded.at(i + 1))))
                kept.append(folded.mid(i, 2));
            ++i;
        } else if (c.isLetterOrNumber()) {
            kept.append(c);
        }
    }
    return kept;
}

QString forDisplay(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (char32_t c : text.toUcs4()) {
        const bool compatibility = (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF);
        const QString one = QString::fromUcs4(&c, 1);
        out += compatibility ? one.normalized(QString::NormalizationForm_KC) : one;
    }
    return out;
}

QString fileStem(const QString& value, qint64 id)
{
    QString stem;
    for (const QChar c : value)
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('_'))
            stem += c;
    return QStringLiteral("%1-%2").arg(stem.isEmpty() ? QStringLiteral("application") : stem.left(64)).arg(id);
}

Result<QString> pathInFolder(const QString& folder, const QString& fileName)
{
    const bool leaves = fileName.isEmpty() || fileName == QLatin1String(".") || fileName == QLatin1String("..") ||
                        fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')) ||
                        std::any_of(fileName.cbegin(), fileName.cend(), [](QChar c) { return c.unicode() < 0x20; });
    if (leaves)
        return Result<QString>::failure(
            QCoreApplication::translate("Text", "“%1” is not a file name inside %2; nothing was written")
                .arg(fileName.left(80), folder));
    return QDir(folder).filePath(fileName);
}

bool isCjk(char32_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF)       // CJK radicals, Kangxi radicals
           || (c >= 0x3040 && c <= 0x30FF)    // kana
           || (c >= 0x3100 && c <= 0x312F)    // bopomofo
           || (c >= 0x3400 && c <= 0x4DBF)    // extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // unified ideographs
           || (c >= 0xAC00 && c <= 0xD7AF)    // Hangul syllables
           || (c >= 0xF900 && c <= 0xFAFF)    // compatibility ideographs
           || (c >= 0x20000 && c <= 0x3134F); // extensions B..G
}

bool isValidUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError();
}

Result<QString> decodeLocalText(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8); // drops a leading BOM by default
    QString decoded = utf8(bytes);
    if (!utf8.hasError())
        return decoded;
    // CP950 is Microsoft's Big5 with its extensions; ICU provides it to QStringDecoder. ICU never reports
    // an error for it: bytes outside CP950 come back as C1 controls or U+F8F8. Text files hold neither.
    QStringDecoder cp950("windows-950");
    if (cp950.isValid()) {
        decoded = cp950(bytes);
        const bool clean = !cp950.hasError() && std::none_of(decoded.cbegin(), decoded.cend(), [](QChar c) {
            const bool allowedControl = c == u'\t' || c == u'\n' || c == u'\r';
            return (c.category() == QChar::Other_Control && !allowedControl) || c == QChar(0xF8F8) ||
                   c == QChar::ReplacementCharacter;
        });
        if (clean)
            return decoded;
    }
    return Result<QString>::failure(QCoreApplication::translate("Text", "the text is neither UTF-8 nor Big5/CP950"));
}

Result<double> parseAmount(const QString& cell)
{
    QString s = cell.normalized(QString::NormalizationForm_KC).trimmed();
    s.remove(QLatin1Char(','));
    s.remove(QLatin1Char(' '));
    if (s.startsWith(QLatin1String("NT$"), Qt::CaseInsensitive))
        s = s.mid(3);
    else if (s.startsWith(QLatin1Char('$')))
        s = s.mid(1);
    if (s.isEmpty() || s == QLatin1String("-"))
        return 0.0;
    bool negative = false;
    if (s.startsWith(QLatin1Char('(')) && s.endsWith(QLatin1Char(')'))) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (!ok)
        return Result<double>::failure(
            QCoreApplication::translate("Text", "“%1” is not an amount").arg(cell.trimmed()));
    // "inf" and "nan" read as numbers; no budget line is a trillion NT$ (10⁹ thousand).
    constexpr double bound = 1e9;
    if (!std::isfinite(value) || std::abs(value) > bound)
        return Result<double>::failure(
            QCoreApplication::translate("Text", "“%1” is not an amount between -1,000,000,000 and 1,000,000,000")
                .arg(cell.trimmed()));
    return negative ? -value : value;
}

QString neutralizeFormula(const QString& text)
{
    static const QString triggers = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && triggers.contains(text.front()))
        return QLatin1Char('\'') + text;
    return text;
}

QString localDateTime(const QDateTime& moment)
{
    return moment.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace rd::text
