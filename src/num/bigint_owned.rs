//! An owned bigint on Rust's allocator, for the compiler's constant folding
//! and for tests. Every method is a thin wrapper that sizes `Vec`s with the
//! slice functions' size functions and calls them; the runtime uses those
//! functions directly on GC-heap digits instead.

use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::cmp::Ordering;
use core::fmt;

use super::*;

/// Sign and magnitude (little-endian `u32` digits, no high zeros; zero is
/// empty and not negative).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct BigInt {
    pub neg: bool,
    pub mag: Vec<u32>,
}

/// Runs `f` on a zeroed buffer of `len` digits and keeps its result.
fn build(
    len: usize,
    f: impl FnOnce(&mut [u32]) -> Result<IntLen, NumError>,
) -> Result<BigInt, NumError> {
    let mut out = vec![0u32; len];
    let r = f(&mut out)?;
    out.truncate(r.len);
    Ok(BigInt {
        neg: r.neg,
        mag: out,
    })
}

impl BigInt {
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    pub fn from_i64(v: i64) -> BigInt {
        build(I64_DIGITS, |o| from_i64(v, o)).unwrap_or_default()
    }

    pub fn from_u64(v: u64) -> BigInt {
        build(I64_DIGITS, |o| from_u64(v, o)).unwrap_or_default()
    }

    /// `int(x)` of a float.
    pub fn from_f64(x: f64) -> Result<BigInt, NumError> {
        build(from_f64_len(x), |o| from_f64(x, o))
    }

    /// `int(text, base)`.
    pub fn parse(text: &str, base: u32) -> Result<BigInt, NumError> {
        build(from_str_len(text, base)?, |o| from_str(text, base, o))
    }

    pub fn from_bytes(bytes: &[u8], little: bool, signed: bool) -> BigInt {
        build(from_bytes_len(bytes.len()), |o| {
            from_bytes(bytes, little, signed, o)
        })
        .unwrap_or_default()
    }

    pub fn as_int(&self) -> Int<'_> {
        Int::new(self.neg, &self.mag)
    }

    pub fn is_zero(&self) -> bool {
        self.as_int().is_zero()
    }

    pub fn to_i64(&self) -> Option<i64> {
        to_i64(self.as_int())
    }

    pub fn to_f64(&self) -> Result<f64, NumError> {
        to_f64(self.as_int())
    }

    pub fn bit_length(&self) -> u64 {
        bit_length(&self.mag)
    }

    pub fn to_str_radix(&self, base: u32, upper: bool) -> Result<String, NumError> {
        let a = self.as_int();
        let mut out = vec![0u8; to_str_len(a.mag().len(), base)];
        let mut scratch = vec![0u32; to_str_scratch_len(a.mag().len(), base)];
        let n = to_str(a, base, upper, &mut out, &mut scratch)?;
        out.truncate(n);
        String::from_utf8(out).map_err(|_| NumError::InvalidLiteral)
    }

    pub fn to_bytes(&self, len: usize, little: bool, signed: bool) -> Result<Vec<u8>, NumError> {
        let mut out = vec![0u8; len];
        to_bytes(self.as_int(), &mut out, little, signed)?;
        Ok(out)
    }

    pub fn add(&self, other: &BigInt) -> BigInt {
        let (a, b) = (self.as_int(), other.as_int());
        build(add_len(a.mag().len(), b.mag().len()), |o| add(a, b, o)).unwrap_or_default()
    }

    pub fn sub(&self, other: &BigInt) -> BigInt {
        let (a, b) = (self.as_int(), other.as_int());
        build(add_len(a.mag().len(), b.mag().len()), |o| sub(a, b, o)).unwrap_or_default()
    }

    pub fn mul(&self, other: &BigInt) -> BigInt {
        let (a, b) = (self.as_int(), other.as_int());
        let (al, bl) = (a.mag().len(), b.mag().len());
        let mut scratch = vec![0u32; mul_scratch_len(al, bl)];
        build(mul_len(al, bl), |o| mul(a, b, o, &mut scratch)).unwrap_or_default()
    }

    /// Floor division and modulo.
    pub fn divmod(&self, other: &BigInt) -> Result<(BigInt, BigInt), NumError> {
        let (a, b) = (self.as_int(), other.as_int());
        let (al, bl) = (a.mag().len(), b.mag().len());
        let mut q = vec![0u32; divmod_q_len(al, bl)];
        let mut r = vec![0u32; divmod_r_len(al, bl)];
        let mut scratch = vec![0u32; div_scratch_len(al, bl)];
        let (qi, ri) = divmod(a, b, &mut q, &mut r, &mut scratch)?;
        q.truncate(qi.len);
        r.truncate(ri.len);
        Ok((
            BigInt {
                neg: qi.neg,
                mag: q,
            },
            BigInt {
                neg: ri.neg,
                mag: r,
            },
        ))
    }

    /// `self / other` as a correctly rounded float.
    pub fn true_div(&self, other: &BigInt) -> Result<f64, NumError> {
        let (a, b) = (self.as_int(), other.as_int());
        let mut scratch = vec![0u32; true_div_scratch_len(a.mag().len(), b.mag().len())];
        true_div(a, b, &mut scratch)
    }

    pub fn pow(&self, exp: u64) -> Result<BigInt, NumError> {
        let a = self.as_int();
        let mut scratch = vec![0u32; pow_scratch_len(a, exp)?];
        build(pow_len(a, exp)?.max(1), |o| pow(a, exp, o, &mut scratch))
    }

    /// `pow(self, exp, m)`.
    pub fn pow_mod(&self, exp: &BigInt, m: &BigInt) -> Result<BigInt, NumError> {
        let (a, e, md) = (self.as_int(), exp.as_int(), m.as_int());
        let mut scratch = vec![0u32; pow_mod_scratch_len(a.mag().len(), md.mag().len())];
        build(pow_mod_len(md.mag().len()), |o| {
            pow_mod(a, e, md, o, &mut scratch)
        })
    }

    pub fn shl(&self, n: u64) -> Result<BigInt, NumError> {
        let a = self.as_int();
        build(shl_len(a.mag().len(), n)?, |o| shl(a, n, o))
    }

    pub fn shr(&self, n: u64) -> BigInt {
        let a = self.as_int();
        build(shr_len(a.mag().len(), n), |o| shr(a, n, o)).unwrap_or_default()
    }

    pub fn and(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, and)
    }

    pub fn or(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, or)
    }

    pub fn xor(&self, other: &BigInt) -> BigInt {
        self.bitwise(other, xor)
    }

    fn bitwise(
        &self,
        other: &BigInt,
        op: fn(Int, Int, &mut [u32]) -> Result<IntLen, NumError>,
    ) -> BigInt {
        let (a, b) = (self.as_int(), other.as_int());
        build(bitwise_len(a.mag().len(), b.mag().len()), |o| op(a, b, o)).unwrap_or_default()
    }

    pub fn not(&self) -> BigInt {
        let a = self.as_int();
        build(not_len(a.mag().len()), |o| not(a, o)).unwrap_or_default()
    }

    pub fn neg(&self) -> BigInt {
        let a = self.as_int().negated();
        BigInt {
            neg: a.neg(),
            mag: a.mag().into(),
        }
    }
}

impl Ord for BigInt {
    fn cmp(&self, other: &Self) -> Ordering {
        cmp(self.as_int(), other.as_int())
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(Ord::cmp(self, other))
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.to_str_radix(10, false).map_err(|_| fmt::Error)?;
        f.write_str(&s)
    }
}
