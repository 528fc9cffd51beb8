//! Allocation loop for profiling (`valgrind --tool=callgrind`, `perf`):
//! garbage 16-byte allocations in a 64 KiB heap, through an out-of-line call
//! as the runtime makes it. Argument: how many (default 1 000 000).

use mupy_gc::{AllocFlags, Heap, HeapConfig};
use std::hint::black_box;

fn main() {
    let mut heap = Heap::with_capacity(64 * 1024, HeapConfig::default());
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let t = std::time::Instant::now();
    for _ in 0..n {
        black_box(alloc_one(&mut heap));
    }
    eprintln!(
        "{n} allocs: {:?}, {} collections",
        t.elapsed(),
        heap.stats().collections
    );
}

/// Out of line, as the runtime calls it.
#[inline(never)]
fn alloc_one(heap: &mut Heap) -> Option<mupy_gc::GcRef> {
    heap.alloc(16, AllocFlags::NONE, &()).ok()
}
