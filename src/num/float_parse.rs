//! Text to float: `float(text)` and float literals.
//!
//! The grammar is checked here, Python's way; the conversion itself is core's
//! `str::parse::<f64>`, which rounds correctly for any length of input:
//!
//! ```text
//!   float(s):  ws* [+-]? ( number | "inf" | "infinity" | "nan" ) ws*   (words in any case)
//!   number:    digits ["." [digits]] [exponent]  |  "." digits [exponent]
//!   exponent:  ("e" | "E") [+-]? digits
//!   digits:    digit ("_"? digit)*
//! ```
//!
//! Underscores are removed into the caller's scratch before conversion; text
//! without them is converted in place.

use super::bigint_str::is_py_space;
use super::NumError;

/// Scratch bytes [`parse_float`] needs for `text` (only used when it has
/// underscores).
pub fn parse_scratch_len(text: &str) -> usize {
    if text.contains('_') {
        text.len()
    } else {
        0
    }
}

/// `float(text)`.
pub fn parse_float(text: &str, scratch: &mut [u8]) -> Result<f64, NumError> {
    let s = text.trim_matches(is_py_space);
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = if let Some(special) = special(body) {
        special
    } else {
        parse_number(body, scratch)?
    };
    Ok(if neg { -v } else { v })
}

/// A float literal's text (digits, `.`, exponent, underscores; no sign).
pub fn parse_literal(text: &str, scratch: &mut [u8]) -> Result<f64, NumError> {
    parse_number(text, scratch)
}

fn special(body: &str) -> Option<f64> {
    if body.eq_ignore_ascii_case("inf") || body.eq_ignore_ascii_case("infinity") {
        Some(f64::INFINITY)
    } else if body.eq_ignore_ascii_case("nan") {
        Some(f64::NAN)
    } else {
        None
    }
}

/// Checks `digit ("_"? digit)*` from `i`; returns the end, or `i` if there is
/// no digit there.
fn digits(s: &[u8], mut i: usize) -> Result<usize, NumError> {
    let start = i;
    while i < s.len() {
        let underscore = s[i] == b'_' && i > start && s.get(i + 1).is_some_and(u8::is_ascii_digit);
        if !(s[i].is_ascii_digit() || underscore) {
            break;
        }
        i += 1;
    }
    Ok(i)
}

fn parse_number(body: &str, scratch: &mut [u8]) -> Result<f64, NumError> {
    let s = body.as_bytes();
    let int_end = digits(s, 0)?;
    let mut i = int_end;
    let mut frac_digits = 0;
    if s.get(i) == Some(&b'.') {
        let end = digits(s, i + 1)?;
        frac_digits = end - (i + 1);
        i = end;
    }
    if int_end == 0 && frac_digits == 0 {
        return Err(NumError::InvalidLiteral);
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let end = digits(s, j)?;
        if end == j {
            return Err(NumError::InvalidLiteral);
        }
        i = end;
    }
    if i != s.len() {
        return Err(NumError::InvalidLiteral);
    }
    let clean = if body.contains('_') {
        super::need(scratch.len(), s.len())?;
        let mut n = 0;
        for &c in s.iter().filter(|&&c| c != b'_') {
            scratch[n] = c;
            n += 1;
        }
        core::str::from_utf8(&scratch[..n]).map_err(|_| NumError::InvalidLiteral)?
    } else {
        body
    };
    clean.parse::<f64>().map_err(|_| NumError::InvalidLiteral)
}
