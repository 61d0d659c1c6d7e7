#include "signing/Nss.h"

#include "settings/Settings.h"

#include <QDir>
#include <QMutex>
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
};

State& state()
{
    static State s;
    return s;
}

// NSS frees the answer with PORT_Free, which is free().
char* answer(const char* token)
{
    QString secret;
    {
        QMutexLocker locker(&lock());
        if (state().scoped)
            secret = *state().scoped;
        else if (state().prompt) {
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

QString storeDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("REVIEWDESK_NSS_DIR");
    if (!fromEnvironment.isEmpty())
        return QDir(fromEnvironment).absolutePath();
    const QString configured = Settings().certificateStore();
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

PasswordScope::PasswordScope(const QString& password)
{
    QMutexLocker locker(&lock());
    state().scoped = password;
}

PasswordScope::~PasswordScope()
{
    QMutexLocker locker(&lock());
    state().scoped.reset();
}

} // namespace rd::nss
