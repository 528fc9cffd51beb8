//! `cargo xtask dashboard --readme`: the README's headline in Markdown on
//! stdout: the overview page's screenshot (written by `dashboard --check`),
//! one row per representation and the trade-offs in words, all from the
//! same figures as the pages.

use super::history::Record;
use super::tradeoffs::{self, describe, rows};

fn or_dash(v: Option<String>) -> String {
    v.unwrap_or_else(|| "–".into())
}

pub fn markdown(run: &Record) -> String {
    let s = &run.figures;
    let mut out = String::from(
        "![mupy dashboard: overview](docs/dashboard/index.png)\n\n\
         | representation | time / CPython | time / MicroPython | heap bytes per common object (MicroPython) | firmware flash | core lines run on the Cortex-M4 |\n\
         |---|---:|---:|---:|---:|---:|\n",
    );
    for r in rows(s) {
        out += &format!(
            "| {} ({}) | {} | {} | {} | {} | {} |\n",
            r.repr.to_uppercase(),
            describe(r.repr),
            or_dash(r.time_vs_cpython.map(|v| format!("{v:.2}×"))),
            or_dash(r.time_vs_micropython.map(|v| format!("{v:.2}×"))),
            or_dash(
                r.object_bytes
                    .map(|(ours, theirs, _)| format!("{ours:.1} ({theirs:.1})"))
            ),
            or_dash(r.flash.map(|f| format!("{:.1} KiB", f as f64 / 1024.0))),
            or_dash(r.coverage.map(|c| format!("{c:.1} %"))),
        );
    }
    out += "\nTimes are geometric means over benches/py/ (below 1× is faster); \
            bytes are `gc.mem_alloc()` deltas over the common objects of \
            [the RAM page](docs/dashboard/ram.html); coverage counts the lines of `src/` \
            that the conformance corpus executes on the firmware under QEMU";
    if let Some(h) = s.coverage.as_ref().and_then(|c| c.get("host")) {
        out += &format!(" ({h:.1} % on the host, with the Rust tests)");
    }
    out += &format!(
        ".\nFigures of commit `{}` ({}), from `cargo xtask dashboard --readme`.\n",
        run.commit, run.date
    );
    let words = tradeoffs::sentences(s);
    if !words.is_empty() {
        out += "\n";
        for w in words {
            out += &format!("- {w}\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::history::{RomSummary, Summary};

    #[test]
    fn table_has_a_row_per_representation_and_dashes_for_gaps() {
        let figures = Summary {
            rom: Some(RomSummary {
                flash: [("a".to_string(), 204_800)].into_iter().collect(),
                ram: Default::default(),
            }),
            ..Summary::default()
        };
        let run = Record {
            commit: "0123abcd".into(),
            date: "2026-01-02T03:04:05Z".into(),
            figures,
        };
        let md = markdown(&run);
        assert!(md.contains("docs/dashboard/index.png"));
        assert!(
            md.contains("| A (32-bit tagged words, boxed floats) | – | – | – | 200.0 KiB | – |")
        );
        assert!(md.contains("| D (64-bit NaN boxing) | – | – | – | – | – |"));
        assert!(md.contains("commit `0123abcd`"));
    }
}
