//! `cargo xtask bench-setup`: what `cargo bench --bench icount` needs
//! besides Rust crates: Valgrind (from the system's package manager) and
//! `iai-callgrind-runner` of exactly the version of the `iai-callgrind`
//! dev-dependency, which refuses to run with any other. The version is read
//! from the root Cargo.toml so the two cannot drift apart.

use crate::run::{cmd, root, Result};
use std::process::Command;

pub fn main(args: &[String]) -> Result {
    if let Some(a) = args.first() {
        return Err(format!("bench-setup takes no arguments (got {a})"));
    }
    if found("valgrind", "--version") {
        eprintln!("valgrind: installed");
    } else if found("apt-get", "--version") {
        cmd("apt-get", &["install", "-y", "valgrind"])?;
    } else {
        return Err("valgrind is missing: install it with the system's package manager".into());
    }
    let version = pinned_version()?;
    let installed = runner_version();
    if installed.as_deref() == Some(version.as_str()) {
        eprintln!("iai-callgrind-runner {version}: installed");
        return Ok(());
    }
    cmd(
        "cargo",
        &[
            "install",
            "--locked",
            "iai-callgrind-runner",
            "--version",
            &version,
        ],
    )
}

/// Whether `program flag` runs at all.
fn found(program: &str, flag: &str) -> bool {
    Command::new(program)
        .arg(flag)
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The version in the root Cargo.toml's `iai-callgrind = "=X.Y.Z"`.
fn pinned_version() -> Result<String> {
    let path = root().join("Cargo.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("iai-callgrind"))
        .filter_map(|rest| rest.trim_start().strip_prefix('='))
        .map(|v| v.trim().trim_matches('"').trim_start_matches('='))
        .find(|v| v.starts_with(|c: char| c.is_ascii_digit()))
        .map(String::from)
        .ok_or_else(|| format!("{}: no `iai-callgrind = \"=X.Y.Z\"` line", path.display()))
}

/// The installed runner's version, from `cargo install --list` (the runner
/// itself has no `--version`: its first argument is the library's version).
fn runner_version() -> Option<String> {
    let out = Command::new("cargo")
        .args(["install", "--list"])
        .output()
        .ok()?;
    let text = String::from_utf8_lossy(&out.stdout);
    text.lines()
        .find_map(|l| l.strip_prefix("iai-callgrind-runner v"))
        .map(|v| v.trim_end_matches(':').to_string())
}
