//! `int`: small ints are immediates (`R::SMALL_INT_BITS` bits); beyond them
//! a bigint object holds sign and magnitude digits (no-scan).
//!
//! ```text
//!   | type ref u32 (int) | neg:1 len:31 u32 | digit 0 | digit 1 | …  (u32, little-endian)
//! ```
//! Magnitudes are normalised (no high zero digit) and a bigint never holds
//! a value that fits a small int, so `==` on small ints stays a word compare.

use crate::runtime::heap::{Header, ALLOC_NO_SCAN};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

#[repr(C)]
pub struct BigHead {
    pub header: Header,
    pub sign_len: u32,
}

const HEAD_BYTES: usize = core::mem::size_of::<BigHead>();
const NEG: u32 = 1 << 31;

impl<R: Repr> Vm<R> {
    /// An int value: a small int, or a bigint when `i` does not fit.
    #[inline]
    pub fn new_int(&mut self, i: i64) -> PyResult<R> {
        match R::small_int(i) {
            Some(v) => Ok(v),
            None => self.new_bigint(i < 0, &u64_digits(i.unsigned_abs())),
        }
    }

    /// `new_int` without the general normalisation: one or two digits.
    #[inline]
    pub fn new_int_i64(&mut self, i: i64) -> PyResult<R> {
        if let Some(v) = R::small_int(i) {
            return Ok(v);
        }
        let m = i.unsigned_abs();
        let n = if m >> 32 == 0 { 1 } else { 2 };
        let r = self.alloc_obj(TypeId::Int.rom_ref(), HEAD_BYTES + n * 4, ALLOC_NO_SCAN)?;
        // SAFETY: `r` is a fresh bigint with room for `n` digits.
        unsafe {
            self.obj_mut::<BigHead>(r).sign_len = n as u32 | if i < 0 { NEG } else { 0 };
            let p = (self.ptr::<u8>(r)).add(HEAD_BYTES) as *mut u32;
            *p = m as u32;
            if n == 2 {
                *p.add(1) = (m >> 32) as u32;
            }
        }
        Ok(R::ptr(r))
    }

    /// The value of an exact int (not a bool) that fits an i64.
    #[inline]
    pub fn exact_int_i64(&self, v: R) -> Option<i64> {
        if v.is_small_int() {
            return Some(v.small_int_value());
        }
        if !self.is_bigint(v) {
            return None;
        }
        let (neg, d) = self.bigint_parts(v.ptr_ref());
        let m = match *d {
            [a] => a as u64,
            [a, b] => (b as u64) << 32 | a as u64,
            _ => return None,
        };
        i64::try_from(if neg { -(m as i128) } else { m as i128 }).ok()
    }

    /// An int from an i128 (results of small-int arithmetic).
    pub fn new_int_i128(&mut self, i: i128) -> PyResult<R> {
        if let Ok(v) = i64::try_from(i) {
            return self.new_int(v);
        }
        let m = i.unsigned_abs();
        let d = [
            m as u32,
            (m >> 32) as u32,
            (m >> 64) as u32,
            (m >> 96) as u32,
        ];
        self.new_bigint(i < 0, &d)
    }

    /// A normalised int from sign and magnitude digits (a small int if it fits).
    pub fn new_bigint(&mut self, neg: bool, digits: &[u32]) -> PyResult<R> {
        let n = digits.iter().rposition(|&d| d != 0).map_or(0, |p| p + 1);
        let digits = &digits[..n];
        if n <= 2 {
            let m = digits.iter().rev().fold(0u64, |a, &d| a << 32 | d as u64);
            let v = if neg { -(m as i128) } else { m as i128 };
            if let Ok(v) = i64::try_from(v) {
                if let Some(s) = R::small_int(v) {
                    return Ok(s);
                }
            }
        }
        let r = self.alloc_obj(TypeId::Int.rom_ref(), HEAD_BYTES + n * 4, ALLOC_NO_SCAN)?;
        // SAFETY: `r` is a fresh bigint with room for `n` digits.
        unsafe {
            self.obj_mut::<BigHead>(r).sign_len = n as u32 | if neg { NEG } else { 0 };
            let p = (self.ptr::<u8>(r)).add(HEAD_BYTES) as *mut u32;
            core::ptr::copy_nonoverlapping(digits.as_ptr(), p, n);
        }
        Ok(R::ptr(r))
    }

    /// Sign and digits of a bigint object.
    pub fn bigint_parts(&self, r: ObjRef) -> (bool, &[u32]) {
        // SAFETY: callers pass a bigint: `len` digits follow the head.
        unsafe {
            let h = self.obj::<BigHead>(r);
            let n = (h.sign_len & !NEG) as usize;
            let p = (self.ptr::<u8>(r)).add(HEAD_BYTES) as *const u32;
            (h.sign_len & NEG != 0, core::slice::from_raw_parts(p, n))
        }
    }

    /// Whether `v` is an int (small, big, or a bool).
    #[inline]
    pub fn is_int(&self, v: R) -> bool {
        v.is_small_int() || self.is_exact(v, TypeId::Int) || self.is_bool(v)
    }

    #[inline]
    pub fn is_bigint(&self, v: R) -> bool {
        self.is_exact(v, TypeId::Int)
    }

    #[inline]
    pub fn is_bool(&self, v: R) -> bool {
        v == R::bool(true) || v == R::bool(false)
    }

    /// The value of an int (small, bool, or a bigint that fits an i64).
    #[inline]
    pub fn int_of(&self, v: R) -> Option<i64> {
        if v.is_small_int() {
            return Some(v.small_int_value());
        }
        if v == R::bool(true) {
            return Some(1);
        }
        if v == R::bool(false) {
            return Some(0);
        }
        if self.is_bigint(v) {
            return i64::try_from(self.bigint_i128(v.ptr_ref())?).ok();
        }
        None
    }

    /// The value of a bigint that fits an i128.
    pub fn bigint_i128(&self, r: ObjRef) -> Option<i128> {
        let (neg, d) = self.bigint_parts(r);
        if d.len() > 3 {
            return None;
        }
        let m = d.iter().rev().fold(0u128, |a, &x| a << 32 | x as u128);
        Some(if neg { -(m as i128) } else { m as i128 })
    }

    /// The value of any int as i128 (`None` for bigger bigints).
    pub fn int_i128(&self, v: R) -> Option<i128> {
        if v.is_small_int() {
            return Some(v.small_int_value() as i128);
        }
        if self.is_bool(v) {
            return Some((v == R::bool(true)) as i128);
        }
        if self.is_bigint(v) {
            return self.bigint_i128(v.ptr_ref());
        }
        None
    }
}

/// The two u32 digits of a u64 magnitude.
fn u64_digits(m: u64) -> [u32; 2] {
    [m as u32, (m >> 32) as u32]
}
