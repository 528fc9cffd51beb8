//! `cargo xtask <command>`: the project's automation, one entry point.
//!
//! - `test`: everything CI checks (format, lints, unit/property tests, Miri,
//!   the Cortex-M4 build, the conformance corpus). The README's test command.
//! - `test-py [--repr a|c|d|all] [--stress] [FILES]`: the conformance corpus.

mod run;
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
        _ => {
            eprintln!("usage: cargo xtask <test | test-py [--repr a|c|d|all] [--stress] [FILES]>");
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
