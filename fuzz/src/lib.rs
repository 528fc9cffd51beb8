//! Shared by the fuzz targets: a bounded VM harness ([`harness`]) and a
//! generator of well-formed Python programs ([`gen`]).

pub mod gen;
pub mod harness;

use arbitrary::Unstructured;

/// Source text from raw fuzzer bytes: valid UTF-8 or nothing.
pub fn as_source(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// A generated program from fuzzer bytes (`None` if the bytes run out
/// before the first statement).
pub fn generated(data: &[u8], floats: bool) -> Option<String> {
    let mut u = Unstructured::new(data);
    let cfg = gen::GenConfig {
        floats,
        ..gen::GenConfig::default()
    };
    gen::full_program(&mut u, cfg).ok()
}

/// Which program a `run_*` input stands for: a NUL first byte marks raw
/// source text (the seed corpus from `tests/py` is stored that way), any
/// other input drives the generator.
pub fn run_input(data: &[u8], floats: bool) -> Option<String> {
    match data.split_first() {
        Some((0, rest)) => as_source(rest).map(str::to_owned),
        _ => generated(data, floats),
    }
}

/// The `run_a`/`run_c`/`run_d` body: the program runs to an end within the
/// limits, and the same VM (with a fresh `__main__`) then still runs a small
/// program (or says `MemoryError`, the heap still full).
pub fn run_target<R: mupy_reprs::Repr>(data: &[u8]) {
    let Some(src) = run_input(data, true) else {
        return;
    };
    let Some(mut s) = harness::Session::<R>::new(harness::Limits::default()) else {
        return;
    };
    s.run(&src);
    s.fresh_main();
    let next = s.run("print(6 * 7)\n");
    assert!(
        next.stdout == "42\n" || next.exc_type() == "MemoryError",
        "VM unusable after a program: {next:?}"
    );
}
