#pragma once

#include <QString>

#include <functional>
#include <optional>

namespace rd::nss {

// The certificate store: an NSS database in SQL format, per user. Its folder comes from
// REVIEWDESK_NSS_DIR, else the folder the program was given from the user's settings (Settings → 憑證),
// else the user's data folder.
QString storeDirectory();
// The folder the user chose in the settings (empty: the default). The program passes it at start and when
// the setting changes; the library never reads the user's configuration itself.
void setConfiguredStoreDirectory(const QString& folder);

// NSS is initialised once per process, by Poppler, on the first signature operation; this points it at
// `directory` (storeDirectory() when empty) and must run before any signing, verifying or listing. Later
// calls with another folder are ignored and return false.
bool initialise(const QString& directory = {});
QString initialisedDirectory();

// What NSS asks when it needs a token's PIN or the store's password: the token's name in, the secret out
// (empty = cancel). The GUI answers with a dialog, the CLI from a file or the terminal. Secrets are never kept.
using PasswordPrompt = std::function<QString(const QString& token)>;
void setPasswordPrompt(PasswordPrompt prompt);

// While alive, NSS's questions are answered with `password` instead of the prompt: the secret the user gave
// for one operation. With `token` (a token's name as in "token:nickname"; empty for the store's own keys)
// only that token gets it, so a store password is never tried as a card's PIN. Each token is answered once:
// NSS asks again after a wrong answer, and a card counts every wrong PIN towards locking itself.
class PasswordScope final
{
public:
    explicit PasswordScope(const QString& password, std::optional<QString> token = std::nullopt);
    ~PasswordScope();
    PasswordScope(const PasswordScope&) = delete;
    PasswordScope& operator=(const PasswordScope&) = delete;
};

} // namespace rd::nss
