#include "models/pdf/PageCache.h"

namespace rd {

QImage PageCache::find(int page, double dpi)
{
    const Key k = key(page, dpi);
    const auto it = m_entries.constFind(k);
    if (it == m_entries.cend())
        return {};
    touch(k);
    return *it;
}

void PageCache::insert(int page, double dpi, const QImage& image)
{
    if (image.isNull())
        return;
    const Key k = key(page, dpi);
    if (auto it = m_entries.find(k); it != m_entries.end()) {
        m_bytes -= it->sizeInBytes();
        *it = image;
    } else {
        m_entries.insert(k, image);
    }
    m_bytes += image.sizeInBytes();
    touch(k);
    while (m_bytes > m_budget && m_order.size() > 1) {
        const Key oldest = m_order.takeFirst();
        m_bytes -= m_entries.take(oldest).sizeInBytes();
    }
}

void PageCache::keepOnly(double dpi)
{
    const qint64 wanted = key(0, dpi).second;
    for (auto it = m_order.begin(); it != m_order.end();) {
        if (it->second != wanted) {
            m_bytes -= m_entries.take(*it).sizeInBytes();
            it = m_order.erase(it);
        } else {
            ++it;
        }
    }
}

void PageCache::clear()
{
    m_entries.clear();
    m_order.clear();
    m_bytes = 0;
}

void PageCache::touch(const Key& key)
{
    m_order.removeOne(key);
    m_order.append(key);
}

} // namespace rd
