//! Instruction counts (Callgrind, through iai-callgrind): exact and
//! repeatable where wall time is not, so a change of a few percent shows.
//! Per representation A, C and D: every benchmark program of `benches/py/`
//! on a fresh VM (built outside the measured part), compiling a generated
//! 5 000-line module, and a garbage-making loop on a 64 KiB heap so the
//! collector runs many times; plus the bare GC heap's alloc/collect loop,
//! which no representation touches.
//!
//! Needs `valgrind` and `iai-callgrind-runner` of exactly the library's
//! version on `PATH`: `cargo xtask bench-setup` installs both.
//!
//! The program list is fixed here (the attribute macros need it when the
//! bench is compiled); a program in `benches/py/` missing from it is
//! reported on stderr when the bench runs (`cargo bench --bench icount --
//! --nocapture` shows it).

mod common;

use iai_callgrind::{library_benchmark, library_benchmark_group, main};
use mupy::compile::{compile, CompileConfig, Mode};
use mupy::qstr::{Interner, QstrPool};
use mupy::runtime::{Vm, VmConfig};
use mupy_gc::{AllocFlags, Heap, HeapConfig};
use mupy_reprs::{Repr, A, C, D};
use std::hint::black_box;

/// Calls `$m!` with the programs measured (kept equal to
/// `benches/py/*.py`): the one list both the bench ids and `PROGRAMS` come
/// from.
macro_rules! with_programs {
    ($m:ident ! ($($args:tt)*)) => {
        $m!($($args)* ; bigint, class_sim, closures_exc, dict_set, fib_recursion,
            generators, list_comp, loop_arith, method_calls, nbody, string_build);
    };
}

macro_rules! program_names {
    (; $($p:ident),*) => {
        const PROGRAMS: &[&str] = &[$(stringify!($p)),*];
    };
}

with_programs!(program_names!());

/// Allocations of the bare-heap loop (a tenth of `gc_alloc.rs`'s: counts
/// scale linearly and Callgrind is slow).
const GC_ALLOCS: usize = 100_000;
/// A pyboard-sized share of RAM for objects.
const SMALL_HEAP: usize = 64 * 1024;
/// Two small garbage objects per iteration, nothing kept.
const CHURN: &str =
    "def churn(n):\n    for i in range(n):\n        t = (i, i)\n        l = [i]\n\nchurn(50000)\n";

/// Reads the program and builds its VM, outside the measured part.
fn load<R: Repr>(name: &str) -> (Vm<R>, String) {
    if name == PROGRAMS[0] {
        warn_unlisted();
    }
    (common::new_vm::<R>(), common::program(name))
}

/// Programs added to `benches/py/` but not to `PROGRAMS`.
fn warn_unlisted() {
    for (name, _) in common::programs() {
        if !PROGRAMS.contains(&name.as_str()) {
            eprintln!("icount: benches/py/{name}.py is not in PROGRAMS; not measured");
        }
    }
}

fn run<R: Repr>((mut vm, source): (Vm<R>, String)) {
    if let Err(e) = common::run(&mut vm, &source) {
        eprintln!("icount: program raises {e}; its count is not meaningful");
    }
    black_box(&vm);
}

fn compile_module<R: Repr>(src: &str) {
    let mut pool = QstrPool::new(1 << 20);
    let name = pool.intern("bench.py").expect("intern");
    let cfg = CompileConfig {
        small_int_bits: R::SMALL_INT_BITS,
        ..CompileConfig::default()
    };
    black_box(compile(src, name, Mode::File, &cfg, &mut pool).expect("compiles"));
}

fn small_vm<R: Repr>() -> Vm<R> {
    let config = VmConfig {
        heap_bytes: SMALL_HEAP,
        stack_words: SMALL_HEAP / 4 / R::WORD_BYTES,
        ..VmConfig::default()
    };
    Vm::<R>::new(config, Box::new(common::DiscardPort)).expect("VM starts")
}

fn churn<R: Repr>(mut vm: Vm<R>) {
    if let Err(e) = common::run(&mut vm, CHURN) {
        eprintln!("icount: churn raises {e}");
    }
    black_box(&vm);
}

/// One set of benchmark functions per representation.
macro_rules! per_repr {
    ($r:ty, $program:ident, $load:ident, $compile:ident, $churn:ident, $small:ident; $($p:ident),*) => {
        fn $load(name: &str) -> (Vm<$r>, String) {
            load::<$r>(name)
        }
        fn $small() -> Vm<$r> {
            small_vm::<$r>()
        }

        #[library_benchmark]
        $(#[bench::$p(args = (stringify!($p)), setup = $load)])*
        fn $program(input: (Vm<$r>, String)) {
            run::<$r>(input)
        }

        #[library_benchmark]
        #[bench::lines_5000(common::generated_module(500))]
        fn $compile(src: String) {
            compile_module::<$r>(&src)
        }

        #[library_benchmark]
        #[bench::heap_64k(setup = $small)]
        fn $churn(vm: Vm<$r>) {
            churn::<$r>(vm)
        }
    };
}

with_programs!(per_repr!(
    A, program_a, load_a, compile_a, churn_a, small_vm_a
));
with_programs!(per_repr!(
    C, program_c, load_c, compile_c, churn_c, small_vm_c
));
with_programs!(per_repr!(
    D, program_d, load_d, compile_d, churn_d, small_vm_d
));

#[library_benchmark]
#[bench::allocs_100k(Heap::with_capacity(SMALL_HEAP, HeapConfig::default()))]
fn gc_heap(mut heap: Heap) {
    for _ in 0..GC_ALLOCS {
        match heap.alloc(16, AllocFlags::NONE, &()) {
            Ok(r) => {
                black_box(r);
            }
            Err(_) => unreachable!("all garbage: a collection always makes room"),
        }
    }
    black_box(heap.stats().collections);
}

library_benchmark_group!(
    name = programs;
    benchmarks = program_a, program_c, program_d
);
library_benchmark_group!(
    name = compile_front;
    benchmarks = compile_a, compile_c, compile_d
);
library_benchmark_group!(
    name = gc;
    benchmarks = churn_a, churn_c, churn_d, gc_heap
);

main!(library_benchmark_groups = programs, compile_front, gc);
