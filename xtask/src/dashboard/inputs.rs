//! The producers' files, read as they are found (schemas in `mod.rs`). A
//! file that is missing is `None`; a file that is present but unreadable is
//! `None` too, with the reason kept for the page ("not measured: …").

use super::{anchors, elf_modules, lcov};
use crate::bench_compare::BenchReport;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Bytes per representation, keyed `"a"`, `"c"`, `"d"`.
pub type PerRepr = BTreeMap<String, u64>;

#[derive(Deserialize, Serialize, Debug, Default, Clone)]
pub struct RamReport {
    #[serde(default)]
    pub objects: BTreeMap<String, PerRepr>,
    /// The same figures transposed and keyed by ANCHORS.md's wording
    /// (`{"a": {"empty instance": 16, …}}`), as `tests/ram_per_object.rs`
    /// writes them; folded into `objects` on load.
    #[serde(default, skip_serializing)]
    pub repr: BTreeMap<String, BTreeMap<String, u64>>,
    #[serde(default)]
    pub per_op: BTreeMap<String, BTreeMap<String, f64>>,
    #[serde(default)]
    pub boot: BTreeMap<String, PerRepr>,
}

impl RamReport {
    /// Moves the `repr`-first figures into `objects`, naming each row by
    /// its anchors.rs key where its wording matches one.
    pub fn fold(mut self) -> RamReport {
        for (repr, rows) in std::mem::take(&mut self.repr) {
            for (label, bytes) in rows {
                let key = anchors::key_for_label(&label).map_or(label, str::to_string);
                self.objects
                    .entry(key)
                    .or_default()
                    .insert(repr.clone(), bytes);
            }
        }
        self
    }
}

#[derive(Deserialize, Debug, Default, Clone)]
pub struct SizeReport {
    #[serde(default)]
    pub target: String,
    pub images: Vec<SizeImage>,
}

#[derive(Deserialize, Debug, Default, Clone)]
pub struct SizeImage {
    pub repr: String,
    pub flash: u64,
    pub ram: u64,
    #[serde(default)]
    pub gc_heap: u64,
    #[serde(default)]
    pub scratch_heap: u64,
    #[serde(default)]
    pub stack: u64,
    /// Deepest stack use seen while the image ran, when measured.
    #[serde(default)]
    pub stack_peak: Option<u64>,
    #[serde(default)]
    pub boot_ram: Option<u64>,
    #[serde(default)]
    pub sections: BTreeMap<String, u64>,
    #[serde(default)]
    pub elf: Option<PathBuf>,
    #[serde(default)]
    pub modules: Vec<ModuleSize>,
}

#[derive(Deserialize, Debug, Default, Clone, PartialEq)]
pub struct ModuleSize {
    /// `crate::module`, or a bracketed group (`[compiler builtins]`, …).
    pub name: String,
    pub bytes: u64,
}

/// Line coverage of one target: `host`, `qemu-a`, …
#[derive(Deserialize, Debug, Default, Clone)]
pub struct CoverageTarget {
    pub files: Vec<FileCoverage>,
}

#[derive(Deserialize, Debug, Default, Clone, PartialEq)]
pub struct FileCoverage {
    pub path: String,
    pub lines: u64,
    pub covered: u64,
    /// Inclusive line ranges never executed.
    #[serde(default)]
    pub uncovered: Vec<[u64; 2]>,
}

impl CoverageTarget {
    pub fn totals(&self) -> (u64, u64) {
        self.files
            .iter()
            .fold((0, 0), |(l, c), f| (l + f.lines, c + f.covered))
    }

    pub fn percent(&self) -> Option<f64> {
        let (lines, covered) = self.totals();
        (lines > 0).then(|| 100.0 * covered as f64 / lines as f64)
    }

    /// Lines and lines covered of the core crate (`src/`).
    pub fn core_totals(&self) -> (u64, u64) {
        self.files
            .iter()
            .filter(|f| f.path.starts_with("src/"))
            .fold((0, 0), |(l, c), f| (l + f.lines, c + f.covered))
    }

    /// The core's coverage; the headline figure wherever one number is shown.
    pub fn core_percent(&self) -> Option<f64> {
        let (lines, covered) = self.core_totals();
        (lines > 0).then(|| 100.0 * covered as f64 / lines as f64)
    }
}

#[derive(Deserialize, Debug, Default, Clone)]
pub struct FuzzReport {
    pub targets: Vec<FuzzTarget>,
}

#[derive(Deserialize, Debug, Default, Clone)]
pub struct FuzzTarget {
    pub name: String,
    pub executions: u64,
    #[serde(default)]
    pub seconds: Option<f64>,
    #[serde(default)]
    pub coverage: Option<u64>,
    #[serde(default)]
    pub corpus: Option<u64>,
    pub crashes_found: u64,
    pub crashes_fixed: u64,
}

/// One input: its figures, or why there are none.
pub type Input<T> = std::result::Result<T, String>;

pub struct Figures {
    pub bench: Input<BenchReport>,
    pub ram: Input<RamReport>,
    pub size: Input<SizeReport>,
    pub coverage: Input<BTreeMap<String, CoverageTarget>>,
    pub fuzz: Input<FuzzReport>,
}

const MISSING: &str = "not measured in this run";

/// Reads the inputs from `dir` (normally `target/figures`); `size.json`
/// also from `target/size.json`, where `cargo xtask size` writes it.
pub fn load(root: &Path, dir: &Path) -> Figures {
    let size_path = [dir.join("size.json"), root.join("target/size.json")]
        .into_iter()
        .find(|p| p.exists())
        .unwrap_or_else(|| dir.join("size.json"));
    let size = read_json::<SizeReport>(&size_path).map(|mut s| {
        for img in &mut s.images {
            if img.modules.is_empty() {
                if let Some(elf) = find_elf(root, img) {
                    img.modules = elf_modules::breakdown(&elf).unwrap_or_default();
                    img.elf = Some(elf);
                }
            }
        }
        s
    });
    Figures {
        bench: read_json(&dir.join("bench.json")),
        ram: read_json::<RamReport>(&dir.join("ram.json")).map(RamReport::fold),
        size,
        coverage: read_coverage(dir),
        fuzz: read_json(&dir.join("fuzz.json")),
    }
}

fn read_json<T: DeserializeOwned>(path: &Path) -> Input<T> {
    let text = match fs::read_to_string(path) {
        Ok(t) => t,
        Err(_) => return Err(MISSING.into()),
    };
    serde_json::from_str(&text).map_err(|e| {
        eprintln!("dashboard: {}: {e}", path.display());
        format!("{MISSING} ({} is not readable: {e})", file_name(path))
    })
}

fn file_name(p: &Path) -> String {
    p.file_name()
        .map_or(String::new(), |n| n.to_string_lossy().into_owned())
}

/// `coverage.json`, or else every `cov-<target>.lcov` (what `cargo xtask
/// cov` writes: `cov-host.lcov`, `cov-qemu-a.lcov`, …; `coverage-<target>`
/// is read alike).
fn read_coverage(dir: &Path) -> Input<BTreeMap<String, CoverageTarget>> {
    let json = dir.join("coverage.json");
    if json.exists() {
        return read_json(&json);
    }
    let mut out = BTreeMap::new();
    let entries = fs::read_dir(dir).map_err(|_| MISSING.to_string())?;
    for e in entries.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(target) = name
            .strip_prefix("coverage-")
            .or_else(|| name.strip_prefix("cov-"))
            .and_then(|n| n.strip_suffix(".lcov"))
        else {
            continue;
        };
        if let Ok(text) = fs::read_to_string(e.path()) {
            out.insert(target.to_string(), lcov::parse(&text, &root_prefix()));
        }
    }
    if out.is_empty() {
        Err(MISSING.into())
    } else {
        Ok(out)
    }
}

/// Absolute paths in LCOV files are shown relative to the workspace.
fn root_prefix() -> String {
    format!("{}/", crate::run::root().display())
}

/// The firmware ELF of a size image: where the image says, else where
/// `cargo xtask qemu` keeps it.
fn find_elf(root: &Path, img: &SizeImage) -> Option<PathBuf> {
    if let Some(p) = &img.elf {
        return Some(root.join(p)).filter(|p| p.exists());
    }
    let name = format!("mupy-qemu-{}.elf", img.repr);
    let mut dirs = vec![root.join("target/qemu")];
    if let Some(d) = std::env::var_os("CARGO_TARGET_DIR") {
        dirs.insert(0, root.join(d));
    }
    dirs.into_iter().map(|d| d.join(&name)).find(|p| p.exists())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_first_ram_figures_fold_into_objects() {
        let text = r#"{"repr": {"a": {"instance with 2 attributes": 32, "list of 1000 small ints": 4016,
                       "something new": 8}, "d": {"list of 1000 small ints": 8016}}}"#;
        let ram = serde_json::from_str::<RamReport>(text).unwrap().fold();
        assert_eq!(ram.objects["instance_2_attrs"]["a"], 32);
        assert_eq!(ram.objects["list_1000_ints"]["d"], 8016);
        assert_eq!(ram.objects["something new"]["a"], 8);
        assert!(ram.repr.is_empty());
    }
}
