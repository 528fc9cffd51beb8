//! `mupy --mpy OUT FILE`: compiles a Python file to a `.mpy` v6 file, for
//! freezing modules into the image (`cargo xtask freeze`). The code is
//! compiled for 31-bit small ints, which every representation can run.

use mupy::compile::{compile_module, CompileConfig, Mode};
use mupy::qstr::{Interner, Qstr, QstrPool};
use mupy_emitters::QstrMode;
use mupy_reprs::{Repr, A};

/// Small-int width the frozen code is compiled for (A's and C's, the narrowest).
const SMALL_INT_BITS: u8 = 31;

/// Writes `out` from `file`; the exit status.
pub fn run(file: &str, out: &str) -> u8 {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("mupy: can't open file '{file}': {e}");
            return 2;
        }
    };
    let mut pool = QstrPool::new(A::QSTR_LIMIT);
    // Tracebacks name the file without its directory.
    let short = file.rsplit('/').next().unwrap_or(file);
    let Ok(name) = pool.intern(short) else {
        eprintln!("mupy: out of memory");
        return 1;
    };
    let cfg = CompileConfig {
        small_int_bits: SMALL_INT_BITS as u32,
        ..CompileConfig::default()
    };
    let module = match compile_module(&source, name, Mode::File, &cfg, &mut pool, QstrMode::Table) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("  File \"{file}\", line {}\n{e}", e.line);
            return 1;
        }
    };
    let mut bytes = Vec::new();
    let text = |q: u32| Some(pool.get(Qstr(q)));
    if let Err(e) = mupy_emitters::mpy::write(&module, &text, SMALL_INT_BITS, &mut bytes) {
        eprintln!("mupy: cannot write .mpy: {e:?}");
        return 1;
    }
    match std::fs::write(out, &bytes) {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("mupy: can't write '{out}': {e}");
            2
        }
    }
}
