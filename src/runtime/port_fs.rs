//! The file-system part of the port interface: how `open()` and `os` ask a
//! port for files. Errors are POSIX errno numbers, raised as
//! `OSError(errno)` as MicroPython does; a port without a file system keeps
//! the default methods, which answer [`EOPNOTSUPP`].

use alloc::string::String;

/// errno of an operation the port does not support.
pub const EOPNOTSUPP: i32 = 95;
pub const ENOENT: i32 = 2;
pub const EBADF: i32 = 9;
pub const EINVAL: i32 = 22;

/// How a file is opened (from `open()`'s mode string).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub struct OpenMode {
    pub read: bool,
    pub write: bool,
    /// Writes go to the end (`a`).
    pub append: bool,
    /// Make the file if it is missing (`w`, `a`, `x`).
    pub create: bool,
    /// Empty it first (`w`).
    pub truncate: bool,
    /// Fail if it exists (`x`).
    pub exclusive: bool,
}

/// `os.stat` fields, in `os.stat_result` order (the times in whole seconds).
#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
pub struct Stat {
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime: i64,
    pub mtime: i64,
    pub ctime: i64,
}

/// `os.uname()` fields.
#[derive(Clone, Debug, Default)]
pub struct Uname {
    pub sysname: String,
    pub nodename: String,
    pub release: String,
    pub version: String,
    pub machine: String,
}

/// Where `seek` counts from (`whence` 0, 1, 2).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SeekFrom {
    Start(u64),
    Current(i64),
    End(i64),
}
