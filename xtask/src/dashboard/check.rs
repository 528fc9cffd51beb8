//! `cargo xtask dashboard --check`: loads every page in headless Chromium,
//! as a reader's browser would, from the file system.
//!
//! For each page: `--dump-dom` must return the whole document (the closing
//! `</html>`), and every `<svg class="chart">` in it must say it has data
//! (`data-points` above 0) and hold at least one data mark (a `rect`,
//! `path` or `circle` with `class="mark"`); then `--screenshot` saves
//! `target/dashboard-shots/<page>.png`, tall enough for the page (its
//! height is estimated from the charts and tables it holds, since no
//! script runs to measure it). The overview is shot at 1280×1600 beside
//! the pages, as `index.png`, the picture the README shows. Chromium is
//! the Debian package, installed with apt-get when missing and running as
//! root.

use crate::run::Result;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const FLAGS: [&str; 5] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--hide-scrollbars",
];
const WIDTH: u32 = 1280;
/// The README's picture of the overview: its first screen and a half.
const INDEX_HEIGHT: u32 = 1600;
/// A page load of a local file takes a second; this is a hang.
const TIMEOUT: Duration = Duration::from_secs(90);

pub fn run(pages: &[PathBuf], shots: &Path) -> Result {
    let browser = chromium()?;
    fs::create_dir_all(shots).map_err(|e| format!("{}: {e}", shots.display()))?;
    let profile =
        std::env::temp_dir().join(format!("mupy-dashboard-chromium-{}", std::process::id()));
    let mut problems = Vec::new();
    for page in pages {
        let name = page
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("page")
            .to_string();
        let url = format!(
            "file://{}",
            fs::canonicalize(page).unwrap_or(page.clone()).display()
        );
        let profile_flag = format!("--user-data-dir={}", profile.display());
        let dom = browse(&browser, &[&profile_flag, "--dump-dom", &url])?;
        let found = match check_dom(&dom) {
            Ok(charts) => charts,
            Err(e) => {
                problems.push(format!("{name}: {e}"));
                continue;
            }
        };
        let (shot, height) = if name == "index" {
            (page.with_extension("png"), INDEX_HEIGHT)
        } else {
            (shots.join(format!("{name}.png")), estimate_height(&dom))
        };
        let _ = fs::remove_file(&shot);
        let size = format!("--window-size={WIDTH},{height}");
        let shot_flag = format!("--screenshot={}", shot.display());
        browse(&browser, &[&profile_flag, &size, &shot_flag, &url])?;
        if !shot.exists() {
            problems.push(format!("{name}: no screenshot written"));
            continue;
        }
        eprintln!(
            "  {name}: loaded, {found} charts with data, {}",
            shot.display()
        );
    }
    let _ = fs::remove_dir_all(&profile);
    if problems.is_empty() {
        eprintln!("dashboard check: {} pages OK", pages.len());
        Ok(())
    } else {
        Err(format!(
            "dashboard check failed:\n  {}",
            problems.join("\n  ")
        ))
    }
}

/// Every chart in a page's DOM has data; the number of charts.
pub fn check_dom(dom: &str) -> std::result::Result<usize, String> {
    if !dom.contains("</html>") || !dom.contains("<main>") {
        return Err("the page did not load".into());
    }
    let mut count = 0;
    let mut rest = dom;
    while let Some(start) = rest.find("<svg class=\"chart") {
        let after = &rest[start..];
        let end = after.find("</svg>").ok_or("a chart is not closed")?;
        let svg = &after[..end];
        count += 1;
        let points = svg
            .split("data-points=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .and_then(|n| n.parse::<u64>().ok())
            .unwrap_or(0);
        let has_mark = points > 0
            && [
                "<rect class=\"mark\"",
                "<path class=\"mark\"",
                "<circle class=\"mark\"",
            ]
            .iter()
            .any(|m| svg.contains(m));
        if !has_mark {
            let label = svg
                .split("aria-label=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or("?");
            return Err(format!("chart {count} ({label}) has no data mark"));
        }
        rest = &after[end..];
    }
    Ok(count)
}

/// The page's height in pixels, from what it holds.
fn estimate_height(dom: &str) -> u32 {
    let svg_heights: u32 = dom
        .split("<svg class=\"chart\"")
        .skip(1)
        .filter_map(|s| {
            s.split("height=\"")
                .nth(1)?
                .split('"')
                .next()?
                .parse::<u32>()
                .ok()
        })
        .sum();
    let rows = dom.matches("<tr>").count() as u32;
    let tall_rows = dom.matches("<br><small>").count() as u32 / 3;
    let sections = dom.matches("<section>").count() as u32;
    let paragraphs = dom.matches("<p ").count() as u32 + dom.matches("<p>").count() as u32;
    let areas = dom.matches("class=\"area\"").count() as u32;
    let estimate = 400
        + svg_heights
        + 33 * rows
        + 18 * tall_rows
        + 90 * sections
        + 36 * paragraphs
        + 95 * areas;
    estimate.clamp(600, 12_000)
}

/// The Chromium binary, installed when missing and we may.
fn chromium() -> Result<PathBuf> {
    let find = || {
        let path = std::env::var_os("PATH")?;
        std::env::split_paths(&path)
            .flat_map(|d| [d.join("chromium"), d.join("chromium-browser")])
            .find(|p| p.is_file())
    };
    if let Some(p) = find() {
        return Ok(p);
    }
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root {
        return Err("dashboard --check needs chromium (apt-get install chromium)".into());
    }
    // As qemu::ensure_qemu: a fresh machine's package lists may be empty
    // or stale, so update them first.
    eprintln!("$ apt-get update && apt-get install -y --no-install-recommends chromium");
    let status = Command::new("sh")
        .args([
            "-c",
            "apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium",
        ])
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .map_err(|e| format!("apt-get: {e}"))?;
    if !status.success() {
        return Err("installing chromium failed".into());
    }
    find().ok_or_else(|| "chromium installed but not on PATH".into())
}

/// Runs Chromium with the common flags; its stdout.
fn browse(browser: &Path, args: &[&str]) -> Result<String> {
    let out_path = std::env::temp_dir().join(format!("mupy-dashboard-{}.out", std::process::id()));
    let out_file = fs::File::create(&out_path).map_err(|e| e.to_string())?;
    let mut child = Command::new(browser)
        .args(FLAGS)
        .args(args)
        .stdin(Stdio::null())
        .stdout(out_file)
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("{}: {e}", browser.display()))?;
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "chromium timed out on {}",
                    args.last().unwrap_or(&"")
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(50)),
            Err(e) => return Err(e.to_string()),
        }
    }
    let text = fs::read_to_string(&out_path).unwrap_or_default();
    let _ = fs::remove_file(&out_path);
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::check_dom;

    #[test]
    fn a_chart_without_marks_fails() {
        let ok = "<html><main><svg class=\"chart\" data-points=\"1\" aria-label=\"x\"><rect class=\"mark\"/></svg></main></html>";
        assert_eq!(check_dom(ok), Ok(1));
        let empty =
            "<html><main><svg class=\"chart\" data-points=\"1\" aria-label=\"bytes\"><rect/></svg></main></html>";
        assert!(check_dom(empty).unwrap_err().contains("bytes"));
        let no_points = "<html><main><svg class=\"chart\" data-points=\"0\" aria-label=\"x\"><rect class=\"mark\"/></svg></main></html>";
        assert!(check_dom(no_points).is_err());
        assert!(check_dom("<html><main>").is_err());
    }
}
