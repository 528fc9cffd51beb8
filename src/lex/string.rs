//! String and bytes literals: finding where one ends, decoding escapes, and
//! splitting an f-string into a `str.format` template plus its expressions.
//!
//! f-strings are rewritten as MicroPython does: `f'a{x!r:>{w}}b'` becomes the
//! template `'a{!r:>{}}b'` and the expressions `x`, `w`, which the lexer then
//! emits as `'a{!r:>{}}b'.format((x), (w))`. The self-documenting form
//! `{x=}` puts the expression's text in the template (`'x={!r}'`).

use alloc::string::String;
use alloc::vec::Vec;

/// A literal located in the source: where its body is, and how to read it.
#[derive(Clone, Copy, Debug)]
pub struct Literal {
    pub bytes: bool,
    pub raw: bool,
    pub f: bool,
    /// Byte range of the body (between the quotes) in the source.
    pub body: (usize, usize),
    /// Byte offset just past the closing quote.
    pub end: usize,
}

/// Why a literal was rejected: message and, for unterminated literals,
/// whether more input could complete it.
pub struct StrError {
    pub msg: String,
    pub incomplete: bool,
    /// Byte offset the error refers to.
    pub at: usize,
}

fn err(msg: &str, at: usize) -> StrError {
    StrError {
        msg: String::from(msg),
        incomplete: false,
        at,
    }
}

/// The prefix flags `(bytes, raw, f)` if `p` is a valid string prefix.
pub fn prefix(p: &str) -> Option<(bool, bool, bool)> {
    if p.len() > 2 {
        return None;
    }
    let (mut b, mut r, mut f, mut u) = (false, false, false, false);
    for c in p.chars() {
        let flag = match c.to_ascii_lowercase() {
            'b' => &mut b,
            'r' => &mut r,
            'f' => &mut f,
            'u' => &mut u,
            _ => return None,
        };
        if *flag {
            return None;
        }
        *flag = true;
    }
    if (u && p.len() > 1) || (b && f) {
        return None;
    }
    Some((b, r, f))
}

/// Finds the end of the literal whose opening quote is at `q`.
/// `line` is the line of the quote, for the CPython-style message.
pub fn scan(
    src: &str,
    q: usize,
    flags: (bool, bool, bool),
    line: u32,
) -> Result<Literal, StrError> {
    let s = src.as_bytes();
    let quote = s[q];
    let triple = s.len() >= q + 3 && s[q + 1] == quote && s[q + 2] == quote;
    let start = if triple { q + 3 } else { q + 1 };
    let mut i = start;
    let mut lines = 0u32;
    while i < s.len() {
        let c = s[i];
        if c == b'\\' && i + 1 < s.len() {
            if s[i + 1] == b'\n' {
                lines += 1;
            }
            i += 2;
            continue;
        }
        if c == quote {
            if !triple {
                return Ok(lit(flags, (start, i), i + 1));
            }
            if s.len() >= i + 3 && s[i + 1] == quote && s[i + 2] == quote {
                return Ok(lit(flags, (start, i), i + 3));
            }
        }
        if c == b'\n' {
            if !triple {
                let mut e = err("", q);
                e.msg = alloc::format!("unterminated string literal (detected at line {line})");
                return Err(e);
            }
            lines += 1;
        }
        i += 1;
    }
    let mut e = err("", q);
    if triple {
        e.msg = alloc::format!(
            "unterminated triple-quoted string literal (detected at line {})",
            line + lines
        );
        e.incomplete = true;
    } else {
        e.msg = alloc::format!("unterminated string literal (detected at line {line})");
        // A backslash-newline at the very end continues the string on the next line.
        e.incomplete = s.ends_with(b"\\\n") || s.ends_with(b"\\");
    }
    Err(e)
}

fn lit(flags: (bool, bool, bool), body: (usize, usize), end: usize) -> Literal {
    Literal {
        bytes: flags.0,
        raw: flags.1,
        f: flags.2,
        body,
        end,
    }
}

/// Decodes the escapes of a str literal body. `at` is the body's source offset.
pub fn decode_str(body: &str, raw: bool, at: usize) -> Result<String, StrError> {
    let mut out = String::with_capacity(body.len());
    if raw {
        out.push_str(body);
        return Ok(out);
    }
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let simple = match e {
            '\n' => None,
            '\\' => Some('\\'),
            '\'' => Some('\''),
            '"' => Some('"'),
            'a' => Some('\x07'),
            'b' => Some('\x08'),
            'f' => Some('\x0c'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            'v' => Some('\x0b'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + (d as u32 - '0' as u32);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                Some(char::from_u32(v).unwrap_or('\u{fffd}'))
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let v = hex_digits(&mut chars, n).ok_or_else(|| {
                    let what = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    let mut x = err("", at + i);
                    x.msg = alloc::format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes: {what}"
                    );
                    x
                })?;
                match char::from_u32(v) {
                    Some(c) => Some(c),
                    None => {
                        return Err(err(
                            "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character",
                            at + i,
                        ))
                    }
                }
            }
            'N' => {
                let mut e = err("", at + i);
                e.msg = String::from("(unicode error) \\N{...} escapes are not supported");
                return Err(e);
            }
            other => {
                // Unknown escapes stay as written (CPython warns, then does the same).
                out.push('\\');
                Some(other)
            }
        };
        if let Some(c) = simple {
            out.push(c);
        }
    }
    Ok(out)
}

fn hex_digits(
    chars: &mut core::iter::Peekable<core::str::CharIndices<'_>>,
    n: usize,
) -> Option<u32> {
    let mut v = 0u32;
    for _ in 0..n {
        let (_, c) = chars.next()?;
        v = v * 16 + c.to_digit(16)?;
    }
    Some(v)
}

/// Decodes a bytes literal body.
pub fn decode_bytes(body: &str, raw: bool, at: usize) -> Result<Vec<u8>, StrError> {
    if let Some(i) = body.bytes().position(|b| b >= 0x80) {
        return Err(err(
            "bytes can only contain ASCII literal characters",
            at + i,
        ));
    }
    let s = body.as_bytes();
    let mut out = Vec::with_capacity(s.len());
    if raw {
        out.extend_from_slice(s);
        return Ok(out);
    }
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c != b'\\' || i >= s.len() {
            out.push(c);
            continue;
        }
        let e = s[i];
        i += 1;
        match e {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    if i < s.len() && (b'0'..=b'7').contains(&s[i]) {
                        v = v * 8 + (s[i] - b'0') as u32;
                        i += 1;
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (
                    s.get(i).and_then(|&b| hex(b)),
                    s.get(i + 1).and_then(|&b| hex(b)),
                ) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => return Err(err("(value error) invalid \\x escape", at + i - 2)),
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// One `{...}` expression of an f-string: its byte range in the source.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FExpr {
    pub start: usize,
    pub end: usize,
}

/// Splits an f-string body (at source offset `at`) into a format template
/// (appended to `template`) and its expressions (appended to `exprs`).
pub fn split_fstring(
    body: &str,
    raw: bool,
    at: usize,
    template: &mut String,
    exprs: &mut Vec<FExpr>,
) -> Result<(), StrError> {
    let s = body.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    while i < s.len() {
        match s[i] {
            b'{' | b'}' if s.get(i + 1) == Some(&s[i]) => {
                push_literal(&body[lit_start..i], raw, at + lit_start, template)?;
                template.push_str(if s[i] == b'{' { "{{" } else { "}}" });
                i += 2;
                lit_start = i;
            }
            b'}' => return Err(err("f-string: single '}' is not allowed", at + i)),
            b'{' => {
                push_literal(&body[lit_start..i], raw, at + lit_start, template)?;
                i = field(body, i + 1, at, template, exprs)?;
                lit_start = i;
            }
            b'\\' if !raw => i += 2,
            _ => i += 1,
        }
    }
    push_literal(&body[lit_start..], raw, at + lit_start, template)
}

fn push_literal(text: &str, raw: bool, at: usize, template: &mut String) -> Result<(), StrError> {
    let decoded = decode_str(text, raw, at)?;
    push_escaped_braces(&decoded, template);
    Ok(())
}

/// Appends `text` with braces doubled, so `str.format` prints them verbatim.
pub fn push_escaped_braces(text: &str, out: &mut String) {
    for c in text.chars() {
        out.push(c);
        if c == '{' || c == '}' {
            out.push(c);
        }
    }
}

/// Parses one replacement field whose expression starts at `i` (just after
/// `{`); returns the offset just past its closing `}`.
fn field(
    body: &str,
    i: usize,
    at: usize,
    template: &mut String,
    exprs: &mut Vec<FExpr>,
) -> Result<usize, StrError> {
    let s = body.as_bytes();
    let end = expr_end(s, i, at)?;
    if body[i..end].trim().is_empty() {
        return Err(err("f-string: empty expression not allowed", at + i));
    }
    exprs.push(FExpr {
        start: at + i,
        end: at + end,
    });
    let mut j = end;
    let mut self_doc = false;
    if s.get(j) == Some(&b'=') {
        self_doc = true;
        j += 1;
        while j < s.len() && s[j] == b' ' {
            j += 1;
        }
        push_escaped_braces(&body[i..j], template);
    }
    template.push('{');
    let mut conv = false;
    if s.get(j) == Some(&b'!') {
        match s.get(j + 1) {
            Some(&c @ (b'r' | b's' | b'a')) => {
                template.push('!');
                template.push(c as char);
                conv = true;
                j += 2;
            }
            _ => {
                return Err(err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    at + j,
                ))
            }
        }
    }
    let mut spec = false;
    if s.get(j) == Some(&b':') {
        spec = true;
        template.push(':');
        j += 1;
        // The spec is literal text with nested `{expr}` fields (one level).
        while j < s.len() && s[j] != b'}' {
            if s[j] == b'{' {
                let e = expr_end(s, j + 1, at)?;
                if s.get(e) != Some(&b'}') {
                    return Err(err("f-string: expecting '}'", at + e));
                }
                if body[j + 1..e].trim().is_empty() {
                    return Err(err("f-string: empty expression not allowed", at + j));
                }
                exprs.push(FExpr {
                    start: at + j + 1,
                    end: at + e,
                });
                template.push_str("{}");
                j = e + 1;
            } else {
                let c = body[j..].chars().next().unwrap_or(' ');
                template.push(c);
                j += c.len_utf8();
            }
        }
    }
    if self_doc && !conv && !spec {
        template.push_str("!r");
    }
    if s.get(j) != Some(&b'}') {
        return Err(err("f-string: expecting '}'", at + j));
    }
    template.push('}');
    Ok(j + 1)
}

/// Where the expression starting at `i` ends: at depth 0, before `}`, `:`,
/// `!` (not `!=`) or a self-documenting `=` (not `==`, `<=`, ...).
fn expr_end(s: &[u8], mut i: usize, at: usize) -> Result<usize, StrError> {
    let mut depth = 0u32;
    while i < s.len() {
        let c = s[i];
        match c {
            b'\'' | b'"' => {
                let close = s[i + 1..].iter().position(|&d| d == c);
                match close {
                    Some(k) => i += k + 2,
                    None => return Err(err("f-string: unterminated string", at + i)),
                }
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' if depth > 0 => depth -= 1,
            b'}' | b':' if depth == 0 => return Ok(i),
            b'!' if depth == 0 && s.get(i + 1) != Some(&b'=') => return Ok(i),
            b'=' if depth == 0 => {
                let prev = if i > 0 { s[i - 1] } else { 0 };
                let next = s.get(i + 1).copied().unwrap_or(0);
                if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>') {
                    return Ok(i);
                }
                if next == b'=' {
                    i += 1;
                }
            }
            b'#' => return Err(err("f-string expression part cannot include '#'", at + i)),
            b'\\' => {
                return Err(err(
                    "f-string expression part cannot include a backslash",
                    at + i,
                ))
            }
            _ => {}
        }
        i += 1;
    }
    Err(err("f-string: expecting '}'", at + i))
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec;

    fn split(body: &str) -> (String, Vec<(usize, usize)>) {
        let mut t = String::new();
        let mut e = Vec::new();
        split_fstring(body, false, 0, &mut t, &mut e).ok().unwrap();
        (t, e.iter().map(|x| (x.start, x.end)).collect())
    }

    #[test]
    fn prefixes() {
        assert_eq!(prefix("rb"), Some((true, true, false)));
        assert_eq!(prefix("F"), Some((false, false, true)));
        assert_eq!(prefix("bf"), None);
        assert_eq!(prefix("ur"), None);
        assert_eq!(prefix("rr"), None);
    }

    #[test]
    fn escapes() {
        let s = decode_str(
            r"a\tb\x41\u00e9\101\q\
c",
            false,
            0,
        )
        .ok()
        .unwrap();
        assert_eq!(s, "a\tbAéA\\qc");
        assert!(decode_str(r"\x4", false, 0).is_err());
        assert!(decode_str(r"\N{DASH}", false, 0).is_err());
        assert_eq!(
            decode_bytes(r"\xff\n\u", false, 0).ok().unwrap(),
            b"\xff\n\\u"
        );
        assert!(decode_bytes("é", false, 0).is_err());
    }

    #[test]
    fn fstring_fields() {
        assert_eq!(split("a{x}b"), ("a{}b".into(), vec![(2, 3)]));
        assert_eq!(
            split("{x!r:>{w}}"),
            ("{!r:>{}}".into(), vec![(1, 2), (7, 8)])
        );
        assert_eq!(
            split("{{lit}} {d['k']}"),
            ("{{lit}} {}".into(), vec![(9, 15)])
        );
        assert_eq!(split("{x = }"), ("x = {!r}".into(), vec![(1, 3)]));
        assert_eq!(split("{x=:>4}"), ("x={:>4}".into(), vec![(1, 2)]));
        assert_eq!(split("{a!=b}"), ("{}".into(), vec![(1, 5)]));
        assert_eq!(split("{ {1: 2}[1] }"), ("{}".into(), vec![(1, 12)]));
    }

    #[test]
    fn fstring_errors() {
        let mut t = String::new();
        let mut e = Vec::new();
        for bad in ["{}", "}", "{x", "{x!z}", "{#}", "{x:{y}"] {
            assert!(
                split_fstring(bad, false, 0, &mut t, &mut e).is_err(),
                "{bad}"
            );
        }
    }
}
