//! Replays every program in `tests/fuzz_regressions/` (what the fuzz
//! targets found, minimised) on A, C and D under the fuzz harness's limits,
//! and compares with CPython's outcome recorded beside it (`NAME.exp`:
//! stdout, then `-- ok` or `-- <ExceptionType>`). Each program also runs
//! twice on one VM (the second time in a fresh `__main__`, as the fuzz
//! targets' follow-up program runs), so a VM a crash input left damaged
//! shows up too.

#[path = "../fuzz/src/harness.rs"]
#[allow(dead_code)]
mod harness;

use harness::{Limits, Outcome, Session};
use mupy_reprs::{Repr, A, C, D};
use std::path::{Path, PathBuf};

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz_regressions");
    let mut v: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_regressions exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        // Regressions start with `# fuzz:` (the directory also holds its
        // `expect.py`).
        .filter(|p| std::fs::read_to_string(p).is_ok_and(|s| s.starts_with("# fuzz:")))
        .collect();
    v.sort();
    v
}

fn rendered(o: &Outcome) -> String {
    let end = if o.exception.is_none() {
        "ok"
    } else {
        o.exc_type()
    };
    format!("{}-- {end}\n", o.stdout)
}

fn replay<R: Repr>(path: &Path) -> Vec<String> {
    let src = std::fs::read_to_string(path).unwrap();
    let exp = std::fs::read_to_string(path.with_extension("exp"))
        .unwrap_or_else(|_| panic!("{} has no .exp", path.display()));
    let mut s = Session::<R>::new(Limits::default()).expect("VM starts");
    let mut failures = Vec::new();
    for round in 1..=2 {
        if round == 2 {
            s.fresh_main();
        }
        let got = rendered(&s.run(&src));
        if got != exp {
            failures.push(format!(
                "{} on {} (run {round}):\n--- expected\n{exp}--- got\n{got}",
                path.display(),
                R::NAME
            ));
        }
    }
    failures
}

#[test]
fn fuzz_regressions_match_cpython_on_every_representation() {
    let mut failures = Vec::new();
    let all = programs();
    assert!(!all.is_empty());
    for p in &all {
        failures.extend(replay::<A>(p));
        failures.extend(replay::<C>(p));
        failures.extend(replay::<D>(p));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
