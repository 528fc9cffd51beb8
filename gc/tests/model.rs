//! Random alloc / free / realloc / collect / unroot sequences against a
//! model of the live objects: every rooted object keeps its contents, a
//! failed allocation really had no room, and after a collection the used
//! bytes are exactly the rooted objects' blocks.

mod common;

use common::{fill, holds, PLAIN};
use mupy_gc::{AllocFlags, GcRef, Heap, HeapConfig};
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Op {
    Alloc { size: usize, no_scan: bool },
    Free(usize),
    Realloc(usize, usize),
    Unroot(usize),
    Collect,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0usize..200, any::<bool>()).prop_map(|(size, no_scan)| Op::Alloc { size, no_scan }),
        1 => any::<usize>().prop_map(Op::Free),
        2 => (any::<usize>(), 0usize..400).prop_map(|(i, s)| Op::Realloc(i, s)),
        1 => any::<usize>().prop_map(Op::Unroot),
        1 => Just(Op::Collect),
    ]
}

struct Live {
    r: GcRef,
    size: usize,
    seed: u32,
}

fn blocks_bytes(h: &Heap, size: usize) -> usize {
    let b = h.block_bytes();
    size.div_ceil(b).max(1) * b
}

fn run(ops: &[Op], heap_bytes: usize, block_bytes: usize) -> Result<(), TestCaseError> {
    let cfg = HeapConfig {
        block_bytes,
        ..HeapConfig::default()
    };
    let mut h = Heap::with_capacity(heap_bytes, cfg);
    let mut live: Vec<Live> = Vec::new();
    let mut seed = 0u32;
    for op in ops {
        let roots: Vec<GcRef> = live.iter().map(|l| l.r).collect();
        match *op {
            Op::Alloc { size, no_scan } => {
                let flags = if no_scan { AllocFlags::NO_SCAN } else { PLAIN };
                match h.alloc(size, flags, &roots) {
                    Ok(r) => {
                        prop_assert!(live.iter().all(|l| l.r != r));
                        prop_assert_eq!(h.alloc_size(r), blocks_bytes(&h, size));
                        seed += 1;
                        fill(&h, r, size, seed);
                        live.push(Live { r, size, seed });
                    }
                    Err(_) => prop_assert!(h.stats().largest_free < blocks_bytes(&h, size)),
                }
            }
            Op::Free(i) if !live.is_empty() => {
                let l = live.swap_remove(i % live.len());
                h.free(l.r);
                prop_assert!(!h.is_heap_ref(l.r.0));
            }
            Op::Realloc(i, size) if !live.is_empty() => {
                let i = i % live.len();
                let was = h.alloc_size(live[i].r);
                match h.realloc(live[i].r, size, &roots) {
                    Ok(r) => {
                        let l = &mut live[i];
                        prop_assert!(holds(&h, r, l.size.min(size), l.seed));
                        if blocks_bytes(&h, size) <= was {
                            prop_assert_eq!(r, l.r, "shrinking stays in place");
                        }
                        prop_assert_eq!(h.alloc_size(r), blocks_bytes(&h, size));
                        seed += 1;
                        *l = Live { r, size, seed };
                        fill(&h, r, size, seed);
                    }
                    Err(_) => prop_assert!(h.stats().largest_free < blocks_bytes(&h, size)),
                }
            }
            Op::Unroot(i) if !live.is_empty() => {
                live.swap_remove(i % live.len());
            }
            Op::Collect => {
                h.collect(&roots);
                let expected: usize = live.iter().map(|l| blocks_bytes(&h, l.size)).sum();
                prop_assert_eq!(h.stats().used, expected);
            }
            _ => {}
        }
        for l in &live {
            prop_assert!(h.is_heap_ref(l.r.0));
            prop_assert!(holds(&h, l.r, l.size, l.seed), "object {:?} corrupted", l.r);
        }
        prop_assert_eq!(h.verify(), Ok(()));
    }
    Ok(())
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: if cfg!(miri) { 6 } else { 256 },
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

const STEPS: usize = if cfg!(miri) { 40 } else { 300 };

proptest! {
    #![proptest_config(config())]

    #[test]
    fn random_ops_keep_rooted_objects_intact(ops in prop::collection::vec(op(), 1..STEPS)) {
        run(&ops, 4096, 16)?;
    }

    #[test]
    fn random_ops_with_32_byte_blocks(ops in prop::collection::vec(op(), 1..STEPS)) {
        run(&ops, 6000, 32)?;
    }
}
