//! Overview page: one line per area (its headline figure in words), a
//! sparkline of that figure over the runs and the change since the
//! previous run that measured it, coloured by whether it got better.

use super::{Ctx, NOT_MEASURED};
use crate::dashboard::anchors::{ANCHORS, REPRS};
use crate::dashboard::charts;
use crate::dashboard::history::Summary;
use crate::dashboard::html::{self, colour, display_name, esc, section};
use crate::dashboard::tradeoffs;

pub const SUBTITLE: &str =
    "Every figure of the project, measured by one command (cargo xtask dashboard) and \
     kept over history. Lower is better everywhere except coverage.";

/// One area's line.
struct Area {
    stem: &'static str,
    name: &'static str,
    headline: String,
    trend: Vec<Option<f64>>,
    trend_of: String,
    lower_is_better: bool,
    colour: &'static str,
}

pub fn body(ctx: &Ctx) -> String {
    let areas = [ram(ctx), rom(ctx), coverage(ctx), perf(ctx), fuzz(ctx)];
    let mut s = String::new();
    for a in &areas {
        let spark = charts::sparkline(&a.trend, a.colour).unwrap_or_default();
        s += &format!(
            "<div class=\"area\"><a href=\"{}.html\">{}</a><div>{}<br><small class=\"sub\">trend: {}</small></div>\
             <div>{spark}{}</div></div>",
            a.stem,
            a.name,
            a.headline,
            esc(&a.trend_of),
            delta(&a.trend, a.lower_is_better)
        );
    }
    provenance(ctx) + &section("Areas", &s) + &section("Representations", &representations(ctx))
}

/// Which commit the figures were built from (and when the benchmarks
/// ran, when that was at another commit).
fn provenance(ctx: &Ctx) -> String {
    let Some(run) = ctx.records.last() else {
        return String::new();
    };
    let mut s = format!(
        "<p class=\"commit\">Figures built from commit <code>{}</code> on {}",
        esc(&run.commit),
        esc(&run.date)
    );
    if let Ok(b) = &ctx.figures.bench {
        if !b.commit.is_empty()
            && !run.commit.starts_with(&b.commit)
            && !b.commit.starts_with(&run.commit)
        {
            s += &format!(
                "; benchmarks measured at commit <code>{}</code> on {}",
                esc(&b.commit),
                esc(&b.date)
            );
        }
    }
    s + ".</p>"
}

/// One row per representation with its headline figures, then the
/// trade-offs in words.
fn representations(ctx: &Ctx) -> String {
    let cell = |v: Option<String>| v.map_or_else(html::td_na, |t| html::td(&t));
    let rows: Vec<Vec<String>> = tradeoffs::rows(&ctx.current)
        .into_iter()
        .map(|r| {
            vec![
                html::td(&format!(
                    "{} ({})",
                    r.repr.to_uppercase(),
                    tradeoffs::describe(r.repr)
                )),
                cell(r.time_vs_cpython.map(html::ratio)),
                cell(r.time_vs_micropython.map(html::ratio)),
                cell(
                    r.object_bytes
                        .map(|(ours, theirs, _)| format!("{ours:.1} ({theirs:.1})")),
                ),
                cell(r.flash.map(|f| format!("{:.1} KiB", f as f64 / 1024.0))),
                cell(r.coverage.map(|c| format!("{c:.1} %"))),
            ]
        })
        .collect();
    let mut s = html::table(
        &[
            "representation",
            "time / CPython",
            "time / MicroPython",
            "heap bytes per common object (MicroPython)",
            "firmware flash",
            "core lines run on the Cortex-M4",
        ],
        &rows,
    );
    s += &tradeoffs::html(&tradeoffs::sentences(&ctx.current));
    s
}

/// Change between the last two runs that have the figure.
fn delta(values: &[Option<f64>], lower_is_better: bool) -> String {
    let present: Vec<f64> = values.iter().flatten().copied().collect();
    match present.as_slice() {
        [] => String::new(),
        [_] => "<small class=\"sub\">first run</small>".into(),
        [.., prev, last] => {
            let d = last - prev;
            let scale = prev.abs().max(1e-12);
            if (d / scale).abs() < 0.005 {
                return "<small class=\"sub\">= unchanged</small>".into();
            }
            let better = (d < 0.0) == lower_is_better;
            let (arrow, class) = (
                if d > 0.0 { "▲" } else { "▼" },
                if better { "good" } else { "bad" },
            );
            format!(
                "<small class=\"{class}\" style=\"color:{}\">{arrow} {:+.1} %</small>",
                if better { "#1a7f37" } else { "#cf222e" },
                100.0 * d / scale
            )
        }
    }
}

fn ram(ctx: &Ctx) -> Area {
    let cur = ctx.current.ram.as_ref();
    let mut parts = Vec::new();
    if let Some(host) = cur.and_then(|r| r.boot.get("host")) {
        let per: Vec<String> = REPRS
            .iter()
            .filter_map(|r| {
                Some(format!(
                    "{} {}",
                    r.to_uppercase(),
                    html::bytes(*host.get(*r)?)
                ))
            })
            .collect();
        parts.push(format!("boot heap on the host: {} bytes", per.join(", ")));
    }
    if let Some(objects) = cur.map(|r| &r.objects).filter(|o| !o.is_empty()) {
        let (mut ok, mut n) = (0, 0);
        for a in &ANCHORS {
            for (i, r) in REPRS.iter().enumerate() {
                if let Some(b) = objects.get(a.key).and_then(|m| m.get(*r)) {
                    n += 1;
                    ok += usize::from(*b <= a.bytes[i]);
                }
            }
        }
        parts.push(format!(
            "{ok} of {n} object figures at or below MicroPython's"
        ));
    }
    Area {
        stem: "ram",
        name: "RAM",
        headline: headline(parts),
        trend: ctx.series(|s| Some(*s.ram.as_ref()?.boot.get("host")?.get("a")? as f64)),
        trend_of: "boot heap, host, repr A".into(),
        lower_is_better: true,
        colour: colour("a"),
    }
}

fn rom(ctx: &Ctx) -> Area {
    let parts = ctx
        .current
        .rom
        .as_ref()
        .map(|r| {
            let per: Vec<String> = REPRS
                .iter()
                .filter_map(|k| {
                    Some(format!(
                        "{} {:.1} KiB",
                        k.to_uppercase(),
                        *r.flash.get(*k)? as f64 / 1024.0
                    ))
                })
                .collect();
            vec![format!("firmware flash: {}", per.join(", "))]
        })
        .unwrap_or_default();
    Area {
        stem: "rom",
        name: "ROM",
        headline: headline(parts),
        trend: ctx.series(|s| Some(*s.rom.as_ref()?.flash.get("a")? as f64)),
        trend_of: "flash, repr A".into(),
        lower_is_better: true,
        colour: colour("a"),
    }
}

fn coverage(ctx: &Ctx) -> Area {
    let parts = ctx
        .current
        .coverage
        .as_ref()
        .map(|c| {
            let per: Vec<String> = c.iter().map(|(t, p)| format!("{t} {p:.1} %")).collect();
            vec![format!(
                "lines of the core (src/) covered: {}",
                per.join(", ")
            )]
        })
        .unwrap_or_default();
    Area {
        stem: "coverage",
        name: "Coverage",
        headline: headline(parts),
        trend: ctx.series(|s| s.coverage.as_ref()?.get("host").copied()),
        trend_of: "host, core lines covered".into(),
        lower_is_better: false,
        colour: colour("host"),
    }
}

fn geomeans(s: &Summary, base: &str) -> Option<String> {
    let g = if base == "cpython" {
        &s.perf.as_ref()?.geomean_vs_cpython
    } else {
        &s.perf.as_ref()?.geomean_vs_micropython
    };
    let per: Vec<String> = g
        .iter()
        .filter(|(n, _)| n.starts_with("mupy-"))
        .map(|(n, v)| format!("{} {}", display_name(n), html::ratio(*v)))
        .collect();
    (!per.is_empty()).then(|| per.join(", "))
}

fn perf(ctx: &Ctx) -> Area {
    let mut parts = Vec::new();
    if let Some(g) = geomeans(&ctx.current, "cpython") {
        parts.push(format!("time / CPython (geometric mean): {g}"));
    }
    if let Some(g) = geomeans(&ctx.current, "micropython") {
        parts.push(format!("time / MicroPython: {g}"));
    }
    if parts.is_empty() && ctx.current.perf.is_some() {
        parts.push("benchmarks ran, but no mupy program passed yet".into());
    }
    Area {
        stem: "perf",
        name: "Performance",
        headline: headline(parts),
        trend: ctx.series(|s| s.perf.as_ref()?.geomean_vs_cpython.get("mupy-a").copied()),
        trend_of: "mupy A time / CPython".into(),
        lower_is_better: true,
        colour: colour("a"),
    }
}

fn fuzz(ctx: &Ctx) -> Area {
    let parts = ctx
        .current
        .fuzz
        .as_ref()
        .map(|f| {
            vec![format!(
                "{} executions; {} crashes found, {} fixed",
                html::bytes(f.executions),
                f.crashes_found,
                f.crashes_fixed
            )]
        })
        .unwrap_or_default();
    Area {
        stem: "fuzz",
        name: "Fuzzing",
        headline: headline(parts),
        trend: ctx.series(|s| Some(s.fuzz.as_ref()?.executions as f64)),
        trend_of: "executions".into(),
        lower_is_better: false,
        colour: colour("d"),
    }
}

fn headline(parts: Vec<String>) -> String {
    if parts.is_empty() {
        format!("<span class=\"missing\">{NOT_MEASURED}</span>")
    } else {
        esc(&parts.join("; "))
    }
}

#[cfg(test)]
mod tests {
    use super::delta;

    #[test]
    fn deltas_know_which_way_is_better() {
        assert!(delta(&[Some(100.0), None, Some(90.0)], true).contains("good"));
        assert!(delta(&[Some(100.0), Some(110.0)], true).contains("bad"));
        assert!(delta(&[Some(50.0), Some(60.0)], false).contains("good"));
        assert!(delta(&[Some(1.0)], true).contains("first run"));
        assert!(delta(&[Some(1.0), Some(1.0)], true).contains("unchanged"));
    }
}
