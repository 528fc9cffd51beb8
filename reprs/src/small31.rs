//! The 31-bit small int shared by representations A and C.
//!
//! ```text
//!   iiiiiiii iiiiiiii iiiiiiii iiiiiii1   word = 2·i + 1, i in -2^30 ..= 2^30-1
//! ```
//!
//! Reading the word as an `i32`, a small int is `2·i + 1`, so arithmetic works
//! on the words themselves and the CPU's signed overflow flag is exactly the
//! "result left 31 bits" test:
//!
//! * `(2a+1) + 2b      = 2(a+b) + 1` — add the other word with its tag cleared;
//! * `(2a+1) - 2b      = 2(a-b) + 1` — likewise for subtraction;
//! * `2a · b           = 2(a·b)`, then set the tag — the i32 product of the
//!   untagged word and the plain int overflows exactly when `a·b` leaves 31 bits;
//! * `2a+1 < 2b+1 ⇔ a < b` — words compare as the ints they hold.

/// Bit 0 set marks a small int.
pub const TAG: u32 = 1;

#[inline(always)]
pub const fn encode(i: i64) -> Option<u32> {
    // Sign-extending the low 31 bits gives `i` back exactly when it fits.
    if (i << 33) >> 33 == i {
        Some(((i as u32) << 1) | TAG)
    } else {
        None
    }
}

#[inline(always)]
pub const fn is(w: u32) -> bool {
    w & TAG != 0
}

#[inline(always)]
pub const fn both(a: u32, b: u32) -> bool {
    a & b & TAG != 0
}

#[inline(always)]
pub const fn value(w: u32) -> i64 {
    ((w as i32) >> 1) as i64
}

#[inline(always)]
pub const fn add(a: u32, b: u32) -> Option<u32> {
    match (a as i32).checked_add((b & !TAG) as i32) {
        Some(s) => Some(s as u32),
        None => None,
    }
}

#[inline(always)]
pub const fn sub(a: u32, b: u32) -> Option<u32> {
    match (a as i32).checked_sub((b & !TAG) as i32) {
        Some(s) => Some(s as u32),
        None => None,
    }
}

#[inline(always)]
pub const fn mul(a: u32, b: u32) -> Option<u32> {
    match ((a & !TAG) as i32).checked_mul((b as i32) >> 1) {
        Some(p) => Some(p as u32 | TAG),
        None => None,
    }
}

#[inline(always)]
pub fn cmp(a: u32, b: u32) -> core::cmp::Ordering {
    (a as i32).cmp(&(b as i32))
}
