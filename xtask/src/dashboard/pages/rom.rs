//! ROM page: flash and static RAM of each firmware image, the flash per
//! crate and module (from the ELF's symbols), and the size trend.

use super::{chart_or, Ctx, NOT_MEASURED};
use crate::dashboard::anchors::REPRS;
use crate::dashboard::charts::{self, Bars, Lines, Series};
use crate::dashboard::html::{self, bytes, colour, section, table, td, td_na};
use crate::dashboard::inputs::SizeReport;
use crate::dashboard::tradeoffs;

pub const SUBTITLE: &str =
    "Flash and static RAM of each Cortex-M4 firmware image (one per representation), \
     read from its ELF.";

/// Modules shown in the breakdown, the largest first; the rest are summed.
const TOP_MODULES: usize = 30;
const CHARTED_MODULES: usize = 15;

pub fn body(ctx: &Ctx) -> String {
    let size = match &ctx.figures.size {
        Ok(s) => s,
        Err(why) => {
            return section(
                "Firmware images",
                &html::missing(&format!("{why} (cargo xtask size)")),
            ) + &section("History: flash per image", &history(ctx));
        }
    };
    let mut s = String::new();
    s += &section(
        &format!("Firmware images ({})", size.target),
        &(images(size) + &tradeoffs::html(&tradeoffs::for_page(&ctx.current, "rom"))),
    );
    s += &section("Flash per crate and module", &modules(size));
    s += &section("History: flash per image", &history(ctx));
    s
}

fn images(size: &SizeReport) -> String {
    let rows: Vec<Vec<String>> = size
        .images
        .iter()
        .map(|i| {
            let sec = |n: &str| i.sections.get(n).map_or_else(td_na, |b| td(&bytes(*b)));
            vec![
                td(&i.repr.to_uppercase()),
                td(&bytes(i.flash)),
                sec(".text"),
                sec(".rodata"),
                sec(".data"),
                td(&bytes(i.ram)),
                td(&bytes(i.gc_heap)),
                td(&bytes(i.scratch_heap)),
                td(&bytes(i.stack)),
                i.stack_peak.map_or_else(td_na, |b| td(&bytes(b))),
                i.boot_ram.map_or_else(td_na, |b| td(&bytes(b))),
            ]
        })
        .collect();
    let header = [
        "repr",
        "flash",
        ".text",
        ".rodata",
        ".data",
        "static RAM",
        "GC heap",
        "scratch heap",
        "stack",
        "stack peak",
        "boot heap",
    ];
    let chart = charts::bars(&Bars {
        categories: vec!["flash".into(), "static RAM".into()],
        series: size
            .images
            .iter()
            .map(|i| Series::new(format!("repr {}", i.repr.to_uppercase()), colour(&i.repr)))
            .collect(),
        values: vec![
            size.images.iter().map(|i| Some(i.flash as f64)).collect(),
            size.images.iter().map(|i| Some(i.ram as f64)).collect(),
        ],
        axis_label: "bytes",
        log: false,
        reference: None,
        format: |v| html::bytes(v as u64),
    });
    let mut s = table(&header, &rows);
    s += "<p class=\"sub\">flash = .vector_table + .text + .rodata + .data; static RAM = .data + .bss + \
          .uninit + .stack (the GC heap is a static array in .bss); boot heap = heap in use at the first prompt.</p>";
    s += &chart.unwrap_or_default();
    s
}

fn modules(size: &SizeReport) -> String {
    if size.images.iter().all(|i| i.modules.is_empty()) {
        return html::missing(&format!(
            "{NOT_MEASURED}: no firmware ELF found (size.json \"elf\", or target/qemu/mupy-qemu-<repr>.elf)"
        ));
    }
    // Modules ordered by their largest size in any image.
    let mut names: Vec<(String, u64)> = Vec::new();
    for img in &size.images {
        for m in &img.modules {
            match names.iter_mut().find(|(n, _)| *n == m.name) {
                Some((_, b)) => *b = (*b).max(m.bytes),
                None => names.push((m.name.clone(), m.bytes)),
            }
        }
    }
    names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let get = |repr: &str, name: &str| {
        size.images
            .iter()
            .find(|i| i.repr == repr)
            .and_then(|i| i.modules.iter().find(|m| m.name == name))
            .map(|m| m.bytes)
    };
    let reprs: Vec<&str> = REPRS
        .iter()
        .copied()
        .filter(|r| size.images.iter().any(|i| i.repr == *r))
        .collect();
    let mut rows: Vec<Vec<String>> = names
        .iter()
        .take(TOP_MODULES)
        .map(|(n, _)| {
            let mut row = vec![format!("<td><code>{}</code></td>", html::esc(n))];
            row.extend(
                reprs
                    .iter()
                    .map(|r| get(r, n).map_or_else(td_na, |b| td(&bytes(b)))),
            );
            row
        })
        .collect();
    if names.len() > TOP_MODULES {
        let mut row = vec![td(&format!("{} other modules", names.len() - TOP_MODULES))];
        for r in &reprs {
            let rest: u64 = names
                .iter()
                .skip(TOP_MODULES)
                .filter_map(|(n, _)| get(r, n))
                .sum();
            row.push(td(&bytes(rest)));
        }
        rows.push(row);
    }
    let mut header = vec!["crate::module".to_string()];
    header.extend(reprs.iter().map(|r| format!("repr {}", r.to_uppercase())));
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let charted: Vec<&String> = names.iter().take(CHARTED_MODULES).map(|(n, _)| n).collect();
    let chart = charts::bars(&Bars {
        categories: charted.iter().map(|n| n.to_string()).collect(),
        series: reprs
            .iter()
            .map(|r| Series::new(format!("repr {}", r.to_uppercase()), colour(r)))
            .collect(),
        values: charted
            .iter()
            .map(|n| reprs.iter().map(|r| get(r, n).map(|b| b as f64)).collect())
            .collect(),
        axis_label: "bytes of flash",
        log: false,
        reference: None,
        format: |v| html::bytes(v as u64),
    });
    let mut s = chart.unwrap_or_default();
    s += &table(&header, &rows);
    s += "<p class=\"sub\">Each symbol is charged to the first two segments of its Rust path; generic code \
          instantiated for mupy types is charged where the generic lives (core::…, alloc::…).</p>";
    s
}

fn history(ctx: &Ctx) -> String {
    let series = REPRS
        .iter()
        .map(|r| {
            (
                Series::new(format!("repr {}", r.to_uppercase()), colour(r)),
                ctx.series(|s| s.rom.as_ref()?.flash.get(*r).map(|b| *b as f64)),
            )
        })
        .filter(|(_, v)| v.iter().any(Option::is_some))
        .collect();
    chart_or(
        charts::lines(&Lines {
            x_labels: ctx.run_labels(),
            series,
            y_label: "flash bytes",
            format: |v| html::bytes(v as u64),
            zero_based: false,
        }),
        "no run measured the firmware yet",
    )
}
