//! `cargo xtask figures [--quick]`: every measured figure, then the
//! dashboard, in one command. Each producer writes its JSON or LCOV into
//! `target/figures/`; the dashboard reads them all and appends one history
//! record.
//!
//! `--quick` keeps the run short (benchmark repetitions, fuzz time, host
//! coverage left out) for a preview; the committed dashboard is built
//! without it.

use crate::run::{cmd, Result};
use crate::test::args_of;

pub fn main(args: &[String]) -> Result {
    let quick = args.iter().any(|a| a == "--quick");
    // RAM per object and per operation: written by the pinned test.
    cmd(
        "cargo",
        &[
            "test",
            "--release",
            "-p",
            "mupy",
            "--test",
            "ram_per_object",
        ],
    )?;
    crate::size::main(&args_of(&["--repr", "all"]))?;
    if quick {
        crate::bench_compare::main(&args_of(&["--quick"]))?;
        crate::cov::main(&args_of(&["--target", "qemu", "--repr", "all"]))?;
        crate::fuzz::smoke(&args_of(&["--seconds", "10"]))?;
    } else {
        crate::bench_compare::main(&[])?;
        crate::cov::main(&args_of(&["--target", "all", "--repr", "all"]))?;
        crate::fuzz::smoke(&[])?;
    }
    crate::dashboard::main(&args_of(&["--check"]))
}
