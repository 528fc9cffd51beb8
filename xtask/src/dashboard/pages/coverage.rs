//! Coverage page: line coverage per target (host, Cortex-M4 under QEMU per
//! representation), per directory as a chart, per file as a table with the
//! lines never executed listed under each file.

use super::{chart_or, Ctx, NOT_MEASURED};
use crate::dashboard::charts::{self, Bars, Lines, Series};
use crate::dashboard::html::{self, colour, section, table, td, td_class, td_na};
use crate::dashboard::inputs::{CoverageTarget, FileCoverage};
use crate::dashboard::tradeoffs;
use std::collections::{BTreeMap, BTreeSet};

pub const SUBTITLE: &str =
    "Lines executed by the tests (cargo xtask cov: LLVM source-based coverage): on the host \
     (corpus on A, C, D and the Rust tests) and on the Cortex-M4 firmware under QEMU (corpus), \
     per representation.";

/// The goal for the core's lines on the target (issue 7): below it a
/// figure is shown red, at or above it green.
const GOOD_PERCENT: f64 = 85.0;

pub fn body(ctx: &Ctx) -> String {
    let cov = match &ctx.figures.coverage {
        Ok(c) if !c.is_empty() => c,
        Ok(_) => return section("Summary", &html::missing(NOT_MEASURED)) + &history_section(ctx),
        Err(why) => {
            return section(
                "Summary",
                &html::missing(&format!(
                    "{why} (target/figures/coverage.json or coverage-*.lcov)"
                )),
            ) + &history_section(ctx)
        }
    };
    let mut s = String::new();
    s += &section(
        "Summary",
        &(summary(cov) + &tradeoffs::html(&tradeoffs::for_page(&ctx.current, "coverage"))),
    );
    s += &section("Per directory", &per_directory(cov));
    s += &section(
        "Per file (click a file for its uncovered lines)",
        &per_file(cov),
    );
    s += &history_section(ctx);
    s
}

fn percent(lines: u64, covered: u64) -> Option<f64> {
    (lines > 0).then(|| 100.0 * covered as f64 / lines as f64)
}

fn pct_cell(p: Option<f64>) -> String {
    match p {
        Some(p) => td_class(
            if p >= GOOD_PERCENT { "good" } else { "bad" },
            &format!("{p:.1} %"),
        ),
        None => td_na(),
    }
}

fn summary(cov: &BTreeMap<String, CoverageTarget>) -> String {
    let rows: Vec<Vec<String>> = cov
        .iter()
        .map(|(t, c)| {
            let (lines, covered) = c.totals();
            let (core_lines, core_covered) = c.core_totals();
            vec![
                td(t),
                td(&c.files.len().to_string()),
                td(&html::bytes(lines)),
                td(&html::bytes(covered)),
                pct_cell(percent(lines, covered)),
                td(&html::bytes(core_lines)),
                pct_cell(percent(core_lines, core_covered)),
            ]
        })
        .collect();
    let goal = format!(
        "<p>The core is the root crate's <code>src/</code>; the goal is {GOOD_PERCENT:.0} % of its lines \
         on the target. Lines are those LLVM instruments (code, not comments or declarations).</p>"
    );
    goal + &table(
        &[
            "target",
            "files",
            "lines",
            "covered",
            "coverage",
            "core lines",
            "core coverage",
        ],
        &rows,
    )
}

/// `src/vm/exec.rs` → `src/vm`; `reprs/src/a.rs` → `reprs/src`.
fn directory(path: &str) -> String {
    let parts: Vec<&str> = path.split('/').collect();
    match parts.len() {
        0 | 1 => ".".into(),
        2 => parts[0].into(),
        _ => parts[..2].join("/"),
    }
}

fn per_directory(cov: &BTreeMap<String, CoverageTarget>) -> String {
    let mut dirs: BTreeMap<String, BTreeMap<&str, (u64, u64)>> = BTreeMap::new();
    for (t, c) in cov {
        for f in &c.files {
            let e = dirs
                .entry(directory(&f.path))
                .or_default()
                .entry(t)
                .or_default();
            e.0 += f.lines;
            e.1 += f.covered;
        }
    }
    let targets: Vec<&String> = cov.keys().collect();
    chart_or(
        charts::bars(&Bars {
            categories: dirs.keys().cloned().collect(),
            series: targets
                .iter()
                .map(|t| Series::new(t.to_string(), colour(t)))
                .collect(),
            values: dirs
                .values()
                .map(|per| {
                    targets
                        .iter()
                        .map(|t| per.get(t.as_str()).and_then(|(l, c)| percent(*l, *c)))
                        .collect()
                })
                .collect(),
            axis_label: "lines covered (%)",
            log: false,
            reference: None,
            format: |v| format!("{v:.1} %"),
        }),
        NOT_MEASURED,
    )
}

fn ranges(f: &FileCoverage) -> String {
    let list: Vec<String> = f
        .uncovered
        .iter()
        .map(|[a, b]| {
            if a == b {
                a.to_string()
            } else {
                format!("{a}–{b}")
            }
        })
        .collect();
    if list.is_empty() {
        "none".into()
    } else {
        list.join(", ")
    }
}

fn per_file(cov: &BTreeMap<String, CoverageTarget>) -> String {
    let paths: BTreeSet<&str> = cov
        .values()
        .flat_map(|c| c.files.iter().map(|f| f.path.as_str()))
        .collect();
    let mut header = vec!["file"];
    header.extend(cov.keys().map(String::as_str));
    let rows: Vec<Vec<String>> = paths
        .iter()
        .map(|path| {
            let found: Vec<(&String, Option<&FileCoverage>)> = cov
                .iter()
                .map(|(t, c)| (t, c.files.iter().find(|f| f.path == *path)))
                .collect();
            let mut detail = String::new();
            for (t, f) in &found {
                if let Some(f) = f {
                    detail += &format!(
                        "<div><b>{}</b>: lines {}</div>",
                        html::esc(t),
                        html::esc(&ranges(f))
                    );
                }
            }
            let mut row = vec![format!(
                "<td><details><summary><code>{}</code></summary>{detail}</details></td>",
                html::esc(path)
            )];
            row.extend(
                found
                    .iter()
                    .map(|(_, f)| pct_cell(f.and_then(|f| percent(f.lines, f.covered)))),
            );
            row
        })
        .collect();
    table(&header, &rows)
}

fn history_section(ctx: &Ctx) -> String {
    let targets: BTreeSet<String> = ctx
        .records
        .iter()
        .filter_map(|r| r.figures.coverage.as_ref())
        .flat_map(|c| c.keys().cloned())
        .collect();
    let series = targets
        .iter()
        .map(|t| {
            (
                Series::new(t.clone(), colour(t)),
                ctx.series(|s| s.coverage.as_ref()?.get(t).copied()),
            )
        })
        .collect();
    section(
        "History: line coverage",
        &chart_or(
            charts::lines(&Lines {
                x_labels: ctx.run_labels(),
                series,
                y_label: "lines covered (%)",
                format: |v| format!("{v:.1} %"),
                zero_based: true,
            }),
            "no run measured coverage yet",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_and_ranges() {
        assert_eq!(directory("src/vm/exec.rs"), "src/vm");
        assert_eq!(directory("build.rs"), ".");
        assert_eq!(directory("src/lib.rs"), "src");
        let f = FileCoverage {
            path: "x".into(),
            lines: 9,
            covered: 5,
            uncovered: vec![[3, 3], [7, 9]],
        };
        assert_eq!(ranges(&f), "3, 7–9");
    }
}
