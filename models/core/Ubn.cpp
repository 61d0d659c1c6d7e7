#include "models/core/Ubn.h"

namespace rd {

bool isValidUbn(const QString& ubn, UbnDivisor divisor)
{
    if (ubn.size() != 8)
        return false;
    static constexpr int weights[8] = {1, 2, 1, 2, 1, 2, 4, 1};
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = ubn.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        const int product = (c.unicode() - '0') * weights[i];
        sum += product / 10 + product % 10;
    }
    const int d = static_cast<int>(divisor);
    if (sum % d == 0)
        return true;
    return ubn.at(6) == QLatin1Char('7') && (sum + 1) % d == 0;
}

} // namespace rd
