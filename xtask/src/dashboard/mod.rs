//! `cargo xtask dashboard [--check] [--no-record] [--out DIR] [--figures DIR] [--readme]`:
//! the project's measured figures as static pages, `docs/dashboard/{index,
//! ram,rom,coverage,perf,fuzz}.html`: plain HTML with inline SVG charts
//! drawn here, no script, so they open offline from the file system.
//!
//! How figures arrive: each producer writes one JSON file; this command only
//! reads. A missing file leaves its page saying "not measured in this run";
//! nothing is ever estimated.
//!
//! ```text
//! producer                         file (under the workspace root)
//! cargo xtask bench-compare        target/figures/bench.json      perf page, RAM (peak heap, boot)
//! RAM test in the core             target/figures/ram.json        RAM page
//! cargo xtask size                 target/figures/size.json       ROM page, RAM (boot, qemu)
//!                                  (or target/size.json)
//!   + the firmware ELFs            <size image "elf"> or <target dir>/mupy-qemu-<repr>.elf
//! cargo xtask cov (llvm-cov)       target/figures/cov-<target>.lcov  coverage page
//!                                  (or coverage.json)
//! cargo xtask fuzz-smoke           target/figures/fuzz.json       fuzzing page
//! ```
//!
//! Schemas (every field not marked optional is required; unknown fields are
//! ignored; `REPR` is `"a"`, `"c"` or `"d"`):
//!
//! ```text
//! bench.json     see bench_compare::BenchReport: {date, commit, reps,
//!                implementations: [{name, command, version, boot_heap_bytes?}],
//!                programs: [{name, cells: [{implementation, status: "ok"|"failed",
//!                error?, times_s (CPU s), wall_s, min_s?, median_s?, instructions?,
//!                peak_heap_bytes?, allocated_bytes?}]}]}
//! ram.json       {objects: {KEY: {REPR: bytes}},          KEY as in anchors.rs
//!                 per_op:  {"call"|"method_call"|"loop_iteration": {REPR: bytes}},
//!                 boot:    {TARGET: {REPR: bytes}},
//!                 repr:    {REPR: {LABEL: bytes}}}         LABEL as in ANCHORS.md
//!                every map optional; `repr` (what tests/ram_per_object.rs
//!                writes) is folded into `objects`; without `per_op`, the
//!                "1 000 … calls" rows give bytes per call and method call
//! size.json      {target, images: [{repr, flash, ram, gc_heap?, scratch_heap?,
//!                 stack?, stack_peak?, boot_ram?, sections?: {NAME: bytes}, elf?: path,
//!                 modules?: [{name: "crate::module", bytes}]}]}
//!                (modules, when absent, are read here from the ELF's symbols)
//! coverage.json  {TARGET: {files: [{path, lines, covered, uncovered: [[first, last]]}]}}
//!                TARGET: "host", "qemu-a", "qemu-c", "qemu-d"
//! cov-TARGET.lcov   LCOV as `llvm-cov export -format=lcov` writes it (DA lines)
//! fuzz.json      {targets: [{name, executions, seconds?, coverage?, corpus?,
//!                 crashes_found, crashes_fixed}]}
//! ```
//!
//! Every run appends one line `{commit, date, figures}` (a summary: see
//! `history::Summary`) to `docs/dashboard/data/history.jsonl` (`<out>/data/`
//! with `--out`); the history charts draw from that file. `--no-record`
//! draws the current run without appending (for CI), `--out` renders
//! elsewhere, `--figures` reads the inputs from another directory than
//! `target/figures`, `--check` then loads every page in headless Chromium
//! (see `check.rs`). `--readme` writes nothing: it prints the README's
//! headline (screenshot, one row per representation, trade-offs) as
//! Markdown (see `readme.rs`).

mod anchors;
mod charts;
mod check;
pub(crate) mod elf_modules;
pub mod history;
mod html;
mod inputs;
pub(crate) mod lcov;
mod pages;
mod readme;
mod tradeoffs;

use crate::run::{root, Result};

pub fn main(args: &[String]) -> Result {
    let mut check = false;
    let mut readme = false;
    let mut record = true;
    let mut out = root().join("docs/dashboard");
    let mut figures_dir = root().join("target/figures");
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--check" => check = true,
            "--readme" => readme = true,
            "--no-record" => record = false,
            "--out" => {
                out = root().join(it.next().ok_or("dashboard: --out needs a directory")?);
            }
            "--figures" => {
                figures_dir =
                    root().join(it.next().ok_or("dashboard: --figures needs a directory")?);
            }
            other => return Err(format!("dashboard: unknown argument {other:?}")),
        }
    }
    let figures = inputs::load(&root(), &figures_dir);
    let current = history::Record::now(history::summarise(&figures));
    if readme {
        print!("{}", readme::markdown(&current));
        return Ok(());
    }
    let history_path = out.join("data/history.jsonl");
    let mut records = history::load(&history_path);
    if record {
        history::append(&history_path, &current)?;
        eprintln!("appended a record to {}", history_path.display());
    }
    records.push(current);
    let written = pages::render_all(&out, &figures, &records)?;
    for p in &written {
        eprintln!("wrote {}", p.display());
    }
    if check {
        check::run(&written, &root().join("target/dashboard-shots"))?;
    }
    Ok(())
}
