#pragma once

#include "models/core/Result.h"

#include <QString>

namespace rd::signing {

struct SignRequest
{
    QString certificateNickname;
    QString password; // the store's password or the token's PIN; used for this signature only
    QString reason;   // e.g. "評分表", "評選總表"
    QString location;
};

// Signs a ReviewDesk PDF with an embedded PAdES-style (adbe.pkcs7.detached) signature through Poppler and
// NSS. The signature goes where the document's binding says (print/PdfBinding.h), else at the foot of its
// last page; its appearance text is Latin ("Digitally signed" and the time) so no font is embedded, while
// the signer's name in any script is already drawn by the document itself. Writes `output` through a
// temporary file and a rename: a failure leaves no half-signed file.
Status signPdf(const QString& input, const QString& output, const SignRequest& request);

} // namespace rd::signing
