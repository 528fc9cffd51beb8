//! `mupy --dis FILE` and `mupy --compile-only FILE`: the front end alone.
//! With `--stats`, the peak memory the compiler used, measured by the
//! counting allocator (the front end's scratch data lives in Rust's
//! allocator and is freed after compiling; see docs/design.md).

use crate::alloc_count;
use mupy::compile::{compile, CompileConfig, Mode};
use mupy::qstr::{Interner, QstrPool};
use mupy_reprs::Repr;

/// Compiles `file`; prints the disassembly when `dis`. The exit status.
pub fn run<R: Repr>(file: &str, dis: bool, stats: bool) -> u8 {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("mupy: can't open file '{file}': {e}");
            return 2;
        }
    };
    let mut pool = QstrPool::new(R::QSTR_LIMIT);
    let Ok(name) = pool.intern(file) else {
        eprintln!("mupy: out of memory");
        return 1;
    };
    let cfg = CompileConfig {
        small_int_bits: R::SMALL_INT_BITS,
        ..CompileConfig::default()
    };
    let before = alloc_count::reset_peak();
    let result = compile(&source, name, Mode::File, &cfg, &mut pool);
    let peak = alloc_count::peak().saturating_sub(before);
    let status = match &result {
        Ok(module) => {
            if dis {
                let mut text = String::new();
                let names = |q: u32| pool.get(mupy::qstr::Qstr(q));
                if mupy_emitters::disasm::disassemble_module(module, &names, &mut text).is_ok() {
                    print!("{text}");
                }
            }
            0
        }
        Err(e) => {
            eprintln!("  File \"{file}\", line {}\n{}", e.line, error_line(e));
            1
        }
    };
    if stats {
        let lines = source.lines().count();
        let map = result.as_ref().map_or(0, line_map_bytes);
        eprintln!(
            "mupy compile stats: {lines} lines, peak compiler memory {peak} bytes, line map {map} bytes ({:.2} bytes/line)",
            map as f64 / lines.max(1) as f64
        );
    }
    status
}

fn error_line(e: &mupy::compile::CompileError) -> String {
    let text = e.to_string();
    // Display gives "line N: Kind: message"; a traceback shows "Kind: message".
    match text.split_once(": ") {
        Some((_, rest)) => rest.to_string(),
        None => text,
    }
}

/// Bytes of source-line map in every code object of the module.
fn line_map_bytes(m: &mupy_emitters::Module) -> usize {
    let mut total = 0;
    let mut stack = vec![&m.code];
    while let Some(code) = stack.pop() {
        total += code.prelude().map_or(0, |p| p.line_info_end - p.line_info);
        stack.extend(code.children.iter());
    }
    total
}
