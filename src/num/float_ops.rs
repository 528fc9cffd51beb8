//! Float arithmetic with Python's semantics where it differs from IEEE or
//! from Rust: floor division and modulo (result takes the divisor's sign),
//! `**` edge cases, `round(x, n)` on the exact decimal value,
//! `is_integer`, `as_integer_ratio`; plus `floor`/`ceil`/`trunc`/
//! `round_half_even`, which core does not provide without `std`.
//!
//! `round(x, n)` rounds the exact binary value of `x` at decimal digit
//! `10^-n`, ties to even, then takes the nearest float of that decimal, as
//! CPython does with `dtoa`. Core's `{:.*e}` formatting rounds exactly that
//! way, so the digits are formatted at `X + n + 1` significant places (`X`
//! the decimal exponent of `x`) and parsed back.

use super::write::write_to;
use super::NumError;

const MANT_BITS: u32 = 52;

/// Toward zero.
pub fn trunc(x: f64) -> f64 {
    let bits = x.to_bits();
    let exp = ((bits >> MANT_BITS) & 0x7ff) as i32 - 1023;
    if exp >= MANT_BITS as i32 {
        return x; // integral, inf or nan
    }
    if exp < 0 {
        return f64::from_bits(bits & (1 << 63)); // ±0
    }
    let frac_mask = (1u64 << (MANT_BITS as i32 - exp)) - 1;
    f64::from_bits(bits & !frac_mask)
}

/// Toward minus infinity.
pub fn floor(x: f64) -> f64 {
    let t = trunc(x);
    if t > x {
        t - 1.0
    } else {
        t
    }
}

/// Toward plus infinity.
pub fn ceil(x: f64) -> f64 {
    let t = trunc(x);
    if t < x {
        t + 1.0
    } else {
        t
    }
}

/// To the nearest integer, ties to even (`round(x)` before conversion to int).
pub fn round_half_even(x: f64) -> f64 {
    let t = trunc(x);
    let diff = x - t; // exact: x and t share the exponent range
    let r = if diff.abs() > 0.5 || (diff.abs() == 0.5 && trunc(t / 2.0) * 2.0 != t) {
        t + diff.signum()
    } else {
        t
    };
    if r == 0.0 {
        return f64::from_bits(x.to_bits() & (1 << 63)); // keeps -0.0
    }
    r
}

/// `float.is_integer()`.
pub fn is_integer(x: f64) -> bool {
    x.is_finite() && trunc(x) == x
}

/// `divmod(x, y)` for floats, CPython's algorithm: `fmod`, then move the
/// remainder to the divisor's sign, and make the quotient an exact integer.
pub fn divmod(x: f64, y: f64) -> Result<(f64, f64), NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision);
    }
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = f64::copysign(0.0, y);
    }
    let q = if div != 0.0 {
        let f = floor(div);
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        f64::copysign(0.0, x / y)
    };
    Ok((q, m))
}

/// `x // y`.
pub fn floordiv(x: f64, y: f64) -> Result<f64, NumError> {
    divmod(x, y).map(|(q, _)| q)
}

/// `x % y` (sign of `y`).
pub fn modulo(x: f64, y: f64) -> Result<f64, NumError> {
    divmod(x, y).map(|(_, m)| m)
}

/// `x / y`.
pub fn div(x: f64, y: f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Err(NumError::ZeroDivision);
    }
    Ok(x / y)
}

fn is_odd_integer(y: f64) -> bool {
    is_integer(y) && trunc(y / 2.0) * 2.0 != y
}

/// `x ** y` with CPython's special cases; `powf` is the C library `pow`
/// for the ordinary case (`libm` on the MCU).
///
/// Errors: `0.0 ** negative` ([`NumError::ZeroToNegativePower`]), a finite
/// result that overflows ([`NumError::Overflow`]), and a negative base with
/// a non-integral exponent ([`NumError::ComplexResult`]: CPython and
/// MicroPython with complex support return a complex; without it MicroPython
/// raises `ValueError: math domain error`).
pub fn pow(x: f64, y: f64, powf: fn(f64, f64) -> f64) -> Result<f64, NumError> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if y.is_infinite() {
        let ax = x.abs();
        return Ok(if ax == 1.0 {
            1.0
        } else if (ax > 1.0) == (y > 0.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if x.is_infinite() {
        let odd = is_odd_integer(y);
        return Ok(if y > 0.0 {
            if odd {
                x
            } else {
                x.abs()
            }
        } else if odd {
            f64::copysign(0.0, x)
        } else {
            0.0
        });
    }
    if x == 0.0 {
        if y < 0.0 {
            return Err(NumError::ZeroToNegativePower);
        }
        return Ok(if is_odd_integer(y) { x } else { 0.0 });
    }
    let mut negate = false;
    let mut base = x;
    if x < 0.0 {
        if !is_integer(y) {
            return Err(NumError::ComplexResult);
        }
        base = -x;
        negate = is_odd_integer(y);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = powf(base, y);
    if r.is_infinite() {
        return Err(NumError::Overflow);
    }
    Ok(if negate { -r } else { r })
}

/// `round(x, ndigits)`; [`NumError::Overflow`] when the rounded value is too
/// large for a float (CPython: "rounded value too large to represent").
pub fn round(x: f64, ndigits: i64) -> Result<f64, NumError> {
    // Beyond these every float is its own rounding, or rounds to zero
    // (CPython's NDIGITS_MAX / NDIGITS_MIN: 17 + 306 and -308 - 16).
    if ndigits > 323 || !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits < -324 {
        return Ok(f64::copysign(0.0, x));
    }
    let mut buf = [0u8; 40];
    let a = x.abs();
    let n = write_to(&mut buf, format_args!("{:e}", a)).ok_or(NumError::Overflow)?;
    let e_at = buf[..n].iter().position(|&c| c == b'e').unwrap_or(n);
    let x10 = parse_i32(&buf[e_at + 1..n]) as i64;
    let sig = x10 + ndigits; // digits after the first to keep
    let r = if sig >= 0 {
        if sig >= 17 {
            return Ok(x); // finer than the float's own precision
        }
        let n = write_to(&mut buf, format_args!("{:.*e}", sig as usize, a))
            .ok_or(NumError::Overflow)?;
        parse(&buf[..n])?
    } else if sig == -1 {
        half_unit_round(a, ndigits)?
    } else {
        0.0
    };
    if r.is_infinite() {
        return Err(NumError::Overflow);
    }
    Ok(f64::copysign(r, x))
}

/// `a` lies in `[10^X, 10^(X+1))` with `X = -ndigits - 1`: the result is 0
/// or one unit `10^-ndigits`, up when `a` is above half a unit (a tie goes to
/// the even 0). Exactly decided by rounding `a` to an integer number of
/// units with fixed formatting: for `ndigits >= 0` that is `{:.ndigits}`;
/// for negative `ndigits`, the integer part compared with `5·10^(X)`.
fn half_unit_round(a: f64, ndigits: i64) -> Result<f64, NumError> {
    let mut buf = [0u8; 340];
    if ndigits >= 0 {
        let n = write_to(&mut buf, format_args!("{:.*}", ndigits as usize, a))
            .ok_or(NumError::Overflow)?;
        return parse(&buf[..n]);
    }
    // a >= 10: its integer part has -ndigits digits; it is above half a unit
    // when the integer part exceeds 5000…0, or equals it with a fraction.
    let t = trunc(a);
    let n = write_to(&mut buf, format_args!("{:.0}", t)).ok_or(NumError::Overflow)?;
    let digits = &buf[..n];
    let rest_zero = digits[1..].iter().all(|&c| c == b'0');
    let up = digits[0] > b'5' || (digits[0] == b'5' && (!rest_zero || a > t));
    if !up {
        return Ok(0.0);
    }
    let unit = write_to(&mut buf, format_args!("1e{}", -ndigits)).ok_or(NumError::Overflow)?;
    parse(&buf[..unit])
}

fn parse_i32(s: &[u8]) -> i32 {
    core::str::from_utf8(s)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

fn parse(s: &[u8]) -> Result<f64, NumError> {
    core::str::from_utf8(s)
        .ok()
        .and_then(|s| s.parse().ok())
        .ok_or(NumError::InvalidLiteral)
}

/// `x.as_integer_ratio()` in lowest terms, as shifts of a small odd number:
/// `numerator = num << num_shift` (with `num`'s sign),
/// `denominator = 1 << den_shift`; at most one shift is nonzero.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Ratio {
    pub num: i64,
    pub num_shift: u32,
    pub den_shift: u32,
}

/// `x.as_integer_ratio()`: [`NumError::FloatInfinity`] ("cannot convert
/// Infinity to integer ratio", OverflowError) and [`NumError::FloatNan`]
/// ("cannot convert NaN to integer ratio", ValueError).
pub fn as_integer_ratio(x: f64) -> Result<Ratio, NumError> {
    if x.is_nan() {
        return Err(NumError::FloatNan);
    }
    if x.is_infinite() {
        return Err(NumError::FloatInfinity);
    }
    let (neg, m, e) = super::bigint_conv::decompose(x);
    if m == 0 {
        return Ok(Ratio {
            num: 0,
            num_shift: 0,
            den_shift: 0,
        });
    }
    let tz = m.trailing_zeros();
    let (m, e) = (m >> tz, e + tz as i64);
    let num = if neg { -(m as i64) } else { m as i64 };
    Ok(if e >= 0 {
        Ratio {
            num,
            num_shift: e as u32,
            den_shift: 0,
        }
    } else {
        Ratio {
            num,
            num_shift: 0,
            den_shift: (-e) as u32,
        }
    })
}
