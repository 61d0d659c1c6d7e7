#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace rd::text {

// NFKC plus case folding. CJK fonts often map glyphs to Kangxi radicals (U+2F00..) or compatibility
// ideographs; Poppler then extracts "⼒" where the page shows "力". NFKC folds those back, and also
// full-width Latin and digits, so index and query meet on the same characters.
QString normalized(const QString& text);

// Only the letters and digits of normalized(text): what comparing texts looks at when punctuation, spacing and
// width must not count (OCR against print, a proposal against its rewritten copy).
QString lettersAndDigits(const QString& text);

// Text as it should be shown: only Kangxi radicals, CJK radical supplements and compatibility ideographs
// are folded to the ideographs they stand for; full-width punctuation and everything else stay as written.
QString forDisplay(const QString& text);

// Text bound for a spreadsheet cell, made inert: a cell that begins with = + - @ (or a tab or carriage
// return, which some programs skip before those) gets a leading apostrophe, so that Excel or LibreOffice
// shows it instead of evaluating it as a formula (OWASP "CSV injection").
QString neutralizeFormula(const QString& text);

// A moment as people here read it, in local time: 2025-03-12 14:00. Not QLocale's short format: Qt 6.4's
// zh_TW pattern ("yyyy/M/d Bh:mm") has a day-period field Qt cannot render, which prints a literal "B".
QString localDateTime(const QDateTime& moment);

// A file name's stem built from a value that came in with a dossier (a 統一編號) and the record's id, which
// tells two proposals of one company apart: only ASCII letters, digits, '-' and '_' of the value survive, so
// the name cannot leave the folder it is written in ("04595257-12", or "application-12").
QString fileStem(const QString& value, qint64 id);

// The path of `fileName` in `folder`, refused when the name would leave the folder (a separator, "." or "..",
// empty, a control character): writers check what they write even when its name was sanitised upstream.
Result<QString> pathInFolder(const QString& folder, const QString& fileName);

// Characters written without spaces between words: Han, kana, Hangul, bopomofo.
bool isCjk(char32_t codePoint);

// Decodes a text file the way Taiwanese offices save them: UTF-8 with or without BOM, otherwise
// Big5/CP950 (what Excel on Taiwanese Windows writes). Fails when neither decodes cleanly.
Result<QString> decodeLocalText(const QByteArray& bytes);

// True when the bytes are well-formed UTF-8.
bool isValidUtf8(const QByteArray& bytes);

// Parses an amount as budget forms write it: "1,200", "１，２００", "(300)" for -300, "NT$ 50", " 12.5 ".
// An empty cell is zero. Fails on anything else, so a stray letter is reported rather than read as 0.
Result<double> parseAmount(const QString& cell);

} // namespace rd::text
