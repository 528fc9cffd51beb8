//! The collector: what is reachable survives with its contents, what is not
//! is reclaimed (shown by `stats()`), through chains, cycles, a long list,
//! a fan-out wider than the mark stack, finalisers and NO_SCAN memory.

mod common;

use common::{fill, heap, holds, read_u32, write_u32, RootSet, PLAIN};
use mupy_gc::{AllocFlags, GcRef, Heap};

/// Nodes of 16 bytes: word 0 is the next node's reference.
fn chain(h: &mut Heap, len: usize, flags: AllocFlags) -> Vec<GcRef> {
    // Building never collects, so the half-built chain needs no roots.
    let was = h.is_enabled();
    h.set_enabled(false);
    let mut nodes: Vec<GcRef> = Vec::with_capacity(len);
    for i in 0..len {
        let r = h.alloc(16, flags, &()).unwrap();
        write_u32(h, r, 1, 0x8000_0000 | i as u32);
        if let Some(prev) = nodes.last() {
            write_u32(h, *prev, 0, r.0);
        }
        nodes.push(r);
    }
    h.set_enabled(was);
    nodes
}

#[test]
fn rooted_objects_survive_many_collections() {
    let mut h = heap(8192);
    let roots = RootSet::default();
    let mut kept = Vec::new();
    for i in 0..40u32 {
        let size = 1 + (i as usize * 7) % 60;
        let r = h.alloc(size, PLAIN, &roots).unwrap();
        fill(&h, r, size, i);
        if i % 2 == 0 {
            roots.push(r);
            kept.push((r, size, i));
        }
    }
    let used_kept: usize = kept.iter().map(|&(r, _, _)| h.alloc_size(r)).sum();
    for _ in 0..50 {
        h.collect(&roots);
        assert_eq!(h.stats().used, used_kept);
        for &(r, size, seed) in &kept {
            assert!(h.is_heap_ref(r.0));
            assert!(holds(&h, r, size, seed));
        }
        assert_eq!(h.verify(), Ok(()));
    }
}

#[test]
fn unreachable_objects_are_reclaimed() {
    let mut h = heap(8192);
    for _ in 0..100 {
        h.alloc(30, PLAIN, &()).unwrap();
    }
    assert!(h.stats().used > 0);
    h.collect(&());
    let s = h.stats();
    assert_eq!(s.used, 0);
    assert_eq!(s.largest_free, s.total);
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn objects_reachable_only_through_the_heap_survive() {
    let mut h = heap(16 * 1024);
    let nodes = chain(&mut h, 50, PLAIN);
    let roots = RootSet::default();
    roots.push(nodes[0]);
    h.collect(&roots);
    assert_eq!(h.stats().used, 50 * 16);
    for (i, &r) in nodes.iter().enumerate() {
        assert_eq!(read_u32(&h, r, 1), 0x8000_0000 | i as u32);
    }
    // Rooting the middle keeps only the second half.
    roots.refs.borrow_mut()[0] = nodes[25];
    h.collect(&roots);
    assert_eq!(h.stats().used, 25 * 16);
    assert!(!h.is_heap_ref(nodes[24].0));
    assert!(h.is_heap_ref(nodes[25].0));
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn interior_words_of_large_objects_are_scanned() {
    let mut h = heap(16 * 1024);
    let roots = RootSet::default();
    let big = h.alloc(1000, PLAIN, &roots).unwrap();
    roots.push(big);
    let leaf = h.alloc(16, PLAIN, &roots).unwrap();
    write_u32(&h, big, 249, leaf.0); // the last word of the last block
    h.collect(&roots);
    assert!(h.is_heap_ref(leaf.0));
    // A pointer into the middle of `leaf` does not keep it.
    write_u32(&h, big, 249, leaf.0 + 4);
    h.collect(&roots);
    assert!(!h.is_heap_ref(leaf.0));
}

#[test]
fn cycles_live_while_rooted_and_die_together() {
    let mut h = heap(4096);
    let nodes = chain(&mut h, 3, PLAIN);
    write_u32(&h, nodes[2], 0, nodes[0].0);
    let roots = RootSet::default();
    roots.push(nodes[1]);
    for _ in 0..3 {
        h.collect(&roots);
        assert_eq!(h.stats().used, 48);
    }
    roots.refs.borrow_mut().clear();
    h.collect(&roots);
    assert_eq!(h.stats().used, 0);
    // A self-cycle too.
    let me = h.alloc(16, PLAIN, &()).unwrap();
    write_u32(&h, me, 0, me.0);
    h.collect(&());
    assert!(!h.is_heap_ref(me.0));
}

#[test]
fn long_chain_marks_without_recursion() {
    let len = if cfg!(miri) { 2_000 } else { 100_000 };
    let mut h = heap(len * 17 + 1024);
    let nodes = chain(&mut h, len, PLAIN);
    let roots = RootSet::default();
    roots.push(nodes[0]);
    for _ in 0..3 {
        h.collect(&roots);
        assert_eq!(h.stats().used, len * 16);
    }
    assert_eq!(
        read_u32(&h, nodes[len - 1], 1),
        0x8000_0000 | (len as u32 - 1)
    );
    // The same list walked from its far end: every node's successor lies
    // at a lower address.
    roots.refs.borrow_mut().clear();
    h.collect(&roots);
    assert_eq!(h.stats().used, 0);
    let mut nodes = chain(&mut h, len, PLAIN);
    nodes.reverse();
    for pair in nodes.windows(2) {
        write_u32(&h, pair[1], 0, 0);
        write_u32(&h, pair[0], 0, pair[1].0);
    }
    roots.push(nodes[0]);
    h.collect(&roots);
    assert_eq!(h.stats().used, len * 16);
    assert_eq!(h.verify(), Ok(()));
}

/// One object refers to more children than the mark stack holds; each child
/// refers to a grandchild. The dropped pushes are found by the rescan.
#[test]
fn mark_stack_overflow_falls_back_to_rescanning() {
    let width = if cfg!(miri) { 200 } else { 1000 };
    let mut h = heap(64 * 1024);
    h.set_enabled(false);
    let wide = h.alloc(width * 4, PLAIN, &()).unwrap();
    let mut grandchildren = Vec::new();
    for i in 0..width {
        let child = h.alloc(16, PLAIN, &()).unwrap();
        let grandchild = h.alloc(16, PLAIN, &()).unwrap();
        write_u32(&h, wide, i, child.0);
        write_u32(&h, child, 2, grandchild.0);
        grandchildren.push(grandchild);
    }
    h.set_enabled(true);
    let before = h.stats().mark_overflows;
    h.collect(&[wide]);
    let s = h.stats();
    assert!(s.mark_overflows > before, "the overflow path ran");
    assert_eq!(s.used, h.alloc_size(wide) + width * 32);
    assert!(grandchildren.iter().all(|g| h.is_heap_ref(g.0)));
    assert_eq!(h.verify(), Ok(()));
}

#[test]
fn finaliser_runs_once_per_dead_object() {
    let mut h = heap(8192);
    let roots = RootSet::default();
    let mut all = Vec::new();
    for i in 0..20 {
        let flags = if i % 4 == 3 {
            PLAIN
        } else {
            AllocFlags::FINALISER
        };
        let r = h.alloc(16 + i, flags, &roots).unwrap();
        roots.push(r);
        all.push((r, flags));
    }
    // Explicitly freed: no finaliser.
    let freed = all[0].0;
    h.free(freed);
    roots.refs.borrow_mut().retain(|&r| r != freed);
    // Drop the roots of the even ones.
    roots
        .refs
        .borrow_mut()
        .retain(|r| all.iter().position(|a| a.0 == *r).unwrap() % 2 == 1);
    let mut seen = Vec::new();
    h.collect_with_finaliser(&roots, &mut |r| seen.push(r));
    let mut expected: Vec<GcRef> = all
        .iter()
        .enumerate()
        .filter(|(i, (_, f))| i % 2 == 0 && *i != 0 && *f == AllocFlags::FINALISER)
        .map(|(_, (r, _))| *r)
        .collect();
    // Under gc-stress the automatic collections ran `roots.finalise`.
    seen.extend(roots.finalised.borrow_mut().drain(..));
    seen.sort();
    expected.sort();
    assert_eq!(seen, expected);
    h.collect_with_finaliser(&roots, &mut |r| seen.push(r));
    h.collect(&roots);
    assert!(roots.finalised.borrow().is_empty());
    assert_eq!(seen.len(), expected.len(), "no second call");
    // Then the rest die through `collect`, which asks the roots.
    roots.refs.borrow_mut().clear();
    h.collect(&roots);
    let odd_fin = all
        .iter()
        .enumerate()
        .filter(|(i, (_, f))| i % 2 == 1 && *f == AllocFlags::FINALISER)
        .count();
    assert_eq!(roots.finalised.borrow().len(), odd_fin);
}

#[test]
fn finaliser_sees_the_object_memory() {
    struct Check(std::cell::Cell<u32>);
    impl mupy_gc::Roots for Check {
        fn trace(&self, _m: &mut mupy_gc::Marker<'_>) {}
        fn finalise(&self, _r: GcRef, obj: *mut u8) {
            // SAFETY: the collector hands over the dead object's memory.
            self.0.set(unsafe { obj.cast::<u32>().read() });
        }
    }
    let mut h = heap(1024);
    let r = h.alloc(16, AllocFlags::FINALISER, &()).unwrap();
    write_u32(&h, r, 0, 0xC0FF_EE00);
    let check = Check(std::cell::Cell::new(0));
    h.collect(&check);
    assert_eq!(check.0.get(), 0xC0FF_EE00);
}

#[test]
fn no_scan_memory_keeps_nothing_alive() {
    for (flags, survives) in [(AllocFlags::NO_SCAN, false), (PLAIN, true)] {
        let mut h = heap(4096);
        let roots = RootSet::default();
        let holder = h.alloc(64, flags, &roots).unwrap();
        roots.push(holder);
        let target = h.alloc(16, PLAIN, &roots).unwrap();
        write_u32(&h, holder, 5, target.0);
        h.collect(&roots);
        assert_eq!(h.is_heap_ref(target.0), survives, "{flags:?}");
        assert!(h.is_heap_ref(holder.0));
        assert_eq!(h.stats().used, 64 + if survives { 16 } else { 0 });
    }
}

#[test]
fn no_scan_and_finaliser_combine() {
    let mut h = heap(4096);
    let r = h
        .alloc(16, AllocFlags::NO_SCAN | AllocFlags::FINALISER, &())
        .unwrap();
    let mut seen = Vec::new();
    h.collect_with_finaliser(&(), &mut |x| seen.push(x));
    assert_eq!(seen, vec![r]);
}
