//! Representation C: 32-bit words with 30-bit immediate floats (MicroPython's
//! REPR_C idea), so float arithmetic allocates nothing on a 32-bit machine.
//!
//! A float is its binary32 bits rounded to 30 bits ([`crate::float30`]), the
//! two freed low bits holding the tag `10`, and then XOR-ed with `0x7F80_0000`:
//! that flips the exponent field, moving the infinity/NaN exponent (all ones)
//! to all zeros. The NaN space thus becomes the words with bits 23–30 clear,
//! where qstrs and immediates sit with small, mask-and-compare encodings.
//!
//! ```text
//!   bit 31                            0
//!   iiiiiiii iiiiiiii iiiiiiii iiiiiii1   small int, 31 bits signed
//!   pppppppp pppppppp pppppppp pppppp00   pointer: the ObjRef itself
//!   sEEEEEEE Efffffff ffffffff ffffff10   float, E = binary32 exponent XOR 0xFF,
//!                                         f = top 21 fraction bits (E != 0)
//!   s0000000 00000000 00000000 00000010   ±infinity
//!   00000000 01000000 00000000 00000010   NaN (the only one produced)
//!   s0000000 0fffffff ffffffff fffff010   other NaNs: never produced, read as NaN
//!   00000000 0qqqqqqq qqqqqqqq qqqqq110   qstr, 20-bit id
//!   10000000 00000000 00000000 0kkkk110   immediate, k = Immediate index
//!   10000000 0xxxxxxx xxxxxxxx xxxxx110   (other x: no value)
//! ```
//!
//! Decoding a float is one XOR (it also clears the tag) and a widening, exact
//! conversion to f64. Ints and pointers are as in representation A, so the
//! small-int fast paths are shared ([`crate::small31`]).

use crate::{float30, small31, Immediate, ObjRef, Repr};

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct C(u32);

static_assertions::assert_eq_size!(C, u32);

/// Applied to binary32 bits (low two bits zero) to make a float word, and to a
/// float word to get them back: flips the exponent and sets/clears tag `10`.
const FLOAT_XOR: u32 = 0x7F80_0002;
const FLOAT_TAG: u32 = 0b10;
const TAG_MASK: u32 = 0b11;
/// Bits that single out the NaN-space words holding qstrs and immediates:
/// sign, exponent field and the low three bits.
const BOXED_MASK: u32 = 0xFF80_0007;
const QSTR_TAG: u32 = 0b110;
const IMM_BASE: u32 = 0x8000_0006;
const PAYLOAD_SHIFT: u32 = 3;

impl C {
    /// The float held by a value for which `is_float` holds, as stored.
    #[inline(always)]
    pub fn float_f32(self) -> f32 {
        f32::from_bits(self.0 ^ FLOAT_XOR)
    }

    /// A binary32 rounded (to nearest, ties to even) to the 30-bit format.
    #[inline(always)]
    pub fn from_f32(f: f32) -> Self {
        C(float30::round_f32(f) ^ FLOAT_XOR)
    }
}

impl Repr for C {
    type Word = u32;

    const NAME: &'static str = "c";
    const WORD_BYTES: usize = 4;
    const SMALL_INT_BITS: u32 = 31;
    const FLOAT_IMMEDIATE: bool = true;
    const QSTR_LIMIT: u32 = 1 << 20;
    const FLOAT_SIGNIFICAND_BITS: u32 = 22;

    #[inline(always)]
    fn from_word(w: u32) -> Self {
        C(w)
    }
    #[inline(always)]
    fn word(self) -> u32 {
        self.0
    }

    #[inline(always)]
    fn small_int(i: i64) -> Option<Self> {
        small31::encode(i).map(C)
    }
    #[inline(always)]
    fn is_small_int(self) -> bool {
        small31::is(self.0)
    }
    #[inline(always)]
    fn small_int_value(self) -> i64 {
        small31::value(self.0)
    }

    #[inline(always)]
    fn qstr(id: u32) -> Self {
        C((id << PAYLOAD_SHIFT) & !BOXED_MASK | QSTR_TAG)
    }
    #[inline(always)]
    fn is_qstr(self) -> bool {
        self.0 & BOXED_MASK == QSTR_TAG
    }
    #[inline(always)]
    fn qstr_id(self) -> u32 {
        self.0 >> PAYLOAD_SHIFT
    }

    #[inline(always)]
    fn immediate(imm: Immediate) -> Self {
        C(IMM_BASE | (imm as u32) << PAYLOAD_SHIFT)
    }
    #[inline(always)]
    fn as_immediate(self) -> Option<Immediate> {
        // Rotating moves any low bits to the top, so only words a multiple of
        // 8 above the base stay small.
        let k = self.0.wrapping_sub(IMM_BASE).rotate_right(PAYLOAD_SHIFT);
        Immediate::from_index(k)
    }

    #[inline(always)]
    fn float(f: f64) -> Option<Self> {
        Some(C(float30::round(f) ^ FLOAT_XOR))
    }
    #[inline(always)]
    fn is_float(self) -> bool {
        // Tag 10, minus the qstr/immediate corner of the NaN space (exponent
        // field clear and bit 2 set).
        (self.0 & TAG_MASK == FLOAT_TAG) & (self.0 & 0x7F80_0004 != 0b100)
    }
    #[inline(always)]
    fn float_value(self) -> f64 {
        self.float_f32() as f64
    }

    #[inline(always)]
    fn ptr(r: ObjRef) -> Self {
        C(r.0)
    }
    #[inline(always)]
    fn is_ptr(self) -> bool {
        self.0 & TAG_MASK == 0
    }
    #[inline(always)]
    fn ptr_ref(self) -> ObjRef {
        ObjRef(self.0)
    }

    #[inline(always)]
    fn both_small_ints(a: Self, b: Self) -> bool {
        small31::both(a.0, b.0)
    }
    #[inline(always)]
    fn small_int_add(a: Self, b: Self) -> Option<Self> {
        small31::add(a.0, b.0).map(C)
    }
    #[inline(always)]
    fn small_int_sub(a: Self, b: Self) -> Option<Self> {
        small31::sub(a.0, b.0).map(C)
    }
    #[inline(always)]
    fn small_int_mul(a: Self, b: Self) -> Option<Self> {
        small31::mul(a.0, b.0).map(C)
    }
    #[inline(always)]
    fn small_int_cmp(a: Self, b: Self) -> core::cmp::Ordering {
        small31::cmp(a.0, b.0)
    }
}
