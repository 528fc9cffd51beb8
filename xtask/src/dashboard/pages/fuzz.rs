//! Fuzzing page: per cargo-fuzz target, executions, coverage reached,
//! corpus size, crashes found and fixed; the campaign's totals against its
//! goals (the committed record `data/fuzz-campaign.json` that `cargo xtask
//! fuzz` adds to); and the totals over history.

use super::{chart_or, Ctx, NOT_MEASURED};
use crate::dashboard::charts::{self, Bars, Lines, Series};
use crate::dashboard::html::{self, section, table, td, td_class, td_na};

pub const SUBTITLE: &str =
    "cargo-fuzz targets (lexer, parser, compiler, VM, .mpy loader, differential): what \
     each run executed and what it found.";

pub fn body(ctx: &Ctx) -> String {
    let mut s = campaign();
    s += &match &ctx.figures.fuzz {
        Ok(f) if !f.targets.is_empty() => {
            let rows: Vec<Vec<String>> = f
                .targets
                .iter()
                .map(|t| {
                    let open = t.crashes_found.saturating_sub(t.crashes_fixed);
                    vec![
                        td(&t.name),
                        td(&html::bytes(t.executions)),
                        t.seconds.map_or_else(td_na, |s| td(&format!("{s:.0} s"))),
                        t.coverage.map_or_else(td_na, |c| td(&html::bytes(c))),
                        t.corpus.map_or_else(td_na, |c| td(&html::bytes(c))),
                        td(&t.crashes_found.to_string()),
                        td(&t.crashes_fixed.to_string()),
                        td_class(if open == 0 { "good" } else { "bad" }, &open.to_string()),
                    ]
                })
                .collect();
            let header = [
                "target",
                "executions",
                "time",
                "coverage",
                "corpus",
                "crashes found",
                "fixed",
                "open",
            ];
            let chart = charts::bars(&Bars {
                categories: f.targets.iter().map(|t| t.name.clone()).collect(),
                series: vec![Series::new("executions", "#4e79a7")],
                values: f
                    .targets
                    .iter()
                    .map(|t| vec![Some(t.executions as f64)])
                    .collect(),
                axis_label: "executions in this run",
                log: false,
                reference: None,
                format: |v| html::bytes(v as u64),
            });
            section(
                "Targets",
                &(table(&header, &rows) + &chart.unwrap_or_default()),
            )
        }
        Ok(_) => section("Targets", &html::missing(NOT_MEASURED)),
        Err(why) => section(
            "Targets",
            &html::missing(&format!("{why} (target/figures/fuzz.json)")),
        ),
    };
    let total = |pick: fn(&crate::dashboard::history::FuzzSummary) -> u64| {
        ctx.series(move |s| s.fuzz.as_ref().map(|f| pick(f) as f64))
    };
    let crashes = charts::lines(&Lines {
        x_labels: ctx.run_labels(),
        series: vec![
            (
                Series::new("crashes found", "#cf222e"),
                total(|f| f.crashes_found),
            ),
            (Series::new("fixed", "#2da44e"), total(|f| f.crashes_fixed)),
        ],
        y_label: "crashes (all targets)",
        format: |v| format!("{v:.0}"),
        zero_based: true,
    });
    let execs = charts::lines(&Lines {
        x_labels: ctx.run_labels(),
        series: vec![(
            Series::new("executions", "#4e79a7"),
            total(|f| f.executions),
        )],
        y_label: "executions (all targets)",
        format: |v| html::bytes(v as u64),
        zero_based: true,
    });
    let history = match (crashes, execs) {
        (Some(c), Some(e)) => c + &e,
        _ => chart_or(None, "no run fuzzed yet"),
    };
    s += &section("History", &history);
    s
}

/// The campaign record: per target, executions so far against the goal.
fn campaign() -> String {
    let c = match crate::fuzz_campaign::load() {
        Ok(c) if !c.targets.is_empty() => c,
        Ok(_) => {
            return section(
                "Campaign",
                &html::missing("no campaign run recorded yet (cargo xtask fuzz --hours H)"),
            )
        }
        Err(why) => return section("Campaign", &html::missing(&why)),
    };
    let rows: Vec<Vec<String>> = crate::fuzz_campaign::GOALS
        .iter()
        .map(|(name, goal)| {
            let t = c.targets.iter().find(|t| t.name == *name);
            let done = t.map_or(0, |t| t.executions);
            let runs = c.runs.iter().filter(|r| r.target == *name).count();
            let pct = done as f64 * 100.0 / *goal as f64;
            vec![
                td(name),
                td(&html::bytes(done)),
                td(&html::bytes(*goal)),
                td_class(
                    if done >= *goal { "good" } else { "bad" },
                    &format!("{pct:.0} %"),
                ),
                t.map_or_else(td_na, |t| td(&format!("{:.1} h", t.seconds / 3600.0))),
                td(&runs.to_string()),
                t.and_then(|t| t.coverage)
                    .map_or_else(td_na, |c| td(&html::bytes(c))),
                t.map_or_else(td_na, |t| td(&t.crashes_found.to_string())),
                t.map_or_else(td_na, |t| td(&t.crashes_fixed.to_string())),
                t.map_or_else(td_na, |t| {
                    td_class(
                        if t.open == 0 { "good" } else { "bad" },
                        &t.open.to_string(),
                    )
                }),
            ]
        })
        .collect();
    let header = [
        "target",
        "executions",
        "goal",
        "reached",
        "time",
        "runs",
        "coverage (last)",
        "crashes found",
        "fixed",
        "open",
    ];
    let last = c
        .runs
        .last()
        .map(|r| format!("{} at {}", r.date, r.commit))
        .unwrap_or_default();
    section(
        "Campaign",
        &(table(&header, &rows)
            + &format!(
                "<p>Totals of {} runs, each resuming from the saved corpus; latest {}.</p>",
                c.runs.len(),
                html::esc(&last)
            )),
    )
}
