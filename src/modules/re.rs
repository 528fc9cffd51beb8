//! The `re` module: MicroPython's API (`compile`, `match`, `search`, `sub`,
//! `split`, match objects) plus CPython's `fullmatch`, `subn`, `findall`,
//! `finditer` and `escape`. Patterns compile to a program
//! (`re_compile.rs`) run by a bounded backtracking matcher (`re_exec.rs`).
//!
//! ```text
//!   Pattern: | type ref u32 | groups u32 | flags u32 | pad u32 | pattern R | program R (bytes) |
//!   Match:   | type ref u32 | groups u32 | string R | pattern R | span u32 × 2(groups+1) |
//! ```
//! Spans are byte offsets into the string (`u32::MAX` for a group that did
//! not match), turned into character indices when asked for.

use super::re_compile;
use super::re_exec::{Failure, Prog, Search, UNSET};
use super::Module;
use crate::builtins::kwarg;
use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::vec::Vec;
use mupy_reprs::Repr;

natives! { area::RE;
    COMPILE compile(1, 2) => re_compile_fn;
    MATCH match_(2, 3) => re_match;
    SEARCH search(2, 3) => re_search;
    FULLMATCH fullmatch(2, 3) => re_fullmatch;
    SUB sub(3, 5, kw) => re_sub;
    SUBN subn(3, 5, kw) => re_subn;
    SPLIT split(2, 4, kw) => re_split;
    FINDALL findall(2, 3) => re_findall;
    FINDITER finditer(2, 3) => re_finditer;
    ESCAPE escape(1, 1) => re_escape;
    P_MATCH match_(2, 4) => pat_match;
    P_SEARCH search(2, 4) => pat_search;
    P_FULLMATCH fullmatch(2, 4) => pat_fullmatch;
    P_SUB sub(3, 4, kw) => pat_sub;
    P_SUBN subn(3, 4, kw) => pat_subn;
    P_SPLIT split(2, 3, kw) => pat_split;
    P_FINDALL findall(2, 4) => pat_findall;
    P_FINDITER finditer(2, 4) => pat_finditer;
    M_GROUP group(1, VARARGS) => m_group;
    M_GROUPS groups(1, 2) => m_groups;
    M_START start(1, 2) => m_start;
    M_END end(1, 2) => m_end;
    M_SPAN span(1, 2) => m_span;
}

pub static MODULE: Module = Module {
    name: names::re,
    attrs: &[
        (names::compile, rv(Idx::COMPILE)),
        (names::match_, rv(Idx::MATCH)),
        (names::search, rv(Idx::SEARCH)),
        (names::fullmatch, rv(Idx::FULLMATCH)),
        (names::sub, rv(Idx::SUB)),
        (names::subn, rv(Idx::SUBN)),
        (names::split, rv(Idx::SPLIT)),
        (names::findall, rv(Idx::FINDALL)),
        (names::finditer, rv(Idx::FINDITER)),
        (names::escape, rv(Idx::ESCAPE)),
        (names::error, RomValue::Obj(TypeId::ValueError.rom_ref())),
        // MicroPython's flag value; accepted by `compile` and ignored.
        (names::DEBUG, RomValue::Int(0x1000)),
        (names::Pattern, RomValue::Obj(TypeId::RePattern.rom_ref())),
        (names::Match, RomValue::Obj(TypeId::ReMatch.rom_ref())),
    ],
};

pub static PATTERN_ATTRS: &[(Qstr, RomValue)] = &[
    (names::match_, rv(Idx::P_MATCH)),
    (names::search, rv(Idx::P_SEARCH)),
    (names::fullmatch, rv(Idx::P_FULLMATCH)),
    (names::sub, rv(Idx::P_SUB)),
    (names::subn, rv(Idx::P_SUBN)),
    (names::split, rv(Idx::P_SPLIT)),
    (names::findall, rv(Idx::P_FINDALL)),
    (names::finditer, rv(Idx::P_FINDITER)),
];

pub static MATCH_ATTRS: &[(Qstr, RomValue)] = &[
    (names::group, rv(Idx::M_GROUP)),
    (names::groups, rv(Idx::M_GROUPS)),
    (names::start, rv(Idx::M_START)),
    (names::end, rv(Idx::M_END)),
    (names::span, rv(Idx::M_SPAN)),
];

/// The pattern has backreferences (the matcher cannot memoise).
const FLAG_BACKREFS: u32 = 1;
/// The pattern is bytes, for bytes subjects.
const FLAG_BYTES: u32 = 2;

#[repr(C)]
pub struct PatternObj<R> {
    pub header: Header,
    pub groups: u32,
    pub flags: u32,
    pub pad: u32,
    pub pattern: R,
    pub prog: R,
}

#[repr(C)]
pub struct MatchObj<R> {
    pub header: Header,
    pub groups: u32,
    pub string: R,
    pub pattern: R,
}

fn pattern_obj<R: Repr>(vm: &Vm<R>, p: R) -> &PatternObj<R> {
    // SAFETY: callers pass a Pattern object.
    unsafe { vm.obj::<PatternObj<R>>(p.ptr_ref()) }
}

fn match_obj<R: Repr>(vm: &Vm<R>, m: R) -> &MatchObj<R> {
    // SAFETY: callers pass a Match object.
    unsafe { vm.obj::<MatchObj<R>>(m.ptr_ref()) }
}

/// The spans of a match object.
fn spans<R: Repr>(vm: &Vm<R>, m: R) -> &[u32] {
    let n = 2 * (match_obj(vm, m).groups as usize + 1);
    // SAFETY: a Match object is followed by its `n` span words.
    unsafe {
        let p = (vm.ptr::<u8>(m.ptr_ref())).add(core::mem::size_of::<MatchObj<R>>()) as *const u32;
        core::slice::from_raw_parts(p, n)
    }
}

/// The text of a subject: its bytes and whether it is a str.
fn subject<R: Repr>(vm: &Vm<R>, v: R) -> Option<(&[u8], bool)> {
    if let Some(s) = vm.str_text(v) {
        return Some((s.as_bytes(), true));
    }
    vm.bytes_data(v).map(|b| (b, false))
}

/// A compiled pattern from a Pattern or a pattern str/bytes.
fn get_pattern<R: Repr>(vm: &mut Vm<R>, p: R) -> PyResult<R> {
    if vm.is_exact(p, TypeId::RePattern) {
        return Ok(p);
    }
    let (chars, is_bytes): (Vec<u32>, bool) = match vm.str_text(p) {
        Some(s) => (s.chars().map(|c| c as u32).collect(), false),
        None => match vm.bytes_data(p) {
            Some(b) => (b.iter().map(|&c| c as u32).collect(), true),
            None => return Err(vm.type_error("first argument must be string or compiled pattern")),
        },
    };
    let c = match re_compile::compile(&chars) {
        Ok(c) => c,
        Err(msg) => return Err(vm.raise_msg(TypeId::ValueError, msg)),
    };
    let words: Vec<u8> = c.prog.iter().flat_map(|w| w.to_le_bytes()).collect();
    let prog = vm.new_bytes(&words)?;
    let r = vm.alloc_obj(
        TypeId::RePattern.rom_ref(),
        core::mem::size_of::<PatternObj<R>>(),
        ALLOC_DEFAULT,
    )?;
    // SAFETY: `r` is a fresh Pattern object.
    let o = unsafe { vm.obj_mut::<PatternObj<R>>(r) };
    o.groups = c.groups;
    o.flags = (c.has_backrefs as u32 * FLAG_BACKREFS) | (is_bytes as u32 * FLAG_BYTES);
    o.pattern = p;
    o.prog = prog;
    Ok(R::ptr(r))
}

/// How a search is anchored.
#[derive(Copy, Clone, PartialEq)]
enum Mode {
    Search,
    Match,
    Full,
}

/// Runs `pat` over `string[..end]` from byte `start`: the capture offsets.
fn run<R: Repr>(
    vm: &mut Vm<R>,
    pat: R,
    string: R,
    start: usize,
    end: Option<usize>,
    mode: Mode,
    no_empty_at: Option<usize>,
) -> PyResult<Option<Vec<usize>>> {
    let (groups, flags, prog) = {
        let p = pattern_obj(vm, pat);
        (p.groups as usize, p.flags, p.prog)
    };
    let Some((text, utf8)) = subject(vm, string) else {
        let t = vm.type_name(string);
        return Err(crate::raise!(
            vm,
            TypeError,
            "expected string or bytes-like object, got '{}'",
            t
        ));
    };
    if utf8 == (flags & FLAG_BYTES != 0) {
        let msg = if utf8 {
            "cannot use a bytes pattern on a string-like object"
        } else {
            "cannot use a string pattern on a bytes-like object"
        };
        return Err(vm.type_error(msg));
    }
    let end = end.unwrap_or(text.len()).min(text.len());
    let mut caps = alloc::vec![UNSET; 2 * (groups + 1)];
    let search = Search {
        prog: Prog(vm.bytes_data(prog).unwrap_or(&[])),
        text: &text[..end],
        utf8,
        use_memo: flags & FLAG_BACKREFS == 0,
        anchored: mode != Mode::Search,
        full: mode == Mode::Full,
        no_empty_at,
    };
    if start > end {
        return Ok(None);
    }
    match search.run(start, &mut caps) {
        Ok(true) => Ok(Some(caps)),
        Ok(false) => Ok(None),
        Err(Failure::TooComplex) => Err(vm.raise_msg(
            TypeId::RuntimeError,
            "regex too complex: backtracking limit exceeded",
        )),
    }
}

/// A Match object for `caps`.
fn new_match<R: Repr>(vm: &mut Vm<R>, pat: R, string: R, caps: &[usize]) -> PyResult<R> {
    let head = core::mem::size_of::<MatchObj<R>>();
    let r = vm.alloc_obj(
        TypeId::ReMatch.rom_ref(),
        head + 4 * caps.len(),
        ALLOC_DEFAULT,
    )?;
    // SAFETY: `r` is a fresh Match object with room for the spans.
    unsafe {
        let o = vm.obj_mut::<MatchObj<R>>(r);
        o.groups = (caps.len() / 2 - 1) as u32;
        o.string = string;
        o.pattern = pat;
        let p = (vm.ptr::<u8>(r)).add(head) as *mut u32;
        for (i, &c) in caps.iter().enumerate() {
            *p.add(i) = if c == UNSET { u32::MAX } else { c as u32 };
        }
    }
    Ok(R::ptr(r))
}

/// A character index (str) or byte index (bytes) as a byte offset.
fn char_to_byte<R: Repr>(vm: &mut Vm<R>, string: R, v: Option<R>) -> PyResult<Option<usize>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let i = vm.index_of(v)?;
    let Some((text, utf8)) = subject(vm, string) else {
        return Ok(None);
    };
    let n = if utf8 {
        core::str::from_utf8(text).map_or(0, |s| s.chars().count())
    } else {
        text.len()
    } as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    if !utf8 {
        return Ok(Some(i));
    }
    let s = core::str::from_utf8(text).unwrap_or("");
    Ok(Some(s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)))
}

/// `pattern.match/search/fullmatch(string, pos=0, endpos=None)`.
fn find<R: Repr>(vm: &mut Vm<R>, pat: R, args: &[R], mode: Mode) -> PyResult<R> {
    let string = args[0];
    let start = char_to_byte(vm, string, args.get(1).copied())?.unwrap_or(0);
    let end = char_to_byte(vm, string, args.get(2).copied())?;
    match run(vm, pat, string, start, end, mode, None)? {
        Some(caps) => new_match(vm, pat, string, &caps),
        None => Ok(R::none()),
    }
}

fn re_compile_fn<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    get_pattern(vm, args[0])
}

fn re_match<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = get_pattern(vm, args[0])?;
    find(vm, p, &args[1..2], Mode::Match)
}

fn re_search<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = get_pattern(vm, args[0])?;
    find(vm, p, &args[1..2], Mode::Search)
}

fn re_fullmatch<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = get_pattern(vm, args[0])?;
    find(vm, p, &args[1..2], Mode::Full)
}

fn pat_match<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    find(vm, args[0], &args[1..], Mode::Match)
}

fn pat_search<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    find(vm, args[0], &args[1..], Mode::Search)
}

fn pat_fullmatch<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    find(vm, args[0], &args[1..], Mode::Full)
}

/// Every match of `pat` in `string` in turn (CPython's rules for empty
/// matches: one right after an empty match must move on), at most
/// `limit` (0: no limit). `each` gets the capture offsets.
fn each_match<R: Repr>(
    vm: &mut Vm<R>,
    pat: R,
    string: R,
    limit: usize,
    mut each: impl FnMut(&mut Vm<R>, &[usize]) -> PyResult<()>,
) -> PyResult<()> {
    let (mut pos, mut no_empty, mut n) = (0, None, 0);
    while limit == 0 || n < limit {
        let Some(caps) = run(vm, pat, string, pos, None, Mode::Search, no_empty)? else {
            break;
        };
        let (s, e) = (caps[0], caps[1]);
        each(vm, &caps)?;
        n += 1;
        pos = e;
        no_empty = (s == e).then_some(e);
    }
    Ok(())
}

/// A piece of the subject as a str or bytes.
fn piece<R: Repr>(vm: &mut Vm<R>, string: R, s: usize, e: usize) -> PyResult<R> {
    let Some((text, utf8)) = subject(vm, string) else {
        return Ok(R::none());
    };
    let bytes: Vec<u8> = text.get(s..e).unwrap_or(&[]).into();
    if utf8 {
        vm.new_str(core::str::from_utf8(&bytes).unwrap_or(""))
    } else {
        vm.new_bytes(&bytes)
    }
}

/// Group `g` of a match's offsets: the text, or `None` if it did not match.
fn group_value<R: Repr>(vm: &mut Vm<R>, string: R, caps: &[usize], g: usize) -> PyResult<R> {
    let (s, e) = (caps[2 * g], caps[2 * g + 1]);
    if s == UNSET || e == UNSET {
        return Ok(R::none());
    }
    piece(vm, string, s, e)
}

/// `sub`/`subn`: the new string and the number of replacements.
fn substitute<R: Repr>(
    vm: &mut Vm<R>,
    pat: R,
    repl: R,
    string: R,
    count: usize,
) -> PyResult<(R, usize)> {
    let utf8 = match subject(vm, string) {
        Some((_, u)) => u,
        None => return Err(vm.type_error("expected string or bytes-like object")),
    };
    let template: Option<Vec<u8>> = subject(vm, repl).map(|(t, _)| t.into());
    // A copy, so the text can be read while replacements are computed.
    let text: Vec<u8> = subject(vm, string).map_or(Vec::new(), |(t, _)| t.into());
    let mut out: Vec<u8> = Vec::new();
    let mut last = 0;
    let mut n = 0;
    each_match(vm, pat, string, count, |vm, caps| {
        out.extend_from_slice(&text[last..caps[0]]);
        last = caps[1];
        n += 1;
        match &template {
            Some(t) => expand(vm, t, &text, caps, &mut out),
            None => {
                let m = new_match(vm, pat, string, caps)?;
                let r = vm.call(repl, &[m], &[])?;
                match subject(vm, r) {
                    Some((b, _)) => {
                        out.extend_from_slice(b);
                        Ok(())
                    }
                    None => Err(vm.type_error("expected str instance")),
                }
            }
        }
    })?;
    out.extend_from_slice(&text[last..]);
    let r = if utf8 {
        vm.new_str(core::str::from_utf8(&out).unwrap_or(""))?
    } else {
        vm.new_bytes(&out)?
    };
    Ok((r, n))
}

/// Appends template `t` with `\1`, `\g<1>` and character escapes expanded.
fn expand<R: Repr>(
    vm: &mut Vm<R>,
    t: &[u8],
    text: &[u8],
    caps: &[usize],
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let groups = caps.len() / 2;
    let push_group = |vm: &mut Vm<R>, g: usize, out: &mut Vec<u8>| -> PyResult<()> {
        if g >= groups {
            return Err(crate::raise!(
                vm,
                ValueError,
                "invalid group reference {}",
                g
            ));
        }
        let (s, e) = (caps[2 * g], caps[2 * g + 1]);
        if s != UNSET && e != UNSET {
            out.extend_from_slice(&text[s..e]);
        }
        Ok(())
    };
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let Some(&e) = t.get(i) else {
            return Err(vm.value_error("bad escape (end of pattern)"));
        };
        i += 1;
        match e {
            b'0'..=b'9' => {
                let mut g = (e - b'0') as usize;
                if let Some(d @ b'0'..=b'9') = t.get(i).copied() {
                    g = g * 10 + (d - b'0') as usize;
                    i += 1;
                }
                push_group(vm, g, out)?;
            }
            b'g' => {
                let close = t[i..].iter().position(|&b| b == b'>');
                let name = match (t.get(i), close) {
                    (Some(b'<'), Some(c)) => &t[i + 1..i + c],
                    _ => return Err(vm.value_error("missing <")),
                };
                let g = core::str::from_utf8(name)
                    .ok()
                    .and_then(|s| s.parse::<usize>().ok());
                match g {
                    Some(g) => push_group(vm, g, out)?,
                    None => return Err(vm.value_error("bad character in group name")),
                }
                i += close.unwrap_or(0) + 1;
            }
            b'n' => out.push(b'\n'),
            b't' => out.push(b'\t'),
            b'r' => out.push(b'\r'),
            b'f' => out.push(0xc),
            b'v' => out.push(0xb),
            b'a' => out.push(7),
            b'\\' => out.push(b'\\'),
            _ if e.is_ascii_alphabetic() => {
                return Err(crate::raise!(vm, ValueError, "bad escape \\{}", e as char));
            }
            _ => {
                out.push(b'\\');
                out.push(e);
            }
        }
    }
    Ok(())
}

/// The `count` argument of `sub`/`subn` (position `at` or keyword).
fn count_arg<R: Repr>(
    vm: &mut Vm<R>,
    args: &[R],
    at: usize,
    kw: &[R],
    name: Qstr,
) -> PyResult<usize> {
    match args.get(at).copied().or_else(|| kwarg(kw, name)) {
        Some(v) => Ok(vm.index_of(v)?.max(0) as usize),
        None => Ok(0),
    }
}

fn re_sub<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let p = get_pattern(vm, args[0])?;
    let count = count_arg(vm, args, 3, kw, names::count)?;
    Ok(substitute(vm, p, args[1], args[2], count)?.0)
}

fn re_subn<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let p = get_pattern(vm, args[0])?;
    let count = count_arg(vm, args, 3, kw, names::count)?;
    let (s, n) = substitute(vm, p, args[1], args[2], count)?;
    let n = vm.new_int(n as i64)?;
    vm.new_tuple(&[s, n])
}

fn pat_sub<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let count = count_arg(vm, args, 3, kw, names::count)?;
    Ok(substitute(vm, args[0], args[1], args[2], count)?.0)
}

fn pat_subn<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let count = count_arg(vm, args, 3, kw, names::count)?;
    let (s, n) = substitute(vm, args[0], args[1], args[2], count)?;
    let n = vm.new_int(n as i64)?;
    vm.new_tuple(&[s, n])
}

fn split<R: Repr>(vm: &mut Vm<R>, pat: R, string: R, maxsplit: usize) -> PyResult<R> {
    let list = vm.new_list(&[])?;
    let mut last = 0;
    each_match(vm, pat, string, maxsplit, |vm, caps| {
        let v = piece(vm, string, last, caps[0])?;
        vm.list_append(list, v)?;
        for g in 1..caps.len() / 2 {
            let v = group_value(vm, string, caps, g)?;
            vm.list_append(list, v)?;
        }
        last = caps[1];
        Ok(())
    })?;
    let end = subject(vm, string).map_or(0, |(t, _)| t.len());
    let v = piece(vm, string, last, end)?;
    vm.list_append(list, v)?;
    Ok(list)
}

fn re_split<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let p = get_pattern(vm, args[0])?;
    let n = count_arg(vm, args, 2, kw, names::maxsplit)?;
    split(vm, p, args[1], n)
}

fn pat_split<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let n = count_arg(vm, args, 2, kw, names::maxsplit)?;
    split(vm, args[0], args[1], n)
}

/// `findall`: the whole matches, the one group, or tuples of the groups.
fn findall<R: Repr>(vm: &mut Vm<R>, pat: R, string: R) -> PyResult<R> {
    let list = vm.new_list(&[])?;
    each_match(vm, pat, string, 0, |vm, caps| {
        let groups = caps.len() / 2 - 1;
        let empty = piece(vm, string, 0, 0)?;
        let item = match groups {
            0 => group_value(vm, string, caps, 0)?,
            1 => {
                let v = group_value(vm, string, caps, 1)?;
                if v.is_none() {
                    empty
                } else {
                    v
                }
            }
            _ => {
                let base = vm.roots.temps.len();
                for g in 1..=groups {
                    let v = group_value(vm, string, caps, g)?;
                    vm.temps_push(if v.is_none() { empty } else { v })?;
                }
                vm.temps_to_tuple(base)?
            }
        };
        vm.list_append(list, item)
    })?;
    Ok(list)
}

fn finditer<R: Repr>(vm: &mut Vm<R>, pat: R, string: R) -> PyResult<R> {
    let list = vm.new_list(&[])?;
    each_match(vm, pat, string, 0, |vm, caps| {
        let m = new_match(vm, pat, string, caps)?;
        vm.list_append(list, m)
    })?;
    vm.get_iter(list)
}

fn re_findall<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = get_pattern(vm, args[0])?;
    findall(vm, p, args[1])
}

fn re_finditer<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let p = get_pattern(vm, args[0])?;
    finditer(vm, p, args[1])
}

fn pat_findall<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    findall(vm, args[0], args[1])
}

fn pat_finditer<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    finditer(vm, args[0], args[1])
}

/// `re.escape(s)`: backslashes before the characters special in patterns.
fn re_escape<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let Some(s) = vm.str_text(args[0]) else {
        return Err(vm.type_error("escape() argument must be str"));
    };
    let mut out = alloc::string::String::new();
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\u{b}\u{c}".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    vm.new_str(&out)
}

/// The capture offsets of a match object, as `usize`s.
fn match_caps<R: Repr>(vm: &Vm<R>, m: R) -> Vec<usize> {
    spans(vm, m)
        .iter()
        .map(|&s| if s == u32::MAX { UNSET } else { s as usize })
        .collect()
}

/// A group number argument, checked against the match's groups.
fn group_index<R: Repr>(vm: &mut Vm<R>, m: R, g: Option<R>) -> PyResult<usize> {
    let n = match_obj(vm, m).groups as i64;
    let i = match g {
        None => 0,
        Some(v) => {
            if !vm.is_int(v) {
                return Err(vm.raise_msg(TypeId::IndexError, "no such group"));
            }
            vm.index_of(v)?
        }
    };
    if i < 0 || i > n {
        return Err(vm.raise_msg(TypeId::IndexError, "no such group"));
    }
    Ok(i as usize)
}

fn m_group<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let m = args[0];
    let string = match_obj(vm, m).string;
    let caps = match_caps(vm, m);
    if args.len() <= 2 {
        let g = group_index(vm, m, args.get(1).copied())?;
        return group_value(vm, string, &caps, g);
    }
    let base = vm.roots.temps.len();
    for &a in &args[1..] {
        let g = group_index(vm, m, Some(a));
        let v = g.and_then(|g| group_value(vm, string, &caps, g));
        if let Err(e) = v.and_then(|v| vm.temps_push(v)) {
            vm.roots.temps.truncate(base);
            return Err(e);
        }
    }
    vm.temps_to_tuple(base)
}

fn m_groups<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let m = args[0];
    let default = args.get(1).copied().unwrap_or(R::none());
    let string = match_obj(vm, m).string;
    let caps = match_caps(vm, m);
    let base = vm.roots.temps.len();
    for g in 1..caps.len() / 2 {
        let v = group_value(vm, string, &caps, g);
        let v = v.map(|v| if v.is_none() { default } else { v });
        if let Err(e) = v.and_then(|v| vm.temps_push(v)) {
            vm.roots.temps.truncate(base);
            return Err(e);
        }
    }
    vm.temps_to_tuple(base)
}

/// The character index of byte offset `b` of the match's string (-1 unset).
fn index_of_offset<R: Repr>(vm: &Vm<R>, m: R, b: usize) -> i64 {
    if b == UNSET {
        return -1;
    }
    match subject(vm, match_obj(vm, m).string) {
        Some((t, true)) => {
            core::str::from_utf8(&t[..b.min(t.len())]).map_or(b, |s| s.chars().count()) as i64
        }
        _ => b as i64,
    }
}

fn m_bound<R: Repr>(vm: &mut Vm<R>, args: &[R], which: usize) -> PyResult<i64> {
    let g = group_index(vm, args[0], args.get(1).copied())?;
    let caps = match_caps(vm, args[0]);
    Ok(index_of_offset(vm, args[0], caps[2 * g + which]))
}

fn m_start<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let i = m_bound(vm, args, 0)?;
    vm.new_int(i)
}

fn m_end<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let i = m_bound(vm, args, 1)?;
    vm.new_int(i)
}

fn m_span<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let (s, e) = (m_bound(vm, args, 0)?, m_bound(vm, args, 1)?);
    let (s, e) = (vm.new_int(s)?, vm.new_int(e)?);
    vm.new_tuple(&[s, e])
}
