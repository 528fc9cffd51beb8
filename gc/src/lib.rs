//! mupy's heap: one fixed arena of equal blocks, MicroPython's 2-bit
//! allocation table, and a non-moving, non-recursive mark-sweep collector.
//!
//! The arena is split once, at creation, into three side tables and the
//! blocks (`n` blocks of `B` bytes, `B` = 16 or 32):
//!
//! ```text
//!  arena start                                                     arena end
//!  | pad | ATB: n/4 bytes | FTB: n/8 | NSTB: n/8 | pad | block 0 | .. | block n-1 |
//!        '-- 2 bits/block  '-- 1 bit  '-- 1 bit         '-- B-aligned
//!            kind            finaliser  no-scan
//! ```
//!
//! An allocation is a HEAD block followed by TAIL blocks; it has no header,
//! so a 16-byte object costs 16 bytes plus half a byte of tables.
//!
//! A reference (`GcRef`) is a 32-bit number, `ref_base + byte offset of the
//! block from the arena start`: on the MCU `ref_base` is the arena's address
//! and a reference is the real address; on a 64-bit host it is a small fixed
//! base, so a 32-bit representation has the same heap figures on both.
//!
//! Marking is conservative inside the heap (every aligned `u32` of a scanned
//! allocation that names a live HEAD block marks it) and uses a fixed mark
//! stack with MicroPython's overflow fallback, so it never recurses.
#![no_std]

extern crate alloc as rust_alloc;

mod alloc;
mod alloc_table;
mod arena;
mod config;
mod flags;
mod gc_ref;
mod heap;
mod mark;
mod roots;
mod stack;
mod stats;
mod stress;
mod sweep;

pub use config::HeapConfig;
pub use flags::AllocFlags;
pub use gc_ref::{GcRef, HOST_REF_BASE, MIN_REF, STATIC_REF_START};
pub use heap::Heap;
pub use mark::Marker;
pub use roots::Roots;
pub use stats::Stats;
pub use stress::POISON_BYTE;

/// An allocation could not be satisfied, even after a collection (or the
/// heap is locked, or automatic collection is disabled and there is no room).
/// The runtime turns it into `MemoryError`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct OutOfMemory;

// The RAM figures of every representation depend on these.
static_assertions::assert_eq_size!(GcRef, u32);
static_assertions::assert_eq_size!(Option<GcRef>, u64);
static_assertions::assert_eq_size!(AllocFlags, u8);
static_assertions::assert_eq_size!(OutOfMemory, ());
static_assertions::const_assert!(HOST_REF_BASE >= MIN_REF);
static_assertions::const_assert!(HOST_REF_BASE.is_multiple_of(256));
// The heap's own RAM on the MCU: the 256-byte mark stack, 30 words and the
// 8 run-class search hints (32 bytes, which keep multi-block allocation from
// rescanning the heap's small holes on every request).
#[cfg(target_pointer_width = "32")]
static_assertions::const_assert!(core::mem::size_of::<Heap>() <= 408);
