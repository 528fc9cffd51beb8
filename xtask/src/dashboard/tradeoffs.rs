//! The representations side by side: one headline row each (speed against
//! CPython and MicroPython, bytes per common object, flash, coverage on the
//! Cortex-M4) and their trade-offs in words, every number taken from the
//! run's figures (a sentence whose figures were not measured is left out,
//! never filled in).
//!
//! Speeds between representations compare the benchmarks both passed:
//! the geometric mean over those programs of time(R) / time(A).

use super::anchors::{AGGREGATES, ANCHORS, REPRS};
use super::history::Summary;
use super::html::bytes;

/// One representation's headline figures.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct ReprRow {
    pub repr: &'static str,
    pub time_vs_cpython: Option<f64>,
    pub time_vs_micropython: Option<f64>,
    /// Mean bytes over the common objects measured, MicroPython's mean over
    /// the same objects, and how many objects.
    pub object_bytes: Option<(f64, f64, usize)>,
    pub flash: Option<u64>,
    /// Percent of the core's lines run by the corpus on the firmware.
    pub coverage: Option<f64>,
}

/// What each representation is, in a few words (DESIGN.md §2).
pub fn describe(repr: &str) -> &'static str {
    match repr {
        "a" => "32-bit tagged words, boxed floats",
        "c" => "32-bit words, 30-bit floats in the word",
        "d" => "64-bit NaN boxing",
        _ => "",
    }
}

pub fn rows(s: &Summary) -> Vec<ReprRow> {
    REPRS
        .iter()
        .map(|&repr| {
            let name = format!("mupy-{repr}");
            let perf = s.perf.as_ref();
            ReprRow {
                repr,
                time_vs_cpython: perf.and_then(|p| p.geomean_vs_cpython.get(&name).copied()),
                time_vs_micropython: perf
                    .and_then(|p| p.geomean_vs_micropython.get(&name).copied()),
                object_bytes: object_means(s, repr),
                flash: s.rom.as_ref().and_then(|r| r.flash.get(repr).copied()),
                coverage: s
                    .coverage
                    .as_ref()
                    .and_then(|c| c.get(&format!("qemu-{repr}")).copied()),
            }
        })
        .collect()
}

/// Bytes of `key` in `repr`, as measured.
fn object(s: &Summary, key: &str, repr: &str) -> Option<u64> {
    s.ram.as_ref()?.objects.get(key)?.get(repr).copied()
}

fn object_means(s: &Summary, repr: &str) -> Option<(f64, f64, usize)> {
    let column = REPRS.iter().position(|r| *r == repr)?;
    let pairs: Vec<(u64, u64)> = ANCHORS
        .iter()
        .filter(|a| !AGGREGATES.contains(&a.key))
        .filter_map(|a| Some((object(s, a.key, repr)?, a.bytes[column])))
        .collect();
    if pairs.is_empty() {
        return None;
    }
    let n = pairs.len() as f64;
    let ours = pairs.iter().map(|p| p.0 as f64).sum::<f64>() / n;
    let theirs = pairs.iter().map(|p| p.1 as f64).sum::<f64>() / n;
    Some((ours, theirs, pairs.len()))
}

/// Geometric mean of time(repr) / time(base) over the benchmarks both
/// passed, and how many.
pub fn speed_vs(s: &Summary, repr: &str, base: &str) -> Option<(f64, usize)> {
    let (a, b) = (format!("mupy-{repr}"), format!("mupy-{base}"));
    let logs: Vec<f64> = s
        .perf
        .as_ref()?
        .min_s
        .values()
        .filter_map(|times| Some(times.get(&a)? / times.get(&b)?))
        .filter(|r| r.is_finite() && *r > 0.0)
        .map(f64::ln)
        .collect();
    if logs.is_empty() {
        return None;
    }
    let n = logs.len();
    Some(((logs.iter().sum::<f64>() / n as f64).exp(), n))
}

/// `4 % slower` / `3 % faster` / `as fast`, for a time ratio.
fn pace(ratio: f64) -> String {
    let pct = (ratio - 1.0) * 100.0;
    if pct.abs() < 0.5 {
        "as fast".into()
    } else if pct > 0.0 {
        format!("{pct:.0} % slower")
    } else {
        format!("{:.0} % faster", -pct)
    }
}

fn upper(r: &str) -> String {
    r.to_uppercase()
}

/// The trade-offs in sentences, each from measured numbers only.
pub fn sentences(s: &Summary) -> Vec<String> {
    for_page(s, "index")
}

/// The sentences a page's tables back: all of them on the index.
pub fn for_page(s: &Summary, page: &str) -> Vec<String> {
    let mut out = Vec::new();
    let all = page == "index";
    if all || page == "ram" || page == "perf" {
        floats(s, &mut out);
    }
    if all || page == "ram" {
        words(s, &mut out);
        ints(s, &mut out);
        means(s, &mut out);
    }
    if all || page == "rom" {
        flash(s, &mut out);
    }
    if all || page == "coverage" {
        coverage(s, &mut out);
    }
    out
}

/// The sentences as an HTML list under a table (nothing when none).
pub fn html(sentences: &[String]) -> String {
    if sentences.is_empty() {
        return String::new();
    }
    let items: String = sentences
        .iter()
        .map(|t| format!("<li>{}</li>", super::html::esc(t)))
        .collect();
    format!("<p><b>Trade-offs between the representations</b> (from this run's figures):</p><ul class=\"tradeoffs\">{items}</ul>")
}

/// A word-held float against A's boxed one, with the speed it costs.
fn floats(s: &Summary, out: &mut Vec<String>) {
    let Some(boxed) = object(s, "float_add", "a") else {
        return;
    };
    for r in ["c", "d"] {
        let Some(b) = object(s, "float_add", r) else {
            continue;
        };
        let how = if b == 0 {
            format!(
                "{} stores floats in the value word: 0 bytes per float result vs {} on A",
                upper(r),
                bytes(boxed)
            )
        } else {
            format!(
                "{} takes {} bytes per float result vs {} on A",
                upper(r),
                bytes(b),
                bytes(boxed)
            )
        };
        let precision = if r == "c" {
            " (floats keep 22 bits of mantissa)"
        } else {
            ""
        };
        let speed = match speed_vs(s, r, "a") {
            Some((ratio, n)) => {
                let compared = match pace(ratio).as_str() {
                    "as fast" => "as fast as A".to_string(),
                    p => format!("{p} than A"),
                };
                format!(
                    ", and runs the benchmarks {compared} ({ratio:.2}× A's time, geometric mean over {n})"
                )
            }
            None => String::new(),
        };
        out.push(format!("{how}{precision}{speed}."));
    }
}

/// D's 64-bit words against A's 32-bit ones, where a container shows it.
fn words(s: &Summary, out: &mut Vec<String>) {
    let (Some(a), Some(d)) = (
        object(s, "list_1000_ints", "a"),
        object(s, "list_1000_ints", "d"),
    ) else {
        return;
    };
    if a == 0 {
        return;
    }
    out.push(format!(
        "D's 64-bit words widen every slot: a list of 1 000 small ints takes {} bytes vs {} on A ({:.2}×).",
        bytes(d),
        bytes(a),
        d as f64 / a as f64
    ));
}

/// Where a large int lives: heap or word.
fn ints(s: &Summary, out: &mut Vec<String>) {
    let per: Vec<(&str, u64)> = REPRS
        .iter()
        .filter_map(|r| Some((*r, object(s, "int_2_60", r)?)))
        .collect();
    // The same size everywhere is no trade-off.
    if per.len() < 2 || per.iter().all(|p| p.1 == per[0].1) {
        return;
    }
    let words: Vec<String> = per
        .iter()
        .map(|(r, b)| format!("{} on {}", bytes(*b), upper(r)))
        .collect();
    out.push(format!(
        "The int 2**60 takes {} bytes (a heap int where the word is too narrow).",
        words.join(", ")
    ));
}

fn means(s: &Summary, out: &mut Vec<String>) {
    let rows = rows(s);
    let per: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            let (ours, theirs, n) = r.object_bytes?;
            Some(format!(
                "{} {ours:.1} (MicroPython {theirs:.1}, {n} objects)",
                upper(r.repr)
            ))
        })
        .collect();
    if !per.is_empty() {
        out.push(format!(
            "Mean heap bytes per common object: {}.",
            per.join("; ")
        ));
    }
}

fn flash(s: &Summary, out: &mut Vec<String>) {
    let Some(rom) = &s.rom else { return };
    let Some(&a) = rom.flash.get("a") else { return };
    let per: Vec<String> = ["c", "d"]
        .iter()
        .filter_map(|r| {
            let f = *rom.flash.get(*r)?;
            let d = f as i64 - a as i64;
            Some(format!(
                "{}'s is {} ({:+.1} KiB, {:+.1} %)",
                upper(r),
                if d >= 0 { "larger" } else { "smaller" },
                d as f64 / 1024.0,
                100.0 * d as f64 / a as f64
            ))
        })
        .collect();
    if !per.is_empty() {
        out.push(format!(
            "Firmware flash: A's image takes {:.1} KiB; {}.",
            a as f64 / 1024.0,
            per.join(", ")
        ));
    }
}

fn coverage(s: &Summary, out: &mut Vec<String>) {
    let Some(c) = &s.coverage else { return };
    let per: Vec<String> = REPRS
        .iter()
        .filter_map(|r| {
            let pct = c.get(&format!("qemu-{r}"))?;
            Some(format!("{pct:.1} % with {}", upper(r)))
        })
        .collect();
    if per.is_empty() {
        return;
    }
    let host = c.get("host").map_or(String::new(), |h| {
        format!("; on the host, with the Rust tests, {h:.1} %")
    });
    out.push(format!(
        "Share of the core's lines the corpus runs on the Cortex-M4: {}{host}.",
        per.join(", ")
    ));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dashboard::history::{PerfSummary, RamSummary, RomSummary};
    use std::collections::BTreeMap;

    fn summary() -> Summary {
        let mut ram = RamSummary::default();
        for (key, a, c, d) in [
            ("float_add", 16, 0, 0),
            ("list_1000_ints", 4016, 4016, 8032),
            ("dict_1", 32, 32, 64),
        ] {
            ram.objects.insert(
                key.into(),
                [("a".into(), a), ("c".into(), c), ("d".into(), d)]
                    .into_iter()
                    .collect(),
            );
        }
        let mut min_s = BTreeMap::new();
        for (prog, a, c) in [
            ("fib", 1.0, 1.1),
            ("nbody", 2.0, 2.2),
            ("only_a", 1.0, f64::NAN),
        ] {
            let mut t = BTreeMap::new();
            t.insert("mupy-a".to_string(), a);
            if !c.is_nan() {
                t.insert("mupy-c".to_string(), c);
            }
            min_s.insert(prog.to_string(), t);
        }
        Summary {
            perf: Some(PerfSummary {
                geomean_vs_cpython: [("mupy-a".to_string(), 0.5)].into_iter().collect(),
                geomean_vs_micropython: BTreeMap::new(),
                min_s,
            }),
            ram: Some(ram),
            rom: Some(RomSummary {
                flash: [("a".to_string(), 102_400), ("d".to_string(), 112_640)]
                    .into_iter()
                    .collect(),
                ram: BTreeMap::new(),
            }),
            coverage: Some([("qemu-a".to_string(), 80.04)].into_iter().collect()),
            fuzz: None,
        }
    }

    #[test]
    fn sentences_come_from_the_figures() {
        let s = summary();
        let text = sentences(&s).join("\n");
        assert!(
            text.contains("C stores floats in the value word: 0 bytes per float result vs 16 on A"),
            "{text}"
        );
        // fib and nbody both 1.1× A's time; only_a is not compared.
        assert!(
            text.contains("10 % slower than A (1.10× A's time, geometric mean over 2)"),
            "{text}"
        );
        assert!(
            text.contains("8\u{2009}032 bytes vs 4\u{2009}016 on A (2.00×)"),
            "{text}"
        );
        assert!(
            text.contains("D's is larger (+10.0 KiB, +10.0 %)"),
            "{text}"
        );
        assert!(text.contains("Cortex-M4: 80.0 % with A."), "{text}");
        // D has no speed figure: its float sentence stops at the bytes.
        assert!(
            text.contains("0 bytes per float result vs 16 on A."),
            "{text}"
        );
    }

    #[test]
    fn nothing_measured_says_nothing() {
        assert!(sentences(&Summary::default()).is_empty());
        assert!(rows(&Summary::default())
            .iter()
            .all(|r| r.time_vs_cpython.is_none() && r.object_bytes.is_none() && r.flash.is_none()));
    }

    #[test]
    fn rows_hold_the_headline_figures() {
        let r = rows(&summary());
        assert_eq!(r[0].time_vs_cpython, Some(0.5));
        // dict_1 and float_add: (32 + 16) / 2 against MicroPython's (32 + 16) / 2.
        assert_eq!(r[0].object_bytes, Some((24.0, 24.0, 2)));
        assert_eq!(r[2].flash, Some(112_640));
        assert_eq!(r[0].coverage, Some(80.04));
    }
}
