//! Allocation loop for profiling: 1 000 000 garbage 16-byte allocations in a
//! 64 KiB heap (argument 1: "sys" for the system allocator instead).

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
        black_box(heap.alloc(16, AllocFlags::NONE, &()).ok());
    }
    eprintln!(
        "{n} allocs: {:?}, {} collections",
        t.elapsed(),
        heap.stats().collections
    );
}
