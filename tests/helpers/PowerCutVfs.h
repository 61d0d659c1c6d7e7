#pragma once

// An SQLite VFS that keeps, beside the database and its write-ahead log, the image a disk would hold
// after a power cut: "<file>.durable" receives a write only when SQLite syncs the file. Everything else
// passes through to the system's VFS, so the process sees its own writes as it would through the page
// cache. tst_durability opens the durable images after killing the writer to check that nothing SQLite
// acknowledged depended on writes that were never synced.
namespace rd::test {

// Registers the VFS as the process's default; call before any database is opened.
bool registerPowerCutVfs();

} // namespace rd::test
