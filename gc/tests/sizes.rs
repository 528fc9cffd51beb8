//! Sizes the RAM figures depend on, and the arena split for a pyboard-sized
//! heap.

mod common;

use mupy_gc::{AllocFlags, GcRef, Heap, HeapConfig, HOST_REF_BASE, MIN_REF, STATIC_REF_START};
use static_assertions::{assert_eq_size, const_assert};

assert_eq_size!(GcRef, u32);
assert_eq_size!(AllocFlags, u8);
assert_eq_size!(Option<GcRef>, [u32; 2]);
const_assert!(HOST_REF_BASE >= MIN_REF);
const_assert!(STATIC_REF_START > HOST_REF_BASE);

/// MicroPython's table cost: 2 + 1 + 1 bits per 16-byte block, 1/32 of the
/// arena, plus rounding to a block.
#[test]
fn tables_cost_one_thirty_second() {
    let bytes = 100 * 1024;
    let s = Heap::with_capacity(bytes, HeapConfig::default()).stats();
    assert_eq!(s.block_bytes, 16);
    assert_eq!(s.total + s.table_bytes, bytes - bytes % 16);
    // blocks * 16.5 <= bytes, and one more block would not fit.
    assert!(s.blocks_total * 33 <= bytes * 2);
    assert!((s.blocks_total + 2) * 33 > bytes * 2);
    assert_eq!(s.used, 0);
    assert_eq!(s.largest_free, s.total);
}

#[test]
fn thirty_two_byte_blocks() {
    let cfg = HeapConfig {
        block_bytes: 32,
        ..HeapConfig::default()
    };
    let mut h = Heap::with_capacity(8192, cfg);
    assert_eq!(h.block_bytes(), 32);
    let r = h.alloc(33, AllocFlags::NONE, &()).unwrap();
    assert_eq!(h.alloc_size(r), 64);
    assert_eq!(r.0 % 32, 0);
}

#[test]
fn refs_are_in_range_and_aligned() {
    let mut h = common::heap(4096);
    let range = h.ref_range();
    assert!(range.start >= HOST_REF_BASE && range.end < STATIC_REF_START);
    let mut live = Vec::new();
    while let Ok(r) = h.alloc(1, AllocFlags::NONE, &live) {
        assert!(range.contains(&r.0));
        assert_eq!(r.0 % 16, 0);
        assert!(h.is_heap_ref(r.0));
        assert!(!h.is_heap_ref(r.0 + 4), "interior words are not refs");
        live.push(r);
    }
    assert_eq!(live.len(), h.stats().blocks_total);
    for w in [0, 1, 4, 63, 64, STATIC_REF_START, u32::MAX, range.end] {
        assert!(!h.is_heap_ref(w));
    }
}

#[test]
fn custom_ref_base() {
    let cfg = HeapConfig {
        block_bytes: 16,
        ref_base: 0x2000_0000,
    };
    let mut h = Heap::with_capacity(1024, cfg);
    let r = h.alloc(8, AllocFlags::NONE, &()).unwrap();
    // The pool follows the tables: 62 blocks need 16 + 8 + 8 table bytes,
    // exactly two blocks.
    assert_eq!(r.0, 0x2000_0000 + h.stats().table_bytes as u32);
    assert_eq!(h.stats().table_bytes, 32);
}

#[test]
fn ref_space_never_reaches_static_objects() {
    let cfg = HeapConfig {
        block_bytes: 16,
        ref_base: STATIC_REF_START - 8192,
    };
    let mut h = Heap::with_capacity(64 * 1024, cfg);
    let s = h.stats();
    assert_eq!(h.ref_range().end, STATIC_REF_START);
    assert_eq!(s.blocks_total, (8192 - s.table_bytes) / 16);
    let mut live = Vec::new();
    while let Ok(r) = h.alloc(16, AllocFlags::NONE, &live) {
        live.push(r);
    }
    assert_eq!(live.last().map(|r| r.0), Some(STATIC_REF_START - 16));
}

#[test]
fn tiny_and_empty_arenas_fail_cleanly() {
    for bytes in [0, 1, 16, 17] {
        let mut h = common::heap(bytes);
        assert!(h.alloc(1, AllocFlags::NONE, &()).is_err(), "{bytes}");
        assert_eq!(h.verify(), Ok(()));
    }
    let mut h = common::heap(64);
    assert_eq!(h.stats().blocks_total, 3);
    assert!(h.alloc(48, AllocFlags::NONE, &()).is_ok());
}
