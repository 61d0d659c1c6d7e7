#pragma once

#include <QHash>
#include <QImage>
#include <QList>

namespace rd {

// Rendered pages kept for reuse, bounded by the bytes their pixels take: a 300-page proposal at 150 %
// zoom would otherwise hold gigabytes. The least recently used pages go first. 96 MB holds about twenty
// A4 pages at fit width on a full-HD screen, enough for the pages in view and those prefetched around them.
class PageCache final
{
public:
    explicit PageCache(qint64 budgetBytes = qint64(96) << 20) : m_budget(budgetBytes) {}

    // The page as rendered at `dpi`, or a null image.
    QImage find(int page, double dpi);
    void insert(int page, double dpi, const QImage& image);
    // Forgets pages rendered at any other resolution (after a zoom change).
    void keepOnly(double dpi);
    void clear();

    qint64 bytes() const { return m_bytes; }
    qint64 budget() const { return m_budget; }
    int count() const { return int(m_entries.size()); }

private:
    using Key = QPair<int, qint64>; // page, dpi in thousandths
    static Key key(int page, double dpi) { return {page, qint64(dpi * 1000 + 0.5)}; }
    void touch(const Key& key);

    qint64 m_budget;
    qint64 m_bytes = 0;
    QHash<Key, QImage> m_entries;
    QList<Key> m_order; // least recently used first
};

} // namespace rd
