//! The `os` module: files and directories through the port (MicroPython's
//! `os`: `listdir`, `ilistdir`, `stat`, `remove`, `rename`, `mkdir`,
//! `rmdir`, `chdir`, `getcwd`, `uname`) and CPython's `getenv`, `unlink`,
//! `sep`. Failures raise `OSError(errno)`; a port with no file system
//! answers every call with `EOPNOTSUPP`.
//!
//! `stat` returns MicroPython's 10-tuple, which CPython's `stat_result`
//! matches by index (`os.stat(p)[6]` is the size in both).

use super::Module;
use crate::builtins::io::os_error;
use crate::natives;
use crate::qstr::names;
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, Vm};
use alloc::string::String;
use mupy_reprs::Repr;

natives! { area::OS;
    LISTDIR listdir(0, 1) => os_listdir;
    ILISTDIR ilistdir(0, 1) => os_ilistdir;
    STAT stat(1, 1) => os_stat;
    REMOVE remove(1, 1) => os_remove;
    UNLINK unlink(1, 1) => os_remove;
    RENAME rename(2, 2) => os_rename;
    MKDIR mkdir(1, 2) => os_mkdir;
    RMDIR rmdir(1, 1) => os_rmdir;
    CHDIR chdir(1, 1) => os_chdir;
    GETCWD getcwd(0, 0) => os_getcwd;
    UNAME uname(0, 0) => os_uname;
    GETENV getenv(1, 2) => os_getenv;
}

pub static MODULE: Module = Module {
    name: names::os,
    attrs: &[
        (names::listdir, rv(Idx::LISTDIR)),
        (names::ilistdir, rv(Idx::ILISTDIR)),
        (names::stat, rv(Idx::STAT)),
        (names::remove, rv(Idx::REMOVE)),
        (names::unlink, rv(Idx::UNLINK)),
        (names::rename, rv(Idx::RENAME)),
        (names::mkdir, rv(Idx::MKDIR)),
        (names::rmdir, rv(Idx::RMDIR)),
        (names::chdir, rv(Idx::CHDIR)),
        (names::getcwd, rv(Idx::GETCWD)),
        (names::uname, rv(Idx::UNAME)),
        (names::getenv, rv(Idx::GETENV)),
        (names::sep, RomValue::Str(names::SLASH)),
    ],
};

/// A path argument's text.
fn path<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<String> {
    match vm.str_text(v) {
        Some(s) => Ok(String::from(s)),
        None => {
            let t = vm.type_name(v);
            Err(crate::raise!(
                vm,
                TypeError,
                "expected str, bytes or os.PathLike object, not {}",
                t
            ))
        }
    }
}

/// The directory argument of `listdir`/`ilistdir` (`.` when missing).
fn dir_arg<R: Repr>(vm: &mut Vm<R>, args: &[R]) -> PyResult<String> {
    match args.first() {
        Some(&v) => path(vm, v),
        None => Ok(String::from(".")),
    }
}

fn done<R: Repr>(vm: &mut Vm<R>, r: Result<(), i32>) -> PyResult<R> {
    match r {
        Ok(()) => Ok(R::none()),
        Err(e) => Err(os_error(vm, e)),
    }
}

fn os_listdir<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let dir = dir_arg(vm, args)?;
    let names = match vm.port.listdir(&dir) {
        Ok(n) => n,
        Err(e) => return Err(os_error(vm, e)),
    };
    let list = vm.new_list(&[])?;
    for n in names {
        let s = vm.new_str(&n)?;
        vm.list_append(list, s)?;
    }
    Ok(list)
}

/// `ilistdir`: `(name, type, inode)` tuples, type `0x4000` for a directory
/// and `0x8000` for a file (MicroPython's).
fn os_ilistdir<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let dir = dir_arg(vm, args)?;
    let names = match vm.port.listdir(&dir) {
        Ok(n) => n,
        Err(e) => return Err(os_error(vm, e)),
    };
    let list = vm.new_list(&[])?;
    for n in names {
        let full = alloc::format!("{dir}/{n}");
        let st = vm.port.stat(&full).unwrap_or_default();
        let s = vm.new_str(&n)?;
        let kind = vm.new_int((st.mode & 0xf000) as i64)?;
        let ino = vm.new_int(st.ino as i64)?;
        let t = vm.new_tuple(&[s, kind, ino])?;
        vm.list_append(list, t)?;
    }
    vm.get_iter(list)
}

fn os_stat<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = path(vm, args[0])?;
    let st = match vm.port.stat(&p) {
        Ok(s) => s,
        Err(e) => return Err(os_error(vm, e)),
    };
    let fields = [
        st.mode as i64,
        st.ino as i64,
        st.dev as i64,
        st.nlink as i64,
        st.uid as i64,
        st.gid as i64,
        st.size as i64,
        st.atime,
        st.mtime,
        st.ctime,
    ];
    let base = vm.roots.temps.len();
    for f in fields {
        let v = vm.new_int(f);
        if let Err(e) = v.and_then(|v| vm.temps_push(v)) {
            vm.roots.temps.truncate(base);
            return Err(e);
        }
    }
    vm.temps_to_tuple(base)
}

fn os_remove<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = path(vm, args[0])?;
    let r = vm.port.remove(&p);
    done(vm, r)
}

fn os_rename<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let (a, b) = (path(vm, args[0])?, path(vm, args[1])?);
    let r = vm.port.rename(&a, &b);
    done(vm, r)
}

fn os_mkdir<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = path(vm, args[0])?;
    let r = vm.port.mkdir(&p);
    done(vm, r)
}

fn os_rmdir<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = path(vm, args[0])?;
    let r = vm.port.rmdir(&p);
    done(vm, r)
}

fn os_chdir<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = path(vm, args[0])?;
    let r = vm.port.chdir(&p);
    done(vm, r)
}

fn os_getcwd<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    match vm.port.getcwd() {
        Ok(d) => vm.new_str(&d),
        Err(e) => Err(os_error(vm, e)),
    }
}

/// `uname()`: `(sysname, nodename, release, version, machine)`.
fn os_uname<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let u = vm.port.uname();
    let base = vm.roots.temps.len();
    for f in [&u.sysname, &u.nodename, &u.release, &u.version, &u.machine] {
        let v = vm.new_str(f);
        if let Err(e) = v.and_then(|v| vm.temps_push(v)) {
            vm.roots.temps.truncate(base);
            return Err(e);
        }
    }
    vm.temps_to_tuple(base)
}

fn os_getenv<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let name = path(vm, args[0])?;
    match vm.port.getenv(&name) {
        Some(v) => vm.new_str(&v),
        None => Ok(args.get(1).copied().unwrap_or(R::none())),
    }
}
