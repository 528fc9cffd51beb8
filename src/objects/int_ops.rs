//! Arbitrary-precision int arithmetic over values: the operators, conversions
//! and comparisons that leave the small-int fast paths of `runtime/ops.rs`.
//!
//! Operands are viewed in place as [`Int`] (a small int or bool through a
//! two-digit buffer on the stack, a bigint through its heap digits), the
//! `crate::num` slice functions compute into a buffer sized by their size
//! functions, and the result becomes a value with `new_bigint`, which demotes
//! to a small int whenever the value fits `R::SMALL_INT_BITS`. No view of
//! heap digits outlives the computation (allocation happens after).

use crate::num::{self, BigInt, Int, NumError};
use crate::runtime::{PyResult, Raised, TypeId, Vm};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
use mupy_emitters::ops::{BinaryOp, UnaryOp};
use mupy_reprs::Repr;

/// Digits a small int or bool needs.
pub type SmallDigits = [u32; 2];

impl<R: Repr> Vm<R> {
    /// Any int value (small, bool, bigint) as a borrowed [`Int`]; `buf`
    /// holds the digits of an immediate.
    pub fn int_view<'a>(&'a self, v: R, buf: &'a mut SmallDigits) -> Option<Int<'a>> {
        if self.is_bigint(v) {
            let (neg, d) = self.bigint_parts(v.ptr_ref());
            return Some(Int::new(neg, d));
        }
        let i = self.int_of(v)?;
        let m = i.unsigned_abs();
        *buf = [m as u32, (m >> 32) as u32];
        Some(Int::new(i < 0, &buf[..]))
    }

    /// An int value from an owned result.
    pub fn new_int_owned(&mut self, b: &BigInt) -> PyResult<R> {
        self.new_bigint(b.neg, &b.mag)
    }

    /// Raises the Python exception a number error stands for; `what` is the
    /// operation's ZeroDivisionError message.
    pub fn num_error(&mut self, e: NumError, what: &str) -> Raised {
        use NumError::*;
        match e {
            ZeroDivision => self.raise_msg(TypeId::ZeroDivisionError, what),
            ZeroToNegativePower => self.raise_msg(
                TypeId::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ),
            IntTooLargeForFloat => {
                self.raise_msg(TypeId::OverflowError, "int too large to convert to float")
            }
            FloatInfinity => self.raise_msg(
                TypeId::OverflowError,
                "cannot convert float infinity to integer",
            ),
            FloatNan => self.value_error("cannot convert float NaN to integer"),
            TooBigToConvert => self.raise_msg(TypeId::OverflowError, "int too big to convert"),
            NegativeToUnsigned => self.raise_msg(
                TypeId::OverflowError,
                "can't convert negative int to unsigned",
            ),
            Overflow => self.raise_msg(TypeId::OverflowError, "result too large"),
            InvalidLiteral => self.value_error("invalid literal"),
            BadBase => self.value_error("int() base must be >= 2 and <= 36, or 0"),
            ModulusZero => self.value_error("pow() 3rd argument cannot be 0"),
            NotInvertible => self.value_error("base is not invertible for the given modulus"),
            ComplexResult => self.value_error("math domain error"),
            BufferTooSmall => self.raise_msg(TypeId::RuntimeError, "internal bigint error"),
        }
    }

    /// Fails with MemoryError before building a result of `digits` digits
    /// that could never fit the heap (rather than exhausting Rust's heap).
    pub fn check_digits(&mut self, digits: usize) -> PyResult<()> {
        if digits.saturating_mul(4) > self.config.heap_bytes {
            return Err(self.raise_memory_error());
        }
        Ok(())
    }

    /// `a op b` for two int values (any size). `None` when the operator
    /// does not apply to ints.
    pub fn int_binary_big(&mut self, op: BinaryOp, a: R, b: R) -> PyResult<Option<R>> {
        let (mut ba, mut bb) = ([0; 2], [0; 2]);
        let r: Result<BigInt, NumError> = {
            let (Some(x), Some(y)) = (self.int_view(a, &mut ba), self.int_view(b, &mut bb)) else {
                return Ok(None);
            };
            let (xl, yl) = (x.mag().len(), y.mag().len());
            match op {
                BinaryOp::Add | BinaryOp::Subtract => {
                    let mut out = vec![0u32; num::add_len(xl, yl)];
                    let f = if op == BinaryOp::Add {
                        num::add
                    } else {
                        num::sub
                    };
                    owned(f(x, y, &mut out), out)
                }
                BinaryOp::Multiply => {
                    let n = num::mul_len(xl, yl);
                    if n.saturating_mul(4) > self.config.heap_bytes {
                        Err(NumError::Overflow)
                    } else {
                        let mut out = vec![0u32; n];
                        let mut scratch = vec![0u32; num::mul_scratch_len(xl, yl)];
                        owned(num::mul(x, y, &mut out, &mut scratch), out)
                    }
                }
                BinaryOp::FloorDivide | BinaryOp::Modulo => {
                    let mut q = vec![0u32; num::divmod_q_len(xl, yl)];
                    let mut r = vec![0u32; num::divmod_r_len(xl, yl)];
                    let mut scratch = vec![0u32; num::div_scratch_len(xl, yl)];
                    match num::divmod(x, y, &mut q, &mut r, &mut scratch) {
                        Ok((ql, _)) if op == BinaryOp::FloorDivide => owned(Ok(ql), q),
                        Ok((_, rl2)) => owned(Ok(rl2), r),
                        Err(e) => Err(e),
                    }
                }
                BinaryOp::TrueDivide => {
                    let mut scratch = vec![0u32; num::true_div_scratch_len(xl, yl)];
                    let f = num::true_div(x, y, &mut scratch);
                    return match f {
                        Ok(f) => Ok(Some(self.new_float(f)?)),
                        Err(NumError::ZeroDivision) => {
                            Err(self.raise_msg(TypeId::ZeroDivisionError, "division by zero"))
                        }
                        Err(NumError::Overflow) => Err(self.raise_msg(
                            TypeId::OverflowError,
                            "integer division result too large for a float",
                        )),
                        Err(e) => Err(self.num_error(e, "division by zero")),
                    };
                }
                BinaryOp::And | BinaryOp::Or | BinaryOp::Xor => {
                    let mut out = vec![0u32; num::bitwise_len(xl, yl)];
                    let f = match op {
                        BinaryOp::And => num::and,
                        BinaryOp::Or => num::or,
                        _ => num::xor,
                    };
                    owned(f(x, y, &mut out), out)
                }
                BinaryOp::Lshift | BinaryOp::Rshift => {
                    if y.neg() {
                        return Err(self.value_error("negative shift count"));
                    }
                    let n = num::to_u64(y);
                    if op == BinaryOp::Rshift {
                        let n = n.unwrap_or(u64::MAX);
                        let mut out = vec![0u32; num::shr_len(xl, n)];
                        owned(num::shr(x, n, &mut out), out)
                    } else if x.is_zero() {
                        Ok(BigInt::zero())
                    } else {
                        match n.map(|n| (n, num::shl_len(xl, n))) {
                            Some((n, Ok(len)))
                                if len.saturating_mul(4) <= self.config.heap_bytes =>
                            {
                                let mut out = vec![0u32; len];
                                owned(num::shl(x, n, &mut out), out)
                            }
                            _ => Err(NumError::Overflow),
                        }
                    }
                }
                BinaryOp::Power => {
                    if y.neg() {
                        let fx = num::to_f64(x);
                        let fy = num::to_f64(y);
                        return match (fx, fy) {
                            (Ok(fx), Ok(fy)) => self.float_pow(fx, fy).map(Some),
                            (Err(e), _) | (_, Err(e)) => Err(self.num_error(e, "")),
                        };
                    }
                    let exp = num::to_u64(y).unwrap_or(u64::MAX);
                    match num::pow_len(x, exp) {
                        Ok(n) if n.saturating_mul(4) <= self.config.heap_bytes => {
                            let mut out = vec![0u32; n.max(1)];
                            match num::pow_scratch_len(x, exp) {
                                Ok(s) => {
                                    let mut scratch = vec![0u32; s];
                                    owned(num::pow(x, exp, &mut out, &mut scratch), out)
                                }
                                Err(e) => Err(e),
                            }
                        }
                        _ => Err(NumError::Overflow),
                    }
                }
                _ => return Ok(None),
            }
        };
        match r {
            Ok(v) => Ok(Some(self.new_int_owned(&v)?)),
            Err(NumError::ZeroDivision) => {
                let msg = if op == BinaryOp::Modulo {
                    "integer modulo by zero"
                } else {
                    "integer division or modulo by zero"
                };
                Err(self.raise_msg(TypeId::ZeroDivisionError, msg))
            }
            Err(NumError::Overflow) => Err(self.raise_memory_error()),
            Err(e) => Err(self.num_error(e, "")),
        }
    }

    /// `-v`, `~v`, `abs(v)`, `+v` of a bigint.
    pub fn int_unary_big(&mut self, op: UnaryOp, v: R) -> PyResult<Option<R>> {
        let mut buf = [0; 2];
        let r = {
            let Some(x) = self.int_view(v, &mut buf) else {
                return Ok(None);
            };
            match op {
                UnaryOp::Positive => BigInt {
                    neg: x.neg(),
                    mag: x.mag().into(),
                },
                UnaryOp::Negative => {
                    let n = x.negated();
                    BigInt {
                        neg: n.neg(),
                        mag: n.mag().into(),
                    }
                }
                UnaryOp::Abs => BigInt {
                    neg: false,
                    mag: x.mag().into(),
                },
                UnaryOp::Invert => {
                    let mut out = vec![0u32; num::not_len(x.mag().len())];
                    match owned(num::not(x, &mut out), out) {
                        Ok(b) => b,
                        Err(e) => return Err(self.num_error(e, "")),
                    }
                }
                _ => return Ok(None),
            }
        };
        Ok(Some(self.new_int_owned(&r)?))
    }

    /// An int as the nearest float; OverflowError when too large.
    pub fn int_to_f64(&mut self, v: R) -> PyResult<f64> {
        let mut buf = [0; 2];
        let r = match self.int_view(v, &mut buf) {
            Some(x) => num::to_f64(x),
            None => Ok(0.0),
        };
        r.map_err(|e| self.num_error(e, ""))
    }

    /// Any number (int, bool, float) as a float, raising OverflowError for
    /// an int too large; `None` for other values.
    pub fn number_to_f64(&mut self, v: R) -> PyResult<Option<f64>> {
        if let Some(f) = self.float_of(v) {
            return Ok(Some(f));
        }
        if self.is_int(v) {
            return self.int_to_f64(v).map(Some);
        }
        Ok(None)
    }

    /// The order of two ints of any size.
    pub fn int_cmp(&self, a: R, b: R) -> Ordering {
        let (mut ba, mut bb) = ([0; 2], [0; 2]);
        match (self.int_view(a, &mut ba), self.int_view(b, &mut bb)) {
            (Some(x), Some(y)) => num::cmp(x, y),
            _ => Ordering::Equal,
        }
    }

    /// The exact order of an int and a float (`None` against NaN), as
    /// CPython compares them: no rounding of the int to a float.
    pub fn int_float_cmp(&self, a: R, f: f64) -> Option<Ordering> {
        if f.is_nan() {
            return None;
        }
        if f.is_infinite() {
            return Some(if f > 0.0 {
                Ordering::Less
            } else {
                Ordering::Greater
            });
        }
        // Compare with floor(f); a tie means a == floor(f) <= f.
        let fl = crate::num::float_ops::floor(f);
        let mut buf = [0; 2];
        let x = self.int_view(a, &mut buf)?;
        let mut out = vec![0u32; num::from_f64_len(fl)];
        let r = num::from_f64(fl, &mut out).ok()?;
        match num::cmp(x, r.view(&out)) {
            Ordering::Equal if fl < f => Some(Ordering::Less),
            o => Some(o),
        }
    }

    /// The order of two numbers (ints, bools, floats); `None` with a NaN.
    pub fn number_cmp(&self, a: R, b: R) -> Option<Ordering> {
        match (self.float_of(a), self.float_of(b)) {
            (Some(x), Some(y)) => x.partial_cmp(&y),
            (None, Some(y)) => self.int_float_cmp(a, y),
            (Some(x), None) => self.int_float_cmp(b, x).map(Ordering::reverse),
            (None, None) => Some(self.int_cmp(a, b)),
        }
    }

    /// CPython's `hash()` of an int of any size.
    pub fn int_py_hash(&self, v: R) -> i64 {
        if let Some(i) = self.int_of(v) {
            return num::hash::py_hash_i64(i);
        }
        let mut buf = [0; 2];
        self.int_view(v, &mut buf)
            .map_or(0, crate::num::hash::py_hash_int)
    }

    /// The digits of an int in `base` (2..=36), `-` first for negatives.
    pub fn int_to_text(&self, v: R, base: u32, upper: bool) -> String {
        let mut buf = [0; 2];
        let Some(x) = self.int_view(v, &mut buf) else {
            return String::new();
        };
        let n = x.mag().len();
        let mut out = vec![0u8; num::to_str_len(n, base)];
        let mut scratch = vec![0u32; num::to_str_scratch_len(n, base)];
        match num::to_str(x, base, upper, &mut out, &mut scratch) {
            Ok(len) => {
                out.truncate(len);
                String::from_utf8(out).unwrap_or_default()
            }
            Err(_) => String::new(),
        }
    }

    /// `int(text, base)`: `None` when the text is not a valid literal (the
    /// caller words the ValueError); ValueError for a bad base.
    pub fn int_parse(&mut self, text: &str, base: u32) -> PyResult<Option<R>> {
        if base == 1 || base > 36 {
            return Err(self.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let len = match num::from_str_len(text, base) {
            Ok(n) => n,
            Err(_) => return Ok(None),
        };
        if let Some(n) = num::str_limit::over_limit(text, base) {
            return Err(self.value_error(&num::str_limit::over_limit_message(n)));
        }
        self.check_digits(len)?;
        let mut out: Vec<u32> = vec![0; len];
        match num::from_str(text, base, &mut out) {
            Ok(r) => {
                out.truncate(r.len);
                Ok(Some(self.new_bigint(r.neg, &out)?))
            }
            Err(_) => Ok(None),
        }
    }

    /// `int(x)` of a float: truncated toward zero.
    pub fn int_from_f64(&mut self, f: f64) -> PyResult<R> {
        if f.is_nan() || f.is_infinite() {
            let e = if f.is_nan() {
                NumError::FloatNan
            } else {
                NumError::FloatInfinity
            };
            return Err(self.num_error(e, ""));
        }
        if f.abs() < 9.0e18 {
            return self.new_int(f as i64);
        }
        let mut out = vec![0u32; num::from_f64_len(f)];
        match num::from_f64(f, &mut out) {
            Ok(r) => {
                out.truncate(r.len);
                self.new_bigint(r.neg, &out)
            }
            Err(e) => Err(self.num_error(e, "")),
        }
    }

    /// `x ** y` of floats as a value (a complex for a negative base with a
    /// fractional exponent, as CPython).
    pub fn float_pow(&mut self, x: f64, y: f64) -> PyResult<R> {
        match num::float_ops::pow(x, y, libm::pow) {
            Ok(r) => self.new_float(r),
            Err(NumError::ComplexResult) => {
                let (re, im) = crate::objects::complex::complex_pow((x, 0.0), (y, 0.0));
                self.new_complex(re, im)
            }
            Err(NumError::Overflow) => Err(self.raise_msg(
                TypeId::OverflowError,
                "(34, 'Numerical result out of range')",
            )),
            Err(e) => Err(self.num_error(e, "")),
        }
    }
}

/// An owned result from a slice function's output.
fn owned(r: Result<num::IntLen, NumError>, mut out: Vec<u32>) -> Result<BigInt, NumError> {
    let l = r?;
    out.truncate(l.len);
    Ok(BigInt {
        neg: l.neg,
        mag: out,
    })
}
