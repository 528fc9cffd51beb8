//! `json.loads` and `json.load`: JSON text to Python values.
//!
//! The parser keeps no Rust recursion: containers being filled wait on
//! the VM's traced temporaries (a list; a dict and the key it waits a
//! value for), and a byte stack says which kind each level is. So deep
//! nesting costs heap, not native stack, and every container is rooted
//! while the next value is allocated.
//!
//! ```text
//!   temps:  … | list | dict key | list | …      kinds: [ { [
//! ```
//! Errors are `ValueError`s (CPython's `JSONDecodeError` derives from it).

use crate::runtime::{PyResult, Raised, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use mupy_reprs::Repr;

/// Nesting deeper than this is refused (CPython's limit is about the same).
const MAX_NESTING: usize = 1000;

struct Parser<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.pos).copied()
    }

    fn eat(&mut self, b: u8) -> bool {
        if self.peek() == Some(b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn eat_word(&mut self, w: &str) -> bool {
        if self.text[self.pos..].starts_with(w.as_bytes()) {
            self.pos += w.len();
            true
        } else {
            false
        }
    }
}

fn error<R: Repr>(vm: &mut Vm<R>, what: &str, p: &Parser) -> Raised {
    crate::raise!(vm, ValueError, "{}: char {}", what, p.pos)
}

pub fn json_loads<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let text: Vec<u8> = match vm.str_text(args[0]) {
        Some(s) => s.as_bytes().into(),
        None => match vm.bytes_data(args[0]) {
            Some(b) => b.into(),
            None => {
                let t = vm.type_name(args[0]);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "the JSON object must be str, bytes or bytearray, not {}",
                    t
                ));
            }
        },
    };
    let base = vm.roots.temps.len();
    let r = parse(vm, &text);
    vm.roots.temps.truncate(base);
    r
}

pub fn json_load<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let s = vm.call_method(args[0], crate::qstr::names::read, &[])?;
    json_loads(vm, &[s], kw)
}

fn parse<R: Repr>(vm: &mut Vm<R>, text: &[u8]) -> PyResult<R> {
    let mut p = Parser { text, pos: 0 };
    let mut kinds: Vec<u8> = Vec::new();
    'value: loop {
        p.ws();
        let mut v = match p.peek() {
            Some(b'[') => {
                p.pos += 1;
                let l = vm.new_list(&[])?;
                p.ws();
                if p.eat(b']') {
                    l
                } else {
                    open(vm, &mut kinds, &p, b'[', &[l])?;
                    continue 'value;
                }
            }
            Some(b'{') => {
                p.pos += 1;
                let d = vm.new_dict()?;
                p.ws();
                if p.eat(b'}') {
                    d
                } else {
                    let k = key(vm, &mut p)?;
                    open(vm, &mut kinds, &p, b'{', &[d, k])?;
                    continue 'value;
                }
            }
            _ => scalar(vm, &mut p)?,
        };
        // A value is complete: put it in its container, closing every
        // container that ends here.
        loop {
            let Some(&kind) = kinds.last() else {
                p.ws();
                if p.pos != text.len() {
                    return Err(error(vm, "Extra data", &p));
                }
                return Ok(v);
            };
            let n = vm.roots.temps.len();
            p.ws();
            if kind == b'[' {
                let l = vm.roots.temps[n - 1];
                vm.list_append(l, v)?;
                if p.eat(b',') {
                    continue 'value;
                }
                if !p.eat(b']') {
                    return Err(error(vm, "Expecting ',' delimiter", &p));
                }
                v = l;
                vm.roots.temps.truncate(n - 1);
            } else {
                let (d, k) = (vm.roots.temps[n - 2], vm.roots.temps[n - 1]);
                vm.dict_set(d, k, v)?;
                if p.eat(b',') {
                    p.ws();
                    let k = key(vm, &mut p)?;
                    let n = vm.roots.temps.len();
                    vm.roots.temps[n - 1] = k;
                    continue 'value;
                }
                if !p.eat(b'}') {
                    return Err(error(vm, "Expecting ',' delimiter", &p));
                }
                v = d;
                vm.roots.temps.truncate(n - 2);
            }
            kinds.pop();
        }
    }
}

/// Starts a container level whose values wait on the temporaries.
fn open<R: Repr>(
    vm: &mut Vm<R>,
    kinds: &mut Vec<u8>,
    p: &Parser,
    kind: u8,
    slots: &[R],
) -> PyResult<()> {
    if kinds.len() >= MAX_NESTING {
        return Err(error(vm, "Nesting too deep", p));
    }
    for &s in slots {
        vm.temps_push(s)?;
    }
    kinds.push(kind);
    Ok(())
}

/// A dict key and its colon.
fn key<R: Repr>(vm: &mut Vm<R>, p: &mut Parser) -> PyResult<R> {
    if p.peek() != Some(b'"') {
        return Err(error(
            vm,
            "Expecting property name enclosed in double quotes",
            p,
        ));
    }
    let k = string(vm, p)?;
    p.ws();
    if !p.eat(b':') {
        return Err(error(vm, "Expecting ':' delimiter", p));
    }
    Ok(k)
}

fn scalar<R: Repr>(vm: &mut Vm<R>, p: &mut Parser) -> PyResult<R> {
    match p.peek() {
        Some(b'"') => string(vm, p),
        Some(b'-' | b'0'..=b'9') => {
            if p.eat_word("-Infinity") {
                return vm.new_float(f64::NEG_INFINITY);
            }
            number(vm, p)
        }
        _ if p.eat_word("true") => Ok(R::bool(true)),
        _ if p.eat_word("false") => Ok(R::bool(false)),
        _ if p.eat_word("null") => Ok(R::none()),
        _ if p.eat_word("NaN") => vm.new_float(f64::NAN),
        _ if p.eat_word("Infinity") => vm.new_float(f64::INFINITY),
        _ => Err(error(vm, "Expecting value", p)),
    }
}

/// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`: an int, or a float
/// when it has a fraction or an exponent.
fn number<R: Repr>(vm: &mut Vm<R>, p: &mut Parser) -> PyResult<R> {
    let start = p.pos;
    let digits = |p: &mut Parser| {
        let s = p.pos;
        while let Some(b'0'..=b'9') = p.peek() {
            p.pos += 1;
        }
        p.pos - s
    };
    p.eat(b'-');
    let int_start = p.pos;
    let n = digits(p);
    if n == 0 || (n > 1 && p.text[int_start] == b'0') {
        p.pos = start;
        return Err(error(vm, "Expecting value", p));
    }
    let mut is_float = false;
    if p.peek() == Some(b'.') {
        p.pos += 1;
        if digits(p) == 0 {
            return Err(error(vm, "Expecting value", p));
        }
        is_float = true;
    }
    if let Some(b'e' | b'E') = p.peek() {
        p.pos += 1;
        if let Some(b'+' | b'-') = p.peek() {
            p.pos += 1;
        }
        if digits(p) == 0 {
            return Err(error(vm, "Expecting value", p));
        }
        is_float = true;
    }
    // SAFETY-free: the range holds only ASCII digits, signs, `.` and `e`.
    let text = core::str::from_utf8(&p.text[start..p.pos]).unwrap_or("0");
    if is_float {
        let f = text.parse::<f64>().unwrap_or(f64::NAN);
        return vm.new_float(f);
    }
    match vm.int_parse(text, 10)? {
        Some(v) => Ok(v),
        None => Err(error(vm, "Expecting value", p)),
    }
}

/// A string literal (the cursor is on its opening quote).
fn string<R: Repr>(vm: &mut Vm<R>, p: &mut Parser) -> PyResult<R> {
    p.pos += 1;
    let mut out = String::new();
    loop {
        let start = p.pos;
        while let Some(b) = p.peek() {
            if b == b'"' || b == b'\\' || b < 0x20 {
                break;
            }
            p.pos += 1;
        }
        match core::str::from_utf8(&p.text[start..p.pos]) {
            Ok(s) => out.push_str(s),
            Err(_) => return Err(error(vm, "Invalid UTF-8", p)),
        }
        match p.peek() {
            Some(b'"') => {
                p.pos += 1;
                return vm.new_str(&out);
            }
            Some(b'\\') => {
                p.pos += 1;
                let c = match p.peek() {
                    Some(b'"') => '"',
                    Some(b'\\') => '\\',
                    Some(b'/') => '/',
                    Some(b'b') => '\u{8}',
                    Some(b'f') => '\u{c}',
                    Some(b'n') => '\n',
                    Some(b'r') => '\r',
                    Some(b't') => '\t',
                    Some(b'u') => {
                        p.pos += 1;
                        let c = unicode_escape(p);
                        match c {
                            Some(c) => {
                                out.push(c);
                                continue;
                            }
                            None => return Err(error(vm, "Invalid \\uXXXX escape", p)),
                        }
                    }
                    _ => return Err(error(vm, "Invalid \\escape", p)),
                };
                p.pos += 1;
                out.push(c);
            }
            Some(_) => return Err(error(vm, "Invalid control character at", p)),
            None => return Err(error(vm, "Unterminated string starting at", p)),
        }
    }
}

/// The character of `XXXX` (after `\u`), joining a surrogate pair; a lone
/// surrogate becomes U+FFFD (Rust strings cannot hold one).
fn unicode_escape(p: &mut Parser) -> Option<char> {
    let hex4 = |p: &mut Parser| -> Option<u32> {
        let s = core::str::from_utf8(p.text.get(p.pos..p.pos + 4)?).ok()?;
        let v = u32::from_str_radix(s, 16).ok()?;
        p.pos += 4;
        Some(v)
    };
    let hi = hex4(p)?;
    if (0xd800..0xdc00).contains(&hi) && p.text[p.pos..].starts_with(b"\\u") {
        let save = p.pos;
        p.pos += 2;
        if let Some(lo) = hex4(p).filter(|lo| (0xdc00..0xe000).contains(lo)) {
            return char::from_u32(0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00));
        }
        p.pos = save;
    }
    Some(char::from_u32(hi).unwrap_or('\u{fffd}'))
}
