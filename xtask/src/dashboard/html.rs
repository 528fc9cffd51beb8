//! The page shell (navigation, one inline style sheet, no script), HTML
//! escaping, number formats and the colours that name each implementation
//! the same way on every page.

use std::fmt::Write as _;

/// The pages, in navigation order: file stem and title.
pub const PAGES: [(&str, &str); 6] = [
    ("index", "Overview"),
    ("ram", "RAM"),
    ("rom", "ROM"),
    ("coverage", "Coverage"),
    ("perf", "Performance"),
    ("fuzz", "Fuzzing"),
];

const STYLE: &str = "
body{margin:0;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;color:#1f2328;background:#f6f8fa}
nav{background:#24292f;padding:0 24px;display:flex;gap:4px;align-items:center}
nav b{color:#fff;margin-right:20px;font-size:17px}
nav a{color:#d0d7de;text-decoration:none;padding:12px 12px;display:inline-block}
nav a.on{color:#fff;border-bottom:3px solid #f28e2b}
main{max-width:1120px;margin:0 auto;padding:8px 24px 40px}
h1{font-size:24px;margin:20px 0 4px}h2{font-size:18px;margin:28px 0 8px}
.sub{color:#57606a;margin:0 0 12px}
section{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:4px 20px 16px;margin:16px 0}
table{border-collapse:collapse;margin:8px 0;font-variant-numeric:tabular-nums}
th,td{padding:4px 10px;border-bottom:1px solid #eaeef2;text-align:right}
th{background:#f6f8fa;font-weight:600}
th:first-child,td:first-child{text-align:left}
td.good{color:#1a7f37}td.bad{color:#cf222e}td.na{color:#8c959f}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-left:6px;vertical-align:middle}
.dot.good{background:#2da44e}.dot.bad{background:#cf222e}
.missing{color:#8c959f;font-style:italic;padding:8px 0}
.summary td{font-size:16px}
.area{display:grid;grid-template-columns:130px 1fr 170px;gap:16px;align-items:center;border-bottom:1px solid #eaeef2;padding:10px 0}
.area a{font-weight:600;font-size:16px;color:#0969da;text-decoration:none}
details{margin:2px 0}summary{cursor:pointer}
code{background:#eff1f3;padding:1px 4px;border-radius:4px;font-size:13px}
svg.chart{display:block;margin:8px 0}
footer{color:#8c959f;font-size:13px;margin-top:24px}
";

/// A whole page: navigation with `active` marked, then `body`.
pub fn page(active: &str, title: &str, subtitle: &str, body: &str, stamp: &str) -> String {
    let mut nav = String::from("<nav><b>mupy</b>");
    for (stem, name) in PAGES {
        let on = if stem == active { " class=\"on\"" } else { "" };
        let _ = write!(nav, "<a href=\"{stem}.html\"{on}>{name}</a>");
    }
    nav.push_str("</nav>");
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>mupy · {t}</title><style>{STYLE}</style></head><body>{nav}<main>\
         <h1>{t}</h1><p class=\"sub\">{s}</p>{body}<footer>{stamp}</footer></main></body></html>\n",
        t = esc(title),
        s = subtitle,
    )
}

/// A titled card.
pub fn section(title: &str, body: &str) -> String {
    format!("<section><h2>{}</h2>{body}</section>", esc(title))
}

/// The placeholder of a figure that no producer measured.
pub fn missing(why: &str) -> String {
    format!("<p class=\"missing\">{}</p>", esc(why))
}

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A table: header cells, then rows of cells already rendered as `<td…>`.
pub fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut s = String::from("<table><tr>");
    for h in header {
        let _ = write!(s, "<th>{}</th>", esc(h));
    }
    s.push_str("</tr>");
    for r in rows {
        s.push_str("<tr>");
        for c in r {
            s.push_str(c);
        }
        s.push_str("</tr>");
    }
    s.push_str("</table>");
    s
}

/// A plain cell.
pub fn td(text: &str) -> String {
    format!("<td>{}</td>", esc(text))
}

/// A cell with a class (`good`, `bad`, `na`).
pub fn td_class(class: &str, text: &str) -> String {
    format!("<td class=\"{class}\">{}</td>", esc(text))
}

/// A cell showing "not measured".
pub fn td_na() -> String {
    td_class("na", "–")
}

/// Bytes with thousands separated by a thin space.
pub fn bytes(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{2009}');
        }
        out.push(c);
    }
    out
}

/// Seconds with three significant-ish digits, in ms below one second.
pub fn seconds(s: f64) -> String {
    if s < 1.0 {
        format!("{:.1} ms", s * 1000.0)
    } else {
        format!("{s:.2} s")
    }
}

pub fn ratio(r: f64) -> String {
    format!("{r:.2}×")
}

/// The colour of an implementation or representation, stable everywhere.
pub fn colour(name: &str) -> &'static str {
    match name.trim_start_matches("mupy-").trim_start_matches("qemu-") {
        "a" => "#4e79a7",
        "c" => "#f28e2b",
        "d" => "#59a14f",
        "cpython" => "#b07aa1",
        "micropython" => "#9c755f",
        "host" => "#76b7b2",
        _ => "#bab0ac",
    }
}

/// How an implementation is named on the pages.
pub fn display_name(name: &str) -> String {
    match name {
        "cpython" => "CPython".into(),
        "micropython" => "MicroPython".into(),
        n => match n.strip_prefix("mupy-") {
            Some(r) => format!("mupy {}", r.to_uppercase()),
            None if n.len() == 1 => format!("repr {}", n.to_uppercase()),
            None => n.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_and_numbers() {
        assert_eq!(
            esc("<a href=\"x\">&</a>"),
            "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(bytes(4016), "4\u{2009}016");
        assert_eq!(bytes(123), "123");
        assert_eq!(bytes(1_234_567), "1\u{2009}234\u{2009}567");
        assert_eq!(seconds(0.0315), "31.5 ms");
        assert_eq!(display_name("mupy-c"), "mupy C");
    }
}
