//! Wall time of every program in `benches/py/` (the list is read when the
//! bench runs), in-process on representations A, C and D: one criterion
//! group per program, one function per representation. Each iteration
//! starts a fresh VM, as `mupy file.py` does, and throws the output away.
//! A program that raises on some representation is reported and skipped
//! there rather than timed.
//!
//! Samples are few and short so the whole run takes minutes; pass
//! criterion's own options (`-- --sample-size 50`) for tighter figures.

mod common;

use criterion::measurement::WallTime;
use criterion::{criterion_group, criterion_main, BenchmarkGroup, Criterion};
use mupy_reprs::{Repr, A, C, D};
use std::hint::black_box;
use std::time::Duration;

fn one<R: Repr>(g: &mut BenchmarkGroup<'_, WallTime>, repr: &str, name: &str, source: &str) {
    if let Err(e) = common::run(&mut common::new_vm::<R>(), source) {
        eprintln!("{name} on {repr}: raises {e}; skipped");
        return;
    }
    g.bench_function(repr, |b| {
        b.iter(|| {
            let mut vm = common::new_vm::<R>();
            black_box(common::run(&mut vm, source)).ok();
        })
    });
}

fn bench(c: &mut Criterion) {
    for (name, source) in common::programs() {
        let mut g = c.benchmark_group(&name);
        g.sample_size(10);
        g.warm_up_time(Duration::from_millis(500));
        g.measurement_time(Duration::from_secs(2));
        one::<A>(&mut g, "A", &name, &source);
        one::<C>(&mut g, "C", &name, &source);
        one::<D>(&mut g, "D", &name, &source);
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
