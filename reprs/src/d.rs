//! Representation D: 64-bit NaN boxing; every IEEE double is immediate.
//!
//! Doubles are stored offset: word = bits + `0x000F << 48` (wrapping). The
//! negative NaNs with top 16 bits `FFF1`..`FFFF` wrap to `0000`..`000E`,
//! which leaves the bottom of the word space free for everything else, while
//! every double (after NaNs are folded into one) lands at `000F << 48` or above:
//!
//! ```text
//!   bits 63..48       47..32            31..0
//!   0000  iiiiiiii iiiiiiii iiiiiiii iiiiiiii iiiiiiii iiiiiiii  small int, 48 bits signed
//!   0001  00000000 00000001 pppppppp pppppppp pppppppp pppppp00  pointer: ObjRef in the low half
//!   0002  00000000 00000001 qqqqqqqq qqqqqqqq qqqqqqqq qqqqqqqq  qstr, 32-bit id
//!   0003  00000000 00000001 00000000 00000000 00000000 00000kkk  immediate, k = Immediate index
//!   0004..000E                                                    unused
//!   000F..FFFF                                                    double bits + 000F_0000_0000_0000
//!   8007  00000000 00000000 00000000 00000000 00000000 00000000  NaN (the only one produced)
//! ```
//!
//! Why offset doubles rather than tags in the quiet-NaN payload: with the
//! offset, small ints get the tag 0, so
//! * `is_small_int` is `word >> 48 == 0`, and `both_small_ints` is one OR and
//!   that same test;
//! * a small int is its own 48-bit two's complement, and `word << 16` is the
//!   int times 2^16 as an i64, so add and subtract are one shift per operand,
//!   the CPU's overflow flag (exactly "left 48 bits") and one shift back, with
//!   no tag to remove or restore;
//! * `is_float` is a single unsigned compare.
//!
//! The price is one add when making a double and one subtract when reading
//! it. `is_ptr` is one compare of the high half in either scheme.
//!
//! The ObjRef of a pointer sits unchanged in the low 32 bits, so the
//! collector's little-endian u32 scan finds it. The high halves of the
//! pointer, qstr and immediate tags are odd, so that scan never mistakes them
//! for a reference (references are 4-aligned).

use crate::{Immediate, ObjRef, Repr};

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct D(u64);

static_assertions::assert_eq_size!(D, u64);

/// Added to a double's bits to store it; every stored double is at least this.
const FLOAT_OFFSET: u64 = 0x000F << 48;
/// The one NaN: positive and quiet, as `f64::NAN`.
const CANONICAL_NAN: u64 = 0x7FF8_0000_0000_0000;
/// High halves of the boxed kinds (see the ruler).
const PTR_HIGH: u32 = 0x0001_0001;
const QSTR_HIGH: u32 = 0x0002_0001;
const IMM_HIGH: u32 = 0x0003_0001;
/// The small-int payload width and the shift that puts its sign in bit 63.
const INT_BITS: u32 = 48;
const INT_SHIFT: u32 = 64 - INT_BITS;

#[inline(always)]
const fn high(w: u64) -> u32 {
    (w >> 32) as u32
}

impl Repr for D {
    type Word = u64;

    const NAME: &'static str = "d";
    const WORD_BYTES: usize = 8;
    const SMALL_INT_BITS: u32 = INT_BITS;
    const FLOAT_IMMEDIATE: bool = true;
    const QSTR_LIMIT: u32 = u32::MAX;

    #[inline(always)]
    fn from_word(w: u64) -> Self {
        D(w)
    }
    #[inline(always)]
    fn word(self) -> u64 {
        self.0
    }

    #[inline(always)]
    fn small_int(i: i64) -> Option<Self> {
        // Sign-extending the low 48 bits gives `i` back exactly when it fits.
        if (i << INT_SHIFT) >> INT_SHIFT == i {
            Some(D(i as u64 & ((1 << INT_BITS) - 1)))
        } else {
            None
        }
    }
    #[inline(always)]
    fn is_small_int(self) -> bool {
        self.0 >> INT_BITS == 0
    }
    #[inline(always)]
    fn small_int_value(self) -> i64 {
        ((self.0 << INT_SHIFT) as i64) >> INT_SHIFT
    }

    #[inline(always)]
    fn qstr(id: u32) -> Self {
        D((QSTR_HIGH as u64) << 32 | id as u64)
    }
    #[inline(always)]
    fn is_qstr(self) -> bool {
        high(self.0) == QSTR_HIGH
    }
    #[inline(always)]
    fn qstr_id(self) -> u32 {
        self.0 as u32
    }

    #[inline(always)]
    fn immediate(imm: Immediate) -> Self {
        D((IMM_HIGH as u64) << 32 | imm as u64)
    }
    #[inline(always)]
    fn as_immediate(self) -> Option<Immediate> {
        if high(self.0) == IMM_HIGH {
            Immediate::from_index(self.0 as u32)
        } else {
            None
        }
    }

    #[inline(always)]
    fn float(f: f64) -> Option<Self> {
        // NaN tested on the bits: a float compare is a library call on
        // single-precision FPUs such as the Cortex-M4's.
        let bits = f.to_bits();
        let nan = bits & !(1 << 63) > f64::INFINITY.to_bits();
        let bits = if nan { CANONICAL_NAN } else { bits };
        Some(D(bits.wrapping_add(FLOAT_OFFSET)))
    }
    #[inline(always)]
    fn is_float(self) -> bool {
        self.0 >= FLOAT_OFFSET
    }
    #[inline(always)]
    fn float_value(self) -> f64 {
        f64::from_bits(self.0.wrapping_sub(FLOAT_OFFSET))
    }

    #[inline(always)]
    fn ptr(r: ObjRef) -> Self {
        D((PTR_HIGH as u64) << 32 | r.0 as u64)
    }
    #[inline(always)]
    fn is_ptr(self) -> bool {
        high(self.0) == PTR_HIGH
    }
    #[inline(always)]
    fn ptr_ref(self) -> ObjRef {
        ObjRef(self.0 as u32)
    }

    #[inline(always)]
    fn both_small_ints(a: Self, b: Self) -> bool {
        (a.0 | b.0) >> INT_BITS == 0
    }
    #[inline(always)]
    fn small_int_add(a: Self, b: Self) -> Option<Self> {
        let s = ((a.0 << INT_SHIFT) as i64).checked_add((b.0 << INT_SHIFT) as i64)?;
        Some(D(s as u64 >> INT_SHIFT))
    }
    #[inline(always)]
    fn small_int_sub(a: Self, b: Self) -> Option<Self> {
        let s = ((a.0 << INT_SHIFT) as i64).checked_sub((b.0 << INT_SHIFT) as i64)?;
        Some(D(s as u64 >> INT_SHIFT))
    }
    #[inline(always)]
    fn small_int_mul(a: Self, b: Self) -> Option<Self> {
        // One factor scaled by 2^16, the other plain: the i64 product is the
        // result scaled by 2^16 and overflows exactly when it leaves 48 bits.
        let p = ((a.0 << INT_SHIFT) as i64).checked_mul(b.small_int_value())?;
        Some(D(p as u64 >> INT_SHIFT))
    }
    #[inline(always)]
    fn small_int_cmp(a: Self, b: Self) -> core::cmp::Ordering {
        ((a.0 << INT_SHIFT) as i64).cmp(&((b.0 << INT_SHIFT) as i64))
    }
}
