// NSS names a struct member `slots`, which Qt defines as a keyword: NSS's headers come before any of Qt's.
#include <nss.h>
#include <pk11pub.h>

#include "models/signing/PdfSigner.h"

#include "models/pdf/PdfBinding.h"
#include "models/signing/Certificates.h"
#include "models/signing/Nss.h"
#include "models/signing/SigningFonts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <poppler-qt6.h>

namespace rd::signing {

namespace {

// Poppler 22.12 answers NSS's password question with the password it was given however often NSS asks, so a
// wrong one would have NSS retry for ever: the password is tried here first, once, on the certificate's token.
Status unlock(const SignRequest& request)
{
    const QString token = tokenOfNickname(request.certificateNickname);
    if (!NSS_IsInitialized()) {
        // Sets NSS up as Poppler does, asking no token but the certificate's own, once.
        nss::PasswordScope scope(request.password, token);
        availableCertificates();
    }
    PK11SlotInfo* slot = token.isEmpty() ? PK11_GetInternalKeySlot() : PK11_FindSlotByName(token.toUtf8().constData());
    if (!slot)
        return Status::failure(QCoreApplication::translate("Signing", "the token %1 is not present").arg(token));
    const bool unlocked = !PK11_NeedLogin(slot) || PK11_IsLoggedIn(slot, nullptr) ||
                          PK11_CheckUserPassword(slot, request.password.toUtf8().constData()) == SECSuccess;
    PK11_FreeSlot(slot);
    if (!unlocked)
        return Status::failure(QCoreApplication::translate("Signing", "the password or PIN is wrong"));
    return {};
}

} // namespace

Status signPdf(const QString& input, const QString& output, const SignRequest& request)
{
    const QString name = QFileInfo(input).fileName();
    const auto refuse = [&](const QString& why) {
        return Status::failure(QCoreApplication::translate("Signing", "Cannot sign %1: %2").arg(name, why));
    };
    nss::initialise();
    QFile in(input);
    if (!in.open(QIODevice::ReadOnly))
        return refuse(in.errorString());
    auto prepared = withSigningFonts(in.readAll());
    if (!prepared)
        return refuse(prepared.error());

    // Poppler signs the prepared bytes from memory into a side file, renamed over `output` once complete.
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(*prepared);
    if (!document || document->isLocked())
        return refuse(QCoreApplication::translate("Signing", "Poppler cannot open it"));
    const QString part = output + QStringLiteral(".part");
    QFile::remove(part);
    // The document's signature block is at the foot of its last page (print/PdfBinding.h).
    const int page = document->numPages() - 1;
    std::unique_ptr<Poppler::Page> last = document->page(page);
    if (!last)
        return refuse(QCoreApplication::translate("Signing", "Poppler cannot open it"));
    const QSizeF points = last->pageSizeF();
    const QRectF rect =
        pdfbinding::signatureWidgetFraction(QSizeF(points.width() * 25.4 / 72, points.height() * 25.4 / 72));

    std::unique_ptr<Poppler::PDFConverter> converter = document->pdfConverter();
    converter->setOutputFileName(part);
    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(request.certificateNickname);
    data.setPassword(request.password);
    data.setPage(page);
    data.setBoundingRectangle(rect);
    // Two texts rather than one with a line break: Poppler 22.12 looks for a fallback font for the break
    // character, which costs a fontconfig search on every signature.
    data.setSignatureLeftText(QStringLiteral("Digitally signed"));
    data.setLeftFontSize(7);
    data.setSignatureText(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm t")));
    data.setFontSize(7);
    data.setFontColor(QColor(22, 78, 140));
    data.setBorderColor(QColor(22, 78, 140));
    data.setBorderWidth(0.5);
    data.setBackgroundColor(QColor(240, 245, 252));
    data.setReason(request.reason);
    data.setLocation(request.location);
    data.setFieldPartialName(QStringLiteral("ReviewDeskSignature"));
    if (auto unlocked = unlock(request); !unlocked)
        return refuse(unlocked.error());
    bool signedOk = false;
    {
        // A token's PIN is asked through NSS's callback as well as passed here.
        nss::PasswordScope scope(request.password, tokenOfNickname(request.certificateNickname));
        signedOk = converter->sign(data);
        // The password or PIN serves this signature only: NSS would otherwise keep the store or the card
        // unlocked for the rest of the run (and, unlocked, makes every later verification several times slower).
        PK11_LogoutAll();
    }
    if (!signedOk || !QFileInfo(part).isFile()) {
        QFile::remove(part);
        return refuse(QCoreApplication::translate(
                          "Signing",
                          "the certificate %1 cannot sign: wrong password or PIN, missing key, or the token is "
                          "not present")
                          .arg(request.certificateNickname));
    }
    QFile::remove(output);
    if (!QFile::rename(part, output))
        return refuse(QCoreApplication::translate("Signing", "cannot write %1").arg(output));
    return {};
}

} // namespace rd::signing
