//! The fuzzing campaign record, `docs/dashboard/data/fuzz-campaign.json`:
//! committed, and added to by every `cargo xtask fuzz` run, so a campaign
//! can be split over many runs (each resumes from the saved corpus) and
//! its totals still count against the goals.
//!
//! ```text
//! {targets: [{name, goal, executions, seconds, coverage?, features?, corpus?,
//!             crashes_found, crashes_fixed, open}],
//!  runs:    [{date, commit, target, executions, seconds, coverage?, crashes}]}
//! ```
//!
//! `executions` and `seconds` are sums over the runs; `coverage`,
//! `features` and `corpus` are the latest run's (libFuzzer resumes from the
//! corpus, so the last figure is the campaign's). `crashes_found` sums the
//! crashes of every run, never below `crashes_fixed` (the regression
//! programs recorded for the target); `open` is the crashes of the target's
//! latest run, which stay open until a run of that target is clean.

use crate::run::{root, Result};
use serde::{Deserialize, Serialize};
use std::fs;
use std::path::PathBuf;

/// Executions each target must reach (issue 9): the front end, the
/// representations and the GC ten million, the VM targets one million.
pub const GOALS: [(&str, u64); 10] = [
    ("lex", 10_000_000),
    ("parse", 10_000_000),
    ("compile", 10_000_000),
    ("run_a", 1_000_000),
    ("run_c", 1_000_000),
    ("run_d", 1_000_000),
    ("differential", 1_000_000),
    ("gc_ops", 10_000_000),
    ("reprs", 10_000_000),
    ("mpy_load", 10_000_000),
];

#[derive(Serialize, Deserialize, Default, Debug, Clone)]
pub struct CampaignTarget {
    pub name: String,
    pub goal: u64,
    pub executions: u64,
    pub seconds: f64,
    #[serde(default)]
    pub coverage: Option<u64>,
    #[serde(default)]
    pub features: Option<u64>,
    #[serde(default)]
    pub corpus: Option<u64>,
    pub crashes_found: u64,
    pub crashes_fixed: u64,
    pub open: u64,
}

#[derive(Serialize, Deserialize, Default, Debug, Clone)]
pub struct CampaignRun {
    pub date: String,
    pub commit: String,
    pub target: String,
    pub executions: u64,
    pub seconds: f64,
    #[serde(default)]
    pub coverage: Option<u64>,
    pub crashes: u64,
}

#[derive(Serialize, Deserialize, Default, Debug)]
pub struct Campaign {
    pub targets: Vec<CampaignTarget>,
    pub runs: Vec<CampaignRun>,
}

/// One finished libFuzzer run, as `fuzz.rs` measured it.
pub struct RunFigures<'a> {
    pub target: &'a str,
    pub executions: u64,
    pub seconds: f64,
    pub coverage: Option<u64>,
    pub features: Option<u64>,
    pub corpus: Option<u64>,
    pub crashes: u64,
    pub crashes_fixed: u64,
}

pub fn path() -> PathBuf {
    root().join("docs/dashboard/data/fuzz-campaign.json")
}

/// The record, empty when there is none yet.
pub fn load() -> Result<Campaign> {
    let p = path();
    match fs::read_to_string(&p) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display())),
        Err(_) => Ok(Campaign::default()),
    }
}

fn goal(target: &str) -> u64 {
    GOALS
        .iter()
        .find(|(t, _)| *t == target)
        .map_or(0, |(_, g)| *g)
}

/// Adds one run to the record and rewrites it.
pub fn add(run: &RunFigures) -> Result {
    let mut c = load()?;
    c.runs.push(CampaignRun {
        date: crate::dashboard::history::utc_now(),
        commit: crate::dashboard::history::git_commit(),
        target: run.target.to_string(),
        executions: run.executions,
        seconds: (run.seconds * 10.0).round() / 10.0,
        coverage: run.coverage,
        crashes: run.crashes,
    });
    let i = match c.targets.iter().position(|t| t.name == run.target) {
        Some(i) => i,
        None => {
            c.targets.push(CampaignTarget {
                name: run.target.to_string(),
                ..Default::default()
            });
            c.targets.sort_by_key(|t| {
                GOALS
                    .iter()
                    .position(|(g, _)| *g == t.name)
                    .unwrap_or(usize::MAX)
            });
            c.targets.iter().position(|t| t.name == run.target).unwrap()
        }
    };
    let t = &mut c.targets[i];
    t.goal = goal(run.target);
    t.executions += run.executions;
    t.seconds = ((t.seconds + run.seconds) * 10.0).round() / 10.0;
    t.coverage = run.coverage.or(t.coverage);
    t.features = run.features.or(t.features);
    t.corpus = run.corpus.or(t.corpus);
    t.crashes_fixed = run.crashes_fixed;
    t.crashes_found = (t.crashes_found + run.crashes).max(t.crashes_fixed);
    t.open = run.crashes;
    save(&c)
}

fn save(c: &Campaign) -> Result {
    let p = path();
    if let Some(dir) = p.parent() {
        fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    let json = serde_json::to_string_pretty(c).map_err(|e| e.to_string())?;
    fs::write(&p, json + "\n").map_err(|e| format!("{}: {e}", p.display()))
}

/// One line per target: executions against the goal.
pub fn summary() -> Result<String> {
    let c = load()?;
    let mut s = String::new();
    for (name, goal) in GOALS {
        let done = c
            .targets
            .iter()
            .find(|t| t.name == name)
            .map_or(0, |t| t.executions);
        s += &format!(
            "  {name:<13} {done:>12} / {goal:>10}  {:>5.1} %{}\n",
            done as f64 * 100.0 / goal as f64,
            if done >= goal { "  reached" } else { "" }
        );
    }
    Ok(s)
}
