//! `docs/dashboard/data/history.jsonl`: one line per dashboard run,
//! `{"commit", "date", "figures": Summary}`, oldest first. A summary keeps
//! the few figures each history chart draws (a full run's inputs stay in
//! `target/figures/`), so the file grows by a few kilobytes a run.
//! Lines that do not parse (a future schema, a bad merge) are skipped.

use super::inputs::{Figures, PerRepr};
use crate::run::Result;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct Record {
    pub commit: String,
    pub date: String,
    pub figures: Summary,
}

/// Program → implementation → value.
pub type PerProgram<T> = BTreeMap<String, BTreeMap<String, T>>;

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct Summary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perf: Option<PerfSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ram: Option<RamSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rom: Option<RomSummary>,
    /// Target → percent of the core's (`src/`) lines covered (of all lines
    /// in the report when it has none of `src/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coverage: Option<BTreeMap<String, f64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fuzz: Option<FuzzSummary>,
}

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct PerfSummary {
    /// Implementation → geometric mean of time / CPython's time.
    pub geomean_vs_cpython: BTreeMap<String, f64>,
    #[serde(default)]
    pub geomean_vs_micropython: BTreeMap<String, f64>,
    #[serde(default)]
    pub min_s: PerProgram<f64>,
}

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct RamSummary {
    /// Object key (anchors.rs) → bytes per representation.
    #[serde(default)]
    pub objects: BTreeMap<String, PerRepr>,
    /// Target (`host`, `qemu`, …) → heap in use at boot per representation.
    #[serde(default)]
    pub boot: BTreeMap<String, PerRepr>,
    #[serde(default)]
    pub peak_heap: PerProgram<u64>,
}

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct RomSummary {
    pub flash: PerRepr,
    pub ram: PerRepr,
}

#[derive(Serialize, Deserialize, Debug, Default, Clone)]
pub struct FuzzSummary {
    pub executions: u64,
    pub crashes_found: u64,
    pub crashes_fixed: u64,
}

impl Record {
    pub fn now(figures: Summary) -> Record {
        Record {
            commit: git_commit(),
            date: utc_now(),
            figures,
        }
    }
}

pub fn summarise(f: &Figures) -> Summary {
    let perf = f.bench.as_ref().ok().map(|b| {
        let geomeans = |base: &str| -> BTreeMap<String, f64> {
            b.implementations
                .iter()
                .filter(|i| i.name != base)
                .filter_map(|i| Some((i.name.clone(), b.geomean(&i.name, base)?.0)))
                .collect()
        };
        let mut min_s = PerProgram::new();
        for p in &b.programs {
            for c in p.cells.iter().filter(|c| c.ok()) {
                if let Some(t) = c.min_s {
                    min_s
                        .entry(p.name.clone())
                        .or_default()
                        .insert(c.implementation.clone(), t);
                }
            }
        }
        PerfSummary {
            geomean_vs_cpython: geomeans("cpython"),
            geomean_vs_micropython: geomeans("micropython"),
            min_s,
        }
    });
    let ram = Some(ram_summary(f))
        .filter(|r| !(r.objects.is_empty() && r.boot.is_empty() && r.peak_heap.is_empty()));
    let rom = f.size.as_ref().ok().map(|s| RomSummary {
        flash: s.images.iter().map(|i| (i.repr.clone(), i.flash)).collect(),
        ram: s.images.iter().map(|i| (i.repr.clone(), i.ram)).collect(),
    });
    let coverage = f.coverage.as_ref().ok().map(|c| {
        c.iter()
            .filter_map(|(t, cov)| Some((t.clone(), cov.core_percent().or(cov.percent())?)))
            .collect()
    });
    let fuzz = f.fuzz.as_ref().ok().map(|z| FuzzSummary {
        executions: z.targets.iter().map(|t| t.executions).sum(),
        crashes_found: z.targets.iter().map(|t| t.crashes_found).sum(),
        crashes_fixed: z.targets.iter().map(|t| t.crashes_fixed).sum(),
    });
    Summary {
        perf,
        ram,
        rom,
        coverage,
        fuzz,
    }
}

/// RAM figures from every producer that has some: `ram.json`, the heap
/// figures bench-compare read from `mupy --stats`, the boot RAM that
/// `cargo xtask size` measured on the firmware.
fn ram_summary(f: &Figures) -> RamSummary {
    let mut r = RamSummary::default();
    if let Ok(ram) = &f.ram {
        r.objects = ram.objects.clone();
        r.boot = ram.boot.clone();
    }
    if let Ok(b) = &f.bench {
        for i in &b.implementations {
            if let (Some(repr), Some(bytes)) = (i.name.strip_prefix("mupy-"), i.boot_heap_bytes) {
                r.boot
                    .entry("host".into())
                    .or_default()
                    .entry(repr.into())
                    .or_insert(bytes);
            }
        }
        for p in &b.programs {
            for c in p.cells.iter().filter(|c| c.ok()) {
                if let Some(peak) = c.peak_heap_bytes {
                    r.peak_heap
                        .entry(p.name.clone())
                        .or_default()
                        .insert(c.implementation.clone(), peak);
                }
            }
        }
    }
    if let Ok(s) = &f.size {
        for i in &s.images {
            if let Some(bytes) = i.boot_ram {
                r.boot
                    .entry("qemu".into())
                    .or_default()
                    .entry(i.repr.clone())
                    .or_insert(bytes);
            }
        }
    }
    r
}

pub fn load(path: &Path) -> Vec<Record> {
    fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect()
}

pub fn append(path: &Path, record: &Record) -> Result {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let line = serde_json::to_string(record).map_err(|e| e.to_string())?;
    let mut file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    writeln!(file, "{line}").map_err(|e| format!("{}: {e}", path.display()))
}

/// The short hash of HEAD, or `unknown` outside a repository.
pub fn git_commit() -> String {
    Command::new("git")
        .args(["rev-parse", "--short=10", "HEAD"])
        .current_dir(crate::run::root())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Now, UTC, `YYYY-MM-DDTHH:MM:SSZ`.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    format_utc(secs)
}

/// Seconds since 1970 as a UTC date, by the days-to-civil algorithm
/// (eras of 400 years, March-based years so leap days fall last).
fn format_utc(secs: u64) -> String {
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates() {
        // Values from CPython: datetime.fromtimestamp(s, timezone.utc).
        assert_eq!(format_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(format_utc(951_782_400), "2000-02-29T00:00:00Z");
        assert_eq!(format_utc(1_767_225_599), "2025-12-31T23:59:59Z");
    }

    #[test]
    fn history_round_trip_skips_bad_lines() {
        let dir = std::env::temp_dir().join(format!("mupy-history-{}", std::process::id()));
        let path = dir.join("h.jsonl");
        let _ = fs::remove_file(&path);
        let mut r = Record {
            commit: "abc".into(),
            date: "2025-01-01T00:00:00Z".into(),
            figures: Summary::default(),
        };
        r.figures.coverage = Some([("host".to_string(), 71.5)].into_iter().collect());
        append(&path, &r).unwrap();
        fs::OpenOptions::new()
            .append(true)
            .open(&path)
            .unwrap()
            .write_all(b"{not json\n")
            .unwrap();
        append(&path, &r).unwrap();
        let back = load(&path);
        assert_eq!(back.len(), 2);
        assert_eq!(back[1].figures.coverage.as_ref().unwrap()["host"], 71.5);
        assert!(back[0].figures.perf.is_none());
        let _ = fs::remove_dir_all(&dir);
    }
}
