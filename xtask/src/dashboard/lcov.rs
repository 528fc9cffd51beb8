//! LCOV tracefiles (what `cargo llvm-cov --lcov` and `llvm-cov export
//! -format=lcov` write) turned into per-file line coverage.
//!
//! Only three record kinds matter: `SF:<path>` opens a file, `DA:<line>,
//! <count>[,<checksum>]` gives one line's hit count, `end_of_record` closes
//! the file. A line listed twice (several functions instantiated on it)
//! counts as covered when any entry was hit.

use super::inputs::{CoverageTarget, FileCoverage};
use std::collections::BTreeMap;

pub fn parse(text: &str, strip_prefix: &str) -> CoverageTarget {
    let mut files: BTreeMap<String, BTreeMap<u64, bool>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let line = line.trim();
        if let Some(path) = line.strip_prefix("SF:") {
            let path = path.strip_prefix(strip_prefix).unwrap_or(path).to_string();
            files.entry(path.clone()).or_default();
            current = Some(path);
        } else if let Some(da) = line.strip_prefix("DA:") {
            let mut parts = da.split(',');
            let (Some(n), Some(count)) = (parts.next(), parts.next()) else {
                continue;
            };
            let (Ok(n), Some(file)) = (n.parse::<u64>(), current.as_ref()) else {
                continue;
            };
            // Counts may be written as floats or be huge; any non-zero hit.
            let hit = count.trim() != "0";
            let lines = files.entry(file.clone()).or_default();
            let seen = lines.entry(n).or_insert(false);
            *seen |= hit;
        } else if line == "end_of_record" {
            current = None;
        }
    }
    CoverageTarget {
        files: files
            .into_iter()
            .filter(|(_, lines)| !lines.is_empty())
            .map(|(path, lines)| file_coverage(path, &lines))
            .collect(),
    }
}

fn file_coverage(path: String, lines: &BTreeMap<u64, bool>) -> FileCoverage {
    // A range runs over consecutive instrumented lines, so the blank and
    // comment lines inside an unexecuted block do not split it.
    let mut uncovered: Vec<[u64; 2]> = Vec::new();
    let mut previous_missed = false;
    for (&n, &hit) in lines {
        match uncovered.last_mut() {
            Some(r) if !hit && previous_missed => r[1] = n,
            _ if !hit => uncovered.push([n, n]),
            _ => {}
        }
        previous_missed = !hit;
    }
    FileCoverage {
        path,
        lines: lines.len() as u64,
        covered: lines.values().filter(|h| **h).count() as u64,
        uncovered,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_ranges_and_duplicates() {
        let text = "TN:\nSF:/w/src/a.rs\nFN:1,f\nDA:1,5\nDA:2,0\nDA:3,0\nDA:5,0\nDA:5,2\nDA:7,0\n\
                    end_of_record\nSF:/w/src/b.rs\nDA:1,0\nend_of_record\n";
        let t = parse(text, "/w/");
        assert_eq!(t.files.len(), 2);
        let a = &t.files[0];
        assert_eq!(a.path, "src/a.rs");
        assert_eq!((a.lines, a.covered), (5, 2));
        assert_eq!(a.uncovered, vec![[2, 3], [7, 7]]);
        let gaps = parse("SF:c\nDA:1,0\nDA:4,0\nDA:6,1\nDA:9,0\n", "");
        assert_eq!(gaps.files[0].uncovered, vec![[1, 4], [9, 9]]);
        assert_eq!(t.files[1].covered, 0);
        assert_eq!(t.totals(), (6, 2));
    }

    #[test]
    fn garbage_is_ignored() {
        let t = parse("DA:1,1\nSF:x\nDA:zz,1\nDA:4\n", "");
        assert!(t.files.is_empty());
    }
}
