//! `cargo xtask test`: every check CI makes, in order of cost, stopping at the
//! first failure: format, lints, unit/property/integration tests, the GC
//! under stress, the Cortex-M4 build, the conformance corpus on A, C, D and
//! under `gc-stress`, the firmware in QEMU (the corpus, then fuzz-found
//! programs) and `mpremote` against it, the
//! instrumented firmware (coverage), fuzz smoke runs, the dashboard in
//! Chromium, Miri. `--quick` leaves out the last five.

use crate::run::{cmd, Result};

/// The crates that must stay `no_std` and build for the Cortex-M4.
const NO_STD_CRATES: [&str; 4] = ["mupy", "mupy-gc", "mupy-reprs", "mupy-emitters"];

pub fn all(args: &[String]) -> Result {
    let quick = args.iter().any(|a| a == "--quick");
    cmd("cargo", &["fmt", "--all", "--check"])?;
    cmd(
        "cargo",
        &[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    // The dev profile (opt-level 1) keeps test builds quick; the corpus runs
    // below use the release binary.
    cmd("cargo", &["test", "--workspace"])?;
    cmd(
        "cargo",
        &["test", "-p", "mupy-gc", "--features", "gc-stress"],
    )?;
    let mut thumb = vec!["build", "--release", "--target", "thumbv7em-none-eabihf"];
    for c in NO_STD_CRATES {
        thumb.extend(["-p", c]);
    }
    cmd("cargo", &thumb)?;
    // The committed frozen modules must match frozen/*.py.
    crate::freeze::main(&args_of(&["--check"]))?;
    crate::test_py::main(&args_of(&["--repr", "all"]))?;
    crate::test_py::main(&args_of(&["--repr", "a", "--stress"]))?;
    // The firmware is its own workspace (thumb only): its own lint pass.
    let qemu_manifest = "targets/qemu/Cargo.toml";
    cmd(
        "cargo",
        &["fmt", "--manifest-path", qemu_manifest, "--check"],
    )?;
    cmd(
        "cargo",
        &[
            "clippy",
            "--manifest-path",
            qemu_manifest,
            "--release",
            "--target",
            "thumbv7em-none-eabihf",
            "--",
            "-D",
            "warnings",
        ],
    )?;
    crate::qemu::main(&args_of(&["--repr", "all"]))?;
    // Fuzz-found programs on the firmware: the board must survive each
    // (about 35 s per representation).
    crate::qemu::main(&args_of(&[
        "--repr",
        "all",
        "--fuzz-corpus",
        "tests/fuzz_corpus_qemu",
    ]))?;
    crate::qemu::main(&args_of(&["--mpremote"]))?;
    if !quick {
        // Every representation on the Cortex-M4 again, instrumented: the
        // corpus must pass there too, and the run yields target coverage.
        crate::cov::main(&args_of(&["--target", "qemu", "--repr", "all"]))?;
        crate::fuzz::smoke(&[])?;
        // The dashboard from this run's figures, rendered in Chromium.
        crate::bench_compare::main(&args_of(&["--quick"]))?;
        crate::dashboard::main(&args_of(&[
            "--no-record",
            "--out",
            "target/dashboard-ci",
            "--check",
        ]))?;
        cmd(
            "cargo",
            &[
                "+nightly",
                "miri",
                "test",
                "-p",
                "mupy-gc",
                "-p",
                "mupy-reprs",
                // Unit and integration tests; the crates have no doc tests.
                "--tests",
            ],
        )?;
    }
    Ok(())
}

pub(crate) fn args_of(a: &[&str]) -> Vec<String> {
    a.iter().map(|s| s.to_string()).collect()
}
