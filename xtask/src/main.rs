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
//! - `bench-setup`: Valgrind and `iai-callgrind-runner` for `cargo bench
//!   --bench icount`.
//! - `freeze [--check]`: frozen/*.py to .mpy and the core's table of them.
//! - `dashboard [--check] [--no-record] [--out DIR] [--readme]`:
//!   docs/dashboard/ (`--readme`: the README's headline table on stdout).
//! - `cov [--target host|qemu|all] [--repr a|c|d|all] [FILES]`: line
//!   coverage on the host and on the firmware; target/figures/cov-*.lcov.
//! - `figures [--quick]`: every producer above, then the dashboard.
//! - `asan [--repr a|c|d|all] [--no-build] [FILES]`: the corpus on an
//!   AddressSanitizer build of the host binary; target/figures/asan.json.
//! - `fuzz-seed`, `fuzz-smoke [--seconds N] [TARGETS]`, `fuzz --hours H
//!   [TARGETS]`: the cargo-fuzz targets; writes target/figures/fuzz.json;
//!   `fuzz` (also `--runs N`, `--status`) adds to the campaign record
//!   docs/dashboard/data/fuzz-campaign.json.

mod asan;
mod bench_compare;
mod bench_setup;
mod cov;
mod dashboard;
mod figures;
mod freeze;
mod fuzz;
mod fuzz_campaign;
mod qemu;
mod qemu_fuzz;
mod raw_repl;
mod repl_sessions;
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
        "bench-setup" => bench_setup::main(rest),
        "cov" => cov::main(rest),
        "asan" => asan::main(rest),
        "fuzz-seed" => fuzz::seed(rest),
        "fuzz-smoke" => fuzz::smoke(rest),
        "fuzz" => fuzz::long(rest),
        "freeze" => freeze::main(rest),
        "figures" => figures::main(rest),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n  \
                 test\n  \
                 test-py [--repr a|c|d|all] [--stress] [FILES]\n  \
                 qemu [--repr a|c|d|all] [--pty | --port DEV | --mpremote] [FILES]\n  \
                 size [--repr a|c|d|all]\n  \
                 bench-compare [--quick] [--reps N] [--icount] [--no-build] [PROGRAMS]\n  \
                 bench-setup\n  \
                 dashboard [--check] [--no-record] [--out DIR] [--readme]\n  \
                 cov [--target host|qemu|all] [--repr a|c|d|all] [FILES]\n  \
                 asan [--repr a|c|d|all] [--no-build] [FILES]\n  \
                 fuzz-seed | fuzz-smoke [--seconds N] [TARGETS] | fuzz (--hours H | --runs N | --status) [TARGETS]\n  \
                 freeze [--check]"
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
