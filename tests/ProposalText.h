#pragma once

#include "models/similarity/TextReuse.h"

#include <QStringList>

// Proposal texts for the comparison's tests and benchmark: each seed gives its own sentences of plausible
// Chinese (common characters, figures), and every proposal opens with the same template page.
namespace rd::test {

QStringList proposalSentences(quint32 seed, int count);

// 附件7's headings and the program's wording with a page of fixed boilerplate, the same in every proposal.
QString proposalTemplate();

// A proposal: the template page, then `pages` pages of 30 of its own sentences, then `extra` as a last page.
similarity::Document proposal(qint64 id, qint64 round, quint32 seed, int pages, const QStringList& extra = {});

// A copied passage as a careful copier writes it: sentences in reverse order, other punctuation, full-width
// digits.
QStringList rewritten(QStringList copied);

} // namespace rd::test
