//! Picks the corpus that `cargo xtask qemu --fuzz-corpus` replays on the
//! firmware: `qemu_corpus OUT_DIR MAX_FILES MAX_BYTES INPUT…` turns each
//! `run_*` input into its Python program (raw source after a NUL byte, else
//! the generator's program) and keeps those that end on their own on the
//! host's bounded VM: not stopped by the jump budget (the board has none, a
//! runaway loop would hang it), quick (under 20 ms here, so seconds under
//! emulation) and printing little (the UART is slow). Of those (distinct by
//! content, sorted by size) every k-th is kept, so that all sizes are
//! represented, up to `MAX_FILES` files and `MAX_BYTES` bytes in all; they
//! are written as `OUT_DIR/fNNN.py`.

use mupy_fuzz::harness::{run_once, Limits};
use mupy_reprs::A;
use std::collections::BTreeSet;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [out, max_files, max_bytes, inputs @ ..] = args.as_slice() else {
        eprintln!("usage: qemu_corpus OUT_DIR MAX_FILES MAX_BYTES INPUT…");
        std::process::exit(2);
    };
    let max_files: usize = max_files.parse().expect("MAX_FILES");
    let max_bytes: usize = max_bytes.parse().expect("MAX_BYTES");
    let mut programs = BTreeSet::new();
    for path in inputs {
        let Ok(data) = std::fs::read(path) else {
            continue;
        };
        let Some(src) = mupy_fuzz::run_input(&data, true) else {
            continue;
        };
        // What a board cannot take back from (resets, the REPL's control
        // characters inside the source) and file-system changes (QEMU's
        // semihosting file system is the host's tests/py).
        const AVOID: [&str; 10] = [
            "machine", "reset", "open", "remove", "rename", "mkdir", "rmdir", "chdir", "mount",
            "Vfs",
        ];
        if AVOID.iter().any(|w| src.contains(w)) || src.bytes().any(|b| b < 9) {
            continue;
        }
        let start = Instant::now();
        let Some(o) = run_once::<A>(&src, Limits::default()) else {
            continue;
        };
        if o.budget_spent
            || start.elapsed() > Duration::from_millis(20)
            || o.stdout.len() > 4096
            || o.exc_type() == "KeyboardInterrupt"
        {
            continue;
        }
        programs.insert((src.len(), src));
    }
    std::fs::create_dir_all(out).expect("OUT_DIR");
    let step = programs.len().div_ceil(max_files).max(1);
    let (mut files, mut bytes) = (0, 0);
    for (len, src) in programs.into_iter().step_by(step) {
        if files == max_files || bytes + len > max_bytes {
            break;
        }
        std::fs::write(format!("{out}/f{files:03}.py"), src).expect("write");
        files += 1;
        bytes += len;
    }
    eprintln!("qemu_corpus: {files} programs (every {step}th), {bytes} bytes");
}
