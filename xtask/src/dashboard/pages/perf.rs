//! Performance page: geometric means first, then per benchmark the time of
//! every implementation and its ratio to CPython and MicroPython from the
//! same run, instruction counts when measured, and the trend.

use super::{chart_or, Ctx, NOT_MEASURED};
use crate::bench_compare::BenchReport;
use crate::dashboard::charts::{self, Bars, Lines, Series};
use crate::dashboard::html::{
    self, colour, display_name, ratio, seconds, section, table, td, td_class, td_na,
};
use crate::dashboard::tradeoffs;

pub fn subtitle(ctx: &Ctx) -> String {
    match &ctx.figures.bench {
        Ok(b) => format!(
            "benches/py/ on every implementation, interleaved in one run ({} repetitions; time = CPU \
             time of the whole process, start-up included, minimum taken; ratio = time / other's time, below 1 \
             is faster). Run {} at {}.",
            b.reps,
            html::esc(&b.date),
            html::esc(&b.commit)
        ),
        Err(_) => "benches/py/ on mupy A, C, D, CPython and MicroPython (cargo xtask bench-compare).".into(),
    }
}

pub fn body(ctx: &Ctx) -> String {
    let bench = match &ctx.figures.bench {
        Ok(b) => b,
        Err(why) => {
            return section(
                "Summary",
                &html::missing(&format!("{why} (cargo xtask bench-compare)")),
            ) + &section("History: geometric mean of time / CPython", &history(ctx));
        }
    };
    let mut s = String::new();
    s += &section(
        "Summary: geometric mean over the benchmarks",
        &(summary(bench) + &tradeoffs::html(&tradeoffs::for_page(&ctx.current, "perf"))),
    );
    s += &section(
        "Time relative to CPython, per benchmark",
        &ratio_chart(bench),
    );
    s += &section("Times per benchmark (min / median)", &times(bench));
    s += &section("Instructions executed", &instructions(bench));
    s += &section("History: geometric mean of time / CPython", &history(ctx));
    s += &section("Implementations in this run", &implementations(bench));
    s
}

fn has(bench: &BenchReport, name: &str) -> bool {
    bench.implementations.iter().any(|i| i.name == name)
}

fn summary(bench: &BenchReport) -> String {
    let mp = has(bench, "micropython");
    let mut rows = Vec::new();
    for i in bench.implementations.iter().filter(|i| i.name != "cpython") {
        let passing = bench
            .programs
            .iter()
            .filter(|p| bench.cell(&p.name, &i.name).is_some_and(|c| c.ok()))
            .count();
        let geo = |base: &str| match bench.geomean(&i.name, base) {
            Some((g, _)) if i.name != base => {
                td_class(if g <= 1.0 { "good" } else { "bad" }, &ratio(g))
            }
            _ => td_na(),
        };
        let mut row = vec![td(&display_name(&i.name)), geo("cpython")];
        if mp {
            row.push(geo("micropython"));
        }
        row.push(td(&format!("{passing} of {}", bench.programs.len())));
        rows.push(row);
    }
    let mut header = vec!["implementation", "time / CPython"];
    if mp {
        header.push("time / MicroPython");
    }
    header.push("benchmarks passing");
    let mut s = format!("<div class=\"summary\">{}</div>", table(&header, &rows));
    if !mp {
        s += &html::missing(
            "MicroPython: not found in this run (set MICROPYTHON= or put micropython on PATH).",
        );
    }
    s += "<p class=\"sub\">Each mean covers the benchmarks where both implementations produced CPython's \
          output; green: faster than the reference.</p>";
    s
}

fn ratio_chart(bench: &BenchReport) -> String {
    let others: Vec<&str> = bench
        .implementations
        .iter()
        .map(|i| i.name.as_str())
        .filter(|n| *n != "cpython")
        .collect();
    chart_or(
        charts::bars(&Bars {
            categories: bench.programs.iter().map(|p| p.name.clone()).collect(),
            series: others
                .iter()
                .map(|n| Series::new(display_name(n), colour(n)))
                .collect(),
            values: bench
                .programs
                .iter()
                .map(|p| {
                    others
                        .iter()
                        .map(|n| bench.ratio(&p.name, n, "cpython"))
                        .collect()
                })
                .collect(),
            axis_label: "time / CPython's time (log scale; left of the line is faster)",
            log: true,
            reference: Some((1.0, "CPython")),
            format: ratio,
        }),
        "no benchmark passed on both CPython and another implementation",
    )
}

fn times(bench: &BenchReport) -> String {
    let mp = has(bench, "micropython");
    let mut header = vec!["benchmark".to_string()];
    for i in &bench.implementations {
        header.push(display_name(&i.name));
    }
    let mut rows = Vec::new();
    for p in &bench.programs {
        let mut row = vec![td(&p.name)];
        for i in &bench.implementations {
            row.push(match bench.cell(&p.name, &i.name) {
                Some(c) if c.ok() => {
                    let mut text = format!(
                        "{} / {}",
                        seconds(c.min_s.unwrap_or(0.0)),
                        seconds(c.median_s.unwrap_or(0.0))
                    );
                    if let Some(r) = bench
                        .ratio(&p.name, &i.name, "cpython")
                        .filter(|_| i.name != "cpython")
                    {
                        text += &format!("<br><small>{} CPy", ratio(r));
                        if let Some(m) = bench
                            .ratio(&p.name, &i.name, "micropython")
                            .filter(|_| mp && i.name != "micropython")
                        {
                            text += &format!(" · {} µPy", ratio(m));
                        }
                        text += "</small>";
                    }
                    format!("<td>{text}</td>")
                }
                Some(c) => format!(
                    "<td class=\"bad\" title=\"{}\">failed</td>",
                    html::esc(c.error.as_deref().unwrap_or(""))
                ),
                None => td_na(),
            });
        }
        rows.push(row);
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let mut s = table(&header, &rows);
    s += "<p class=\"sub\">\"failed\": wrong output, an error or a timeout (hover for the reason); a failed \
          cell is not timed.</p>";
    s += &failures(bench);
    s
}

fn failures(bench: &BenchReport) -> String {
    let mut items = String::new();
    for p in &bench.programs {
        for c in p.cells.iter().filter(|c| !c.ok()) {
            items += &format!(
                "<li><code>{}</code> on {}: {}</li>",
                html::esc(&p.name),
                html::esc(&display_name(&c.implementation)),
                html::esc(c.error.as_deref().unwrap_or("failed"))
            );
        }
    }
    if items.is_empty() {
        String::new()
    } else {
        format!("<details><summary>Failures</summary><ul>{items}</ul></details>")
    }
}

fn instructions(bench: &BenchReport) -> String {
    let any = bench
        .programs
        .iter()
        .flat_map(|p| &p.cells)
        .any(|c| c.instructions.is_some());
    if !any {
        return html::missing(&format!(
            "{NOT_MEASURED} (cargo xtask bench-compare --icount)"
        ));
    }
    let names: Vec<&str> = bench
        .implementations
        .iter()
        .map(|i| i.name.as_str())
        .collect();
    let series: Vec<Series> = names
        .iter()
        .map(|n| Series::new(display_name(n), colour(n)))
        .collect();
    let values: Vec<Vec<Option<f64>>> = bench
        .programs
        .iter()
        .map(|p| {
            names
                .iter()
                .map(|n| {
                    bench
                        .cell(&p.name, n)
                        .and_then(|c| c.instructions)
                        .map(|i| i as f64 / 1e6)
                })
                .collect()
        })
        .collect();
    chart_or(
        charts::bars(&Bars {
            categories: bench.programs.iter().map(|p| p.name.clone()).collect(),
            series,
            values,
            axis_label: "millions of instructions (valgrind cachegrind, whole process)",
            log: false,
            reference: None,
            format: |v| format!("{v:.0}M"),
        }),
        NOT_MEASURED,
    )
}

fn history(ctx: &Ctx) -> String {
    let mut names: Vec<String> = ctx
        .records
        .iter()
        .filter_map(|r| r.figures.perf.as_ref())
        .flat_map(|p| p.geomean_vs_cpython.keys().cloned())
        .collect();
    names.sort();
    names.dedup();
    let series = names
        .iter()
        .map(|n| {
            (
                Series::new(display_name(n), colour(n)),
                ctx.series(|s| s.perf.as_ref()?.geomean_vs_cpython.get(n).copied()),
            )
        })
        .collect();
    chart_or(
        charts::lines(&Lines {
            x_labels: ctx.run_labels(),
            series,
            y_label: "time / CPython",
            format: ratio,
            zero_based: true,
        }),
        "no run compared with CPython yet",
    )
}

fn implementations(bench: &BenchReport) -> String {
    let rows: Vec<Vec<String>> = bench
        .implementations
        .iter()
        .map(|i| {
            vec![
                td(&display_name(&i.name)),
                td(&i.version),
                format!("<td><code>{}</code></td>", html::esc(&i.command)),
            ]
        })
        .collect();
    table(&["implementation", "version", "command"], &rows)
}
