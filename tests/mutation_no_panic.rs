//! Bad input never panics: every program of the corpora, mutated at random
//! (a fixed seed, a bounded count), is compiled and run on A, C and D with a
//! small heap; each run must end in output or a Python exception. Endless
//! loops are cut by a keyboard interrupt the port raises after a budget of
//! backward jumps, as a user would press Ctrl-C.

use mupy::compile::Mode;
use mupy::runtime::port::{Port, Stream};
use mupy::runtime::{Vm, VmConfig};
use mupy_reprs::{Repr, A, C, D};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::Path;

/// Mutated variants per source file.
const VARIANTS: usize = 3;
/// Backward jumps before the port reports Ctrl-C.
const JUMP_BUDGET: u32 = 20_000;

/// Discards output; interrupts after a budget of polls.
struct BudgetPort {
    polls: u32,
}

impl Port for BudgetPort {
    fn write(&mut self, _: Stream, _: &[u8]) {}
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&self) -> u64 {
        0
    }
    fn ticks_us(&self) -> u64 {
        0
    }
    fn sleep_ms(&mut self, _: u64) {}
    fn take_interrupt(&mut self) -> bool {
        self.polls += 1;
        self.polls > JUMP_BUDGET
    }
}

/// xorshift64: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Tokens that make mutations reach past the lexer often.
const SPLICES: &[&[u8]] = &[
    b"(",
    b")",
    b"[",
    b"]",
    b":",
    b"\n",
    b"    ",
    b"yield ",
    b"lambda:",
    b"*",
    b"**",
    b"'",
    b"\"\"\"",
    b"\\",
    b"0x",
    b"1e9999",
    b"-",
    b"not ",
    b"async ",
    b"await ",
    b"class ",
    b"=",
    b"del ",
    b"global x",
    b"f'{",
    b"}",
    b"9",
    b".",
    b",",
    b"return ",
    b"try:",
    b"except:",
];

fn mutate(src: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut v = src.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(v.len() + 1);
        match rng.below(4) {
            0 if !v.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(v.len());
                v.drain(at.min(end)..end);
            }
            1 => {
                let s = SPLICES[rng.below(SPLICES.len())];
                v.splice(at..at, s.iter().copied());
            }
            2 if at < v.len() => v[at] = rng.next() as u8,
            _ => {
                // Duplicate a slice: repeats structure (nesting, loops).
                let start = rng.below(v.len() + 1);
                let end = (start + rng.below(40)).min(v.len());
                let piece: Vec<u8> = v[start..end].to_vec();
                v.splice(at..at, piece);
            }
        }
    }
    v
}

fn run_one<R: Repr>(source: &str) {
    let config = VmConfig {
        heap_bytes: 256 * 1024,
        ..VmConfig::default()
    };
    let Ok(mut vm) = Vm::<R>::new(config, Box::new(BudgetPort { polls: 0 })) else {
        panic!("a 256 KiB heap must start a VM");
    };
    let _ = mupy::vm::exec_source(&mut vm, source, "<fuzz>", Mode::File);
    // The VM stays usable after whatever happened.
    let after = mupy::vm::exec_source(
        &mut vm,
        "x = [1, 2, 3]\ny = x[1] + 1\n",
        "<after>",
        Mode::File,
    );
    assert!(
        after.is_ok(),
        "the VM must run a program after a failed one"
    );
}

fn sources() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut out = Vec::new();
    for dir in ["py", "syntax"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut files: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            if f.extension().is_some_and(|x| x == "py") {
                if let Ok(bytes) = std::fs::read(&f) {
                    out.push((f.display().to_string(), bytes));
                }
            }
        }
    }
    out
}

#[test]
fn mutated_programs_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut panics = Vec::new();
    let mut runs = 0;
    for (name, src) in sources() {
        for _ in 0..VARIANTS {
            let bytes = mutate(&src, &mut rng);
            let text = String::from_utf8_lossy(&bytes).into_owned();
            for (repr, run) in [
                ("a", run_one::<A> as fn(&str)),
                ("c", run_one::<C> as fn(&str)),
                ("d", run_one::<D> as fn(&str)),
            ] {
                runs += 1;
                if catch_unwind(AssertUnwindSafe(|| run(&text))).is_err() {
                    panics.push(format!("{name} [{repr}]: {text:?}"));
                }
            }
        }
    }
    println!("mutation: {runs} runs, {} panics", panics.len());
    assert!(runs > 0, "no corpus found");
    assert!(panics.is_empty(), "panics on:\n{}", panics.join("\n"));
}
