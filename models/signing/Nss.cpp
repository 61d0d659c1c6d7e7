// NSS names a struct member `slots`, which Qt defines as a keyword: NSS's headers come before any of Qt's.
#include <pk11pub.h>

#include "models/signing/Nss.h"

#include <QDir>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>

#include <poppler-form.h>

#include <cstring>
#include <optional>

namespace rd::nss {

namespace {

QMutex& lock()
{
    static QMutex mutex;
    return mutex;
}

struct State
{
    QString directory;
    PasswordPrompt prompt;
    std::optional<QString> scoped;
    std::optional<QString> scopedToken;
    QSet<QString> answered; // tokens given the scoped password
};

State& state()
{
    static State s;
    return s;
}

// Whether NSS's question about token `asked` is about `wanted` (empty: the store's own key token).
bool isToken(const QString& asked, const QString& wanted)
{
    if (!wanted.isEmpty())
        return asked == wanted;
    PK11SlotInfo* internal = PK11_GetInternalKeySlot();
    const bool same = internal && asked == QString::fromUtf8(PK11_GetTokenName(internal));
    if (internal)
        PK11_FreeSlot(internal);
    return same;
}

// NSS frees the answer with PORT_Free, which is free().
char* answer(const char* token)
{
    QString secret;
    {
        QMutexLocker locker(&lock());
        State& s = state();
        if (s.scoped) {
            // Poppler hides NSS's retry flag: a second question to the same token means the answer was wrong.
            const QString name = QString::fromUtf8(token);
            if (s.answered.contains(name) || (s.scopedToken && !isToken(name, *s.scopedToken)))
                return nullptr;
            s.answered.insert(name);
            secret = *s.scoped;
        } else if (state().prompt) {
            const PasswordPrompt prompt = state().prompt;
            locker.unlock();
            secret = prompt(QString::fromUtf8(token));
        }
    }
    if (secret.isEmpty())
        return nullptr;
    return strdup(secret.toUtf8().constData());
}

} // namespace

namespace {

QString& configuredStoreDirectory()
{
    static QString folder;
    return folder;
}

} // namespace

void setConfiguredStoreDirectory(const QString& folder)
{
    QMutexLocker locker(&lock());
    configuredStoreDirectory() = folder;
}

QString storeDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("REVIEWDESK_NSS_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    const QString configured = [] {
        QMutexLocker locker(&lock());
        return configuredStoreDirectory();
    }();
    if (!configured.isEmpty())
        return configured;
    // One store for the program and its command line, whatever the executable's name.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("ReviewDesk/nssdb"));
}

bool initialise(const QString& directory)
{
    const QString wanted = directory.isEmpty() ? storeDirectory() : QDir(directory).absolutePath();
    QMutexLocker locker(&lock());
    if (!state().directory.isEmpty())
        return state().directory == wanted;
    state().directory = wanted;
    Poppler::setNSSDir(QStringLiteral("sql:") + wanted);
    Poppler::setNSSPasswordCallback(&answer);
    return true;
}

QString initialisedDirectory()
{
    QMutexLocker locker(&lock());
    return state().directory;
}

void setPasswordPrompt(PasswordPrompt prompt)
{
    QMutexLocker locker(&lock());
    state().prompt = std::move(prompt);
}

PasswordScope::PasswordScope(const QString& password, std::optional<QString> token)
{
    QMutexLocker locker(&lock());
    state().scoped = password;
    state().scopedToken = std::move(token);
    state().answered.clear();
}

PasswordScope::~PasswordScope()
{
    QMutexLocker locker(&lock());
    state().scoped.reset();
    state().scopedToken.reset();
    state().answered.clear();
}

} // namespace rd::nss
