//! `complex`: two doubles in one no-scan box (in every representation).
//!
//! ```text
//!   | type ref u32 | pad u32 | real f64 | imag f64 |   (24 bytes: two blocks)
//! ```
//! Arithmetic follows CPython's `complexobject.c`: Smith's division, powers
//! by repeated squaring for small integral exponents (so `(1+1j)**2` is
//! exact) and by polar form otherwise. Printing uses the float repr without
//! a forced `.0`, as CPython's `'r'` format.

use crate::runtime::heap::{Header, ALLOC_NO_SCAN};
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

#[repr(C)]
pub struct ComplexObj {
    pub header: Header,
    pub pad: u32,
    pub re: f64,
    pub im: f64,
}

/// A complex number as `(real, imag)`.
pub type C64 = (f64, f64);

impl<R: Repr> Vm<R> {
    pub fn new_complex(&mut self, re: f64, im: f64) -> PyResult<R> {
        let r = self.alloc_obj(
            TypeId::Complex.rom_ref(),
            core::mem::size_of::<ComplexObj>(),
            ALLOC_NO_SCAN,
        )?;
        // SAFETY: `r` is a fresh complex box.
        let o = unsafe { self.obj_mut::<ComplexObj>(r) };
        o.re = re;
        o.im = im;
        Ok(R::ptr(r))
    }

    /// The parts of a complex value.
    pub fn complex_of(&self, v: R) -> Option<C64> {
        if !self.is_exact(v, TypeId::Complex) {
            return None;
        }
        // SAFETY: `v` is a complex box.
        let o = unsafe { self.obj::<ComplexObj>(v.ptr_ref()) };
        Some((o.re, o.im))
    }

    /// Any number as a complex (ints, bools, floats, complex); OverflowError
    /// for an int too large for a float.
    pub fn to_complex(&mut self, v: R) -> PyResult<Option<C64>> {
        if let Some(c) = self.complex_of(v) {
            return Ok(Some(c));
        }
        Ok(self.number_to_f64(v)?.map(|f| (f, 0.0)))
    }

    /// A binary operator with at least one complex operand.
    pub fn complex_binary(&mut self, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
        let (Some(x), Some(y)) = (self.to_complex(a)?, self.to_complex(b)?) else {
            return Ok(None);
        };
        let r = match op {
            BinaryOp::Add => (x.0 + y.0, x.1 + y.1),
            BinaryOp::Subtract => (x.0 - y.0, x.1 - y.1),
            BinaryOp::Multiply => mul(x, y),
            BinaryOp::TrueDivide => match div(x, y) {
                Some(r) => r,
                None => {
                    return Err(
                        self.raise_msg(TypeId::ZeroDivisionError, "complex division by zero")
                    )
                }
            },
            BinaryOp::Power => {
                if x == (0.0, 0.0) && y != (0.0, 0.0) && (y.1 != 0.0 || y.0 < 0.0) {
                    return Err(self.raise_msg(
                        TypeId::ZeroDivisionError,
                        "0.0 to a negative or complex power",
                    ));
                }
                complex_pow(x, y)
            }
            BinaryOp::Equal => return Ok(Some(R::bool(x == y))),
            BinaryOp::NotEqual => return Ok(Some(R::bool(x != y))),
            _ => return Ok(None),
        };
        Ok(Some(self.new_complex(r.0, r.1)?))
    }
}

fn mul(x: C64, y: C64) -> C64 {
    (x.0 * y.0 - x.1 * y.1, x.0 * y.1 + x.1 * y.0)
}

/// Smith's algorithm, as CPython's `_Py_c_quot`; `None` for a zero divisor.
fn div(a: C64, b: C64) -> Option<C64> {
    let (abs_br, abs_bi) = (b.0.abs(), b.1.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `x ** y` (the caller has ruled out zero to a negative or complex power).
pub fn complex_pow(x: C64, y: C64) -> C64 {
    if y == (0.0, 0.0) {
        return (1.0, 0.0);
    }
    if x == (0.0, 0.0) {
        return (0.0, 0.0);
    }
    // Small integral exponents by squaring, exactly as CPython's c_powi.
    if y.1 == 0.0 && y.0 == libm::trunc(y.0) && y.0.abs() <= 100.0 {
        let n = y.0 as i64;
        let p = powu(x, n.unsigned_abs());
        return if n < 0 {
            div((1.0, 0.0), p).unwrap_or((f64::NAN, f64::NAN))
        } else {
            p
        };
    }
    let vabs = libm::hypot(x.0, x.1);
    let mut len = libm::pow(vabs, y.0);
    let at = libm::atan2(x.1, x.0);
    let mut phase = at * y.0;
    if y.1 != 0.0 {
        len /= libm::exp(at * y.1);
        phase += y.1 * libm::log(vabs);
    }
    (len * libm::cos(phase), len * libm::sin(phase))
}

fn powu(mut x: C64, mut n: u64) -> C64 {
    let mut r = (1.0, 0.0);
    while n > 0 {
        if n & 1 == 1 {
            r = mul(r, x);
        }
        x = mul(x, x);
        n >>= 1;
    }
    r
}

/// `repr(c)`: `2j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`.
pub fn write_complex_repr(out: &mut String, c: C64) {
    let (re, im) = c;
    if re == 0.0 && re.is_sign_positive() {
        push_short(out, im);
        out.push('j');
        return;
    }
    out.push('(');
    push_short(out, re);
    if !(im < 0.0 || (im == 0.0 && im.is_sign_negative()) || im.is_nan() && im.is_sign_negative()) {
        out.push('+');
    }
    push_short(out, im);
    out.push_str("j)");
}

/// A float's repr without a trailing `.0` (CPython's `'r'` format code).
fn push_short(out: &mut String, x: f64) {
    let r = crate::num::float_fmt::repr(x);
    let s = r.as_str();
    out.push_str(s.strip_suffix(".0").unwrap_or(s));
}

/// `complex('1+2j')`: the forms `a`, `bj`, `a+bj`, with optional parentheses
/// and surrounding spaces; `None` when malformed.
pub fn parse_complex(text: &str) -> Option<C64> {
    let mut s = text.trim();
    if let Some(inner) = s.strip_prefix('(').and_then(|t| t.strip_suffix(')')) {
        s = inner.trim();
    }
    let parse = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => {
                let mut scratch = alloc::vec![0u8; crate::num::float_parse::parse_scratch_len(t)];
                crate::num::float_parse::parse_float(t, &mut scratch).ok()
            }
        }
    };
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return Some((parse_real(s)?, 0.0));
    };
    // Split at the last sign that is not the first char nor follows an 'e'.
    let b = body.as_bytes();
    let mut split = None;
    for i in (1..b.len()).rev() {
        if (b[i] == b'+' || b[i] == b'-') && !matches!(b[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    match split {
        Some(i) => Some((parse_real(&body[..i])?, parse(&body[i..])?)),
        None => Some((0.0, parse(body)?)),
    }
}

fn parse_real(t: &str) -> Option<f64> {
    if t.is_empty() {
        return None;
    }
    let mut scratch = alloc::vec![0u8; crate::num::float_parse::parse_scratch_len(t)];
    crate::num::float_parse::parse_float(t, &mut scratch).ok()
}
