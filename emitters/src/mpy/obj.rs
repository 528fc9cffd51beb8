//! Constants in a `.mpy` file: a type byte, then for numbers their text
//! (as `repr()` prints them), for str/bytes a length, the bytes and a NUL,
//! for tuples a count and the items.

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

use super::read::Reader;
use super::MpyError;
use crate::code::{BigIntLiteral, Const};

const NONE: u8 = 1;
const FALSE: u8 = 2;
const TRUE: u8 = 3;
const ELLIPSIS: u8 = 4;
const STR: u8 = 5;
const BYTES: u8 = 6;
const INT: u8 = 7;
const FLOAT: u8 = 8;
const COMPLEX: u8 = 9;
const TUPLE: u8 = 10;

/// Tuples of tuples deeper than this are refused.
const MAX_DEPTH: u32 = 32;

pub(super) fn read(r: &mut Reader<'_>, depth: u32) -> Result<Const, MpyError> {
    let kind = r.byte()?;
    Ok(match kind {
        NONE => Const::None,
        FALSE => Const::False,
        TRUE => Const::True,
        ELLIPSIS => Const::Ellipsis,
        TUPLE => {
            if depth >= MAX_DEPTH {
                return Err(MpyError::Corrupt);
            }
            let n = r.uint()?;
            let mut items = Vec::new();
            for _ in 0..n {
                items.push(read(r, depth + 1)?);
            }
            Const::Tuple(items)
        }
        STR | BYTES => {
            let n = r.uint()?;
            let b = r.bytes(n)?;
            r.byte()?; // NUL
            if kind == STR {
                Const::Str(String::from(
                    core::str::from_utf8(b).map_err(|_| MpyError::Corrupt)?,
                ))
            } else {
                Const::Bytes(b.to_vec())
            }
        }
        INT | FLOAT | COMPLEX => {
            let n = r.uint()?;
            let t = r.text(n)?;
            match kind {
                INT => parse_int(t)?,
                FLOAT => Const::Float(t.parse().map_err(|_| MpyError::Corrupt)?),
                _ => parse_complex(t)?,
            }
        }
        _ => return Err(MpyError::Corrupt),
    })
}

fn parse_int(t: &str) -> Result<Const, MpyError> {
    let (negative, digits) = match t.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, t),
    };
    let mut b = BigIntLiteral::from_digits(digits, 10).ok_or(MpyError::Corrupt)?;
    b.negative = negative;
    Ok(match b.to_i64() {
        Some(v) => Const::SmallInt(v),
        None => Const::Int(b),
    })
}

/// `1j`, `-2.5j`, `(1+2j)`, `(1e+30-2j)`, as Python's complex repr prints.
fn parse_complex(t: &str) -> Result<Const, MpyError> {
    let bad = MpyError::Corrupt;
    let t = t
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(t);
    let body = t.strip_suffix('j').ok_or(bad)?;
    // The real part ends at the last sign that is neither leading nor an exponent sign.
    let bytes = body.as_bytes();
    let split = (1..bytes.len())
        .rev()
        .find(|&i| (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E'));
    let (re, im) = match split {
        Some(i) => (
            body[..i].parse().map_err(|_| bad)?,
            body[i..].parse().map_err(|_| bad)?,
        ),
        None => (0.0, body.parse().map_err(|_| bad)?),
    };
    Ok(Const::Complex { re, im })
}

pub(super) fn write(c: &Const, out: &mut Vec<u8>) {
    match c {
        Const::None => out.push(NONE),
        Const::False => out.push(FALSE),
        Const::True => out.push(TRUE),
        Const::Ellipsis => out.push(ELLIPSIS),
        Const::Tuple(items) => {
            out.push(TUPLE);
            super::write_uint(out, items.len());
            for i in items {
                write(i, out);
            }
        }
        Const::Str(s) => write_bytes(out, STR, s.as_bytes()),
        Const::Bytes(b) => write_bytes(out, BYTES, b),
        Const::SmallInt(v) => write_text(out, INT, &alloc::format!("{v}")),
        Const::Int(b) => write_text(out, INT, &b.to_decimal()),
        Const::Float(f) => write_text(out, FLOAT, &float_repr(*f)),
        Const::Complex { re, im } => {
            let mut s = String::new();
            if *re == 0.0 && re.is_sign_positive() {
                let _ = write!(s, "{}j", float_repr(*im));
            } else {
                let sign = if im.is_sign_negative() || im.is_nan() {
                    ""
                } else {
                    "+"
                };
                let _ = write!(s, "({}{}{}j)", float_repr(*re), sign, float_repr(*im));
            }
            write_text(out, COMPLEX, &s)
        }
    }
}

fn write_bytes(out: &mut Vec<u8>, kind: u8, b: &[u8]) {
    out.push(kind);
    super::write_uint(out, b.len());
    out.extend_from_slice(b);
    out.push(0);
}

fn write_text(out: &mut Vec<u8>, kind: u8, t: &str) {
    out.push(kind);
    super::write_uint(out, t.len());
    out.extend_from_slice(t.as_bytes());
}

/// Shortest text that reads back as `f`, in a form both Python and mupy parse.
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        String::from("nan")
    } else if f.is_infinite() {
        String::from(if f < 0.0 { "-inf" } else { "inf" })
    } else {
        alloc::format!("{f:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_texts_parse() {
        let c = |t| match parse_complex(t) {
            Ok(Const::Complex { re, im }) => (re, im),
            _ => (f64::NAN, f64::NAN),
        };
        assert_eq!(c("1j"), (0.0, 1.0));
        assert_eq!(c("(1+2j)"), (1.0, 2.0));
        assert_eq!(c("(1e+30-2.5j)"), (1e30, -2.5));
        assert_eq!(c("-3j"), (0.0, -3.0));
    }

    #[test]
    fn consts_round_trip_through_their_text() {
        let consts = [
            Const::Float(-0.0),
            Const::Float(1e300),
            Const::Complex { re: 1.5, im: -2.0 },
            Const::Complex { re: 0.0, im: 3.0 },
            Const::Int(BigIntLiteral::from_digits("123456789012345678901234567890", 10).unwrap()),
            Const::SmallInt(-5),
            Const::Tuple(alloc::vec![
                Const::Str("a\u{e9}".into()),
                Const::Bytes(alloc::vec![0, 255]),
                Const::None
            ]),
        ];
        for c in &consts {
            let mut out = Vec::new();
            write(c, &mut out);
            let mut r = Reader { data: &out, pos: 0 };
            let back = read(&mut r, 0).unwrap();
            assert!(back.strictly_equal(c), "{c:?} -> {back:?}");
        }
    }
}
