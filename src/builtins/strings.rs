//! Methods of `str`, most shared with `bytes` and `bytearray` (one native
//! serves all three; see `text.rs`): this file holds the table, case
//! conversion, the `is*` predicates, padding, `encode` and str indexing.
//! Searching is in `str_search.rs`, splitting and stripping in `str_split.rs`.

use super::kwarg;
use super::str_search as search;
use super::str_split as split;
use super::text::{arg_bytes, make, self_text, Kind, Text};
use super::unicase::{for_lower, for_title, for_upper};
use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use mupy_reprs::Repr;

natives! { area::STR;
    JOIN join(2, 2) => split::join;
    SPLIT split(1, 3, kw) => split::split;
    RSPLIT rsplit(1, 3, kw) => split::rsplit;
    SPLITLINES splitlines(1, 2, kw) => split::splitlines;
    STRIP strip(1, 2) => split::strip;
    LSTRIP lstrip(1, 2) => split::lstrip;
    RSTRIP rstrip(1, 2) => split::rstrip;
    FIND find(2, 4) => search::find;
    RFIND rfind(2, 4) => search::rfind;
    INDEX index(2, 4) => search::index;
    RINDEX rindex(2, 4) => search::rindex;
    COUNT count(2, 4) => search::count;
    REPLACE replace(3, 4, kw) => search::replace;
    STARTSWITH startswith(2, 4) => search::startswith;
    ENDSWITH endswith(2, 4) => search::endswith;
    PARTITION partition(2, 2) => search::partition;
    RPARTITION rpartition(2, 2) => search::rpartition;
    UPPER upper(1, 1) => upper;
    LOWER lower(1, 1) => lower;
    SWAPCASE swapcase(1, 1) => swapcase;
    TITLE title(1, 1) => title;
    CAPITALIZE capitalize(1, 1) => capitalize;
    ISDIGIT isdigit(1, 1) => isdigit;
    ISALPHA isalpha(1, 1) => isalpha;
    ISSPACE isspace(1, 1) => isspace;
    ISUPPER isupper(1, 1) => isupper;
    ISLOWER islower(1, 1) => islower;
    ISALNUM isalnum(1, 1) => isalnum;
    CENTER center(2, 3) => center;
    LJUST ljust(2, 3) => ljust;
    RJUST rjust(2, 3) => rjust;
    ZFILL zfill(2, 2) => zfill;
    ENCODE encode(1, 3, kw) => encode;
}

/// `str`'s attributes.
pub static ATTRS: &[(Qstr, RomValue)] = &[
    (names::format, super::strfmt::rv(super::strfmt::Idx::FORMAT)),
    (
        names::format_map,
        super::strfmt::rv(super::strfmt::Idx::FORMAT_MAP),
    ),
    (names::join, rv(Idx::JOIN)),
    (names::split, rv(Idx::SPLIT)),
    (names::rsplit, rv(Idx::RSPLIT)),
    (names::splitlines, rv(Idx::SPLITLINES)),
    (names::strip, rv(Idx::STRIP)),
    (names::lstrip, rv(Idx::LSTRIP)),
    (names::rstrip, rv(Idx::RSTRIP)),
    (names::find, rv(Idx::FIND)),
    (names::rfind, rv(Idx::RFIND)),
    (names::index, rv(Idx::INDEX)),
    (names::rindex, rv(Idx::RINDEX)),
    (names::count, rv(Idx::COUNT)),
    (names::replace, rv(Idx::REPLACE)),
    (names::startswith, rv(Idx::STARTSWITH)),
    (names::endswith, rv(Idx::ENDSWITH)),
    (names::partition, rv(Idx::PARTITION)),
    (names::rpartition, rv(Idx::RPARTITION)),
    (names::upper, rv(Idx::UPPER)),
    (names::lower, rv(Idx::LOWER)),
    (names::swapcase, rv(Idx::SWAPCASE)),
    (names::title, rv(Idx::TITLE)),
    (names::capitalize, rv(Idx::CAPITALIZE)),
    (names::isdigit, rv(Idx::ISDIGIT)),
    (names::isalpha, rv(Idx::ISALPHA)),
    (names::isspace, rv(Idx::ISSPACE)),
    (names::isupper, rv(Idx::ISUPPER)),
    (names::islower, rv(Idx::ISLOWER)),
    (names::isalnum, rv(Idx::ISALNUM)),
    (names::center, rv(Idx::CENTER)),
    (names::ljust, rv(Idx::LJUST)),
    (names::rjust, rv(Idx::RJUST)),
    (names::zfill, rv(Idx::ZFILL)),
    (names::encode, rv(Idx::ENCODE)),
];

/// Maps every character (str: Unicode, bytes: ASCII only).
fn map_chars<R: Repr>(vm: &mut Vm<R>, v: R, f: impl Fn(&mut String, char, bool)) -> PyResult<R> {
    let t = self_text(vm, v)?;
    let mut out = String::with_capacity(t.data.len());
    let mut prev_cased = false;
    if t.kind == Kind::Str {
        for c in t.as_str().chars() {
            f(&mut out, c, prev_cased);
            prev_cased = c.is_alphabetic() && (c.is_lowercase() || c.is_uppercase());
        }
        return make(vm, t.kind, out.as_bytes());
    }
    let mut bytes = Vec::with_capacity(t.data.len());
    for &b in &t.data {
        let c = b as char;
        if b.is_ascii() {
            let mut s = String::new();
            f(&mut s, c, prev_cased);
            bytes.extend_from_slice(s.as_bytes());
        } else {
            bytes.push(b);
        }
        prev_cased = b.is_ascii_alphabetic();
    }
    make(vm, t.kind, &bytes)
}

fn upper<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    map_chars(vm, a[0], |o, c, _| for_upper(c, |u| o.push(u)))
}

fn lower<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    map_chars(vm, a[0], |o, c, _| for_lower(c, |u| o.push(u)))
}

fn swapcase<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    map_chars(vm, a[0], |o, c, _| {
        if c.is_uppercase() {
            for_lower(c, |u| o.push(u))
        } else if c.is_lowercase() {
            for_upper(c, |u| o.push(u))
        } else {
            o.push(c)
        }
    })
}

/// Titlecase of `c` (`ǆ` → `ǅ`, `ß` → `Ss`).
fn push_title(out: &mut String, c: char) {
    for_title(c, |u| out.push(u));
}

fn title<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    map_chars(vm, a[0], |o, c, prev_cased| {
        if prev_cased {
            for_lower(c, |u| o.push(u))
        } else {
            push_title(o, c)
        }
    })
}

fn capitalize<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    if t.kind == Kind::Str {
        let mut out = String::with_capacity(t.data.len());
        for (i, c) in t.as_str().chars().enumerate() {
            if i == 0 {
                push_title(&mut out, c);
            } else {
                for_lower(c, |u| out.push(u));
            }
        }
        return make(vm, t.kind, out.as_bytes());
    }
    let mut d = t.data.to_ascii_lowercase();
    if let Some(b) = d.first_mut() {
        b.make_ascii_uppercase();
    }
    make(vm, t.kind, &d)
}

/// `all(pred)` over a non-empty text's characters.
fn all_chars<R: Repr>(
    vm: &mut Vm<R>,
    v: R,
    uni: fn(char) -> bool,
    ascii: fn(&u8) -> bool,
) -> PyResult<R> {
    let t = self_text(vm, v)?;
    let ok = !t.is_empty()
        && if t.kind == Kind::Str {
            t.as_str().chars().all(uni)
        } else {
            t.data.iter().all(ascii)
        };
    Ok(R::bool(ok))
}

fn is_digit_char(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && c.is_numeric())
}

fn isdigit<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    all_chars(vm, a[0], is_digit_char, u8::is_ascii_digit)
}

fn isalpha<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    all_chars(vm, a[0], char::is_alphabetic, u8::is_ascii_alphabetic)
}

fn isalnum<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    all_chars(
        vm,
        a[0],
        |c| c.is_alphabetic() || is_digit_char(c),
        u8::is_ascii_alphanumeric,
    )
}

fn isspace<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    all_chars(vm, a[0], super::text::is_space_char, |b| {
        super::text::is_space_byte(*b)
    })
}

/// `isupper`/`islower`: some cased character, and none of the other case.
fn cased<R: Repr>(vm: &mut Vm<R>, v: R, want_upper: bool) -> PyResult<R> {
    let t = self_text(vm, v)?;
    let (mut any, mut bad) = (false, false);
    let mut check = |up: bool, low: bool| {
        if up || low {
            any = true;
            if up != want_upper {
                bad = true;
            }
        }
    };
    if t.kind == Kind::Str {
        for c in t.as_str().chars() {
            check(c.is_uppercase(), c.is_lowercase());
        }
    } else {
        for b in &t.data {
            check(b.is_ascii_uppercase(), b.is_ascii_lowercase());
        }
    }
    Ok(R::bool(any && !bad))
}

fn isupper<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    cased(vm, a[0], true)
}

fn islower<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    cased(vm, a[0], false)
}

/// Pads `t` to `width` positions with `left` fill characters before it.
fn pad<R: Repr>(vm: &mut Vm<R>, a: &[R], left_of: impl Fn(usize, usize) -> usize) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let width = vm.index_of(a[1])?.max(0) as usize;
    let fill = match a.get(2) {
        Some(&f) => fill_char(vm, &t, f)?,
        None => alloc::vec![b' '],
    };
    let n = t.len();
    if width <= n {
        return if t.kind == Kind::ByteArray {
            make(vm, t.kind, &t.data)
        } else if t.kind == Kind::Str {
            Ok(a[0])
        } else {
            make(vm, t.kind, &t.data)
        };
    }
    let marg = width - n;
    let left = left_of(marg, width);
    vm.check_digits(width.saturating_mul(fill.len()) / 4)?;
    let mut out = Vec::with_capacity(t.data.len() + marg * fill.len());
    for _ in 0..left {
        out.extend_from_slice(&fill);
    }
    out.extend_from_slice(&t.data);
    for _ in left..marg {
        out.extend_from_slice(&fill);
    }
    make(vm, t.kind, &out)
}

fn fill_char<R: Repr>(vm: &mut Vm<R>, t: &Text, f: R) -> PyResult<Vec<u8>> {
    let b = arg_bytes(vm, t.kind, f)?;
    let len = if t.is_str() {
        super::text::char_count(&b)
    } else {
        b.len()
    };
    if len != 1 {
        return Err(vm.type_error("The fill character must be exactly one character long"));
    }
    Ok(b)
}

fn center<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    // CPython's rule: odd margins put the extra fill left when the width is odd.
    pad(vm, a, |marg, width| marg / 2 + (marg & width & 1))
}

fn ljust<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    pad(vm, a, |_, _| 0)
}

fn rjust<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    pad(vm, a, |marg, _| marg)
}

fn zfill<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let t = self_text(vm, a[0])?;
    let width = vm.index_of(a[1])?.max(0) as usize;
    let n = t.len();
    if width <= n {
        return make(vm, t.kind, &t.data);
    }
    let (sign, body) = match t.data.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &t.data[1..]),
        _ => (None, &t.data[..]),
    };
    let mut out = Vec::with_capacity(width + t.data.len());
    out.extend(sign);
    out.resize(out.len() + (width - n), b'0');
    out.extend_from_slice(body);
    make(vm, t.kind, &out)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn encode<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let Some(s) = vm.str_text(a[0]).map(String::from) else {
        return Err(vm.type_error("descriptor 'encode' requires a 'str' object"));
    };
    let enc = a.get(1).copied().or_else(|| kwarg(kw, names::encoding));
    let data = encode_text(vm, &s, enc)?;
    vm.new_bytes(&data)
}

/// The bytes of `s` in `encoding` (utf-8 by default; ascii and latin-1).
pub fn encode_text<R: Repr>(vm: &mut Vm<R>, s: &str, encoding: Option<R>) -> PyResult<Vec<u8>> {
    let enc = match encoding {
        Some(e) => match vm.str_text(e) {
            Some(e) => e.to_ascii_lowercase().replace('_', "-"),
            None => return Err(vm.type_error("encode() argument 'encoding' must be str")),
        },
        None => String::from("utf-8"),
    };
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(Vec::from(s.as_bytes())),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 0x80 } else { 0x100 };
            match s.chars().map(|c| c as u32).find(|&c| c >= limit) {
                Some(_) => {
                    Err(vm.raise_msg(TypeId::UnicodeError, "'ascii' codec can't encode character"))
                }
                None => Ok(s.chars().map(|c| c as u8).collect()),
            }
        }
        _ => Err(crate::raise!(vm, LookupError, "unknown encoding: {}", enc)),
    }
}

/// `s[i]` and `s[a:b:c]`, by code points (ASCII text by bytes).
pub fn str_subscr<R: Repr>(vm: &mut Vm<R>, s: R, index: R) -> PyResult<R> {
    let text = String::from(vm.str_text(s).unwrap_or(""));
    let ascii = text.is_ascii();
    let n = if ascii {
        text.len()
    } else {
        text.chars().count()
    };
    if vm.is_exact(index, TypeId::Slice) {
        let (start, _, step, count) = vm.slice_indices(index, n as i64)?;
        if step == 1 && ascii {
            let (lo, hi) = (start as usize, (start + count) as usize);
            return vm.new_str(&text[lo..hi]);
        }
        let out: String = if ascii {
            let b = text.as_bytes();
            (0..count)
                .map(|k| b[(start + k * step) as usize] as char)
                .collect()
        } else {
            let chars: Vec<char> = text.chars().collect();
            (0..count)
                .map(|k| chars[(start + k * step) as usize])
                .collect()
        };
        return vm.new_str(&out);
    }
    if !vm.is_int(index) && !vm.is_user_instance(index) {
        let t = vm.type_name(index);
        return Err(crate::raise!(
            vm,
            TypeError,
            "string indices must be integers, not '{}'",
            t
        ));
    }
    let i = vm.seq_index(s, index, n, "string")?;
    let c = if ascii {
        text.as_bytes()[i] as char
    } else {
        text.chars().nth(i).unwrap_or(' ')
    };
    let mut b = [0u8; 4];
    vm.new_str(c.encode_utf8(&mut b))
}

/// `str(x)`, and `str(b, encoding)` (decoding a byte buffer).
pub fn str_new<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    let Some(&v) = args.first() else {
        return Ok(R::qstr(names::EMPTY.0));
    };
    let encoding = args
        .get(1)
        .copied()
        .or_else(|| kwarg(kwargs, names::encoding));
    if encoding.is_none() && args.len() < 3 {
        return vm.to_str_value(v);
    }
    if vm.bytes_data(v).is_none() {
        let t = vm.type_name(v);
        return Err(crate::raise!(
            vm,
            TypeError,
            "decoding to str: need a bytes-like object, {} found",
            t
        ));
    }
    let mut call = alloc::vec![v];
    call.extend(encoding);
    super::bytes::call(vm, super::bytes::Idx::DECODE as u8, &call, &[])
}
