#include "PowerCutVfs.h"

#include <sqlite3.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstring>
#include <map>
#include <mutex>
#include <new>
#include <string>
#include <vector>

namespace rd::test {

namespace {

sqlite3_vfs* systemVfs = nullptr;

// A write or truncation the disk does not hold yet.
struct PendingWrite
{
    sqlite3_int64 offset = 0;
    std::vector<char> bytes;
    bool truncate = false; // then `offset` is the new size
};

struct PowerCutFile
{
    sqlite3_file base; // first, as SQLite requires
    sqlite3_file* real = nullptr;
    int durable = -1; // the durable image, or -1 for files a power cut does not concern (temporary files)
    std::vector<PendingWrite> pending;
};

PowerCutFile* cast(sqlite3_file* file)
{
    return reinterpret_cast<PowerCutFile*>(file);
}

std::string durablePath(const char* name)
{
    return std::string(name) + ".durable";
}

// The durable image starts as what the file holds when the process first opens it: a power cut concerns
// what is written from then on. Connections of the process that open the same file share its image.
int openImage(const char* name)
{
    const int image = ::open(durablePath(name).c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (image < 0)
        return -1;
    const int source = ::open(name, O_RDONLY | O_CLOEXEC);
    if (source >= 0) {
        char buffer[65536];
        for (ssize_t n; (n = ::read(source, buffer, sizeof buffer)) > 0;)
            if (::write(image, buffer, size_t(n)) != n) {
                ::close(source);
                ::close(image);
                return -1;
            }
        ::close(source);
    }
    return image;
}

struct SharedImage
{
    int fd = -1;
    int users = 0;
};

std::mutex imagesLock;
std::map<std::string, SharedImage> images;

int acquireDurableImage(const char* name)
{
    const std::lock_guard<std::mutex> guard(imagesLock);
    SharedImage& image = images[name];
    if (image.users == 0)
        image.fd = openImage(name);
    if (image.fd < 0) {
        images.erase(name);
        return -1;
    }
    ++image.users;
    return image.fd;
}

void releaseDurableImage(int fd)
{
    const std::lock_guard<std::mutex> guard(imagesLock);
    for (auto it = images.begin(); it != images.end(); ++it)
        if (it->second.fd == fd && --it->second.users == 0) {
            ::close(fd);
            images.erase(it);
            return;
        }
}

int xClose(sqlite3_file* file)
{
    PowerCutFile* f = cast(file);
    if (f->durable >= 0)
        releaseDurableImage(f->durable);
    f->pending.~vector();
    return f->real->pMethods->xClose(f->real);
}

int xRead(sqlite3_file* file, void* buffer, int amount, sqlite3_int64 offset)
{
    return cast(file)->real->pMethods->xRead(cast(file)->real, buffer, amount, offset);
}

int xWrite(sqlite3_file* file, const void* buffer, int amount, sqlite3_int64 offset)
{
    PowerCutFile* f = cast(file);
    if (f->durable >= 0) {
        const char* bytes = static_cast<const char*>(buffer);
        f->pending.push_back({offset, std::vector<char>(bytes, bytes + amount), false});
    }
    return f->real->pMethods->xWrite(f->real, buffer, amount, offset);
}

int xTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    PowerCutFile* f = cast(file);
    if (f->durable >= 0)
        f->pending.push_back({size, {}, true});
    return f->real->pMethods->xTruncate(f->real, size);
}

// What was written reaches the durable image only here, after the system's own sync succeeded.
int xSync(sqlite3_file* file, int flags)
{
    PowerCutFile* f = cast(file);
    const int synced = f->real->pMethods->xSync(f->real, flags);
    if (synced != SQLITE_OK || f->durable < 0)
        return synced;
    for (const PendingWrite& w : f->pending) {
        const bool done = w.truncate ? ::ftruncate(f->durable, off_t(w.offset)) == 0
                                     : ::pwrite(f->durable, w.bytes.data(), w.bytes.size(), off_t(w.offset)) ==
                                           ssize_t(w.bytes.size());
        if (!done)
            return SQLITE_IOERR_FSYNC;
    }
    f->pending.clear();
    return SQLITE_OK;
}

int xFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return cast(file)->real->pMethods->xFileSize(cast(file)->real, size);
}

int xLock(sqlite3_file* file, int lock)
{
    return cast(file)->real->pMethods->xLock(cast(file)->real, lock);
}

int xUnlock(sqlite3_file* file, int lock)
{
    return cast(file)->real->pMethods->xUnlock(cast(file)->real, lock);
}

int xCheckReservedLock(sqlite3_file* file, int* reserved)
{
    return cast(file)->real->pMethods->xCheckReservedLock(cast(file)->real, reserved);
}

int xFileControl(sqlite3_file* file, int op, void* argument)
{
    return cast(file)->real->pMethods->xFileControl(cast(file)->real, op, argument);
}

int xSectorSize(sqlite3_file* file)
{
    return cast(file)->real->pMethods->xSectorSize(cast(file)->real);
}

int xDeviceCharacteristics(sqlite3_file* file)
{
    return cast(file)->real->pMethods->xDeviceCharacteristics(cast(file)->real);
}

// The WAL index lives in shared memory and is rebuilt from the log after a crash: it passes through.
int xShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** memory)
{
    return cast(file)->real->pMethods->xShmMap(cast(file)->real, region, size, extend, memory);
}

int xShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return cast(file)->real->pMethods->xShmLock(cast(file)->real, offset, n, flags);
}

void xShmBarrier(sqlite3_file* file)
{
    cast(file)->real->pMethods->xShmBarrier(cast(file)->real);
}

int xShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return cast(file)->real->pMethods->xShmUnmap(cast(file)->real, deleteFlag);
}

// No memory-mapped reads: every page SQLite reads goes through xRead.
int xFetch(sqlite3_file*, sqlite3_int64, int, void** pointer)
{
    *pointer = nullptr;
    return SQLITE_OK;
}

int xUnfetch(sqlite3_file*, sqlite3_int64, void*)
{
    return SQLITE_OK;
}

const sqlite3_io_methods ioMethods = {3,
                                      xClose,
                                      xRead,
                                      xWrite,
                                      xTruncate,
                                      xSync,
                                      xFileSize,
                                      xLock,
                                      xUnlock,
                                      xCheckReservedLock,
                                      xFileControl,
                                      xSectorSize,
                                      xDeviceCharacteristics,
                                      xShmMap,
                                      xShmLock,
                                      xShmBarrier,
                                      xShmUnmap,
                                      xFetch,
                                      xUnfetch};

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    PowerCutFile* f = cast(file);
    f->base.pMethods = nullptr;
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    f->durable = -1;
    new (&f->pending) std::vector<PendingWrite>();
    const int opened = systemVfs->xOpen(systemVfs, name, f->real, flags, outFlags);
    if (opened != SQLITE_OK) {
        f->pending.~vector();
        return opened;
    }
    const bool survivesPowerCut = name && (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL));
    if (survivesPowerCut) {
        f->durable = acquireDurableImage(name);
        if (f->durable < 0) {
            f->real->pMethods->xClose(f->real);
            f->pending.~vector();
            return SQLITE_CANTOPEN;
        }
    }
    f->base.pMethods = &ioMethods;
    return SQLITE_OK;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDirectory)
{
    ::unlink(durablePath(name).c_str());
    return systemVfs->xDelete(systemVfs, name, syncDirectory);
}

int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* result)
{
    return systemVfs->xAccess(systemVfs, name, flags, result);
}

int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return systemVfs->xFullPathname(systemVfs, name, size, out);
}

int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return systemVfs->xRandomness(systemVfs, size, out);
}

int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return systemVfs->xSleep(systemVfs, microseconds);
}

int vfsCurrentTime(sqlite3_vfs*, double* now)
{
    return systemVfs->xCurrentTime(systemVfs, now);
}

int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return systemVfs->xGetLastError(systemVfs, size, out);
}

int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* now)
{
    return systemVfs->xCurrentTimeInt64(systemVfs, now);
}

} // namespace

bool registerPowerCutVfs()
{
    systemVfs = sqlite3_vfs_find(nullptr);
    if (!systemVfs)
        return false;
    static sqlite3_vfs vfs;
    std::memset(&vfs, 0, sizeof vfs);
    vfs.iVersion = 2;
    vfs.szOsFile = int(sizeof(PowerCutFile)) + systemVfs->szOsFile;
    vfs.mxPathname = systemVfs->mxPathname;
    vfs.zName = "reviewdesk-power-cut";
    vfs.xOpen = vfsOpen;
    vfs.xDelete = vfsDelete;
    vfs.xAccess = vfsAccess;
    vfs.xFullPathname = vfsFullPathname;
    vfs.xDlOpen = systemVfs->xDlOpen;
    vfs.xDlError = systemVfs->xDlError;
    vfs.xDlSym = systemVfs->xDlSym;
    vfs.xDlClose = systemVfs->xDlClose;
    vfs.xRandomness = vfsRandomness;
    vfs.xSleep = vfsSleep;
    vfs.xCurrentTime = vfsCurrentTime;
    vfs.xGetLastError = vfsGetLastError;
    vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&vfs, 1) == SQLITE_OK;
}

} // namespace rd::test
