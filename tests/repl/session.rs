//! The format of the friendly-REPL session tests in tests/repl/, shared by
//! the host's integration test and `cargo xtask qemu`: `NAME.in` holds the
//! keystrokes (a newline is Enter, sent as `\r` like a terminal does;
//! `{\xNN}` is the byte NN, for control keys), `NAME.exp` the transcript.
//!
//! A transcript is the console output with `\r\n` as `\n`, the banner's
//! first line as `<banner>` (it names the version and the board), and other
//! control bytes as `{\xNN}`, from the first prompt after the banner to the
//! prompt left waiting when the input ends.

/// The bytes to type for the text of a `.in` file.
pub fn keystrokes(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some(byte) = escape(rest) {
            out.push(byte);
            rest = &rest[6..];
            continue;
        }
        match c {
            '\n' => out.push(b'\r'),
            c => out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes()),
        }
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// `{\xNN}` at the start of `s`.
fn escape(s: &str) -> Option<u8> {
    let b = s.as_bytes();
    if b.len() < 6 || &b[..3] != b"{\\x" || b[5] != b'}' {
        return None;
    }
    u8::from_str_radix(s.get(3..5)?, 16).ok()
}

/// The transcript of console output `raw` (see the module comment).
pub fn transcript(raw: &[u8]) -> String {
    let text = String::from_utf8_lossy(raw).replace("\r\n", "\n");
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        if line.starts_with("mupy ") && line.contains(" repr ") {
            out.push_str("<banner>\n");
            continue;
        }
        for c in line.chars() {
            match c {
                '\n' => out.push('\n'),
                c if (c as u32) < 0x20 || c == '\x7f' => {
                    out.push_str(&format!("{{\\x{:02x}}}", c as u32))
                }
                c => out.push(c),
            }
        }
    }
    // From the first prompt: what comes before is the banner.
    let start = out.find(">>> ").unwrap_or(0);
    out[start..].to_string()
}

/// The line where `got` and `want` first differ, for a failure message.
pub fn first_difference(got: &str, want: &str) -> String {
    let n = got
        .lines()
        .zip(want.lines())
        .position(|(g, w)| g != w)
        .unwrap_or(got.lines().count().min(want.lines().count()));
    format!(
        "line {}: got {:?}, want {:?}",
        n + 1,
        got.lines().nth(n).unwrap_or("<end>"),
        want.lines().nth(n).unwrap_or("<end>")
    )
}
