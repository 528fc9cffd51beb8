//! Methods of the `io` stream types (`StringIO`, `BytesIO`, and files made
//! by `open()`), their constructors, and `open()` itself.
//!
//! Memory streams read and write their own buffer (`objects/iostream.rs`).
//! Files go through the port's handle-based calls; a read that must stop
//! early (a line, or `n` characters of text) reads a chunk and seeks back
//! over what it did not use, so no buffer is kept between calls and a file
//! object costs the same 32 bytes as a memory stream.

use crate::natives;
use crate::objects::iostream::{FLAG_APPEND, FLAG_CLOSED, FLAG_READ, FLAG_WRITE};
use crate::qstr::{names, Qstr};
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::port::{OpenMode, SeekFrom};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, Raised, TypeId, Vm};
use alloc::vec::Vec;
use mupy_reprs::Repr;

natives! { area::IO;
    READ read(1, 2) => io_read;
    READLINE readline(1, 2) => io_readline;
    READLINES readlines(1, 2) => io_readlines;
    WRITE write(2, 2) => io_write;
    GETVALUE getvalue(1, 1) => io_getvalue;
    SEEK seek(2, 3) => io_seek;
    TELL tell(1, 1) => io_tell;
    CLOSE close(1, 1) => io_close;
    FLUSH flush(1, 1) => io_flush;
    READABLE readable(1, 1) => io_readable;
    WRITABLE writable(1, 1) => io_writable;
    ENTER __enter__(1, 1) => io_enter;
    EXIT __exit__(1, VARARGS) => io_exit;
    OPEN open(1, 3, kw) => io_open;
}

/// Methods of every stream type.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::read, rv(Idx::READ)),
    (names::readline, rv(Idx::READLINE)),
    (names::readlines, rv(Idx::READLINES)),
    (names::write, rv(Idx::WRITE)),
    (names::getvalue, rv(Idx::GETVALUE)),
    (names::seek, rv(Idx::SEEK)),
    (names::tell, rv(Idx::TELL)),
    (names::close, rv(Idx::CLOSE)),
    (names::flush, rv(Idx::FLUSH)),
    (names::readable, rv(Idx::READABLE)),
    (names::writable, rv(Idx::WRITABLE)),
    (names::__enter__, rv(Idx::ENTER)),
    (names::__exit__, rv(Idx::EXIT)),
];

/// The ROM value of `open` (for the `io` module and the builtins).
pub const OPEN: RomValue = rv(Idx::OPEN);

/// Bytes a file read asks the port for at a time.
const CHUNK: usize = 128;

fn is_text(ty: TypeId) -> bool {
    matches!(ty, TypeId::StringIO | TypeId::TextFile)
}

fn is_file(ty: TypeId) -> bool {
    matches!(ty, TypeId::TextFile | TypeId::BinaryFile)
}

/// Raises `OSError(errno)`, as MicroPython does for file errors.
pub fn os_error<R: Repr>(vm: &mut Vm<R>, errno: i32) -> Raised {
    let e = match R::small_int(errno as i64) {
        Some(n) => vm.new_tuple(&[n]),
        None => vm.new_tuple(&[]),
    };
    match e.and_then(|t| vm.new_exception_of(TypeId::OSError.rom_ref(), t)) {
        Ok(x) => vm.raise(R::ptr(x)),
        Err(r) => r,
    }
}

/// The stream type of `v`, after checking it is an open stream.
fn open_stream<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<TypeId> {
    if !vm.is_io(v) {
        return Err(vm.type_error("expected a stream"));
    }
    if vm.io(v).flags & FLAG_CLOSED != 0 {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(vm.builtin_type_of(v))
}

/// An optional size argument: `None` for "all" (missing, `None` or negative).
fn size_arg<R: Repr>(vm: &mut Vm<R>, args: &[R]) -> PyResult<Option<usize>> {
    match args.get(1) {
        Some(&v) if !v.is_none() => {
            let n = vm.index_of(v)?;
            Ok((n >= 0).then_some(n as usize))
        }
        _ => Ok(None),
    }
}

/// How many bytes of `buf` a read takes: up to `limit` units (characters
/// for text, bytes otherwise), stopping after a newline when `line` is set.
/// Equal to `buf.len()` when `buf` ran out first (more may be wanted).
fn take_len(buf: &[u8], limit: Option<usize>, line: bool, text: bool) -> usize {
    if limit.is_none() && !line {
        return buf.len();
    }
    let (mut i, mut units) = (0, 0);
    while i < buf.len() {
        if limit.is_some_and(|n| units >= n) {
            break;
        }
        let b = buf[i];
        i += if text { utf8_width(b) } else { 1 };
        units += 1;
        if line && b == b'\n' {
            break;
        }
    }
    i.min(buf.len())
}

/// The length of the UTF-8 sequence that starts with `b` (1 for a stray byte).
fn utf8_width(b: u8) -> usize {
    match b {
        0xf0..=0xf7 => 4,
        0xe0..=0xef => 3,
        0xc0..=0xdf => 2,
        _ => 1,
    }
}

/// Reads from a file until `take_len` is satisfied, leaving the file
/// position just after what was taken.
fn file_read<R: Repr>(
    vm: &mut Vm<R>,
    v: R,
    limit: Option<usize>,
    line: bool,
    text: bool,
) -> PyResult<Vec<u8>> {
    if vm.io(v).flags & FLAG_READ == 0 {
        return Err(vm.raise_msg(TypeId::OSError, "not readable"));
    }
    let h = vm.io(v).handle;
    let mut buf = Vec::new();
    loop {
        let old = buf.len();
        buf.resize(old + CHUNK, 0);
        let n = match vm.port.file_read(h, &mut buf[old..]) {
            Ok(n) => n,
            Err(e) => return Err(os_error(vm, e)),
        };
        buf.truncate(old + n);
        let take = take_len(&buf, limit, line, text);
        if take < buf.len() {
            let back = (buf.len() - take) as i64;
            if let Err(e) = vm.port.file_seek(h, SeekFrom::Current(-back)) {
                return Err(os_error(vm, e));
            }
            buf.truncate(take);
            return Ok(buf);
        }
        if n == 0 {
            return Ok(buf);
        }
    }
}

/// One read of a stream: what `read(n)`/`readline(n)` return, or `None`
/// for nothing left.
fn read_value<R: Repr>(vm: &mut Vm<R>, v: R, limit: Option<usize>, line: bool) -> PyResult<R> {
    let ty = open_stream(vm, v)?;
    let text = is_text(ty);
    let bytes = if is_file(ty) {
        file_read(vm, v, limit, line, text)?
    } else {
        let pos = vm.io(v).pos as usize;
        let data = vm.io_data(v);
        let avail = data.get(pos..).unwrap_or(&[]);
        let take = take_len(avail, limit, line, text);
        let out: Vec<u8> = avail[..take].into();
        vm.io_mut(v).pos = (pos + take) as u32;
        out
    };
    make_value(vm, &bytes, text)
}

/// `bytes` as the stream's value type: a str (text) or bytes.
fn make_value<R: Repr>(vm: &mut Vm<R>, bytes: &[u8], text: bool) -> PyResult<R> {
    if !text {
        return vm.new_bytes(bytes);
    }
    match core::str::from_utf8(bytes) {
        Ok(s) => vm.new_str(s),
        Err(_) => {
            let s = alloc::string::String::from_utf8_lossy(bytes).into_owned();
            vm.new_str(&s)
        }
    }
}

fn io_read<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let limit = size_arg(vm, args)?;
    read_value(vm, args[0], limit, false)
}

fn io_readline<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let limit = size_arg(vm, args)?;
    read_value(vm, args[0], limit, true)
}

/// The next line for iteration; `None` at the end.
pub fn next_line<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<Option<R>> {
    let line = read_value(vm, v, None, true)?;
    Ok((crate::builtins::len_of(vm, line)? > 0).then_some(line))
}

fn io_readlines<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let hint = size_arg(vm, args)?.filter(|&n| n > 0);
    let list = vm.new_list(&[])?;
    let mut total = 0;
    while let Some(line) = next_line(vm, args[0])? {
        vm.list_append(list, line)?;
        total += crate::builtins::len_of(vm, line)?;
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(list)
}

fn io_write<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let v = args[0];
    let ty = open_stream(vm, v)?;
    let text = is_text(ty);
    let (data, count): (Vec<u8>, usize) = if text {
        match vm.str_text(args[1]) {
            Some(s) => (s.as_bytes().into(), s.chars().count()),
            None => {
                let t = vm.type_name(args[1]);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "write() argument must be str, not {}",
                    t
                ));
            }
        }
    } else {
        match vm.bytes_data(args[1]) {
            Some(b) => (b.into(), b.len()),
            None => {
                let t = vm.type_name(args[1]);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "a bytes-like object is required, not '{}'",
                    t
                ));
            }
        }
    };
    if is_file(ty) {
        let (flags, h) = (vm.io(v).flags, vm.io(v).handle);
        if flags & FLAG_WRITE == 0 {
            return Err(vm.raise_msg(TypeId::OSError, "not writable"));
        }
        let mut done = 0;
        while done < data.len() {
            match vm.port.file_write(h, &data[done..]) {
                Ok(0) => break,
                Ok(n) => done += n,
                Err(e) => return Err(os_error(vm, e)),
            }
        }
    } else {
        if vm.io(v).flags & FLAG_APPEND != 0 {
            let len = vm.io(v).len;
            vm.io_mut(v).pos = len;
        }
        vm.io_write_bytes(v, &data)?;
    }
    vm.new_int(count as i64)
}

fn io_getvalue<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let ty = open_stream(vm, args[0])?;
    if is_file(ty) {
        return Err(crate::raise!(
            vm,
            AttributeError,
            "'{}' object has no attribute 'getvalue'",
            "TextIOWrapper"
        ));
    }
    let data: Vec<u8> = vm.io_data(args[0]).into();
    make_value(vm, &data, is_text(ty))
}

fn io_seek<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let v = args[0];
    let ty = open_stream(vm, v)?;
    let off = vm.index_of(args[1])?;
    let whence = match args.get(2) {
        Some(&w) => vm.index_of(w)?,
        None => 0,
    };
    let to = match whence {
        0 if off < 0 => {
            return Err(crate::raise!(
                vm,
                ValueError,
                "negative seek position {}",
                off
            ))
        }
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        _ => {
            return Err(crate::raise!(
                vm,
                ValueError,
                "invalid whence ({}, should be 0, 1 or 2)",
                whence
            ))
        }
    };
    let pos = if is_file(ty) {
        match vm.port.file_seek(vm.io(v).handle, to) {
            Ok(p) => p as i64,
            Err(e) => return Err(os_error(vm, e)),
        }
    } else {
        let o = vm.io(v);
        let p = match to {
            SeekFrom::Start(p) => p as i64,
            SeekFrom::Current(d) => o.pos as i64 + d,
            SeekFrom::End(d) => o.len as i64 + d,
        };
        let p = p.clamp(0, u32::MAX as i64);
        vm.io_mut(v).pos = p as u32;
        p
    };
    vm.new_int(pos)
}

fn io_tell<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let v = args[0];
    let ty = open_stream(vm, v)?;
    let pos = if is_file(ty) {
        match vm.port.file_seek(vm.io(v).handle, SeekFrom::Current(0)) {
            Ok(p) => p as i64,
            Err(e) => return Err(os_error(vm, e)),
        }
    } else {
        vm.io(v).pos as i64
    };
    vm.new_int(pos)
}

fn io_close<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let v = args[0];
    if !vm.is_io(v) {
        return Err(vm.type_error("expected a stream"));
    }
    let (flags, h) = (vm.io(v).flags, vm.io(v).handle);
    if flags & FLAG_CLOSED == 0 {
        if is_file(vm.builtin_type_of(v)) {
            vm.port.file_close(h);
        }
        vm.io_mut(v).flags |= FLAG_CLOSED;
    }
    Ok(R::none())
}

fn io_flush<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    open_stream(vm, args[0])?;
    Ok(R::none())
}

fn io_readable<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let ty = open_stream(vm, args[0])?;
    Ok(R::bool(
        !is_file(ty) || vm.io(args[0]).flags & FLAG_READ != 0,
    ))
}

fn io_writable<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let ty = open_stream(vm, args[0])?;
    Ok(R::bool(
        !is_file(ty) || vm.io(args[0]).flags & FLAG_WRITE != 0,
    ))
}

fn io_enter<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    open_stream(vm, args[0])?;
    Ok(args[0])
}

fn io_exit<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    io_close(vm, &args[..1], kw)
}

/// `StringIO([initial])`, `BytesIO([initial])`: the cursor starts at 0.
pub fn new<R: Repr>(vm: &mut Vm<R>, ty: TypeId, args: &[R], _kwargs: &[R]) -> PyResult<R> {
    let initial: Vec<u8> = match args.first() {
        None => Vec::new(),
        Some(&v) if v.is_none() => Vec::new(),
        Some(&v) => {
            let data = if ty == TypeId::StringIO {
                vm.str_text(v).map(|s| s.as_bytes())
            } else {
                vm.bytes_data(v)
            };
            match data {
                Some(d) => d.into(),
                None => {
                    let t = vm.type_name(v);
                    return Err(crate::raise!(
                        vm,
                        TypeError,
                        "initial value must be str or None, not {}",
                        t
                    ));
                }
            }
        }
    };
    let s = vm.new_io(ty, FLAG_READ | FLAG_WRITE, 0)?;
    if !initial.is_empty() {
        vm.io_write_bytes(s, &initial)?;
        vm.io_mut(s).pos = 0;
    }
    Ok(s)
}

/// Parses `open()`'s mode: the port's open mode and whether it is binary.
fn parse_mode(mode: &str) -> Option<(OpenMode, bool)> {
    let mut m = OpenMode::default();
    let (mut kind, mut binary, mut text, mut plus) = (0, false, false, false);
    for c in mode.chars() {
        match c {
            'r' => kind += 1,
            'w' => {
                kind += 1;
                (m.write, m.create, m.truncate) = (true, true, true);
            }
            'a' => {
                kind += 1;
                (m.write, m.create, m.append) = (true, true, true);
            }
            'x' => {
                kind += 1;
                (m.write, m.create, m.exclusive) = (true, true, true);
            }
            'b' if !binary => binary = true,
            't' if !text => text = true,
            '+' if !plus => plus = true,
            _ => return None,
        }
    }
    if kind != 1 || (binary && text) {
        return None;
    }
    m.read = !m.write || plus;
    m.write |= plus;
    Some((m, binary))
}

/// `open(file, mode='r', encoding=None)`: a file from the port.
fn io_open<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let mode_v = args
        .get(1)
        .copied()
        .or_else(|| super::kwarg(kw, names::mode));
    let mode = match mode_v {
        None => alloc::string::String::from("r"),
        Some(m) => match vm.str_text(m) {
            Some(s) => alloc::string::String::from(s),
            None => return Err(vm.type_error("open() argument 'mode' must be str")),
        },
    };
    let Some((m, binary)) = parse_mode(&mode) else {
        return Err(crate::raise!(vm, ValueError, "invalid mode: '{}'", mode));
    };
    let Some(path) = vm.str_text(args[0]).map(alloc::string::String::from) else {
        let t = vm.type_name(args[0]);
        return Err(crate::raise!(
            vm,
            TypeError,
            "expected str, bytes or os.PathLike object, not {}",
            t
        ));
    };
    let h = match vm.port.file_open(&path, m) {
        Ok(h) => h,
        Err(e) => return Err(os_error(vm, e)),
    };
    let ty = if binary {
        TypeId::BinaryFile
    } else {
        TypeId::TextFile
    };
    let mut flags = 0;
    if m.read {
        flags |= FLAG_READ;
    }
    if m.write {
        flags |= FLAG_WRITE;
    }
    if m.append {
        flags |= FLAG_APPEND;
    }
    match vm.new_io(ty, flags, h) {
        Ok(f) => Ok(f),
        Err(e) => {
            vm.port.file_close(h);
            Err(e)
        }
    }
}
