//! The front end's peak memory: compiling a 1 000-line module must take
//! less than 64 KiB of allocator memory (representation A's small ints, as
//! the MCU compiles). The figure includes the compiled module itself.
//! Measured by a counting global allocator; this file holds one test, so
//! nothing else allocates while it runs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use mupy::compile::{compile, CompileConfig, Mode};
use mupy::qstr::{Interner, QstrPool};

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

struct Counting;

// SAFETY: forwards to the system allocator unchanged; only counts.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract is passed on to System.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract is passed on to System.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Ten-line blocks of typical code (as `benches/compile.rs`): a function
/// with defaults, a loop, a branch, a comprehension, a dict; a call.
fn module(blocks: usize) -> String {
    let mut s = String::new();
    for i in 0..blocks {
        s += &format!(
            "def func_{i}(a, b=2, *args, **kw):\n    x = a * {i} + b\n    for j in range(10):\n        if j % 3 == {m}:\n            x += j\n        else:\n            x -= len([k for k in args if k])\n    return {{'x': x, 'name': 'func_{i}'}}\n\nRESULT_{i} = func_{i}({i})\n",
            m = i % 3
        );
    }
    s
}

#[test]
fn a_thousand_lines_compile_in_less_than_64_kib() {
    let src = module(100);
    assert_eq!(src.lines().count(), 1000);
    let mut pool = QstrPool::new(1 << 20);
    let name = pool.intern("module.py").expect("intern");
    // Interning the module's names is part of compiling it: measured too.
    let cfg = CompileConfig {
        small_int_bits: 31,
        ..CompileConfig::default()
    };
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let module = compile(&src, name, Mode::File, &cfg, &mut pool).expect("compiles");
    let peak = PEAK.load(Ordering::Relaxed) - before;
    drop(module);
    println!("peak front-end memory for 1000 lines: {peak} bytes");
    assert!(peak < 64 * 1024, "{peak} bytes");
}
