//! 1 000 000 small (16-byte) allocations, all garbage: mupy's GC heap
//! (64 KiB, collected whenever it fills) against Rust's system allocator
//! doing the same allocations and frees, in the same run.
//!
//! The system allocator frees in batches as large as the GC heap's block
//! count, the pattern a collection produces; a second variant frees each
//! allocation at once, malloc's best case.

use criterion::{criterion_group, criterion_main, Criterion};
use mupy_gc::{AllocFlags, Heap, HeapConfig};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;

const ALLOCS: usize = 1_000_000;
/// A pyboard-sized share of RAM for objects.
const HEAP_BYTES: usize = 64 * 1024;
const OBJECT_BYTES: usize = 16;

fn gc_heap(heap: &mut Heap) {
    for _ in 0..ALLOCS {
        match heap.alloc(OBJECT_BYTES, AllocFlags::NONE, &()) {
            Ok(r) => {
                black_box(r);
            }
            Err(_) => unreachable!("all garbage: a collection always makes room"),
        }
    }
}

fn system_batched(batch: &mut Vec<*mut u8>, batch_len: usize) {
    let layout = Layout::from_size_align(OBJECT_BYTES, 8).expect("valid layout");
    let mut left = ALLOCS;
    while left > 0 {
        let n = left.min(batch_len);
        for _ in 0..n {
            // SAFETY: nonzero size; freed below with the same layout.
            batch.push(black_box(unsafe { System.alloc(layout) }));
        }
        for p in batch.drain(..) {
            // SAFETY: allocated above by System with `layout`.
            unsafe { System.dealloc(p, layout) }
        }
        left -= n;
    }
}

fn system_immediate() {
    let layout = Layout::from_size_align(OBJECT_BYTES, 8).expect("valid layout");
    for _ in 0..ALLOCS {
        // SAFETY: nonzero size; freed at once with the same layout.
        unsafe {
            let p = black_box(System.alloc(layout));
            System.dealloc(p, layout);
        }
    }
}

fn bench(c: &mut Criterion) {
    let mut heap = Heap::with_capacity(HEAP_BYTES, HeapConfig::default());
    let blocks = heap.stats().blocks_total;
    gc_heap(&mut heap);
    eprintln!(
        "gc heap: {blocks} blocks, {} collections per {ALLOCS} allocations",
        heap.stats().collections
    );

    let mut g = c.benchmark_group("alloc_1m_16b");
    g.sample_size(20);
    g.bench_function("mupy_gc", |b| b.iter(|| gc_heap(&mut heap)));
    let mut batch = Vec::with_capacity(blocks);
    g.bench_function("system_batched", |b| {
        b.iter(|| system_batched(&mut batch, blocks))
    });
    g.bench_function("system_immediate", |b| b.iter(system_immediate));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
