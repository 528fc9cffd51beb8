//! Inline SVG charts: grouped horizontal bars (one group per benchmark or
//! object kind, one bar per implementation), history lines, sparklines.
//!
//! Every chart is `<svg class="chart" data-points="N" …>`, N the number of
//! data it draws, and every drawn datum carries `class="mark"` (the
//! browser check reads both); a chart is only drawn when it has at least
//! one datum, so an empty chart is a bug, not a state.
//! Hovering a mark shows its exact value through a `<title>`, no script.
//!
//! ```text
//!  legend ■ A ■ C ■ D                         (top, 24 px)
//!  label  |██████████ 1.23×                   (group: one bar per series)
//!         |███████ 0.80×
//!  ───────┼────┼────┼────  ticks              (axis + label, bottom)
//! ```

use super::html::esc;
use std::fmt::Write as _;

const WIDTH: f64 = 1060.0;
const LABEL_W: f64 = 240.0;
/// Longer category labels are cut (the full text shows on hover).
const LABEL_CHARS: usize = 32;
const RIGHT_PAD: f64 = 70.0;
const LEGEND_H: f64 = 28.0;
const AXIS_H: f64 = 44.0;
const BAR_H: f64 = 13.0;
const GROUP_GAP: f64 = 12.0;

/// One named, coloured series; dashed to tell apart two series that share
/// a colour (the same representation on two targets).
pub struct Series {
    pub name: String,
    pub colour: &'static str,
    pub dashed: bool,
}

impl Series {
    pub fn new(name: impl Into<String>, colour: &'static str) -> Series {
        Series {
            name: name.into(),
            colour,
            dashed: false,
        }
    }
}

pub struct Bars<'a> {
    /// One group of bars per category, top to bottom.
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// `values[category][series]`; `None` is drawn as "n/a".
    pub values: Vec<Vec<Option<f64>>>,
    pub axis_label: &'a str,
    /// Log₂ scale, bars growing from the reference line (ratios).
    pub log: bool,
    pub reference: Option<(f64, &'a str)>,
    pub format: fn(f64) -> String,
}

pub struct Lines<'a> {
    /// One label per run, oldest first.
    pub x_labels: Vec<String>,
    pub series: Vec<(Series, Vec<Option<f64>>)>,
    pub y_label: &'a str,
    pub format: fn(f64) -> String,
    pub zero_based: bool,
}

/// A value→x (or y) mapping over `[lo, hi]` onto `[a, b]`.
#[derive(Clone, Copy)]
struct Scale {
    lo: f64,
    hi: f64,
    a: f64,
    b: f64,
    log: bool,
}

impl Scale {
    fn at(&self, v: f64) -> f64 {
        let t = |x: f64| if self.log { x.max(1e-12).log2() } else { x };
        let (lo, hi) = (t(self.lo), t(self.hi));
        let f = if hi > lo {
            (t(v) - lo) / (hi - lo)
        } else {
            0.5
        };
        self.a + f.clamp(0.0, 1.0) * (self.b - self.a)
    }
}

/// A round step near `span / 5` (1, 2 or 5 times a power of ten).
fn nice_step(span: f64) -> f64 {
    if span <= 0.0 || !span.is_finite() {
        return 1.0;
    }
    let raw = span / 5.0;
    let p = 10f64.powf(raw.log10().floor());
    let m = raw / p;
    p * if m <= 1.0 {
        1.0
    } else if m <= 2.0 {
        2.0
    } else if m <= 5.0 {
        5.0
    } else {
        10.0
    }
}

/// Ticks and the domain that holds `[lo, hi]`.
fn ticks(lo: f64, hi: f64, log: bool) -> (f64, f64, Vec<f64>) {
    if log {
        let a = lo.max(1e-9).log2().floor() as i32;
        let b = (hi.max(1e-9).log2().ceil() as i32).max(a + 1);
        let ts = (a..=b).map(|e| 2f64.powi(e)).collect();
        return (2f64.powi(a), 2f64.powi(b), ts);
    }
    let step = nice_step(hi - lo);
    let start = (lo / step).floor() * step;
    let end = ((hi / step).ceil() * step).max(start + step);
    let n = ((end - start) / step).round() as usize;
    let ts = (0..=n).map(|i| start + step * i as f64).collect();
    (start, end, ts)
}

fn tick_text(v: f64, log: bool) -> String {
    if log {
        if v >= 1.0 {
            format!("{v:.0}×")
        } else {
            format!("1/{:.0}×", 1.0 / v)
        }
    } else if v.abs() >= 1e6 {
        format!("{:.1}M", v / 1e6)
    } else if v.abs() >= 1e4 {
        format!("{:.0}k", v / 1e3)
    } else if v.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        format!("{v:.2}")
    }
}

fn legend<'a>(out: &mut String, series: impl Iterator<Item = &'a Series>, x0: f64) {
    let mut x = x0;
    for s in series {
        if s.dashed {
            let _ = write!(
                out,
                "<line x1=\"{x:.1}\" y1=\"14\" x2=\"{:.1}\" y2=\"14\" stroke=\"{}\" stroke-width=\"2.5\" \
                 stroke-dasharray=\"4 2\"/>",
                x + 12.0,
                s.colour
            );
        } else {
            let _ = write!(
                out,
                "<rect x=\"{x:.1}\" y=\"8\" width=\"12\" height=\"12\" rx=\"2\" fill=\"{}\"/>",
                s.colour
            );
        }
        let _ = write!(
            out,
            "<text x=\"{:.1}\" y=\"18.5\" font-size=\"13\">{}</text>",
            x + 17.0,
            esc(&s.name)
        );
        x += 30.0 + 7.5 * s.name.chars().count() as f64;
    }
}

fn open_svg(out: &mut String, w: f64, h: f64, label: &str, points: usize) {
    let _ = write!(
        out,
        "<svg class=\"chart\" data-points=\"{points}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" \
         viewBox=\"0 0 {w:.0} {h:.0}\" role=\"img\" aria-label=\"{}\" font-size=\"12\" fill=\"#1f2328\">",
        esc(label)
    );
}

/// Grouped horizontal bars; `None` when there is nothing to draw.
pub fn bars(c: &Bars) -> Option<String> {
    let present: Vec<f64> = c
        .values
        .iter()
        .flatten()
        .flatten()
        .copied()
        .filter(|v| v.is_finite() && (!c.log || *v > 0.0))
        .collect();
    if present.is_empty() {
        return None;
    }
    let mut lo = present.iter().copied().fold(f64::INFINITY, f64::min);
    let mut hi = present.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if let Some((r, _)) = c.reference {
        lo = lo.min(r);
        hi = hi.max(r);
    }
    if !c.log {
        lo = lo.min(0.0);
    }
    let (lo, hi, ts) = ticks(lo, hi, c.log);
    // Room under the legend for the reference line's label.
    let plot_top = LEGEND_H + if c.reference.is_some() { 22.0 } else { 6.0 };
    let group_h = c.series.len() as f64 * BAR_H + GROUP_GAP;
    let plot_h = c.categories.len() as f64 * group_h;
    let h = plot_top + plot_h + AXIS_H;
    let x = Scale {
        lo,
        hi,
        a: LABEL_W,
        b: WIDTH - RIGHT_PAD,
        log: c.log,
    };
    let base = if c.log {
        x.at(c.reference.map_or(lo, |r| r.0))
    } else {
        x.at(0.0)
    };
    let mut s = String::new();
    open_svg(&mut s, WIDTH, h, c.axis_label, present.len());
    legend(&mut s, c.series.iter(), LABEL_W);
    let axis_y = plot_top + plot_h;
    for t in &ts {
        let tx = x.at(*t);
        let _ = write!(
            s,
            "<line x1=\"{tx:.1}\" y1=\"{plot_top:.1}\" x2=\"{tx:.1}\" y2=\"{axis_y:.1}\" stroke=\"#eaeef2\"/>\
             <text x=\"{tx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#57606a\">{}</text>",
            axis_y + 16.0,
            tick_text(*t, c.log)
        );
    }
    for (ci, cat) in c.categories.iter().enumerate() {
        let gy = plot_top + ci as f64 * group_h + GROUP_GAP / 2.0;
        let short: String = if cat.chars().count() > LABEL_CHARS {
            cat.chars().take(LABEL_CHARS - 1).chain(['…']).collect()
        } else {
            cat.clone()
        };
        let _ = write!(
            s,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" font-size=\"13\"><title>{}</title>{}</text>",
            LABEL_W - 10.0,
            gy + c.series.len() as f64 * BAR_H / 2.0 + 4.0,
            esc(cat),
            esc(&short)
        );
        for (si, ser) in c.series.iter().enumerate() {
            let y = gy + si as f64 * BAR_H;
            match c.values.get(ci).and_then(|r| r.get(si)).copied().flatten() {
                Some(v) if v.is_finite() && (!c.log || v > 0.0) => {
                    let vx = x.at(v);
                    let (x0, w) = if vx >= base {
                        (base, vx - base)
                    } else {
                        (vx, base - vx)
                    };
                    let text = (c.format)(v);
                    let _ = write!(
                        s,
                        "<rect class=\"mark\" x=\"{x0:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" \
                         fill=\"{}\"><title>{} · {}: {}</title></rect>\
                         <text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10.5\" fill=\"#57606a\">{}</text>",
                        w.max(1.0),
                        BAR_H - 2.0,
                        ser.colour,
                        esc(cat),
                        esc(&ser.name),
                        esc(&text),
                        x0 + w.max(1.0) + 4.0,
                        y + BAR_H - 3.5,
                        esc(&text)
                    );
                }
                _ => {
                    let _ = write!(
                        s,
                        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"10.5\" fill=\"#8c959f\">{} n/a</text>",
                        base + 4.0,
                        y + BAR_H - 3.5,
                        esc(&ser.name)
                    );
                }
            }
        }
    }
    if let Some((r, label)) = c.reference {
        let rx = x.at(r);
        let _ = write!(
            s,
            "<line x1=\"{rx:.1}\" y1=\"{:.1}\" x2=\"{rx:.1}\" y2=\"{axis_y:.1}\" stroke=\"#1f2328\" \
             stroke-dasharray=\"4 3\"/><text x=\"{rx:.1}\" y=\"{:.1}\" text-anchor=\"middle\" \
             font-size=\"11\">{}</text>",
            plot_top - 4.0,
            plot_top - 6.0,
            esc(label)
        );
    }
    let _ = write!(
        s,
        "<line x1=\"{LABEL_W:.1}\" y1=\"{axis_y:.1}\" x2=\"{:.1}\" y2=\"{axis_y:.1}\" stroke=\"#57606a\"/>\
         <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\">{}</text></svg>",
        WIDTH - RIGHT_PAD,
        (LABEL_W + WIDTH - RIGHT_PAD) / 2.0,
        axis_y + 36.0,
        esc(c.axis_label)
    );
    Some(s)
}

/// History lines, one point per run; `None` when no run has a value.
pub fn lines(c: &Lines) -> Option<String> {
    let present: Vec<f64> = c
        .series
        .iter()
        .flat_map(|(_, v)| v.iter().flatten().copied())
        .filter(|v| v.is_finite())
        .collect();
    if present.is_empty() {
        return None;
    }
    let mut lo = present.iter().copied().fold(f64::INFINITY, f64::min);
    let mut hi = present.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    if c.zero_based {
        lo = lo.min(0.0);
    }
    if hi - lo < 1e-9 {
        let pad = if hi.abs() > 0.0 { hi.abs() * 0.1 } else { 1.0 };
        hi += pad;
        if !c.zero_based || lo - pad >= 0.0 {
            lo -= pad;
        }
    }
    let (lo, hi, ts) = ticks(lo, hi, false);
    let (left, right, top, h) = (80.0, WIDTH - 60.0, LEGEND_H + 10.0, 280.0);
    let bottom = h - AXIS_H;
    let y = Scale {
        lo,
        hi,
        a: bottom,
        b: top,
        log: false,
    };
    let n = c.x_labels.len().max(1);
    let x_at = |i: usize| {
        if n == 1 {
            (left + right) / 2.0
        } else {
            left + (right - left) * i as f64 / (n - 1) as f64
        }
    };
    let mut s = String::new();
    open_svg(&mut s, WIDTH, h, c.y_label, present.len());
    legend(&mut s, c.series.iter().map(|(s, _)| s), left);
    for t in &ts {
        let ty = y.at(*t);
        let _ = write!(
            s,
            "<line x1=\"{left:.1}\" y1=\"{ty:.1}\" x2=\"{right:.1}\" y2=\"{ty:.1}\" stroke=\"#eaeef2\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\" fill=\"#57606a\">{}</text>",
            left - 8.0,
            ty + 4.0,
            tick_text(*t, false)
        );
    }
    // At most ~8 run labels fit under the axis.
    let every = n.div_ceil(8);
    for (i, l) in c.x_labels.iter().enumerate() {
        if i % every == 0 || i + 1 == n {
            let _ = write!(
                s,
                "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#57606a\" font-size=\"11\">{}</text>",
                x_at(i),
                bottom + 16.0,
                esc(l)
            );
        }
    }
    for (ser, values) in &c.series {
        let mut d = String::new();
        let mut pen_down = false;
        for (i, v) in values.iter().enumerate() {
            match v {
                Some(v) if v.is_finite() => {
                    let _ = write!(
                        d,
                        "{}{:.1},{:.1} ",
                        if pen_down { "L" } else { "M" },
                        x_at(i),
                        y.at(*v)
                    );
                    pen_down = true;
                }
                _ => pen_down = false,
            }
        }
        let _ = write!(
            s,
            "<path class=\"mark\" d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"{}/>",
            d.trim_end(),
            ser.colour,
            if ser.dashed {
                " stroke-dasharray=\"6 3\""
            } else {
                ""
            }
        );
        for (i, v) in values.iter().enumerate() {
            if let Some(v) = v.filter(|v| v.is_finite()) {
                let _ = write!(
                    s,
                    "<circle class=\"mark\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{}\">\
                     <title>{} · {}: {}</title></circle>",
                    x_at(i),
                    y.at(v),
                    ser.colour,
                    esc(&ser.name),
                    esc(c.x_labels.get(i).map_or("", String::as_str)),
                    esc(&(c.format)(v))
                );
            }
        }
    }
    let _ = write!(
        s,
        "<line x1=\"{left:.1}\" y1=\"{bottom:.1}\" x2=\"{right:.1}\" y2=\"{bottom:.1}\" stroke=\"#57606a\"/>\
         <text transform=\"translate(16,{:.1}) rotate(-90)\" text-anchor=\"middle\" font-size=\"13\">{}</text>\
         <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"13\">run (date, commit)</text></svg>",
        (top + bottom) / 2.0,
        esc(c.y_label),
        (left + right) / 2.0,
        bottom + 36.0
    );
    Some(s)
}

/// A small trend line for the overview, last point marked.
pub fn sparkline(values: &[Option<f64>], colour: &str) -> Option<String> {
    let pts: Vec<(usize, f64)> = values
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.filter(|v| v.is_finite()).map(|v| (i, v)))
        .collect();
    let &(last_i, last_v) = pts.last()?;
    let (w, h, pad) = (160.0, 34.0, 4.0);
    let lo = pts.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = pts.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let y = Scale {
        lo,
        hi,
        a: h - pad,
        b: pad,
        log: false,
    };
    let n = values.len().max(2) - 1;
    let x = |i: usize| pad + (w - 2.0 * pad) * i as f64 / n as f64;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg class=\"chart spark\" data-points=\"{}\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" \
         viewBox=\"0 0 {w} {h}\" role=\"img\" aria-label=\"trend\">",
        pts.len()
    );
    let d: Vec<String> = pts
        .iter()
        .enumerate()
        .map(|(k, (i, v))| {
            format!(
                "{}{:.1},{:.1}",
                if k == 0 { "M" } else { "L" },
                x(*i),
                y.at(*v)
            )
        })
        .collect();
    let _ = write!(
        s,
        "<path class=\"mark\" d=\"{}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.8\"/>\
         <circle class=\"mark\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{colour}\"/></svg>",
        d.join(" "),
        x(last_i),
        y.at(last_v)
    );
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(v: f64) -> String {
        format!("{v}")
    }

    #[test]
    fn nice_ticks() {
        let (lo, hi, ts) = ticks(0.0, 4016.0, false);
        assert_eq!((lo, hi), (0.0, 5000.0));
        assert_eq!(ts.len(), 6);
        let (lo, hi, ts) = ticks(0.3, 3.0, true);
        assert_eq!((lo, hi), (0.25, 4.0));
        assert_eq!(ts, vec![0.25, 0.5, 1.0, 2.0, 4.0]);
    }

    #[test]
    fn empty_charts_are_not_drawn() {
        let b = Bars {
            categories: vec!["x".into()],
            series: vec![Series::new("A", "#000")],
            values: vec![vec![None]],
            axis_label: "bytes",
            log: false,
            reference: None,
            format: fmt,
        };
        assert!(bars(&b).is_none());
        assert!(sparkline(&[None, None], "#000").is_none());
    }

    #[test]
    fn every_value_is_a_mark() {
        let b = Bars {
            categories: vec!["p1".into(), "p2".into()],
            series: vec![Series::new("A", "#000"), Series::new("D", "#111")],
            values: vec![vec![Some(0.5), Some(2.0)], vec![None, Some(1.0)]],
            axis_label: "time / CPython",
            log: true,
            reference: Some((1.0, "CPython")),
            format: fmt,
        };
        let svg = bars(&b).unwrap();
        assert_eq!(svg.matches("class=\"mark\"").count(), 3);
        assert!(svg.contains("A n/a"));
        let l = Lines {
            x_labels: vec!["r1".into(), "r2".into(), "r3".into()],
            series: vec![(Series::new("A", "#000"), vec![Some(1.0), None, Some(3.0)])],
            y_label: "bytes",
            format: fmt,
            zero_based: true,
        };
        let svg = lines(&l).unwrap();
        // One path, broken at the missing run, and two points.
        assert_eq!(svg.matches("<circle class=\"mark\"").count(), 2);
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert_eq!(d.matches('M').count(), 2, "{d}");
    }
}
