//! Machine-integer text: `str`, `bin`, `oct`, `hex` of a small int, the
//! digit strings a format spec asks for (`b o d x X` and any base up to 36),
//! and digit grouping (`,` and `_` in format specs).
//!
//! Only the characters of the number are produced here; padding and
//! alignment are the format engine's. Bigints use `num::to_str`.

use super::{need, NumError};

/// Room for any `i64` in any base with sign and prefix: `-0b` + 64 digits.
pub const I64_MAX_CHARS: usize = 67;

/// `0b`, `0o`, `0x` for bases 2, 8, 16 (`0X` when `upper`); empty otherwise.
pub fn prefix(base: u32, upper: bool) -> &'static str {
    match (base, upper) {
        (2, _) => "0b",
        (8, _) => "0o",
        (16, false) => "0x",
        (16, true) => "0X",
        _ => "",
    }
}

/// Writes the digits of `v` in `base` (2..=36) at the start of `out`;
/// returns how many.
pub fn u64_digits(mut v: u64, base: u32, upper: bool, out: &mut [u8]) -> Result<usize, NumError> {
    if !(2..=36).contains(&base) {
        return Err(NumError::BadBase);
    }
    let mut tmp = [0u8; 64];
    let mut pos = tmp.len();
    loop {
        let d = (v % base as u64) as u8;
        pos -= 1;
        tmp[pos] = match d {
            0..=9 => b'0' + d,
            _ if upper => b'A' + d - 10,
            _ => b'a' + d - 10,
        };
        v /= base as u64;
        if v == 0 {
            break;
        }
    }
    let n = tmp.len() - pos;
    need(out.len(), n)?;
    out[..n].copy_from_slice(&tmp[pos..]);
    Ok(n)
}

/// `str(v)` (base 10), `bin(v)`, `oct(v)`, `hex(v)` (with `prefix`): sign,
/// prefix, digits. Returns the bytes written.
pub fn format_i64(v: i64, base: u32, with_prefix: bool, out: &mut [u8]) -> Result<usize, NumError> {
    let mut n = 0;
    let mut put = |s: &[u8], out: &mut [u8]| -> Result<(), NumError> {
        let dst = out
            .get_mut(n..n + s.len())
            .ok_or(NumError::BufferTooSmall)?;
        dst.copy_from_slice(s);
        n += s.len();
        Ok(())
    };
    if v < 0 {
        put(b"-", out)?;
    }
    if with_prefix {
        put(prefix(base, false).as_bytes(), out)?;
    }
    let mut digits = [0u8; 64];
    let d = u64_digits(v.unsigned_abs(), base, false, &mut digits)?;
    put(&digits[..d], out)?;
    Ok(n)
}

/// Bytes after inserting a separator every `group` digits into `n` digits.
pub fn grouped_len(n: usize, group: usize) -> usize {
    if group == 0 || n == 0 {
        return n;
    }
    n + (n - 1) / group
}

/// Copies `digits` into `out` with `sep` between groups of `group` digits
/// counted from the right (`1234567` → `1,234,567`); returns the bytes
/// written. `group` 0 copies unchanged.
pub fn group_digits(
    digits: &[u8],
    sep: u8,
    group: usize,
    out: &mut [u8],
) -> Result<usize, NumError> {
    let total = grouped_len(digits.len(), group);
    need(out.len(), total)?;
    if group == 0 {
        out[..digits.len()].copy_from_slice(digits);
        return Ok(total);
    }
    let mut pos = total;
    for (i, &d) in digits.iter().rev().enumerate() {
        if i != 0 && i % group == 0 {
            pos -= 1;
            out[pos] = sep;
        }
        pos -= 1;
        out[pos] = d;
    }
    Ok(total)
}
