//! RAM page: bytes per object kind beside MicroPython's, heap in use at
//! boot per target, peak heap and bytes allocated per benchmark, bytes
//! allocated per call / method call / loop iteration (which must read 0).

use super::{chart_or, Ctx, NOT_MEASURED};
use crate::dashboard::anchors::{self, ANCHORS, REPRS};
use crate::dashboard::charts::{self, Bars, Lines, Series};
use crate::dashboard::html::{
    self, bytes, colour, display_name, section, table, td, td_class, td_na,
};
use crate::dashboard::tradeoffs;
use std::collections::{BTreeMap, BTreeSet};

pub const SUBTITLE: &str = "Heap bytes per object, at boot and per benchmark, for representations A, C and D. \
     Object figures are gc.mem_alloc() deltas with collections before and after, as MicroPython's are measured.";

/// Rows drawn in the table but left out of the per-object chart so they
/// do not flatten it.
const NOT_CHARTED: [&str; 4] = anchors::AGGREGATES;

pub fn body(ctx: &Ctx) -> String {
    let mut s = String::new();
    s += &section(
        "Bytes per object: mupy against MicroPython v1.29 (32-bit unix port)",
        &objects(ctx),
    );
    s += &section("Heap in use at boot", &boot(ctx));
    s += &section(
        "Peak heap and bytes allocated per benchmark",
        &per_benchmark(ctx),
    );
    s += &section(
        "Bytes allocated per operation (should read 0)",
        &per_op(ctx),
    );
    s += &section("History: heap in use at boot", &history(ctx));
    s
}

fn measured(ctx: &Ctx, key: &str, repr: &str) -> Option<u64> {
    ctx.current
        .ram
        .as_ref()?
        .objects
        .get(key)?
        .get(repr)
        .copied()
}

fn objects(ctx: &Ctx) -> String {
    let mut keys: Vec<String> = ANCHORS.iter().map(|a| a.key.to_string()).collect();
    if let Some(r) = &ctx.current.ram {
        let mut extra: Vec<&String> = r
            .objects
            .keys()
            .filter(|k| anchors::rank(k) == ANCHORS.len())
            .collect();
        extra.sort();
        keys.extend(extra.into_iter().cloned());
    }
    let mut rows = Vec::new();
    let (mut at_or_below, mut compared) = (0, 0);
    for key in &keys {
        let anchor = ANCHORS.iter().find(|a| a.key == key);
        let mut row = vec![td(anchors::label(key))];
        for (i, repr) in REPRS.iter().enumerate() {
            let theirs = anchor.map(|a| a.bytes[i]);
            row.push(theirs.map_or_else(td_na, |b| td(&bytes(b))));
            row.push(match (measured(ctx, key, repr), theirs) {
                (Some(ours), Some(theirs)) => {
                    compared += 1;
                    let good = ours <= theirs;
                    at_or_below += usize::from(good);
                    let class = if good { "good" } else { "bad" };
                    format!(
                        "<td class=\"{class}\">{}<span class=\"dot {class}\" title=\"{}\"></span></td>",
                        bytes(ours),
                        if good { "at or below MicroPython" } else { "above MicroPython" }
                    )
                }
                (Some(ours), None) => td(&bytes(ours)),
                (None, _) => td_na(),
            });
        }
        rows.push(row);
    }
    let header = [
        "object",
        "MicroPython A",
        "mupy A",
        "MicroPython C",
        "mupy C",
        "MicroPython D",
        "mupy D",
    ];
    let mut s = if ctx
        .current
        .ram
        .as_ref()
        .is_some_and(|r| !r.objects.is_empty())
    {
        format!("<p>{at_or_below} of {compared} figures at or below MicroPython's (green: at or below, red: above).</p>")
    } else {
        html::missing(&format!(
            "mupy's object figures: {NOT_MEASURED} (target/figures/ram.json); MicroPython's shown alone."
        ))
    };
    s += &table(&header, &rows);
    s += &tradeoffs::html(&tradeoffs::for_page(&ctx.current, "ram"));
    let charted: Vec<&String> = keys
        .iter()
        .filter(|k| !NOT_CHARTED.contains(&k.as_str()))
        .filter(|k| REPRS.iter().any(|r| measured(ctx, k, r).is_some()))
        .collect();
    let chart = charts::bars(&Bars {
        categories: charted
            .iter()
            .map(|k| anchors::label(k).to_string())
            .collect(),
        series: REPRS
            .iter()
            .map(|r| Series::new(display_name(&format!("mupy-{r}")), colour(r)))
            .collect(),
        values: charted
            .iter()
            .map(|k| {
                REPRS
                    .iter()
                    .map(|r| measured(ctx, k, r).map(|b| b as f64))
                    .collect()
            })
            .collect(),
        axis_label: "bytes of heap per object",
        log: false,
        reference: None,
        format: |v| format!("{v:.0} B"),
    });
    if let Some(svg) = chart {
        s += &svg;
    }
    s
}

fn boot(ctx: &Ctx) -> String {
    let Some(boot) = ctx
        .current
        .ram
        .as_ref()
        .map(|r| &r.boot)
        .filter(|b| !b.is_empty())
    else {
        return html::missing(NOT_MEASURED);
    };
    let rows: Vec<Vec<String>> = boot
        .iter()
        .map(|(target, per)| {
            let mut row = vec![td(&target_label(target))];
            row.extend(
                REPRS
                    .iter()
                    .map(|r| per.get(*r).map_or_else(td_na, |b| td(&bytes(*b)))),
            );
            row
        })
        .collect();
    let mut s = table(&["target", "A", "C", "D"], &rows);
    s += "<p class=\"sub\">MicroPython's heap in use after a small script's setup: 3\u{2009}424 (A), \
          3\u{2009}696 (C), 5\u{2009}696 (D) bytes.</p>";
    s
}

fn target_label(target: &str) -> String {
    match target {
        "host" => "host (mupy -c pass, Python stack block included)".into(),
        "qemu" => "Cortex-M4 under QEMU (first prompt)".into(),
        t => t.into(),
    }
}

fn per_benchmark(ctx: &Ctx) -> String {
    let Ok(bench) = &ctx.figures.bench else {
        return html::missing(NOT_MEASURED);
    };
    let impls: Vec<String> = REPRS.iter().map(|r| format!("mupy-{r}")).collect();
    let mut rows = Vec::new();
    let mut categories = Vec::new();
    let mut values = Vec::new();
    for p in &bench.programs {
        let mut row = vec![td(&p.name)];
        let mut peaks = Vec::new();
        for i in &impls {
            let cell = bench.cell(&p.name, i).filter(|c| c.ok());
            let peak = cell.and_then(|c| c.peak_heap_bytes);
            let total = cell.and_then(|c| c.allocated_bytes);
            row.push(peak.map_or_else(td_na, |b| td(&bytes(b))));
            row.push(total.map_or_else(td_na, |b| td(&bytes(b))));
            peaks.push(peak.map(|b| b as f64));
        }
        rows.push(row);
        if peaks.iter().any(Option::is_some) {
            categories.push(p.name.clone());
            values.push(peaks);
        }
    }
    let header = [
        "benchmark",
        "A peak",
        "A allocated",
        "C peak",
        "C allocated",
        "D peak",
        "D allocated",
    ];
    let chart = charts::bars(&Bars {
        categories,
        series: impls
            .iter()
            .map(|i| Series::new(display_name(i), colour(i)))
            .collect(),
        values,
        axis_label: "peak heap in use (bytes)",
        log: false,
        reference: None,
        format: |v| html::bytes(v as u64),
    });
    let mut s = chart_or(chart, "no benchmark ran to completion on mupy in this run");
    s += &table(&header, &rows);
    s += "<p class=\"sub\">\"–\": the program failed on that representation (see the performance page).</p>";
    s
}

fn per_op(ctx: &Ctx) -> String {
    let ram = ctx.figures.ram.as_ref().ok();
    let mut per_op = ram.map(|r| r.per_op.clone()).unwrap_or_default();
    // Without explicit figures, the two thousand-call rows give them.
    if per_op.is_empty() {
        for (op, key) in [("call", "calls_1000"), ("method_call", "method_calls_1000")] {
            if let Some(per) = ram.and_then(|r| r.objects.get(key)) {
                let per: BTreeMap<String, f64> = per
                    .iter()
                    .map(|(r, b)| (r.clone(), *b as f64 / 1000.0))
                    .collect();
                per_op.insert(op.to_string(), per);
            }
        }
    }
    if per_op.is_empty() {
        return html::missing(&format!("{NOT_MEASURED} (target/figures/ram.json)"));
    }
    let rows: Vec<Vec<String>> = per_op
        .iter()
        .map(|(op, per)| {
            let mut row = vec![td(&op.replace('_', " "))];
            row.extend(REPRS.iter().map(|r| match per.get(*r) {
                Some(v) if *v == 0.0 => td_class("good", "0"),
                Some(v) => td_class("bad", &format!("{v:.1}")),
                None => td_na(),
            }));
            row
        })
        .collect();
    table(&["bytes per", "A", "C", "D"], &rows)
}

fn history(ctx: &Ctx) -> String {
    let targets: BTreeSet<String> = ctx
        .records
        .iter()
        .filter_map(|r| r.figures.ram.as_ref())
        .flat_map(|r| r.boot.keys().cloned())
        .collect();
    let mut series = Vec::new();
    for t in &targets {
        for r in REPRS {
            let values = ctx.series(|s| s.ram.as_ref()?.boot.get(t)?.get(r).map(|b| *b as f64));
            if values.iter().any(Option::is_some) {
                let mut ser = Series::new(format!("{t} {}", r.to_uppercase()), colour(r));
                ser.dashed = t != "host";
                series.push((ser, values));
            }
        }
    }
    chart_or(
        charts::lines(&Lines {
            x_labels: ctx.run_labels(),
            series,
            y_label: "bytes at boot",
            format: |v| html::bytes(v as u64),
            zero_based: true,
        }),
        "no run measured boot RAM yet",
    )
}
