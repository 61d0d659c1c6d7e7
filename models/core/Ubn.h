#pragma once

#include <QString>

namespace rd {

// 統一編號 (unified business number) check digits.
//
// Source: 財政部「營利事業統一編號檢查碼邏輯修正說明」(2022): multiply the eight digits by the weights
// 1,2,1,2,1,2,4,1, add the digits of each product, and the total must be divisible by the divisor. The
// divisor changed from 10 to 5 for numbers issued from 2023-04-01 ("由可被10整除改為可被5整除"); every
// number valid under 10 stays valid under 5. When the 7th digit is 7 its product 28 gives 2+8 = 10,
// which may count as 1 or 0: the number is valid when the total or the total + 1 is divisible.
enum class UbnDivisor
{
    Before2023 = 10,
    Current = 5
};

bool isValidUbn(const QString& ubn, UbnDivisor divisor = UbnDivisor::Current);

} // namespace rd
