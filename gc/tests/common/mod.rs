//! Helpers shared by the integration tests: heaps, reading and writing
//! object memory, patterns that can never look like a heap reference.
#![allow(dead_code)]

use mupy_gc::{AllocFlags, GcRef, Heap, HeapConfig, Marker, Roots};
use std::cell::RefCell;

pub fn heap(bytes: usize) -> Heap {
    Heap::with_capacity(bytes, HeapConfig::default())
}

pub fn write_u32(heap: &Heap, r: GcRef, word: usize, v: u32) {
    assert!(
        (word + 1) * 4 <= heap.alloc_size(r),
        "write past the allocation"
    );
    // SAFETY: inside a live allocation (checked above); blocks are aligned.
    unsafe { heap.ptr(r).cast::<u32>().add(word).write(v) }
}

pub fn read_u32(heap: &Heap, r: GcRef, word: usize) -> u32 {
    assert!(
        (word + 1) * 4 <= heap.alloc_size(r),
        "read past the allocation"
    );
    // SAFETY: as in `write_u32`.
    unsafe { heap.ptr(r).cast::<u32>().add(word).read() }
}

/// Byte `k` of the pattern `seed`: the top bit is always set, so every
/// word of it is >= 0x8080_8080, never a reference of a host heap.
pub fn pattern_byte(seed: u32, k: usize) -> u8 {
    (seed.wrapping_mul(31).wrapping_add(k as u32) as u8) | 0x80
}

pub fn fill(heap: &Heap, r: GcRef, len: usize, seed: u32) {
    assert!(len <= heap.alloc_size(r));
    for k in 0..len {
        // SAFETY: k < the allocation's size.
        unsafe { heap.ptr(r).add(k).write(pattern_byte(seed, k)) }
    }
}

pub fn holds(heap: &Heap, r: GcRef, len: usize, seed: u32) -> bool {
    len <= heap.alloc_size(r)
        && (0..len).all(|k| {
            // SAFETY: k < the allocation's size.
            unsafe { heap.ptr(r).add(k).read() == pattern_byte(seed, k) }
        })
}

/// A root set that can change between allocations and records finalisers.
#[derive(Default)]
pub struct RootSet {
    pub refs: RefCell<Vec<GcRef>>,
    pub finalised: RefCell<Vec<GcRef>>,
}

impl RootSet {
    pub fn push(&self, r: GcRef) {
        self.refs.borrow_mut().push(r);
    }
}

impl Roots for RootSet {
    fn trace(&self, m: &mut Marker<'_>) {
        for r in self.refs.borrow().iter() {
            m.mark(r.0);
        }
    }

    fn finalise(&self, r: GcRef, _obj: *mut u8) {
        self.finalised.borrow_mut().push(r);
    }
}

pub const PLAIN: AllocFlags = AllocFlags::NONE;
