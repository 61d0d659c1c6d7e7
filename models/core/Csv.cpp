#include "models/core/Csv.h"

#include "models/core/Text.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace rd::csv {

QString field(const QVariant& cell)
{
    QString text = cell.typeId() == QMetaType::Double ? QString::number(cell.toDouble(), 'g', 12)
                                                      : text::neutralizeFormula(cell.toString());
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

Status write(const QString& path, const QList<QVariantList>& rows)
{
    QString text;
    for (const QVariantList& row : rows) {
        QStringList fields;
        for (const QVariant& cell : row)
            fields << field(cell);
        text += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(QCoreApplication::translate("Csv", "Cannot write %1: %2").arg(path, file.errorString()));
    file.write("\xEF\xBB\xBF"); // the BOM Excel needs to read UTF-8
    file.write(text.toUtf8());
    if (!file.commit())
        return Status::failure(QCoreApplication::translate("Csv", "Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace rd::csv
