//! Shared by the benches: the benchmark programs of
//! `benches/py/`, and running one in-process on a fresh VM of a given
//! representation whose console output is thrown away (so the figures are
//! the interpreter's, not a terminal's), and the generated module the
//! compile benches time.

#![allow(dead_code)]

use mupy::compile::Mode;
use mupy::runtime::port::{Port, Stream};
use mupy::runtime::{Vm, VmConfig};
use mupy_reprs::Repr;
use std::path::PathBuf;

/// The heap `cargo xtask bench-compare` gives every implementation (16m):
/// the programs measure speed, not fitting in a small heap.
pub const HEAP_BYTES: usize = 16 * 1024 * 1024;

/// A console that keeps nothing.
pub struct DiscardPort;

impl Port for DiscardPort {
    fn write(&mut self, _stream: Stream, _bytes: &[u8]) {}
    fn read_byte(&mut self) -> Option<u8> {
        None
    }
    fn ticks_ms(&self) -> u64 {
        0
    }
    fn ticks_us(&self) -> u64 {
        0
    }
    fn sleep_ms(&mut self, _ms: u64) {}
}

/// `benches/py/`, found from the crate root whatever the working directory.
pub fn programs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/py")
}

/// Every `benches/py/*.py` as (name without `.py`, source), sorted by name.
pub fn programs() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let dir = programs_dir();
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|x| x == "py") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let source = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
            out.push((name, source));
        }
    }
    out.sort();
    out
}

/// The source of `benches/py/<name>.py`.
pub fn program(name: &str) -> String {
    let path = programs_dir().join(format!("{name}.py"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// A fresh VM with the benchmark heap and a discarding console.
pub fn new_vm<R: Repr>() -> Vm<R> {
    let config = VmConfig {
        heap_bytes: HEAP_BYTES,
        ..VmConfig::default()
    };
    Vm::<R>::new(config, Box::new(DiscardPort)).expect("VM starts")
}

/// Runs `source` as `mupy file.py` would; `Err` carries the uncaught
/// exception's type name.
pub fn run<R: Repr>(vm: &mut Vm<R>, source: &str) -> Result<(), String> {
    match mupy::vm::exec_source(vm, source, "<bench>", Mode::File) {
        Ok(_) => Ok(()),
        Err(_) => {
            let e = vm.take_exception();
            Err(vm.type_name(e))
        }
    }
}

/// `blocks` ten-line blocks of typical code (functions, loops,
/// comprehensions, literals): the module `compile.rs` times.
pub fn generated_module(blocks: usize) -> String {
    let mut s = String::new();
    for i in 0..blocks {
        s += &format!(
            "def func_{i}(a, b=2, *args, **kw):\n    x = a * {i} + b\n    for j in range(10):\n        if j % 3 == {m}:\n            x += j\n        else:\n            x -= len([k for k in args if k])\n    return {{'x': x, 'name': 'func_{i}'}}\n\nRESULT_{i} = func_{i}({i})\n",
            m = i % 3
        );
    }
    s
}
