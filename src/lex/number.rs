//! Numeric literals: ints in every base (with `_` separators, unbounded size),
//! floats and imaginary numbers.
//!
//! Ints that fit `i64` are returned as such; larger ones as their spelling
//! without underscores (`0x`/`0o`/`0b` prefix kept), which the compiler
//! converts in one pass (`src/compile/big_literal.rs`): linear time for the
//! power-of-two bases. Decimal literals longer than CPython 3.11's
//! 4300-digit conversion limit are a SyntaxError, as there, which bounds
//! the (quadratic) decimal conversion.

use alloc::string::String;

use super::token::{Tok, Val};

/// Why a literal was rejected (the lexer adds the position).
pub type NumError = &'static str;

/// Scans the literal that starts at `s[0]` (a digit, or `.` then a digit).
/// Returns the token, its value and the number of bytes consumed.
pub fn scan(s: &[u8]) -> Result<(Tok, Val<'static>, usize), NumError> {
    if s.len() > 1 && s[0] == b'0' {
        let base = match s[1] {
            b'x' | b'X' => 16,
            b'o' | b'O' => 8,
            b'b' | b'B' => 2,
            _ => 0,
        };
        if base != 0 {
            return scan_prefixed(s, base);
        }
    }
    // Decimal int or float: digits [. digits] [e [+-] digits] [j]
    let mut i = digits(s, 0, 10).map_err(|_| "invalid decimal literal")?;
    let int_end = i;
    let mut is_float = false;
    if i < s.len() && s[i] == b'.' {
        is_float = true;
        i += 1;
        if i < s.len() && s[i].is_ascii_digit() {
            i = digits(s, i, 10).map_err(|_| "invalid decimal literal")?;
        }
    }
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        if j < s.len() && s[j].is_ascii_digit() {
            i = digits(s, j, 10).map_err(|_| "invalid decimal literal")?;
            is_float = true;
        } else {
            return Err("invalid decimal literal");
        }
    }
    let imag = i < s.len() && (s[i] == b'j' || s[i] == b'J');
    let end = if imag { i + 1 } else { i };
    if end < s.len() && (s[end].is_ascii_alphanumeric() || s[end] == b'_' || s[end] >= 0x80) {
        return Err("invalid decimal literal");
    }
    let text = strip_underscores(&s[..i]);
    if is_float || imag {
        let f: f64 = text.parse().map_err(|_| "invalid decimal literal")?;
        return Ok(if imag {
            (Tok::Imag, Val::Imag(f), end)
        } else {
            (Tok::Float, Val::Float(f), end)
        });
    }
    let body = &s[..int_end];
    if body[0] == b'0' && body.iter().any(|&c| c != b'0' && c != b'_') {
        return Err(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        );
    }
    Ok((Tok::Int, int_value(text.as_bytes(), 10)?, end))
}

fn scan_prefixed(s: &[u8], base: u32) -> Result<(Tok, Val<'static>, usize), NumError> {
    let msg = match base {
        16 => "invalid hexadecimal literal",
        8 => "invalid octal literal",
        _ => "invalid binary literal",
    };
    let mut i = 2;
    if i < s.len() && s[i] == b'_' {
        i += 1;
    }
    if i >= s.len() || digit_value(s[i]).is_none_or(|d| d >= base) {
        return Err(msg);
    }
    let end = digits(s, i, base).map_err(|_| msg)?;
    if end < s.len() && (s[end].is_ascii_alphanumeric() || s[end] == b'_' || s[end] >= 0x80) {
        return Err(msg);
    }
    let text = strip_underscores(&s[2..end]);
    Ok((Tok::Int, int_value(text.as_bytes(), base)?, end))
}

/// Digits of `base` from `i`, single `_` allowed between digits; returns the end.
fn digits(s: &[u8], mut i: usize, base: u32) -> Result<usize, ()> {
    loop {
        while i < s.len() && digit_value(s[i]).is_some_and(|d| d < base) {
            i += 1;
        }
        if i < s.len() && s[i] == b'_' {
            if i + 1 < s.len() && digit_value(s[i + 1]).is_some_and(|d| d < base) {
                i += 1;
                continue;
            }
            return Err(());
        }
        return Ok(i);
    }
}

fn digit_value(c: u8) -> Option<u32> {
    (c as char).to_digit(16)
}

fn strip_underscores(s: &[u8]) -> String {
    s.iter()
        .filter(|&&c| c != b'_')
        .map(|&c| c as char)
        .collect()
}

/// The value of validated digits of `base` (no prefix, no underscores).
fn int_value(digits: &[u8], base: u32) -> Result<Val<'static>, NumError> {
    let mut v: i64 = 0;
    for &c in digits {
        let d = digit_value(c).unwrap_or(0) as i64;
        match v.checked_mul(base as i64).and_then(|v| v.checked_add(d)) {
            Some(n) => v = n,
            None => return big_value(digits, base),
        }
    }
    Ok(Val::Int(v))
}

/// A literal too large for `i64`: its spelling, prefixed unless decimal.
fn big_value(digits: &[u8], base: u32) -> Result<Val<'static>, NumError> {
    let prefix = match base {
        16 => "0x",
        8 => "0o",
        2 => "0b",
        _ if digits.len() > crate::num::MAX_STR_DIGITS => {
            return Err(
                "Exceeds the limit (4300 digits) for integer string conversion; use \
                 sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal \
                 for huge integer literals to avoid decimal conversion limits.",
            )
        }
        _ => "",
    };
    let mut text = String::with_capacity(prefix.len() + digits.len());
    text.push_str(prefix);
    text.extend(digits.iter().map(|&c| c as char));
    Ok(Val::BigInt(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(s: &str) -> (Tok, Val<'static>, usize) {
        scan(s.as_bytes()).unwrap()
    }

    #[test]
    fn ints_in_every_base() {
        assert_eq!(ok("0x_ff").1, Val::Int(255));
        assert_eq!(ok("0o17").1, Val::Int(15));
        assert_eq!(ok("0b1_01").1, Val::Int(5));
        assert_eq!(ok("1_000_000").1, Val::Int(1_000_000));
        assert_eq!(ok("000").1, Val::Int(0));
        assert_eq!(ok("12)").2, 2);
    }

    #[test]
    fn big_ints_become_decimal_text() {
        // Expected values from CPython: int('0xffffffffffffffffff', 16), 2**64.
        assert_eq!(
            ok("0xffffffffffffffffff").1,
            Val::BigInt("0xffffffffffffffffff".into())
        );
        assert_eq!(
            ok("18446744073709551616").1,
            Val::BigInt("18446744073709551616".into())
        );
        assert_eq!(
            ok("9223372036854775808").1,
            Val::BigInt("9223372036854775808".into())
        );
        assert_eq!(ok("9223372036854775807").1, Val::Int(i64::MAX));
    }

    #[test]
    fn floats_and_imaginary() {
        assert_eq!(ok("1.5").1, Val::Float(1.5));
        assert_eq!(ok("1e3").1, Val::Float(1000.0));
        assert_eq!(ok("1.").1, Val::Float(1.0));
        assert_eq!(ok(".5").1, Val::Float(0.5));
        assert_eq!(ok("1_0.2_5e-1").1, Val::Float(1.025));
        assert_eq!(ok("2j").1, Val::Imag(2.0));
        assert_eq!(ok("0123.5").1, Val::Float(123.5));
        assert_eq!(ok("1.5J").0, Tok::Imag);
    }

    #[test]
    fn bad_literals_are_errors() {
        for s in [
            "0123", "1__0", "1_", "0x", "0xg", "0b2", "1e", "1abc", "0o8",
        ] {
            assert!(scan(s.as_bytes()).is_err(), "{s}");
        }
    }
}
