//! Number algorithms: bigints over digit slices, float and int formatting.
//!
//! Everything here is a pure function over slices, independent of the object
//! model and of the heap, so that bigint digits can live in the GC arena: the
//! caller asks a size function (`add_len`, `mul_len`, `divmod_q_len`, …) how
//! many digits an output needs, allocates exactly that, and passes the slice
//! in. Algorithms that need working memory (Karatsuba, division, base
//! conversion, powers) take a `scratch` slice sized by a `*_scratch_len`
//! function. Nothing panics on a short slice: it returns
//! [`NumError::BufferTooSmall`].
//!
//! A bigint is sign + magnitude; the magnitude is little-endian `u32` digits
//! with no high zero digits (zero is the empty slice, never negative):
//!
//! ```text
//!   value = (-1)^neg * (mag[0] + mag[1]*2^32 + mag[2]*2^64 + …)
//! ```
//!
//! [`Int`] is a borrowed, normalised view; [`IntLen`] says where a result
//! landed in an output slice. [`BigInt`] is an owned convenience wrapper for
//! the compiler and tests.

mod bigint;
mod bigint_bits;
mod bigint_conv;
mod bigint_div;
mod bigint_mul;
mod bigint_owned;
mod bigint_pow;
mod bigint_str;
pub mod float_fmt;
pub mod float_ops;
pub mod float_parse;
pub mod hash;
pub mod int_fmt;
pub mod str_limit;
mod write;

#[cfg(test)]
mod tests;

pub use bigint::{add, add_len, cmp, cmp_mag, sub, trim};
pub use bigint_bits::{
    and, bit_length, bitwise_len, not, not_len, or, shl, shl_len, shr, shr_len, xor,
};
pub use bigint_conv::{
    from_bytes, from_bytes_len, from_f64, from_f64_len, from_i64, from_u64, to_bytes, to_f64,
    to_i64, to_u64, true_div, true_div_scratch_len, I64_DIGITS,
};
pub use bigint_div::{div_scratch_len, divmod, divmod_q_len, divmod_r_len};
pub use bigint_mul::{mul, mul_len, mul_scratch_len, KARATSUBA_THRESHOLD};
pub use bigint_owned::BigInt;
pub use bigint_pow::{pow, pow_len, pow_mod, pow_mod_len, pow_mod_scratch_len, pow_scratch_len};
pub use bigint_str::{from_str, from_str_len, to_str, to_str_len, to_str_scratch_len};
pub use str_limit::MAX_STR_DIGITS;

/// Bits in one magnitude digit.
pub const DIGIT_BITS: u32 = 32;

/// Why a number operation failed. Each variant maps to one Python exception
/// (named on the variant); the runtime supplies the context-specific message
/// where CPython has several (e.g. "division by zero" vs "modulo by zero").
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum NumError {
    /// An output or scratch slice is shorter than its size function asked for
    /// (a caller bug, not a Python error).
    BufferTooSmall,
    /// `ZeroDivisionError`.
    ZeroDivision,
    /// `ZeroDivisionError: 0.0 cannot be raised to a negative power`.
    ZeroToNegativePower,
    /// `OverflowError: int too large to convert to float`.
    IntTooLargeForFloat,
    /// `OverflowError: cannot convert float infinity to integer`.
    FloatInfinity,
    /// `ValueError: cannot convert float NaN to integer`.
    FloatNan,
    /// `OverflowError: int too big to convert` (`to_bytes`, fixed-width results).
    TooBigToConvert,
    /// `OverflowError: can't convert negative int to unsigned`.
    NegativeToUnsigned,
    /// `OverflowError`: a result too large to represent (float `**`, `round`,
    /// or an int whose size would not fit a `usize`).
    Overflow,
    /// `ValueError: invalid literal …` / `could not convert string to float`.
    InvalidLiteral,
    /// `ValueError: int() base must be >= 2 and <= 36, or 0`.
    BadBase,
    /// `ValueError: pow() 3rd argument cannot be 0`.
    ModulusZero,
    /// `ValueError: base is not invertible for the given modulus`.
    NotInvertible,
    /// A negative float raised to a non-integral power: CPython returns a
    /// complex number (MicroPython too, when built with complex support).
    ComplexResult,
}

/// A borrowed integer: sign and normalised magnitude. Construct with
/// [`Int::new`], which trims high zero digits and clears the sign of zero,
/// so every function can rely on the invariant.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Int<'a> {
    neg: bool,
    mag: &'a [u32],
}

impl<'a> Int<'a> {
    pub const ZERO: Int<'static> = Int {
        neg: false,
        mag: &[],
    };

    pub fn new(neg: bool, mag: &'a [u32]) -> Int<'a> {
        let mag = trim(mag);
        Int {
            neg: neg && !mag.is_empty(),
            mag,
        }
    }

    /// A non-negative integer.
    pub fn pos(mag: &'a [u32]) -> Int<'a> {
        Int::new(false, mag)
    }

    pub fn neg(&self) -> bool {
        self.neg
    }

    pub fn mag(&self) -> &'a [u32] {
        self.mag
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    /// The same magnitude with the opposite sign (zero stays non-negative).
    pub fn negated(self) -> Int<'a> {
        Int::new(!self.neg, self.mag)
    }

    pub fn abs(self) -> Int<'a> {
        Int::new(false, self.mag)
    }
}

/// Where a result landed: `out[..len]`, with this sign. `len` is already
/// normalised (no high zero digits) and `neg` is false for zero.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct IntLen {
    pub neg: bool,
    pub len: usize,
}

impl IntLen {
    /// Normalises a raw result of `out[..len]`.
    pub(crate) fn of(neg: bool, out: &[u32], len: usize) -> IntLen {
        let len = trim(&out[..len.min(out.len())]).len();
        IntLen {
            neg: neg && len != 0,
            len,
        }
    }

    /// The result as a borrowed integer.
    pub fn view(self, out: &[u32]) -> Int<'_> {
        Int::new(self.neg, &out[..self.len.min(out.len())])
    }
}

/// Fails with [`NumError::BufferTooSmall`] unless `have >= need`.
#[inline]
pub(crate) fn need(have: usize, need: usize) -> Result<(), NumError> {
    if have >= need {
        Ok(())
    } else {
        Err(NumError::BufferTooSmall)
    }
}
