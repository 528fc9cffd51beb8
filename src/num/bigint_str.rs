//! Bigint text conversion in bases 2..=36: `str`, `hex`, `format` digits out,
//! `int(text, base)` and integer literals in.
//!
//! Power-of-two bases move bits directly. Other bases work in chunks: the
//! largest power `base^k` that fits a digit (10^9 for base 10), so printing
//! divides the number by `base^k` once per `k` characters, and parsing
//! multiplies by it once per `k` characters.
//!
//! Parsing follows `int()`: surrounding whitespace, one sign, a `0x`/`0o`/`0b`
//! prefix when the base is 0 or matches it, single `_` between digits (and
//! right after a prefix), and for base 0 no leading zeros on a nonzero number.

use super::bigint::{mul_small_add, trim};
use super::bigint_bits::bit_length;
use super::bigint_div::{div_const_in_place, div_small_in_place};
use super::{need, Int, IntLen, NumError};

/// `ceil(log2(base) · 2^16)` for base 2..=36: bits per character, rounded up.
const BITS_PER_CHAR: [u32; 35] = [
    65536, 103873, 131072, 152170, 169409, 183983, 196608, 207745, 217706, 226718, 234945, 242513,
    249519, 256042, 262144, 267876, 273281, 278393, 283242, 287855, 292254, 296457, 300481, 304340,
    308049, 311617, 315055, 318373, 321578, 324679, 327680, 330590, 333412, 336153, 338817,
];

/// `ceil(2^16 / log2(base))` for base 2..=36: characters per bit, rounded up.
const CHARS_PER_BIT: [u32; 35] = [
    65536, 41349, 32768, 28225, 25353, 23345, 21846, 20675, 19729, 18945, 18281, 17711, 17213,
    16775, 16384, 16034, 15717, 15428, 15164, 14921, 14697, 14488, 14294, 14113, 13943, 13783,
    13633, 13491, 13356, 13229, 13108, 12992, 12882, 12777, 12677,
];

fn check_base(base: u32) -> Result<usize, NumError> {
    if (2..=36).contains(&base) {
        Ok(base as usize - 2)
    } else {
        Err(NumError::BadBase)
    }
}

/// `10^9`: the largest power of ten in a digit, and base 10's chunk.
const DECIMAL_CHUNK: u32 = 1_000_000_000;

/// The largest `k` with `base^k <= u32::MAX`, and `base^k`.
fn chunk(base: u32) -> (u32, u32) {
    let (mut k, mut p) = (1, base);
    while let Some(next) = p.checked_mul(base) {
        p = next;
        k += 1;
    }
    (k, p)
}

/// Bytes [`to_str`] may write for an `a`-digit integer (sign included).
pub fn to_str_len(a: usize, base: u32) -> usize {
    let Ok(i) = check_base(base) else { return 0 };
    let bits = a as u64 * 32;
    let chars = (bits * CHARS_PER_BIT[i] as u64).div_ceil(1 << 16);
    usize::try_from(chars.max(1) + 1).unwrap_or(usize::MAX)
}

/// Scratch digits [`to_str`] needs for an `a`-digit integer.
pub fn to_str_scratch_len(a: usize, base: u32) -> usize {
    if base.is_power_of_two() {
        0
    } else {
        a
    }
}

/// Writes `a` in `base` (2..=36): `-` for negatives, then digits, letters
/// upper- or lowercase, no prefix. Returns the bytes written.
pub fn to_str(
    a: Int,
    base: u32,
    upper: bool,
    out: &mut [u8],
    scratch: &mut [u32],
) -> Result<usize, NumError> {
    check_base(base)?;
    let m = a.mag();
    need(out.len(), to_str_len(m.len(), base))?;
    need(scratch.len(), to_str_scratch_len(m.len(), base))?;
    let sign = a.neg() as usize;
    if a.neg() {
        out[0] = b'-';
    }
    let body = &mut out[sign..];
    let n = if m.is_empty() {
        body[0] = b'0';
        1
    } else if base.is_power_of_two() {
        pow2_digits(m, base.trailing_zeros(), upper, body)
    } else {
        chunk_digits(m, base, upper, body, scratch)
    };
    Ok(sign + n)
}

fn digit_char(d: u32, upper: bool) -> u8 {
    match d {
        0..=9 => b'0' + d as u8,
        _ if upper => b'A' + (d - 10) as u8,
        _ => b'a' + (d - 10) as u8,
    }
}

fn pow2_digits(m: &[u32], s: u32, upper: bool, out: &mut [u8]) -> usize {
    let chars = bit_length(m).div_ceil(s as u64) as usize;
    for (c, o) in out[..chars].iter_mut().rev().enumerate() {
        let bit = c as u64 * s as u64;
        let w = (bit / 32) as usize;
        let off = (bit % 32) as u32;
        let mut v = m[w] >> off;
        if off + s > 32 && w + 1 < m.len() {
            v |= m[w + 1] << (32 - off);
        }
        *o = digit_char(v & ((1 << s) - 1), upper);
    }
    chars
}

fn chunk_digits(m: &[u32], base: u32, upper: bool, out: &mut [u8], work: &mut [u32]) -> usize {
    if base == 10 {
        chunk_digits_in::<10>(m, base, upper, out, work)
    } else {
        chunk_digits_in::<0>(m, base, upper, out, work)
    }
}

/// `B` is the base when known at compile time (10), else 0 and `base` is
/// used: with a constant, every division below becomes a multiplication.
fn chunk_digits_in<const B: u32>(
    m: &[u32],
    base: u32,
    upper: bool,
    out: &mut [u8],
    work: &mut [u32],
) -> usize {
    let base = if B != 0 { B } else { base };
    let (k, big) = chunk(base);
    let work = &mut work[..m.len()];
    work.copy_from_slice(m);
    let mut len = work.len();
    let mut pos = out.len();
    while len > 0 {
        let mut rem = if B == 10 {
            div_const_in_place::<DECIMAL_CHUNK>(&mut work[..len])
        } else {
            div_small_in_place(&mut work[..len], big)
        };
        len = trim(&work[..len]).len();
        // Every chunk but the most significant is zero-padded to k chars.
        for _ in 0..k {
            if len == 0 && rem == 0 {
                break;
            }
            pos -= 1;
            out[pos] = digit_char(rem % base, upper);
            rem /= base;
        }
    }
    let n = out.len() - pos;
    out.copy_within(pos.., 0);
    n
}

/// A validated numeral: sign, effective base, and the digit characters
/// (underscores still in).
struct Numeral<'a> {
    neg: bool,
    base: u32,
    body: &'a [u8],
    digits: usize,
}

/// Whitespace as `str.strip()` sees it (ASCII and Unicode).
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => u32::MAX,
    }
}

fn scan(text: &str, base: u32) -> Result<Numeral<'_>, NumError> {
    if base != 0 {
        check_base(base)?;
    }
    let s = text.trim_matches(is_py_space).as_bytes();
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let prefix = match s {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        _ => 0,
    };
    let (eff, s, prefixed) = if prefix != 0 && (base == 0 || base == prefix) {
        (prefix, &s[2..], true)
    } else {
        (if base == 0 { 10 } else { base }, s, false)
    };
    if base == 0 && !prefixed {
        check_no_leading_zero(s)?;
    }
    let base = eff;
    let mut digits = 0;
    let mut underscore_ok = prefixed;
    let mut last_underscore = false;
    for &c in s {
        if c == b'_' {
            if !underscore_ok {
                return Err(NumError::InvalidLiteral);
            }
            underscore_ok = false;
            last_underscore = true;
            continue;
        }
        if digit_value(c) >= base {
            return Err(NumError::InvalidLiteral);
        }
        digits += 1;
        underscore_ok = true;
        last_underscore = false;
    }
    if digits == 0 || last_underscore {
        return Err(NumError::InvalidLiteral);
    }
    Ok(Numeral {
        neg,
        base,
        body: s,
        digits,
    })
}

/// Digits [`from_str`] needs for `text` in `base` (0 or 2..=36); validates
/// the text as `int(text, base)` does.
pub fn from_str_len(text: &str, base: u32) -> Result<usize, NumError> {
    let n = scan(text, base)?;
    Ok(numeral_len(&n))
}

fn numeral_len(n: &Numeral) -> usize {
    let bits = (n.digits as u64 * BITS_PER_CHAR[n.base as usize - 2] as u64).div_ceil(1 << 16);
    usize::try_from(bits / 32 + 1).unwrap_or(usize::MAX)
}

/// `int(text, base)` for base 0 or 2..=36 (base 0: the literal rules,
/// prefix decides, no leading zeros); `out` needs [`from_str_len`] digits.
pub fn from_str(text: &str, base: u32, out: &mut [u32]) -> Result<IntLen, NumError> {
    let n = scan(text, base)?;
    let len = numeral_len(&n);
    need(out.len(), len)?;
    let out = &mut out[..len];
    out.fill(0);
    let digits = n.body.iter().copied().filter(|&c| c != b'_');
    if n.base.is_power_of_two() {
        let s = n.base.trailing_zeros();
        for (i, c) in digits.rev().enumerate() {
            let bit = i * s as usize;
            let (w, off) = (bit / 32, (bit % 32) as u32);
            let v = digit_value(c);
            out[w] |= v << off;
            if off + s > 32 {
                out[w + 1] |= v >> (32 - off);
            }
        }
        return Ok(IntLen::of(n.neg, out, len));
    }
    let (k, big) = chunk(n.base);
    let mut used = 0;
    let mut acc = 0u32;
    let mut in_chunk = 0;
    // The first chunk takes the leftover so the rest are full.
    let mut chunk_len = match n.digits as u32 % k {
        0 => k,
        r => r,
    };
    for c in digits {
        acc = acc * n.base + digit_value(c);
        in_chunk += 1;
        if in_chunk == chunk_len {
            let mul = if chunk_len == k {
                big
            } else {
                n.base.pow(chunk_len)
            };
            let carry = mul_small_add(&mut out[..used], mul, acc);
            if carry != 0 {
                out[used] = carry;
                used += 1;
            }
            acc = 0;
            in_chunk = 0;
            chunk_len = k;
        }
    }
    Ok(IntLen::of(n.neg, out, used))
}

/// Base-0 decimals: a leading `0` only for zero itself (`0_0` is fine).
fn check_no_leading_zero(body: &[u8]) -> Result<(), NumError> {
    if body.first() == Some(&b'0') && body.iter().any(|&c| c != b'0' && c != b'_') {
        return Err(NumError::InvalidLiteral);
    }
    Ok(())
}
