//! Float to text as CPython prints it: `repr`/`str` (shortest round-trip
//! digits), the `e f g E F G %` presentation types of `format()` and
//! `%`-formatting, and the `''` type (`format(x, '.3')`).
//!
//! Digits come from core's float formatting, which is exact: `{:e}` yields the
//! shortest digits that round-trip, `{:.*e}` and `{:.*}` the correctly
//! rounded (ties to even, on the exact binary value) digits at a precision,
//! as CPython's `dtoa` does. This file only lays them out:
//!
//! ```text
//!   repr:  exponent X of the first digit;  -4 <= X < 16  ->  fixed, else sci
//!          1e+16   1.5e-05   0.0001   123.0   1234567890123456.0   -0.0
//!   'g':   precision p;  -4 <= X < p    ->  fixed, else sci; trailing zeros cut
//!   '':    as 'g' but X < p-1 for fixed, and a fixed result keeps one '.0'
//! ```
//!
//! Representation C holds 30-bit floats; [`repr_rounded`] finds the
//! shortest digits that give back the same 30-bit value under that
//! representation's rounding function.
//!
//! `format` writes the magnitude only; the sign, padding, alignment and
//! grouping belong to the caller's format-spec engine ([`is_negative`] says
//! whether a `-` is due).

use core::fmt::Write;

use super::write::{write_to, SliceWriter};
use super::NumError;

/// Room for any float repr: `-1.2345678901234567e-308` is 24 bytes.
pub const REPR_MAX: usize = 32;

/// A short float text held inline (no allocation).
#[derive(Copy, Clone)]
pub struct FloatStr {
    buf: [u8; REPR_MAX],
    len: u8,
}

impl FloatStr {
    fn new() -> Self {
        FloatStr {
            buf: [0; REPR_MAX],
            len: 0,
        }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len as usize]
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII is ever written.
        core::str::from_utf8(self.as_bytes()).unwrap_or("")
    }

    fn push(&mut self, b: u8) {
        if let Some(slot) = self.buf.get_mut(self.len as usize) {
            *slot = b;
            self.len += 1;
        }
    }

    fn extend(&mut self, s: &[u8]) {
        for &b in s {
            self.push(b);
        }
    }
}

impl core::fmt::Debug for FloatStr {
    fn fmt(&self, f: &mut core::fmt::Formatter) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Significant decimal digits `d1 d2 …` (no trailing zeros) of a value
/// `d1.d2… × 10^exp`.
struct Decimal {
    digits: [u8; 24],
    n: usize,
    exp: i32,
}

/// Splits core's `{:e}` output ("1.2345e-5", "5e-324", "0e0") into digits and
/// exponent, dropping trailing zeros.
fn parse_sci(s: &[u8]) -> Decimal {
    let mut d = Decimal {
        digits: [0; 24],
        n: 0,
        exp: 0,
    };
    let mut i = 0;
    while i < s.len() && s[i] != b'e' {
        if s[i].is_ascii_digit() && d.n < d.digits.len() {
            d.digits[d.n] = s[i];
            d.n += 1;
        }
        i += 1;
    }
    d.exp = parse_exp(&s[(i + 1).min(s.len())..]);
    while d.n > 1 && d.digits[d.n - 1] == b'0' {
        d.n -= 1;
    }
    d
}

fn parse_exp(s: &[u8]) -> i32 {
    let (neg, s) = match s.first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let v = s.iter().fold(0i32, |acc, &c| {
        acc.saturating_mul(10).saturating_add((c - b'0') as i32)
    });
    if neg {
        -v
    } else {
        v
    }
}

/// Whether `format()` of `x` shows a minus sign (`-0.0` does, a NaN never).
pub fn is_negative(x: f64) -> bool {
    x.is_sign_negative() && !x.is_nan()
}

/// `repr(x)` / `str(x)`.
pub fn repr(x: f64) -> FloatStr {
    let mut out = FloatStr::new();
    if let Some(s) = non_finite(x, false) {
        out.extend(s);
        return out;
    }
    let a = x.abs();
    let mut buf = [0u8; REPR_MAX];
    let n = write_to(&mut buf, format_args!("{:e}", a)).unwrap_or(0);
    let mut d = parse_sci(&buf[..n]);
    // When two shortest candidates are equally near (x = …362.25 gives .2
    // and .3), CPython takes the correctly rounded one (ties to even), core
    // may not: prefer the correctly rounded digits whenever they round-trip.
    if d.n > 1 {
        let m = write_to(&mut buf, format_args!("{:.*e}", d.n - 1, a)).unwrap_or(0);
        let back = core::str::from_utf8(&buf[..m])
            .ok()
            .and_then(|s| s.parse::<f64>().ok());
        if back == Some(a) {
            d = parse_sci(&buf[..m]);
        }
    }
    layout_repr(x, &d, &mut out);
    out
}

/// `repr(x)` for a float of reduced precision: the shortest digits whose
/// nearest float, passed through `round` (the representation's own rounding
/// to its format), is `x` again.
pub fn repr_rounded(x: f64, round: fn(f64) -> f64) -> FloatStr {
    let mut out = FloatStr::new();
    if let Some(s) = non_finite(x, false) {
        out.extend(s);
        return out;
    }
    let a = x.abs();
    let mut buf = [0u8; REPR_MAX];
    let mut n = 0;
    for p in 0..17 {
        n = write_to(&mut buf, format_args!("{:.*e}", p, a)).unwrap_or(0);
        let back = core::str::from_utf8(&buf[..n])
            .ok()
            .and_then(|s| s.parse::<f64>().ok());
        if back.is_some_and(|b| round(b) == a) {
            break;
        }
    }
    layout_repr(x, &parse_sci(&buf[..n]), &mut out);
    out
}

fn non_finite(x: f64, upper: bool) -> Option<&'static [u8]> {
    match (x.is_nan(), x.is_infinite(), upper) {
        (true, _, false) => Some(b"nan"),
        (true, _, true) => Some(b"NAN"),
        (_, true, false) => Some(if x < 0.0 { b"-inf" } else { b"inf" }),
        (_, true, true) => Some(if x < 0.0 { b"-INF" } else { b"INF" }),
        _ => None,
    }
}

fn layout_repr(x: f64, d: &Decimal, out: &mut FloatStr) {
    if x.is_sign_negative() {
        out.push(b'-');
    }
    let digits = &d.digits[..d.n];
    let e = d.exp;
    if !(-4..16).contains(&e) {
        out.push(digits[0]);
        if digits.len() > 1 {
            out.push(b'.');
            out.extend(&digits[1..]);
        }
        push_exp(out, e);
    } else if e < 0 {
        out.extend(b"0.");
        for _ in 0..(-e - 1) {
            out.push(b'0');
        }
        out.extend(digits);
    } else {
        let int_len = e as usize + 1;
        for i in 0..int_len {
            out.push(*digits.get(i).unwrap_or(&b'0'));
        }
        out.push(b'.');
        if digits.len() > int_len {
            out.extend(&digits[int_len..]);
        } else {
            out.push(b'0');
        }
    }
}

fn push_exp(out: &mut FloatStr, e: i32) {
    out.push(b'e');
    out.push(if e < 0 { b'-' } else { b'+' });
    let a = e.unsigned_abs();
    if a >= 100 {
        out.push(b'0' + (a / 100) as u8);
    }
    out.push(b'0' + (a / 10 % 10) as u8);
    out.push(b'0' + (a % 10) as u8);
}

/// A presentation type of `format()` / `%`-formatting for floats.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum FloatKind {
    /// `e` / `E`: one digit, point, `precision` digits, exponent (default 6).
    Exp,
    /// `f` / `F`: `precision` digits after the point (default 6).
    Fixed,
    /// `g` / `G` (and `n`): `precision` significant digits (default 6),
    /// fixed or scientific by exponent, trailing zeros removed.
    General,
    /// No type (`str(x)`, `format(x, '.3')`): repr without a precision, else
    /// like `g` with CPython's `''` adjustments.
    Repr,
    /// `%`: fixed of `100·x`, then a percent sign.
    Percent,
}

/// The parts of a format spec that decide a float's digits.
#[derive(Copy, Clone, Debug)]
pub struct FloatSpec {
    pub kind: FloatKind,
    pub precision: Option<usize>,
    /// `E F G`: uppercase exponent letter and `INF`/`NAN`.
    pub upper: bool,
    /// `#`: always a decimal point; `g` keeps trailing zeros.
    pub alternate: bool,
    /// For [`FloatKind::Repr`] without precision: the representation's
    /// rounding (see [`repr_rounded`]), or `None` for full doubles.
    pub round: Option<fn(f64) -> f64>,
}

impl FloatSpec {
    pub fn new(kind: FloatKind, precision: Option<usize>) -> Self {
        FloatSpec {
            kind,
            precision,
            upper: false,
            alternate: false,
            round: None,
        }
    }
}

/// Decimal digits of the integer part of `|x|`, an upper bound.
fn int_digits(x: f64) -> usize {
    let a = x.abs();
    if a.is_nan() || a < 1.0 {
        return 1;
    }
    let e2 = ((a.to_bits() >> 52) & 0x7ff) as usize - 1022; // bits of the integer part
    e2 * 30103 / 100_000 + 2
}

/// Bytes [`format`] may write for `x` under `spec`.
pub fn format_len(x: f64, spec: &FloatSpec) -> usize {
    let p = spec.precision.unwrap_or(6);
    let body = match spec.kind {
        FloatKind::Exp => p.saturating_add(8),
        FloatKind::Fixed => int_digits(x).saturating_add(p).saturating_add(1),
        FloatKind::Percent => int_digits(x * 100.0).saturating_add(p).saturating_add(2),
        FloatKind::General => p.saturating_add(int_digits(x)).saturating_add(10),
        FloatKind::Repr => match spec.precision {
            None => REPR_MAX,
            Some(p) => p.saturating_add(int_digits(x)).saturating_add(12),
        },
    };
    body.max(5).saturating_add(1)
}

/// Writes `|x|` under `spec` into `out` (sized by [`format_len`]); returns
/// the bytes written.
pub fn format(x: f64, spec: &FloatSpec, out: &mut [u8]) -> Result<usize, NumError> {
    super::need(out.len(), format_len(x, spec))?;
    let a = x.abs();
    let pct = spec.kind == FloatKind::Percent;
    let a = if pct { a * 100.0 } else { a };
    if let Some(s) = non_finite(a, spec.upper) {
        out[..3].copy_from_slice(s);
        if pct {
            out[3] = b'%';
            return Ok(4);
        }
        return Ok(3);
    }
    let ov = |_| NumError::BufferTooSmall;
    let n = match (spec.kind, spec.precision) {
        (FloatKind::Exp, p) => {
            let p = p.unwrap_or(6);
            let n = write_to(out, format_args!("{:.*e}", p, a))
                .ok_or(())
                .map_err(ov)?;
            let n = dot_if_alternate(out, n, spec.alternate && p == 0, true);
            fix_exp(out, n, spec.upper)
        }
        (FloatKind::Fixed | FloatKind::Percent, p) => {
            let p = p.unwrap_or(6);
            let n = write_to(out, format_args!("{:.*}", p, a))
                .ok_or(())
                .map_err(ov)?;
            dot_if_alternate(out, n, spec.alternate && p == 0, false)
        }
        (FloatKind::Repr, None) => {
            let r = match spec.round {
                Some(round) => repr_rounded(a, round),
                None => repr(a),
            };
            let b = r.as_bytes();
            out[..b.len()].copy_from_slice(b);
            b.len()
        }
        (FloatKind::General, p) => general(a, p.unwrap_or(6), spec, false, out)?,
        (FloatKind::Repr, Some(p)) => general(a, p, spec, true, out)?,
    };
    if pct {
        out[n] = b'%';
        return Ok(n + 1);
    }
    Ok(n)
}

/// `g` and the `''` type with a precision.
fn general(
    a: f64,
    p: usize,
    spec: &FloatSpec,
    repr_like: bool,
    out: &mut [u8],
) -> Result<usize, NumError> {
    let p = p.max(1);
    let mut w = SliceWriter::new(out);
    write!(w, "{:.*e}", p - 1, a).map_err(|_| NumError::BufferTooSmall)?;
    let n = w.len();
    let e_at = out[..n].iter().position(|&c| c == b'e').unwrap_or(n);
    let x = parse_exp(&out[(e_at + 1).min(n)..n]) as i64;
    let limit = if repr_like { p as i64 - 1 } else { p as i64 };
    let fixed = -4 <= x && x < limit;
    let mut n = if fixed {
        let decimals = (p as i64 - 1 - x) as usize;
        write_to(out, format_args!("{:.*}", decimals, a)).ok_or(NumError::BufferTooSmall)?
    } else {
        n
    };
    if !spec.alternate {
        n = strip_zeros(out, n);
    } else {
        n = dot_if_alternate(out, n, true, !fixed);
    }
    if !fixed {
        n = fix_exp(out, n, spec.upper);
    } else if repr_like && !out[..n].contains(&b'.') {
        out[n] = b'.';
        out[n + 1] = b'0';
        n += 2;
    }
    Ok(n)
}

/// Removes trailing zeros of the fraction (and a bare point), before any
/// exponent.
fn strip_zeros(out: &mut [u8], n: usize) -> usize {
    let e_at = out[..n].iter().position(|&c| c == b'e').unwrap_or(n);
    if !out[..e_at].contains(&b'.') {
        return n;
    }
    let mut end = e_at;
    while out[end - 1] == b'0' {
        end -= 1;
    }
    if out[end - 1] == b'.' {
        end -= 1;
    }
    out.copy_within(e_at..n, end);
    n - (e_at - end)
}

/// Inserts a `.` (after the mantissa) if `want` and there is none.
fn dot_if_alternate(out: &mut [u8], n: usize, want: bool, sci: bool) -> usize {
    if !want || out[..n].contains(&b'.') {
        return n;
    }
    let at = if sci {
        out[..n].iter().position(|&c| c == b'e').unwrap_or(n)
    } else {
        n
    };
    out.copy_within(at..n, at + 1);
    out[at] = b'.';
    n + 1
}

/// Rewrites core's exponent (`e4`, `e-4`) as CPython's (`e+04`, `e-04`).
fn fix_exp(out: &mut [u8], n: usize, upper: bool) -> usize {
    let Some(e_at) = out[..n].iter().position(|&c| c == b'e') else {
        return n;
    };
    let e = parse_exp(&out[e_at + 1..n]);
    let mut tail = FloatStr::new();
    push_exp(&mut tail, e);
    let t = tail.as_bytes();
    out[e_at..e_at + t.len()].copy_from_slice(t);
    if upper {
        out[e_at] = b'E';
    }
    e_at + t.len()
}
