//! What the str and bytes methods share: one implementation serves `str`,
//! `bytes` and `bytearray` (as MicroPython's `objstr.c` does), working on
//! the bytes of the text; for a str these are UTF-8, and positions given to
//! or returned from Python count code points, converted here.
//!
//! A method copies its operands out of the heap first ([`Text`]), since
//! building its result allocates.

use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use alloc::vec::Vec;
use mupy_reprs::Repr;

/// The type a method was called on; results are made of the same type.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    Str,
    Bytes,
    ByteArray,
}

/// A method's `self`: its kind and a copy of its bytes.
pub struct Text {
    pub kind: Kind,
    pub data: Vec<u8>,
}

impl Text {
    pub fn is_str(&self) -> bool {
        self.kind == Kind::Str
    }

    /// The text as `&str` (a str's bytes are UTF-8; bytes are read as Latin-1
    /// only by callers that never see a bytes object here).
    pub fn as_str(&self) -> &str {
        core::str::from_utf8(&self.data).unwrap_or("")
    }

    /// Number of positions (code points for a str, bytes otherwise).
    pub fn len(&self) -> usize {
        if self.is_str() {
            char_count(&self.data)
        } else {
            self.data.len()
        }
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The byte offset of position `i` (`i <= len`).
    pub fn byte_at(&self, i: usize) -> usize {
        if !self.is_str() || self.data.is_ascii() {
            return i.min(self.data.len());
        }
        byte_offset(&self.data, i)
    }

    /// The position of byte offset `b`.
    pub fn pos_of(&self, b: usize) -> usize {
        if self.is_str() {
            char_count(&self.data[..b.min(self.data.len())])
        } else {
            b
        }
    }

    /// The byte range of the optional `start`/`end` arguments, clamped as
    /// slice bounds; `None` when `start` lies beyond the end.
    pub fn range<R: Repr>(
        &self,
        vm: &mut Vm<R>,
        start: Option<R>,
        end: Option<R>,
    ) -> PyResult<Option<(usize, usize)>> {
        let n = self.len() as i64;
        let bound = |vm: &mut Vm<R>, v: Option<R>, default: i64| -> PyResult<i64> {
            match v {
                Some(v) if !v.is_none() => {
                    let i = vm.index_of(v)?;
                    Ok(if i < 0 { (i + n).max(0) } else { i })
                }
                _ => Ok(default),
            }
        };
        let lo = bound(vm, start, 0)?;
        let hi = bound(vm, end, n)?.min(n);
        if lo > n {
            return Ok(None);
        }
        let (lo, hi) = (self.byte_at(lo as usize), self.byte_at(hi.max(lo) as usize));
        Ok(Some((lo, hi)))
    }
}

/// Code points in UTF-8 bytes.
pub fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xc0 != 0x80).count()
}

/// The byte offset of code point `i` in UTF-8 bytes (the length if past it).
pub fn byte_offset(b: &[u8], i: usize) -> usize {
    let mut seen = 0;
    for (k, &c) in b.iter().enumerate() {
        if c & 0xc0 != 0x80 {
            if seen == i {
                return k;
            }
            seen += 1;
        }
    }
    b.len()
}

/// The kind of a str, bytes or bytearray value.
pub fn kind_of<R: Repr>(vm: &Vm<R>, v: R) -> Option<Kind> {
    if vm.str_text(v).is_some() {
        return Some(Kind::Str);
    }
    if !v.is_ptr() {
        return None;
    }
    let t = vm.type_ref_of_ptr(v.ptr_ref());
    if t == TypeId::Bytes.rom_ref() {
        Some(Kind::Bytes)
    } else if t == TypeId::ByteArray.rom_ref() {
        Some(Kind::ByteArray)
    } else {
        None
    }
}

/// `self` of a str/bytes method.
pub fn self_text<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<Text> {
    let Some(kind) = kind_of(vm, v) else {
        let t = vm.type_name(v);
        return Err(crate::raise!(
            vm,
            TypeError,
            "descriptor requires a 'str' object but received a '{}'",
            t
        ));
    };
    Ok(Text {
        kind,
        data: operand_bytes(vm, v),
    })
}

fn operand_bytes<R: Repr>(vm: &Vm<R>, v: R) -> Vec<u8> {
    match vm.str_text(v) {
        Some(s) => Vec::from(s.as_bytes()),
        None => Vec::from(vm.bytes_data(v).unwrap_or(&[])),
    }
}

/// An argument that must be of `self`'s family: a str for str methods, any
/// byte buffer for bytes methods. `what` names it in CPython's message.
pub fn arg_bytes<R: Repr>(vm: &mut Vm<R>, kind: Kind, v: R) -> PyResult<Vec<u8>> {
    let ok = match kind {
        Kind::Str => vm.str_text(v).is_some(),
        _ => vm.bytes_data(v).is_some(),
    };
    if ok {
        return Ok(operand_bytes(vm, v));
    }
    let t = vm.type_name(v);
    Err(match kind {
        Kind::Str => crate::raise!(vm, TypeError, "must be str, not {}", t),
        _ => crate::raise!(
            vm,
            TypeError,
            "a bytes-like object is required, not '{}'",
            t
        ),
    })
}

/// A result of `kind` holding `data` (valid UTF-8 when `kind` is str).
pub fn make<R: Repr>(vm: &mut Vm<R>, kind: Kind, data: &[u8]) -> PyResult<R> {
    match kind {
        Kind::Str => match core::str::from_utf8(data) {
            Ok(s) => vm.new_str(s),
            Err(_) => Err(vm.value_error("invalid UTF-8")),
        },
        Kind::Bytes => vm.new_bytes(data),
        Kind::ByteArray => vm.new_bytearray(data),
    }
}

/// A list of results of `kind`.
pub fn make_list<R: Repr>(vm: &mut Vm<R>, kind: Kind, parts: &[&[u8]]) -> PyResult<R> {
    let l = vm.new_list(&[])?;
    vm.list_reserve(l, parts.len())?;
    for p in parts {
        let v = make(vm, kind, p)?;
        vm.list_append(l, v)?;
    }
    Ok(l)
}

/// Python's whitespace for str (`str.isspace`).
pub fn is_space_char(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// ASCII whitespace, for bytes.
pub fn is_space_byte(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// A `String` from bytes known to be UTF-8 (a str's), lossy otherwise.
pub fn to_string(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}
