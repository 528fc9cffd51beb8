//! The host's files and directories for `open()` and `os`: a table of open
//! `std::fs::File`s indexed by the handles the VM holds, and the directory
//! calls, with `std::io::Error`s turned into errno numbers.

use mupy::runtime::port::{OpenMode, SeekFrom, Stat, Uname};
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, Write};

/// errno for errors the OS gives none for (EIO).
const EIO: i32 = 5;
const EBADF: i32 = 9;

fn errno(e: std::io::Error) -> i32 {
    e.raw_os_error().unwrap_or(EIO)
}

/// Open files; a closed file's slot is reused.
#[derive(Default)]
pub struct Files {
    open: Vec<Option<File>>,
}

impl Files {
    fn get(&mut self, h: u32) -> Result<&mut File, i32> {
        self.open
            .get_mut(h as usize)
            .and_then(|f| f.as_mut())
            .ok_or(EBADF)
    }

    pub fn open(&mut self, path: &str, m: OpenMode) -> Result<u32, i32> {
        let f = OpenOptions::new()
            .read(m.read)
            .write(m.write && !m.append)
            .append(m.append)
            .create(m.create && !m.exclusive)
            .create_new(m.exclusive)
            .truncate(m.truncate)
            .open(path)
            .map_err(errno)?;
        if f.metadata().is_ok_and(|md| md.is_dir()) {
            return Err(21); // EISDIR, as CPython reports for a directory.
        }
        match self.open.iter().position(|s| s.is_none()) {
            Some(i) => {
                self.open[i] = Some(f);
                Ok(i as u32)
            }
            None => {
                self.open.push(Some(f));
                Ok(self.open.len() as u32 - 1)
            }
        }
    }

    pub fn read(&mut self, h: u32, buf: &mut [u8]) -> Result<usize, i32> {
        self.get(h)?.read(buf).map_err(errno)
    }

    pub fn write(&mut self, h: u32, data: &[u8]) -> Result<usize, i32> {
        self.get(h)?.write(data).map_err(errno)
    }

    pub fn seek(&mut self, h: u32, to: SeekFrom) -> Result<u64, i32> {
        let to = match to {
            SeekFrom::Start(p) => std::io::SeekFrom::Start(p),
            SeekFrom::Current(d) => std::io::SeekFrom::Current(d),
            SeekFrom::End(d) => std::io::SeekFrom::End(d),
        };
        self.get(h)?.seek(to).map_err(errno)
    }

    pub fn close(&mut self, h: u32) {
        if let Some(slot) = self.open.get_mut(h as usize) {
            *slot = None;
        }
    }
}

pub fn listdir(path: &str) -> Result<Vec<String>, i32> {
    let path = if path.is_empty() { "." } else { path };
    let mut names = Vec::new();
    for e in std::fs::read_dir(path).map_err(errno)? {
        let e = e.map_err(errno)?;
        names.push(e.file_name().to_string_lossy().into_owned());
    }
    Ok(names)
}

pub fn stat(path: &str) -> Result<Stat, i32> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::metadata(path).map_err(errno)?;
    Ok(Stat {
        mode: m.mode(),
        ino: m.ino(),
        dev: m.dev(),
        nlink: m.nlink(),
        uid: m.uid(),
        gid: m.gid(),
        size: m.size(),
        atime: m.atime(),
        mtime: m.mtime(),
        ctime: m.ctime(),
    })
}

pub fn remove(path: &str) -> Result<(), i32> {
    std::fs::remove_file(path).map_err(errno)
}

pub fn rename(from: &str, to: &str) -> Result<(), i32> {
    std::fs::rename(from, to).map_err(errno)
}

pub fn mkdir(path: &str) -> Result<(), i32> {
    std::fs::create_dir(path).map_err(errno)
}

pub fn rmdir(path: &str) -> Result<(), i32> {
    std::fs::remove_dir(path).map_err(errno)
}

pub fn chdir(path: &str) -> Result<(), i32> {
    std::env::set_current_dir(path).map_err(errno)
}

pub fn getcwd() -> Result<String, i32> {
    let d = std::env::current_dir().map_err(errno)?;
    Ok(d.to_string_lossy().into_owned())
}

/// `uname(2)`'s fields.
pub fn uname() -> Uname {
    // SAFETY: `utsname` is plain data; `uname` fills it or fails.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: `u` is a valid, writable `utsname`.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Uname::default();
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&bytes).into_owned()
    };
    Uname {
        sysname: field(&u.sysname),
        nodename: field(&u.nodename),
        release: field(&u.release),
        version: field(&u.version),
        machine: field(&u.machine),
    }
}
