//! Allocation, free and realloc: exhaustion, reuse, in-place growth,
//! fragmentation, the heap lock and `gc.disable()`.

mod common;

use common::{fill, heap, holds, read_u32, RootSet, PLAIN};
use mupy_gc::{AllocFlags, GcRef, OutOfMemory};

#[test]
fn allocations_are_zeroed_and_distinct() {
    let mut h = heap(2048);
    let mut live: Vec<GcRef> = Vec::new();
    for size in [0, 1, 15, 16, 17, 40, 100] {
        let r = h.alloc(size, PLAIN, &live).unwrap();
        assert_eq!(h.alloc_size(r), size.div_ceil(16).max(1) * 16);
        for w in 0..h.alloc_size(r) / 4 {
            assert_eq!(read_u32(&h, r, w), 0);
        }
        fill(&h, r, h.alloc_size(r), r.0);
        assert!(!live.contains(&r));
        live.push(r);
    }
    for &r in &live {
        assert!(holds(&h, r, h.alloc_size(r), r.0));
    }
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn full_heap_gives_out_of_memory_then_recovers() {
    let mut h = heap(4096);
    let blocks = h.stats().blocks_total;
    let mut live = Vec::new();
    loop {
        match h.alloc(16, PLAIN, &live) {
            Ok(r) => live.push(r),
            Err(e) => {
                assert_eq!(e, OutOfMemory);
                break;
            }
        }
    }
    assert_eq!(live.len(), blocks);
    assert_eq!(h.stats().free, 0);
    assert_eq!(h.alloc(1, PLAIN, &live), Err(OutOfMemory));
    assert_eq!(h.alloc(usize::MAX, PLAIN, &live), Err(OutOfMemory));
    let victim = live.swap_remove(7);
    h.free(victim);
    assert_eq!(h.stats().free, 16);
    let again = h.alloc(10, PLAIN, &live).unwrap();
    assert_eq!(again, victim, "the only free block is reused");
    live.push(again);
    assert_eq!(h.alloc(1, PLAIN, &live), Err(OutOfMemory));
    // Dropping every root makes everything collectable.
    let r = h.alloc(100, PLAIN, &()).unwrap();
    assert_eq!(h.alloc_size(r), 112);
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn free_returns_every_block() {
    let mut h = heap(4096);
    let roots = RootSet::default();
    let a = h.alloc(100, PLAIN, &roots).unwrap();
    roots.push(a);
    let b = h.alloc(16, PLAIN, &roots).unwrap();
    roots.push(b);
    assert_eq!(h.stats().used, 112 + 16);
    h.free(a);
    assert_eq!(h.stats().used, 16);
    assert!(!h.is_heap_ref(a.0));
    assert_eq!(h.alloc_size(a), 0);
    h.free(a); // a second free is ignored
    h.free(GcRef(b.0 + 4)); // not a head: ignored
    h.free(GcRef(3));
    assert_eq!(h.stats().used, 16);
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn realloc_grows_in_place_when_next_blocks_are_free() {
    let mut h = heap(4096);
    let roots = RootSet::default();
    let a = h.alloc(20, PLAIN, &roots).unwrap();
    roots.push(a);
    fill(&h, a, 20, 1);
    let grown = h.realloc(a, 100, &roots).unwrap();
    assert_eq!(grown, a);
    assert_eq!(h.alloc_size(a), 112);
    assert!(holds(&h, a, 20, 1));
    // The new part is zero.
    for w in 5..28 {
        assert_eq!(read_u32(&h, a, w), 0);
    }
    assert_eq!(h.stats().used, 112);
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn realloc_moves_when_blocked_and_preserves_contents() {
    let mut h = heap(4096);
    let roots = RootSet::default();
    let a = h.alloc(32, PLAIN, &roots).unwrap();
    roots.push(a);
    let wall = h.alloc(16, PLAIN, &roots).unwrap();
    roots.push(wall);
    fill(&h, a, 32, 9);
    let moved = h.realloc(a, 64, &roots).unwrap();
    assert_ne!(moved, a);
    assert!(!h.is_heap_ref(a.0), "the old blocks are freed");
    assert!(holds(&h, moved, 32, 9));
    assert_eq!(h.alloc_size(moved), 64);
    assert_eq!(h.stats().used, 64 + 16);
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn realloc_keeps_flags_when_moving() {
    let mut h = heap(4096);
    let roots = RootSet::default();
    let a = h.alloc(16, AllocFlags::FINALISER, &roots).unwrap();
    roots.push(a);
    let wall = h.alloc(16, PLAIN, &roots).unwrap();
    roots.push(wall);
    let moved = h.realloc(a, 48, &roots).unwrap();
    assert_ne!(moved, a);
    roots.refs.borrow_mut().retain(|&r| r != a);
    roots.push(moved);
    h.collect(&roots);
    assert!(roots.finalised.borrow().is_empty(), "a is rooted");
    roots.refs.borrow_mut().clear();
    h.collect(&roots);
    assert_eq!(*roots.finalised.borrow(), vec![moved]);
}

#[test]
fn realloc_shrinks_in_place() {
    let mut h = heap(4096);
    let roots = RootSet::default();
    let a = h.alloc(100, PLAIN, &roots).unwrap();
    roots.push(a);
    fill(&h, a, 100, 3);
    assert_eq!(h.realloc(a, 30, &roots), Ok(a));
    assert_eq!(h.alloc_size(a), 32);
    assert!(holds(&h, a, 30, 3));
    assert_eq!(h.stats().used, 32);
    // The cut blocks are reused next.
    let b = h.alloc(16, PLAIN, &roots).unwrap();
    assert_eq!(b.0, a.0 + 32);
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn realloc_of_a_dead_ref_fails() {
    let mut h = heap(1024);
    let a = h.alloc(16, PLAIN, &()).unwrap();
    h.free(a);
    assert_eq!(h.realloc(a, 32, &()), Err(OutOfMemory));
    assert_eq!(h.realloc(GcRef(12345), 32, &()), Err(OutOfMemory));
}

/// Alternate 3-block and 1-block allocations, free the 3-block ones: the
/// largest free run is 3 blocks, so 48 bytes fit and 49 do not.
#[test]
fn fragmentation_follows_the_free_runs() {
    let mut h = heap(2048);
    let blocks = h.stats().blocks_total;
    let roots = RootSet::default();
    let mut big = Vec::new();
    while let Ok(r) = h.alloc(48, PLAIN, &roots) {
        roots.push(r);
        big.push(r);
        match h.alloc(16, PLAIN, &roots) {
            Ok(s) => roots.push(s),
            Err(_) => break,
        }
    }
    // Pairs take 4 blocks; a remainder of 3 takes one more big one.
    let rest = blocks % 4;
    assert_eq!(big.len(), blocks / 4 + usize::from(rest == 3));
    let tail_free = h.stats().free;
    assert_eq!(tail_free, if rest == 3 { 0 } else { rest * 16 });
    for r in &big {
        h.free(*r);
    }
    roots.refs.borrow_mut().retain(|r| !big.contains(r));
    let s = h.stats();
    assert_eq!(s.largest_free, 48.max(tail_free));
    assert_eq!(s.free, big.len() * 48 + tail_free);
    assert_eq!(h.alloc(49, PLAIN, &roots), Err(OutOfMemory));
    let fits = h.alloc(48, PLAIN, &roots).unwrap();
    assert_eq!(fits, big[0], "first fit");
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn heap_lock_fails_allocations_and_ignores_free() {
    let mut h = heap(1024);
    let roots = RootSet::default();
    let a = h.alloc(16, PLAIN, &roots).unwrap();
    roots.push(a);
    h.lock();
    h.lock();
    assert_eq!(h.lock_depth(), 2);
    assert_eq!(h.alloc(16, PLAIN, &roots), Err(OutOfMemory));
    assert_eq!(h.realloc(a, 64, &roots), Err(OutOfMemory));
    h.free(a);
    assert!(h.is_heap_ref(a.0));
    h.unlock();
    assert_eq!(
        h.alloc(16, PLAIN, &roots),
        Err(OutOfMemory),
        "still locked once"
    );
    h.unlock();
    h.unlock(); // unbalanced unlock is harmless
    assert_eq!(h.lock_depth(), 0);
    assert!(h.alloc(16, PLAIN, &roots).is_ok());
}

#[test]
fn disabled_heap_fails_instead_of_collecting() {
    let mut h = heap(1024);
    h.set_enabled(false);
    assert!(!h.is_enabled());
    let blocks = h.stats().blocks_total;
    for _ in 0..blocks {
        h.alloc(16, PLAIN, &()).unwrap();
    }
    assert_eq!(h.alloc(16, PLAIN, &()), Err(OutOfMemory));
    assert_eq!(h.stats().collections, 0);
    // An explicit collect still works while disabled (gc.collect()).
    h.collect(&());
    assert_eq!(h.stats().used, 0);
    assert_eq!(h.stats().collections, 1);
    for _ in 0..blocks {
        h.alloc(16, PLAIN, &()).unwrap();
    }
    h.set_enabled(true);
    assert!(
        h.alloc(16, PLAIN, &()).is_ok(),
        "collects when enabled again"
    );
    assert!(h.stats().collections >= 2);
}

#[cfg(not(feature = "gc-stress"))]
#[test]
fn threshold_triggers_collection() {
    let mut h = heap(16 * 1024);
    h.set_threshold(Some(160));
    assert_eq!(h.threshold(), Some(160));
    for _ in 0..10 {
        h.alloc(16, PLAIN, &()).unwrap();
    }
    assert_eq!(h.stats().collections, 0);
    h.alloc(16, PLAIN, &()).unwrap();
    assert_eq!(h.stats().collections, 1);
    assert_eq!(h.stats().used, 16);
    h.set_threshold(None);
    assert_eq!(h.threshold(), None);
    for _ in 0..100 {
        h.alloc(16, PLAIN, &()).unwrap();
    }
    assert_eq!(h.stats().collections, 1);
}

#[cfg(feature = "gc-stress")]
#[test]
fn stress_collects_at_every_allocation_and_poisons() {
    let mut h = heap(4096);
    let a = h.alloc(32, PLAIN, &()).unwrap();
    let p = h.ptr(a);
    let b = h.alloc(16, PLAIN, &()).unwrap();
    assert_eq!(h.stats().collections, 2);
    assert_eq!(b, a, "a was garbage, its block is reused");
    // The second block of `a` was freed and poisoned.
    // SAFETY: inside the pool; the block is free but still heap memory.
    let byte = unsafe { p.add(16).read() };
    assert_eq!(byte, mupy_gc::POISON_BYTE);
}

#[test]
fn stats_track_allocation_totals_and_peak() {
    let mut h = heap(4096);
    let roots = RootSet::default();
    for _ in 0..10 {
        let r = h.alloc(20, PLAIN, &roots).unwrap();
        roots.push(r);
    }
    let s = h.stats();
    assert_eq!(s.used, 320);
    assert_eq!(s.blocks_used, 20);
    assert_eq!(s.allocated_total, 320);
    roots.refs.borrow_mut().clear();
    h.collect(&roots);
    let s = h.stats();
    assert_eq!(s.used, 0);
    assert_eq!(s.peak_used, 320);
    assert_eq!(s.free, s.total);
    assert_eq!(s.allocated_total, 320);
}

#[test]
fn every_hole_big_enough_is_found_first_fit() {
    // Holes of 1, 2, 3, … 40 blocks, low to high, each between two live
    // objects: a request of n blocks takes the lowest hole of at least n,
    // whatever the requests before it found or missed.
    let mut h = heap(64 * 1024);
    let mut live = Vec::new();
    let mut holes = Vec::new();
    for n in 1..=40usize {
        let hole = h.alloc(n * 16, PLAIN, &live).unwrap();
        live.push(h.alloc(16, PLAIN, &live).unwrap());
        holes.push((hole, n));
    }
    for &(r, _) in &holes {
        h.free(r);
    }
    assert_eq!(h.verify(), Ok(()));
    for want in [300usize, 3, 40, 1, 2, 9, 9, 17, 2, 33, 5, 40, 5] {
        let got = h.alloc(want * 16, PLAIN, &live).unwrap();
        let lowest = holes
            .iter()
            .filter(|&&(r, n)| n >= want && !live.contains(&r))
            .map(|&(r, _)| r)
            .min();
        if let Some(expect) = lowest {
            assert_eq!(got, expect, "request of {want} blocks");
            // The rest of that hole stays free; only its start is live.
            let i = holes.iter().position(|&(r, _)| r == expect).unwrap();
            let rest = holes[i].1 - want;
            holes[i] = (GcRef(expect.0 + (want as u32) * 16), rest);
        }
        live.push(got);
        assert_eq!(h.verify(), Ok(()));
    }
}
