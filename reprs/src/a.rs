//! Representation A: MicroPython's classic tagged 32-bit word; floats live in
//! heap boxes.
//!
//! ```text
//!   bit 31                            0
//!   iiiiiiii iiiiiiii iiiiiiii iiiiiii1   small int, 31 bits signed
//!   qqqqqqqq qqqqqqqq qqqqqqqq qqqqqq10   qstr, 30-bit id
//!   00000000 00000000 00000000 00nnn000   immediate, nnn = Immediate index + 1:
//!                                         words 8, 16, …, 56
//!   pppppppp pppppppp pppppppp pppppp00   pointer: the ObjRef itself, >= 64
//! ```
//!
//! The immediates borrow the bottom of the pointer space, which is why no
//! object reference is ever below [`ObjRef::RESERVED_BELOW`] (64); the word 0
//! and the other low words are left unused so a zeroed word is no value.
//!
//! Tests are one mask and compare, except `is_ptr`, which must also exclude
//! the immediates; rotating the two tag bits to the top turns "tag is 00 and
//! word >= 64" into a single unsigned compare.

use crate::{small31, Immediate, ObjRef, Repr};

#[derive(Copy, Clone, PartialEq, Eq, Hash, Debug)]
#[repr(transparent)]
pub struct A(u32);

static_assertions::assert_eq_size!(A, u32);

const QSTR_TAG: u32 = 0b10;
const TAG_MASK: u32 = 0b11;
/// The word of immediate index 0; each next index is 8 higher.
const IMM_BASE: u32 = 8;
const IMM_SHIFT: u32 = 3;

impl Repr for A {
    type Word = u32;

    const NAME: &'static str = "a";
    const WORD_BYTES: usize = 4;
    const SMALL_INT_BITS: u32 = 31;
    const FLOAT_IMMEDIATE: bool = false;
    const QSTR_LIMIT: u32 = 1 << 30;

    #[inline(always)]
    fn from_word(w: u32) -> Self {
        A(w)
    }
    #[inline(always)]
    fn word(self) -> u32 {
        self.0
    }

    #[inline(always)]
    fn small_int(i: i64) -> Option<Self> {
        small31::encode(i).map(A)
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
        A(id << 2 | QSTR_TAG)
    }
    #[inline(always)]
    fn is_qstr(self) -> bool {
        self.0 & TAG_MASK == QSTR_TAG
    }
    #[inline(always)]
    fn qstr_id(self) -> u32 {
        self.0 >> 2
    }

    #[inline(always)]
    fn immediate(imm: Immediate) -> Self {
        A(IMM_BASE + ((imm as u32) << IMM_SHIFT))
    }
    #[inline(always)]
    fn as_immediate(self) -> Option<Immediate> {
        // Rotating moves any low bits to the top, so only exact multiples of
        // 8 above the base stay small.
        let k = self.0.wrapping_sub(IMM_BASE).rotate_right(IMM_SHIFT);
        Immediate::from_index(k)
    }

    #[inline(always)]
    fn float(_: f64) -> Option<Self> {
        None
    }
    #[inline(always)]
    fn is_float(self) -> bool {
        false
    }
    #[inline(always)]
    fn float_value(self) -> f64 {
        0.0
    }

    #[inline(always)]
    fn ptr(r: ObjRef) -> Self {
        A(r.0)
    }
    #[inline(always)]
    fn is_ptr(self) -> bool {
        // Tag 00 rotates to a value below 2^30; the reserved words rotate
        // below 16; anything else lands at 2^30 or above.
        const LOW: u32 = ObjRef::RESERVED_BELOW >> 2;
        self.0.rotate_right(2).wrapping_sub(LOW) < (1 << 30) - LOW
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
        small31::add(a.0, b.0).map(A)
    }
    #[inline(always)]
    fn small_int_sub(a: Self, b: Self) -> Option<Self> {
        small31::sub(a.0, b.0).map(A)
    }
    #[inline(always)]
    fn small_int_mul(a: Self, b: Self) -> Option<Self> {
        small31::mul(a.0, b.0).map(A)
    }
    #[inline(always)]
    fn small_int_cmp(a: Self, b: Self) -> core::cmp::Ordering {
        small31::cmp(a.0, b.0)
    }
}
