//! Shows what the fuzz targets make of inputs: `show FILE…` prints the
//! generated program of each input file (or its raw source, after a NUL
//! byte) and its outcome on A, C and D; `show --random N SEED` writes N
//! generated float-free programs to `gen-SEED-K.py` in the current
//! directory, for comparing with CPython.

use mupy_fuzz::harness::{run_once, Limits};
use mupy_reprs::{A, C, D};

/// A xorshift stream: inputs for the generator without a fuzzer.
fn bytes(seed: u64, n: usize) -> Vec<u8> {
    let mut x = seed | 1;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--random") {
        let n: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(10);
        let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1);
        for k in 0..n {
            let data = bytes(seed.wrapping_mul(1_000_003).wrapping_add(k), 2048);
            if let Some(src) = mupy_fuzz::generated(&data, false) {
                std::fs::write(format!("gen-{seed}-{k}.py"), src).expect("write");
            }
        }
        return;
    }
    if args.first().map(String::as_str) == Some("--py") {
        // Source files as they are: stdout, then `-- ExceptionType` or `-- ok`.
        for path in &args[1..] {
            let src = std::fs::read_to_string(path).expect("readable source");
            for (name, o) in [
                ("a", run_once::<A>(&src, Limits::default())),
                ("c", run_once::<C>(&src, Limits::default())),
                ("d", run_once::<D>(&src, Limits::default())),
            ] {
                let o = o.expect("VM starts");
                let end = if o.exc_type().is_empty() {
                    "ok"
                } else {
                    o.exc_type()
                };
                let out = format!("{}-- {end}\n", o.stdout);
                std::fs::write(format!("{path}.{name}.out"), out).expect("write");
            }
        }
        return;
    }
    for path in &args {
        let data = std::fs::read(path).expect("readable input");
        let Some(src) = mupy_fuzz::run_input(&data, true) else {
            println!("{path}: no program");
            continue;
        };
        println!("==== {path}\n{src}");
        let limits = Limits::default();
        println!("A: {:?}", run_once::<A>(&src, limits));
        println!("C: {:?}", run_once::<C>(&src, limits));
        println!("D: {:?}", run_once::<D>(&src, limits));
    }
}
