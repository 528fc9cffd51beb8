//! The object representations: how one Python value fits in one machine word.
//!
//! Everything above this crate (compiler, VM, runtime) touches values only
//! through [`Repr`]. A representation is a `Copy` newtype over `u32` or `u64`;
//! the VM is monomorphised per representation, so each test below compiles to
//! a mask and a compare.
//!
//! | repr | word | small int       | qstr        | float                 | pointer   |
//! |------|------|-----------------|-------------|-----------------------|-----------|
//! | [`A`]| 32   | `…1`, 31 bits   | `…10`       | heap box              | `…00`     |
//! | [`C`]| 32   | `…1`, 31 bits   | NaN space   | 30-bit immediate      | `…00`     |
//! | [`D`]| 64   | NaN space, 48   | NaN space   | IEEE double immediate | NaN space |
//!
//! The immediates (`None`, `True`, …) take the reserved low pointer words in
//! A and a corner of the float NaN space in C and D; each file draws its
//! exact layout.
//!
//! A pointer is a 32-bit object reference ([`ObjRef`]) whatever the word
//! size, so heap figures of the 32-bit representations are the same on a PC
//! as on the board.
//!
//! Besides the constructors and tests, the trait has a few fast paths for the
//! VM's hottest operations (small-int arithmetic on two operands); they have
//! obvious default bodies and each representation overrides them where its
//! encoding allows a shorter sequence.
#![no_std]

mod a;
mod c;
mod d;
mod float30;
mod small31;

pub use a::A;
pub use c::C;
pub use d::D;

/// A 32-bit reference to an object: an arena offset (plus base) on the host, an
/// address on the MCU, or a reference into the static (ROM) object table.
/// Always 4-byte aligned, never zero.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(transparent)]
pub struct ObjRef(pub u32);

impl ObjRef {
    /// References below this value are never given to objects: representation
    /// A spends those pointer-space words on the immediates (`None`, `True`, …).
    pub const RESERVED_BELOW: u32 = 64;
}

static_assertions::assert_eq_size!(ObjRef, u32);

/// The values that are neither numbers, strings nor objects.
#[derive(Copy, Clone, PartialEq, Eq, Debug, Hash)]
#[repr(u8)]
pub enum Immediate {
    None = 0,
    False = 1,
    True = 2,
    Ellipsis = 3,
    NotImplemented = 4,
    /// Internal: "no value" (an unbound local, an empty dict slot, end of iteration).
    Null = 5,
    /// Internal: a marker value the VM uses on its stack (e.g. an open `with` block).
    Sentinel = 6,
}

impl Immediate {
    pub const ALL: [Immediate; 7] = [
        Immediate::None,
        Immediate::False,
        Immediate::True,
        Immediate::Ellipsis,
        Immediate::NotImplemented,
        Immediate::Null,
        Immediate::Sentinel,
    ];

    #[inline(always)]
    pub fn from_index(i: u32) -> Option<Immediate> {
        Self::ALL.get(i as usize).copied()
    }
}

/// One Python value in one machine word. See the crate docs for the layouts.
pub trait Repr: Copy + Eq + core::hash::Hash + core::fmt::Debug + 'static {
    /// The machine word: `u32` or `u64`.
    type Word: Copy + Eq + core::hash::Hash + core::fmt::Debug + Into<u64>;

    /// Short name (`"a"`, `"c"`, `"d"`) as used by `mupy --repr`.
    const NAME: &'static str;
    /// Bytes per value word.
    const WORD_BYTES: usize;
    /// Bits of a small int, sign included.
    const SMALL_INT_BITS: u32;
    /// Smallest and largest small int; beyond them the runtime uses a bigint.
    const SMALL_INT_MIN: i64 = -(1i64 << (Self::SMALL_INT_BITS - 1));
    const SMALL_INT_MAX: i64 = (1i64 << (Self::SMALL_INT_BITS - 1)) - 1;
    /// Whether every float is held in the word (no heap box).
    const FLOAT_IMMEDIATE: bool;
    /// Qstr ids `0..QSTR_LIMIT` fit in a value.
    const QSTR_LIMIT: u32;
    /// Significand bits (implicit bit included) of the floats this
    /// representation stores: the printer and the constant folder round to it.
    const FLOAT_SIGNIFICAND_BITS: u32 = f64::MANTISSA_DIGITS;

    fn from_word(w: Self::Word) -> Self;
    fn word(self) -> Self::Word;

    /// A small int, or `None` when `i` is outside `SMALL_INT_MIN..=SMALL_INT_MAX`.
    fn small_int(i: i64) -> Option<Self>;
    fn is_small_int(self) -> bool;
    /// The int of a value for which `is_small_int` holds (unspecified otherwise).
    fn small_int_value(self) -> i64;

    /// An interned string; `id < QSTR_LIMIT`.
    fn qstr(id: u32) -> Self;
    fn is_qstr(self) -> bool;
    fn qstr_id(self) -> u32;

    fn immediate(imm: Immediate) -> Self;
    fn as_immediate(self) -> Option<Immediate>;

    /// A float held in the word, or `None` where the representation boxes floats.
    /// Representation C rounds to its 30-bit format here.
    fn float(f: f64) -> Option<Self>;
    fn is_float(self) -> bool;
    /// The float of a value for which `is_float` holds (unspecified otherwise).
    fn float_value(self) -> f64;

    /// The float that `float(f)` stores, widened back: `f` itself where floats
    /// are doubles (immediate or boxed), `f` rounded to 30 bits in C.
    #[inline(always)]
    fn round_float(f: f64) -> f64 {
        match Self::float(f) {
            Some(v) => v.float_value(),
            None => f,
        }
    }

    /// A pointer; `r` must be a real object reference (at least
    /// [`ObjRef::RESERVED_BELOW`], 4-byte aligned).
    fn ptr(r: ObjRef) -> Self;
    fn is_ptr(self) -> bool;
    /// The reference of a value for which `is_ptr` holds (unspecified otherwise).
    fn ptr_ref(self) -> ObjRef;

    // Conveniences with one obvious meaning in every representation.
    #[inline(always)]
    fn none() -> Self {
        Self::immediate(Immediate::None)
    }
    #[inline(always)]
    fn null() -> Self {
        Self::immediate(Immediate::Null)
    }
    #[inline(always)]
    fn bool(b: bool) -> Self {
        Self::immediate(if b { Immediate::True } else { Immediate::False })
    }
    #[inline(always)]
    fn is_null(self) -> bool {
        self == Self::null()
    }
    #[inline(always)]
    fn is_none(self) -> bool {
        self == Self::none()
    }

    // Fast paths for binary operations. The `small_int_*` operations require
    // both operands to be small ints (`both_small_ints`); on other values their
    // result is unspecified (but never a panic).

    #[inline(always)]
    fn both_small_ints(a: Self, b: Self) -> bool {
        a.is_small_int() && b.is_small_int()
    }
    /// `a + b`, or `None` when the sum leaves the small-int range.
    #[inline(always)]
    fn small_int_add(a: Self, b: Self) -> Option<Self> {
        Self::small_int(a.small_int_value().checked_add(b.small_int_value())?)
    }
    /// `a - b`, or `None` when the difference leaves the small-int range.
    #[inline(always)]
    fn small_int_sub(a: Self, b: Self) -> Option<Self> {
        Self::small_int(a.small_int_value().checked_sub(b.small_int_value())?)
    }
    /// `a * b`, or `None` when the product leaves the small-int range.
    #[inline(always)]
    fn small_int_mul(a: Self, b: Self) -> Option<Self> {
        Self::small_int(a.small_int_value().checked_mul(b.small_int_value())?)
    }
    /// Order of two small ints.
    #[inline(always)]
    fn small_int_cmp(a: Self, b: Self) -> core::cmp::Ordering {
        a.small_int_value().cmp(&b.small_int_value())
    }
}
