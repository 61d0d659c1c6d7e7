#include "models/dossier/Dossier.h"

#include <algorithm>

namespace rd {

QString categoryKey(Category category)
{
    switch (category) {
    case Category::Industry:
        return QStringLiteral("industry");
    case Category::Ai:
        return QStringLiteral("ai");
    case Category::Theme:
        return QStringLiteral("theme");
    }
    return {};
}

std::optional<Category> categoryFromKey(const QString& key)
{
    for (Category c : {Category::Industry, Category::Ai, Category::Theme}) {
        if (categoryKey(c) == key)
            return c;
    }
    return std::nullopt;
}

int Proposal::solutionsTotal() const
{
    int total = 0;
    for (const Solution& s : solutions)
        total += s.organizations;
    return total;
}

int Proposal::cappedKpi() const
{
    return solutions.isEmpty() ? kpiOrganizations : std::min(kpiOrganizations, solutionsTotal());
}

BudgetLine Budget::sum() const
{
    BudgetLine total;
    total.item = QStringLiteral("total");
    for (const BudgetLine& line : lines) {
        total.subsidy += line.subsidy;
        total.selfFunded += line.selfFunded;
        total.security += line.security;
    }
    return total;
}

BudgetLine Budget::line(const QString& item) const
{
    for (const BudgetLine& line : lines) {
        if (line.item == item)
            return line;
    }
    BudgetLine empty;
    empty.item = item;
    return empty;
}

} // namespace rd
