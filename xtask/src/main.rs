//! `cargo xtask <command>`: the project's automation, one entry point.
//!
//! - `test`: everything CI checks (format, lints, unit/property tests, Miri,
//!   the Cortex-M4 build, the conformance corpus). The README's test command.
//! - `test-py [--repr a|c|d|all] [--stress] [FILES]`: the conformance corpus.
//! - `qemu [--repr a|c|d|all] [--pty | --port DEV | --mpremote] [FILES]`: the
//!   corpus on the Cortex-M4 firmware through the raw REPL.
//! - `size [--repr a|c|d|all]`: flash and RAM of each firmware image.
//! - `bench-compare [--quick] [--reps N] [--icount]`: benches/py/ on mupy,
//!   CPython and MicroPython; writes target/figures/bench.json.
//! - `dashboard [--check] [--no-record] [--out DIR]`: docs/dashboard/.

mod bench_compare;
mod dashboard;
mod qemu;
mod raw_repl;
mod run;
mod size;
mod test;
mod test_py;

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (cmd, rest) = match args.split_first() {
        Some((c, r)) => (c.as_str(), r),
        None => ("help", &[][..]),
    };
    let result = match cmd {
        "test" => test::all(rest),
        "test-py" => test_py::main(rest),
        "qemu" => qemu::main(rest),
        "size" => size::main(rest),
        "dashboard" => dashboard::main(rest),
        "bench-compare" => bench_compare::main(rest),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n  \
                 test\n  \
                 test-py [--repr a|c|d|all] [--stress] [FILES]\n  \
                 qemu [--repr a|c|d|all] [--pty | --port DEV | --mpremote] [FILES]\n  \
                 size [--repr a|c|d|all]\n  \
                 bench-compare [--quick] [--reps N] [--icount] [--no-build] [PROGRAMS]\n  \
                 dashboard [--check] [--no-record] [--out DIR]"
            );
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
