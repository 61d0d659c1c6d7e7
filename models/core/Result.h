#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>

namespace rd {

// The outcome of an operation that can fail with a message meant for the user. The message names the
// file and the problem; callers add context (which dossier, which round) as they pass it up.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message)
    {
        Result result;
        result.m_error = std::move(message);
        return result;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

    // Reading the value of a failure is a programming error: it ends the program with the failure's message
    // in every build, never reads an empty optional.
    T& value() & { return checked(); }
    const T& value() const& { return checked(); }
    // On a temporary Result these return the value itself, not a reference into the temporary, so
    // `for (const auto& x : *store.list())` keeps what it iterates alive.
    T value() && { return std::move(checked()); }
    T* operator->() { return &checked(); }
    const T* operator->() const { return &checked(); }
    T& operator*() & { return checked(); }
    const T& operator*() const& { return checked(); }
    T operator*() && { return std::move(checked()); }

private:
    Result() = default;
    T& checked()
    {
        if (!m_value)
            qFatal("ReviewDesk: the value of a failed result was read: %s", qUtf8Printable(m_error));
        return *m_value;
    }
    const T& checked() const { return const_cast<Result*>(this)->checked(); }
    std::optional<T> m_value;
    QString m_error;
};

// For operations that return nothing but can fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    static Status failure(QString message)
    {
        Status status;
        status.m_failed = true;
        status.m_error = std::move(message);
        return status;
    }
    template <typename T>
    static Status from(const Result<T>& result)
    {
        return result.ok() ? Status() : failure(result.error());
    }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }

private:
    bool m_failed = false;
    QString m_error;
};

} // namespace rd
