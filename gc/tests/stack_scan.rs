//! The conservative native-stack scan finds a reference that lives only in
//! a local variable of a caller. Not under Miri, where the scan is off.
#![cfg(not(miri))]

mod common;

use common::{heap, PLAIN};
use mupy_gc::{GcRef, Heap, Marker, Roots};
use std::hint::black_box;

struct NativeStack;

impl Roots for NativeStack {
    fn trace(&self, m: &mut Marker<'_>) {
        m.scan_native_stack();
    }
}

#[inline(never)]
fn collect_from_deeper_frame(h: &mut Heap) {
    let pad = black_box([0u64; 8]);
    h.collect(&NativeStack);
    black_box(pad);
}

/// Allocates, keeps the reference only in this frame, collects from a
/// callee, and reports whether the object survived.
#[inline(never)]
fn survives_in_a_local(h: &mut Heap) -> bool {
    let r = h.alloc(16, PLAIN, &NativeStack).unwrap();
    let r = black_box(r);
    black_box(&r);
    collect_from_deeper_frame(h);
    let alive = h.is_heap_ref(r.0);
    black_box(&r);
    alive
}

#[test]
fn reference_in_a_local_survives() {
    let anchor = black_box(0u64);
    let mut h = heap(4096);
    h.set_stack_top(black_box(&anchor) as *const u64 as usize + 8);
    assert!(survives_in_a_local(&mut h));
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn without_a_stack_top_the_scan_does_nothing() {
    let mut h = heap(4096);
    let r: GcRef = h.alloc(16, PLAIN, &()).unwrap();
    let r = black_box(r);
    h.collect(&NativeStack);
    assert!(!h.is_heap_ref(black_box(r).0));
}
